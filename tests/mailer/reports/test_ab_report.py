"""An A/B test made by the service (as the app makes it) and its report section: each
variant's sent messages, unique opens and rate; the winner and the figures it was chosen
on after the decision; and what the service refuses, leaving nothing behind."""

from __future__ import annotations

import email
from collections import Counter
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from mailer import service
from mailer.aws.notifications import DeliveryEvent
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import InputError, TemplateError
from mailer.reports import campaign_report, to_json, write_csv
from mailer.sending.runner import Limits
from mailer.service import CampaignDraft
from mailer.settings import Profile
from mailer.states import ABMetric, CampaignStatus, EventKind
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import write_recipients, write_template

N = 50


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


def draft(tmp_path: Path, n: int = N, **kw: object) -> CampaignDraft:
    table = load_recipients(write_recipients(tmp_path / f"list-{n}.csv", n))
    template = TemplateSet.load(write_template(tmp_path / "tpl" / "plain"))
    return CampaignDraft(
        "12월 세일",
        table,
        template,
        SenderSettings.parse("Shop <shop@example.com>"),
        Profile(),
        **kw,  # type: ignore[arg-type]
    )


def send(journal: Journal, campaign_id: int, script: FakeScript) -> None:
    session = service.CampaignSession(
        journal,
        campaign_id,
        transport_factory=fake_factory(script),
        limits=Limits(rate=0, daily=None),
    )
    assert session.run().status is CampaignStatus.FINISHED


def opened(journal: Journal, campaign_id: int, count: int, kind: EventKind) -> None:
    rows = journal.rows.page(campaign_id)[:count]
    journal.events.apply(
        [DeliveryEvent(kind, r.message_id or "", (r.email,), "2026-12-03T01:00:00Z") for r in rows]
    )


def test_the_report_shows_each_variant_and_the_winner(tmp_path: Path, journal: Journal) -> None:
    made = service.create_ab_test(
        journal,
        draft(tmp_path),
        ["{{ name }}님, 세일 A", "  {{ name }}님,   세일 B "],
        share_percent=10,
        wait_hours=3,
        metric=ABMetric.OPENS,
    )
    a, b = made.variant_ids
    script = FakeScript(record_to=tmp_path / "sent")
    for campaign_id in made.variant_ids:
        send(journal, campaign_id, script)
    subjects = Counter(
        str(make_header(decode_header(email.message_from_bytes(p.read_bytes())["Subject"]))).split(
            ", "
        )[1]
        for p in (tmp_path / "sent" / "new").iterdir()
    )
    assert subjects == {"세일 A": 5, "세일 B": 5}  # 10% of 50 each, spaces tidied
    rest = journal.campaigns.get(made.rest_id)
    assert rest.status is CampaignStatus.SCHEDULED and rest.total == N - 10
    opened(journal, a, 1, EventKind.OPEN)
    opened(journal, b, 2, EventKind.OPEN)
    opened(journal, b, 1, EventKind.CLICK)  # a click of an opener counts once

    ab = campaign_report(journal, a).ab
    assert ab is not None and ab.this == "A" and ab.rest_id == made.rest_id
    assert [(v.letter, v.campaign_id, v.sent, v.unique) for v in ab.variants] == [
        ("A", a, 5, 1),
        ("B", b, 5, 2),
    ]
    assert ab.variants[0].subject == "{{ name }}님, 세일 A"
    assert ab.variants[1].rate == pytest.approx(0.4)
    assert ab.winner == "" and ab.decide_at == pytest.approx(made.decide_at.timestamp())
    assert ab.share == pytest.approx(0.1) and ab.metric is ABMetric.OPENS

    assert service.start_scheduled(journal, made.rest_id) == "B"
    opened(journal, a, 4, EventKind.OPEN)  # opens keep coming after the decision
    ab = campaign_report(journal, made.rest_id).ab
    assert ab is not None and ab.this == "" and ab.winner == "B" and ab.decide_at is None
    assert [(v.unique, v.decided_unique, v.decided_sent) for v in ab.variants] == [
        (4, 1, 5),
        (2, 2, 5),
    ]
    data = to_json(campaign_report(journal, b))["ab"]
    assert data["winner"] == "B" and data["this_variant"] == "B"
    assert data["variants"][1] == {
        "campaign": b,
        "variant": "B",
        "subject": "{{ name }}님, 세일 B",
        "sent": 5,
        "unique": 2,
        "rate": 0.4,
        "at_decision": {"sent": 5, "unique": 2, "rate": 0.4},
    }
    write_csv(campaign_report(journal, a), tmp_path / "r.csv")
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "A/B test,winner by unique opens,winner,B" in text
    assert f"A,{a},{{{{ name }}}}님, 세일 A,5,4,80.00" in text.replace('"', "")


def test_an_ordinary_campaign_has_no_ab_section(tmp_path: Path, journal: Journal) -> None:
    campaign_id = service.create(journal, draft(tmp_path)).campaign_id
    assert campaign_report(journal, campaign_id).ab is None
    assert to_json(campaign_report(journal, campaign_id))["ab"] is None


def test_a_deleted_rest_leaves_ordinary_variants(tmp_path: Path, journal: Journal) -> None:
    made = service.create_ab_test(journal, draft(tmp_path), ["One", "Two"], 10, 2, ABMetric.CLICKS)
    service.delete_campaign(journal, made.rest_id)
    assert campaign_report(journal, made.variant_ids[0]).ab is None


@pytest.mark.parametrize(
    ("subjects", "share", "n", "kw", "words"),
    [
        (["Only one", "  "], 10, N, {}, "at least two subject lines"),
        (["Same", "Same"], 10, N, {}, "are the same"),
        (["A", "B", "C"], 34, N, {}, "leaves nobody for the winner"),
        (["A", "B"], 40, 4, {}, "too few for 2 variants"),
        (["A", "B"], 10, N, {"window": "09:00-20:00"}, "leave out the send window"),
    ],
)
def test_what_cannot_be_made_is_refused_and_leaves_nothing(
    tmp_path: Path,
    journal: Journal,
    subjects: list[str],
    share: float,
    n: int,
    kw: dict[str, object],
    words: str,
) -> None:
    with pytest.raises(InputError, match=words):
        service.create_ab_test(
            journal, draft(tmp_path, n, **kw), subjects, share, 2, ABMetric.OPENS
        )
    assert journal.campaigns.all() == []


def test_a_variant_refused_midway_leaves_only_drafts(tmp_path: Path, journal: Journal) -> None:
    """B's subject uses a column the list lacks: A was made already and becomes a draft,
    never offered for sending."""
    with pytest.raises(TemplateError, match="nosuch"):
        service.create_ab_test(
            journal, draft(tmp_path), ["Fine", "{{ nosuch }}"], 10, 2, ABMetric.OPENS
        )
    (left,) = journal.campaigns.all()
    assert left.status is CampaignStatus.DRAFT and left.name == "12월 세일 [A]"
    assert service.unfinished(journal) == []
