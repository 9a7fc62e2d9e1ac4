"""RecipientModel over RecipientTable: Qt's model rules, filtering, row states, 1M rows."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mailer.content.recipients import RecipientTable, RowStatus, load_recipients
from mailer.states import NO_REASON, Reason, ReasonCode, describe
from ui.models.recipients import RecipientModel, TableIndex, compute_rows


def big_table(rows: int) -> RecipientTable:
    """A synthetic table (what load_recipients returns), built fast."""
    ids = np.arange(rows)
    emails = [f"user{i}@example.com" for i in ids]
    statuses = [RowStatus.VALID] * rows
    reasons = [NO_REASON] * rows
    for i in range(0, rows, 1000):
        statuses[i] = RowStatus.INVALID
        reasons[i] = Reason(ReasonCode.INVALID, {"why": "not an e-mail address"})
    return RecipientTable(
        source=Path("big.csv"),
        columns=["email", "name", "city"],
        email_column="email",
        encoding="utf-8",
        delimiter=",",
        cells=[emails, ["김민준"] * rows, ["서울"] * rows],
        emails=emails,
        lines=list(range(2, rows + 2)),
        statuses=statuses,
        reasons=reasons,
    )


@pytest.fixture
def example_table(examples: Path) -> RecipientTable:
    return load_recipients(examples / "recipients.csv")


def test_qt_model_rules(qtmodeltester: Any, example_table: RecipientTable) -> None:
    model = RecipientModel()
    model.set_table(example_table)
    qtmodeltester.check(model)
    model.set_rows(np.array([0, 2], dtype=np.int64))
    qtmodeltester.check(model)


def test_columns_and_cells_come_from_the_table(example_table: RecipientTable) -> None:
    model = RecipientModel()
    model.set_table(example_table)
    assert model.rowCount() == len(example_table)
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers == ["Row", "Status", *example_table.columns, "Reason"]
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[0] == "1"  # data rows, as preview, check and --row count them
    assert first[2:-1] == [example_table.row(0)[c] for c in example_table.columns]
    assert "김민준" in first  # Korean cells round-trip


def test_filter_by_status_and_search(example_table: RecipientTable) -> None:
    index = TableIndex.build(example_table)
    invalid = compute_rows(example_table, index, ["invalid"])
    assert invalid is not None
    assert all(str(example_table.statuses[i]) == "invalid" for i in invalid)
    assert len(invalid) == example_table.counts()["invalid"]
    found = compute_rows(example_table, index, (), "서울")
    assert found is not None and len(found) >= 1
    assert all("서울" in example_table.row(int(i)).values() for i in found)
    assert compute_rows(example_table, index) is None


def test_row_states_colour_rows_and_emit_once(qtbot: Any, example_table: RecipientTable) -> None:
    model = RecipientModel()
    model.set_table(example_table)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_row_states([(0, "sent"), (3, "bounced")])
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (0, 3)
    assert model.row_state(3) == "bounced"
    assert model.data(model.index(3, 1)) == "bounced"
    assert model.data(model.index(0, 0), _background()) is not None
    model.set_row_state(1, "delivered")
    assert model.row_state(1) == "delivered"


def test_million_rows_appear_within_3_seconds_and_scroll(qtbot: Any) -> None:
    from ui.widgets.recipient_view import RecipientView

    table = big_table(1_000_000)
    index = TableIndex.build(table)  # the loader does this in its worker
    view = RecipientView()
    model = RecipientModel()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    start = time.perf_counter()
    model.set_table(table, index)
    view.fit_columns()
    view.viewport().repaint()
    shown = time.perf_counter() - start
    assert shown < 3.0, f"took {shown:.2f} s"
    start = time.perf_counter()
    bar = view.verticalScrollBar()
    for step in range(40):  # jump around the table, painting each time
        bar.setValue(bar.maximum() * step // 40)
        view.viewport().repaint()
    per_frame = (time.perf_counter() - start) / 40
    assert per_frame < 0.05, f"{per_frame * 1000:.1f} ms per scroll frame"
    start = time.perf_counter()
    rows = compute_rows(table, index, ["invalid"])
    assert rows is not None and len(rows) == 1000
    model.set_rows(rows)
    view.viewport().repaint()
    assert time.perf_counter() - start < 1.0


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _background() -> int:
    from PySide6.QtCore import Qt

    return int(Qt.ItemDataRole.BackgroundRole)


def test_reasons_are_shown_in_the_ui_language(example_table: RecipientTable, qapp: Any) -> None:
    from ui import i18n
    from ui.models.states import reason_label

    model = RecipientModel()
    model.set_table(example_table)
    last = model.columnCount() - 1
    reasons = list(example_table.reasons)
    duplicate = next(r for r in reasons if r.code is ReasonCode.DUPLICATE)
    invalid = next(r for r in reasons if r.code is ReasonCode.INVALID)
    try:
        assert i18n.install(qapp, "ko") == "ko"
        shown = {model.data(model.index(r, last)) for r in range(len(example_table))}
        assert f"{duplicate.get('row')}행과 중복" in shown  # data rows (issue 16)
        assert "잘못된 주소: @ 기호가 없습니다" in shown  # not email-validator's English
        assert "비어 있음" in shown  # the empty row
        assert reason_label(Reason(ReasonCode.UNVERIFIED)) == "인증되지 않은 주소 (SES 샌드박스)"
        paused = Reason(ReasonCode.FAILED_IN_A_ROW, {"count": 10, "error": "x"})
        assert reason_label(paused).startswith("일시 중지: 메시지 10개가 연속으로")
    finally:
        i18n.install(qapp, "en")
    assert model.data(model.index(0, last)) == reason_label(example_table.reasons[0])
    assert reason_label(duplicate) == describe(duplicate)  # English: the CLI's words
    assert reason_label(invalid) == "invalid address: there is no @-sign"


def test_rows_are_data_rows_with_the_file_line_where_they_differ(tmp_path: Path) -> None:
    """Issue 16, item 13: a cell with a line break shifts the file lines, not the rows."""
    path = tmp_path / "r.csv"
    path.write_text(
        'name,email\n"Kim\nSeoul",kim@example.com\nLee,lee@example.com\n', encoding="utf-8"
    )
    model = RecipientModel()
    model.set_table(load_recipients(path))
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["1", "2 (line 4)"]
