"""`mailer report` in words: one campaign's figures, or every campaign's rates."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from rich.console import Console

from mailer.reports import (
    OPENS_NOTE,
    ABReport,
    CampaignRates,
    CampaignReport,
    Figure,
    Measure,
)

LABELS: dict[Measure, str] = {
    Measure.RECIPIENTS: "recipients",
    Measure.SENT: Measure.SENT.value,  # the word is the state's name
    Measure.DELIVERED: Measure.DELIVERED.value,  # the word is the state's name
    Measure.HARD_BOUNCED: "hard bounced",
    Measure.SOFT_BOUNCED: "soft bounced",
    Measure.COMPLAINED: Measure.COMPLAINED.value,  # the word is the state's name
    Measure.UNSUBSCRIBED: "unsubscribed",
    Measure.OPENED_UNIQUE: "opened (unique)",
    Measure.OPENED_TOTAL: "opens (total)",
    Measure.CLICKED_UNIQUE: "clicked (unique)",
    Measure.CLICKED_TOTAL: "clicks (total)",
    Measure.FAILED: Measure.FAILED.value,  # the word is the state's name
    Measure.IN_DOUBT: "in doubt",
    Measure.SKIPPED: Measure.SKIPPED.value,  # the word is the state's name
    Measure.NOT_SENT: "not sent yet",
}


def _pct(rate: float | None, digits: int = 1) -> str:
    return "-" if rate is None else f"{rate * 100:.{digits}f}%"


def _figure_line(f: Figure) -> str:
    label = LABELS[f.measure]
    if f.rate is None:
        return f"  {label:18} {f.count:>10,}"
    digits = 2 if f.measure in (Measure.COMPLAINED, Measure.UNSUBSCRIBED) else 1
    line = f"  {label:18} {f.count:>10,}  {_pct(f.rate, digits):>7} of {f.of:,} {f.base.value}"
    if f.review_level is not None:
        mark = "OVER" if f.over_review_level else "under"
        line += f"  ({mark} SES's review level {_pct(f.review_level, 1)})"
    return line


def show(r: CampaignReport, out: Console) -> None:
    def say(text: str = "") -> None:
        out.print(text, markup=False)

    say(f"campaign {r.campaign_id}: {r.name} ({r.status})")
    for f in r.figures:
        say(_figure_line(f))
    say(f"  {OPENS_NOTE}" if r.tracks_opens else "  No opens or clicks recorded: open and click "
        "tracking was off (mailer track --setup --open-click turns it on).")  # fmt: skip
    c = r.cost
    say(f"  cost: ${c.total:,.4f} ({c.messages:,} messages ${c.message_cost:,.4f}, "
        f"attachments ${c.attachment_cost:,.4f})")  # fmt: skip
    if r.ab is not None:
        _print_ab(r.ab, say)
    if r.links:
        say("\nlinks (unique / total clicks, click-through of delivered):")
        for k in r.links:
            url = k.url or "(not recorded)"
            say(f"  {k.clickers:>8,} {k.clicks:>8,} {_pct(k.click_through):>7}  {url}")
    if r.domains:
        say("\ndomains (sent, delivered, bounced, complained, opened):")
        for d in r.domains:
            say(
                f"  {d.group:24} {d.sent:>9,} {_pct(d.rate(d.delivered)):>7}"
                f" {_pct(d.rate(d.bounced)):>7} {_pct(d.rate(d.complained), 2):>7}"
                f" {_pct(d.rate(d.opened, on_delivered=True)):>7}"
            )
    if r.reasons:
        say("\nbounce and failure reasons (events, recipients, examples):")
        for n in r.reasons:
            what = " / ".join(x for x in (n.kind.value, n.bounce_type, n.subtype) if x)
            say(f"  {n.count:>7,} {n.recipients:>7,}  {what}: {n.diagnostic or '-'}")
            say(f"          e.g. {', '.join(n.examples)}")
    if r.timeline:
        say("\nper hour (UTC): sends, deliveries, opens, clicks")
        for h in r.timeline:
            when = time.strftime("%Y-%m-%d %H:00", time.gmtime(h.start))
            say(f"  {when}  {h.sends:>8,} {h.deliveries:>8,} {h.opens:>8,} {h.clicks:>8,}")


def _print_ab(ab: ABReport, say: Callable[[str], None]) -> None:
    """Each variant: sent, unique opens (or clicks), rate; the winner or when it is chosen."""
    say(
        f"\nA/B test ({ab.share * 100:g}% of the list per variant; the winner has the most "
        f"unique {ab.metric.value}):"
    )
    for v in ab.variants:
        mark = "  <- winner" if v.letter == ab.winner else ""
        mark += "  (this campaign)" if v.letter == ab.this else ""
        say(
            f"  {v.letter}  campaign {v.campaign_id:<5} {v.sent:>8,} sent {v.unique:>8,} "
            f"unique {ab.metric.value} {_pct(v.rate):>7}  {v.subject}{mark}"
        )
    rest = "this campaign" if not ab.this else f"campaign {ab.rest_id}"
    if ab.winner:
        decided = ", ".join(
            f"{v.letter} {v.decided_unique}/{v.decided_sent} ({_pct(v.decided_rate)})"
            for v in ab.variants
            if v.decided_sent is not None
        )
        say(f"  variant {ab.winner} won ({decided}) and went to the rest ({rest}).")
    elif ab.decide_at is not None:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(ab.decide_at))
        say(f"  the winner goes to the rest ({rest}) at {when} (local time).")


def compare(rows: list[CampaignRates], as_json: bool, out: Console) -> None:
    if as_json:
        data = [
            {
                "campaign": r.campaign_id, "name": r.name, "messages": r.sent,
                "delivered_rate": r.delivered, "hard_bounced_rate": r.hard_bounced,
                "complained_rate": r.complained, "opened_rate": r.opened,
                "clicked_rate": r.clicked, "unsubscribed_rate": r.unsubscribed,
            }
            for r in rows
        ]  # fmt: skip
        out.print(json.dumps(data, ensure_ascii=False), markup=False)
        return
    if not rows:
        out.print("no campaign has sent anything yet", markup=False)
    else:
        out.print(
            "  id  sent       delivered bounced complained opened  clicked  name", markup=False
        )
    for r in rows:
        out.print(
            f"{r.campaign_id:>4}  {r.sent:<10,} {_pct(r.delivered):>9} {_pct(r.hard_bounced):>7}"
            f" {_pct(r.complained, 2):>10} {_pct(r.opened):>7} {_pct(r.clicked):>7}  {r.name}",
            markup=False,
        )
