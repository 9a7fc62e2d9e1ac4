"""Preview dialog: row N's real headers, tabs, remote content blocked, test sends."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path
from typing import Any

import pytest

from mailer.aws.account import AccountLimits, Identity
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from ui.dialogs.preview_dialog import PreviewDialog


@pytest.fixture
def ready(context: Any, examples: Path, template_dir: Path) -> Any:
    context.set_table(load_recipients(examples / "recipients.csv"))
    context.set_template(TemplateSet.load(template_dir), template_dir)
    context.set_sender(SenderSettings(from_addr="news@example.com", from_name="하나 꽃집"))
    context.advertising = False  # not the test machine's locale (see the advertising test)
    return context


def open_dialog(qtbot: Any, context: Any, row: int) -> PreviewDialog:
    dialog = PreviewDialog(context, row)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.current is not None and dialog.current.row == row, timeout=10_000
    )
    return dialog


def test_shows_row_n_subject_and_headers(qtbot: Any, ready: Any) -> None:
    table = ready.table
    row = 3
    dialog = open_dialog(qtbot, ready, row)
    name, city = table.row(row)["name"], table.row(row)["city"]
    assert dialog.subject_label.text() == f"{name}님, {city} 소식입니다"
    assert table.emails[row] in dialog.to_label.text()
    assert "하나 꽃집" in dialog.from_label.text()
    assert dialog.size_label.text().endswith("B")
    assert "MIME-Version" in dialog.raw_view.toPlainText()
    assert f"안녕하세요 {name}님" in dialog.text_view.toPlainText()
    assert f"{name}님" in dialog.html_view.html()


def test_next_and_previous(qtbot: Any, ready: Any) -> None:
    dialog = open_dialog(qtbot, ready, 0)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.row == 1)
    dialog.prev_button.click()
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.row == 0)


def test_search_by_email(qtbot: Any, ready: Any) -> None:
    dialog = open_dialog(qtbot, ready, 0)
    target = 5
    dialog.search.setText(ready.table.emails[target].split("@")[0])
    dialog.find_recipient()
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.row == target)


def test_enter_in_the_row_box_shows_that_row(qtbot: Any, ready: Any) -> None:
    from PySide6.QtCore import Qt

    dialog = open_dialog(qtbot, ready, 0)
    dialog.show()
    edit = dialog.spin.lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, "5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.row == 4)
    qtbot.wait(100)
    assert dialog.spin.value() == 5  # not stepped back by a default ◀ Previous button


def test_advertising_marking_is_previewed_and_test_sent(
    qtbot: Any, ready: Any, tmp_path: Path
) -> None:
    ready.advertising = True  # the Review page's box, ticked
    dialog = open_dialog(qtbot, ready, 1)
    assert dialog.subject_label.text().startswith("(광고) ")
    assert "수신거부" in dialog.text_view.toPlainText()
    dialog.test_address.setEditText("me@example.org")
    dialog.send_test()
    qtbot.waitUntil(lambda: "Message id" in dialog.result_label.text(), timeout=10_000)
    (sent,) = list((tmp_path / "maildir" / "new").iterdir())
    message = email.message_from_bytes(sent.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "[TEST] " + dialog.subject_label.text()


def test_javascript_off_and_remote_blocked_until_allowed(qtbot: Any, ready: Any) -> None:
    from ui.widgets import html_preview

    dialog = open_dialog(qtbot, ready, 0)
    preview = dialog.html_view
    assert html_preview.HAVE_WEBENGINE  # pyside6 (a dependency) ships Qt WebEngine
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = preview.view.page().settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    assert preview.blocker is not None and not preview.remote_allowed
    preview.allow_remote()
    assert preview.remote_allowed and not preview.remote_button.isEnabled()
    preview.mobile_button.click()
    assert preview.view.width() <= html_preview.MOBILE_WIDTH


def test_test_send_reaches_the_outbox(qtbot: Any, ready: Any, tmp_path: Path) -> None:

    dialog = open_dialog(qtbot, ready, 2)
    assert dialog.test_prefix.isChecked()  # on by default (issue 16, item 10)
    dialog.test_address.setEditText("me@example.org")
    dialog.send_test()
    qtbot.waitUntil(lambda: "Message id" in dialog.result_label.text(), timeout=10_000)
    files = list((tmp_path / "maildir" / "new").iterdir())
    assert len(files) == 1
    sent = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    shown = email.message_from_bytes(dialog.current.message, policy=email.policy.default)
    # The previewed message, marked as a test in the subject and a header.
    assert sent["Subject"] == "[TEST] " + dialog.subject_label.text()
    assert sent["X-Bulk-Mailer-Test"] == "1" and shown["X-Bulk-Mailer-Test"] is None
    assert sent["To"] == shown["To"] and sent.get_body(("plain",)).get_content() == (
        shown.get_body(("plain",)).get_content()
    )
    dialog.test_prefix.setChecked(False)
    dialog.send_test()
    qtbot.waitUntil(lambda: len(list((tmp_path / "maildir" / "new").iterdir())) == 2)
    unmarked = next(f for f in (tmp_path / "maildir" / "new").iterdir() if f != files[0])
    plain = email.message_from_bytes(unmarked.read_bytes(), policy=email.policy.default)
    assert plain["Subject"] == dialog.subject_label.text()
    assert plain["X-Bulk-Mailer-Test"] == "1"  # the header stays: it is never a campaign send
    from mailer.service import open_journal

    journal = open_journal()
    try:
        logged = journal.test_sends.all()
        assert len(logged) == 2 and "me@example.org" in logged[0]
        assert journal.campaigns.all() == []  # not a campaign send
    finally:
        journal.close()


def test_sandbox_refuses_unverified_addresses_up_front(qtbot: Any, ready: Any) -> None:
    from mailer.settings import Profile

    ready.settings.profiles["ses"] = Profile(name="ses", kind="ses", region="us-east-1")
    ready.settings.active = "ses"
    ready.set_limits(AccountLimits(1.0, 200, 0, production=False))
    ready.set_identities([Identity("news@example.com", "email", True, "")])
    dialog = open_dialog(qtbot, ready, 0)
    offered = [dialog.test_address.itemText(i) for i in range(dialog.test_address.count())]
    assert "news@example.com" in offered
    assert "bounce@simulator.amazonses.com" in offered
    dialog.test_address.setEditText("stranger@example.org")
    dialog.send_test()
    assert "sandbox" in dialog.result_label.text()


def test_missing_sender_is_explained(qtbot: Any, ready: Any) -> None:
    ready.set_sender(None, "Enter the address your newsletter comes from.")
    dialog = open_dialog(qtbot, ready, 0)
    assert "Enter the address" in dialog.warning.text()
    assert not dialog.send_button.isEnabled()
