"""A/B subject tests in the app (issue 15, part 4): the form on Review & send makes the
variants and the scheduled rest in the journal and sends the variants one after
another; what cannot be made is refused with a sentence before Start; the Report tab
shows each variant and the winner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from mailer import service
from mailer.aws.notifications import DeliveryEvent
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending.runner import Limits
from mailer.service import CampaignDraft
from mailer.settings import Profile
from mailer.states import ABMetric, CampaignStatus, EventKind
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import write_recipients, write_template
from tests.ui.test_send_page import page_of, ready
from ui.main_window import MainWindow
from ui.ops.tasks import wait_for_tasks
from ui.pages.campaigns_page import CampaignsPage
from ui.report_pdf import report_html
from ui.widgets.ab_box import ABBox

SUBJECT = "안녕하세요 {{ name }}"  # the fixture template's subject.txt


def typed(box: ABBox, k: int, text: str) -> None:
    """As if the user typed it (textEdited, not setText's textChanged)."""
    edit = box.lines[k].edit
    edit.setText(text)
    edit.textEdited.emit(text)


@pytest.fixture
def window(qtbot: Any, context: Any) -> MainWindow:
    widget = MainWindow(context, restore=False)
    qtbot.addWidget(widget)
    return widget


def test_start_an_ab_test_from_review_and_send(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    script = ready(qtbot, window, tmp_path, 40)
    page = page_of(window)
    box = page.review.ab
    assert not box.details.isVisibleTo(page)
    box.on.setChecked(True)
    assert box.details.isVisibleTo(page)
    assert [line.edit.text() for line in box.lines] == [SUBJECT, SUBJECT]  # prefilled
    assert "the same" in box.problem.text() and not page.review.start_button.isEnabled()
    typed(box, 1, "{{ name }}님, 12월 소식이 왔어요")
    box.add_button.click()
    assert len(box.lines) == 3 and box.lines[2].letter.text() == "C"
    box.lines[2].remove.click()
    assert len(box.lines) == 2 and not box.lines[0].remove.isEnabled()  # two at least
    box.share.setValue(10)
    box.wait.setValue(2)
    box.winner.setCurrentIndex(1)  # unique clicks
    assert "the other 80% get the subject with the most unique clicks" in box.plan.text()
    assert box.error() == "" and page.review.start_button.text() == "Start the A/B test"
    assert page.review.start_button.isEnabled()
    page.review.start_button.click()

    qtbot.waitUntil(lambda: any("are sent" in t for t in boxes.texts()), timeout=20_000)
    assert len(script.sent) == 8 and len({r for r, _m in script.sent}) == 8
    assert not box.is_on()  # the next campaign is an ordinary one
    journal = service.open_journal()
    try:
        rest, b, a = journal.campaigns.all()
        assert [c.name for c in (a, b, rest)] == [
            "plain → list.csv [A]",
            "plain → list.csv [B]",
            "plain → list.csv [winner]",
        ]
        assert a.status is b.status is CampaignStatus.FINISHED and a.total == b.total == 4
        assert rest.status is CampaignStatus.SCHEDULED and rest.total == 32
        ab = rest.settings["ab"]
        assert ab["share"] == 0.1 and ab["metric"] == ABMetric.CLICKS.value
        assert ab["variants"] == [a.id, b.id]
        hours = (rest.settings["scheduled_at"] - datetime.now().timestamp()) / 3600
        assert 1.9 < hours <= 2
        report = service.campaign_report(journal, b.id).ab
        assert report is not None
        assert [v.subject for v in report.variants] == [SUBJECT, "{{ name }}님, 12월 소식이 왔어요"]
    finally:
        journal.close()
    text = next(t for t in boxes.texts() if "are sent" in t)
    assert f"(campaign {rest.id})" in text


def test_what_the_form_refuses(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    ready(qtbot, window, tmp_path, 4)
    page = page_of(window)
    box, start = page.review.ab, page.review.start_button
    box.on.setChecked(True)
    typed(box, 0, "첫째")
    typed(box, 1, "둘째")
    assert box.error() == "" and start.isEnabled()

    box.share.setValue(40)  # 2 of 4 each: nobody left for the winner
    assert box.error() == (
        "4 recipients are too few for 2 variants of 2 each and a rest: give a smaller "
        "share or a longer list."
    )
    assert box.problem.isVisibleTo(page) and not start.isEnabled()
    box.share.setValue(10)
    box.add_button.click()
    typed(box, 2, "셋째")
    box.share.setValue(34)
    assert "34% for each of 3 variants leaves nobody for the winner" in box.error()
    box.share.setValue(10)
    assert start.isEnabled()
    typed(box, 2, "  ")
    assert box.error() == "Give every variant a subject line: at least two."
    box.lines[2].remove.click()
    assert start.isEnabled()

    page.review.when.later.setChecked(True)  # a start time and a test: refused
    assert "An A/B test starts now" in box.error() and not start.isEnabled()
    page.review.when.later.setChecked(False)
    page.review.when.in_window.setChecked(True)  # a send window too
    assert "An A/B test starts now" in box.error() and not start.isEnabled()
    page.review.when.in_window.setChecked(False)
    assert start.isEnabled()
    box.on.setChecked(False)
    assert box.error() == "" and start.text() == "Start sending"


def test_a_test_the_core_refuses_sends_nothing(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    script = ready(qtbot, window, tmp_path, 20)
    page = page_of(window)
    box = page.review.ab
    box.on.setChecked(True)
    typed(box, 1, "{{ nosuch }} 소식")  # a column the list does not have
    page.review.start_button.click()
    qtbot.waitUntil(lambda: any("nosuch" in t for t in boxes.texts()), timeout=10_000)
    wait_for_tasks()
    assert script.sent == [] and box.is_on()
    journal = service.open_journal()
    try:
        (left,) = journal.campaigns.all()  # variant A, made before B was refused
        assert left.status is CampaignStatus.DRAFT
    finally:
        journal.close()


# -- the Report tab ---------------------------------------------------------------------


def sent_test(tmp_path: Path) -> tuple[int, int, int, int]:
    """A decided test (A: 1 of 5 opened, B: 3 of 5) and an ordinary campaign."""
    table = load_recipients(write_recipients(tmp_path / "list.csv", 50))
    template = TemplateSet.load(write_template(tmp_path / "tpl" / "plain"))
    draft = CampaignDraft(
        "12월 세일", table, template, SenderSettings.parse("shop@example.com"), Profile()
    )
    journal = service.open_journal()
    try:
        made = service.create_ab_test(journal, draft, ["세일 A", "세일 B"], 10, 4, ABMetric.OPENS)
        for campaign_id, opens in zip(made.variant_ids, (1, 3), strict=True):
            session = service.CampaignSession(
                journal,
                campaign_id,
                transport_factory=fake_factory(FakeScript()),
                limits=Limits(rate=0, daily=None),
            )
            session.run()
            rows = journal.rows.page(campaign_id)[:opens]
            journal.events.apply(
                [
                    DeliveryEvent(
                        EventKind.OPEN, r.message_id or "", (r.email,), "2026-12-03T01:00:00Z"
                    )
                    for r in rows
                ]
            )
        service.start_scheduled(journal, made.rest_id)
        other = service.create(journal, draft).campaign_id
        return made.variant_ids[0], made.variant_ids[1], made.rest_id, other
    finally:
        journal.close()


@pytest.fixture
def campaigns(qtbot: Any, context: Any) -> Iterator[CampaignsPage]:
    widget = CampaignsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    yield widget
    wait_for_tasks()


def test_the_report_tab_shows_each_variant(
    qtbot: Any, context: Any, tmp_path: Path, campaigns: CampaignsPage
) -> None:
    a, _b, rest, other = sent_test(tmp_path)
    campaigns.refresh()
    qtbot.waitUntil(lambda: campaigns.list_model.rowCount() == 4, timeout=10_000)
    campaigns.select_campaign(a)
    campaigns.tabs.setCurrentIndex(1)  # Report
    panel = campaigns.report.panel
    qtbot.waitUntil(
        lambda: panel.report is not None and panel.report.campaign_id == a, timeout=10_000
    )
    section = panel.report_page.ab
    assert section.isVisibleTo(campaigns)
    table = section.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert headers == [
        "Variant",
        "Subject",
        "Sent",
        "Unique opens",
        "Rate (of sent)",
        "At the decision",
    ]
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert rows == [
        ["A (this campaign)", "세일 A", "5", "1", "20.0%", "1/5 (20.0%)"],
        ["B — winner", "세일 B", "5", "3", "60.0%", "3/5 (60.0%)"],
    ]
    assert table.item(1, 0).font().bold()  # type: ignore[union-attr]
    assert section.summary.text() == (
        "Each variant went to 10% of the list. Variant B won and went to the rest "
        f"(campaign {rest})."
    )

    pdf = report_html(panel.report)  # type: ignore[arg-type]
    assert "<h3>A/B test</h3>" in pdf and "B — winner" in pdf and "Variant B won" in pdf

    campaigns.select_campaign(other)
    qtbot.waitUntil(
        lambda: panel.report is not None and panel.report.campaign_id == other, timeout=10_000
    )
    assert not section.isVisibleTo(campaigns)


def test_a_cancelled_variant_stops_the_queue(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    """The user cancels variant A: B is not started behind their back; they are told
    where it waits (the Campaigns page), and the rest stays scheduled."""
    script = ready(qtbot, window, tmp_path, 40, rate=2)  # slow enough to cancel mid-way
    page = page_of(window)
    box = page.review.ab
    box.on.setChecked(True)
    typed(box, 1, "둘째 제목")
    page.review.start_button.click()
    qtbot.waitUntil(lambda: len(script.sent) >= 1, timeout=10_000)
    page.cancel()
    qtbot.waitUntil(
        lambda: any("other variants were not sent" in t for t in boxes.texts()), timeout=10_000
    )
    qtbot.wait(300)
    journal = service.open_journal()
    try:
        rest, b, a = journal.campaigns.all()
        assert a.status is CampaignStatus.CANCELLED
        assert b.status is CampaignStatus.READY and rest.status is CampaignStatus.SCHEDULED
    finally:
        journal.close()
    assert len(script.sent) < 4 and not page.hub.busy
    text = next(t for t in boxes.texts() if "other variants were not sent" in t)
    assert "plain → list.csv [B]" in text
