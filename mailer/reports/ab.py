"""The A/B test section of a campaign report: each variant's sent messages, unique opens
(or clicks) and rate, and the winner once decided.

Any campaign of a test (a variant or the rest) shows the whole test: the variants are
found through the rest campaign's ``settings["ab"]`` (``mailer.sending.abtest``). The
figures are counted now (opens keep coming after the decision); the figures the
winner was chosen on are kept beside them (``settings["ab"]["results"]``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailer.errors import MailerError
from mailer.sending import abtest
from mailer.states import ABMetric

if TYPE_CHECKING:
    from mailer.store.campaigns import CampaignSummary
    from mailer.store.journal import Journal

ROLE_REST, ROLE_VARIANT = "rest", "variant"


@dataclass(frozen=True, slots=True)
class ABVariant:
    campaign_id: int
    letter: str
    subject: str  # the variant's subject line as written (Jinja), or its template's name
    sent: int  # accepted by SES (or the SMTP server)
    unique: int  # recipients with at least one open (a click counts) or click
    # What the winner was chosen on (None until the decision).
    decided_sent: int | None = None
    decided_unique: int | None = None

    @property
    def rate(self) -> float | None:
        return self.unique / self.sent if self.sent else None

    @property
    def decided_rate(self) -> float | None:
        if self.decided_sent is None or self.decided_unique is None or not self.decided_sent:
            return None
        return self.decided_unique / self.decided_sent


@dataclass(frozen=True, slots=True)
class ABReport:
    metric: ABMetric  # what picks the winner: unique opens or unique clicks
    share: float  # of the list, per variant (0.1 = 10%)
    this: str  # the letter of the campaign reported on; "" for the rest
    rest_id: int
    variants: tuple[ABVariant, ...]
    winner: str  # "" until decided
    decide_at: float | None  # epoch: when the rest is due (None once decided)

    def variant(self, letter: str) -> ABVariant:
        return next(v for v in self.variants if v.letter == letter)


def ab_report(journal: Journal, summary: CampaignSummary) -> ABReport | None:
    """The test this campaign belongs to, or None (not a test, or its rest campaign was
    deleted: the variants are then ordinary campaigns)."""
    ab = summary.settings.get("ab")
    if not isinstance(ab, dict):
        return None
    this = ""
    rest = summary
    if ab.get("role") == ROLE_VARIANT:
        this = str(ab.get("variant", ""))
        if "rest" not in ab:
            return None
        try:
            rest = journal.campaigns.get(int(ab["rest"]))
        except MailerError:
            return None
    rest_ab = rest.settings.get("ab")
    if not isinstance(rest_ab, dict) or rest_ab.get("role") != ROLE_REST:
        return None
    ids = [int(i) for i in rest_ab.get("variants", [])]
    metric = ABMetric(rest_ab.get("metric", ABMetric.OPENS.value))
    subjects = _subjects(rest_ab.get("templates", []), len(ids))
    # The figures the winner was chosen on, as ``abtest.decide`` stored them.
    stored = [abtest.VariantResult(**r) for r in rest_ab.get("results", []) or []]
    decided = {r.campaign_id: r for r in stored}
    variants = tuple(
        ABVariant(
            r.campaign_id,
            r.letter,
            subjects[k],
            r.sent,
            r.unique,
            decided[r.campaign_id].sent if r.campaign_id in decided else None,
            decided[r.campaign_id].unique if r.campaign_id in decided else None,
        )
        for k, r in enumerate(abtest.results(journal, ids, metric))
    )
    winner = str(rest_ab.get("winner") or "")
    at = rest.settings.get("scheduled_at")
    return ABReport(
        metric=metric,
        share=float(rest_ab.get("share", 0.0)),
        this=this,
        rest_id=rest.id,
        variants=variants,
        winner=winner,
        decide_at=float(at) if at is not None and not winner else None,
    )


def _subjects(snapshots: list[str], count: int) -> list[str]:
    """Each variant's subject source, read from the template snapshots kept for the
    decision (JSON: parsed, not compiled). Variants that are whole templates with
    different names are told apart by the name as well."""
    found: list[tuple[str, str]] = []
    for text in snapshots:
        try:
            data = json.loads(text)
            name = str(data["name"])
            subject = str(data["sources"].get(f"{name}/subject.txt", ""))
        except (ValueError, KeyError, TypeError, AttributeError):
            name, subject = "", ""
        found.append((name, " ".join(subject.split())))
    names = {name for name, _ in found}
    out = [f"{name}: {subject}" if len(names) > 1 else subject for name, subject in found]
    return (out + [""] * count)[:count]
