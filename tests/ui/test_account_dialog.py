"""Account dialog: profiles, secrets only in the keyring, connection report."""

from __future__ import annotations

import json
from typing import Any

import pytest

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
