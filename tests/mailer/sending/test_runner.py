from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from mailer.aws.notifications import DeliveryEvent
from mailer.errors import AccountError, QuotaExhausted, RecipientRejected, RetryableError
from mailer.sending.progress import Progress
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.states import CampaignStatus, EventKind, ReasonCode, RowState, describe, error_reason
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from mailer.transports.fake import FakeScript, fake_factory
from tests.fakeclock import FakeClock
from tests.mailer.campaign_fixtures import make_campaign

UNLIMITED = Limits(rate=0, daily=None)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


def _runner(
    journal: Journal,
    cid: int,
    script: FakeScript,
    limits: Limits = UNLIMITED,
    options: RunOptions | None = None,
    **kw: object,
) -> CampaignRunner:
    return CampaignRunner(
        journal,
        cid,
        fake_factory(script),
        limits,
        options or RunOptions(concurrency=3),
        **kw,  # type: ignore[arg-type]
    )


def test_sends_every_valid_row_once_and_logs_it(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 50)
    script = FakeScript()
    result = _runner(journal, cid, script).run()
    assert result.status == CampaignStatus.FINISHED
    assert result.counts[RowState.SENT] == 50
    assert sorted(r for r, _ in script.sent) == sorted(f"user{i}@example.com" for i in range(50))
    assert len(journal.send_log.times_since(0, "outbox")) == 50
    records = journal.rows.page(cid)
    assert all(r.message_id and r.message_id.startswith("fake-") for r in records)
    assert journal.campaigns.get(cid).status == CampaignStatus.FINISHED


def test_retryable_error_retries_the_same_message(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 5)
    script = FakeScript()
    script.fail(
        "user2@example.com", RetryableError("slow down", throttled=True), RetryableError("again")
    )
    runner = _runner(journal, cid, script, options=RunOptions(concurrency=1, backoff_base=0.01))
    result = runner.run()
    assert result.counts[RowState.SENT] == 5
    assert [r for r, _ in script.sent].count("user2@example.com") == 1
    row = journal.rows.page(cid)[2]
    assert row.state == RowState.SENT and row.attempts == 3
    assert runner.limiter.base_rate == 0  # easing never turns "unlimited" into a limit


def test_progress_says_retrying_until_a_message_goes_out(tmp_path: Path, journal: Journal) -> None:
    # A server refusing connections must show as retrying (why), not as a silent hang.
    import io

    from rich.console import Console

    from mailer.cli.progress import LiveBar

    cid = make_campaign(tmp_path, journal, 3)
    script = FakeScript()
    refused = "Could not connect to SMTP server h:25."
    script.fail("user0@example.com", RetryableError(refused), RetryableError(refused))
    seen: list[Progress] = []
    out = io.StringIO()
    bar = LiveBar(Console(file=out, force_terminal=False), 3)

    def both(p: Progress) -> None:
        seen.append(p)
        bar.update(p)

    # Backoffs longer than the 0.1 s between two progress reports, as real ones are.
    options = RunOptions(concurrency=1, backoff_base=0.15)
    result = _runner(journal, cid, script, options=options, on_progress=both).run()
    assert result.counts[RowState.SENT] == 3
    assert any(p.retrying == refused for p in seen)
    assert seen[-1].retrying == ""  # cleared once a message went out
    assert out.getvalue().count(f"retrying: {refused}") == 1


def test_rejected_recipient_fails_and_the_campaign_goes_on(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 6)
    script = FakeScript()
    script.fail("user1@example.com", RecipientRejected("Address blacklisted."))
    result = _runner(journal, cid, script).run()
    assert result.status == CampaignStatus.FINISHED
    assert result.counts[RowState.FAILED] == 1 and result.counts[RowState.SENT] == 5
    assert journal.rows.page(cid)[1].error == "Address blacklisted."


def test_account_error_stops_and_resume_finishes_without_duplicates(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 20)
    script = FakeScript()
    script.fail("user7@example.com", AccountError("Sending is paused for this account."))
    first = _runner(journal, cid, script, options=RunOptions(concurrency=1)).run()
    assert first.status == CampaignStatus.STOPPED
    assert "paused for this account" in describe(first.reason)
    assert first.counts[RowState.PENDING] == 13
    second = _runner(journal, cid, script, options=RunOptions(concurrency=1)).run()
    assert second.status == CampaignStatus.FINISHED
    sent = [r for r, _ in script.sent]
    assert len(sent) == len(set(sent)) == 20


def test_quota_exhausted_waits_then_continues(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 4)
    script = FakeScript()
    script.fail("user1@example.com", QuotaExhausted("Daily message quota exceeded."))
    clock = FakeClock(start=time.time())
    seen: list[Progress] = []
    runner = _runner(
        journal,
        cid,
        script,
        options=RunOptions(concurrency=1),
        clock=clock,
        on_progress=seen.append,
    )
    result = runner.run()
    assert result.status == CampaignStatus.FINISHED and result.counts[RowState.SENT] == 4
    waits = [p for p in seen if p.status == CampaignStatus.WAITING_QUOTA]
    assert waits and waits[0].waiting_until is not None
    assert clock.now >= 3600 - 1  # waited the service's quota out on the fake clock


def test_daily_quota_holds_across_two_runs(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 10)
    for _ in range(2):  # the second run is a new runner: its quota comes from the send log
        holder: list[CampaignRunner] = []

        def stop_when_waiting(p: Progress, holder: list[CampaignRunner] = holder) -> None:
            if p.status == CampaignStatus.WAITING_QUOTA:
                holder[0].stop(error_reason("quota wait cancelled"))

        runner = _runner(
            journal,
            cid,
            FakeScript(),
            Limits(rate=0, daily=3),
            RunOptions(concurrency=1),  # deterministic: no send races the stop
            on_progress=stop_when_waiting,
        )
        holder.append(runner)
        assert runner.run().status == CampaignStatus.STOPPED
    assert (
        journal.rows.counts(cid)[RowState.SENT] == 3
    )  # never more than the quota across the restart
    assert len(journal.send_log.times_since(time.time() - 86400, "outbox")) == 3


def test_pause_resume_and_cancel_from_another_thread(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 200)
    script = FakeScript(latency=0.005)
    runner = _runner(journal, cid, script, options=RunOptions(concurrency=2))
    thread = threading.Thread(target=runner.run)
    thread.start()
    _wait_for(lambda: len(script.sent) >= 10)
    runner.pause()
    time.sleep(0.1)
    frozen = len(script.sent)
    time.sleep(0.3)
    assert len(script.sent) == frozen and runner.status == CampaignStatus.PAUSED
    runner.resume()
    _wait_for(lambda: len(script.sent) >= frozen + 10)
    runner.cancel()
    thread.join(5)
    assert not thread.is_alive()
    counts = journal.rows.counts(cid)
    assert counts[RowState.SENDING] == 0 and counts[RowState.PENDING] > 0
    assert counts[RowState.SENT] == len(script.sent)
    assert journal.campaigns.get(cid).status == CampaignStatus.CANCELLED


def test_auto_pause_when_failures_pile_up(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 30)
    script = FakeScript()
    for i in range(12):
        script.fail(f"user{i}@example.com", RecipientRejected("Mailbox unavailable."))
    seen: list[Progress] = []
    runner = _runner(
        journal, cid, script, options=RunOptions(concurrency=1), on_progress=seen.append
    )
    thread = threading.Thread(target=runner.run)
    thread.start()
    _wait_for(lambda: runner.status == CampaignStatus.PAUSED)
    last = [p for p in seen if p.status == CampaignStatus.PAUSED][-1].reason
    assert last.code is ReasonCode.FAILED_IN_A_ROW and last.get("count") == 10
    assert "10 messages in a row failed" in describe(last)
    runner.cancel()
    thread.join(5)


def test_suppressed_at_send_time_is_skipped(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 5)
    journal.suppression.add(["USER3@example.com"], "complaint")
    script = FakeScript()
    result = _runner(journal, cid, script).run()
    assert result.counts[RowState.SKIPPED] == 1 and result.counts[RowState.SENT] == 4
    assert "user3@example.com" not in [r for r, _ in script.sent]


def test_crash_leftovers_become_unknown_and_are_resent_only_on_request(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 5)
    # as a crash leaves it
    journal.rows.write_batch(cid, [RowChange(2, RowState.SENDING, attempt=1)], "outbox")
    script = FakeScript()
    result = _runner(journal, cid, script).run()
    assert result.counts[RowState.UNKNOWN] == 1 and result.counts[RowState.SENT] == 4
    assert "user2@example.com" not in [r for r, _ in script.sent]
    again = _runner(journal, cid, script, options=RunOptions(resend_unknown=True)).run()
    assert again.counts[RowState.SENT] == 5 and again.counts[RowState.UNKNOWN] == 0


def test_deliverability_guard_pauses_on_bounces(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 400)
    script = FakeScript(latency=0.01)
    injected = threading.Event()

    def bounce_some(p: Progress) -> None:
        if p.sent >= 110 and not injected.is_set():
            injected.set()
            events = [
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
            journal.events.apply(events)

    seen: list[Progress] = []

    def report(p: Progress) -> None:
        seen.append(p)
        bounce_some(p)

    runner = _runner(
        journal,
        cid,
        script,
        options=RunOptions(concurrency=2, watch_events=True, watch_every=0.1),
        on_progress=report,
    )
    thread = threading.Thread(target=runner.run)
    thread.start()
    _wait_for(lambda: runner.status == CampaignStatus.PAUSED, timeout=15)
    runner.cancel()
    thread.join(5)
    reasons = [describe(p.reason) for p in seen if p.status == CampaignStatus.PAUSED]
    assert reasons and RowState.BOUNCED in reasons[0] and "5%" in reasons[0]
    assert len(journal.suppression.addresses()) == 10


def _wait_for(condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


def test_delivery_in_doubt_becomes_unknown_not_a_retry(tmp_path: Path, journal: Journal) -> None:
    from mailer.errors import DeliveryInDoubt

    cid = make_campaign(tmp_path, journal, 3)
    script = FakeScript()
    script.fail("user1@example.com", DeliveryInDoubt("The connection broke after DATA."))
    result = _runner(journal, cid, script).run()
    assert result.counts[RowState.UNKNOWN] == 1 and result.counts[RowState.SENT] == 2
    assert script.calls == 3  # tried once, never retried silently


def test_rate_meter_never_reports_more_than_the_pace() -> None:
    from mailer.sending.progress import RateMeter

    meter = RateMeter(span=5.0)
    for i in range(101):
        meter.add(i * 0.1)  # 10/s for 10 s
    assert meter.rate(10.0) == pytest.approx(10.0, rel=0.01)
    assert meter.rate(20.0) == 0.0  # nothing in the last 5 s
