"""Bring SES notifications home: provision SES -> SNS -> SQS, and poll the queue.

A desktop app cannot receive a webhook, so notifications take this path: the
configuration set's SNS event destination publishes to a topic, an SQS queue
subscribed to the topic keeps them (14 days), and ``TrackingPoller`` long-polls the
queue. An SQS message is deleted only after the sink (the journal) has committed
its events, so a crash at any point means a redelivery, never a loss; duplicates
are harmless because the journal applies events idempotently.

Takes boto3 clients as arguments; building them from a profile is ``mailer.aws.session``'s
job. botocore errors are wrapped into ``mailer.errors`` here, at the edge.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import botocore.exceptions as boto_exc
from botocore.exceptions import BotoCoreError, ClientError

from mailer.aws.notifications import DeliveryEvent, EventSink, parse_with_reason
from mailer.errors import AccountError, ConfigError, MailerError, RetryableError

log = logging.getLogger(__name__)

BASE_EVENT_TYPES = (
    "SEND",
    "REJECT",
    "BOUNCE",
    "COMPLAINT",
    "DELIVERY",
    "DELIVERY_DELAY",
    "RENDERING_FAILURE",
)
OPEN_CLICK_EVENT_TYPES = ("OPEN", "CLICK")
QUEUE_RETENTION_SECONDS = 14 * 24 * 3600  # SQS maximum: the app may stay closed for days
_NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what SES, SNS and SQS all accept

# boto3 ships no type information; these aliases say which client is meant.
SESv2Client = Any
SNSClient = Any


class SQSClient(Protocol):
    """The part of a boto3 SQS client the poller uses."""

    def receive_message(self, **kwargs: Any) -> dict[str, Any]: ...
    def delete_message_batch(self, **kwargs: Any) -> dict[str, Any]: ...
    def change_message_visibility_batch(self, **kwargs: Any) -> dict[str, Any]: ...


UnparsedHandler = Callable[[str, str], object]  # (SQS body, reason); result ignored
ErrorHandler = Callable[[str], object]


# --------------------------------------------------------------------- errors

_CREDENTIAL_CODES = {
    "UnrecognizedClientException",
    "UnrecognizedClient",
    "InvalidClientTokenId",
    "SignatureDoesNotMatch",
    "ExpiredToken",
    "ExpiredTokenException",
    "InvalidAccessKeyId",
    "InvalidSecurity",
    "AuthFailure",
}
_NO_CREDENTIALS = (
    boto_exc.NoCredentialsError,
    boto_exc.PartialCredentialsError,
    boto_exc.CredentialRetrievalError,
    boto_exc.TokenRetrievalError,  # expired SSO sign-in
    boto_exc.UnauthorizedSSOTokenError,
    boto_exc.SSOTokenLoadError,
)
_ACCESS_CODES = {"AccessDenied", "AccessDeniedException", "AuthorizationError"}
_MISSING_CODES = {
    "AWS.SimpleQueueService.NonExistentQueue",
    "QueueDoesNotExist",
    "NotFound",
    "NotFoundException",
}
_THROTTLE_CODES = {
    "Throttling",
    "ThrottlingException",
    "TooManyRequestsException",
    "RequestThrottled",
    "ServiceUnavailable",
    "InternalError",
    "InternalFailure",
}


def wrap_aws_error(exc: Exception, doing: str) -> MailerError:
    """Turn a botocore exception into the ``MailerError`` a user can act on.

    ``doing`` completes "while ...", e.g. "reading the tracking queue".
    """
    if isinstance(exc, _NO_CREDENTIALS):
        return AccountError(
            f"No usable AWS credentials while {doing} ({exc}). Set up the profile's AWS "
            "access key, or sign in again to the named AWS profile, and try again."
        )
    if isinstance(exc, boto_exc.NoRegionError):
        return ConfigError(f"No AWS region while {doing}. Choose a region in the profile.")
    if isinstance(exc, boto_exc.ConnectionError | boto_exc.HTTPClientError):
        return RetryableError(f"Could not reach AWS while {doing} ({exc}). Check the network.")
    if not isinstance(exc, ClientError):
        return RetryableError(f"AWS call failed while {doing}: {exc}")
    return _wrap_client_error(exc, doing)


def _wrap_client_error(exc: ClientError, doing: str) -> MailerError:
    error = exc.response.get("Error", {})
    code = str(error.get("Code", ""))
    detail = f"{code}: {error.get('Message', '')}".strip(": ")
    status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
    if code in _CREDENTIAL_CODES:
        return AccountError(
            f"AWS did not accept the credentials while {doing} ({detail}). Check the "
            "profile's access key, or renew expired session credentials."
        )
    if code in _ACCESS_CODES or status == 403:
        return AccountError(
            f"AWS denied access while {doing} ({detail}). Give the profile's IAM user "
            "permission for SES, SNS and SQS (see the tracking section of the help)."
        )
    if code in _MISSING_CODES:
        return ConfigError(
            f"A tracking resource is missing while {doing} ({detail}). "
            "Run `mailer track --setup` to create it again."
        )
    if code in _THROTTLE_CODES or status == 429 or status >= 500:
        return RetryableError(f"AWS is busy while {doing} ({detail}); retrying.", throttled=True)
    return ConfigError(
        f"AWS refused a request while {doing} ({detail}). Check the profile's region and "
        "tracking settings, or run `mailer track --setup`."
    )


def _aws_call(doing: str, call: Callable[..., dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
    try:
        return call(**kwargs)
    except (BotoCoreError, ClientError) as exc:
        raise wrap_aws_error(exc, doing) from exc


def _error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


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
    topic_arn = _aws_call("creating the SNS topic", sns.create_topic, Name=name)["TopicArn"]
    _ensure_topic_policy(sns, topic_arn, name)
    queue_url, queue_arn = _ensure_queue(sqs, name, topic_arn)
    subscription_arn = _ensure_subscription(sns, topic_arn, queue_arn)
    event_types = BASE_EVENT_TYPES + (OPEN_CLICK_EVENT_TYPES if include_open_click else ())
    _ensure_event_destination(sesv2, name, topic_arn, event_types)
    return TrackingResources(name, topic_arn, queue_url, queue_arn, subscription_arn)


def _ensure_configuration_set(sesv2: SESv2Client, name: str) -> None:
    doing = "creating the SES configuration set"
    try:
        sesv2.get_configuration_set(ConfigurationSetName=name)
        return
    except ClientError as exc:
        if _error_code(exc) != "NotFoundException":
            raise wrap_aws_error(exc, doing) from exc
    except BotoCoreError as exc:
        raise wrap_aws_error(exc, doing) from exc
    _aws_call(doing, sesv2.create_configuration_set, ConfigurationSetName=name)


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
    doing = "setting the SNS topic policy"
    attrs = _aws_call(doing, sns.get_topic_attributes, TopicArn=topic_arn)["Attributes"]
    policy = _merged_policy(attrs.get("Policy"), statement)
    if policy is not None:
        _aws_call(
            doing,
            sns.set_topic_attributes,
            TopicArn=topic_arn,
            AttributeName="Policy",
            AttributeValue=policy,
        )


def _ensure_queue(sqs: Any, name: str, topic_arn: str) -> tuple[str, str]:
    doing = "creating the SQS queue"
    # No attributes here: create_queue fails on an existing queue whose attributes
    # differ, so they are converged below instead.
    queue_url = str(_aws_call(doing, sqs.create_queue, QueueName=name)["QueueUrl"])
    attrs = _aws_call(doing, sqs.get_queue_attributes, QueueUrl=queue_url, AttributeNames=["All"])
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
        _aws_call(doing, sqs.set_queue_attributes, QueueUrl=queue_url, Attributes=changes)
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
    doing = "subscribing the SQS queue to the SNS topic"
    existing = _find_subscription(sns, topic_arn, queue_arn)
    if existing is None:
        reply = _aws_call(
            doing,
            sns.subscribe,
            TopicArn=topic_arn,
            Protocol="sqs",
            Endpoint=queue_arn,
            Attributes={"RawMessageDelivery": "false"},
            ReturnSubscriptionArn=True,
        )
        return str(reply["SubscriptionArn"])
    attrs = _aws_call(doing, sns.get_subscription_attributes, SubscriptionArn=existing)
    if attrs.get("Attributes", {}).get("RawMessageDelivery", "false") != "false":
        # The poller expects the SNS envelope (it also reads raw bodies, but the
        # envelope keeps the TopicArn for diagnosis).
        _aws_call(
            doing,
            sns.set_subscription_attributes,
            SubscriptionArn=existing,
            AttributeName="RawMessageDelivery",
            AttributeValue="false",
        )
    return existing


def _find_subscription(sns: SNSClient, topic_arn: str, queue_arn: str) -> str | None:
    try:
        pages = sns.get_paginator("list_subscriptions_by_topic").paginate(TopicArn=topic_arn)
        for page in pages:
            for sub in page.get("Subscriptions", []):
                if sub.get("Protocol") == "sqs" and sub.get("Endpoint") == queue_arn:
                    return str(sub["SubscriptionArn"])
    except (BotoCoreError, ClientError) as exc:
        raise wrap_aws_error(exc, "listing the SNS topic's subscriptions") from exc
    return None


def _ensure_event_destination(
    sesv2: SESv2Client, config_set: str, topic_arn: str, event_types: Sequence[str]
) -> None:
    doing = "configuring the SES event destination"
    dest_name = f"{config_set}-sns"
    wanted = {
        "Enabled": True,
        "MatchingEventTypes": list(event_types),
        "SnsDestination": {"TopicArn": topic_arn},
    }
    reply = _aws_call(
        doing, sesv2.get_configuration_set_event_destinations, ConfigurationSetName=config_set
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
    _aws_call(
        doing,
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


# -------------------------------------------------------------------- polling


@dataclass
class _Batch:
    """One receive_message answer, sorted into what to do with each message."""

    events: list[DeliveryEvent]
    parsed: list[dict[str, Any]]  # SQS messages whose events are in ``events``
    unparsed: list[tuple[dict[str, Any], str]]  # (SQS message, reason)


class TrackingPoller:
    """Long-polls the tracking queue and hands SES events to ``sink``.

    ``poll_once()`` does one receive in the calling thread (``mailer track --once``)
    and raises ``MailerError``s (and whatever the sink raises). ``start()`` runs the
    same loop in a daemon thread, where every failure is reported to ``on_error``
    and retried with back-off: the thread never dies of an error.

    Stopping: a long poll cannot be interrupted, so ``stop()`` does not wait for it.
    It sets the thread's stop flag and returns within ``timeout`` (default 1 s).
    A thread still inside receive_message then finds the flag when the call
    returns, makes whatever it received visible again at once (visibility 0) so the
    next poller gets it, and exits without calling the sink. The sink is never
    called after ``stop()`` has returned: stop waits for a sink call in progress.
    """

    def __init__(
        self,
        queue_url: str,
        sqs_client_factory: Callable[[], SQSClient],
        sink: EventSink,
        *,
        on_unparsed: UnparsedHandler | None = None,
        on_error: ErrorHandler | None = None,
        wait_seconds: int = 20,
        retry_delays: Sequence[float] = (1, 2, 5, 10, 30, 60),
    ) -> None:
        self.queue_url = queue_url
        self.wait_seconds = wait_seconds
        self._factory = sqs_client_factory
        self._sink = sink
        self._on_unparsed = on_unparsed or _log_unparsed
        self._on_error = on_error or (lambda message: log.warning("%s", message))
        self._retry_delays = tuple(retry_delays) or (1.0,)
        self._client: SQSClient | None = None  # for poll_once in the caller's thread
        self._handling = threading.Lock()  # held while the sink or on_unparsed runs
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- one poll ------------------------------------------------------------

    def poll_once(self, *, wait_seconds: int | None = None) -> int:
        """Receive up to 10 messages, hand them on, delete them; return how many."""
        if self._client is None:
            self._client = self._factory()
        wait = self.wait_seconds if wait_seconds is None else wait_seconds
        return self._poll(self._client, wait, None)

    def _poll(self, client: SQSClient, wait: int, stop: threading.Event | None) -> int:
        messages = self._receive(client, wait)
        if not messages:
            return 0
        with self._handling:
            if stop is not None and stop.is_set():
                self._release(client, messages)  # stopped mid long-poll: hand back
                return 0
            done = self._hand_over(client, _sort(messages))
        return self._delete(client, done)

    def _receive(self, client: SQSClient, wait: int) -> list[dict[str, Any]]:
        reply = _aws_call(
            "reading the tracking queue",
            client.receive_message,
            QueueUrl=self.queue_url,
            MaxNumberOfMessages=10,
            WaitTimeSeconds=wait,
        )
        return list(reply.get("Messages", []))

    def _hand_over(self, client: SQSClient, batch: _Batch) -> list[dict[str, Any]]:
        """on_unparsed per message, then the sink; return the messages now safe to
        delete. If a callback raises, what was already handled is deleted and the
        rest stays in the queue for a later attempt."""
        done: list[dict[str, Any]] = []
        try:
            for message, reason in batch.unparsed:
                self._on_unparsed(str(message.get("Body", "")), reason)
                done.append(message)
            if batch.events:
                self._sink(batch.events)
        except BaseException:
            # Not deleted ones come back and are seen again: harmless.
            with contextlib.suppress(MailerError):
                self._delete(client, done)
            raise
        return done + batch.parsed

    def _delete(self, client: SQSClient, messages: list[dict[str, Any]]) -> int:
        if not messages:
            return 0
        entries = [
            {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)
        ]
        reply = _aws_call(
            "deleting handled messages from the tracking queue",
            client.delete_message_batch,
            QueueUrl=self.queue_url,
            Entries=entries,
        )
        failed = reply.get("Failed", [])
        if failed:
            # They come back after the visibility timeout: a harmless duplicate.
            self._report(f"{len(failed)} handled tracking messages could not be deleted yet.")
        return len(messages) - len(failed)

    def _release(self, client: SQSClient, messages: list[dict[str, Any]]) -> None:
        entries = [
            {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
            for i, m in enumerate(messages)
        ]
        # On failure they reappear after the visibility timeout anyway.
        with contextlib.suppress(BotoCoreError, ClientError):
            client.change_message_visibility_batch(QueueUrl=self.queue_url, Entries=entries)

    # -- background thread ---------------------------------------------------

    def start(self) -> None:
        """Poll in a daemon thread until ``stop()``; no-op if already running."""
        if self._thread is not None and self._thread.is_alive() and not self._stop.is_set():
            return
        # A fresh flag per thread: a thread abandoned in a long poll keeps its own.
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(self._stop,), name="ses-tracking-poller", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> None:
        """Ask the thread to end; return within ``timeout`` (see the class doc)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        with self._handling:  # wait for a sink call in progress, never start one after
            pass

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def _run(self, stop: threading.Event) -> None:
        client: SQSClient | None = None
        failures = 0
        while not stop.is_set():
            try:
                if client is None:
                    client = self._factory()
                self._poll(client, self.wait_seconds, stop)
                failures = 0
            except Exception as exc:  # the thread must survive anything; report it
                if stop.is_set():
                    break  # e.g. a long poll abandoned by stop(): nobody is listening
                failures += 1
                self._report(str(exc) or type(exc).__name__)
                stop.wait(self._delay(failures, exc))

    def _report(self, message: str) -> None:
        try:
            self._on_error(message)
        except Exception:  # a broken callback must not end the polling thread
            log.exception("on_error callback failed for: %s", message)

    def _delay(self, failures: int, exc: Exception) -> float:
        delay = self._retry_delays[min(failures, len(self._retry_delays)) - 1]
        if isinstance(exc, RetryableError) and exc.retry_after:
            delay = max(delay, exc.retry_after)
        return delay


def _sort(messages: list[dict[str, Any]]) -> _Batch:
    batch = _Batch([], [], [])
    for message in messages:
        events, reason = parse_with_reason(str(message.get("Body", "")))
        if events:
            batch.events.extend(events)
            batch.parsed.append(message)
        else:
            batch.unparsed.append((message, reason))
    return batch


def _log_unparsed(body: str, reason: str) -> None:
    # Default when the caller gives no on_unparsed: at least it is in the log.
    log.warning("Tracking message is not an SES notification (%s): %.2000s", reason, body)


__all__ = [
    "BASE_EVENT_TYPES",
    "OPEN_CLICK_EVENT_TYPES",
    "SQSClient",
    "TrackingPoller",
    "TrackingResources",
    "setup_tracking",
    "wrap_aws_error",
]
