"""Settings → Suppression list: every reason shown, search and filter, add, remove with
a confirmation (a consent warning for an unsubscribe), CSV export and import - against
the real journal in the test's data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from mailer import service
from mailer.states import SuppressionKind
from mailer.store.suppression import Unsubscribe
from ui.dialogs.suppression_dialog import SuppressionDialog, kind_label

WAIT = 5000


def seed() -> None:
    journal = service.open_journal()
    journal.suppression.add(["bounce@x.com"], "hard bounce (General)")
    journal.suppression.add(["angry@x.com"], "complaint (abuse)")
    journal.suppression.unsubscribe(
        [
            Unsubscribe("reader@x.com", "newsletter", 1_700_000_000.0, "ses-event"),
            Unsubscribe("gone@x.com", "", 1_700_000_100.0, "ses-contact-list"),
        ]
    )
    journal.close()


def open_dialog(qtbot: Any, count: int) -> SuppressionDialog:
    dialog = SuppressionDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == count, timeout=WAIT)
    return dialog


def cells(dialog: SuppressionDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_reasons_search_filter_add_remove(qtbot: Any, boxes: Any, tmp_path: Path) -> None:
    seed()
    dialog = open_dialog(qtbot, 4)
    shown = {row[0]: row for row in cells(dialog)}
    assert shown["bounce@x.com"][1] == kind_label(SuppressionKind.BOUNCED)
    assert shown["angry@x.com"][1] == kind_label(SuppressionKind.COMPLAINED)
    assert shown["reader@x.com"][1:4] == [
        "unsubscribed",
        "from newsletter",
        "SES unsubscribe event",
    ]
    assert shown["gone@x.com"][2:4] == ["from everything", "SES contact list"]

    dialog.kind.setCurrentIndex(dialog.kind.findData(SuppressionKind.UNSUBSCRIBED.value))
    assert sorted(r[0] for r in cells(dialog)) == ["gone@x.com", "reader@x.com"]
    dialog.search.setText("read")
    assert [r[0] for r in cells(dialog)] == ["reader@x.com"]

    # Removing an unsubscribe warns about consent; "No" keeps it.
    dialog.table.selectRow(0)
    dialog.remove()
    assert "consent" in boxes.texts()[-1]
    assert len(dialog.rows) == 4
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.remove()
    qtbot.waitUntil(lambda: len(dialog.rows) == 3, timeout=WAIT)
    journal = service.open_journal()
    assert {u.email for u in journal.suppression.unsubscribes()} == {"gone@x.com"}

    dialog.search.clear()
    dialog.kind.setCurrentIndex(0)
    dialog.add_addresses(["New@X.com", "other@x.com"])
    qtbot.waitUntil(lambda: len(dialog.rows) == 5, timeout=WAIT)
    assert {"New@x.com".lower(), "other@x.com"} <= journal.suppression.addresses()
    dialog.add_addresses(["not an address"])
    qtbot.waitUntil(lambda: any("not an e-mail" in t for t in boxes.texts()), timeout=WAIT)

    # CSV out and back in (to a fresh journal elsewhere: the same addresses).
    out = tmp_path / "suppression.csv"
    dialog.export_file(out)
    qtbot.waitUntil(
        lambda: out.exists() and out.read_text(encoding="utf-8-sig").count("\n") == 6, timeout=WAIT
    )
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("email,kind,detail,added,source") and "gone@x.com,unsubscribed" in text
    other = SuppressionDialog(journal_path=tmp_path / "other.sqlite3")
    qtbot.addWidget(other)
    other.import_file(out)
    qtbot.waitUntil(lambda: len(other.rows) == 5, timeout=WAIT)
    assert {r.kind for r in other.rows} == {SuppressionKind.MANUAL.value}
    journal.close()
    assert boxes.crashes == []


def test_a_date_is_one_line_and_fits_its_column(qtbot: Any) -> None:
    seed()
    dialog = open_dialog(qtbot, 4)
    dialog.resize(700, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    date = table.item(0, 4).text()
    assert not table.wordWrap()
    assert table.columnWidth(4) >= table.fontMetrics().horizontalAdvance(date)
