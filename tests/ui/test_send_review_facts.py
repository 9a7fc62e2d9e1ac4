"""Issue 16, item 14: Review & send shows From, the first recipient's subject, the
template and the profile before the confirmation; the live page counts skipped rows."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from mailer.aws.account import AccountLimits
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending.progress import Progress
from mailer.settings import Profile
from mailer.states import CampaignStatus, RowState
from ui.pages.send_dashboard import DashboardPanel
from ui.pages.send_review import ReviewPanel, compute_review


def test_the_review_shows_what_recipients_will_see_before_the_confirmation(
    qtbot: Any, tmp_path: Path, template_dir: Path
) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "name,email,city,plan\n,,,\nbad,nope,x,y\n김민준,minjun@example.com,서울,pro\n",
        encoding="utf-8",
    )
    table, template = load_recipients(path), TemplateSet.load(template_dir)
    sender = SenderSettings.parse("하나 꽃집 <news@example.com>")
    review = compute_review(
        table, template, Profile(), AccountLimits(0, None, 0, True), [], threading.Event(), sender
    )
    assert (review.sender, review.subject, review.template) == (
        "하나 꽃집 <news@example.com>",
        "김민준님, 서울 소식입니다",  # the first *valid* row's subject
        template_dir.name,
    )
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, Profile(name="local outbox", advertising="off"))
    assert panel.sender_fact.text() == "하나 꽃집 <news@example.com>"
    assert panel.subject_fact.text() == "김민준님, 서울 소식입니다"
    panel.advertising.setChecked(True)  # the subject as sent: marked
    assert panel.subject_fact.text() == "(광고) 김민준님, 서울 소식입니다"
    panel.advertising.setChecked(False)
    assert panel.template_fact.text() == template_dir.name
    assert "local outbox" in panel.via.text()
    # Above the confirmation checkbox, in the panel's reading order.
    layout = panel.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    facts = panel.sender_fact.parentWidget()
    assert facts in order and order.index(facts) < layout.count() - 1
    assert (
        panel.confirm.parentWidget() is panel and panel.confirm not in order[: order.index(facts)]
    )

    unset = compute_review(
        table, template, Profile(), AccountLimits(0, None, 0, True), [], threading.Event(), None
    )
    panel.show_review(unset, Profile())
    assert panel.sender_fact.text() == "not set yet (Template page)"


def _running(counts: dict[str, int], rate: float = 0.0, **more: Any) -> Progress:
    return Progress(
        campaign_id=1,
        status=CampaignStatus.RUNNING,
        counts=counts,
        total=10,
        rate=rate,
        max_rate=0.0,
        eta_seconds=None,
        **more,
    )


def test_the_live_page_counts_skipped_rows(qtbot: Any) -> None:
    panel = DashboardPanel()
    qtbot.addWidget(panel)
    counts = {state.value: 0 for state in RowState}
    counts.update({RowState.SENT: 5, RowState.SKIPPED: 3, RowState.PENDING: 2})
    panel.show_progress(_running(counts, rate=1.0))
    assert panel.counters.value(RowState.SKIPPED) == "3"
    assert panel.counters.value("remaining") == "2"
    # A row being retried: the page says why, not just "Sending".
    refused = "Could not connect to SMTP server 127.0.0.1:8099 (Connection refused)."
    panel.show_progress(_running(counts, recent_errors=(refused,), retrying=refused))
    assert panel.status.text() == f"Retrying: {refused}"


def test_an_empty_unsubscribe_link_blocks_the_send_until_a_mailto_is_set(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    """Issue 16, item 6, through Review & send (the same preflight as `mailer check`)."""
    from tests.mailer.campaign_fixtures import write_recipients, write_template
    from ui.main_window import SEND, MainWindow
    from ui.pages.send_page import SendPage

    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=10_000):
        window.open_recipients(write_recipients(tmp_path / "list.csv", 3))
    folder = write_template(tmp_path / "tpl" / "plain")
    (folder / "body.html").write_text(
        '<p>Hi {{ name }}</p>\n<a href="{{ unsubscribe_url }}">Unsubscribe</a>', encoding="utf-8"
    )
    window.template_page.open_folder_path(folder)
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    window.template_page.sender_panel.unsubscribe.setText("")
    page = window.send_page
    assert isinstance(page, SendPage)
    window.steps.setCurrentRow(SEND)

    def problems() -> str:
        labels = page.review.problems_box.findChildren(type(page.review.via))
        return " ".join(w.text() for w in labels if page.review.problems_box.isVisibleTo(page))

    qtbot.waitUntil(lambda: "The unsubscribe link" in problems(), timeout=10_000)
    assert "plain/body.html, line 2" in problems()
    page.review.confirm.setChecked(True)
    assert not page.review.start_button.isEnabled()
    window.template_page.sender_panel.unsubscribe.setText("mailto:stop@example.com")
    qtbot.waitUntil(lambda: "The unsubscribe link" not in problems(), timeout=10_000)


def test_assumed_sandbox_limits_are_said_on_the_review(
    qtbot: Any, tmp_path: Path, template_dir: Path
) -> None:
    """Item 3: an SES SMTP profile whose account could not be read says so."""
    path = tmp_path / "r.csv"
    path.write_text("name,email,city,plan\nKim,kim@example.com,Seoul,pro\n", encoding="utf-8")
    limits = AccountLimits(1.0, 200, 0, production=False, note="could not read")
    smtp = Profile(name="ses smtp", kind="smtp", smtp_host="email-smtp.us-east-1.amazonaws.com")
    review = compute_review(
        load_recipients(path), TemplateSet.load(template_dir), smtp, limits, [], threading.Event()
    )
    assert review.assumed_sandbox and not review.sandbox  # no identity check over SMTP
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, smtp)
    assert "limits could not be read" in panel.quota.text()
    assert "200 left of 200" in panel.quota.text()
