"""End to end against moto in server mode: `mailer track --setup`, `mailer send
--transport ses`, SES notifications published to the real SNS -> SQS plumbing,
`mailer track --once`; a campaign with 10% throttling sends everyone exactly once;
and no secret is left anywhere after the run."""

from __future__ import annotations

import http.client
import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import boto3
import pytest

from mailer.cli.main import main
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending.plan import prepare_run
from mailer.sending.runner import CampaignRunner, Limits
from mailer.service import create_campaign
from mailer.settings import Profile, Settings
from mailer.store.journal import Journal
from tests.mailer.campaign_fixtures import write_recipients

ROOT = Path(__file__).resolve().parents[2]
NEWSLETTER = ROOT / "templates" / "newsletter"
SENDER = "news@example.com"
SECRET = "e2e-SECRET-value-9f8e7d6c5b4a"


@pytest.fixture
def ses_env(aws: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    monkeypatch.setenv("MAILER_LOG_DIR", str(tmp_path / "logs"))
    sesv2 = boto3.client("sesv2")
    sesv2.create_email_identity(EmailIdentity=SENDER)
    sesv2.create_email_identity(EmailIdentity="example.com")  # recipients' domain
    return aws


def _notification(kind: str, message_id: str, address: str) -> dict[str, object]:
    """Shaped like AWS's documented identity notifications."""
    mail = {
        "timestamp": "2026-11-22T05:00:00.000Z",
        "messageId": message_id,
        "source": SENDER,
        "destination": [address],
    }
    body: dict[str, object] = {"notificationType": kind, "mail": mail}
    if kind == "Delivery":
        body["delivery"] = {
            "timestamp": "2026-11-22T05:00:01.000Z",
            "recipients": [address],
            "processingTimeMillis": 546,
            "smtpResponse": "250 ok:  Message 64111812 accepted",
        }
    elif kind == "Bounce":
        body["bounce"] = {
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [
                {
                    "emailAddress": address,
                    "action": "failed",
                    "status": "5.1.1",
                    "diagnosticCode": "smtp; 550 5.1.1 user unknown",
                }
            ],
            "timestamp": "2026-11-22T05:00:01.000Z",
            "feedbackId": "000001378603176d-5a4b5ad9-6f30-4198-a8c3-b1eb0c270a1d-000000",
        }
    else:
        body["complaint"] = {
            "complainedRecipients": [{"emailAddress": address}],
            "complaintFeedbackType": "abuse",
            "timestamp": "2026-11-22T05:00:02.000Z",
            "feedbackId": "000001378603177f-18c07c78-fa81-4a58-9dd1-fedc3cb8f49a-000000",
        }
    return body


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def test_send_track_and_statuses(
    shim: type[_MotoShim], tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out = run_cli(capsys, "track", "--setup", "--transport", "ses")
    assert code == 0 and "tracking ready" in out
    assert [d["Name"] for d in shim.destinations.values()] == ["bulk-mailer-sns"]
    profile = Settings.load().profile("ses")
    assert profile.tracking_queue_url and profile.configuration_set == "bulk-mailer"

    recipients = write_recipients(tmp_path / "list.csv", 5)
    with open(recipients, "a", encoding="utf-8") as fh:
        fh.write("외부 사람,someone@elsewhere.org,부산,free\n")  # not verified: sandbox skip
    code, out = run_cli(
        capsys, "send", str(recipients), str(NEWSLETTER), "--profile", "ses",
        "--from", f"Shop <{SENDER}>", "--yes",
    )  # fmt: skip
    assert code == 0, out
    assert "1 recipients skipped" in out and "sandbox" in out
    journal = Journal(data_dir / "journal.sqlite3")
    rows = journal.rows.page(1)
    sent = [r for r in rows if r.state == "sent"]
    assert len(sent) == 5 and rows[5].state == "skipped"

    sns = boto3.client("sns")
    kinds = ["Delivery", "Delivery", "Delivery", "Bounce", "Complaint"]
    for kind, row in zip(kinds, sent, strict=True):
        note = json.dumps(_notification(kind, row.message_id or "", row.email))
        sns.publish(TopicArn=profile.tracking_topic_arn, Message=note)
    sns.publish(TopicArn=profile.tracking_topic_arn, Message=note)  # a duplicate: harmless
    code, out = run_cli(capsys, "track", "--once", "--profile", "ses")
    assert code == 0 and "processed 6 notifications" in out

    code, out = run_cli(capsys, "status", "1", "--json")
    counts = json.loads(out)
    assert (counts["delivered"], counts["bounced"], counts["complained"]) == (3, 1, 1)
    assert journal.suppression.addresses() == {sent[3].email.lower(), sent[4].email.lower()}
    _assert_no_secret_anywhere(tmp_path, data_dir, out)


def _assert_no_secret_anywhere(tmp_path: Path, data_dir: Path, output: str) -> None:
    """Settings, journal, logs, outputs: the secret key never appears."""
    assert SECRET not in output
    for folder in (tmp_path / "config", data_dir, tmp_path / "logs"):
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path


class _MotoShim(BaseHTTPRequestHandler):
    """In front of moto: serves the configuration-set event-destination operations
    moto 5 lacks (in memory), answers every tenth SendEmail with SES's 429 when
    ``throttle`` is on, and forwards everything else to moto."""

    upstream = ""
    throttle = False
    sends = 0
    throttled = 0
    destinations: dict[str, dict[str, object]] = {}  # noqa: RUF012 - per-fixture subclass
    lock = threading.Lock()
    DEST = re.compile(r"/v2/email/configuration-sets/([^/]+)/event-destinations(?:/([^/?]+))?")

    def log_message(self, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        if self.DEST.match(self.path):
            body = json.dumps({"EventDestinations": list(self.destinations.values())})
            return self._answer(200, body.encode(), {"Content-Type": "application/json"})
        return self._forward("GET", b"")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.DEST.match(self.path):
            return self._store(body)
        if self.path.startswith("/v2/email/outbound-emails") and self._throttle_now():
            return self._answer(429, b'{"message": "Maximum sending rate exceeded."}',
                                {"x-amzn-ErrorType": "TooManyRequestsException"})  # fmt: skip
        return self._forward("POST", body)

    def do_PUT(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        return self._store(body)

    def _store(self, body: bytes) -> None:
        match = self.DEST.match(self.path)
        assert match
        data = json.loads(body or b"{}")
        name = data.get("EventDestinationName") or match.group(2)
        self.destinations[name] = {"Name": name, **data["EventDestination"]}
        self._answer(200, b"{}", {"Content-Type": "application/json"})

    def _throttle_now(self) -> bool:
        with self.lock:
            cls = type(self)
            cls.sends += 1
            hit = self.throttle and cls.sends % 10 == 0
            cls.throttled += hit
            return hit

    def _forward(self, method: str, body: bytes) -> None:
        target = urllib.parse.urlsplit(self.upstream)
        conn = http.client.HTTPConnection(target.hostname or "", target.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() != "content-length"}
        conn.request(method, self.path, body=body, headers=headers)
        reply = conn.getresponse()
        self._answer(reply.status, reply.read(), dict(reply.getheaders()))
        conn.close()

    def _answer(self, status: int, data: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        skip = ("content-length", "transfer-encoding", "connection", "server", "date")
        for k, v in headers.items():
            if k.lower() not in skip:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _start_shim(upstream: str, throttle: bool) -> tuple[type[_MotoShim], ThreadingHTTPServer]:
    handler = type(
        "Shim", (_MotoShim,), {"upstream": upstream, "throttle": throttle, "destinations": {}}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return handler, server


@pytest.fixture
def shim(ses_env: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_MotoShim]]:
    handler, server = _start_shim(ses_env, throttle=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{server.server_address[1]}")
    yield handler
    server.shutdown()


@pytest.fixture
def flaky_endpoint(ses_env: str) -> Iterator[type[_MotoShim]]:
    handler, server = _start_shim(ses_env, throttle=True)
    handler.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield handler
    server.shutdown()


@pytest.mark.parametrize("build_processes", [0, 1])
def test_ten_percent_throttling_sends_everyone_exactly_once(
    flaky_endpoint: type[_MotoShim],
    tmp_path: Path,
    data_dir: Path,
    build_processes: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Also with a build process (mailer.sending.buildpool): requests made and signed
    there, sent and retried here; moto checks nothing of the signature, the shim's
    count and moto's message ids show each recipient went once."""
    n = 60
    journal = Journal(data_dir / "journal.sqlite3")
    table = load_recipients(write_recipients(tmp_path / "list.csv", n))
    profile = Profile(name="ses", kind="ses", endpoint_url=flaky_endpoint.url)  # type: ignore[attr-defined]
    cid = create_campaign(
        journal,
        name="throttled",
        table=table,
        template=TemplateSet.load(NEWSLETTER),
        sender=SenderSettings.parse(f"Shop <{SENDER}>"),
        profile=profile,
        concurrency=4,
    )
    plan = prepare_run(journal, cid, build_processes=build_processes)
    options = plan.options.__class__(**{**plan.options.__dict__, "backoff_base": 0.01})
    caplog.set_level("INFO", logger="mailer.sending.runner")
    result = CampaignRunner(journal, cid, plan.factory, Limits(rate=0, daily=None), options).run()
    assert result.status == "finished" and result.counts["sent"] == n
    assert ("building in 1 processes" in caplog.text) == bool(build_processes)
    assert flaky_endpoint.throttled >= n // 10
    # moto accepted exactly n sends: every recipient once, throttled ones retried once more.
    assert flaky_endpoint.sends - flaky_endpoint.throttled == n
    ids = [r.message_id for r in journal.rows.page(cid)]
    assert len(set(ids)) == n
