"""Test sends: single messages sent to a test address from the preview.

Logged for the record, never counted as a campaign send nor against the quota.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from mailer.redaction import scrub

if TYPE_CHECKING:
    from mailer.store.journal import Journal


class TestSendLog:
    """``journal.test_sends``."""

    __test__ = False  # a store, not a pytest test class

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def log(self, profile: str, recipient: str, message_id: str, error: str = "") -> None:
        with self._journal.transaction() as db:
            db.execute(
                "INSERT INTO test_sends (time, profile, recipient, message_id, error)"
                " VALUES (?, ?, ?, ?, ?)",
                (time.time(), profile, recipient, message_id, scrub(error)),
            )

    def all(self) -> list[tuple[float, str, str, str, str]]:
        """(time, profile, recipient, message id, error) of every test send, oldest first."""
        return [
            tuple(r)
            for r in self._journal._query(
                "SELECT time, profile, recipient, message_id, error FROM test_sends ORDER BY id"
            )
        ]
