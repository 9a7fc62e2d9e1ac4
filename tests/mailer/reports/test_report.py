"""The campaign report, from SES events that came through moto's SNS -> SQS and the real
poller into a real journal: every figure checked exactly."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from mailer.aws.provision import TrackingResources
from mailer.reports import Base, Measure, ReasonKind, campaign_report, compare_campaigns
from mailer.reports.figures import OPENS_NOTE
from mailer.service import export_report_csv, report_json
from mailer.store.journal import Journal
from tests.mailer.aws.test_tracking import Aws, clients, resources  # noqa: F401 - fixtures
from tests.mailer.reports.fixtures import (
    ADDRESSES,
    EVENTS,
    LINK_A,
    LINK_B,
    SEND_TIME,
    deliver_events,
    make_sent_campaign,
)

HOUR = 3600
H05 = int(SEND_TIME // HOUR) * HOUR  # 2026-11-22 05:00 UTC


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


@pytest.fixture
def tracked(
    tmp_path: Path,
    journal: Journal,
    clients: Aws,  # noqa: F811 - the imported fixture
    resources: TrackingResources,  # noqa: F811
) -> int:
    campaign_id = make_sent_campaign(tmp_path, journal)
    delivered = deliver_events(journal, resources, campaign_id, clients.sns)
    assert delivered.handled == len(EVENTS) + 1
    return campaign_id


def test_totals_and_rates_are_exact(journal: Journal, tracked: int) -> None:
    report = campaign_report(journal, tracked)
    counts = {f.measure: (f.count, f.base, f.of) for f in report.figures}
    assert counts == {
        Measure.RECIPIENTS: (10, Base.NONE, 0),
        Measure.SENT: (9, Base.RECIPIENTS, 10),
        Measure.DELIVERED: (6, Base.SENT, 9),  # 5 delivered + 1 complained
        Measure.HARD_BOUNCED: (2, Base.SENT, 9),
        Measure.SOFT_BOUNCED: (1, Base.SENT, 9),
        Measure.COMPLAINED: (1, Base.SENT, 9),
        Measure.UNSUBSCRIBED: (1, Base.DELIVERED, 6),
        Measure.OPENED_UNIQUE: (3, Base.DELIVERED, 6),
        Measure.OPENED_TOTAL: (4, Base.NONE, 0),  # the duplicate SNS message not counted
        Measure.CLICKED_UNIQUE: (2, Base.DELIVERED, 6),
        Measure.CLICKED_TOTAL: (4, Base.NONE, 0),
        Measure.FAILED: (1, Base.ATTEMPTED, 10),
        Measure.IN_DOUBT: (0, Base.ATTEMPTED, 10),
        Measure.SKIPPED: (0, Base.RECIPIENTS, 10),
        Measure.NOT_SENT: (0, Base.RECIPIENTS, 10),
    }
    assert report.figure(Measure.OPENED_UNIQUE).rate == pytest.approx(0.5)
    bounced = report.figure(Measure.HARD_BOUNCED)
    assert bounced.review_level == 0.05 and bounced.over_review_level
    complained = report.figure(Measure.COMPLAINED)
    assert complained.review_level == 0.001 and complained.over_review_level
    assert report.figure(Measure.DELIVERED).review_level is None
    assert report.tracks_opens and report.name == "11월 뉴스레터"


def test_timeline_per_hour(journal: Journal, tracked: int) -> None:
    timeline = [
        (h.start - H05, h.sends, h.deliveries, h.opens, h.clicks)
        for h in campaign_report(journal, tracked).timeline
    ]
    assert timeline == [
        (0, 9, 6, 0, 0),  # sends from the send log; deliveries from SES's timestamps
        (HOUR, 0, 0, 4, 0),
        (2 * HOUR, 0, 0, 0, 4),
    ]


def test_links_with_unique_clicks_and_click_through(journal: Journal, tracked: int) -> None:
    links = [(k.url, k.clickers, k.clicks, k.click_through) for k in
             campaign_report(journal, tracked).links]  # fmt: skip
    assert links == [(LINK_A, 2, 3, pytest.approx(2 / 6)), (LINK_B, 1, 1, pytest.approx(1 / 6))]


def test_domains_group_the_providers(journal: Journal, tracked: int) -> None:
    rows = {
        d.group: (d.recipients, d.sent, d.delivered, d.bounced, d.complained, d.opened)
        for d in campaign_report(journal, tracked).domains
    }
    assert rows == {
        "gmail.com": (2, 2, 2, 0, 0, 2),
        "naver.com": (2, 2, 1, 1, 0, 1),
        "daum.net/hanmail.net": (2, 2, 1, 1, 1, 0),
        "outlook.com/hotmail.com": (1, 1, 1, 0, 0, 0),
        "others": (3, 2, 1, 1, 0, 0),
    }
    naver = next(d for d in campaign_report(journal, tracked).domains if d.group == "naver.com")
    assert naver.rate(naver.bounced) == 0.5 and naver.rate(naver.opened, on_delivered=True) == 1


def test_bounce_and_failure_reasons_grouped(journal: Journal, tracked: int) -> None:
    reasons = [
        (r.kind, r.bounce_type, r.subtype, r.diagnostic, r.count, r.recipients, r.examples)
        for r in campaign_report(journal, tracked).reasons
    ]
    assert reasons == [
        (ReasonKind.HARD_BOUNCE, "Permanent", "General", "smtp; 550 5.1.1 user unknown", 2, 2,
         (ADDRESSES[3], ADDRESSES[8])),
        (ReasonKind.COMPLAINT, "abuse", "", "", 1, 1, (ADDRESSES[5],)),
        (ReasonKind.SEND_FAILED, "", "", "554 Message rejected: blocked", 1, 1, (ADDRESSES[9],)),
        (ReasonKind.SOFT_BOUNCE, "Transient", "MailboxFull", "smtp; 552 5.2.2 mailbox full",
         1, 1, (ADDRESSES[4],)),
    ]  # fmt: skip


def test_cost_counts_messages_and_attachment_data(journal: Journal, tracked: int) -> None:
    cost = campaign_report(journal, tracked).cost
    assert (cost.messages, cost.attachment_bytes) == (9, 0)
    assert cost.total == pytest.approx(9 * 0.10 / 1000)


def test_json_and_csv_carry_the_same_figures(
    journal: Journal, tracked: int, tmp_path: Path
) -> None:
    report = campaign_report(journal, tracked)
    data = json.loads(json.dumps(report_json(report), ensure_ascii=False))
    assert data["figures"]["opened_unique"]["count"] == 3
    assert data["figures"]["hard_bounced"]["over_review_level"] is True
    assert data["opens_note"] == OPENS_NOTE
    assert data["links"][0] == {"url": LINK_A, "unique": 2, "total": 3, "ctr": 2 / 6}
    out = tmp_path / "report.csv"
    export_report_csv(report, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the Korean name right
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == ["campaign", str(tracked), "11월 뉴스레터"]
    assert ["opened_unique", "3", "delivered", "6", "50.00", ""] in rows
    assert ["hard_bounced", "2", "sent", "9", "22.22", "5.00"] in rows
    assert [LINK_B, "1", "1", "16.67"] in rows


def test_comparison_across_campaigns(journal: Journal, tracked: int, tmp_path: Path) -> None:
    make_sent_campaign(tmp_path / "second", journal, tag="-2")  # sent, no events yet
    rates = compare_campaigns(journal)
    assert [r.campaign_id for r in rates] == [tracked + 1, tracked]
    newest, first = rates
    assert (newest.sent, newest.delivered, newest.opened) == (9, 0.0, None)  # none delivered
    assert first.opened == pytest.approx(3 / 6) and first.clicked == pytest.approx(2 / 6)
    assert first.hard_bounced == pytest.approx(2 / 9)
    assert first.unsubscribed == pytest.approx(1 / 6)
