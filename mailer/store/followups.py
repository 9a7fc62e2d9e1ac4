"""Who of a campaign's recipients to send again to: non-openers, openers, clickers,
soft-bounced, in doubt. One SQL query per group over the rows and their events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mailer.content.recipients import RecipientTable
from mailer.errors import ErrorCode, InputError
from mailer.states import NO_REASON, EventKind, FollowUp, RowState, RowStatus
from mailer.store.damage import json_value, row_damaged, text_list

if TYPE_CHECKING:
    from mailer.store.journal import Journal

# Reached: sent, or delivered. A bounce (soft bounces have their own group) or a
# complaint is never offered again as an opener or non-opener, whatever they opened.
_REACHED = (RowState.SENT.value, RowState.DELIVERED.value)


@dataclass(frozen=True)
class FollowUpRow:
    line: int
    email: str
    cells: list[str]


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


def _query(group: FollowUp, link: str | None) -> tuple[str, list[object]]:
    """WHERE clause (after campaign_id = ?) and its parameters, per group."""
    reached = f"r.state IN ({_marks(_REACHED)})"
    opened = (
        "EXISTS (SELECT 1 FROM events e WHERE e.campaign_id = r.campaign_id AND e.idx = r.idx"
        " AND e.kind IN (?, ?))"  # a click is an open too: the pixel may have been blocked
    )
    clicked = (
        "EXISTS (SELECT 1 FROM events e WHERE e.campaign_id = r.campaign_id AND e.idx = r.idx"
        " AND e.kind = ?" + (" AND e.link = ?" if link else "") + ")"
    )
    states: list[object] = list(_REACHED)
    opens: list[object] = [EventKind.OPEN.value, EventKind.CLICK.value]
    clicks: list[object] = [EventKind.CLICK.value, *([link] if link else [])]
    queries: dict[FollowUp, tuple[str, list[object]]] = {
        FollowUp.NON_OPENERS: (f"{reached} AND NOT {opened}", [*states, *opens]),
        FollowUp.OPENERS: (f"{reached} AND {opened}", [*states, *opens]),
        FollowUp.CLICKERS: (f"{reached} AND {clicked}", [*states, *clicks]),
        FollowUp.SOFT_BOUNCED: ("r.state = ?", [RowState.SOFT_BOUNCED.value]),
        FollowUp.IN_DOUBT: ("r.state = ?", [RowState.UNKNOWN.value]),
    }
    return queries[group]


def followup_rows(
    journal: Journal, campaign_id: int, group: FollowUp, link: str | None = None
) -> list[FollowUpRow]:
    """The rows of ``campaign_id`` in ``group`` (file order), with their cells."""
    where, params = _query(group, link)
    rows = journal._query(
        "SELECT r.line, r.idx, r.email, r.data FROM recipients r"
        f" WHERE r.campaign_id = ? AND {where} ORDER BY r.idx",
        (campaign_id, *params),
    )
    out = []
    for line, idx, email, data in rows:
        cells = text_list(json_value(data)[0])
        if cells is None:  # a damaged row is named, never dropped in silence
            raise row_damaged(journal.path, campaign_id, line, idx, "its cells cannot be read")
        out.append(FollowUpRow(int(line), str(email), cells))
    return out


def recorded_events(journal: Journal, campaign_id: int, kind: EventKind) -> int:
    """How many events of a kind the campaign recorded (0 opens: tracking was off)."""
    rows = journal._query(
        "SELECT COUNT(*) FROM events WHERE campaign_id = ? AND kind = ?",
        (campaign_id, kind.value),
    )
    return int(rows[0][0])


_NEEDS_OPENS = (FollowUp.NON_OPENERS, FollowUp.OPENERS)


def followup_table(
    journal: Journal,
    campaign_id: int,
    group: FollowUp,
    link: str | None = None,
    topic: str | None = None,
) -> RecipientTable:
    """A recipient table of the group, for a new campaign ("Send again to ...").

    Addresses suppressed since (bounced, complained, unsubscribed) are marked so; the
    file lines are the first campaign's. Refused with a sentence when the group cannot
    be told (no opens recorded: open tracking was off) or is empty."""
    campaign = journal.campaigns.get(campaign_id)
    if group in _NEEDS_OPENS and not recorded_events(journal, campaign_id, EventKind.OPEN):
        raise InputError(
            f"Campaign {campaign_id} recorded no opens, so openers and non-openers cannot "
            "be told apart (open tracking was off, or no events came back yet). Turn on "
            "open tracking (mailer track --setup --open-click) for the next campaign.",
            code=ErrorCode.NO_OPENS_RECORDED,
            params={"campaign": campaign_id},
        )
    rows = followup_rows(journal, campaign_id, group, link)
    if not rows:
        who = f"{group.value} of {link}" if link else group.value
        raise InputError(
            f"Campaign {campaign_id} has no recipients among the {who}.",
            code=ErrorCode.FOLLOWUP_EMPTY,
            params={"campaign": campaign_id, "group": group.value, "link": link or ""},
        )
    columns = journal.campaigns.columns(campaign_id)
    email_column = _email_column(journal, campaign_id, columns)
    blocked = journal.suppression.blocked(topic)  # as loading a file would skip them
    reasons = [blocked.get(r.email.lower(), NO_REASON) for r in rows]
    statuses = [RowStatus.VALID if not r else RowStatus.SUPPRESSED for r in reasons]
    return RecipientTable(
        source=Path(campaign.source),
        columns=columns,
        email_column=email_column,
        encoding="journal",
        delimiter=None,
        cells=[list(column) for column in zip(*(r.cells for r in rows), strict=True)],
        emails=[r.email for r in rows],
        lines=[r.line for r in rows],
        statuses=statuses,
        reasons=reasons,
    )


def _email_column(journal: Journal, campaign_id: int, columns: list[str]) -> str:
    rows = journal._query("SELECT email_column FROM campaigns WHERE id = ?", (campaign_id,))
    name = str(rows[0][0]) if rows else ""
    return name if name in columns else (columns[0] if columns else "email")


def clicked_links(journal: Journal, campaign_id: int) -> list[str]:
    """The links recipients of a campaign clicked, most clicked first."""
    rows = journal._query(
        "SELECT link, COUNT(DISTINCT idx) AS n FROM events WHERE campaign_id = ? AND kind = ?"
        " AND link IS NOT NULL AND link != '' GROUP BY link ORDER BY n DESC, link",
        (campaign_id, EventKind.CLICK.value),
    )
    return [str(r[0]) for r in rows]
