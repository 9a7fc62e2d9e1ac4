"""A local endpoint that speaks the SESv2 SendEmail wire format, for benchmarks.

botocore's sesv2 model (rest-json): ``POST /v2/email/outbound-emails`` with a JSON
body, answered ``200 {"MessageId": ...}``; ``TooManyRequestsException`` is HTTP 429,
and restJson errors are named by the ``x-amzn-ErrorType`` header (and ``__type``).
Also ``GET /v2/email/account`` so `mailer send --transport ses` can read its limits.

Every SendEmail is answered after ``--latency`` seconds. The rate is enforced like a
strict server would: a sliding one-second window over accepted requests, counted at
arrival; a request that would make it hold more than ``--limit`` gets the 429 SES
gives ("Maximum sending rate exceeded.").

Arrival is when the request's first bytes reached this machine's TCP stack (the
kernel's receive timestamp, SO_TIMESTAMPNS, read with a peek before the request is
parsed): what a service's front end sees. This process is Python and shares the
CPU with the client; when the machine is busy, the time its handler thread gets
around to the request lags that by 10-30 ms, a jitter no real service adds.
``--arrival python`` counts at the handler's own clock instead (the behaviour
before; both stamps are always recorded, see ``lag`` in the stats).

Control (for the benchmark driving it): ``POST /_bench/reset`` with
``{"limit": N, "latency": S}`` clears the counters; ``GET /_bench/stats`` returns the
accepted arrival times (monotonic, seconds), the 429 count, the handler's lag behind
the kernel stamp per request, and arrival times by the ``recipient`` email tag (so a
client can match them with when it sent).

Run alone: ``python bench/ses_endpoint.py --limit 14`` prints ``port N`` on stdout.
"""

from __future__ import annotations

import argparse
import base64
import bisect
import json
import socket
import struct
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SEND_PATH = "/v2/email/outbound-emails"
ACCOUNT_PATH = "/v2/email/account"
THROTTLED = "Maximum sending rate exceeded."
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux
TIMESPEC = struct.Struct("qq")
# Requests reach the bucket up to this much out of arrival order (threads); older
# arrivals are kept this much beyond the one-second window.
KEEP_LATE = 0.5


class Bucket:
    """Sliding one-second window over accepted sends, plus what the benchmark reads."""

    def __init__(self, limit: int, latency: float) -> None:
        self.lock = threading.Lock()
        self.reset(limit, latency)

    def reset(self, limit: int, latency: float) -> None:
        with self.lock:
            self.limit = limit
            self.latency = latency
            self.window: list[float] = []  # sorted arrival times
            self.accepted: list[float] = []
            self.accepted_handler: list[float] = []  # the same, by the handler's clock
            self.throttled = 0
            self.throttled_at: list[float] = []
            self.bad = 0
            self.lag: list[float] = []  # handler clock - kernel stamp, seconds
            self.unstamped = 0  # requests without a kernel stamp (handler clock used)
            self.by_recipient: dict[str, float] = {}

    def admit(self, now: float, handler_now: float, recipient: str) -> bool:
        """Count a request that arrived at ``now`` (monotonic; the handler saw it at
        ``handler_now``; 0.0: no kernel stamp, counted at the handler's clock).
        Arrivals can come to the lock slightly out of order."""
        with self.lock:
            if not now:
                self.unstamped += 1
                now = handler_now
            self.lag.append(handler_now - now)
            window = self.window
            stale = bisect.bisect_right(window, now - 1.0 - KEEP_LATE)
            if stale > 256:  # in chunks: deleting a list's head costs its length
                del window[:stale]
            if self.limit > 0 and self._fullest_with(now) > self.limit:
                self.throttled += 1
                self.throttled_at.append(now)
                return False
            bisect.insort(window, now)
            self.accepted.append(now)
            self.accepted_handler.append(handler_now)
            if recipient:
                self.by_recipient[recipient] = now
            return True

    def _fullest_with(self, now: float) -> int:
        """The most requests any one-second window (t - 1, t] would hold with one more
        at ``now``. Windows containing ``now`` end at ``now`` or later; the fullest ends
        at a request's time, so only ``now`` and requests after it (handled before it,
        out of order by a few ms) need checking."""
        window = self.window
        first_late = bisect.bisect_right(window, now)
        ends = [now, *(window[i] for i in range(first_late, len(window)))]
        return max(
            bisect.bisect_right(window, t) - bisect.bisect_right(window, t - 1.0) + 1 for t in ends
        )

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "accepted": list(self.accepted),
                "accepted_handler": list(self.accepted_handler),
                "lag": list(self.lag),
                "unstamped": self.unstamped,
                "by_recipient": dict(self.by_recipient),
                "throttled": self.throttled,
                "throttled_at": list(self.throttled_at),
                "bad": self.bad,
                "limit": self.limit,
                "latency": self.latency,
            }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: botocore pools its connections
    # Headers and body go out as two writes; with Nagle on, the second waits for the
    # client's delayed ACK (40 ms on Linux) and every reply would take 40 ms extra.
    disable_nagle_algorithm = True
    bucket: Bucket  # set on the class by serve()
    kernel_clock = True  # count at the kernel's receive stamp (else the handler's clock)
    _arrived = 0.0

    def setup(self) -> None:
        super().setup()
        if self.kernel_clock:
            self.connection.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)

    def handle_one_request(self) -> None:
        """Note when the next request's first bytes reached the kernel, then parse it."""
        self._arrived = 0.0
        if self.kernel_clock:  # (stays 0.0 if the kernel gave no stamp)
            try:
                data, ancillary, _, _ = self.connection.recvmsg(
                    1, socket.CMSG_SPACE(TIMESPEC.size), socket.MSG_PEEK
                )
            except OSError:
                self.close_connection = True
                return
            if not data:
                self.close_connection = True
                return
            for level, kind, raw in ancillary:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                    sec, nsec = TIMESPEC.unpack(raw[: TIMESPEC.size])
                    # Realtime -> this process's monotonic clock (same as the client's).
                    self._arrived = sec + nsec / 1e9 - (time.time() - time.monotonic())
        super().handle_one_request()

    def log_message(self, format: str, *args: Any) -> None:
        return  # a line per request would cost more than the request

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _reply(self, status: int, payload: dict[str, Any], error: str = "") -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        if error:
            self.send_header("x-amzn-ErrorType", error)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        body = self._body()
        if self.path == "/_bench/reset":
            opts = json.loads(body or b"{}")
            self.bucket.reset(int(opts.get("limit", 0)), float(opts.get("latency", 0.05)))
            self._reply(200, {"ok": True})
            return
        if self.path != SEND_PATH:
            self._reply(404, {"message": f"no route {self.path}"}, "NotFoundException")
            return
        handler_now = time.monotonic()
        valid, recipient = _parse_send(body)
        # Counted at arrival, before the added latency.
        admitted = self.bucket.admit(self._arrived, handler_now, recipient)
        if not valid:
            with self.bucket.lock:
                self.bucket.bad += 1
            self._reply(
                400, {"message": "Missing Content.Raw.Data or FromEmailAddress."}, "BadRequest"
            )
            return
        time.sleep(self.bucket.latency)
        if not admitted:
            self._reply(
                429,
                {"__type": "TooManyRequestsException", "message": THROTTLED},
                "TooManyRequestsException",
            )
            return
        self._reply(200, {"MessageId": f"0100{uuid.uuid4().hex}-000000"})

    def do_GET(self) -> None:
        if self.path == "/_bench/stats":
            self._reply(200, self.bucket.stats())
        elif self.path == ACCOUNT_PATH:
            self._reply(
                200,
                {
                    "DedicatedIpAutoWarmupEnabled": False,
                    "EnforcementStatus": "HEALTHY",
                    "ProductionAccessEnabled": True,
                    "SendQuota": {
                        "Max24HourSend": 10_000_000.0,
                        "MaxSendRate": float(self.bucket.limit),
                        "SentLast24Hours": 0.0,
                    },
                    "SendingEnabled": True,
                },
            )
        else:
            self._reply(404, {"message": f"no route {self.path}"}, "NotFoundException")


def _parse_send(body: bytes) -> tuple[bool, str]:
    """Whether the request has the fields SendEmail with Raw content needs (the blob
    arrives base64-encoded), and its ``recipient`` email tag ("" if none)."""
    try:
        request = json.loads(body)
        raw = request["Content"]["Raw"]["Data"]
        valid = bool(request["FromEmailAddress"]) and bool(base64.b64decode(raw, validate=True))
    except (ValueError, KeyError, TypeError):
        return False, ""
    tags = request.get("EmailTags") or []
    recipient = next((str(t.get("Value")) for t in tags if t.get("Name") == "recipient"), "")
    return valid, recipient


class Server(ThreadingHTTPServer):
    keep_stamping: socket.socket | None = None
    daemon_threads = True
    request_queue_size = 512  # hundreds of connections open at once at 500/s


def serve(limit: int, latency: float, port: int = 0, *, kernel_clock: bool = True) -> Server:
    bound = {"bucket": Bucket(limit, latency), "kernel_clock": kernel_clock}
    server = Server(("127.0.0.1", port), type("BoundHandler", (Handler,), bound))
    if kernel_clock:
        # Linux stamps received packets only while some socket asks for stamps, and
        # switches that on in deferred work: a socket that always asks keeps it on
        # between runs, so the first requests of a run are stamped too.
        keep = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        keep.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        server.keep_stamping = keep
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=14, help="sends per second; 0 = none")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added per send")
    parser.add_argument("--port", type=int, default=0, help="0 = a free port")
    parser.add_argument(
        "--arrival",
        choices=("kernel", "python"),
        default="kernel",
        help="count a request when it reached the TCP stack, or when the handler saw it",
    )
    args = parser.parse_args()
    server = serve(args.limit, args.latency, args.port, kernel_clock=args.arrival == "kernel")
    print(f"port {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
