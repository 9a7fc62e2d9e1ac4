"""A report as JSON (``mailer report --json``) and as CSV (one file, a block per
section, each with its own header row: what a spreadsheet opens as it is)."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mailer.errors import InputError
from mailer.reports.ab import ABReport
from mailer.reports.figures import OPENS_NOTE, CampaignReport, Figure
from mailer.states import RowState

SENT = RowState.SENT.value  # the JSON key is the state's name


def _iso(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "count": f.count,
        "base": f.base.value or None,
        "of": f.of if f.base.value else None,
        "rate": f.rate,
        "review_level": f.review_level,
        "over_review_level": f.over_review_level,
    }


def to_json(report: CampaignReport) -> dict[str, Any]:
    c = report.cost
    return {
        "campaign": report.campaign_id,
        "name": report.name,
        "created": _iso(report.created),
        "status": report.status,
        "figures": {f.measure.value: _figure(f) for f in report.figures},
        "opens_note": OPENS_NOTE,
        "tracks_opens": report.tracks_opens,
        "timeline": [
            {
                "hour": _iso(h.start),
                "sends": h.sends,
                "deliveries": h.deliveries,
                "opens": h.opens,
                "clicks": h.clicks,
            }
            for h in report.timeline
        ],
        "links": [
            {"url": k.url, "unique": k.clickers, "total": k.clicks, "ctr": k.click_through}
            for k in report.links
        ],
        "domains": [
            {
                "group": d.group,
                "recipients": d.recipients,
                "messages": d.sent,
                "deliveries": d.delivered,
                "bounces": d.bounced,  # hard and soft
                "complaints": d.complained,
                "openers": d.opened,
                "delivered_rate": d.rate(d.delivered),
                "bounced_rate": d.rate(d.bounced),
                "complained_rate": d.rate(d.complained),
                "opened_rate": d.rate(d.opened, on_delivered=True),
            }
            for d in report.domains
        ],
        "reasons": [
            {
                "kind": r.kind.value,
                "type": r.bounce_type,
                "subtype": r.subtype,
                "diagnostic": r.diagnostic,
                "count": r.count,
                "recipients": r.recipients,
                "examples": list(r.examples),
            }
            for r in report.reasons
        ],
        "cost": {
            "messages": c.messages,
            "attachment_bytes_per_message": c.attachment_bytes,
            "messages_usd": round(c.message_cost, 6),
            "attachments_usd": round(c.attachment_cost, 6),
            "total_usd": round(c.total, 6),
        },
        "ab": _ab_json(report.ab),
    }


def _ab_json(ab: ABReport | None) -> dict[str, Any] | None:
    """The A/B test: each variant now and at the decision, and the winner (or null)."""
    if ab is None:
        return None
    return {
        "metric": ab.metric.value,
        "share": ab.share,
        "this_variant": ab.this or None,
        "rest_campaign": ab.rest_id,
        "winner": ab.winner or None,
        "decide_at": None if ab.decide_at is None else _iso(ab.decide_at),
        "variants": [
            {
                "campaign": v.campaign_id,
                "variant": v.letter,
                "subject": v.subject,
                SENT: v.sent,
                "unique": v.unique,
                "rate": v.rate,
                "at_decision": None
                if v.decided_sent is None
                else {SENT: v.decided_sent, "unique": v.decided_unique, "rate": v.decided_rate},
            }
            for v in ab.variants
        ],
    }


def _pct(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.2f}"


def csv_rows(report: CampaignReport) -> Iterator[list[Any]]:
    yield ["campaign", report.campaign_id, report.name]
    yield []
    yield ["figure", "count", "measured on", "of", "rate %", "SES review level %"]
    for f in report.figures:
        level = "" if f.review_level is None else _pct(f.review_level)
        yield [f.measure.value, f.count, f.base.value, f.of or "", _pct(f.rate), level]
    yield ["note", OPENS_NOTE]
    yield []
    yield ["hour (UTC)", "sends", "deliveries", "opens", "clicks"]
    for h in report.timeline:
        yield [_iso(h.start), h.sends, h.deliveries, h.opens, h.clicks]
    yield []
    yield ["link", "unique clicks", "total clicks", "click-through %"]
    for k in report.links:
        yield [k.url, k.clickers, k.clicks, _pct(k.click_through)]
    yield []
    yield [
        "domain",
        "recipients",
        "messages",
        "delivered %",
        "bounced %",
        "complained %",
        "opened %",
    ]
    for d in report.domains:
        yield [
            d.group,
            d.recipients,
            d.sent,
            _pct(d.rate(d.delivered)),
            _pct(d.rate(d.bounced)),
            _pct(d.rate(d.complained)),
            _pct(d.rate(d.opened, on_delivered=True)),
        ]
    yield []
    yield ["reason", "type", "subtype", "diagnostic", "events", "recipients", "examples"]
    for r in report.reasons:
        yield [
            r.kind.value,
            r.bounce_type,
            r.subtype,
            r.diagnostic,
            r.count,
            r.recipients,
            " ".join(r.examples),
        ]
    yield []
    if report.ab is not None:
        ab = report.ab
        yield ["A/B test", f"winner by unique {ab.metric.value}", "winner", ab.winner]
        yield ["variant", "campaign", "subject", SENT, "unique", "rate %"]
        for v in ab.variants:
            yield [v.letter, v.campaign_id, v.subject, v.sent, v.unique, _pct(v.rate)]
        yield []
    c = report.cost
    yield [
        "cost (USD)",
        "messages",
        "attachment bytes per message",
        "messages",
        "attachments",
        "total",
    ]
    yield [
        "",
        c.messages,
        c.attachment_bytes,
        f"{c.message_cost:.4f}",
        f"{c.attachment_cost:.4f}",
        f"{c.total:.4f}",
    ]


def write_csv(report: CampaignReport, path: Path) -> None:
    """UTF-8 with a BOM, so Excel opens Korean text right."""
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(csv_rows(report))
    except OSError as exc:
        raise InputError(
            f"Cannot write the report to {path}: {exc.strerror or exc}. "
            "Choose a folder you can write to."
        ) from exc
