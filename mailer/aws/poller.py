"""Long-poll the tracking queue and hand SES events to a sink (the journal).

The queue is the one ``mailer.aws.provision`` subscribes to the tracking topic. An SQS
message is deleted only after the sink has committed its events, so a crash at any
point means a redelivery, never a loss; duplicates are harmless because the journal
applies events idempotently. botocore failures become ``MailerError``s through
``mailer.aws.errors``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from mailer.aws.errors import AWS_ERRORS, TRACKING_HINTS, aws_errors, describe
from mailer.aws.notifications import DeliveryEvent, EventSink, parse_with_reason
from mailer.errors import MailerError, RetryableError

log = logging.getLogger(__name__)


class SQSClient(Protocol):
    """The part of a boto3 SQS client the poller uses."""

    def receive_message(self, **kwargs: Any) -> dict[str, Any]: ...
    def delete_message_batch(self, **kwargs: Any) -> dict[str, Any]: ...
    def change_message_visibility_batch(self, **kwargs: Any) -> dict[str, Any]: ...


UnparsedHandler = Callable[[str, str], object]  # (SQS body, reason); result ignored
ErrorHandler = Callable[[str], object]


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
        with aws_errors(
            where=describe(client), action="read the tracking queue", hints=TRACKING_HINTS
        ):
            reply = client.receive_message(
                QueueUrl=self.queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=wait
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
        action = "delete handled messages from the tracking queue"
        with aws_errors(where=describe(client), action=action, hints=TRACKING_HINTS):
            reply = client.delete_message_batch(QueueUrl=self.queue_url, Entries=entries)
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
        with contextlib.suppress(*AWS_ERRORS):
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
    "ErrorHandler",
    "SQSClient",
    "TrackingPoller",
    "UnparsedHandler",
]
