"""The repeat check: which recipients of a campaign about to be sent already received
the same template (or the same subject) from an earlier campaign in a recent window.

Answered by SQL over the journal, never by reading every earlier row into Python: the
addresses to check go to SQLite as one JSON array (``json_each``), the earlier
campaigns' received rows are grouped by address in a subquery, and only the matches
come back: 100,000 addresses against 100,000 earlier rows take about a second on two
busy cores (``bench/bench_repeats.py``), whatever the journal's size otherwise.

"Received" is ``states.RECEIVED`` (sent, delivered, complained), and, in a campaign
sending now (``states.SENDING_NOW``), a row still to go (``states.ABOUT_TO_RECEIVE``):
a second send of a list while the first still runs skips those too. The time of a row
is its last update (when it was sent, or its delivery event a little later). Addresses
are compared as SQLite's ``lower()`` makes them on both sides (ASCII case only), the
way the same address is written in two files.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailer.states import ABOUT_TO_RECEIVE, RECEIVED, SENDING_NOW, RowState

if TYPE_CHECKING:
    from mailer.store.journal import Journal

SUBJECT_PART = "subject.txt"


@dataclass(frozen=True, slots=True)
class Repeat:
    """An earlier receipt of one address."""

    campaign_id: int  # the earlier campaign (the latest, if several)
    when: float  # epoch of that row's last update
    sending: bool = False  # not received yet: that campaign is sending it now


def similar_campaigns(
    journal: Journal,
    template_name: str,
    subject: str,
    *,
    since: float,
    exclude: Collection[int] = (),
) -> list[int]:
    """Campaigns (newest first, ``exclude`` left out) made from a template of the same
    name, or - among those active since ``since`` - with the same subject source."""
    name = template_name
    rows = journal._query(
        "SELECT id, template_name = ?,"
        " CASE WHEN template_name != ? AND updated >= ? THEN template END"
        " FROM campaigns WHERE template_name = ? OR updated >= ?"
        " ORDER BY id DESC",
        (name, name, since, name, since),
    )
    return [
        cid
        for cid, same_name, blob in rows
        if cid not in exclude and (same_name or _subject(blob) == subject)
    ]


def _subject(blob: object) -> str | None:
    """The subject source in a stored template snapshot (None: unreadable)."""
    if isinstance(blob, bytes):
        blob = blob.decode("utf-8", "replace")
    if not isinstance(blob, str):
        return None
    try:
        data = json.loads(blob)
        value = data["sources"][f"{data['name']}/{SUBJECT_PART}"]
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, str) else None


def find_repeats(
    journal: Journal, emails: Sequence[str], campaigns: Sequence[int], *, since: float
) -> dict[int, Repeat]:
    """Positions in ``emails`` whose address received one of ``campaigns`` since ``since``."""
    if not emails or not campaigns:
        return {}
    found = _overlap(
        journal, "SELECT key, value FROM json_each(?)", [json.dumps(emails)], campaigns, since
    )
    return found


def stored_repeats(
    journal: Journal, campaign_id: int, campaigns: Sequence[int], *, since: float
) -> dict[int, Repeat]:
    """Pending rows (by idx) of a stored campaign whose address received one of
    ``campaigns`` since ``since``: the check again, for a draft sent later."""
    if not campaigns:
        return {}
    probe = "SELECT idx AS key, email AS value FROM recipients WHERE campaign_id = ? AND state = ?"
    return _overlap(journal, probe, [campaign_id, RowState.PENDING.value], campaigns, since)


def _overlap(
    journal: Journal,
    probe: str,
    probe_params: Sequence[object],
    campaigns: Sequence[int],
    since: float,
) -> dict[int, Repeat]:
    ids = ",".join("?" * len(campaigns))
    states = ",".join("?" * len(RECEIVED))
    running = ",".join("?" * len(SENDING_NOW))
    to_go = ",".join("?" * len(ABOUT_TO_RECEIVE))
    # ``prior`` is materialised once, grouped by address (the latest receipt wins), and
    # SQLite builds an automatic index on it for the join; the probe is read once.
    rows = journal._query(
        "WITH active AS MATERIALIZED ("
        f"  SELECT id FROM campaigns WHERE id IN ({ids}) AND status IN ({running})),"
        " prior AS MATERIALIZED ("
        "  SELECT lower(email) AS address, campaign_id, MAX(updated) AS at,"
        f"   MIN(state NOT IN ({states})) AS sending FROM recipients"
        f"  WHERE campaign_id IN ({ids}) AND updated >= ? AND (state IN ({states})"
        f"   OR (state IN ({to_go}) AND campaign_id IN (SELECT id FROM active)))"
        "  GROUP BY lower(email)),"
        f" probe AS MATERIALIZED ({probe})"
        " SELECT probe.key, prior.campaign_id, prior.at, prior.sending FROM probe"
        " JOIN prior ON prior.address = lower(probe.value)",
        (
            *campaigns,
            *sorted(s.value for s in SENDING_NOW),
            *sorted(s.value for s in RECEIVED),
            *campaigns,
            since,
            *sorted(s.value for s in RECEIVED),
            *sorted(s.value for s in ABOUT_TO_RECEIVE),
            *probe_params,
        ),
    )
    return {int(key): Repeat(int(cid), float(at), bool(sending)) for key, cid, at, sending in rows}
