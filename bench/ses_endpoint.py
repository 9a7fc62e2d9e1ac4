"""A local endpoint that speaks the SESv2 SendEmail wire format, for benchmarks.

botocore's sesv2 model (rest-json): ``POST /v2/email/outbound-emails`` with a JSON
body, answered ``200 {"MessageId": ...}``; ``TooManyRequestsException`` is HTTP 429,
and restJson errors are named by the ``x-amzn-ErrorType`` header (and ``__type``).
Also ``GET /v2/email/account`` so `mailer send --transport ses` can read its limits.

Every SendEmail is answered after ``--latency`` seconds. The rate is enforced like a
strict server would: a sliding one-second window over accepted requests, counted at
arrival; a request that would make it hold more than ``--limit`` gets the 429 SES
gives ("Maximum sending rate exceeded.").

Control (for the benchmark driving it): ``POST /_bench/reset`` with
``{"limit": N, "latency": S}`` clears the counters; ``GET /_bench/stats`` returns the
accepted arrival times (monotonic, seconds) and the 429 count.

Run alone: ``python bench/ses_endpoint.py --limit 14`` prints ``port N`` on stdout.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import threading
import time
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SEND_PATH = "/v2/email/outbound-emails"
ACCOUNT_PATH = "/v2/email/account"
THROTTLED = "Maximum sending rate exceeded."


class Bucket:
    """Sliding one-second window over accepted sends, plus what the benchmark reads."""

    def __init__(self, limit: int, latency: float) -> None:
        self.lock = threading.Lock()
        self.reset(limit, latency)

    def reset(self, limit: int, latency: float) -> None:
        with self.lock:
            self.limit = limit
            self.latency = latency
            self.window: deque[float] = deque()
            self.accepted: list[float] = []
            self.throttled = 0
            self.throttled_at: list[float] = []
            self.bad = 0

    def admit(self) -> bool:
        now = time.monotonic()
        with self.lock:
            while self.window and self.window[0] <= now - 1.0:
                self.window.popleft()
            if self.limit > 0 and len(self.window) >= self.limit:
                self.throttled += 1
                self.throttled_at.append(now)
                return False
            self.window.append(now)
            self.accepted.append(now)
            return True

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "accepted": list(self.accepted),
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
        admitted = self.bucket.admit()  # counted at arrival, before the added latency
        if not _valid_send(body):
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


def _valid_send(body: bytes) -> bool:
    """The fields SendEmail with Raw content needs; the blob arrives base64-encoded."""
    try:
        request = json.loads(body)
        raw = request["Content"]["Raw"]["Data"]
        return bool(request["FromEmailAddress"]) and bool(base64.b64decode(raw, validate=True))
    except (ValueError, KeyError, TypeError):
        return False


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # hundreds of connections open at once at 500/s


def serve(limit: int, latency: float, port: int = 0) -> Server:
    handler = type("BoundHandler", (Handler,), {"bucket": Bucket(limit, latency)})
    return Server(("127.0.0.1", port), handler)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=14, help="sends per second; 0 = none")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added per send")
    parser.add_argument("--port", type=int, default=0, help="0 = a free port")
    args = parser.parse_args()
    server = serve(args.limit, args.latency, args.port)
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
