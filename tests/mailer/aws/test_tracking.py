"""mailer.aws.provision and .poller against a real moto server: set-up and SNS -> SQS -> sink.

moto gaps worked around here, never copied into the product:
- moto 5.2's sesv2 has no configuration-set event-destination API (404). An
  in-test stand-in answers those three operations at botocore's ``before-send``
  (botocore still serialises the request and parses the reply as usual).
- configuration-set event destinations never publish, so the tests publish the
  AWS documentation's SES notifications to the SNS topic themselves.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from botocore.exceptions import ClientError

from mailer.aws.notifications import DeliveryEvent
from mailer.aws.poller import TrackingPoller
from mailer.aws.provision import BASE_EVENT_TYPES, TrackingResources, setup_tracking
from mailer.errors import ConfigError, JournalError, RetryableError
from mailer.states import EventKind

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "ses-notifications"


# ------------------------------------------------------------ moto stand-in


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


class EventDestinationStandIn:
    """Serves sesv2 Create/Get/UpdateConfigurationSetEventDestination(s) in memory."""

    PATH = re.compile(r"/v2/email/configuration-sets/([^/]+)/event-destinations(?:/([^/?]+))?")

    def __init__(self, real_sesv2: Any) -> None:
        self.real = real_sesv2  # to check the configuration set exists, in moto
        self.destinations: dict[str, dict[str, dict[str, Any]]] = {}
        self.writes: list[str] = []

    def __call__(self, request: Any, **_: Any) -> AWSResponse | None:
        match = self.PATH.search(request.url)
        if match is None:
            return None  # everything else goes to moto
        config_set, dest_name = match.group(1), match.group(2)
        try:
            self.real.get_configuration_set(ConfigurationSetName=config_set)
        except ClientError:
            return self._reply(request, 404, {"message": "not found"}, "NotFoundException")
        body = json.loads(request.body or b"{}")
        store = self.destinations.setdefault(config_set, {})
        if request.method == "GET":
            return self._reply(request, 200, {"EventDestinations": list(store.values())})
        if request.method == "POST":
            dest_name = body["EventDestinationName"]
            if dest_name in store:
                return self._reply(request, 400, {"message": "exists"}, "AlreadyExistsException")
        elif dest_name not in store:  # PUT = update
            return self._reply(
                request, 404, {"message": "no such destination"}, "NotFoundException"
            )
        store[dest_name] = {"Name": dest_name, **body["EventDestination"]}
        self.writes.append(f"{request.method} {dest_name}")
        return self._reply(request, 200, {})

    @staticmethod
    def _reply(request: Any, status: int, doc: dict[str, Any], error: str = "") -> AWSResponse:
        headers = {"Content-Type": "application/json"}
        if error:
            headers["x-amzn-ErrorType"] = error
        return AWSResponse(request.url, status, headers, _Raw(json.dumps(doc).encode()))


@dataclass
class Aws:
    sesv2: Any
    sns: Any
    sqs: Any
    destinations: EventDestinationStandIn
    calls: list[str] = field(default_factory=list)

    def record_calls(self) -> None:
        for client in (self.sesv2, self.sns, self.sqs):
            client.meta.events.register(
                "before-call", lambda model, **_: self.calls.append(model.name)
            )


@pytest.fixture
def clients(aws: str) -> Aws:
    sesv2 = boto3.client("sesv2")
    stand_in = EventDestinationStandIn(boto3.client("sesv2"))
    sesv2.meta.events.register_first("before-send.sesv2", stand_in)
    return Aws(sesv2, boto3.client("sns"), boto3.client("sqs"), stand_in)


@pytest.fixture
def resources(clients: Aws) -> TrackingResources:
    return setup_tracking(clients.sesv2, clients.sns, clients.sqs)


# -------------------------------------------------------------- provisioning


def test_setup_provisions_the_whole_path(clients: Aws, resources: TrackingResources) -> None:
    assert resources.configuration_set == "bulk-mailer"
    clients.sesv2.get_configuration_set(ConfigurationSetName="bulk-mailer")

    attrs = clients.sqs.get_queue_attributes(QueueUrl=resources.queue_url, AttributeNames=["All"])
    attrs = attrs["Attributes"]
    assert attrs["QueueArn"] == resources.queue_arn
    assert attrs["MessageRetentionPeriod"] == str(14 * 24 * 3600)
    (statement,) = json.loads(attrs["Policy"])["Statement"]
    assert statement["Principal"] == {"Service": "sns.amazonaws.com"}
    assert statement["Action"] == "sqs:SendMessage"
    assert statement["Resource"] == resources.queue_arn
    assert statement["Condition"] == {"ArnEquals": {"aws:SourceArn": resources.topic_arn}}

    (sub,) = clients.sns.list_subscriptions_by_topic(TopicArn=resources.topic_arn)["Subscriptions"]
    assert (sub["Protocol"], sub["Endpoint"]) == ("sqs", resources.queue_arn)
    sub_attrs = clients.sns.get_subscription_attributes(SubscriptionArn=sub["SubscriptionArn"])
    assert sub_attrs["Attributes"]["RawMessageDelivery"] == "false"

    topic_policy = clients.sns.get_topic_attributes(TopicArn=resources.topic_arn)
    statements = json.loads(topic_policy["Attributes"]["Policy"])["Statement"]
    ses = next(s for s in statements if s.get("Sid") == "AllowSESPublish")
    assert ses["Principal"] == {"Service": "ses.amazonaws.com"}
    assert ses["Condition"]["StringEquals"]["AWS:SourceArn"].endswith(
        ":configuration-set/bulk-mailer"
    )

    (dest,) = event_destinations(clients)
    assert dest["Name"] == "bulk-mailer-sns" and dest["Enabled"] is True
    assert dest["SnsDestination"] == {"TopicArn": resources.topic_arn}
    assert set(dest["MatchingEventTypes"]) == set(BASE_EVENT_TYPES)


def event_destinations(clients: Aws, name: str = "bulk-mailer") -> list[dict[str, Any]]:
    reply = clients.sesv2.get_configuration_set_event_destinations(ConfigurationSetName=name)
    return list(reply["EventDestinations"])


def test_setup_twice_changes_nothing(clients: Aws, resources: TrackingResources) -> None:
    clients.record_calls()
    writes_before = list(clients.destinations.writes)
    again = setup_tracking(clients.sesv2, clients.sns, clients.sqs)
    assert again == resources
    assert len(event_destinations(clients)) == 1
    subs = clients.sns.list_subscriptions_by_topic(TopicArn=resources.topic_arn)["Subscriptions"]
    assert len(subs) == 1
    assert clients.destinations.writes == writes_before
    changing = {"CreateConfigurationSet", "SetQueueAttributes", "SetTopicAttributes", "Subscribe"}
    changing |= {"SetSubscriptionAttributes", "UpdateConfigurationSetEventDestination"}
    assert not changing & set(clients.calls), clients.calls


def test_setup_converges_open_click_and_raw_delivery(
    clients: Aws, resources: TrackingResources
) -> None:
    clients.sns.set_subscription_attributes(
        SubscriptionArn=resources.subscription_arn,
        AttributeName="RawMessageDelivery",
        AttributeValue="true",
    )
    setup_tracking(clients.sesv2, clients.sns, clients.sqs, include_open_click=True)
    (dest,) = event_destinations(clients)
    assert set(dest["MatchingEventTypes"]) == {*BASE_EVENT_TYPES, "OPEN", "CLICK"}
    attrs = clients.sns.get_subscription_attributes(SubscriptionArn=resources.subscription_arn)
    assert attrs["Attributes"]["RawMessageDelivery"] == "false"
    setup_tracking(clients.sesv2, clients.sns, clients.sqs)  # and back again
    (dest,) = event_destinations(clients)
    assert set(dest["MatchingEventTypes"]) == set(BASE_EVENT_TYPES)


def test_setup_keeps_the_users_own_queue_policy_statements(
    clients: Aws, resources: TrackingResources
) -> None:
    theirs = {"Sid": "Theirs", "Effect": "Deny", "Principal": "*", "Action": "sqs:*"}
    policy = {"Version": "2012-10-17", "Statement": [theirs]}
    clients.sqs.set_queue_attributes(
        QueueUrl=resources.queue_url, Attributes={"Policy": json.dumps(policy)}
    )
    setup_tracking(clients.sesv2, clients.sns, clients.sqs)
    attrs = clients.sqs.get_queue_attributes(
        QueueUrl=resources.queue_url, AttributeNames=["Policy"]
    )
    sids = [s["Sid"] for s in json.loads(attrs["Attributes"]["Policy"])["Statement"]]
    assert sids == ["Theirs", "AllowSNSSendMessage"]


def test_setup_rejects_a_name_aws_would_refuse(clients: Aws) -> None:
    with pytest.raises(ConfigError, match="letters, digits"):
        setup_tracking(clients.sesv2, clients.sns, clients.sqs, name="bulk mailer!")


# ------------------------------------------------------ SNS -> SQS -> sink


class Sink:
    """Records what it was given; can be told to fail, or to look at the queue."""

    def __init__(self) -> None:
        self.batches: list[list[DeliveryEvent]] = []
        self.fail = False
        self.during: Callable[[], None] | None = None
        self.called = threading.Event()

    def __call__(self, events: Sequence[DeliveryEvent]) -> None:
        if self.during is not None:
            self.during()
        if self.fail:
            raise JournalError("The journal is locked by another program.")
        self.batches.append(list(events))
        self.called.set()

    @property
    def events(self) -> list[DeliveryEvent]:
        return [e for batch in self.batches for e in batch]


def ses_json(sample: str, message_id: str) -> str:
    doc = json.loads((SAMPLES / sample).read_text(encoding="utf-8"))
    doc["mail"]["messageId"] = message_id
    return json.dumps(doc)


def publish(clients: Aws, resources: TrackingResources, sample: str, message_id: str) -> None:
    clients.sns.publish(TopicArn=resources.topic_arn, Message=ses_json(sample, message_id))


def poller_for(resources: TrackingResources, sink: Sink, **kwargs: Any) -> TrackingPoller:
    return TrackingPoller(resources.queue_url, lambda: boto3.client("sqs"), sink, **kwargs)


def drain(poller: TrackingPoller, expected: int, polls: int = 10) -> int:
    handled = 0
    for _ in range(polls):
        if handled >= expected:
            break
        handled += poller.poll_once(wait_seconds=1)
    return handled


def queue_counts(clients: Aws, resources: TrackingResources) -> tuple[int, int]:
    names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
    attrs = clients.sqs.get_queue_attributes(QueueUrl=resources.queue_url, AttributeNames=names)
    return tuple(int(attrs["Attributes"][n]) for n in names)  # type: ignore[return-value]


def test_published_notifications_reach_the_sink_then_leave_the_queue(
    clients: Aws, resources: TrackingResources
) -> None:
    sent = {
        "0100018f-0001": ("notification-delivery.json", EventKind.DELIVERY),
        "0100018f-0002": ("notification-bounce-permanent-dsn.json", EventKind.BOUNCE),
        "0100018f-0003": ("notification-bounce-transient.json", EventKind.BOUNCE),
        "0100018f-0004": ("notification-complaint-feedback.json", EventKind.COMPLAINT),
        "0100018f-0005": ("event-send.json", EventKind.SEND),
        "0100018f-0006": ("event-delivery-delay.json", EventKind.DELAY),
        "0100018f-0007": ("event-reject.json", EventKind.REJECT),
        "0100018f-0008": ("event-rendering-failure.json", EventKind.RENDERING_FAILURE),
        "0100018f-0009": ("event-open.json", EventKind.OPEN),
        "0100018f-0010": ("event-click.json", EventKind.CLICK),
        "0100018f-0011": ("event-complaint.json", EventKind.COMPLAINT),
        "0100018f-0012": ("event-delivery.json", EventKind.DELIVERY),
    }
    for message_id, (sample, _) in sent.items():
        publish(clients, resources, sample, message_id)
    sink = Sink()
    assert drain(poller_for(resources, sink), len(sent)) == len(sent)
    assert {e.message_id: e.kind for e in sink.events} == {m: k for m, (_, k) in sent.items()}
    soft = next(e for e in sink.events if e.message_id == "0100018f-0003")
    assert (soft.bounce_type, soft.bounce_subtype) == ("Transient", "MailboxFull")
    assert json.loads(soft.raw)["mail"]["messageId"] == "0100018f-0003"
    assert queue_counts(clients, resources) == (0, 0)


def test_message_is_deleted_only_after_the_sink_returned(
    clients: Aws, resources: TrackingResources
) -> None:
    publish(clients, resources, "event-delivery.json", "0100018f-0100")
    sink = Sink()
    seen_in_queue: list[tuple[int, int]] = []
    sink.during = lambda: seen_in_queue.append(queue_counts(clients, resources))
    assert drain(poller_for(resources, sink), 1) == 1
    assert seen_in_queue == [(0, 1)]  # in flight, not yet deleted, while the sink ran
    assert queue_counts(clients, resources) == (0, 0)


def test_a_failing_sink_leaves_the_message_to_be_received_again(
    clients: Aws, resources: TrackingResources
) -> None:
    # Visibility timeout 0: a message not deleted is visible again at once.
    clients.sqs.set_queue_attributes(
        QueueUrl=resources.queue_url, Attributes={"VisibilityTimeout": "0"}
    )
    publish(clients, resources, "notification-bounce-permanent-dsn.json", "0100018f-0200")
    sink = Sink()
    sink.fail = True
    poller = poller_for(resources, sink)
    with pytest.raises(JournalError):
        for _ in range(5):
            poller.poll_once(wait_seconds=1)
    assert sink.events == []
    assert sum(queue_counts(clients, resources)) == 1
    sink.fail = False
    assert drain(poller, 1) == 1
    (event,) = sink.events
    assert (event.message_id, event.kind) == ("0100018f-0200", EventKind.BOUNCE)
    assert queue_counts(clients, resources) == (0, 0)


def test_duplicates_and_multi_recipient_notifications(
    clients: Aws, resources: TrackingResources
) -> None:
    for _ in range(2):  # SNS and SQS deliver at least once: duplicates happen
        publish(clients, resources, "notification-bounce-permanent-no-dsn.json", "0100018f-0300")
    sink = Sink()
    assert drain(poller_for(resources, sink), 2) == 2
    assert len(sink.events) == 2 and sink.events[0] == sink.events[1]
    assert sink.events[0].recipients == ("jane@example.com", "richard@example.com")


def test_raw_bodies_without_envelope(clients: Aws, resources: TrackingResources) -> None:
    # What arrives when raw message delivery is on (or someone sends straight to SQS).
    body = ses_json("event-complaint.json", "0100018f-0400")
    clients.sqs.send_message(QueueUrl=resources.queue_url, MessageBody=body)
    sink = Sink()
    assert drain(poller_for(resources, sink), 1) == 1
    (event,) = sink.events
    assert (event.kind, event.message_id, event.raw) == (EventKind.COMPLAINT, "0100018f-0400", body)


def test_malformed_bodies_go_to_on_unparsed_then_are_deleted(
    clients: Aws, resources: TrackingResources
) -> None:
    clients.sqs.send_message(QueueUrl=resources.queue_url, MessageBody="{not json")
    clients.sns.publish(TopicArn=resources.topic_arn, Message='{"hello": "world"}')
    publish(clients, resources, "event-delivery.json", "0100018f-0500")
    unparsed: list[tuple[str, str]] = []
    sink = Sink()
    poller = poller_for(resources, sink, on_unparsed=lambda b, r: unparsed.append((b, r)))
    assert drain(poller, 3) == 3
    assert [e.message_id for e in sink.events] == ["0100018f-0500"]
    reasons = {body: reason for body, reason in unparsed}
    assert "not valid JSON" in reasons["{not json"]
    (envelope_body,) = (b for b in reasons if b != "{not json")
    assert json.loads(envelope_body)["Message"] == '{"hello": "world"}'  # the whole SQS body
    assert "no eventType" in reasons[envelope_body]
    assert queue_counts(clients, resources) == (0, 0)


def test_a_failing_on_unparsed_keeps_the_message(
    clients: Aws, resources: TrackingResources
) -> None:
    clients.sqs.set_queue_attributes(
        QueueUrl=resources.queue_url, Attributes={"VisibilityTimeout": "0"}
    )
    clients.sqs.send_message(QueueUrl=resources.queue_url, MessageBody="garbage")

    def refuse(body: str, reason: str) -> None:
        raise JournalError("The unmatched log cannot be written.")

    with pytest.raises(JournalError):
        for _ in range(5):
            poller_for(resources, Sink(), on_unparsed=refuse).poll_once(wait_seconds=1)
    assert sum(queue_counts(clients, resources)) == 1


# --------------------------------------------------------- background thread


def test_background_thread_delivers_and_stops_within_a_second_mid_long_poll(
    clients: Aws, resources: TrackingResources
) -> None:
    sink = Sink()
    errors: list[str] = []
    # 5 s rather than 20: same behaviour, and the abandoned poll ends sooner.
    poller = poller_for(resources, sink, wait_seconds=5, on_error=errors.append)
    poller.start()
    publish(clients, resources, "event-delivery.json", "0100018f-0600")
    assert sink.called.wait(10)
    time.sleep(0.3)  # let the thread enter its next (empty) long poll
    started = time.monotonic()
    poller.stop()
    assert time.monotonic() - started < 1.5
    assert not poller.running
    # Published after stop(): the abandoned long poll may receive it, but must give
    # it back rather than hand it to the sink.
    publish(clients, resources, "event-bounce.json", "0100018f-0601")
    time.sleep(0.5)
    assert [e.message_id for e in sink.events] == ["0100018f-0600"]
    later = Sink()
    assert drain(poller_for(resources, later), 1) == 1
    assert [e.message_id for e in later.events] == ["0100018f-0601"]
    assert errors == []


def test_thread_survives_a_missing_queue_and_reports_it(aws: str) -> None:
    errors: list[str] = []
    got_error = threading.Event()

    def on_error(message: str) -> None:
        errors.append(message)
        got_error.set()

    queue_url = f"{aws}/123456789012/no-such-queue"
    poller = TrackingPoller(
        queue_url, lambda: boto3.client("sqs"), Sink(), on_error=on_error, retry_delays=[0.05]
    )
    poller.start()
    assert got_error.wait(5)
    time.sleep(0.3)
    assert poller.running  # still polling, backing off
    poller.stop()
    assert "mailer track --setup" in errors[0]
    assert len(errors) >= 2


def test_thread_backs_off_on_connection_errors(aws: str) -> None:
    errors: list[str] = []
    config = Config(retries={"total_max_attempts": 1}, connect_timeout=1)

    def unreachable() -> Any:
        return boto3.client("sqs", endpoint_url="http://127.0.0.1:9", config=config)

    poller = TrackingPoller(
        "http://127.0.0.1:9/123456789012/q",
        unreachable,
        Sink(),
        on_error=errors.append,
        retry_delays=[0.05, 10],
    )
    poller.start()
    deadline = time.monotonic() + 5
    while len(errors) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    poller.stop()  # mid back-off: returns at once
    assert time.monotonic() - started < 1.0
    assert len(errors) == 2  # the second back-off (10 s) was still running
    assert "Could not reach Amazon SQS (127.0.0.1:9, " in errors[0]


def test_poll_once_wraps_connection_errors(aws: str) -> None:
    config = Config(retries={"total_max_attempts": 1}, connect_timeout=1)
    poller = TrackingPoller(
        "http://127.0.0.1:9/123456789012/q",
        lambda: boto3.client("sqs", endpoint_url="http://127.0.0.1:9", config=config),
        Sink(),
    )
    with pytest.raises(RetryableError, match=r"Could not reach Amazon SQS \(127\.0\.0\.1:9, "):
        poller.poll_once(wait_seconds=0)
