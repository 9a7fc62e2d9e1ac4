"""The suppression list: addresses never to send to again (lower-case).

Hard bounces and complaints are added by the delivery events (``mailer.store.events``),
others by hand or from the SES account list (`mailer suppressions`). A campaign skips a
suppressed address when it is created and, while it runs, once it is suppressed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

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


def suppress(db: sqlite3.Connection, entries: Iterable[tuple[str, str, float]]) -> None:
    """Insert (address, reason, added) entries, inside the caller's transaction;
    an address already listed keeps its first reason."""
    db.executemany(
        "INSERT OR IGNORE INTO suppression (email, reason, added) VALUES (?, ?, ?)", entries
    )
