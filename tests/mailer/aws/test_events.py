"""mailer.aws.notifications: SES notifications (both dialects, enveloped or raw) parsed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailer.aws.notifications import (
    DeliveryEvent,
    EventKind,
    explain,
    normalize_address,
    parse_notification,
)

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "ses-notifications"
EXAMPLE_ID = "EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000"

# file -> the fields its event must have (the AWS documentation examples).
EXPECTED: dict[str, dict[str, Any]] = {
    "notification-bounce-permanent-dsn.json": dict(
        kind=EventKind.BOUNCE,
        message_id="00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000",
        recipients=("jane@example.com",),
        timestamp="2016-01-27T14:59:38.237Z",
        bounce_type="Permanent",
        bounce_subtype="General",
        diagnostic="smtp; 550 5.1.1 <jane@example.com>... User",
    ),
    "notification-bounce-permanent-no-dsn.json": dict(
        kind=EventKind.BOUNCE,
        message_id="00000137860315fd-34208509-5b74-41f3-95c5-22c1edc3c924-000000",
        recipients=("jane@example.com", "richard@example.com"),
        bounce_type="Permanent",
        bounce_subtype="General",
        diagnostic="",
    ),
    "notification-bounce-transient.json": dict(
        kind=EventKind.BOUNCE,
        recipients=("mary@example.com",),
        bounce_type="Transient",
        bounce_subtype="MailboxFull",
        diagnostic="smtp; 452 4.2.2 <mary@example.com>... Mailbox full",
    ),
    "notification-complaint-feedback.json": dict(
        kind=EventKind.COMPLAINT,
        message_id="000001378603177f-7a5433e7-8edb-42ae-af10-f0181f34d6ee-000000",
        recipients=("richard@example.com",),
        feedback_type="abuse",
        bounce_type="",
    ),
    "notification-complaint-no-feedback.json": dict(
        kind=EventKind.COMPLAINT, recipients=("richard@example.com",), feedback_type=""
    ),
    "notification-delivery.json": dict(
        kind=EventKind.DELIVERY,
        message_id="0000014644fe5ef6-9a483358-9170-4cb4-a269-f5dcdf415321-000000",
        recipients=("jane@example.com",),
        diagnostic="250 ok:  Message 64111812 accepted",
    ),
    "event-bounce.json": dict(
        kind=EventKind.BOUNCE,
        message_id=EXAMPLE_ID,
        recipients=("recipient@example.com",),
        timestamp="2017-08-05T00:41:02.669Z",
        bounce_type="Permanent",
        diagnostic="smtp; 550 5.1.1 user unknown",
    ),
    "event-complaint.json": dict(
        kind=EventKind.COMPLAINT, recipients=("recipient@example.com",), feedback_type="abuse"
    ),
    "event-delivery.json": dict(
        kind=EventKind.DELIVERY,
        timestamp="2016-10-19T23:21:04.133Z",
        diagnostic="250 2.6.0 Message received",
    ),
    "event-send.json": dict(
        kind=EventKind.SEND,
        recipients=("recipient@example.com",),
        timestamp="2016-10-14T05:02:16.645Z",
        diagnostic="",
    ),
    "event-reject.json": dict(
        kind=EventKind.REJECT, recipients=("sender@example.com",), diagnostic="Bad content"
    ),
    "event-open.json": dict(kind=EventKind.OPEN, timestamp="2017-08-09T22:00:19.652Z"),
    "event-click.json": dict(kind=EventKind.CLICK, timestamp="2017-08-09T23:51:25.570Z"),
    "event-rendering-failure.json": dict(
        kind=EventKind.RENDERING_FAILURE,
        timestamp="2018-01-22T18:43:06.197Z",
        diagnostic="Attribute 'attributeName' is not present in the rendering data.",
    ),
    "event-delivery-delay.json": dict(
        kind=EventKind.DELAY,
        recipients=("recipient@example.com",),
        timestamp="2020-06-16T00:25:40.095Z",
        diagnostic="smtp; 421 4.4.1 Unable to connect to remote host",
    ),
    "event-subscription.json": dict(
        kind=EventKind.SUBSCRIPTION,
        message_id="EXAMPLEe4bccb684-777bc8de-afa7-4970-92b0-f515137b1497-000000",
        timestamp="2022-01-12T01:00:17.910Z",
    ),
    "sns-envelope-event-bounce.json": dict(
        kind=EventKind.BOUNCE, message_id=EXAMPLE_ID, recipients=("recipient@example.com",)
    ),
}


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def envelope(ses_json: str, **extra: str) -> str:
    """An SNS notification as SQS receives it with raw message delivery off."""
    return json.dumps(
        {
            "Type": "Notification",
            "MessageId": "6e1f1b2c-0000-4000-8000-000000000001",
            "TopicArn": "arn:aws:sns:us-east-1:123456789012:bulk-mailer",
            "Message": ses_json,
            "Timestamp": "2024-05-01T10:00:00.000Z",
            "SignatureVersion": "1",
            "Signature": "EXAMPLE",
            **extra,
        }
    )


def test_every_sample_has_expectations() -> None:
    assert sorted(p.name for p in SAMPLES.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_parses_to_the_documented_event(name: str) -> None:
    events = parse_notification(sample(name))
    assert len(events) == 1, explain(sample(name))
    event = events[0]
    for field, value in EXPECTED[name].items():
        assert getattr(event, field) == value, field
    assert event.message_id
    assert event.timestamp
    assert explain(sample(name)) == ""


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if not n.startswith("sns-")))
def test_raw_and_enveloped_bodies_give_the_same_event(name: str) -> None:
    raw = sample(name)
    (from_raw,) = parse_notification(raw)
    (from_envelope,) = parse_notification(envelope(raw))
    assert from_raw == from_envelope
    assert from_raw.raw == raw  # the SES JSON itself, not the envelope
    assert json.loads(from_raw.raw)["mail"]["messageId"] == from_raw.message_id


def test_envelope_raw_is_the_inner_ses_json() -> None:
    body = sample("sns-envelope-event-bounce.json")
    (event,) = parse_notification(body)
    assert event.raw == json.loads(body)["Message"]


def test_addresses_are_normalised_local_part_kept() -> None:
    doc = json.loads(sample("notification-bounce-permanent-no-dsn.json"))
    doc["bounce"]["bouncedRecipients"] = [
        {"emailAddress": "  Jane.Doe@Example.COM "},
        {"emailAddress": "jane.doe@example.com"},  # another mailbox: local part differs
        {"emailAddress": "Jane.Doe@EXAMPLE.com"},  # the first one again
        {"emailAddress": 42},
        {"nothing": "here"},
    ]
    (event,) = parse_notification(json.dumps(doc))
    assert event.recipients == ("Jane.Doe@example.com", "jane.doe@example.com")


def test_normalize_address() -> None:
    assert normalize_address(" Ann@Exämple.ORG ") == "Ann@exämple.org"
    assert normalize_address('"Ann" <Ann@Example.org>') == "Ann@example.org"
    assert normalize_address("not-an-address") == "not-an-address"


def test_bounce_diagnostics_of_several_recipients_are_joined() -> None:
    doc = json.loads(sample("notification-bounce-permanent-no-dsn.json"))
    doc["bounce"]["bouncedRecipients"] = [
        {"emailAddress": "a@example.com", "diagnosticCode": "smtp; 550 5.1.1 no such user"},
        {"emailAddress": "b@example.com", "diagnosticCode": "smtp; 550 5.1.1 no such user"},
        {"emailAddress": "c@example.com", "diagnosticCode": "smtp; 552 5.2.2 over quota"},
    ]
    (event,) = parse_notification(json.dumps(doc))
    assert event.diagnostic == "smtp; 550 5.1.1 no such user | smtp; 552 5.2.2 over quota"


def test_bounce_without_recipient_list_names_nobody() -> None:
    # mail.destination may list others who were not bounced: never guess from it.
    doc = json.loads(sample("notification-bounce-permanent-dsn.json"))
    del doc["bounce"]["bouncedRecipients"]
    (event,) = parse_notification(json.dumps(doc))
    assert event.kind is EventKind.BOUNCE
    assert event.recipients == ()


def test_unknown_type_and_fields_are_tolerated() -> None:
    doc = json.loads(sample("event-send.json"))
    doc["eventType"] = "Teleported"
    doc["teleport"] = {"timestamp": "2030-01-01T00:00:00Z", "where": "Mars"}
    doc["mail"]["brandNewField"] = [1, 2, 3]
    (event,) = parse_notification(json.dumps(doc))
    assert event.kind is EventKind.OTHER
    assert event.recipients == ("recipient@example.com",)
    assert event.timestamp == "2016-10-14T05:02:16.645Z"  # mail.timestamp


def test_type_names_are_matched_loosely() -> None:
    doc = json.loads(sample("event-rendering-failure.json"))
    doc["eventType"] = "RenderingFailure"
    assert parse_notification(json.dumps(doc))[0].kind is EventKind.RENDERING_FAILURE


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("", "not valid JSON"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not an object"),
        ('"just a string"', "not an object"),
        ('{"hello": "world"}', "no eventType or notificationType"),
        ('{"eventType": "Bounce", "mail": {}}', "without mail.messageId"),
        ('{"eventType": "Bounce", "mail": []}', "without mail.messageId"),
        (
            '{"notificationType": "AmazonSnsSubscriptionSucceeded", "message": "You have '
            'successfully subscribed your Amazon SNS topic"}',
            "without mail.messageId",
        ),
        ('{"Type": "SubscriptionConfirmation", "Message": "confirm"}', "SubscriptionConfirmation"),
        ('{"Type": "Notification", "Message": {"eventType": "Send"}}', "not a JSON string"),
        ('{"Type": "Notification", "Message": "hello"}', "SNS Message is not valid JSON"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_malformed_bodies_give_no_event_and_a_reason(body: str, reason: str) -> None:
    assert parse_notification(body) == []
    assert reason in explain(body)


def test_event_is_a_value() -> None:
    (a,) = parse_notification(sample("event-delivery.json"))
    (b,) = parse_notification(sample("event-delivery.json"))
    assert a == b and hash(a) == hash(b)
    assert isinstance(a, DeliveryEvent)


# ------------------------------------------------------------------ hypothesis

SES_KEYS = [
    "eventType", "notificationType", "mail", "messageId", "destination", "timestamp",
    "bounce", "bouncedRecipients", "emailAddress", "diagnosticCode", "bounceType",
    "complaint", "complainedRecipients", "complaintFeedbackType", "delivery", "recipients",
    "smtpResponse", "deliveryDelay", "delayedRecipients", "delayType", "reject", "reason",
    "failure", "errorMessage", "Type", "Message",
]  # fmt: skip
SES_TYPES = ["Bounce", "Complaint", "Delivery", "Send", "Reject", "DeliveryDelay",
             "Rendering Failure", "Open", "Click", "Subscription", "Notification"]  # fmt: skip

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(SES_TYPES)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(SES_KEYS) | st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_parse_never_raises_on_json(value: object) -> None:
    body = json.dumps(value)
    events = parse_notification(body)
    assert isinstance(events, list)
    assert (events == []) == (explain(body) != "")
    # The same document inside an SNS envelope behaves the same.
    assert parse_notification(envelope(body)) == events


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_parse_never_raises_on_text(body: str) -> None:
    assert isinstance(parse_notification(body), list)
