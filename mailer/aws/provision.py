"""Provision, idempotently, the path SES notifications take back to this app.

A desktop app cannot receive a webhook, so notifications take this path: the
configuration set's SNS event destination publishes to a topic, and an SQS queue
subscribed to the topic keeps them (14 days) until ``mailer.aws.poller`` reads them.

Takes boto3 clients as arguments; building them from a profile is ``mailer.aws.session``'s
job. botocore failures become ``MailerError``s through ``mailer.aws.errors``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mailer.aws.errors import (
    AWS_ERRORS,
    TRACKING_HINTS,
    Family,
    aws_errors,
    classify,
    describe,
    to_mailer_error,
)
from mailer.errors import ConfigError

BASE_EVENT_TYPES = (
    "SEND",
    "REJECT",
    "BOUNCE",
    "COMPLAINT",
    "DELIVERY",
    "DELIVERY_DELAY",
    "RENDERING_FAILURE",
    # Unsubscribes through SES's subscription management (docs/ses-subscriptions.md, fact 7).
    "SUBSCRIPTION",
)
OPEN_CLICK_EVENT_TYPES = ("OPEN", "CLICK")
QUEUE_RETENTION_SECONDS = 14 * 24 * 3600  # SQS maximum: the app may stay closed for days
_NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what SES, SNS and SQS all accept

# boto3 ships no type information; these aliases say which client is meant.
SESv2Client = Any
SNSClient = Any


def _call(client: Any, action: str, method: Callable[..., Any], **kwargs: Any) -> dict[str, Any]:
    """``method(**kwargs)`` of ``client``, its failures in words of ``action``."""
    with aws_errors(where=describe(client), action=action, hints=TRACKING_HINTS):
        reply: dict[str, Any] = method(**kwargs)
    return reply


# --------------------------------------------------------------- provisioning


@dataclass(frozen=True)
class TrackingResources:
    """What ``setup_tracking`` provisioned; the lead stores it in the profile."""

    configuration_set: str
    topic_arn: str
    queue_url: str
    queue_arn: str
    subscription_arn: str


def setup_tracking(
    sesv2: SESv2Client,
    sns: SNSClient,
    sqs: Any,
    *,
    name: str = "bulk-mailer",
    include_open_click: bool = False,
) -> TrackingResources:
    """Provision, idempotently, everything SES needs to report back to this app.

    A configuration set ``name``; an SNS topic ``name`` that SES (for that set) may
    publish to; an SQS queue ``name`` that the topic may write to, subscribed to the
    topic with raw message delivery off; and the set's SNS event destination
    ``name-sns``. Running it again converges to the same state and changes nothing
    that is already right (no second subscription or destination).
    """
    if not _NAME_RE.fullmatch(name):
        raise ConfigError(
            f"'{name}' cannot name tracking resources: use 1-64 letters, digits, - or _."
        )
    _ensure_configuration_set(sesv2, name)
    topic_arn = _call(sns, "create the SNS topic", sns.create_topic, Name=name)["TopicArn"]
    _ensure_topic_policy(sns, topic_arn, name)
    queue_url, queue_arn = _ensure_queue(sqs, name, topic_arn)
    subscription_arn = _ensure_subscription(sns, topic_arn, queue_arn)
    event_types = BASE_EVENT_TYPES + (OPEN_CLICK_EVENT_TYPES if include_open_click else ())
    _ensure_event_destination(sesv2, name, topic_arn, event_types)
    return TrackingResources(name, topic_arn, queue_url, queue_arn, subscription_arn)


def _ensure_configuration_set(sesv2: SESv2Client, name: str) -> None:
    action = "create the SES configuration set"
    try:
        sesv2.get_configuration_set(ConfigurationSetName=name)
        return
    except AWS_ERRORS as exc:
        if classify(exc).family is not Family.NOT_FOUND:
            where = describe(sesv2)
            raise to_mailer_error(exc, where=where, action=action, hints=TRACKING_HINTS) from exc
    _call(sesv2, action, sesv2.create_configuration_set, ConfigurationSetName=name)


def _ensure_topic_policy(sns: SNSClient, topic_arn: str, config_set: str) -> None:
    # SES publishes to the topic only if the topic's policy lets it (for this set).
    partition, region, account = _arn_parts(topic_arn)
    statement = {
        "Sid": "AllowSESPublish",
        "Effect": "Allow",
        "Principal": {"Service": "ses.amazonaws.com"},
        "Action": "sns:Publish",
        "Resource": topic_arn,
        "Condition": {
            "StringEquals": {
                "AWS:SourceAccount": account,
                "AWS:SourceArn": f"arn:{partition}:ses:{region}:{account}:"
                f"configuration-set/{config_set}",
            }
        },
    }
    action = "set the SNS topic policy"
    attrs = _call(sns, action, sns.get_topic_attributes, TopicArn=topic_arn)["Attributes"]
    policy = _merged_policy(attrs.get("Policy"), statement)
    if policy is not None:
        _call(
            sns,
            action,
            sns.set_topic_attributes,
            TopicArn=topic_arn,
            AttributeName="Policy",
            AttributeValue=policy,
        )


def _ensure_queue(sqs: Any, name: str, topic_arn: str) -> tuple[str, str]:
    action = "create the SQS queue"
    # No attributes here: create_queue fails on an existing queue whose attributes
    # differ, so they are converged below instead.
    queue_url = str(_call(sqs, action, sqs.create_queue, QueueName=name)["QueueUrl"])
    attrs = _call(sqs, action, sqs.get_queue_attributes, QueueUrl=queue_url, AttributeNames=["All"])
    current: dict[str, str] = attrs.get("Attributes", {})
    queue_arn = current["QueueArn"]
    statement = {
        "Sid": "AllowSNSSendMessage",
        "Effect": "Allow",
        "Principal": {"Service": "sns.amazonaws.com"},
        "Action": "sqs:SendMessage",
        "Resource": queue_arn,
        "Condition": {"ArnEquals": {"aws:SourceArn": topic_arn}},
    }
    wanted: dict[str, str] = {"MessageRetentionPeriod": str(QUEUE_RETENTION_SECONDS)}
    policy = _merged_policy(current.get("Policy"), statement)
    if policy is not None:
        wanted["Policy"] = policy
    changes = {k: v for k, v in wanted.items() if current.get(k) != v}
    if changes:
        _call(sqs, action, sqs.set_queue_attributes, QueueUrl=queue_url, Attributes=changes)
    return queue_url, queue_arn


def _merged_policy(current: str | None, statement: dict[str, Any]) -> str | None:
    """The policy with ``statement`` (by Sid) in place, or None if already there.

    Other statements are kept: the user may have added their own.
    """
    try:
        policy = json.loads(current) if current else {}
    except ValueError:
        policy = {}
    if not isinstance(policy, dict):
        policy = {}
    statements = policy.get("Statement", [])
    if isinstance(statements, dict):
        statements = [statements]
    if statement in statements:
        return None
    kept = [s for s in statements if not (isinstance(s, dict) and s.get("Sid") == statement["Sid"])]
    policy = {"Version": "2012-10-17", **policy, "Statement": [*kept, statement]}
    return json.dumps(policy, separators=(",", ":"))


def _ensure_subscription(sns: SNSClient, topic_arn: str, queue_arn: str) -> str:
    action = "subscribe the SQS queue to the SNS topic"
    existing = _find_subscription(sns, topic_arn, queue_arn)
    if existing is None:
        reply = _call(
            sns,
            action,
            sns.subscribe,
            TopicArn=topic_arn,
            Protocol="sqs",
            Endpoint=queue_arn,
            Attributes={"RawMessageDelivery": "false"},
            ReturnSubscriptionArn=True,
        )
        return str(reply["SubscriptionArn"])
    attrs = _call(sns, action, sns.get_subscription_attributes, SubscriptionArn=existing)
    if attrs.get("Attributes", {}).get("RawMessageDelivery", "false") != "false":
        # The poller expects the SNS envelope (it also reads raw bodies, but the
        # envelope keeps the TopicArn for diagnosis).
        _call(
            sns,
            action,
            sns.set_subscription_attributes,
            SubscriptionArn=existing,
            AttributeName="RawMessageDelivery",
            AttributeValue="false",
        )
    return existing


def _find_subscription(sns: SNSClient, topic_arn: str, queue_arn: str) -> str | None:
    action = "list the SNS topic's subscriptions"
    with aws_errors(where=describe(sns), action=action, hints=TRACKING_HINTS):
        pages = sns.get_paginator("list_subscriptions_by_topic").paginate(TopicArn=topic_arn)
        for page in pages:
            for sub in page.get("Subscriptions", []):
                if sub.get("Protocol") == "sqs" and sub.get("Endpoint") == queue_arn:
                    return str(sub["SubscriptionArn"])
    return None


def _ensure_event_destination(
    sesv2: SESv2Client, config_set: str, topic_arn: str, event_types: Sequence[str]
) -> None:
    action = "configure the SES event destination"
    dest_name = f"{config_set}-sns"
    wanted = {
        "Enabled": True,
        "MatchingEventTypes": list(event_types),
        "SnsDestination": {"TopicArn": topic_arn},
    }
    reply = _call(
        sesv2,
        action,
        sesv2.get_configuration_set_event_destinations,
        ConfigurationSetName=config_set,
    )
    current = next(
        (d for d in reply.get("EventDestinations", []) if d.get("Name") == dest_name), None
    )
    if current is None:
        call = sesv2.create_configuration_set_event_destination
    elif _same_destination(current, wanted):
        return
    else:
        call = sesv2.update_configuration_set_event_destination
    _call(
        sesv2,
        action,
        call,
        ConfigurationSetName=config_set,
        EventDestinationName=dest_name,
        EventDestination=wanted,
    )


def _same_destination(current: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return (
        bool(current.get("Enabled")) == wanted["Enabled"]
        and set(current.get("MatchingEventTypes", [])) == set(wanted["MatchingEventTypes"])
        and current.get("SnsDestination", {}).get("TopicArn")
        == wanted["SnsDestination"]["TopicArn"]
    )


def _arn_parts(arn: str) -> tuple[str, str, str]:
    """(partition, region, account) of an ARN like arn:aws:sns:us-east-1:123:topic."""
    parts = arn.split(":")
    if len(parts) < 6 or parts[0] != "arn":
        raise ConfigError(f"AWS returned an unexpected topic ARN '{arn}'.")
    return parts[1], parts[3], parts[4]


__all__ = [
    "BASE_EVENT_TYPES",
    "OPEN_CLICK_EVENT_TYPES",
    "TrackingResources",
    "setup_tracking",
]
