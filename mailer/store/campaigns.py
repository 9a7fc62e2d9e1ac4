"""The campaigns table: one row per campaign with its snapshot and settings.

A campaign is created with a snapshot of its template (a resumed campaign renders
the same messages even if the files changed) and of its recipient rows (those are
the ``recipients`` table: ``mailer.store.rows``), in one transaction.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mailer.errors import JournalError
from mailer.states import NO_REASON, CampaignStatus, Reason
from mailer.store.rows import insert_snapshot

if TYPE_CHECKING:
    from mailer.content.recipients import RecipientTable
    from mailer.content.templates import TemplateSet
    from mailer.store.journal import Journal


@dataclass(frozen=True, slots=True)
class CampaignSummary:
    id: int
    uid: str
    name: str
    created: float
    updated: float
    status: CampaignStatus
    reason: Reason
    source: str
    template_name: str
    total: int
    settings: dict[str, Any]


class CampaignStore:
    """``journal.campaigns``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def create(
        self,
        *,
        name: str,
        table: RecipientTable,
        template: TemplateSet,
        settings: dict[str, Any],
        skips: dict[int, Reason] | None = None,
    ) -> int:
        """Snapshot the table and template; valid rows start ``pending``, the others
        ``skipped`` with their reason (``skips`` adds reasons such as the sandbox)."""
        now = time.time()
        with self._journal.transaction() as db:
            cur = db.execute(
                "INSERT INTO campaigns (uid, name, created, updated, status, source, template_name,"
                " template, columns, email_column, settings, total)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uuid.uuid4().hex[:12],
                    name,
                    now,
                    now,
                    CampaignStatus.READY,
                    str(table.source),
                    template.name,
                    template.snapshot(),
                    json.dumps(table.columns, ensure_ascii=False),
                    table.email_column,
                    json.dumps(settings, ensure_ascii=False),
                    len(table),
                ),
            )
            campaign_id = int(cur.lastrowid or 0)
            insert_snapshot(db, campaign_id, table, skips or {}, now)
        return campaign_id

    def all(self) -> list[CampaignSummary]:
        """Every campaign, newest first."""
        rows = self._journal._query(f"SELECT {_COLUMNS} FROM campaigns ORDER BY id DESC")
        return [_summary(r) for r in rows]

    def get(self, campaign_id: int) -> CampaignSummary:
        rows = self._journal._query(
            f"SELECT {_COLUMNS} FROM campaigns WHERE id = ?", (campaign_id,)
        )
        if not rows:
            raise JournalError(
                f"There is no campaign {campaign_id} in {self._journal.path}; "
                "`mailer campaigns` lists the campaigns there are."
            )
        return _summary(rows[0])

    def template_snapshot(self, campaign_id: int) -> bytes:
        rows = self._journal._query("SELECT template FROM campaigns WHERE id = ?", (campaign_id,))
        if not rows:
            self.get(campaign_id)  # raises the user-facing error
        return bytes(rows[0][0])

    def columns(self, campaign_id: int) -> list[str]:
        """The recipient file's column names, in order (the cells of each row follow it)."""
        rows = self._journal._query("SELECT columns FROM campaigns WHERE id = ?", (campaign_id,))
        return list(json.loads(rows[0][0])) if rows else []

    def set_status(
        self, campaign_id: int, status: CampaignStatus, reason: Reason = NO_REASON
    ) -> None:
        with self._journal.transaction() as db:
            db.execute(
                "UPDATE campaigns SET status = ?, reason = ?, updated = ? WHERE id = ?",
                (status, reason.encode(), time.time(), campaign_id),
            )


_COLUMNS = "id, uid, name, created, updated, status, reason, source, template_name, total, settings"


def _summary(row: Sequence[Any]) -> CampaignSummary:
    return CampaignSummary(
        id=row[0],
        uid=row[1],
        name=row[2],
        created=row[3],
        updated=row[4],
        status=CampaignStatus(row[5]),
        reason=Reason.decode(row[6]),
        source=row[7],
        template_name=row[8],
        total=row[9],
        settings=json.loads(row[10]),
    )
