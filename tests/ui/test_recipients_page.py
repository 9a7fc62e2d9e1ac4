"""Recipients page: load off the UI thread, summary filters, search, reload, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from mailer.states import ReasonCode
from ui.ops.tasks import wait_for_tasks
from ui.pages.recipients_page import RecipientsPage


@pytest.fixture
def page(qtbot: Any, context: Any) -> RecipientsPage:
    widget = RecipientsPage(context)
    qtbot.addWidget(widget)
    return widget


def load(qtbot: Any, page: RecipientsPage, path: Path) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.open_file(path)


def test_loading_the_example_fills_the_model(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    load(qtbot, page, examples / "recipients.csv")
    table = context.table
    assert table is not None and page.model.rowCount() == len(table) > 0
    assert page.column_box.currentText() == table.email_column
    assert page.busy.isHidden()
    counts = table.counts()
    assert page.filter_buttons["valid"].text().endswith(f"{counts['valid']:,}")


def test_each_summary_count_filters_the_table(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    load(qtbot, page, examples / "recipients.csv")
    counts = context.table.counts()
    for status in ("valid", "invalid", "duplicate", "empty"):
        page.filter_buttons[status].click()
        qtbot.waitUntil(lambda s=status: page.model.rowCount() == counts[s], timeout=5000)
        rows = [page.model.source_row(r) for r in range(page.model.rowCount())]
        assert all(str(context.table.statuses[r]) == status for r in rows)
        page.filter_buttons[status].click()  # off again: everything
        qtbot.waitUntil(lambda: page.model.rowCount() == counts["total"], timeout=5000)


def test_rejected_rows_show_reason_and_line(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    load(qtbot, page, examples / "recipients.csv")
    page.filter_buttons["invalid"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == context.table.counts()["invalid"])
    model = page.model
    row = model.source_row(0)
    assert model.data(model.index(0, 0)) == str(row + 1)  # the data row (issue 16, item 13)
    reason = context.table.reasons[row]
    assert reason.code is ReasonCode.INVALID
    shown = model.data(model.index(0, model.columnCount() - 1))
    # the app's own words for the problem code (email-validator's English is the CLI's)
    assert reason.get("problem") == "no_at"
    assert shown == "invalid address: there is no @-sign"


def test_search_box_finds_korean_text(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    load(qtbot, page, examples / "recipients.csv")
    page.search.setText("부산")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < len(context.table), timeout=5000)
    for r in range(page.model.rowCount()):
        assert "부산" in context.table.row(page.model.source_row(r)).values()


def test_cp949_file_and_encoding_picker(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    load(qtbot, page, examples / "recipients-cp949.csv")
    assert context.table.encoding == "cp949"
    assert page.encoding_box.currentData() == "cp949"
    assert any("김" in v for v in context.table.row(0).values())
    # Forcing latin-1 reloads the file (mojibake, but it loads).
    page.encoding_box.setCurrentIndex(page.encoding_box.findData("latin-1"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert context.table.encoding == "latin-1"


def test_xlsx_loads(qtbot: Any, page: RecipientsPage, examples: Path, context: Any) -> None:
    load(qtbot, page, examples / "recipients.xlsx")
    assert context.table.encoding == "xlsx"
    assert not page.encoding_box.isEnabled()


def test_drop_a_file(qtbot: Any, page: RecipientsPage, examples: Path, context: Any) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(examples / "recipients.csv"))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.dropEvent(event)
    assert context.table is not None


def test_a_bad_file_shows_the_core_message(
    qtbot: Any, page: RecipientsPage, tmp_path: Path, boxes: Any
) -> None:
    bad = tmp_path / "nothing.csv"
    bad.write_text("", encoding="utf-8")
    page.open_file(bad)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    kind, _title, text = boxes.shown[0]
    assert kind == "warning" and "nothing.csv" in text
    assert page.busy.isHidden()


def test_a_file_that_fails_leaves_nothing_of_the_one_before(
    qtbot: Any, page: RecipientsPage, examples: Path, tmp_path: Path, boxes: Any, context: Any
) -> None:
    load(qtbot, page, examples / "recipients.csv")
    assert context.table is not None and page.model.rowCount() > 0
    bad = tmp_path / "bad.csv"
    bad.write_text("name,city\nKim,Seoul\n", encoding="utf-8")  # no e-mail column
    page.open_file(bad)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    assert page.file_label.text() == "bad.csv"
    assert context.table is None  # Review & send cannot go on with the earlier file
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty
    assert "bad.csv" in page.empty.text()


def test_cancel_hides_the_busy_bar(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    page.open_file(examples / "recipients.csv")
    page.cancel_load()
    assert page.busy.isHidden()
    wait_for_tasks()
    qtbot.wait(50)
    assert context.table is None  # the cancelled result was dropped


def test_sample_of_decoded_names_beside_the_encoding(
    qtbot: Any, page: RecipientsPage, examples: Path, context: Any
) -> None:
    load(qtbot, page, examples / "recipients-cp949.csv")
    assert page.sample_label.text().startswith("Sample: 김민준, ")
    page.encoding_box.setCurrentIndex(page.encoding_box.findData("latin-1"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert "김" not in page.sample_label.text()  # the mojibake is there to see
    assert page.sample_label.text() == "Sample: " + ", ".join(context.table.sample())


def test_a_refused_encoding_is_fixed_with_the_picker(
    qtbot: Any, page: RecipientsPage, tmp_path: Path, boxes: Any, context: Any
) -> None:
    xlsx = tmp_path / "first.xlsx"
    openpyxl.Workbook().save(xlsx)
    page.open_file(xlsx)  # an empty workbook: refused, and the picker is off for workbooks
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    path = tmp_path / "r.csv"
    path.write_bytes("name,email\n山田,a@example.com\n".encode("cp932"))
    page.open_file(path)
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=10_000)
    assert "choose the encoding" in boxes.shown[1][2]
    assert page.encoding_box.isEnabled() and page.sample_label.text() == ""
    page.encoding_box.setCurrentIndex(page.encoding_box.findData("cp932"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert context.table.row(0)["name"] == "山田"
    assert page.sample_label.text() == "Sample: 山田"
