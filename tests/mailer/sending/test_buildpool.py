"""Build processes (mailer.sending.buildpool): real spawned processes, a real journal,
a fake clock for the runner. What they build is what the sending threads build; no
row is lost or doubled when a build process dies; the run's pacing is unchanged."""

from __future__ import annotations

import base64
import dataclasses
import email
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.credentials import ReadOnlyCredentials
from botocore.exceptions import ClientError

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import AccountError, JournalError, MessageError, TemplateError
from mailer.sending.build import BuildSpec, MessageBuilder
from mailer.sending.buildpool import BuildJob, BuildPool, Built, build_one
from mailer.sending.feed import RowFeed
from mailer.sending.plan import auto_build_processes
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.service import create_campaign
from mailer.settings import Profile
from mailer.states import CampaignStatus, RowState
from mailer.store.journal import Journal
from mailer.store.rows import PendingRow
from mailer.transports.base import SendResult
from mailer.transports.ses import RESIGN_AFTER, RequestShape, Signed
from tests.fakeclock import FakeClock
from tests.mailer.campaign_fixtures import make_campaign, write_recipients

SHAPE = RequestShape(
    url="https://email.us-east-1.amazonaws.com/v2/email/outbound-emails",
    target="/v2/email/outbound-emails",
    host="email.us-east-1.amazonaws.com",
    region="us-east-1",
    signing_name="ses",
    agent="bulk-mailer-test",
)
KEY_A = ReadOnlyCredentials("AKIDFIRSTKEY", "first-secret-value", None)
KEY_B = ReadOnlyCredentials("AKIDSECONDKEY", "second-secret-value", None)
SENDER = "sender@example.com"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def _spec(journal: Journal, cid: int) -> BuildSpec:
    campaign = journal.campaigns.get(cid)
    return BuildSpec(journal.campaigns.template_snapshot(cid), campaign.uid, campaign.settings)


def _job(journal: Journal, cid: int) -> BuildJob:
    return BuildJob(_spec(journal, cid), SHAPE, SENDER)


def _message(body: bytes) -> bytes:
    return base64.b64decode(json.loads(body)["Content"]["Raw"]["Data"])


def _without_date(message: bytes) -> bytes:
    return b"\n".join(line for line in message.split(b"\n") if not line.startswith(b"Date:"))


def _rows(journal: Journal, cid: int) -> list[PendingRow]:
    feed = RowFeed(journal, cid, resend_unknown=False)
    rows = []
    while (row := feed.next()) is not None:
        rows.append(row)
    return rows


def _pool(
    journal: Journal,
    cid: int,
    credentials: Callable[[], ReadOnlyCredentials | None] = lambda: KEY_A,
    *,
    processes: int = 1,
    stopping: Callable[[], bool] = lambda: False,
) -> BuildPool:
    feed = RowFeed(journal, cid, resend_unknown=False)
    return BuildPool(
        _job(journal, cid), feed, credentials, processes=processes, stopping=stopping, ahead=8
    )


def _started(tmp_path: Path, journal: Journal, rows: int) -> BuildPool:
    cid = make_campaign(tmp_path, journal, rows, profile=Profile(kind="ses", region="us-east-1"))
    pool = _pool(journal, cid)
    assert pool.start()
    return pool


def _kill(pool: BuildPool) -> None:
    for proc in pool._procs:
        proc.kill()
        proc.join()


def _drain(pool: BuildPool) -> list[tuple[PendingRow, Built | None]]:
    items = []
    while (item := pool.next()) is not None:
        items.append(item)
    return items


def _failing_campaign(tmp: Path, journal: Journal, n: int, profile: Profile | None = None) -> int:
    """Row 3's body divides by zero (a TemplateError for that row only); row 5 has an
    address SES cannot take (no SMTPUTF8)."""
    folder = tmp / "tpl"
    folder.mkdir(parents=True)
    (folder / "subject.txt").write_text("안녕하세요 {{ name }}", encoding="utf-8")
    (folder / "body.txt").write_text(
        '{{ name }}: {{ 100 // (0 if name == "사용자 3" else 1) }}\n', encoding="utf-8"
    )
    csv_path = write_recipients(tmp / "list.csv", n)
    text = csv_path.read_text(encoding="utf-8").replace("user5@", "사용자5@")
    csv_path.write_text(text, encoding="utf-8")
    return create_campaign(
        journal,
        name="failing rows",
        table=load_recipients(csv_path),
        template=TemplateSet.load(folder),
        sender=SenderSettings.parse(f"Shop <{SENDER}>"),
        profile=profile or Profile(kind="ses", region="us-east-1"),
    )


# -- one row ---------------------------------------------------------------------------------


def test_a_built_request_carries_the_message_the_threads_build(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 3, profile=Profile(kind="ses", region="us-east-1"))
    job = _job(journal, cid)
    builder = MessageBuilder.from_spec(job.spec)
    for row in _rows(journal, cid):
        built = build_one(builder, job, row, KEY_A)
        assert built.error is None and built.body is not None and built.signed is not None
        here = builder.build(row)
        assert _without_date(_message(built.body)) == _without_date(here)
        request = json.loads(built.body)
        assert request["Destination"] == {"ToAddresses": [row.email]}
        assert request["FromEmailAddress"] == SENDER
        tags = {t["Name"]: t["Value"] for t in request["EmailTags"]}
        assert tags == {"campaign": job.spec.uid, "recipient": str(row.idx)}
        head = dict(built.signed.headers)
        assert "Credential=AKIDFIRSTKEY/" in head["Authorization"]
        assert built.signed.wire.endswith(built.body)
        assert b"first-secret-value" not in built.signed.wire


def test_rows_that_cannot_be_built_say_why(tmp_path: Path, journal: Journal) -> None:
    cid = _failing_campaign(tmp_path, journal, 8)
    job = _job(journal, cid)
    builder = MessageBuilder.from_spec(job.spec)
    rows = {row.idx: row for row in _rows(journal, cid)}
    broken = build_one(builder, job, rows[3], KEY_A)
    assert isinstance(broken.error, TemplateError) and broken.body is None
    assert "ZeroDivisionError" in str(broken.error)
    refused = build_one(builder, job, rows[5], KEY_A)  # build_message refuses it first
    assert isinstance(refused.error, MessageError) and "SMTPUTF8" in str(refused.error)
    envelope = BuildJob(job.spec, SHAPE, "발신@example.com")  # raised when sent, as SES would
    assert isinstance(build_one(builder, envelope, rows[0], KEY_A).error, AccountError)
    damaged = PendingRow(7, rows[7].email, {}, RowState.PENDING, damage="row 8 is damaged")
    assert build_one(builder, job, damaged, KEY_A) == Built(7)
    unsigned = build_one(builder, job, rows[0], None)
    assert unsigned.body is not None and unsigned.signed is None


# -- the pool --------------------------------------------------------------------------------


def test_every_row_comes_built_once_and_new_credentials_are_used(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 100, profile=Profile(kind="ses", region="us-east-1"))
    calls = 0

    def rotating() -> ReadOnlyCredentials:
        nonlocal calls
        calls += 1
        return KEY_A if calls <= 2 else KEY_B

    pool = _pool(journal, cid, rotating)
    assert pool.start()
    items = _drain(pool)
    pool.close()
    assert [row.idx for row, _ in items] == list(range(100))  # one process: feed order
    keys = []
    for row, built in items:
        assert built is not None and built.idx == row.idx and built.body is not None
        assert built.signed is not None
        assert json.loads(built.body)["Destination"]["ToAddresses"] == [row.email]
        keys.append(dict(built.signed.headers)["Authorization"].split("Credential=")[1][:12])
    assert keys[0] == "AKIDFIRSTKEY" and keys[-1] == "AKIDSECONDKE"
    assert not pool.broken


def test_two_processes_share_the_rows(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 200, profile=Profile(kind="ses", region="us-east-1"))
    pool = _pool(journal, cid, processes=2)
    assert pool.start()
    items = _drain(pool)
    pool.close()
    assert sorted(row.idx for row, _ in items) == list(range(200))
    assert all(built is not None and built.body for _, built in items)


def test_a_dead_build_process_leaves_its_rows_to_the_threads(
    tmp_path: Path, journal: Journal
) -> None:
    pool = _started(tmp_path, journal, 300)
    first = [pool.next() for _ in range(5)]
    _kill(pool)
    rest = _drain(pool)
    pool.close()
    items = [i for i in first if i is not None] + rest
    assert sorted(row.idx for row, _ in items) == list(range(300))  # none lost, none twice
    assert any(built is None for _, built in rest)  # built here from the break on
    assert "build process ended" in pool.broken


def test_a_build_process_dying_while_the_queue_is_full_loses_no_chunk(
    tmp_path: Path, journal: Journal
) -> None:
    # The dispatcher is blocked on the full out-queue; when it goes on, its next send
    # meets a dead process. The rows it had just taken must still come.
    pool = _started(tmp_path, journal, 200)
    while not pool._out.full():
        time.sleep(0.01)
    _kill(pool)
    items = _drain(pool)
    pool.close()
    assert sorted(row.idx for row, _ in items) == list(range(200))
    assert "build process ended" in pool.broken


def test_credentials_that_fail_to_refresh_leave_the_rows_to_the_threads(
    tmp_path: Path, journal: Journal
) -> None:
    # An assume-role refresh raises STS's ClientError, not a BotoCoreError.
    cid = make_campaign(tmp_path, journal, 200, profile=Profile(kind="ses", region="us-east-1"))
    calls = 0
    told: list[str] = []

    def expiring() -> ReadOnlyCredentials:
        nonlocal calls
        calls += 1
        if calls >= 4:
            raise ClientError({"Error": {"Code": "ExpiredToken", "Message": "expired"}}, "X")
        return KEY_A

    feed = RowFeed(journal, cid, resend_unknown=False)
    pool = BuildPool(
        _job(journal, cid),
        feed,
        expiring,
        processes=1,
        stopping=lambda: False,
        ahead=8,
        on_broken=told.append,
    )
    assert pool.start()
    items = _drain(pool)
    pool.close()
    assert [row.idx for row, _ in items] == list(range(200))  # none lost, none twice
    assert items[-1][1] is None  # the threads build (and meet the error themselves)
    assert told == [pool.broken] and "ExpiredToken" in pool.broken


def test_when_one_of_two_processes_dies_the_other_goes_on_building(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 400, profile=Profile(kind="ses", region="us-east-1"))
    told: list[str] = []
    feed = RowFeed(journal, cid, resend_unknown=False)
    pool = BuildPool(
        _job(journal, cid),
        feed,
        lambda: KEY_A,
        processes=2,
        stopping=lambda: False,
        ahead=8,
        on_broken=told.append,
    )
    assert pool.start()
    first = [pool.next() for _ in range(20)]
    pool._procs[0].kill()
    pool._procs[0].join()
    rest = _drain(pool)
    pool.close()
    items = [i for i in first if i is not None] + rest
    assert sorted(row.idx for row, _ in items) == list(range(400))  # none lost, none twice
    assert len(told) == 1 and "build process ended" in told[0]
    unbuilt = sum(1 for _, built in items if built is None)
    assert 0 < unbuilt <= 2 * 16  # only the dead one's chunks; the other built the rest


def test_a_journal_that_cannot_be_read_stops_the_run_through_the_pool(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 600, profile=Profile(kind="ses", region="us-east-1"))
    feed = RowFeed(journal, cid, resend_unknown=False)
    reads = 0
    real = feed.next

    def failing() -> PendingRow | None:
        nonlocal reads
        reads += 1
        if reads > 300:
            raise JournalError("The journal cannot be read (disk I/O error).")
        return real()

    feed.next = failing  # type: ignore[method-assign]
    pool = BuildPool(
        _job(journal, cid), feed, lambda: KEY_A, processes=2, stopping=lambda: False, ahead=8
    )
    assert pool.start()
    seen: list[int] = []
    with pytest.raises(JournalError, match="cannot be read"):
        while (item := pool.next()) is not None:
            seen.append(item[0].idx)
    pool.close()
    assert len(seen) == len(set(seen)) and len(seen) < 300


def test_a_pool_whose_threads_cannot_all_start_takes_no_row(
    tmp_path: Path, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = make_campaign(tmp_path, journal, 50, profile=Profile(kind="ses", region="us-east-1"))
    feed = RowFeed(journal, cid, resend_unknown=False)
    pool = BuildPool(
        _job(journal, cid), feed, lambda: KEY_A, processes=2, stopping=lambda: False, ahead=8
    )
    started = 0
    real_start = threading.Thread.start

    def second_fails(self: threading.Thread) -> None:
        nonlocal started
        if self.name.startswith("build-feed-"):
            started += 1
            if started == 2:
                raise RuntimeError("can't start new thread")
        real_start(self)

    monkeypatch.setattr(threading.Thread, "start", second_fails)
    assert pool.start() is False
    monkeypatch.undo()
    assert pool._procs == [] and pool._threads == []
    first = feed.next()
    assert first is not None and first.idx == 0  # the feed was not touched


def test_a_stopping_run_is_not_held_by_the_pool(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 500, profile=Profile(kind="ses", region="us-east-1"))
    stop = threading.Event()
    pool = _pool(journal, cid, stopping=stop.is_set)
    assert pool.start()
    assert pool.next() is not None
    stop.set()
    while pool.next() is not None:  # what was built already may still come; then none
        pass
    procs = list(pool._procs)
    pool.close()
    assert all(proc.exitcode is not None for proc in procs)


def test_a_pool_that_cannot_start_says_so(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 3, profile=Profile(kind="ses", region="us-east-1"))
    job = _job(journal, cid)
    bad = BuildJob(BuildSpec(b"not a snapshot", job.spec.uid, job.spec.settings), SHAPE, SENDER)
    pool = BuildPool(
        bad,
        RowFeed(journal, cid, resend_unknown=False),
        lambda: KEY_A,
        processes=1,
        stopping=lambda: False,
        ahead=8,
    )
    assert pool.start() is False
    assert pool._procs == []


def test_a_run_stopping_while_processes_start_does_not_wait_for_them(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 3, profile=Profile(kind="ses", region="us-east-1"))
    pool = _pool(journal, cid, stopping=lambda: True)
    assert pool.start() is False
    assert pool._procs == []


# -- the runner with build processes ----------------------------------------------------------


class _Clock(FakeClock):
    """A fake clock that never moves while a send is being stamped: the guard's count
    and the test's record of a request read the same instant."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> bool:
        with self.lock:
            return super().sleep(seconds, interrupt)


class _Recording:
    """An SES-like transport that takes requests made ahead and reports when each
    leaves (``on_sent``, as the real one does); records each send's fake time."""

    def __init__(self, log: list[tuple[float, bytes]], clock: _Clock):
        self._log, self._clock = log, clock
        self.on_sent: Callable[[], object] | None = None

    def send(self, message: bytes, **_: Any) -> SendResult:
        raise AssertionError("every row should come built")

    def presigned(
        self, body: bytes, signed: Signed | None, *, sender: str, recipient: str
    ) -> Callable[[], SendResult]:
        def go() -> SendResult:
            assert signed is not None and sender == SENDER
            request = json.loads(body)
            if request["Destination"]["ToAddresses"] != [recipient]:
                raise AssertionError("request and row disagree")
            with self._clock.lock:
                if self.on_sent is not None:
                    self.on_sent()
                self._log.append((self._clock.monotonic(), body))
                return SendResult(f"id-{len(self._log)}")

        return go

    def close(self) -> None:
        return None


class _Factory:
    def __init__(self, clock: _Clock) -> None:
        self.sent: list[tuple[float, bytes]] = []
        self._clock = clock

    def __call__(self) -> _Recording:
        return _Recording(self.sent, self._clock)

    def signing(self) -> tuple[RequestShape, Callable[[], ReadOnlyCredentials | None]]:
        return SHAPE, lambda: KEY_A


def test_runner_with_a_build_process_sends_each_row_once_at_the_rate(
    tmp_path: Path, journal: Journal
) -> None:
    n, rate = 120, 20
    cid = _failing_campaign(tmp_path, journal, n)
    clock = _Clock()
    factory = _Factory(clock)
    runner = CampaignRunner(
        journal,
        cid,
        factory,
        Limits(rate=rate, daily=None),
        RunOptions(concurrency=4, build_processes=1),
        clock=clock,
    )
    result = runner.run()
    assert result.status == CampaignStatus.FINISHED
    states = {r.idx: r for r in journal.rows.page(cid)}
    assert states[3].state is RowState.FAILED and "ZeroDivisionError" in states[3].error
    assert states[5].state is RowState.FAILED and "SMTPUTF8" in states[5].error
    sent = [idx for idx, r in states.items() if r.state is RowState.SENT]
    assert sorted(sent) == sorted(set(range(n)) - {3, 5})
    assert all(states[idx].message_id.startswith("id-") for idx in sent)
    tags = [json.loads(body)["EmailTags"][1]["Value"] for _, body in factory.sent]
    assert sorted(int(t) for t in tags) == sent  # each once
    times = sorted(t for t, _ in factory.sent)
    for i, start in enumerate(times):  # never more than the rate in a 1-s window
        assert sum(1 for t in times[i:] if t < start + 1.0) <= rate
    parsed = email.message_from_bytes(_message(factory.sent[0][1]))
    assert parsed["From"] == f"Shop <{SENDER}>"


def test_runner_builds_in_its_threads_without_build_processes(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 10, profile=Profile(kind="ses", region="us-east-1"))

    class Plain(_Factory):
        def signing(self) -> tuple[RequestShape, Callable[[], ReadOnlyCredentials | None]]:
            raise AssertionError("no build processes were asked for")

    clock = _Clock()
    factory = Plain(clock)
    sent: list[bytes] = []

    class Local:
        def send(self, message: bytes, **kw: Any) -> SendResult:
            sent.append(message)
            return SendResult("local")

        def close(self) -> None:
            return None

    runner = CampaignRunner(
        journal, cid, lambda: Local(), Limits(rate=0, daily=None), RunOptions(concurrency=2)
    )
    assert runner.run().status == CampaignStatus.FINISHED and len(sent) == 10
    del factory


class _KillingTransport:
    """Sends whatever comes (built ahead or not); kills the build process at the
    40th send, while its dispatcher waits on a full queue."""

    on_sent: Callable[[], object] | None = None

    def __init__(self, shared: dict[str, Any]) -> None:
        self._shared = shared

    def presigned(self, body: bytes, signed: Signed | None, **_: Any) -> Callable[[], SendResult]:
        return self._go

    def send(self, message: bytes, **_: Any) -> SendResult:
        return self._go()

    def _go(self) -> SendResult:
        time.sleep(0.002)
        with self._shared["lock"]:
            self._shared["n"] += 1
            if self._shared["n"] == 40:
                for proc in self._shared["runner"]._pool._procs:
                    proc.kill()
            return SendResult(f"id-{self._shared['n']}")

    def close(self) -> None:
        return None


def test_runner_finishes_every_row_when_its_build_process_dies(
    tmp_path: Path, journal: Journal
) -> None:
    cid = make_campaign(tmp_path, journal, 300, profile=Profile(kind="ses", region="us-east-1"))
    shared: dict[str, Any] = {"n": 0, "lock": threading.Lock()}

    class Factory:
        def __call__(self) -> _KillingTransport:
            return _KillingTransport(shared)

        def signing(self) -> tuple[RequestShape, Callable[[], ReadOnlyCredentials | None]]:
            return SHAPE, lambda: KEY_A

    runner = CampaignRunner(
        journal,
        cid,
        Factory(),
        Limits(rate=0, daily=None),
        RunOptions(concurrency=2, build_processes=1),
    )
    shared["runner"] = runner
    result = runner.run()
    assert result.status == CampaignStatus.FINISHED, result.reason
    assert journal.rows.counts(cid)[RowState.SENT] == 300 and shared["n"] == 300
    assert runner._pool is not None and "build process ended" in runner._pool.broken


def test_a_request_signed_before_a_suspend_is_old() -> None:
    # The monotonic clock stops while a laptop sleeps; X-Amz-Date does not.
    signed = SHAPE.sign(b"{}", KEY_A)
    assert signed.age() < RESIGN_AFTER
    slept = dataclasses.replace(signed, wall=signed.wall - 600)
    assert slept.age() > RESIGN_AFTER
    set_back = dataclasses.replace(signed, wall=signed.wall + 600)
    assert set_back.age() > RESIGN_AFTER


@pytest.mark.parametrize(
    ("kind", "rate", "cores", "expected"),
    [
        ("ses", 14, 8, 0),
        ("ses", 200, 8, 0),
        ("ses", 500, 2, 1),
        ("ses", 1000, 2, 1),
        ("ses", 3000, 8, 2),
        ("ses", 50000, 4, 3),
        ("ses", 1000, 1, 0),  # no core to spare
        ("smtp", 1000, 8, 0),
        ("outbox", 0, 8, 0),
    ],
)
def test_build_processes_by_default(kind: str, rate: float, cores: int, expected: int) -> None:
    assert auto_build_processes(kind, rate, cores) == expected
