""" "Send again to ...": `mailer send --from-campaign ID --only GROUP` (issue 15, segments).

A first campaign goes to the outbox; SES-shaped events (open, click with a link,
soft bounce, hard bounce) are applied to the journal as the poller applies them; each
group then makes a new campaign with exactly the right people."""

from __future__ import annotations

import email
import json
from pathlib import Path

import pytest

from mailer import service
from mailer.aws.notifications import DeliveryEvent
from mailer.cli.main import main
from mailer.errors import InputError
from mailer.states import EventKind, FollowUp, RowState
from mailer.store.journal import Journal

FROM = "가게 <shop@example.com>"
PEOPLE = ["a", "b", "c", "d", "e", "f"]
LINK = "https://shop.example.com/sale"


@pytest.fixture
def first_campaign(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    rows = "이메일,이름,등급\n" + "".join(f"{p}@example.com,{p.upper()},VIP\n" for p in PEOPLE)
    recipients = tmp_path / "list.csv"
    recipients.write_text(rows, encoding="utf-8")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "subject.txt").write_text("소식", encoding="utf-8")
    (folder / "body.txt").write_text("{{ 이름 }}님", encoding="utf-8")
    outbox = tmp_path / "outbox1"
    args = ["send", str(recipients), str(folder), "--from", FROM, "--transport", "outbox"]
    assert main([*args, "--outbox", str(outbox), "--yes"]) == 0
    capsys.readouterr()
    return recipients, folder


def _events(journal: Journal, campaign_id: int) -> None:
    ids = {r.email: r.message_id for r in journal.rows.page(campaign_id)}

    def event(kind: EventKind, who: str, **extra: str) -> DeliveryEvent:
        address = f"{who}@example.com"
        return DeliveryEvent(kind, ids[address] or "", (address,), "2026-12-03T01:00:00Z", **extra)

    journal.events.apply(
        [
            *(event(EventKind.DELIVERY, p) for p in PEOPLE[:4]),
            event(EventKind.OPEN, "a"),
            event(EventKind.CLICK, "b", link=LINK),  # clicked: opened, pixel blocked
            event(EventKind.CLICK, "c", link="https://shop.example.com/other"),
            event(EventKind.BOUNCE, "e", bounce_type="Transient", bounce_subtype="MailboxFull"),
            event(EventKind.BOUNCE, "f", bounce_type="Permanent", bounce_subtype="General"),
        ]
    )


def _group(journal: Journal, campaign_id: int, group: FollowUp, link: str | None = None) -> list:
    return sorted(service.followup_table(journal, campaign_id, group, link=link).emails)


def test_each_group_is_exactly_its_people(first_campaign: tuple[Path, Path]) -> None:
    journal = service.open_journal()
    try:
        (campaign,) = journal.campaigns.all()
        _events(journal, campaign.id)
        states = {r.email: r.state for r in journal.rows.page(campaign.id)}
        assert states["e@example.com"] == RowState.SOFT_BOUNCED
        assert _group(journal, campaign.id, FollowUp.OPENERS) == [f"{p}@example.com" for p in "abc"]
        # d was delivered and opened nothing; e soft-bounced, f bounced: not offered.
        assert _group(journal, campaign.id, FollowUp.NON_OPENERS) == ["d@example.com"]
        assert _group(journal, campaign.id, FollowUp.CLICKERS) == ["b@example.com", "c@example.com"]
        assert _group(journal, campaign.id, FollowUp.CLICKERS, LINK) == ["b@example.com"]
        assert _group(journal, campaign.id, FollowUp.SOFT_BOUNCED) == ["e@example.com"]
        with pytest.raises(InputError, match="no recipients among the in-doubt"):
            service.followup_table(journal, campaign.id, FollowUp.IN_DOUBT)
        table = service.followup_table(journal, campaign.id, FollowUp.OPENERS)
        assert table.columns == ["이메일", "이름", "등급"] and table.cells[1] == ["A", "B", "C"]
        assert table.lines == [2, 3, 4]  # the first campaign's file lines
    finally:
        journal.close()


def test_send_again_to_non_openers_from_the_cli(
    first_campaign: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _recipients, folder = first_campaign
    journal = service.open_journal()
    try:
        (campaign,) = journal.campaigns.all()
        _events(journal, campaign.id)
    finally:
        journal.close()
    outbox = tmp_path / "outbox2"
    code = main(
        ["send", str(folder), "--from-campaign", str(campaign.id), "--only", "non-openers",
         "--from", FROM, "--transport", "outbox", "--outbox", str(outbox), "--yes"]
    )  # fmt: skip
    _out, err = capsys.readouterr()
    assert code == 0, err
    sent = [email.message_from_bytes(p.read_bytes()) for p in (outbox / "new").iterdir()]
    assert [m["To"] for m in sent] == ["d@example.com"]
    assert main(["campaigns", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 2
    journal = service.open_journal()
    try:
        second = max(journal.campaigns.all(), key=lambda c: c.id)
        assert second.settings["segment"] == f"non-openers of campaign {campaign.id}"
    finally:
        journal.close()


def test_openers_need_recorded_opens_and_a_file_or_a_campaign_not_both(
    first_campaign: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = first_campaign
    code = main(["send", str(folder), "--from-campaign", "1", "--only", "openers", "--yes"])
    out, err = capsys.readouterr()
    assert code == 2 and "recorded no opens" in err and "Traceback" not in out + err
    code = main(["send", str(recipients), str(folder), "--from-campaign", "1", "--yes"])
    out, err = capsys.readouterr()
    assert code == 2 and "not both" in err
    code = main(["send", str(folder), "--yes"])  # one path: a template, no rows
    out, err = capsys.readouterr()
    assert code == 2 and "Give a recipient file" in err
