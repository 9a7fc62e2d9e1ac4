"""The campaigns table: one row per campaign with its snapshot and settings.

A campaign is created with a snapshot of its template (a resumed campaign renders
the same messages even if the files changed) and of its recipient rows (those are
the ``recipients`` table: ``mailer.store.rows``), in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from mailer.errors import CampaignDamaged, CampaignNotFound, JournalError
from mailer.states import NO_REASON, CampaignStatus, Reason, error_reason
from mailer.store.damage import campaign_damaged, is_int, is_number, json_value, text_list
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
    # Set only by ``all()`` for a campaign whose stored values are damaged: the sentence
    # (also its reason); it is listed as stopped, and ``get()`` raises CampaignDamaged.
    damage: str = ""


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
            # Never an id a deleted campaign had: its sends stay in the send log.
            cur = db.execute(
                "INSERT INTO campaigns (id, uid, name, created, updated, status, source,"
                " template_name, template, columns, email_column, settings, total)"
                " VALUES ((SELECT MAX(COALESCE((SELECT MAX(id) FROM campaigns), 0),"
                " COALESCE((SELECT MAX(id) FROM deleted_campaigns), 0)) + 1),"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        """Every campaign, newest first; a damaged one is listed too (see ``damage``), so
        one bad campaign does not hide the others."""
        rows = self._journal._query(f"SELECT {_COLUMNS} FROM campaigns ORDER BY id DESC")
        found = []
        for row in rows:
            try:
                found.append(_summary(row, self._journal.path))
            except CampaignDamaged as exc:
                found.append(damaged_summary(row, exc))
        return found

    def get(self, campaign_id: int) -> CampaignSummary:
        rows = self._journal._query(
            f"SELECT {_COLUMNS} FROM campaigns WHERE id = ?", (campaign_id,)
        )
        if not rows:
            raise self._missing(campaign_id)
        return _summary(rows[0], self._journal.path)

    def require(self, campaign_id: int) -> None:
        """JournalError unless the campaign exists (damaged or not)."""
        if not self._journal._query("SELECT 1 FROM campaigns WHERE id = ?", (campaign_id,)):
            raise self._missing(campaign_id)

    def _missing(self, campaign_id: int) -> JournalError:
        return CampaignNotFound(
            f"There is no campaign {campaign_id} in {self._journal.path}; "
            "`mailer campaigns` lists the campaigns there are."
        )

    def template_snapshot(self, campaign_id: int) -> bytes:
        rows = self._journal._query(
            "SELECT template, name FROM campaigns WHERE id = ?", (campaign_id,)
        )
        if not rows:
            self.get(campaign_id)  # raises the user-facing error
        data, name = rows[0]
        if isinstance(data, str):  # a blob that became text: still worth a try
            data = data.encode("utf-8")
        if not isinstance(data, bytes):
            raise self._damaged(campaign_id, name, "its saved template cannot be read")
        return data

    def template(self, campaign_id: int) -> TemplateSet:
        """The template as it was when the campaign was created."""
        from mailer.content.templates import TemplateSet
        from mailer.errors import TemplateError

        try:
            return TemplateSet.from_snapshot(self.template_snapshot(campaign_id))
        except TemplateError as exc:
            raise self._damaged(
                campaign_id, self.get(campaign_id).name, "its saved template cannot be read"
            ) from exc

    @overload
    def columns(self, campaign_id: int) -> list[str]: ...
    @overload
    def columns(self, campaign_id: int, *, damaged_ok: bool) -> list[str] | None: ...

    def columns(self, campaign_id: int, *, damaged_ok: bool = False) -> list[str] | None:
        """The recipient file's column names, in order (the cells of each row follow it).
        Damaged: CampaignDamaged, or None with ``damaged_ok`` (the export numbers them)."""
        rows = self._journal._query(
            "SELECT columns, name FROM campaigns WHERE id = ?", (campaign_id,)
        )
        if not rows:
            return []
        names = text_list(json_value(rows[0][0])[0])
        if names is None:
            if damaged_ok:
                return None
            raise self._damaged(campaign_id, rows[0][1], "its column names cannot be read")
        return names

    def _damaged(self, campaign_id: int, name: object, what: str) -> CampaignDamaged:
        return campaign_damaged(self._journal.path, campaign_id, name, what)

    def delete(self, campaign_id: int) -> int:
        """Remove a campaign with its recipient rows and delivery events, in one
        transaction; returns the rows removed. The send log keeps its sends (the rolling
        24-hour quota counts them) and the suppression list is not touched. The caller
        holds the campaign's lock (``service.delete_campaign``)."""
        self.require(campaign_id)
        with self._journal.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO deleted_campaigns (id, uid, deleted)"
                " SELECT id, CAST(uid AS TEXT), ? FROM campaigns WHERE id = ?",
                (time.time(), campaign_id),
            )
            removed = 0
            # Every table of the campaign's (recipients, events, quota holds, report
            # tallies, schedules ...): found by its campaign_id column, none forgotten.
            for table in _campaign_tables(db):
                cur = db.execute(f'DELETE FROM "{table}" WHERE campaign_id = ?', (campaign_id,))
                removed += cur.rowcount if table == "recipients" else 0
            db.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
            return removed

    def replace_template(self, campaign_id: int, template: TemplateSet) -> None:
        """A campaign that has not started gets another template (an A/B test's winner)."""
        with self._journal.transaction() as db:
            db.execute(
                "UPDATE campaigns SET template = ?, template_name = ?, updated = ? WHERE id = ?",
                (template.snapshot(), template.name, time.time(), campaign_id),
            )

    def update_settings(self, campaign_id: int, **changes: Any) -> None:
        """Merge ``changes`` into a campaign's settings (a schedule, say), in one step."""
        with self._journal.transaction() as db:
            rows = db.execute(
                "SELECT settings FROM campaigns WHERE id = ?", (campaign_id,)
            ).fetchall()
            if not rows:
                raise self._missing(campaign_id)
            settings, wrong = _settings(rows[0][0])
            if wrong:
                raise self._damaged(campaign_id, "", wrong)
            settings.update(changes)
            db.execute(
                "UPDATE campaigns SET settings = ?, updated = ? WHERE id = ?",
                (json.dumps(settings, ensure_ascii=False), time.time(), campaign_id),
            )

    def set_archived(self, campaign_id: int, archived: bool) -> None:
        """Archive (hide from the default lists) or bring back a campaign."""
        self.require(campaign_id)
        with self._journal.transaction() as db:
            if archived:
                db.execute(
                    "INSERT OR IGNORE INTO archived_campaigns (campaign_id, archived)"
                    " VALUES (?, ?)",
                    (campaign_id, time.time()),
                )
            else:
                db.execute("DELETE FROM archived_campaigns WHERE campaign_id = ?", (campaign_id,))

    def archived(self) -> set[int]:
        """The ids of the archived campaigns."""
        return {r[0] for r in self._journal._query("SELECT campaign_id FROM archived_campaigns")}

    def set_status(
        self, campaign_id: int, status: CampaignStatus, reason: Reason = NO_REASON
    ) -> None:
        with self._journal.transaction() as db:
            db.execute(
                "UPDATE campaigns SET status = ?, reason = ?, updated = ? WHERE id = ?",
                (status, reason.encode(), time.time(), campaign_id),
            )


_COLUMNS = "id, uid, name, created, updated, status, reason, source, template_name, total, settings"
# Kept when a campaign is deleted: the rolling 24-hour quota counts its sends.
_KEPT_ON_DELETE = frozenset({"send_log"})


def _campaign_tables(db: sqlite3.Connection) -> list[str]:
    """Tables with a campaign_id column, but the ones kept when a campaign is deleted."""
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [
        name
        for name in names
        if name not in _KEPT_ON_DELETE
        and any(col[1] == "campaign_id" for col in db.execute(f'PRAGMA table_info("{name}")'))
    ]


def _summary(row: Sequence[Any], path: Path) -> CampaignSummary:
    """A stored campaign, checked: CampaignDamaged names what is wrong."""
    cid, uid, name, created, updated, status, why, source, template_name, total, stored = row
    settings, wrong = _settings(stored)
    checks = (
        (all(isinstance(v, str) for v in (uid, name, source, template_name)), "a name is not text"),
        (status in _STATUSES, f"its status {status!r} is unknown"),
        (is_number(created) and is_number(updated), "its times are not numbers"),
        (is_int(total) and total >= 0, "its number of recipients is not a number"),
        (not wrong, wrong),
    )
    problem = next((what for ok, what in checks if not ok), "")
    if problem:
        raise campaign_damaged(path, cid, name, problem)
    return CampaignSummary(
        id=cid,
        uid=uid,
        name=name,
        created=created,
        updated=updated,
        status=CampaignStatus(status),
        reason=Reason.decode(why if isinstance(why, str) else ""),
        source=source,
        template_name=template_name,
        total=total,
        settings=settings,
    )


def damaged_summary(row: Sequence[Any], exc: CampaignDamaged) -> CampaignSummary:
    """A damaged campaign for the listing: stopped, its reason the damage sentence."""
    cid, uid, name, created, updated, _status, _why, source, template_name, total, _ = row

    def text(value: object) -> str:
        return value if isinstance(value, str) else ""

    return CampaignSummary(
        id=cid,
        uid=text(uid),
        name=text(name),
        created=created if is_number(created) else 0.0,
        updated=updated if is_number(updated) else 0.0,
        status=CampaignStatus.STOPPED,
        reason=error_reason(exc),
        source=text(source),
        template_name=text(template_name),
        total=total if is_int(total) and total >= 0 else 0,
        settings={},
        damage=str(exc),
    )


_STATUSES = frozenset(s.value for s in CampaignStatus)


def _settings(stored: object) -> tuple[dict[str, Any], str]:
    """A campaign's settings, or ({}, what is wrong): the sender, profile and number of
    connections that ``sending.plan`` and the runner build from them."""
    from mailer.content.message import SenderSettings

    value, wrong = json_value(stored)
    if wrong:
        return {}, f"its settings are {wrong}"
    if not isinstance(value, dict):
        return {}, "its settings are not a JSON object"
    sender = value.get("sender")
    known = {f.name for f in fields(SenderSettings)}
    if not (
        isinstance(sender, dict)
        and isinstance(sender.get("from_addr"), str)
        and set(sender) <= known
        and all(isinstance(sender.get(k, ""), str) for k in ("from_name", "reply_to"))
        and text_list(list(sender.get("unsubscribe", []))) is not None
    ):
        return {}, "its sender settings cannot be read"
    if not isinstance(value.get("profile", {}), dict):
        return {}, "its sending profile cannot be read"
    workers = value.get("concurrency")
    if workers is not None and not is_int(workers):
        return {}, "its number of connections is not a number"
    return value, ""
