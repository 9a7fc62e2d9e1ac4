"""`mailer send --ab-subject ...`: an A/B subject test (issue 15, part 4).

Two subjects go to 10% each; opens are applied to the journal as the SES poller applies
them; when the decision is due, `mailer run-due` picks the variant with the higher
unique-open rate and sends the rest with its subject."""

from __future__ import annotations

import email
from collections import Counter
from datetime import datetime, timedelta
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from mailer import service
from mailer.aws.notifications import DeliveryEvent
from mailer.cli.main import main
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending import abtest
from mailer.sending.schedule import schedule
from mailer.states import ABMetric, CampaignStatus, EventKind

N = 40


@pytest.fixture
def args(tmp_path: Path) -> list[str]:
    recipients = tmp_path / "list.csv"
    rows = "".join(f"u{i}@example.com,고객{i}\n" for i in range(N))
    recipients.write_text("email,name\n" + rows, encoding="utf-8")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "subject.txt").write_text("Plain", encoding="utf-8")
    (folder / "body.txt").write_text("Hello {{ name }}", encoding="utf-8")
    return [
        "send", str(recipients), str(folder), "--from", "Shop <shop@example.com>",
        "--transport", "outbox", "--outbox", str(tmp_path / "outbox"), "--yes",
        "--ab-subject", "Sale A {{ name }}", "--ab-subject", "Sale B {{ name }}",
        "--ab-share", "10", "--ab-wait", "2",
    ]  # fmt: skip


def subjects(tmp_path: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    for path in (tmp_path / "outbox" / "new").iterdir():
        message = email.message_from_bytes(path.read_bytes())
        found[str(make_header(decode_header(message["Subject"]))).split()[1]] += 1
    return found


def test_the_winner_goes_to_the_rest(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "A/B test: A: campaign 1, B: campaign 2; the rest is campaign 3" in out
    assert subjects(tmp_path) == {"A": 4, "B": 4}
    journal = service.open_journal()
    try:
        assert journal.campaigns.get(3).status is CampaignStatus.SCHEDULED
        ids = {r.email: (c, r.message_id) for c in (1, 2) for r in journal.rows.page(c)}

        def opened(campaign: int, count: int) -> list[DeliveryEvent]:
            who = [e for e, (c, _m) in ids.items() if c == campaign][:count]
            return [
                DeliveryEvent(EventKind.OPEN, ids[e][1] or "", (e,), "2026-12-03T01:00:00Z")
                for e in who
            ]

        journal.events.apply([*opened(1, 1), *opened(2, 3)])
        schedule(journal, 3, datetime.now().astimezone() - timedelta(minutes=1))  # due
    finally:
        journal.close()
    assert main(["run-due"]) == 0
    out = capsys.readouterr().out
    assert "variant B wins (A 1/4 (25.0%), B 3/4 (75.0%))" in out
    assert subjects(tmp_path) == {"A": 4, "B": 4 + N - 8}
    journal = service.open_journal()
    try:
        rest = journal.campaigns.get(3)
        assert rest.status is CampaignStatus.FINISHED and rest.settings["ab"]["winner"] == "B"
    finally:
        journal.close()


def test_the_split_is_random_reproducible_and_disjoint(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("email\n" + "".join(f"u{i}@example.com\n" for i in range(100)), "utf-8")
    table = load_recipients(path)
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "subject.txt").write_text("s", encoding="utf-8")
    (folder / "body.txt").write_text("b", encoding="utf-8")
    template = TemplateSet.load(folder)
    variants = [abtest.subject_variant(template, s) for s in ("x", "y", "z")]
    plan = abtest.ABPlan(variants, 0.1, 1, ABMetric.CLICKS, seed=7)
    groups, rest = abtest.split(table, plan)
    assert [len(g) for g in groups] == [10, 10, 10] and len(rest) == 70
    assert sorted(i for g in [*groups, rest] for i in g) == list(range(100))
    assert abtest.split(table, plan) == (groups, rest)  # the same seed, the same split
    assert groups[0] != list(range(10))  # random, not the first rows
    other = abtest.split(table, abtest.ABPlan(variants, 0.1, 1, ABMetric.CLICKS, seed=8))
    assert other[0] != groups[0]


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--ab-share", "50"], "leaves nobody for the winner"),
        (["--ab-wait", "0"], "--ab-wait 0 hours"),
        (["--at", "2099-01-01 09:00"], "An A/B test starts now"),
    ],
)
def test_bad_tests_are_refused_before_anything_is_stored(
    args: list[str], extra: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, *extra]) == 2
    out, err = capsys.readouterr()
    assert words in err and "Traceback" not in out + err
    journal = service.open_journal()
    try:
        assert journal.campaigns.all() == []
    finally:
        journal.close()
