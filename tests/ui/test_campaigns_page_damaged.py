"""The campaigns page on a damaged journal: a message box with the core's sentence,
never a crash dialog; the healthy campaigns stay listed and a damaged one exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from mailer.settings import data_dir
from mailer.store.journal import Journal
from tests.mailer.campaign_fixtures import make_campaign
from ui.pages.campaigns_page import CampaignsPage


def corrupt(path: Path, sql: str) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, int, int]:
    path = data_dir() / "journal.sqlite3"
    journal = Journal(path)
    healthy = make_campaign(tmp_path / "a", journal, 3)
    damaged = make_campaign(tmp_path / "b", journal, 3)
    journal.close()
    return path, healthy, damaged


def open_page(qtbot: Any, context: Any) -> CampaignsPage:
    page = CampaignsPage(context)
    qtbot.addWidget(page)
    return page


def test_a_damaged_campaign_is_listed_stopped_and_exports(
    qtbot: Any,
    context: Any,
    stored: tuple[Path, int, int],
    boxes: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, healthy, damaged = stored
    corrupt(path, f"UPDATE campaigns SET settings = 'not json' WHERE id = {damaged}")
    page = open_page(qtbot, context)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=10_000)
    page.select_campaign(damaged)
    assert "damaged" in page.title.text() and f"mailer export {damaged}" in page.title.text()
    assert not page.resume_button.isEnabled() and page.export_button.isEnabled()
    out = tmp_path / "saved.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    page.export_button.click()
    qtbot.waitUntil(lambda: any("Exported 3" in t for t in boxes.texts()), timeout=10_000)
    page.select_campaign(healthy)
    assert page.resume_button.isEnabled()
    assert boxes.crashes == []


def test_a_damaged_row_is_a_message_box_not_a_crash(
    qtbot: Any, context: Any, stored: tuple[Path, int, int], boxes: Any
) -> None:
    path, _healthy, damaged = stored
    corrupt(
        path,
        f"UPDATE recipients SET updated = 'noon' WHERE campaign_id = {damaged} AND idx = 1",
    )
    page = open_page(qtbot, context)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=10_000)
    page.select_campaign(damaged)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    kind, _title, text = boxes.shown[0]
    assert kind == "warning" and "line 3" in text and "damaged" in text
    assert boxes.crashes == []


def test_a_journal_that_is_no_database_is_a_message_box(
    qtbot: Any, context: Any, boxes: Any
) -> None:
    path = data_dir() / "journal.sqlite3"
    path.write_bytes(b"\x00not SQLite\n" * 500)
    open_page(qtbot, context)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    kind, _title, text = boxes.shown[0]
    assert kind == "warning" and str(path) in text and "Move it aside" in text
    assert boxes.crashes == []
