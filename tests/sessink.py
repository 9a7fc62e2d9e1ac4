"""A counting SES sink on 127.0.0.1: answers SESv2 SendEmail (POST
/v2/email/outbound-emails) at once with a MessageId and counts, per recipient tag, the
requests that arrived. For kill tests, where what matters is what reached the service
(moto keeps no per-request count of its own)."""

from __future__ import annotations

import collections
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SesSink:
    def __init__(self) -> None:
        self.received: collections.Counter[int] = collections.Counter()
        self.lock = threading.Lock()
        self.url = ""


def _handler(sink: SesSink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as SES

        def log_message(self, *args: object) -> None:
            return None

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            tags = {t["Name"]: t["Value"] for t in json.loads(body).get("EmailTags", [])}
            idx = int(tags["recipient"])
            with sink.lock:
                sink.received[idx] += 1
            reply = json.dumps({"MessageId": f"{tags['campaign']}-{idx}"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

    return Handler


@contextmanager
def ses_sink() -> Iterator[SesSink]:
    sink = SesSink()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(sink))
    server.daemon_threads = True
    sink.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield sink
    finally:
        server.shutdown()
        server.server_close()
