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

List management (moto stores contact lists and contacts but checks and filters nothing):
- CreateContactList: refused (LimitExceededException) when the account has a list
  already - SES allows one per account; topics checked as SES would: at most 20
  (LimitExceededException), names of 1-64 letters, digits, '-' or '_'
  (BadRequestException). UpdateContactList: the same topic checks.
- CreateContact: AlreadyExistsException for an address the list has (moto overwrites
  it, which would undo an opt-out).
- ListContacts: the ``Filter`` (FilteredStatus with TopicFilter, the topic's default
  used only with UseDefaultIfPreferenceUnavailable) and ``PageSize``/``NextToken``
  paging, applied to moto's unfiltered answer.
- SendEmail with ``ListManagementOptions``: moto ignores it; the shim records each
  request (``sent``) and makes what SES would deliver (``delivered``): the sender's own
  List-Unsubscribe headers replaced by SES's pair, ``{{amazonSESUnsubscribeUrl}}``
  replaced by a per-recipient link; a message to a contact that unsubscribed from the
  topic (or from everything) is not delivered (``dropped``), as SES does.
- ``deny``: operation names answered 403 AccessDeniedException (an IAM user without
  list management permissions).
- PutSuppressedDestination and ListSuppressedDestinations (the account-level
  suppression list; moto has neither): kept in ``account_suppressed``.
"""

from __future__ import annotations

import base64
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
    sent: list[dict[str, Any]] = field(default_factory=list)  # SendEmail requests
    delivered: list[bytes] = field(default_factory=list)  # what SES would deliver
    dropped: list[str] = field(default_factory=list)  # unsubscribed: not delivered
    deny: set[str] = field(default_factory=set)  # operation names: AccessDenied
    account_suppressed: dict[str, str] = field(default_factory=dict)  # address -> reason
    lock: threading.Lock = field(default_factory=threading.Lock)

    def grant(self) -> None:
        self.production = True
        self.review["Status"] = "GRANTED"

    def verify_domain(self, domain: str, status: str = "SUCCESS") -> None:
        self.dkim_status[domain] = status
        if domain in self.mail_from:
            self.mail_from[domain]["MailFromDomainStatus"] = "SUCCESS"


CONTACTS = re.compile(
    r"^/v2/email/contact-lists(?:/(?P<list>[^/?]+))?(?:/contacts(?:/(?P<email>[^/?]+))?)?/?(?:\?.*)?$"
)
SUPPRESSED = "/v2/email/suppression/addresses"
TOPIC_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
SES_PLACEHOLDER = b"{{amazonSESUnsubscribeUrl}}"


def contact_operation(method: str, path: str) -> tuple[str, str, str] | None:
    """(SES operation name, list, email) for a list-management request, else None."""
    match = CONTACTS.match(path)
    if not match:
        return None
    name = urllib.parse.unquote(match["list"] or "")
    email = urllib.parse.unquote(match["email"] or "")
    has_contacts = "/contacts" in path.split("?")[0]
    if not name:
        op = "CreateContactList" if method == "POST" else "ListContactLists"
    elif not has_contacts:
        op = {"GET": "GetContactList", "PUT": "UpdateContactList"}.get(method, "DeleteContactList")
    elif not email:
        op = "CreateContact"
    elif email == "list" and method == "POST":
        op = "ListContacts"
    else:
        op = {"GET": "GetContact", "PUT": "UpdateContact"}.get(method, "DeleteContact")
    return op, name, email


def topic_problem(topics: list[dict[str, Any]]) -> tuple[int, str, str] | None:
    if len(topics) > 20:
        return 400, "LimitExceededException", "A contact list can have at most 20 topics."
    for t in topics:
        if not TOPIC_NAME.fullmatch(str(t.get("TopicName", ""))):
            return 400, "BadRequestException", f"Invalid topic name: {t.get('TopicName')!r}."
    return None


def opted_out(contact: dict[str, Any], topic: str, default: str = "OPT_IN") -> bool:
    if contact.get("UnsubscribeAll"):
        return True
    for pref in contact.get("TopicPreferences") or []:
        if pref.get("TopicName") == topic:
            return bool(pref.get("SubscriptionStatus") == "OPT_OUT")
    return default == "OPT_OUT"


def ses_delivered(raw: bytes, recipient: str, topic: str) -> bytes:
    """The message as SES sends it with list management: its own List-Unsubscribe pair
    instead of the sender's, and the placeholder replaced."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines: list[bytes] = []
    skipping = False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and skipping:
            continue
        skipping = line.lower().startswith((b"list-unsubscribe:", b"list-unsubscribe-post:"))
        if not skipping:
            lines.append(line)
    token = hashlib.sha1(f"{recipient}/{topic}".encode()).hexdigest()[:16]
    url = f"https://unsubscribe.example-ses.test/{token}".encode()
    lines += [
        b"List-Unsubscribe: <" + url + b">",
        b"List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body.replace(SES_PLACEHOLDER, url)


DEST = re.compile(r"^/v2/email/configuration-sets/([^/]+)/event-destinations(?:/([^/?]+))?")
IDENTITY = re.compile(r"^/v2/email/identities/([^/?]+)(/mail-from)?/?(?:\?.*)?$")


def make_handler(upstream: str, state: ShimState) -> type[BaseHTTPRequestHandler]:
    class Shim(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return None

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))

        def do_GET(self) -> None:
            if self._contacts("GET", b""):
                return None
            if self.path.split("?")[0] == SUPPRESSED:
                with state.lock:
                    items = [
                        {"EmailAddress": a, "Reason": r, "LastUpdateTime": 1_700_000_000}
                        for a, r in sorted(state.account_suppressed.items())
                    ]
                return self._json(200, {"SuppressedDestinationSummaries": items})
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
            if self._contacts("POST", body):
                return None
            if self.path.split("?")[0] == "/v2/email/outbound-emails":
                return self._send_email(body)
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
            if self._contacts("PUT", body):
                return None
            if self.path.split("?")[0] == SUPPRESSED:
                sent = json.loads(body or b"{}")
                with state.lock:
                    state.account_suppressed[sent["EmailAddress"]] = sent["Reason"]
                return self._json(200, {})
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

        # -- list management ---------------------------------------------------------
        def _contacts(self, method: str, body: bytes) -> bool:
            """Handle a list-management request; False when it is none."""
            found = contact_operation(method, self.path)
            if found is None:
                return False
            op, name, _email = found
            if op in state.deny:
                self._error(
                    403, "AccessDeniedException", f"User is not authorized to perform: ses:{op}"
                )
                return True
            sent = json.loads(body or b"{}") if body else {}
            if op == "CreateContactList":
                status, data, _ = self._upstream("GET", "/v2/email/contact-lists")
                if json.loads(data or b"{}").get("ContactLists"):
                    self._error(400, "LimitExceededException", "Only one contact list per account.")
                    return True
            if op in ("CreateContactList", "UpdateContactList"):
                problem = topic_problem(list(sent.get("Topics") or []))
                if problem:
                    self._error(*problem)
                    return True
            if op == "CreateContact":
                target = f"/v2/email/contact-lists/{urllib.parse.quote(name)}/contacts/"
                target += urllib.parse.quote(str(sent.get("EmailAddress", "")), safe="")
                status, _, _ = self._upstream("GET", target)
                if status == 200:
                    self._error(400, "AlreadyExistsException", "Contact already exists.")
                    return True
            if op == "ListContacts":
                self._list_contacts(name, sent)
                return True
            self._raw(*self._forward(method, body))
            return True

        def _list_contacts(self, name: str, sent: dict[str, Any]) -> None:
            path = f"/v2/email/contact-lists/{urllib.parse.quote(name)}/contacts/list"
            status, data, headers = self._upstream("POST", path, b"{}")
            if status != 200:
                return self._raw(status, data, headers)
            contacts = json.loads(data or b"{}").get("Contacts", [])
            query = sent.get("Filter") or {}
            if query:
                wanted = query.get("FilteredStatus", "OPT_IN")
                topic = (query.get("TopicFilter") or {}).get("TopicName", "")
                use_default = (query.get("TopicFilter") or {}).get(
                    "UseDefaultIfPreferenceUnavailable", False
                )
                default = self._default(name, topic) if use_default else ""

                def keep(c: dict[str, Any]) -> bool:
                    prefs = {
                        p["TopicName"]: p["SubscriptionStatus"]
                        for p in c.get("TopicPreferences") or []
                    }
                    status_now = prefs.get(topic) or default
                    return bool(status_now == wanted)

                contacts = [c for c in contacts if keep(c)]
            start = int(sent.get("NextToken") or 0)
            size = int(sent.get("PageSize") or 1000)
            page = contacts[start : start + size]
            reply: dict[str, Any] = {"Contacts": page}
            if start + size < len(contacts):
                reply["NextToken"] = str(start + size)
            self._json(200, reply)

        def _default(self, name: str, topic: str) -> str:
            _, data, _ = self._upstream(
                "GET", f"/v2/email/contact-lists/{urllib.parse.quote(name)}"
            )
            for t in json.loads(data or b"{}").get("Topics") or []:
                if t.get("TopicName") == topic:
                    return str(t.get("DefaultSubscriptionStatus", ""))
            return ""

        def _send_email(self, body: bytes) -> None:
            status, data, headers = self._forward("POST", body)
            if status == 200:
                sent = json.loads(body or b"{}")
                raw = base64.b64decode(sent.get("Content", {}).get("Raw", {}).get("Data", ""))
                options = sent.get("ListManagementOptions")
                to = (sent.get("Destination", {}).get("ToAddresses") or [""])[0]
                with state.lock:
                    state.sent.append({**sent, "raw": raw})
                if options:
                    self._emulate_list_management(raw, to, options)
                else:
                    with state.lock:
                        state.delivered.append(raw)
            return self._raw(status, data, headers)

        def _emulate_list_management(self, raw: bytes, to: str, options: dict[str, str]) -> None:
            name, topic = options["ContactListName"], options.get("TopicName", "")
            path = f"/v2/email/contact-lists/{urllib.parse.quote(name)}/contacts/"
            status, data, _ = self._upstream("GET", path + urllib.parse.quote(to, safe=""))
            contact = json.loads(data or b"{}") if status == 200 else {}
            with state.lock:
                if contact and opted_out(contact, topic):
                    state.dropped.append(to)  # SES does not deliver it
                else:
                    state.delivered.append(ses_delivered(raw, to, topic))

        def _upstream(
            self, method: str, path: str, body: bytes = b""
        ) -> tuple[int, bytes, dict[str, str]]:
            saved = self.path
            self.path = path
            try:
                return self._forward(method, body)
            finally:
                self.path = saved

        def _error(self, status: int, code: str, message: str) -> None:
            data = json.dumps({"message": message}).encode()
            self._raw(status, data, {"Content-Type": "application/json", "x-amzn-ErrorType": code})

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
