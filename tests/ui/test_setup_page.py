"""The "Set up Amazon SES" page from all-failing to all-done, clicking its real buttons,
against moto (server mode) behind tests/sesshim.py (which says what it shims: GetAccount,
PutAccountDetails, DKIM tokens, MAIL FROM, event destinations) and a real DNS server on
127.0.0.1 (tests/dnsserver.py) where the test publishes the records the page shows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from mailer import credentials
from mailer.settings import Profile, Settings
from mailer.states import CheckState, SetupStep
from tests.dnsserver import LocalDns
from tests.sesshim import SesShim
from ui.context import AppContext
from ui.ops import setup as ops
from ui.pages.setup_page import SetupPage

REGION = "us-east-1"
DOMAIN = "shop.example"
WAIT = 30_000
USE_CASE = (
    "We send a monthly newsletter to customers who ticked a box at checkout. Bounces and "
    "complaints are suppressed automatically; every message has one-click unsubscribe."
)


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    ops.forget_checklists()
    yield
    ops.forget_checklists()


@pytest.fixture
def world(aws: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[SesShim, LocalDns]]:
    with SesShim(aws) as shim, LocalDns({}) as dns:
        monkeypatch.setenv("AWS_ENDPOINT_URL", shim.url)
        monkeypatch.setenv("MAILER_DNS_SERVER", dns.address)
        yield shim, dns


@pytest.fixture
def ses_context(qapp: Any, tmp_path: Any) -> AppContext:
    settings = Settings(path=tmp_path / "config" / "settings.json")
    settings.put(Profile(name="ses", kind="ses", region=REGION, from_addr=f"Shop <news@{DOMAIN}>"))
    settings.active = "ses"
    return AppContext(settings)


@pytest.fixture
def page(qtbot: Any, ses_context: AppContext) -> SetupPage:
    widget = SetupPage(ses_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    return widget


def settled(qtbot: Any, page: SetupPage) -> dict[SetupStep, CheckState]:
    qtbot.waitUntil(
        lambda: not page.checking and page.busy == 0 and page.checklist is not None, timeout=WAIT
    )
    assert page.checklist is not None
    return {s.key: s.state for s in page.checklist.steps}


def check_again(qtbot: Any, page: SetupPage) -> dict[SetupStep, CheckState]:
    qtbot.waitUntil(page.check_button.isEnabled, timeout=WAIT)
    page.check_button.click()
    return settled(qtbot, page)


def publish(dns: LocalDns, page: SetupPage, key: SetupStep) -> None:
    view = page.boxes[key].records
    assert view.isVisibleTo(page) and view.records
    for r in view.records:
        dns.resolver.zone.setdefault((r.name, r.type), []).append(r.value)


def test_from_nothing_to_ready_through_the_page(
    qtbot: Any,
    page: SetupPage,
    world: tuple[SesShim, LocalDns],
    monkeypatch: pytest.MonkeyPatch,
    boxes: Any,
) -> None:
    shim, dns = world
    ok = dict.fromkeys(SetupStep, CheckState.OK)
    # 0. Nothing works: AWS cannot be reached. The page says so per step, no crash.
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    page.show()
    states = settled(qtbot, page)
    assert states[SetupStep.CREDENTIALS] is CheckState.WRONG
    assert {states[k] for k in list(SetupStep)[1:]} == {CheckState.UNREACHABLE}
    assert page.boxes[SetupStep.CREDENTIALS].badge.text() == "failing"
    assert "credentials must work first" in page.boxes[SetupStep.DMARC].sentence.text()
    assert not page.create_button.isEnabled()
    monkeypatch.setenv("AWS_ENDPOINT_URL", shim.url)

    # 1. Credentials work; everything else is to do.
    states = check_again(qtbot, page)
    assert states == {**dict.fromkeys(SetupStep, CheckState.MISSING), SetupStep.CREDENTIALS: "ok"}
    assert "123456789012" in page.boxes[SetupStep.CREDENTIALS].sentence.text()
    assert page.boxes[SetupStep.CREDENTIALS].badge.text() == "done"

    # 2. The domain identity (prefilled from the From address, 2048-bit keys by default).
    assert page.domain_edit.text() == DOMAIN
    page.create_button.click()
    states = settled(qtbot, page)
    assert shim.state.key_length[DOMAIN] == "RSA_2048_BIT"
    dkim = page.boxes[SetupStep.DOMAIN]
    assert states[SetupStep.DOMAIN] is CheckState.MISSING and "0 of 3 found" in dkim.sentence.text()
    assert dkim.records.table.rowCount() == 3
    assert dkim.records.zone.toPlainText().count("IN CNAME") == 3
    copy = dkim.records.table.cellWidget(0, 3)
    assert isinstance(copy, QPushButton)
    copy.click()
    assert QGuiApplication.clipboard().text() == dkim.records.records[0].value
    assert page.mail_from_button.isEnabled()
    publish(dns, page, SetupStep.DOMAIN)
    check_again(qtbot, page)
    assert "3 of 3 found" in dkim.sentence.text()
    shim.state.verify_domain(DOMAIN)  # SES found them
    states = check_again(qtbot, page)
    assert states[SetupStep.DOMAIN] is CheckState.OK and not dkim.records.isVisibleTo(page)

    # 3. Custom MAIL FROM: MX and SPF.
    assert page.subdomain.text() == "mail"
    page.mail_from_button.click()
    states = settled(qtbot, page)
    assert states[SetupStep.MAIL_FROM] is CheckState.MISSING
    assert f"mail.{DOMAIN}" in page.boxes[SetupStep.MAIL_FROM].sentence.text()
    publish(dns, page, SetupStep.MAIL_FROM)
    states = check_again(qtbot, page)
    assert states[SetupStep.MAIL_FROM] is CheckState.OK

    # 4. DMARC: the recommended record.
    assert "v=DMARC1" in page.boxes[SetupStep.DMARC].records.zone.toPlainText()
    publish(dns, page, SetupStep.DMARC)
    states = check_again(qtbot, page)
    assert states[SetupStep.DMARC] is CheckState.OK

    # 5. Production access through the form: validated first, then sent.
    page.production_button.click()
    dialog = page.production_dialog
    assert "(describe" in dialog.use_case.toPlainText()  # the template text to edit
    dialog.website.setText("shop.example")
    dialog.send_button.click()
    assert "full address of your site" in boxes.texts()[-1] and shim.state.details == {}
    dialog.website.setText("https://shop.example")
    dialog.use_case.setPlainText(USE_CASE)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=WAIT)
    assert shim.state.details["ProductionAccessEnabled"] is True
    assert shim.state.details["ContactLanguage"] == "EN"
    assert "1234567890" in dialog.result_label.text()
    dialog.reject()  # closing it checks again
    states = settled(qtbot, page)
    assert states[SetupStep.PRODUCTION] is CheckState.MISSING
    assert "1234567890" in page.boxes[SetupStep.PRODUCTION].sentence.text()
    shim.state.grant()
    states = check_again(qtbot, page)
    assert states[SetupStep.PRODUCTION] is CheckState.OK

    # 6. Tracking: provisioned, saved in the settings, and the step is done.
    page.tracking_button.click()
    qtbot.waitUntil(
        lambda: bool(page.context.settings.profiles["ses"].tracking_queue_url), timeout=WAIT
    )
    states = settled(qtbot, page)
    assert states == {**ok, SetupStep.AUDIENCES: CheckState.MISSING}

    # 7. An audience (the contact list is made on first use), shown in Korean by SES.
    page.audience_name.setText("newsletter")
    page.audience_display.setText("뉴스레터")
    page.audience_button.click()
    qtbot.waitUntil(
        lambda: "newsletter" in page.boxes[SetupStep.AUDIENCES].sentence.text(), timeout=WAIT
    )
    states = settled(qtbot, page)
    assert states == ok and page.checklist is not None and page.checklist.done
    assert "뉴스레터" in page.boxes[SetupStep.AUDIENCES].sentence.text()
    assert "ses" in page.context.settings.path.read_text(encoding="utf-8")

    # The identities tab lists the domain with its DKIM and MAIL FROM.
    qtbot.waitUntil(lambda: page.identities.rowCount() >= 1, timeout=WAIT)
    names = [page.identities.item(r, 0).text() for r in range(page.identities.rowCount())]
    row = names.index(DOMAIN)
    assert page.identities.item(row, 4).text().startswith(f"mail.{DOMAIN}")
    # The statistics tab: the rates against SES's review levels, and the account's status.
    qtbot.waitUntil(lambda: page.statistics is not None, timeout=WAIT)
    assert "5%" in page.bounce_rate.text() and "0.1%" in page.complaint_rate.text()
    assert page.enforcement.text() == "healthy"
    assert boxes.crashes == []


def test_delete_identity_asks_first(
    qtbot: Any, page: SetupPage, world: tuple[SesShim, LocalDns], boxes: Any
) -> None:
    page.show()
    settled(qtbot, page)
    page.key_length.setCurrentIndex(page.key_length.findData("1024"))
    page.create_button.click()
    settled(qtbot, page)
    assert world[0].state.key_length[DOMAIN] == "RSA_1024_BIT"
    qtbot.waitUntil(lambda: page.identities.rowCount() == 1, timeout=WAIT)
    page.identities.selectRow(0)
    assert page.delete_button.isEnabled()
    page.delete_button.click()  # the recorded answer is No
    assert boxes.shown[-1][0] == "question" and DOMAIN in boxes.shown[-1][2]
    assert page.busy == 0
    boxes.answer = boxes.answer.Yes
    page.delete_button.click()
    settled(qtbot, page)
    qtbot.waitUntil(lambda: page.identities.rowCount() == 0, timeout=WAIT)
    assert page.checklist is not None
    assert page.checklist.step(SetupStep.DOMAIN).state is CheckState.MISSING


def test_non_ses_profile_points_to_the_account_dialog(qtbot: Any, context: AppContext) -> None:
    page = SetupPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.not_ses.isVisibleTo(page) and not page.tabs.isVisibleTo(page)
    assert page.account_button.isVisibleTo(page) and page.checklist is None


def test_review_panel_warns_about_failing_steps(
    qtbot: Any, ses_context: AppContext, world: tuple[SesShim, LocalDns]
) -> None:
    from ui.pages.send_review import ReviewPanel

    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(None, ses_context.profile)
    panel.show()
    qtbot.waitUntil(lambda: panel.checklist is not None, timeout=WAIT)
    assert panel.setup_box.isVisibleTo(panel)
    text = panel.setup_warnings.text()
    assert "Sending domain and DKIM" in text and "not an SES identity yet" in text
    assert "AWS credentials" not in text  # a step that is done is no warning
    assert not panel.problems_box.isVisibleTo(panel)  # not blocking


def test_page_in_korean(
    qtbot: Any, qapp: Any, ses_context: AppContext, world: tuple[SesShim, LocalDns]
) -> None:
    from ui import i18n

    try:
        assert i18n.install(qapp, "ko") == "ko"
        page = SetupPage(ses_context)
        qtbot.addWidget(page)
        page.show()
        settled(qtbot, page)
        assert page.tabs.tabText(0) == "점검 목록"
        assert page.boxes[SetupStep.CREDENTIALS].badge.text() == "완료"
        assert page.boxes[SetupStep.DOMAIN].badge.text() == "할 일"
        sentence = page.boxes[SetupStep.DOMAIN].sentence.text()
        assert "아직 SES 자격 증명이 아닙니다" in sentence and "identity" not in sentence
        assert page.create_button.text() == "도메인 자격 증명 만들기"
    finally:
        i18n.install(qapp, "en")


def test_profile_form_derives_the_smtp_password_into_the_keyring(
    qtbot: Any, context: AppContext
) -> None:
    from mailer import smtp_password
    from ui.dialogs.account_dialog import AccountDialog

    dialog = AccountDialog(context)
    qtbot.addWidget(dialog)
    dialog.add_profile()
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData("smtp"))
    form.name.setText("SES SMTP")
    assert "ses:SendRawEmail" in form.access_key_note.text()
    form.smtp_key_id.setText("AKIAIOSFODNN7EXAMPLE")
    form.smtp_secret.setText("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    form.smtp_region.setEditText("ap-northeast-2")
    form.fill_button.click()
    qtbot.waitUntil(lambda: bool(form.smtp_password.text()), timeout=WAIT)
    expected = smtp_password("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ap-northeast-2")
    assert form.smtp_password.text() == expected
    assert form.smtp_host.text() == "email-smtp.ap-northeast-2.amazonaws.com"
    assert form.smtp_user.text() == "AKIAIOSFODNN7EXAMPLE" and form.smtp_port.value() == 587
    assert form.smtp_security.currentData() == "starttls" and form.smtp_secret.text() == ""
    dialog.use_profile()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save()
    saved = context.settings.path.read_text(encoding="utf-8")
    assert expected not in saved and "wJalrXUtnFEMI" not in saved
    assert credentials.get_secret("SES SMTP", credentials.SMTP_PASSWORD) == expected
    assert context.settings.profiles["SES SMTP"].smtp_user == "AKIAIOSFODNN7EXAMPLE"
