"""Defence in depth (issue 17, item 2): whatever a transport raises, the worker turns it
into a failed row with a sentence and goes on with a fresh transport; no row is left
``sending`` and the run ends with a reason."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.store.journal import Journal
from mailer.transports.base import SendResult
from tests.mailer.campaign_fixtures import make_campaign


class Brittle:
    """A transport with a bug: it raises a non-MailerError for one recipient, and is
    unusable afterwards (as a half-done SMTP command would leave it)."""

    made = 0
    lock = threading.Lock()

    def __init__(self, bad: str, sent: list[str]) -> None:
        with Brittle.lock:
            Brittle.made += 1
        self.bad, self.sent, self.broken = bad, sent, False

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        assert not self.broken, "used after it broke"
        if recipient == self.bad:
            self.broken = True
            raise UnicodeEncodeError("ascii", recipient, 0, 1, "ordinal not in range(128)")
        self.sent.append(recipient)
        return SendResult(message_id=f"id-{recipient}")

    def close(self) -> None:
        return None


def test_an_unexpected_transport_exception_fails_the_row_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 6)
    sent: list[str] = []
    Brittle.made = 0
    runner = CampaignRunner(
        journal,
        cid,
        lambda: Brittle("user2@example.com", sent),
        Limits(rate=0, daily=None),
        RunOptions(concurrency=1),
    )
    result = runner.run()
    assert result.status == "finished"
    assert result.counts["sent"] == 5 and result.counts["failed"] == 1
    assert result.counts["sending"] == 0 and result.counts["unknown"] == 0
    assert sorted(sent) == sorted(f"user{i}@example.com" for i in range(6) if i != 2)
    error = journal.rows.page(cid)[2].error
    assert "Unexpected error while sending (UnicodeEncodeError" in error
    assert Brittle.made == 2  # the broken transport was replaced
    journal.close()


def test_a_transport_that_cannot_be_remade_stops_the_run_with_a_reason(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 4)
    sent: list[str] = []
    made: list[int] = []

    def factory() -> Brittle:
        if made:
            raise RuntimeError("no more connections")
        made.append(1)
        return Brittle("user1@example.com", sent)

    runner = CampaignRunner(
        journal, cid, factory, Limits(rate=0, daily=None), RunOptions(concurrency=1)
    )
    result = runner.run()
    assert result.status == "stopped"
    assert "RuntimeError: no more connections" in str(result.reason.get("text"))
    assert result.counts["sent"] == 1 and result.counts["failed"] == 1
    assert result.counts["pending"] == 2 and result.counts["sending"] == 0
    journal.close()
