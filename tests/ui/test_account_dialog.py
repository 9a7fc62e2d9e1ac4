"""Account dialog: profiles, secrets only in the keyring, connection report."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mailer import credentials
from ui.dialogs.account_dialog import AccountDialog


@pytest.fixture
def dialog(qtbot: Any, context: Any) -> AccountDialog:
    widget = AccountDialog(context)
    qtbot.addWidget(widget)
    return widget


def test_add_ses_profile_keeps_secrets_out_of_settings(
    qtbot: Any, dialog: AccountDialog, context: Any
) -> None:
    dialog.add_profile()
    form = dialog.form
    assert form.kind_value() == "ses" and form.ses_box.isVisibleTo(dialog)
    assert form.access_key.echoMode() == form.access_key.EchoMode.Normal  # an identifier
    assert form.secret_key.echoMode() == form.secret_key.EchoMode.Password
    form.name.setText("가게 SES")
    form.region.setText("ap-northeast-2")
    form.access_key.setText("AKIAABCDEFGHIJKLMNOP")
    form.secret_key.setText("very-secret-value")
    dialog.use_profile()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert context.settings.active == "가게 SES"
    saved = context.settings.path.read_text(encoding="utf-8")
    assert "very-secret-value" not in saved and "AKIAABCDEFGHIJKLMNOP" not in saved
    assert json.loads(saved)["profiles"]["가게 SES"]["region"] == "ap-northeast-2"
    assert credentials.get_secret("가게 SES", credentials.AWS_SECRET_ACCESS_KEY) == (
        "very-secret-value"
    )


def test_invalid_values_are_refused(qtbot: Any, dialog: AccountDialog, boxes: Any) -> None:
    dialog.add_profile()
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("smtp"))
    dialog.form.name.setText("")
    dialog.save()
    assert boxes.shown and "name" in boxes.shown[0][2]
    assert dialog.result() == 0


def test_outbox_connection_report(qtbot: Any, dialog: AccountDialog) -> None:
    dialog.test_connection()
    qtbot.waitUntil(lambda: "Daily quota" in dialog.report.toPlainText(), timeout=10_000)


def test_ses_connection_against_moto(qtbot: Any, dialog: AccountDialog, aws: str) -> None:
    dialog.add_profile()
    dialog.form.region.setText("us-east-1")
    dialog.verify_edit.setText("owner@example.com")
    dialog.verify()
    qtbot.waitUntil(lambda: "confirmation" in dialog.report.toPlainText(), timeout=20_000)
    dialog.test_connection()
    qtbot.waitUntil(lambda: "owner@example.com" in dialog.report.toPlainText(), timeout=20_000)


def test_remove_asks_and_removes_the_profile_shown_selected(
    qtbot: Any, dialog: AccountDialog, boxes: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog.add_profile()  # "SES 1"
    dialog.add_profile()  # "SES 2", selected
    dialog.form.name.setText("로컬 SMTP")  # a rename, committed by the next click
    first = dialog.list.findItems("SES 1", Qt.MatchFlag.MatchExactly)[0]
    dialog.list.setCurrentItem(first)
    assert dialog.current == "SES 1" and dialog.list.currentItem().text() == "SES 1"
    assert set(dialog.profiles) >= {"SES 1", "로컬 SMTP"}

    dialog.remove_profile()  # answered No
    assert boxes.shown[-1][0] == "question" and "SES 1" in boxes.shown[-1][2]
    assert "SES 1" in dialog.profiles
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.remove_profile()
    assert "SES 1" not in dialog.profiles and "로컬 SMTP" in dialog.profiles


def test_keys_typed_before_switching_to_smtp_are_not_kept(
    qtbot: Any, dialog: AccountDialog
) -> None:
    dialog.add_profile()
    form = dialog.form
    form.access_key.setText("AKIAABCDEFGHIJKLMNOP")
    form.secret_key.setText("very-secret-value")
    dialog.report.setPlainText("a result about the SES profile")
    form.kind.setCurrentIndex(form.kind.findData("smtp"))
    assert dialog.report.toPlainText() == ""  # it no longer applies
    form.smtp_host.setText("127.0.0.1")
    assert form.secrets() == {}
    prepared = dialog._prepared()
    assert prepared is not None and prepared[1] == {}
