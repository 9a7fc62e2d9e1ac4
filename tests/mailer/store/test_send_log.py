"""journal.send_log: the rolling 24-hour window, per account."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailer.states import RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import make_campaign


def test_send_log_window(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    now = time.time()
    journal.rows.write_batch(
        cid, [RowChange(0, RowState.SENT, message_id="x", time=now - 90000)], "acct"
    )
    journal.rows.write_batch(
        cid, [RowChange(1, RowState.SENT, message_id="y", time=now - 10)], "acct"
    )
    assert journal.send_log.times_since(now - 86400, "acct") == [pytest.approx(now - 10)]
    assert journal.send_log.times_since(now - 86400, "other") == []


def test_only_logged_sent_changes_are_logged(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    journal.rows.write_batch(
        cid,
        [
            RowChange(0, RowState.SENDING, attempt=1),
            RowChange(0, RowState.SENT, message_id="a", time=5.0),
            RowChange(1, RowState.SENT, message_id="b", logged=False),  # settled, not re-sent
            RowChange(2, RowState.FAILED, error="rejected"),
        ],
        "acct",
    )
    assert journal.send_log.times_since(0, "acct") == [5.0]
