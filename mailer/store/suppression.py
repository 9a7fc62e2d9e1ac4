"""The suppression list: addresses never to send to again (lower-case).

Hard bounces and complaints are added by the delivery events (``mailer.store.events``),
others by hand or from the SES account list (`mailer suppressions`). A campaign skips a
suppressed address when it is created and, while it runs, once it is suppressed.

Unsubscribes are kept beside it (``unsubscribes``: address, topic, when, source), per
SES topic (an audience) or for everything (topic ""). They come from SES's
SUBSCRIPTION events and its contact list (``mailer.aws.subscriptions``); the first
one recorded wins and only ``resubscribe`` (the user's explicit act) removes one, so
a sync that runs twice or after a restart never flips a row back to subscribed.
``audience_contacts`` remembers which addresses were created in SES's contact list.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from mailer.states import Reason, ReasonCode, SuppressionKind

if TYPE_CHECKING:
    from mailer.store.journal import Journal


class SuppressionStore:
    """``journal.suppression``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def addresses(self) -> set[str]:
        return {r[0] for r in self._journal._query("SELECT email FROM suppression")}

    def entries(self) -> list[tuple[str, str, float]]:
        """(address, why, when added) for every suppressed address."""
        return [
            tuple(r) for r in self._journal._query("SELECT email, reason, added FROM suppression")
        ]

    def add(self, addresses: Iterable[str], reason: str) -> int:
        """Suppress addresses (normalised; already listed ones keep their reason).
        Returns how many were new."""
        now = time.time()
        with self._journal.transaction() as db:
            before = db.total_changes
            suppress(db, ((a.strip().lower(), reason, now) for a in addresses if a.strip()))
            return db.total_changes - before

    def remove(self, address: str) -> bool:
        with self._journal.transaction() as db:
            return (
                db.execute(
                    "DELETE FROM suppression WHERE email = ?", (address.strip().lower(),)
                ).rowcount
                > 0
            )

    # -- unsubscribes ----------------------------------------------------------------

    def unsubscribe(self, entries: Iterable[Unsubscribe]) -> int:
        """Record unsubscribes (idempotent: one already recorded keeps its first time).
        Returns how many were new."""
        with self._journal.transaction() as db:
            return record_unsubscribes(db, entries)

    def resubscribe(self, address: str, topic: str | None = None) -> int:
        """The user's explicit re-subscription (they must have the person's consent):
        removes the unsubscribe for ``topic`` (None: every one of the address)."""
        email = address.strip().lower()
        with self._journal.transaction() as db:
            if topic is None:
                cur = db.execute("DELETE FROM unsubscribes WHERE email = ?", (email,))
            else:
                cur = db.execute(
                    "DELETE FROM unsubscribes WHERE email = ? AND topic = ?", (email, topic)
                )
            return cur.rowcount

    def unsubscribes(self) -> list[Unsubscribe]:
        return [
            Unsubscribe(str(e), str(t), float(a), str(s))
            for e, t, a, s in self._journal._query(
                "SELECT email, topic, added, source FROM unsubscribes ORDER BY added, email"
            )
        ]

    def blocked(self, topic: str | None = None) -> dict[str, Reason]:
        """Every address a campaign must skip, with why: suppressed ones, and ones that
        unsubscribed from ``topic`` or from everything. Without a topic (no audience:
        plain SMTP, the outbox) any unsubscribe counts: the person said no to this
        sender's mail, and honouring it is the safe side."""
        found: dict[str, Reason] = {a: _SUPPRESSED for a in self.addresses()}
        for entry in self.unsubscribes():
            if topic is not None and entry.topic not in ("", topic):
                continue
            current = found.get(entry.email)
            if current is None or (current.code is ReasonCode.UNSUBSCRIBED and not entry.topic):
                found[entry.email] = entry.reason()  # "everything" is the clearer reason
        return found

    # -- contacts created in SES's contact list ----------------------------------------

    def known_contacts(self, contact_list: str) -> set[str]:
        return {
            r[0]
            for r in self._journal._query(
                "SELECT email FROM audience_contacts WHERE contact_list = ?", (contact_list,)
            )
        }

    def add_contacts(self, contact_list: str, addresses: Iterable[str]) -> None:
        now = time.time()
        with self._journal.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO audience_contacts (contact_list, email, added)"
                " VALUES (?, ?, ?)",
                ((contact_list, a.strip().lower(), now) for a in addresses),
            )


@dataclass(frozen=True)
class Entry:
    """One line of the suppression list as shown: suppressed or unsubscribed."""

    email: str
    kind: SuppressionKind
    detail: str  # the stored reason text, or the topic ("" = everything) of an unsubscribe
    added: float
    source: str = ""


def listing(store: SuppressionStore) -> list[Entry]:
    """Every suppressed address and every unsubscribe, oldest first."""
    found = [Entry(e, _kind(r), r, a) for e, r, a in store.entries()]
    found += [
        Entry(u.email, SuppressionKind.UNSUBSCRIBED, u.topic, u.added, u.source)
        for u in store.unsubscribes()
    ]
    return sorted(found, key=lambda e: (e.added, e.email))


def _kind(reason: str) -> SuppressionKind:
    text = reason.lower()
    for prefix, kind in _KINDS:
        if text.startswith(prefix):
            return kind
    return SuppressionKind.OTHER


_KINDS = (
    ("hard bounce", SuppressionKind.BOUNCED),
    ("complaint", SuppressionKind.COMPLAINED),
    ("added by hand", SuppressionKind.MANUAL),
    ("ses account list", SuppressionKind.SES_ACCOUNT),
    ("unsubscribed", SuppressionKind.UNSUBSCRIBED),
)


@dataclass(frozen=True)
class Unsubscribe:
    """One unsubscribe: from ``topic`` ("" = every topic), at ``added`` (epoch seconds)."""

    email: str
    topic: str
    added: float
    source: str  # "ses-event" | "ses-contact-list" | "manual" | ...

    def reason(self) -> Reason:
        since = datetime.fromtimestamp(self.added, UTC).strftime("%Y-%m-%d")
        params = {"topic": self.topic, "since": since, "source": self.source}
        return Reason(ReasonCode.UNSUBSCRIBED, params)


_SUPPRESSED = Reason(ReasonCode.SUPPRESSED)


def record_unsubscribes(db: sqlite3.Connection, entries: Iterable[Unsubscribe]) -> int:
    """Insert unsubscribes inside the caller's transaction; returns how many were new."""
    before = db.total_changes
    db.executemany(
        "INSERT OR IGNORE INTO unsubscribes (email, topic, added, source) VALUES (?, ?, ?, ?)",
        ((u.email.strip().lower(), u.topic, u.added, u.source) for u in entries if u.email),
    )
    return db.total_changes - before


def suppress(db: sqlite3.Connection, entries: Iterable[tuple[str, str, float]]) -> None:
    """Insert (address, reason, added) entries, inside the caller's transaction;
    an address already listed keeps its first reason."""
    db.executemany(
        "INSERT OR IGNORE INTO suppression (email, reason, added) VALUES (?, ?, ?)", entries
    )
