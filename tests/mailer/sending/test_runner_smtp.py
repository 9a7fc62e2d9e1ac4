"""The runner over SMTP (aiosmtpd on 127.0.0.1): a row's ``sending`` claim is waited
for at the transport's commit point (after DATA's 354, before the body), and it is in
the journal before the server can hold the message."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from mailer.errors import JournalError
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.states import CampaignStatus, ReasonCode, RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from mailer.transports.smtp import SmtpConfig, SmtpTransport
from tests.mailer.campaign_fixtures import make_campaign


class Peeking:
    """Accepts mail; when a message arrives, reads its row's state through a second
    connection to the journal (only committed changes are visible there)."""

    def __init__(self, path: Path, campaign_id: int) -> None:
        self.path, self.campaign_id = path, campaign_id
        self.states: dict[str, RowState] = {}
        self.received: list[str] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        recipient = envelope.rcpt_tos[0]
        other = Journal(self.path)
        try:
            rows = {r.email: r.state for r in other.rows.page(self.campaign_id)}
        finally:
            other.close()
        with self.lock:
            self.states[recipient] = rows[recipient]
            self.received.append(recipient)
        return "250 2.0.0 Ok: queued as Q" + recipient.split("@")[0]


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


def _sink(handler: Peeking) -> Controller:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    return controller


def _runner(journal: Journal, cid: int, port: int, concurrency: int) -> CampaignRunner:
    config = SmtpConfig(host="127.0.0.1", port=port, security="none", timeout=10)
    return CampaignRunner(
        journal,
        cid,
        lambda: SmtpTransport(config),
        Limits(rate=0, daily=None),
        RunOptions(concurrency=concurrency),
    )


def test_every_claim_is_in_the_journal_before_the_server_holds_the_message(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 60)
    handler = Peeking(journal.path, cid)
    controller = _sink(handler)
    try:
        result = _runner(journal, cid, controller.port, concurrency=6).run()
    finally:
        controller.stop()
    assert result.status == CampaignStatus.FINISHED
    assert result.counts[RowState.SENT] == 60
    assert sorted(handler.received) == sorted(f"user{i}@example.com" for i in range(60))
    # Not "pending": the claim was committed at the commit point, before the body left.
    assert set(handler.states.values()) == {RowState.SENDING}
    rows = journal.rows.page(cid)
    assert all(r.message_id == "Q" + r.email.split("@")[0] for r in rows)


def test_a_journal_failure_at_the_commit_point_stops_the_run_before_that_message(
    tmp_path: Path, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = make_campaign(tmp_path, journal, 6)
    write_batch = journal.rows.write_batch

    def failing(campaign_id: int, changes: Sequence[RowChange], account: str) -> None:
        if any(c.idx == 3 and c.state == RowState.SENDING for c in changes):
            raise JournalError("Writing the campaign journal failed: disk I/O error.")
        write_batch(campaign_id, changes, account)

    monkeypatch.setattr(journal.rows, "write_batch", failing)
    handler = Peeking(journal.path, cid)
    controller = _sink(handler)
    runner = _runner(journal, cid, controller.port, concurrency=1)
    try:
        with pytest.raises(JournalError, match="disk I/O error"):  # as any journal failure
            runner.run()
    finally:
        controller.stop()
    assert runner.status == CampaignStatus.STOPPED
    assert journal.campaigns.get(cid).status == CampaignStatus.STOPPED
    assert runner.control.reason.code == ReasonCode.ERROR
    # Row 3's claim never reached the journal, so its message never reached the server.
    assert handler.received == [f"user{i}@example.com" for i in range(3)]
