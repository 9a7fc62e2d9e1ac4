"""A/B tests: variants to a random share of the list, the rest with the winner later.

An A/B test is ordinary campaigns tied by ``settings["ab"]``: one per variant (a subject,
or a whole template), each sent to ``share`` of the valid rows, chosen at random with a
seed kept in the settings (the split can be reproduced); and the *rest* campaign,
stored ``scheduled`` for the decision time. Whoever starts due campaigns (the app,
`mailer run-due`) first decides: the variant with the highest rate of unique opens (or
clicks) among its sent messages wins - a tie, or no events at all, keeps the first - and
the rest campaign's template becomes the winner's before it starts. A decision missed
by long waits to be offered, like any scheduled campaign (``sending.schedule``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from mailer.content.segments import subset_table
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.sending.schedule import schedule, unschedule
from mailer.states import ACCEPTED, ABMetric, EventKind, RowStatus

if TYPE_CHECKING:
    from mailer.content.recipients import RecipientTable
    from mailer.store.journal import Journal

LETTERS = "ABCDEFGH"
# (rows, template, name, settings["ab"]) -> a new campaign's id: the service's create,
# so every check an ordinary campaign gets applies to each part of the test.
MakeCampaign = Callable[["RecipientTable", TemplateSet, str, dict[str, Any]], int]
MAX_VARIANTS = len(LETTERS)


@dataclass(frozen=True)
class ABPlan:
    variants: list[TemplateSet]  # A first
    share: float  # of the valid rows, per variant (0.1 = 10% each)
    wait_hours: float
    metric: ABMetric
    seed: int

    def check(self) -> None:
        n = len(self.variants)
        if not 2 <= n <= MAX_VARIANTS:
            raise InputError(f"An A/B test needs 2 to {MAX_VARIANTS} variants, not {n}.")
        if not 0 < self.share * n < 1:
            raise InputError(
                f"--ab-share {self.share * 100:g}% for each of {n} variants leaves nobody for "
                f"the winner: give less than {100 / n:g}% each."
            )
        if not 0 < self.wait_hours <= 24 * 7:
            raise InputError(
                f"--ab-wait {self.wait_hours:g} hours: give more than 0 and at most a week."
            )


def subject_variant(template: TemplateSet, subject: str) -> TemplateSet:
    """The template with another subject line (a Jinja template like subject.txt)."""
    key = f"{template.name}/subject.txt"
    return TemplateSet(
        template.name, template.settings, {**template.sources, key: subject}, template.attachments
    )


def split(table: RecipientTable, plan: ABPlan) -> tuple[list[list[int]], list[int]]:
    """Row indices per variant, and the rest's (with every row not valid: skipped once)."""
    valid = [i for i, s in enumerate(table.statuses) if s is RowStatus.VALID]
    shuffled = valid[:]
    random.Random(plan.seed).shuffle(shuffled)
    size = max(1, round(len(valid) * plan.share))
    if size * len(plan.variants) >= len(valid):
        raise InputError(
            f"{len(valid)} valid recipients are too few for {len(plan.variants)} variants of "
            f"{size} each and a rest: give a smaller --ab-share or a longer list."
        )
    groups = [sorted(shuffled[k * size : (k + 1) * size]) for k in range(len(plan.variants))]
    chosen = {i for g in groups for i in g}
    rest = [i for i in range(len(table)) if i not in chosen]
    return groups, rest


@dataclass(frozen=True)
class ABCreated:
    variant_ids: list[int]
    rest_id: int
    decide_at: datetime


def create(
    journal: Journal,
    make: MakeCampaign,
    table: RecipientTable,
    name: str,
    plan: ABPlan,
    now: datetime,
) -> ABCreated:
    """The variant campaigns and the scheduled rest, tied by ``settings["ab"]``.
    ``make(table, template, name, ab_settings)`` creates one campaign and returns its id
    (the service's create, so every check a campaign gets applies)."""
    plan.check()
    groups, rest_rows = split(table, plan)
    decide_at = now + timedelta(hours=plan.wait_hours)
    common = {"metric": plan.metric.value, "share": plan.share, "seed": plan.seed}
    ids = [
        make(
            subset_table(table, rows),
            variant,
            f"{name} [{LETTERS[k]}]",
            {**common, "role": "variant", "variant": LETTERS[k]},
        )
        for k, (rows, variant) in enumerate(zip(groups, plan.variants, strict=True))
    ]
    snapshots = [v.snapshot().decode("utf-8") for v in plan.variants]
    rest_id = make(
        subset_table(table, rest_rows),
        plan.variants[0],  # until the decision
        f"{name} [winner]",
        {**common, "role": "rest", "variants": ids, "templates": snapshots},
    )
    for letter, campaign_id in zip(LETTERS, ids, strict=False):
        variant = {**common, "role": "variant", "variant": letter, "rest": rest_id}
        journal.campaigns.update_settings(campaign_id, ab=variant)
    schedule(journal, rest_id, decide_at)
    return ABCreated(ids, rest_id, decide_at)


@dataclass(frozen=True)
class VariantResult:
    campaign_id: int
    letter: str
    sent: int
    unique: int  # recipients with at least one open (or click)

    @property
    def rate(self) -> float:
        return self.unique / self.sent if self.sent else 0.0


def results(journal: Journal, variant_ids: list[int], metric: ABMetric) -> list[VariantResult]:
    kinds = (EventKind.OPEN, EventKind.CLICK) if metric is ABMetric.OPENS else (EventKind.CLICK,)
    marks = ", ".join("?" for _ in kinds)
    accepted = tuple(ACCEPTED)
    out = []
    for k, campaign_id in enumerate(variant_ids):
        sent = journal._query(
            "SELECT COUNT(*) FROM recipients WHERE campaign_id = ?"
            f" AND state IN ({', '.join('?' for _ in accepted)})",
            (campaign_id, *accepted),
        )[0][0]
        unique = journal._query(
            f"SELECT COUNT(DISTINCT idx) FROM events WHERE campaign_id = ? AND kind IN ({marks})",
            (campaign_id, *kinds),
        )[0][0]
        out.append(VariantResult(campaign_id, LETTERS[k], int(sent), int(unique)))
    return out


@dataclass(frozen=True)
class Decision:
    winner: VariantResult
    results: list[VariantResult]


def is_rest(settings: dict[str, Any]) -> bool:
    ab = settings.get("ab")
    return isinstance(ab, dict) and ab.get("role") == "rest"


def decide(journal: Journal, rest_id: int) -> Decision:
    """Choose the winner, give the rest campaign its template, and make it ready."""
    ab = journal.campaigns.get(rest_id).settings.get("ab") or {}
    if ab.get("winner"):
        raise InputError(f"Campaign {rest_id}'s A/B test was decided already.")
    ids = [int(i) for i in ab["variants"]]
    found = results(journal, ids, ABMetric(ab["metric"]))
    winner = max(found, key=lambda r: (r.rate, -ids.index(r.campaign_id)))  # a tie: the first
    template = TemplateSet.from_snapshot(ab["templates"][ids.index(winner.campaign_id)].encode())
    journal.campaigns.replace_template(rest_id, template)
    journal.campaigns.update_settings(
        rest_id,
        ab={**ab, "winner": winner.letter, "results": [r.__dict__ for r in found]},
    )
    unschedule(journal, rest_id)
    return Decision(winner, found)
