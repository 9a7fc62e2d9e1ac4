"""The journal itself: the file (WAL), the one connection its stores share, transactions."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from mailer.errors import JournalError
from mailer.states import CampaignStatus, RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import make_campaign


class Rollback(Exception):
    pass


def test_wal_mode(journal: Journal, tmp_path: Path) -> None:
    make_campaign(tmp_path, journal, 4)
    mode = sqlite3.connect(journal.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_unwritable_journal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(JournalError, match="Cannot open the campaign journal"):
        Journal(blocker / "j.sqlite3")


def test_every_store_works_through_the_journals_one_connection(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    other = Journal(journal.path)  # a second connection sees only what is committed
    try:
        with pytest.raises(Rollback), journal.transaction():
            journal.rows.write_batch(cid, [RowChange(0, RowState.SENT, message_id="m")], "a")
            journal.suppression.add(["late@example.com"], "by hand")
            journal.campaigns.set_status(cid, CampaignStatus.RUNNING)
            # inside: the other stores read the uncommitted writes on the same connection
            assert len(journal.send_log.times_since(0, "a")) == 1
            assert journal.rows.counts(cid)[RowState.SENT] == 1
            assert journal.suppression.addresses() == {"late@example.com"}
            assert journal.campaigns.get(cid).status is CampaignStatus.RUNNING
            # ... and another connection does not
            assert other.send_log.times_since(0, "a") == []
            assert other.suppression.addresses() == set()
            raise Rollback
        for seen in (journal, other):  # rolled back, every store's write alike
            assert seen.send_log.times_since(0, "a") == []
            assert seen.rows.counts(cid)[RowState.SENT] == 0
            assert seen.rows.page(cid)[0].message_id is None
            assert seen.suppression.addresses() == set()
            assert seen.campaigns.get(cid).status is CampaignStatus.READY
    finally:
        other.close()


def test_a_store_write_inside_a_transaction_commits_with_it(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path, journal, 1)
    with journal.transaction():
        journal.rows.write_batch(cid, [RowChange(0, RowState.SENT, message_id="m")], "a")
        journal.test_sends.log("p", "t@example.com", "mid")
    other = Journal(journal.path)
    try:
        assert other.rows.page(cid)[0].state is RowState.SENT
        assert len(other.send_log.times_since(0, "a")) == 1
        assert len(other.test_sends.all()) == 1
    finally:
        other.close()


def test_a_failed_inner_write_rolls_back_only_itself(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 1)
    with journal.transaction():
        journal.suppression.add(["kept@example.com"], "by hand")
        with pytest.raises(Rollback), journal.transaction():
            journal.suppression.add(["dropped@example.com"], "by hand")
            raise Rollback
        journal.rows.write_batch(cid, [RowChange(0, RowState.SENDING, attempt=1)], "a")
    assert journal.suppression.addresses() == {"kept@example.com"}
    assert journal.rows.page(cid)[0].state is RowState.SENDING


def test_another_thread_waits_for_an_open_transaction(journal: Journal, tmp_path: Path) -> None:
    seen: list[set[str]] = []
    with journal.transaction():
        journal.suppression.add(["a@example.com"], "by hand")
        reader = threading.Thread(target=lambda: seen.append(journal.suppression.addresses()))
        reader.start()
        time.sleep(0.05)
        assert seen == []  # blocked on the journal's lock, not reading half a transaction
    reader.join()
    assert seen == [{"a@example.com"}]
