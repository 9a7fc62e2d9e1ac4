"""`mailer send`/`resume` as a script runs them: a run that would pause ends with exit 3
and the way to resume (never a hang), option values are checked with a sentence,
nothing sent is not success, the daily limit is shared by every process on the
account, and a killed run shows as interrupted."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import boto3
import pytest
from aiosmtpd.controller import Controller
from rich.console import Console

from mailer import service
from mailer.cli.campaigns import run_campaign
from mailer.cli.main import main
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.service import CampaignSession
from mailer.settings import Profile
from mailer.states import CampaignStatus, ReasonCode, RowState, reason
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign, write_recipients

ROOT = Path(__file__).resolve().parents[2]
NEWSLETTER = ROOT / "templates" / "newsletter"
FROM = "Demo Shop <news@example.com>"
# A hang fails the test instead of blocking the suite.
NO_HANG = 120


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "MAILER_DATA_DIR": str(data_dir)}


MAILER = [sys.executable, "-m", "mailer.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Refusing:
    """An SMTP server that refuses: ``code`` to every command, or 550 to every RCPT."""

    def __init__(self, code: int | None) -> None:
        self.code = code
        self.rcpts = 0

    def _no(self) -> str:
        return f"{self.code} 4.3.2 Service not available, closing transmission channel"

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        return [self._no()] if self.code else responses

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.code:
            return self._no()
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        self.rcpts += 1
        return self._no() if self.code else "550 5.1.1 Mailbox unavailable"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return self._no() if self.code else "554 5.0.0 no"


@contextlib.contextmanager
def smtp_server(code: int | None) -> Iterator[tuple[int, Refusing]]:
    handler = Refusing(code)
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


# -- 1: a run that would pause ends, exit 3, with the reason and the resume line -------------


def _run_campaign(session: CampaignSession) -> tuple[int, str]:
    """The CLI's run, in a thread: a hang fails the test instead of blocking it."""
    out = io.StringIO()
    codes: list[int] = []
    thread = threading.Thread(
        target=lambda: codes.append(run_campaign(session, Console(file=out))), daemon=True
    )
    thread.start()
    thread.join(NO_HANG)
    if thread.is_alive():
        session.stop(reason(ReasonCode.INTERRUPTED))  # let the daemon thread end
        raise AssertionError(f"the run hung: {out.getvalue()}")
    return codes[0], out.getvalue()


def test_failures_in_a_row_end_mailer_send_with_exit_3(tmp_path: Path, data_dir: Path) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 30)
    with smtp_server(None) as (port, _):
        done = subprocess.run(
            [*MAILER, "send", str(recipients), str(NEWSLETTER), "--from", FROM,
             "--transport", "smtp", "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
             "--smtp-security", "none", "--rate", "0", "--concurrency", "1", "--yes"],
            env=_env(data_dir), capture_output=True, text=True, timeout=NO_HANG,
        )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert "stopped: 10 messages in a row failed" in done.stdout
    assert "550 5.1.1 Mailbox unavailable" in done.stdout
    assert "resume with: mailer resume 1" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    counts = Journal(data_dir / "journal.sqlite3").rows.counts(1)
    assert counts[RowState.SENDING] == 0 and counts[RowState.PENDING] == 20


@contextlib.contextmanager
def greeting_421() -> Iterator[tuple[int, Refusing]]:
    """A server that answers every connection with a 421 greeting and hangs up."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)  # so the loop sees ``stop``: close() does not end accept()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.sendall(b"421 4.3.2 Too busy, try later\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], Refusing(421)
    finally:
        stop.set()
        thread.join(5)
        listener.close()


@pytest.mark.parametrize("server", [greeting_421, lambda: smtp_server(421)])
def test_421_to_every_command_ends_the_run_with_exit_3(tmp_path: Path, server: Any) -> None:
    journal = service.open_journal()
    profile = Profile(
        name="smtp", kind="smtp", smtp_host="127.0.0.1", smtp_security="none", rate=0, daily=None
    )
    with server() as (port, handler):
        profile = replace(profile, smtp_port=port)
        draft = service.CampaignDraft(
            name="t",
            table=load_recipients(write_recipients(tmp_path / "list.csv", 6)),
            template=TemplateSet.load(NEWSLETTER),
            sender=service.sender_settings(TemplateSet.load(NEWSLETTER), from_header=FROM),
            profile=profile,
        )
        cid = service.create(journal, draft).campaign_id
        plan = service.CampaignSession(journal, cid, concurrency=2).prepare()
        # The server never recovers; a short give-up keeps the test fast (12 tries by default).
        quick = replace(plan, options=replace(plan.options, max_attempts=3, backoff_base=0.001))
        code, text = _run_campaign(CampaignSession(journal, cid, plan=quick))
    assert code == 3, text
    assert "stopped: One message failed 3 times in a row" in text and "421" in text
    assert f"resume with: mailer resume {cid}" in text
    counts = journal.rows.counts(cid)
    assert counts[RowState.SENDING] == 0 and counts[RowState.PENDING] == 6
    assert handler.rcpts == 0  # refused before RCPT: no recipient was ever given


def test_fake_transport_failing_ten_in_a_row_ends_the_run_with_exit_3(tmp_path: Path) -> None:
    from mailer.errors import RecipientRejected

    journal = service.open_journal()
    cid = make_campaign(tmp_path, journal, 25)
    script = FakeScript()
    for i in range(25):
        script.fail(f"user{i}@example.com", RecipientRejected("Address blacklisted."))
    session = CampaignSession(journal, cid, transport_factory=fake_factory(script), concurrency=1)
    code, text = _run_campaign(session)
    assert code == 3, text
    assert "stopped: 10 messages in a row failed. Last error:" in text
    assert f"resume with: mailer resume {cid}" in text
    assert journal.campaigns.get(cid).status is CampaignStatus.STOPPED


# -- 6: option values ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--rate", "inf", "rate must be 0 (no limit) or from"),
        ("--rate", "nan", "rate must be"),
        ("--rate", "1e-300", "rate must be"),
        ("--rate", "-1", "rate must be"),
        ("--rate", "1e9", "rate must be"),
        ("--rate", "fast", "rate must be"),
        ("--daily", "-1", "daily must be a whole number"),
        ("--daily", "1.5", "daily must be"),
        ("--daily", "lots", "daily must be"),
        ("--concurrency", "-3", "concurrency must be a whole number from 1 to 64"),
        ("--concurrency", "0", "concurrency must be"),
        ("--concurrency", "65", "concurrency must be"),
        ("--build-processes", "9", "build processes must be a whole number from 0 to 8"),
        ("--build-processes", "-1", "build processes must be"),
        ("--build-processes", "two", "build processes must be"),
    ],
)
def test_bad_option_values_are_one_sentence_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, words: str
) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 3)
    with pytest.raises(SystemExit) as exit_info:
        main(["send", str(recipients), str(NEWSLETTER), "--from", FROM, option, value, "--yes"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: {words}" in err and "Traceback" not in err
    assert "usage:" not in err and len(err.strip().splitlines()) == 1  # one sentence
    assert not (tmp_path / "data" / "journal.sqlite3").exists()  # refused before anything


def test_resume_checks_concurrency_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["resume", "1", "--concurrency", "-3"])
    assert exit_info.value.code == 2 and "concurrency must be" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("rate", "Infinity"),
        ("rate", "NaN"),
        ("rate", "1e-300"),
        ("rate", "-2"),
        ("daily", "-1"),
        ("daily", "2.5"),
        ("daily", "true"),
        ("daily", '"100"'),
    ],
)
def test_bad_profile_values_name_the_file_and_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: str
) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    # Raw JSON text: Python's json reads Infinity and NaN, as a hand edit may contain.
    settings.write_text(
        f'{{"profiles": {{"bad": {{"kind": "outbox", "{field}": {value}}}}}}}', encoding="utf-8"
    )
    recipients = write_recipients(tmp_path / "list.csv", 3)
    code = main(["send", str(recipients), str(NEWSLETTER), "--from", FROM, "--profile", "bad",
                 "--yes"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2, err
    assert str(settings) in err and f"profile 'bad': {field} must be" in err


def test_daily_0_and_none_mean_no_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 8)
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        json.dumps({"profiles": {"tight": {"kind": "outbox", "rate": 0, "daily": 3}}}),
        encoding="utf-8",
    )
    for n, daily in enumerate(("0", "none"), start=1):
        outbox = tmp_path / f"outbox-{daily}"
        code = main(["send", str(recipients), str(NEWSLETTER), "--from", FROM, "--profile",
                     "tight", "--outbox", str(outbox), "--daily", daily, "--yes",
                     "--include-repeats"])  # fmt: skip
        out = capsys.readouterr().out
        assert code == 0, out
        assert len(os.listdir(outbox / "new")) == 8  # the profile's 3 a day is lifted
        stored = Journal(tmp_path / "data" / "journal.sqlite3").campaigns.get(n)
        # 0: an explicit "no cap" (None would be the transport's default; issue 16).
        assert stored.settings["profile"]["daily"] == 0


# -- 14: nothing sent is not success ---------------------------------------------------------


def test_ses_sandbox_with_nothing_verified_exits_2_and_creates_nothing(
    aws: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boto3.client("sesv2").create_email_identity(EmailIdentity="news@example.com")
    recipients = write_recipients(tmp_path / "list.csv", 4, domain="elsewhere.org")
    code = main(["send", str(recipients), str(NEWSLETTER), "--from", FROM, "--transport", "ses",
                 "--yes"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert "Nothing to send: none of the 4 valid recipients" in err and "sandbox" in err
    assert "campaign:" not in out
    assert main(["campaigns", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_ses_send_with_a_build_process(
    aws: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """--build-processes 1: requests built and signed in a second process, sent here."""
    boto3.client("sesv2").create_email_identity(EmailIdentity="example.com")
    recipients = write_recipients(tmp_path / "list.csv", 6)
    caplog.set_level("INFO", logger="mailer.sending.runner")
    code = main(["send", str(recipients), str(NEWSLETTER), "--from", FROM, "--transport", "ses",
                 "--build-processes", "1", "--yes"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "building in 1 processes" in caplog.text
    assert main(["status", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[RowState.SENT] == 6


def test_build_processes_elsewhere_than_ses_are_named_not_silently_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 3)
    code = main(["send", str(recipients), str(NEWSLETTER), "--from", FROM, "--outbox",
                 str(tmp_path / "outbox"), "--build-processes", "2", "--yes"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "note: --build-processes applies to the SES API only; the outbox transport" in out


def test_every_row_skipped_at_send_time_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = service.open_journal()
    cid = make_campaign(tmp_path, journal, 4)
    # Suppressed after the campaign was made: the run skips every row.
    journal.suppression.add([f"user{i}@example.com" for i in range(4)], "complaint")
    code = main(["resume", str(cid)])
    out = capsys.readouterr().out
    assert code == 2, out
    assert f"Nothing was sent: every recipient of campaign {cid} was skipped" in out
    assert journal.rows.counts(cid)[RowState.SKIPPED] == 4


# -- 7: the daily limit is shared by every process on the account ----------------------------


def _wait_for_line(proc: subprocess.Popen[str], text: str) -> None:
    assert proc.stdout is not None
    seen = ""
    while text not in seen:
        line = proc.stdout.readline()
        if not line:
            _, err = proc.communicate(timeout=NO_HANG)
            raise AssertionError(f"ended before {text!r}: {seen}{err}")
        seen += line


class _Slow:
    """An SMTP server that takes its time over each message, and says when one arrives."""

    def __init__(self) -> None:
        self.arrived = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio

        self.arrived.set()
        await asyncio.sleep(3)
        return "250 OK"


def test_a_second_ctrl_c_stops_at_once_and_says_how_to_go_on(
    tmp_path: Path, data_dir: Path
) -> None:
    handler = _Slow()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        proc = subprocess.Popen(
            [*MAILER, "send", str(write_recipients(tmp_path / "list.csv", 20)),
             str(NEWSLETTER), "--from", FROM, "--transport", "smtp", "--smtp-host",
             "127.0.0.1", "--smtp-port", str(port), "--smtp-security", "none", "--yes"],
            env=_env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert handler.arrived.wait(NO_HANG)  # a message is being sent now
        proc.send_signal(signal.SIGINT)  # stop: waits for the sends in flight (3 s)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)  # do not wait
        out, err = proc.communicate(timeout=NO_HANG)
    finally:
        controller.stop()
    assert proc.returncode == 3, err
    assert "Interrupted again" in out and "mailer resume 1" in out and "Traceback" not in err


def test_two_processes_share_the_daily_limit(tmp_path: Path, data_dir: Path) -> None:
    outbox = tmp_path / "outbox"
    argvs = [
        # Two different lists: the same list twice would skip the rows the first is
        # still sending (the repeat check), not test the shared limit.
        [*MAILER, "send",
         str(write_recipients(tmp_path / f"list{n}.csv", 150, domain=f"shop{n}.example.com")),
         str(NEWSLETTER), "--from", FROM, "--outbox", str(outbox), "--rate", "0",
         "--daily", "100", "--concurrency", "1", "--yes"]
        for n in range(2)
    ]  # fmt: skip
    procs = [
        subprocess.Popen(
            argv, env=_env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for argv in argvs
    ]
    try:
        for proc in procs:  # each one reaches the limit and waits for the window
            _wait_for_line(proc, "waiting for quota until")
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGINT)
        for proc in procs:
            proc.communicate(timeout=NO_HANG)
    assert [p.returncode for p in procs] == [3, 3]
    assert len(os.listdir(outbox / "new")) == 100  # not 100 each


# -- 16: a killed run is interrupted, not running --------------------------------------------


def test_a_killed_send_shows_as_interrupted_and_resumes(tmp_path: Path, data_dir: Path) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 400)
    outbox = tmp_path / "outbox"
    env = _env(data_dir)
    proc = subprocess.Popen(
        [*MAILER, "send", str(recipients), str(NEWSLETTER), "--from", FROM,
         "--outbox", str(outbox), "--rate", "50", "--daily", "1000", "--yes"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _wait_for_line(proc, "messages to send via outbox")
    journal = Journal(data_dir / "journal.sqlite3")
    while journal.rows.counts(1)[RowState.SENT] < 20:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=NO_HANG)
    assert journal.campaigns.get(1).status is CampaignStatus.RUNNING  # as the kill left it

    def cli(*args: str) -> str:
        done = subprocess.run([*MAILER, *args], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    status = json.loads(cli("status", "1", "--json"))
    assert status["status"] == CampaignStatus.INTERRUPTED
    assert "(interrupted - resume with: mailer resume 1)" in cli("status", "1")
    listed = cli("campaigns")
    assert CampaignStatus.INTERRUPTED in listed and "resume with: mailer resume 1" in listed
    assert json.loads(cli("campaigns", "--json"))[0]["status"] == CampaignStatus.INTERRUPTED
    assert "nothing left to send" not in cli("resume", "1")
    assert json.loads(cli("status", "1", "--json"))["status"] == CampaignStatus.FINISHED
    # Resumed again, it says so before the result (not a second send's).
    again = cli("resume", "1")
    assert "nothing left to send in campaign 1; its result:" in again
    assert len(os.listdir(outbox / "new")) == 400
