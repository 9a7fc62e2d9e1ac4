"""The rate guard learns when SES requests leave from the client's before-send event.

Real botocore clients and SES transports against moto in server mode; errors are
injected with a before-send handler that answers first (the way botocore stubs do),
so the runner's own hook never fires and its fallback must report the request.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import boto3
from botocore.awsrequest import AWSResponse

from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.sending.wire import WireWatch
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports import make_transport_factory
from mailer.transports.fake import FakeScript, FakeTransport
from tests.mailer.campaign_fixtures import make_campaign

SES = Profile(name="ses", kind="ses")
SENDER = "sender@example.com"
MESSAGE = b"From: sender@example.com\r\nTo: a@example.org\r\nSubject: x\r\n\r\nbody\r\n"
TAGS = {"campaign": "c", "recipient": "1"}


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **kwargs: Any) -> Any:
        yield self.data


def test_the_ses_transport_reports_a_request_once_it_is_written(aws: str) -> None:
    boto3.client("sesv2").create_email_identity(EmailIdentity=SENDER)
    transport = make_transport_factory(SES, concurrency=1)()
    order: list[str] = []
    transport.client.meta.events.register(  # type: ignore[attr-defined]
        "before-send.sesv2.SendEmail", lambda **_: order.append("before-send")
    )
    watch = WireWatch(lambda: order.append(f"sent by {threading.get_ident()}"))
    assert watch.watch(transport)
    transport.send(MESSAGE, sender=SENDER, recipient="a@example.org", tags=TAGS)
    # After the before-send hooks (a stub may still answer there), after the write.
    assert order == ["before-send", f"sent by {threading.get_ident()}"]
    watch.close()
    transport.send(MESSAGE, sender=SENDER, recipient="b@example.org", tags=TAGS)
    assert order[2:] == ["before-send"]  # closed: the transport is as it was
    transport.close()


class _BotocoreTransport:
    """A transport that sends through a botocore client and says nothing itself."""

    def __init__(self, client: Any) -> None:
        self.client = client


def test_other_botocore_transports_report_from_the_before_send_event() -> None:
    client = boto3.client(
        "sesv2", region_name="us-east-1", aws_access_key_id="a", aws_secret_access_key="b"
    )
    seen: list[int] = []
    watch = WireWatch(lambda: seen.append(threading.get_ident()))
    assert watch.watch(_BotocoreTransport(client)) and watch.watch(_BotocoreTransport(client))
    client.meta.events.emit("before-send.sesv2.SendEmail", request=None)
    assert seen == [threading.get_ident()]  # two workers, one client: registered once
    watch.close()
    client.meta.events.emit("before-send.sesv2.SendEmail", request=None)
    assert len(seen) == 1


def test_a_transport_without_a_botocore_client_is_not_watched() -> None:
    assert not WireWatch(lambda: None).watch(FakeTransport(FakeScript()))


def test_a_send_answered_before_the_hook_is_still_reported_leaving(
    aws: str, tmp_path: Path
) -> None:
    # A before-send handler that answers first (a stub, moto's in-process mock) means
    # the runner's hook never fires: the request must still leave the rate guard's
    # in-flight count, or at 3/s the fourth send would wait for ever.
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 6, profile=SES)
    factory = make_transport_factory(SES, concurrency=2)
    probe = factory()
    answered: list[Any] = []

    def reject(request: Any, **kwargs: Any) -> AWSResponse:
        answered.append(request)
        body = json.dumps({"message": "Address blacklisted."}).encode()
        headers = {"Content-Type": "application/json", "x-amzn-ErrorType": "MessageRejected"}
        return AWSResponse(request.url, 400, headers, _Body(body))

    probe.client.meta.events.register_first("before-send.sesv2.SendEmail", reject)  # type: ignore[attr-defined]
    runner = CampaignRunner(
        journal, cid, factory, Limits(rate=3, daily=None), RunOptions(concurrency=2)
    )
    result = runner.run()
    assert result.counts["failed"] == 6 and len(answered) == 6
    assert len(runner.limiter.delays()) == 6  # every grant was reported leaving once,
    assert runner.limiter.in_flight == 0  # right after its send, not at the next grant
    probe.close()
    journal.close()


def test_a_paced_ses_run_reports_every_request_leaving(aws: str, tmp_path: Path) -> None:
    boto3.client("sesv2").create_email_identity(EmailIdentity=SENDER)
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 8, profile=SES)
    runner = CampaignRunner(
        journal,
        cid,
        make_transport_factory(SES, concurrency=3),
        Limits(rate=50, daily=None),
        RunOptions(concurrency=3),
    )
    result = runner.run()
    assert result.counts["sent"] == 8
    assert len(runner.limiter.delays()) == 8 and runner.limiter.in_flight == 0
    journal.close()
