"""A real DNS server on 127.0.0.1 for the DNS checks (dnslib), with a zone per test.

``LocalDns(records)`` answers from ``records``: {(name, type): [values]}; a name in
``slow`` is answered only after ``delay`` seconds (longer than the checks' time-out),
every other name gets NXDOMAIN. Start it with ``with LocalDns(...) as dns:`` and point
the app at it with ``MAILER_DNS_SERVER=dns.address``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from dnslib import CNAME, MX, QTYPE, RCODE, RR, TXT, DNSLabel, DNSRecord
from dnslib.server import BaseResolver, DNSLogger, DNSServer

Zone = Mapping[tuple[str, str], Iterable[str]]


def _rdata(rtype: str, value: str) -> Any:
    if rtype == "TXT":
        # Long TXT values are split into 255-byte strings, as DNS providers do.
        return TXT([value[i : i + 255] for i in range(0, len(value), 255)] or [""])
    if rtype == "CNAME":
        return CNAME(value)
    if rtype == "MX":
        preference, _, host = value.partition(" ")
        return MX(host, int(preference))
    raise ValueError(rtype)


class _ZoneResolver(BaseResolver):  # type: ignore[misc]
    def __init__(self, zone: Zone, slow: set[str], delay: float) -> None:
        self.zone = {(n.lower().rstrip("."), t): list(v) for (n, t), v in zone.items()}
        self.slow = {s.lower().rstrip(".") for s in slow}
        self.delay = delay
        self.asked: list[tuple[str, str]] = []

    def resolve(self, request: DNSRecord, handler: Any) -> DNSRecord:
        reply = request.reply()
        qname = str(request.q.qname).lower().rstrip(".")
        qtype = QTYPE[request.q.qtype]
        self.asked.append((qname, qtype))
        if qname in self.slow:
            time.sleep(self.delay)
        values = self.zone.get((qname, qtype))
        if values is None and not any(n == qname for n, _ in self.zone):
            reply.header.rcode = RCODE.NXDOMAIN
            return reply
        for value in values or ():
            reply.add_answer(
                RR(DNSLabel(qname), getattr(QTYPE, qtype), rdata=_rdata(qtype, value), ttl=60)
            )
        return reply


class LocalDns:
    def __init__(self, zone: Zone, *, slow: Iterable[str] = (), delay: float = 6.0) -> None:
        self.resolver = _ZoneResolver(zone, set(slow), delay)
        self.server = DNSServer(
            self.resolver, address="127.0.0.1", port=0, logger=DNSLogger("-request,-reply")
        )

    @property
    def address(self) -> str:
        host, port = self.server.server.server_address[:2]
        return f"{host}:{port}"

    def __enter__(self) -> LocalDns:
        self.server.server.daemon_threads = True
        # A slow answer may come after shutdown closed the socket: not an error here.
        self.server.server.handle_error = lambda *args: None
        self.thread = threading.Thread(target=self.server.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.server.server.shutdown()
        self.server.server.server_close()
