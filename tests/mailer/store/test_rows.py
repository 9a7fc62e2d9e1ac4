"""journal.rows: counts, pages, pending rows, crash marking, the results export."""

from __future__ import annotations

from pathlib import Path

from mailer.states import ReasonCode, RowState, describe
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import make_campaign


def test_counts(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 4)
    counts = journal.rows.counts(cid)
    assert counts["pending"] == 4 and set(counts) == {s.value for s in RowState}


def test_sending_rows_become_unknown_after_a_crash(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    journal.rows.write_batch(cid, [RowChange(1, RowState.SENDING, attempt=1)], "a")
    assert journal.rows.mark_crashed(cid) == 1
    assert journal.rows.unknown(cid) == [1]
    assert journal.rows.page(cid)[1].reason.code is ReasonCode.CRASHED
    assert "may or may not" in describe(journal.rows.page(cid)[1].reason)


def test_page_and_pending_are_keyset_pages(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 5)
    journal.rows.write_batch(
        cid,
        [RowChange(1, RowState.SENDING, attempt=1), RowChange(3, RowState.UNKNOWN)],
        "a",
    )
    assert [r.idx for r in journal.rows.page(cid, offset=2, limit=2)] == [2, 3]
    assert [r.idx for r in journal.rows.pending(cid, 0, 2)] == [2, 4]
    both = journal.rows.pending(cid, -1, 10, (RowState.PENDING, RowState.UNKNOWN))
    assert [(r.idx, r.state) for r in both] == [
        (0, RowState.PENDING),
        (2, RowState.PENDING),
        (3, RowState.UNKNOWN),
        (4, RowState.PENDING),
    ]
    assert both[0].data == {
        "name": "사용자 0",
        "email": "user0@example.com",
        "city": "서울",
        "plan": "free",
    }
    assert journal.rows.page(cid)[1].attempts == 1


def test_export_rows(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    journal.rows.write_batch(cid, [RowChange(0, RowState.FAILED, error="rejected")], "a")
    rows = list(journal.rows.export(cid))
    assert rows[0][:5] == [2, "user0@example.com", "failed", None, "rejected"]
    assert rows[0][-4:] == ["사용자 0", "user0@example.com", "서울", "free"]
