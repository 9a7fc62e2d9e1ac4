"""The campaigns comparison: each campaign's rates side by side, from the state
counts (an index count per campaign) and the event tallies, never the events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailer.errors import CampaignDamaged
from mailer.reports.figures import CampaignRates
from mailer.states import ACCEPTED, EventKind, RowState

if TYPE_CHECKING:
    from mailer.store.journal import Journal


def compare_campaigns(journal: Journal) -> list[CampaignRates]:
    """Every campaign that sent something, newest first."""
    firsts: dict[tuple[int, str], int] = {}
    for campaign_id, kind, n in journal._query(
        "SELECT campaign_id, kind, SUM(firsts) FROM event_counts GROUP BY campaign_id, kind"
    ):
        firsts[(int(campaign_id), str(kind))] = int(n)
    out = []
    for summary in sorted(journal.campaigns.all(), key=lambda c: -c.id):
        if summary.damage:
            continue  # listed on the campaigns page with its damage; nothing to compare
        try:
            counts = journal.rows.counts(summary.id)
        except CampaignDamaged:
            continue
        sent = sum(counts[s] for s in ACCEPTED)
        if not sent:
            continue
        delivered = counts[RowState.DELIVERED] + counts[RowState.COMPLAINED]

        def share(n: int, of: int) -> float | None:
            return n / of if of else None

        def unique(kind: EventKind, cid: int = summary.id) -> int:
            return firsts.get((cid, kind.value), 0)

        out.append(
            CampaignRates(
                campaign_id=summary.id,
                name=summary.name,
                created=summary.created,
                sent=sent,
                delivered=share(delivered, sent),
                hard_bounced=share(counts[RowState.BOUNCED], sent),
                complained=share(counts[RowState.COMPLAINED], sent),
                opened=share(unique(EventKind.OPEN), delivered),
                clicked=share(unique(EventKind.CLICK), delivered),
                unsubscribed=share(unique(EventKind.SUBSCRIPTION), delivered),
            )
        )
    return out
