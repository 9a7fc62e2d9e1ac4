"""Campaigns page: list, open (paged), events, export, resume, resend unknown."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mailer.aws.notifications import DeliveryEvent
from mailer.sending.runner import CampaignRunner, Limits
from mailer.settings import data_dir
from mailer.states import CampaignStatus, EventKind, RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign
from ui.models.campaigns import PAGE, CampaignListModel
from ui.pages.campaigns_page import CampaignsPage
from ui.pages.send_page import SendPage


@pytest.fixture
def journal() -> Any:
    j = Journal(data_dir() / "journal.sqlite3")
    yield j
    j.close()


@pytest.fixture
def stored(journal: Journal, tmp_path: Path) -> tuple[int, int]:
    """A finished campaign of 1,200 (one delivery event) and an unfinished one of 30."""
    done = make_campaign(tmp_path / "a", journal, 1200)
    CampaignRunner(journal, done, fake_factory(FakeScript()), Limits(0, None)).run()
    first = journal.rows.page(done, limit=1)[0]
    event = DeliveryEvent(
        EventKind.DELIVERY, str(first.message_id), (first.email,), "2025-06-01T10:00:00Z"
    )
    journal.events.apply([event])
    open_one = make_campaign(tmp_path / "b", journal, 30)
    journal.rows.write_batch(
        open_one, [RowChange(i, RowState.UNKNOWN) for i in (0, 1)], "outbox:test"
    )
    return done, open_one


@pytest.fixture
def page(qtbot: Any, context: Any, stored: tuple[int, int]) -> CampaignsPage:
    widget = CampaignsPage(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.list_model.rowCount() == 2, timeout=10_000)
    return widget


def test_lists_campaigns_with_counts(page: CampaignsPage, qtmodeltester: Any) -> None:
    model = page.list_model
    qtmodeltester.check(model)
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    oldest = [model.index(1, c).data() for c in range(model.columnCount())]
    column = CampaignListModel.COLUMNS.index
    assert newest[3] == "Not started" and newest[column(RowState.UNKNOWN)] == "2"
    assert newest[column("left")] == "28" and newest[column(RowState.SKIPPED)] == "0"
    assert oldest[3] == "Finished" and oldest[4] == "1,200" and oldest[5] == "1"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[column(RowState.SKIPPED)] == "Skipped"
    assert "1 unfinished" in page.summary.text()


def test_opens_a_big_campaign_a_page_at_a_time(
    qtbot: Any, page: CampaignsPage, stored: tuple[int, int], qtmodeltester: Any
) -> None:
    page.select_campaign(stored[0])
    rows = page.rows_model
    qtbot.waitUntil(lambda: rows.rowCount() == PAGE, timeout=5_000)
    assert rows.canFetchMore()
    rows.fetchMore()
    qtbot.waitUntil(lambda: rows.rowCount() == 2 * PAGE, timeout=5_000)
    qtmodeltester.check(rows)
    qtbot.waitUntil(lambda: not rows.loading and rows.rowCount() >= 2 * PAGE)
    assert (
        rows.index(0, 2).data() == RowState.DELIVERED and rows.index(5, 2).data() == RowState.SENT
    )
    assert rows.index(0, 1).data() == "user0@example.com"
    page.rows_view.selectRow(0)
    qtbot.waitUntil(lambda: page.events.count() > 0, timeout=5_000)
    assert "Delivered" in page.events.item(0).text()  # "2025-06-01 …  Delivered"
    assert not page.resume_button.isEnabled() and page.export_button.isEnabled()


def test_export_writes_utf8_sig_csv(
    qtbot: Any,
    page: CampaignsPage,
    stored: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Any,
) -> None:
    out = tmp_path / "결과.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    page.select_campaign(stored[0])
    page.export_button.click()
    qtbot.waitUntil(lambda: any("Exported" in t for t in boxes.texts()), timeout=10_000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["line", "recipient", "state"] and rows[0][7:] == [
        "row",  # the data row (issue 16, item 13)
        "name",
        "email",
        "city",
        "plan",
    ]
    assert len(rows) == 1201
    assert rows[1][1] == "user0@example.com" and rows[1][2] == RowState.DELIVERED
    assert rows[2][7] == "2" and rows[2][8] == "사용자 1" and rows[2][10] == "서울"


def test_resume_runs_on_the_send_page(
    qtbot: Any, page: CampaignsPage, context: Any, stored: tuple[int, int], journal: Journal
) -> None:
    sender = SendPage(context)
    qtbot.addWidget(sender)
    sender.run_overrides = {
        "transport_factory": fake_factory(FakeScript()),
        "limits": Limits(rate=0, daily=None),
    }
    page.select_campaign(stored[1])
    assert page.resume_button.isEnabled()
    with qtbot.waitSignal(page.hub.send_ended, timeout=10_000):
        page.resume_button.click()
    # The outbox profile settles the two unknown rows (not in the outbox: pending again).
    assert journal.rows.counts(stored[1])[RowState.SENT] == 30
    assert journal.campaigns.get(stored[1]).status is CampaignStatus.FINISHED
    qtbot.waitUntil(lambda: page.list_model.rows[0].counts[RowState.SENT] == 30, timeout=5_000)
    assert page.list_model.index(0, 3).data() == "Finished"


def test_resend_unknown_asks_about_duplicates_first(
    qtbot: Any, page: CampaignsPage, stored: tuple[int, int], boxes: Any
) -> None:
    page.select_campaign(stored[1])
    assert page.resend_button.isEnabled()
    with qtbot.assertNotEmitted(page.hub.resume_requested):
        page.resend_button.click()  # the fixture answers No
    assert "twice" in boxes.shown[-1][2]
    boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(page.hub.resume_requested) as asked:
        page.resend_button.click()
    assert asked.args == [stored[1], True]
