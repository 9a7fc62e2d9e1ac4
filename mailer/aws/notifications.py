"""Amazon SES notifications -> ``DeliveryEvent``: parsing only, no AWS calls.

SES reports what happened to a message in two dialects: identity notifications
(``notificationType``: Bounce, Complaint, Delivery) and event publishing through a
configuration set (``eventType``: Send, Reject, Bounce, Complaint, Delivery,
DeliveryDelay, Rendering Failure, Open, Click, Subscription). Through SNS -> SQS the
SES JSON arrives as a string inside an SNS envelope; with raw message delivery it is
the body itself. SES adds fields and types over time, so anything unknown is
tolerated: unknown fields are ignored, unknown types become ``EventKind.OTHER``.

Provisioning and the SQS poller live in ``mailer.aws.provision``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Any

from mailer.states import EventKind


@dataclass(frozen=True)
class DeliveryEvent:
    """One SES notification about one sent message."""

    kind: EventKind
    message_id: str  # mail.messageId: SES's id, as returned by send_email
    recipients: tuple[str, ...]  # affected addresses, normalised (lower-case domain)
    timestamp: str  # ISO 8601 as SES gives it
    bounce_type: str = ""  # Permanent | Transient | Undetermined
    bounce_subtype: str = ""
    diagnostic: str = ""  # diagnosticCode / smtpResponse / reject reason
    feedback_type: str = ""  # complaintFeedbackType
    raw: str = ""  # the SES JSON, for the unmatched log
    # Subscription events (docs/ses-subscriptions.md, fact 7): what the person opted out
    # of. ``opted_out_all`` is newTopicPreferences.unsubscribeAll; opt-ins are not kept
    # (a row never flips back to subscribed without the user's explicit act).
    contact_list: str = ""
    opted_out: tuple[str, ...] = ()  # topic names now OptOut
    opted_out_all: bool = False
    link: str = ""  # Click events: the URL the recipient clicked (click.link)


EventSink = Callable[[Sequence[DeliveryEvent]], object]
"""Receives parsed events; returns only after they are committed (the journal).
Its return value is ignored (``journal.events.apply`` returns counts)."""

# Keys are the SES type names lower-cased without spaces: "Rendering Failure" and a
# hypothetical "RenderingFailure" both map, so a spelling change does not lose events.
_KINDS: dict[str, EventKind] = {
    "send": EventKind.SEND,
    "delivery": EventKind.DELIVERY,
    "bounce": EventKind.BOUNCE,
    "complaint": EventKind.COMPLAINT,
    "reject": EventKind.REJECT,
    "deliverydelay": EventKind.DELAY,
    "renderingfailure": EventKind.RENDERING_FAILURE,
    "open": EventKind.OPEN,
    "click": EventKind.CLICK,
    "subscription": EventKind.SUBSCRIPTION,
}

# The SES object that carries each kind's details (and its own timestamp).
_DETAIL_KEYS: dict[EventKind, str] = {
    EventKind.BOUNCE: "bounce",
    EventKind.COMPLAINT: "complaint",
    EventKind.DELIVERY: "delivery",
    EventKind.REJECT: "reject",
    EventKind.DELAY: "deliveryDelay",
    EventKind.RENDERING_FAILURE: "failure",
    EventKind.OPEN: "open",
    EventKind.CLICK: "click",
    EventKind.SUBSCRIPTION: "subscription",
}


class _Unparsable(Exception):
    """Internal: the body is not an SES notification; args[0] says why."""


def parse_notification(body: str) -> list[DeliveryEvent]:
    """Parse an SQS message body: an SNS envelope or raw SES JSON.

    Returns one event per SES notification, or ``[]`` when the body is not an SES
    notification (``explain(body)`` says why). Never raises.
    """
    return parse_with_reason(body)[0]


def explain(body: str) -> str:
    """Why ``parse_notification(body)`` returns ``[]``; ``""`` when it parses."""
    return parse_with_reason(body)[1]


def parse_with_reason(body: str) -> tuple[list[DeliveryEvent], str]:
    """Both answers at once, for the poller: (events, "") or ([], reason)."""
    try:
        return [_parse_ses(*_unwrap(body))], ""
    except _Unparsable as exc:
        return [], str(exc)


def _unwrap(body: str) -> tuple[dict[str, Any], str]:
    """Return (SES object, SES JSON string), looking inside an SNS envelope."""
    doc = _load_object(body, "the message body")
    if "Type" in doc and "Message" in doc:
        if doc["Type"] != "Notification":
            raise _Unparsable(f"an SNS {str(doc['Type'])[:40]} message, not a notification")
        inner = doc["Message"]
        if not isinstance(inner, str):
            raise _Unparsable("the SNS envelope's Message is not a JSON string")
        return _load_object(inner, "the SNS Message"), inner
    return doc, body


def _load_object(text: object, what: str) -> dict[str, Any]:
    if not isinstance(text, str):
        raise _Unparsable(f"{what} is not text")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise _Unparsable(f"{what} is not valid JSON ({str(exc)[:80]})") from None
    if not isinstance(doc, dict):
        raise _Unparsable(f"{what} is JSON but not an object")
    return doc


def _parse_ses(doc: dict[str, Any], raw: str) -> DeliveryEvent:
    type_name = _text(doc, "eventType") or _text(doc, "notificationType")
    if not type_name:
        raise _Unparsable("no eventType or notificationType: not an SES notification")
    mail = _obj(doc, "mail")
    message_id = _text(mail, "messageId")
    if not message_id:
        # e.g. "AmazonSnsSubscriptionSucceeded": SES's test message, about no email.
        raise _Unparsable(f"an SES {type_name[:40]} notification without mail.messageId")
    kind = _KINDS.get(type_name.replace(" ", "").lower(), EventKind.OTHER)
    detail = _obj(doc, _DETAIL_KEYS.get(kind, ""))
    return DeliveryEvent(
        kind=kind,
        message_id=message_id,
        recipients=_recipients(kind, detail, mail),
        timestamp=_text(detail, "timestamp") or _text(mail, "timestamp"),
        bounce_type=_text(detail, "bounceType") if kind is EventKind.BOUNCE else "",
        bounce_subtype=_text(detail, "bounceSubType") if kind is EventKind.BOUNCE else "",
        diagnostic=_diagnostic(kind, detail),
        feedback_type=_text(detail, "complaintFeedbackType"),
        raw=raw,
        link=_text(detail, "link") if kind is EventKind.CLICK else "",
        **(_subscription(detail) if kind is EventKind.SUBSCRIPTION else {}),
    )


def _subscription(detail: dict[str, Any]) -> dict[str, Any]:
    """contactList and the opt-outs of newTopicPreferences. SES documents
    topicSubscriptionStatus as a list of {topicName, subscriptionStatus: OptIn|OptOut};
    a {topic: status} object is read too, so a change of shape loses nothing."""
    new = _obj(detail, "newTopicPreferences")
    statuses = new.get("topicSubscriptionStatus")
    pairs: list[tuple[str, str]] = []
    if isinstance(statuses, list):
        pairs = [
            (_text(e, "topicName"), _text(e, "subscriptionStatus"))
            for e in statuses
            if isinstance(e, dict)
        ]
    elif isinstance(statuses, dict):
        pairs = [(str(k), str(v)) for k, v in statuses.items()]
    out = tuple(t for t, status in pairs if t and _is_opt_out(status))
    return {
        "contact_list": _text(detail, "contactList"),
        "opted_out": tuple(dict.fromkeys(out)),
        "opted_out_all": new.get("unsubscribeAll") is True,
    }


def _is_opt_out(status: str) -> bool:
    return status.replace("_", "").lower() == "optout"  # OptOut (events), OPT_OUT (API)


def _recipients(kind: EventKind, detail: dict[str, Any], mail: dict[str, Any]) -> tuple[str, ...]:
    """The addresses this notification is about.

    Bounce, complaint, delivery and delay name the affected recipients; a message to
    several recipients can bounce for one of them only, so mail.destination is used
    only for kinds that concern the whole message.
    """
    if kind is EventKind.BOUNCE:
        found = _addresses_of(_list(detail, "bouncedRecipients"))
    elif kind is EventKind.COMPLAINT:
        found = _addresses_of(_list(detail, "complainedRecipients"))
    elif kind is EventKind.DELIVERY:
        found = _list(detail, "recipients")
    elif kind is EventKind.DELAY:
        found = _addresses_of(_list(detail, "delayedRecipients")) or _list(mail, "destination")
    else:
        found = _list(mail, "destination")
    return _normalised(found)


def _diagnostic(kind: EventKind, detail: dict[str, Any]) -> str:
    if kind is EventKind.BOUNCE:
        return _joined(_text(r, "diagnosticCode") for r in _dicts(detail, "bouncedRecipients"))
    if kind is EventKind.DELAY:
        codes = _joined(_text(r, "diagnosticCode") for r in _dicts(detail, "delayedRecipients"))
        return codes or _text(detail, "delayType")
    if kind is EventKind.DELIVERY:
        return _text(detail, "smtpResponse")
    if kind is EventKind.REJECT:
        return _text(detail, "reason")
    if kind is EventKind.RENDERING_FAILURE:
        return _text(detail, "errorMessage")
    return ""


def normalize_address(address: str) -> str:
    """Trim and lower-case the domain; the local part is kept as is (RFC 5321).

    Mirrors ``mailer.content.recipients.normalize_email`` so events match journal rows.
    """
    address = address.strip()
    if "<" in address:  # "Name <addr>" has been seen in some feedback reports
        address = parseaddr(address)[1] or address
    local, at, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}" if at else address


def _normalised(values: Iterable[object]) -> tuple[str, ...]:
    cleaned = (normalize_address(v) for v in values if isinstance(v, str))
    return tuple(dict.fromkeys(a for a in cleaned if a))  # de-duplicated, order kept


def _addresses_of(entries: list[Any]) -> list[object]:
    return [e.get("emailAddress") for e in entries if isinstance(e, dict)]


def _joined(values: Iterable[str]) -> str:
    return " | ".join(dict.fromkeys(v for v in values if v))


# Defensive accessors: SES JSON is external input, any field may be missing or odd.
def _obj(doc: dict[str, Any], key: str) -> dict[str, Any]:
    value = doc.get(key)
    return value if isinstance(value, dict) else {}


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def _dicts(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [e for e in _list(doc, key) if isinstance(e, dict)]


def _text(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    return value.strip() if isinstance(value, str) else ""


__all__ = [
    "DeliveryEvent",
    "EventKind",
    "EventSink",
    "explain",
    "normalize_address",
    "parse_notification",
    "parse_with_reason",
]
