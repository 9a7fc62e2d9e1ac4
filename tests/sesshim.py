"""A small HTTP shim in front of moto (server mode) for the SES operations moto 5 lacks
or answers only in part; everything else is forwarded to moto unchanged.

Shimmed, with the response shapes of the SES API reference:
- GetAccount (GET /v2/email/account) and PutAccountDetails
  (POST /v2/email/account/details): moto has neither. The review goes PENDING with a
  case id when production access is requested; a test grants it with ``grant()``.
- CreateEmailIdentity for a domain: forwarded, then three Easy DKIM tokens are made
  (moto returns none) with the requested key length.
- GetEmailIdentity: moto's answer plus the tokens, the DKIM status and verification the
  test set (``verify_domain``), and the MAIL FROM attributes.
- PutEmailIdentityMailFromAttributes (PUT /v2/email/identities/ID/mail-from): moto's
  sesv2 lacks it.
- Create/Get/UpdateConfigurationSetEventDestination(s): moto 5 lacks them (tracking).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class ShimState:
    production: bool = False
    review: dict[str, str] = field(default_factory=dict)  # Status, CaseId
    details: dict[str, Any] = field(default_factory=dict)  # what PutAccountDetails sent
    tokens: dict[str, list[str]] = field(default_factory=dict)
    key_length: dict[str, str] = field(default_factory=dict)
    dkim_status: dict[str, str] = field(default_factory=dict)
    mail_from: dict[str, dict[str, str]] = field(default_factory=dict)
    destinations: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def grant(self) -> None:
        self.production = True
        self.review["Status"] = "GRANTED"

    def verify_domain(self, domain: str, status: str = "SUCCESS") -> None:
        self.dkim_status[domain] = status
        if domain in self.mail_from:
            self.mail_from[domain]["MailFromDomainStatus"] = "SUCCESS"


DEST = re.compile(r"^/v2/email/configuration-sets/([^/]+)/event-destinations(?:/([^/?]+))?")
IDENTITY = re.compile(r"^/v2/email/identities/([^/?]+)(/mail-from)?/?(?:\?.*)?$")


def make_handler(upstream: str, state: ShimState) -> type[BaseHTTPRequestHandler]:
    class Shim(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return None

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))

        def do_GET(self) -> None:
            if DEST.match(self.path):
                return self._json(200, {"EventDestinations": list(state.destinations.values())})
            if self.path.split("?")[0] == "/v2/email/account":
                return self._json(200, self._account())
            match = IDENTITY.match(self.path)
            if match and not match.group(2):
                status, data, headers = self._forward("GET", b"")
                if status == 200:
                    return self._json(200, self._identity(urllib.parse.unquote(match[1]), data))
                return self._raw(status, data, headers)
            return self._raw(*self._forward("GET", b""))

        def do_POST(self) -> None:
            body = self._body()
            if DEST.match(self.path):
                return self._destination(body)
            if self.path.split("?")[0] == "/v2/email/account/details":
                with state.lock:
                    state.details = json.loads(body or b"{}")
                    state.review = {"Status": "PENDING", "CaseId": "1234567890"}
                return self._json(200, {})
            status, data, headers = self._forward("POST", body)
            if self.path.split("?")[0] == "/v2/email/identities" and status == 200:
                sent = json.loads(body or b"{}")
                name = sent.get("EmailIdentity", "")
                if "@" not in name:
                    length = (sent.get("DkimSigningAttributes") or {}).get(
                        "NextSigningKeyLength", "RSA_2048_BIT"
                    )
                    with state.lock:
                        seed = hashlib.sha1(name.encode()).hexdigest()
                        state.tokens[name] = [f"{seed[i * 8 : i * 8 + 8]}dk{i}" for i in range(3)]
                        state.key_length[name] = length
                        state.dkim_status.setdefault(name, "PENDING")
                    reply = json.loads(data or b"{}")
                    reply["DkimAttributes"] = self._dkim(name)
                    return self._json(200, reply)
            return self._raw(status, data, headers)

        def do_PUT(self) -> None:
            body = self._body()
            if DEST.match(self.path):
                return self._destination(body)
            match = IDENTITY.match(self.path)
            if match and match.group(2):
                name = urllib.parse.unquote(match[1])
                sent = json.loads(body or b"{}")
                with state.lock:
                    state.mail_from[name] = {
                        "MailFromDomain": sent["MailFromDomain"],
                        "MailFromDomainStatus": "PENDING",
                        "BehaviorOnMxFailure": sent.get("BehaviorOnMxFailure", "USE_DEFAULT_VALUE"),
                    }
                return self._json(200, {})
            return self._raw(*self._forward("PUT", body))

        def do_DELETE(self) -> None:
            match = IDENTITY.match(self.path)
            if match:
                with state.lock:
                    for table in (state.tokens, state.dkim_status, state.mail_from):
                        table.pop(urllib.parse.unquote(match[1]), None)
            return self._raw(*self._forward("DELETE", b""))

        def _destination(self, body: bytes) -> None:
            match = DEST.match(self.path)
            assert match
            data = json.loads(body or b"{}")
            name = data.get("EventDestinationName") or match.group(2)
            with state.lock:
                state.destinations[name] = {"Name": name, **data["EventDestination"]}
            self._json(200, {})

        # -- shaped answers ---------------------------------------------------------
        def _account(self) -> dict[str, Any]:
            with state.lock:
                production = state.production
                account: dict[str, Any] = {
                    "ProductionAccessEnabled": production,
                    "SendingEnabled": True,
                    "EnforcementStatus": "HEALTHY",
                    "DedicatedIpAutoWarmupEnabled": False,
                    "SendQuota": {
                        "Max24HourSend": 50000.0 if production else 200.0,
                        "MaxSendRate": 14.0 if production else 1.0,
                        "SentLast24Hours": 0.0,
                    },
                }
                if state.details:
                    account["Details"] = {
                        "MailType": state.details.get("MailType"),
                        "WebsiteURL": state.details.get("WebsiteURL"),
                        "ContactLanguage": state.details.get("ContactLanguage"),
                        "UseCaseDescription": state.details.get("UseCaseDescription"),
                        "AdditionalContactEmailAddresses": state.details.get(
                            "AdditionalContactEmailAddresses", []
                        ),
                        "ReviewDetails": dict(state.review),
                    }
            return account

        def _dkim(self, name: str) -> dict[str, Any]:
            status = state.dkim_status.get(name, "NOT_STARTED")
            return {
                "SigningEnabled": status == "SUCCESS",
                "Status": status,
                "Tokens": list(state.tokens.get(name, [])),
                "SigningAttributesOrigin": "AWS_SES",
                "NextSigningKeyLength": state.key_length.get(name, "RSA_2048_BIT"),
            }

        def _identity(self, name: str, data: bytes) -> dict[str, Any]:
            reply: dict[str, Any] = json.loads(data or b"{}")
            with state.lock:
                if "@" not in name and name in state.tokens:
                    reply["DkimAttributes"] = self._dkim(name)
                    reply["VerifiedForSendingStatus"] = state.dkim_status.get(name) == "SUCCESS"
                if name in state.mail_from:
                    reply["MailFromAttributes"] = dict(state.mail_from[name])
            return reply

        # -- plumbing --------------------------------------------------------------
        def _forward(self, method: str, body: bytes) -> tuple[int, bytes, dict[str, str]]:
            target = urllib.parse.urlsplit(upstream)
            conn = http.client.HTTPConnection(target.hostname or "", target.port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() != "content-length"}
            conn.request(method, self.path, body=body, headers=headers)
            reply = conn.getresponse()
            result = reply.status, reply.read(), dict(reply.getheaders())
            conn.close()
            return result

        def _json(self, status: int, doc: dict[str, Any]) -> None:
            self._raw(status, json.dumps(doc).encode(), {"Content-Type": "application/json"})

        def _raw(self, status: int, data: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            skip = ("content-length", "transfer-encoding", "connection", "server", "date")
            for k, v in headers.items():
                if k.lower() not in skip:
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Shim


class SesShim:
    """``with SesShim(moto_url) as shim:`` then point AWS_ENDPOINT_URL at ``shim.url``."""

    def __init__(self, upstream: str) -> None:
        self.state = ShimState()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(upstream, self.state))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> SesShim:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
