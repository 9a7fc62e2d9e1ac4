"""When a request leaves: the moment the rate guard counts it from.

The runner tells the rate limiter that a granted request is leaving
(``RateLimiter.left``). By default it does so as it calls the transport. Transports
that can say when the request has actually been written are watched instead:

- one with an ``on_sent`` attribute (the SES API transport) calls it as soon as the
  whole request is on the connection. A thread that loses the CPU before the write
  then only delays the stamp, which costs a little pace, never a throttle: the
  stamp is never earlier than the request;
- otherwise, one that sends through a botocore client reports from the client's
  ``before-send`` event, a few Python steps before the write.

If neither fires (an error before sending, a stub answering instead), the runner
reports the request after the call. Duck-typed, so this package does not import
botocore or the transports.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

_ids = itertools.count()


class WireWatch:
    """Has watched transports call ``on_wire`` when a request leaves (``on_sent``, or
    the ``before-send`` event of their botocore client); ``close()`` undoes it.
    Thread-safe."""

    def __init__(self, on_wire: Callable[[], object]) -> None:
        self._on_wire = on_wire
        self._lock = threading.Lock()
        self._unique = f"mailer-rate-guard-{next(_ids)}"
        self._registered: list[tuple[Any, str]] = []
        self._senders: list[Any] = []

    def watch(self, transport: object) -> bool:
        """True if ``transport`` reports its requests leaving from now on."""
        if hasattr(transport, "on_sent"):
            transport.on_sent = self._on_wire
            with self._lock:
                self._senders.append(transport)
            return True
        client = getattr(transport, "client", None)
        meta = getattr(client, "meta", None)
        events = getattr(meta, "events", None)
        try:
            service = meta.service_model.service_id.hyphenize()  # type: ignore[union-attr]
        except AttributeError:
            return False
        if events is None or not hasattr(events, "register"):
            return False
        name = f"before-send.{service}"
        with self._lock:
            if not any(e is events and n == name for e, n in self._registered):
                # One registration per client (its workers share it); returns None, so
                # botocore goes on to send (a non-None answer would replace the send).
                events.register(name, self._handler, unique_id=self._unique)
                self._registered.append((events, name))
        return True

    def close(self) -> None:
        with self._lock:
            for events, name in self._registered:
                events.unregister(name, unique_id=self._unique)
            self._registered.clear()
            for transport in self._senders:
                transport.on_sent = None
            self._senders.clear()

    def _handler(self, **_: Any) -> None:
        self._on_wire()
