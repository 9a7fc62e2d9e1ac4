"""The campaigns page's report tabs on real widgets: figures, review levels, the
timeline chart, links, domains, reasons, the PDF and CSV exports and the comparison."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QTableWidget

from mailer.aws.notifications import parse_notification
from mailer.settings import data_dir
from mailer.store.journal import Journal
from tests.mailer.reports.fixtures import (
    ADDRESSES,
    EVENTS,
    LINK_A,
    make_sent_campaign,
    ses_event,
)
from ui.dialogs.compare_dialog import CompareDialog
from ui.ops.tasks import wait_for_tasks
from ui.pages.campaigns_page import CampaignsPage


@pytest.fixture
def campaign(tmp_path: Path) -> Iterator[int]:
    journal = Journal(data_dir() / "journal.sqlite3")
    campaign_id = make_sent_campaign(tmp_path, journal)
    for idx, kind, options in EVENTS:
        journal.events.apply(parse_notification(ses_event(idx, kind, options)))
    yield campaign_id
    journal.close()


@pytest.fixture
def page(qtbot: Any, context: Any, campaign: int) -> Iterator[CampaignsPage]:
    widget = CampaignsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    qtbot.waitUntil(lambda: widget.list_model.rowCount() == 1, timeout=10_000)
    widget.select_campaign(campaign)
    widget.tabs.setCurrentIndex(1)  # Report
    qtbot.waitUntil(lambda: widget.report.panel.report is not None, timeout=10_000)
    yield widget
    wait_for_tasks()


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def test_the_detail_is_tabs(page: CampaignsPage) -> None:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Recipients", "Report", "Links", "Domains", "Events"]


def test_report_tab_shows_figures_rates_and_review_levels(page: CampaignsPage) -> None:
    shown = page.report.panel.report_page
    rows = {
        cells(shown.figures, r)[0]: cells(shown.figures, r) for r in range(shown.figures.rowCount())
    }
    assert rows["Opened (unique)"][1:4] == ["3", "50.0%", "of delivered (6)"]
    assert rows["Clicks (total)"][1:3] == ["4", "–"]
    assert rows["Hard bounced"][1:3] == ["2", "22.2%"]
    assert rows["Hard bounced"][4] == "5.0% — over it"  # SES's review level, and above it
    assert rows["Complained (marked as spam)"][4] == "0.1% — over it"
    assert rows["Delivered"][4] == ""
    assert shown.over_rows() == ["Hard bounced", "Complained (marked as spam)"]
    assert "estimates" in shown.note.text()
    assert "$0.0009" in shown.cost.text()
    # Three hours: sends and deliveries at 05, opens at 06, clicks at 07 (UTC).
    assert [shown.chart.point_count(n) for n in ("sends", "opens", "clicks")] == [3, 3, 3]
    points = shown.chart.series["opens"].points()
    assert [p.y() for p in points] == [0, 4, 0]


def test_links_domains_and_events_tabs(qtbot: Any, page: CampaignsPage) -> None:
    panel = page.report.panel
    assert cells(panel.links_page.table, 0) == [LINK_A, "2", "3", "33.3%"]
    domains = panel.domains_page.table
    assert [cells(domains, r)[0] for r in range(domains.rowCount())] == [
        "gmail.com", "naver.com", "daum.net/hanmail.net", "outlook.com/hotmail.com", "Others"
    ]  # fmt: skip
    assert cells(domains, 1) == ["naver.com", "2", "2", "50.0%", "50.0%", "0.00%", "100.0%"]
    reasons = panel.events_page.table
    assert cells(reasons, 0) == [
        "Hard bounce", "Permanent", "General", "2", "2", "smtp; 550 5.1.1 user unknown",
        f"{ADDRESSES[3]}, {ADDRESSES[8]}",
    ]  # fmt: skip
    assert not panel.events_page.empty.isVisible()


def test_export_pdf_with_the_chart(
    page: CampaignsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "보고서.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.report.panel.report_page.pdf_button.click()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 1
    assert b"/Subtype /Image" in data  # the timeline chart is in it
    assert len(data) > 20_000


def test_export_csv(
    qtbot: Any, page: CampaignsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.report.panel.report_page.csv_button.click()
    qtbot.waitUntil(target.exists, timeout=5_000)
    wait_for_tasks()
    text = target.read_text(encoding="utf-8-sig")
    assert "opened_unique,3,delivered,6,50.00," in text and LINK_A in text


def test_compare_campaigns(qtbot: Any, page: CampaignsPage) -> None:
    page.report.panel.report_page.compare_button.click()
    qtbot.waitUntil(lambda: page.report.comparison_dialog is not None, timeout=5_000)
    dialog = page.report.comparison_dialog
    assert isinstance(dialog, CompareDialog)
    assert cells(dialog.table, 0)[2:7] == ["9", "66.7%", "22.2%", "11.11%", "50.0%"]
    dialog.close()


def test_tracking_needs_an_ses_profile(page: CampaignsPage) -> None:
    button = page.report.panel.report_page.tracking_button
    assert not button.isEnabled() and "SES" in button.toolTip()


def test_report_follows_the_open_campaign(qtbot: Any, page: CampaignsPage) -> None:
    page.open_campaign(None)
    assert page.report.panel.report is None
    assert page.report.panel.links_page.table.rowCount() == 0


def test_open_and_click_tracking_turned_on_from_the_report_tab(
    qtbot: Any, qapp: Any, aws: str, tmp_path: Path, boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asks first (with what it does to links and privacy), then adds OPEN and CLICK to
    the configuration set's event destination and saves the profile's queue."""
    from PySide6.QtWidgets import QMessageBox

    from mailer.settings import Profile, Settings
    from tests.sesshim import SesShim
    from ui.context import AppContext

    settings = Settings(path=tmp_path / "config" / "settings.json")
    settings.put(Profile(name="ses", kind="ses", region="us-east-1"))
    settings.active = "ses"
    context = AppContext(settings)
    with SesShim(aws) as shim:
        monkeypatch.setenv("AWS_ENDPOINT_URL", shim.url)
        widget = CampaignsPage(context)
        qtbot.addWidget(widget)
        button = widget.report.panel.report_page.tracking_button
        assert button.isEnabled()
        button.click()  # answered No: nothing changes
        assert "invisible image" in boxes.texts()[-1] and "privacy" in boxes.texts()[-1]
        assert not shim.state.destinations
        boxes.answer = QMessageBox.StandardButton.Yes
        button.click()
        qtbot.waitUntil(
            lambda: bool(context.settings.profiles["ses"].tracking_queue_url), timeout=20_000
        )
        wait_for_tasks()
        (destination,) = shim.state.destinations.values()
        assert {"OPEN", "CLICK"} <= set(destination["MatchingEventTypes"])
        assert Settings.load().profiles["ses"].tracking_queue_url  # saved
        assert "is on for ses" in boxes.texts()[-1]


def test_a_campaign_sent_within_one_hour_is_a_dot_in_the_middle(qtbot: Any) -> None:
    from mailer.reports import Hour
    from ui.widgets.report_chart import TimelineChart

    chart = TimelineChart()
    qtbot.addWidget(chart)
    start = 1_764_800_000 // 3600 * 3600
    chart.set_hours([Hour(start, sends=17, deliveries=17)])
    sends = chart.series["sends"]
    assert sends.count() == 1 and sends.pointsVisible()
    low = chart.time_axis.min().toMSecsSinceEpoch()
    high = chart.time_axis.max().toMSecsSinceEpoch()
    assert low < start * 1000 < high
    chart.set_hours([Hour(start, sends=1), Hour(start + 3600, sends=2)])
    assert not sends.pointsVisible()  # a line
