"""`mailer report` of an A/B test's campaigns (issue 15, part 4: "the report shows each
variant"): text and --json, before the decision and after `mailer run-due` made it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from mailer import service
from mailer.aws.notifications import DeliveryEvent
from mailer.cli.main import main
from mailer.sending.schedule import schedule
from mailer.states import EventKind
from tests.integration.test_cli_abtest import N, args  # noqa: F401 - the fixture


def report(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["report", *extra]) == 0
    return capsys.readouterr().out


def open_some(counts: dict[int, int]) -> None:
    journal = service.open_journal()
    try:
        for campaign_id, count in counts.items():
            rows = journal.rows.page(campaign_id)[:count]
            journal.events.apply(
                [
                    DeliveryEvent(
                        EventKind.OPEN, r.message_id or "", (r.email,), "2026-12-03T01:00:00Z"
                    )
                    for r in rows
                ]
            )
    finally:
        journal.close()


def test_report_shows_each_variant_then_the_winner(
    args: list[str],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(args) == 0
    capsys.readouterr()
    open_some({1: 3, 2: 1})

    data = json.loads(report(capsys, "1", "--json"))["ab"]
    assert data["this_variant"] == "A" and data["rest_campaign"] == 3
    assert data["metric"] == "opens" and data["share"] == 0.1 and data["winner"] is None
    assert [(v["variant"], v["campaign"], v["sent"], v["unique"]) for v in data["variants"]] == [
        ("A", 1, 4, 3),
        ("B", 2, 4, 1),
    ]
    assert data["variants"][0]["rate"] == 0.75 and data["variants"][0]["at_decision"] is None
    assert data["variants"][1]["subject"] == "Sale B {{ name }}"
    assert data["decide_at"] is not None

    out = report(capsys, "2")
    assert "A/B test (10% of the list per variant; the winner has the most unique opens):" in out
    assert "A  campaign 1            4 sent        3 unique opens   75.0%  Sale A {{ name }}" in out
    assert (
        "B  campaign 2            4 sent        1 unique opens   25.0%  Sale B {{ name }}"
        "  (this campaign)" in out
    )
    assert "the winner goes to the rest (campaign 3) at" in out

    journal = service.open_journal()
    try:
        schedule(journal, 3, datetime.now().astimezone() - timedelta(minutes=1))
    finally:
        journal.close()
    assert main(["run-due"]) == 0
    capsys.readouterr()
    out = report(capsys, "3")
    assert "<- winner" in out and "variant A won (A 3/4 (75.0%), B 1/4 (25.0%))" in out
    assert "went to the rest (this campaign)" in out
    data = json.loads(report(capsys, "3", "--json"))["ab"]
    assert data["winner"] == "A" and data["this_variant"] is None and data["decide_at"] is None
    assert data["variants"][0]["at_decision"] == {"sent": 4, "unique": 3, "rate": 0.75}
    assert json.loads(report(capsys, "3", "--json"))["figures"]["sent"]["count"] == N - 8
