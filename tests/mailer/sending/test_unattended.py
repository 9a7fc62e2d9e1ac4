"""Unattended (the CLI): whatever would pause a run stops it instead, resumable, with
the reason: a pause nobody can resume must not hang the run."""

from __future__ import annotations

import threading
from pathlib import Path

from mailer.aws.notifications import DeliveryEvent
from mailer.errors import RecipientRejected, RetryableError
from mailer.sending.progress import Progress
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.states import CampaignStatus, EventKind, ReasonCode, RowState
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign

UNLIMITED = Limits(rate=0, daily=None)


def _run(journal: Journal, cid: int, script: FakeScript, **options: object) -> Progress:
    """Runs in a thread, so a hang fails the test (join) instead of blocking it."""
    runner = CampaignRunner(
        journal,
        cid,
        fake_factory(script),
        UNLIMITED,
        RunOptions(unattended=True, **options),  # type: ignore[arg-type]
    )
    result: list[Progress] = []
    thread = threading.Thread(target=lambda: result.append(runner.run()), daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the run hung on a pause nobody can resume"
    return result[0]


def test_failures_in_a_row_stop_an_unattended_run(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 30)
    script = FakeScript()
    for i in range(30):
        script.fail(f"user{i}@example.com", RecipientRejected("Mailbox unavailable."))
    result = _run(journal, cid, script, concurrency=1)
    assert result.status is CampaignStatus.STOPPED
    assert result.reason.code is ReasonCode.FAILED_IN_A_ROW
    stored = journal.campaigns.get(cid)
    assert stored.status is CampaignStatus.STOPPED and stored.reason == result.reason
    counts = journal.rows.counts(cid)
    assert counts[RowState.FAILED] == 10 and counts[RowState.SENDING] == 0
    assert counts[RowState.PENDING] == 20  # resumable


def test_exhausted_retries_stop_an_unattended_run(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 5)
    script = FakeScript()
    for i in range(5):
        script.fail(f"user{i}@example.com", *[RetryableError("421 try later")] * 5)
    result = _run(journal, cid, script, concurrency=2, max_attempts=3, backoff_base=0.001)
    assert result.status is CampaignStatus.STOPPED
    assert result.reason.code is ReasonCode.RETRIES_EXHAUSTED
    counts = journal.rows.counts(cid)
    assert counts[RowState.SENDING] == 0 and counts[RowState.PENDING] == 5


def test_the_deliverability_guard_stops_an_unattended_run(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 400)
    script = FakeScript(latency=0.005)
    bounced = threading.Event()

    def bounce_ten(recipient: str) -> None:
        # After 110 sends, ten of them bounce (9%: over SES's 5% review level).
        if len(script.sent) >= 110 and not bounced.is_set():
            bounced.set()
            journal.events.apply(
                [
                    DeliveryEvent(
                        kind=EventKind.BOUNCE,
                        message_id=mid,
                        recipients=(rcpt,),
                        timestamp="2026-11-22T00:00:00.000Z",
                        bounce_type="Permanent",
                        bounce_subtype="General",
                    )
                    for rcpt, mid in list(script.sent)[:10]
                ]
            )

    script.on_send = bounce_ten
    result = _run(journal, cid, script, concurrency=2, watch_events=True, watch_every=0.05)
    assert result.status is CampaignStatus.STOPPED
    assert result.reason.code is ReasonCode.BOUNCE_RATE
    assert journal.rows.counts(cid)[RowState.PENDING] > 0
