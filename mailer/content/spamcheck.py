"""SpamAssassin's opinion of a message, when a spamd answers (``mailer check --spamassassin``).

spamd (Debian's ``spamassassin`` package, port 783) speaks a small HTTP-like
protocol: ``REPORT SPAMC/1.5``, a Content-length, a blank line and the message; it
answers ``SPAMD/1.1 0 EX_OK``, a ``Spam: True ; 7.3 / 5.0`` header and a report whose
table lists each rule hit with its points. We keep the score, the threshold and the
rules that add the most. Nothing is installed or started for it: no spamd, no score.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass

from mailer.errors import InputError

DEFAULT_PORT = 783
_SPAM = re.compile(rb"^Spam:\s*(\w+)\s*;\s*(-?[0-9.]+)\s*/\s*(-?[0-9.]+)", re.IGNORECASE | re.M)
_RULE = re.compile(r"^\s*(-?[0-9]+(?:\.[0-9]+)?)\s+([A-Z0-9_]+)\s+(.*)$")
_MAX_REPLY = 1 << 20


@dataclass(frozen=True)
class SpamRule:
    name: str
    points: float
    description: str


@dataclass(frozen=True)
class SpamScore:
    score: float
    threshold: float
    spam: bool
    rules: tuple[SpamRule, ...]  # the rules hit, most points first

    def top(self, count: int = 5) -> tuple[SpamRule, ...]:
        return tuple(r for r in self.rules if r.points > 0)[:count]


def parse_address(text: str) -> tuple[str, int]:
    """'host', 'host:port' or ':port' -> (host, port); localhost and 783 by default."""
    host, _, port = text.strip().rpartition(":") if ":" in text else (text.strip(), "", "")
    try:
        number = int(port) if port else DEFAULT_PORT
    except ValueError as exc:
        raise InputError(f"SpamAssassin address {text!r}: the port must be a number.") from exc
    return host or "127.0.0.1", number


def request(message: bytes) -> bytes:
    head = f"REPORT SPAMC/1.5\r\nContent-length: {len(message)}\r\n\r\n".encode("ascii")
    return head + message


def spam_score(
    message: bytes, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = 20
) -> SpamScore:
    """Ask spamd; InputError naming the host when it does not answer or answers badly."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(request(message))
            conn.shutdown(socket.SHUT_WR)
            chunks, size = [], 0
            while size <= _MAX_REPLY and (chunk := conn.recv(65536)):
                chunks.append(chunk)
                size += len(chunk)
    except OSError as exc:
        raise InputError(
            f"No SpamAssassin daemon answered at {host}:{port} ({exc.strerror or exc}); "
            "start spamd (Debian: apt install spamassassin) or leave out --spamassassin."
        ) from exc
    return parse_reply(b"".join(chunks), f"{host}:{port}")


def parse_reply(reply: bytes, where: str = "spamd") -> SpamScore:
    status = reply.split(b"\r\n", 1)[0].split(b"\n", 1)[0]
    parts = status.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith(b"SPAMD/") or parts[1] != b"0":
        shown = status.decode("ascii", "replace")[:120]
        raise InputError(f"SpamAssassin at {where} refused the check: {shown!r}.")
    header, _, body = reply.partition(b"\r\n\r\n")
    match = _SPAM.search(header)
    if match is None:
        raise InputError(f"SpamAssassin at {where} answered without a score.")
    spam = match.group(1).lower() in (b"true", b"yes")
    return SpamScore(
        float(match.group(2)), float(match.group(3)), spam, _rules(body.decode("utf-8", "replace"))
    )


def _rules(report: str) -> tuple[SpamRule, ...]:
    """The report's table (after the '---- ----' line): points, rule, description,
    descriptions continued on indented lines without points."""
    rules: list[SpamRule] = []
    in_table = False
    for line in report.splitlines():
        if line.startswith("----"):
            in_table = True
            continue
        if not in_table or not line.strip():
            continue
        match = _RULE.match(line)
        if match:
            rules.append(SpamRule(match.group(2), float(match.group(1)), match.group(3).strip()))
        elif rules and line.startswith(" "):
            last = rules[-1]
            rules[-1] = SpamRule(last.name, last.points, f"{last.description} {line.strip()}")
    return tuple(sorted(rules, key=lambda r: -r.points))


__all__ = ["DEFAULT_PORT", "SpamRule", "SpamScore", "parse_address", "parse_reply", "spam_score"]
