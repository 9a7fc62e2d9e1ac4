"""`mailer send --at`, `scheduled`, `schedule`, `run-due` (issue 15, scheduling)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mailer import service
from mailer.cli.main import main
from mailer.sending.schedule import schedule
from mailer.states import CampaignStatus

FROM = "가게 <shop@example.com>"


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    recipients = tmp_path / "list.csv"
    recipients.write_text("email,name\na@example.com,A\nb@example.com,B\n", encoding="utf-8")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "subject.txt").write_text("Hi {{ name }}", encoding="utf-8")
    (folder / "body.txt").write_text("Hello {{ name }}", encoding="utf-8")
    outbox = tmp_path / "outbox"
    return [
        "send", str(recipients), str(folder), "--from", FROM, "--transport", "outbox",
        "--outbox", str(outbox), "--yes",
    ]  # fmt: skip


def sent(tmp_path: Path) -> int:
    folder = tmp_path / "outbox" / "new"
    return len(list(folder.iterdir())) if folder.is_dir() else 0


def status_of(campaign_id: int) -> CampaignStatus:
    journal = service.open_journal()
    try:
        return journal.campaigns.get(campaign_id).status
    finally:
        journal.close()


def test_scheduled_without_waiting_is_listed_and_not_sent_early(
    inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    assert main([*inputs, "--at", at, "--no-wait", "--window", "09:00-20:00"]) == 0
    assert "scheduled for" in capsys.readouterr().out
    assert sent(tmp_path) == 0 and status_of(1) is CampaignStatus.SCHEDULED
    assert main(["scheduled", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == 1 and listed["window"] == "09:00-20:00"
    assert listed["at"].startswith(at.replace(" ", "T")) and not listed["due"]
    assert main(["run-due"]) == 0  # not due yet
    assert "nothing due; next: campaign 1" in capsys.readouterr().out
    assert sent(tmp_path) == 0


def test_run_due_starts_what_is_due_and_offers_what_was_missed(
    inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = (datetime.now() + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    assert main([*inputs, "--at", at, "--no-wait"]) == 0
    assert main([*inputs, "--at", at, "--no-wait"]) == 0
    capsys.readouterr()
    journal = service.open_journal()
    try:  # the clock moves on: 1 became due 10 minutes ago, 2 three hours ago
        schedule(journal, 1, datetime.now().astimezone() - timedelta(minutes=10))
        schedule(journal, 2, datetime.now().astimezone() - timedelta(hours=3))
    finally:
        journal.close()
    code = main(["run-due"])
    out = capsys.readouterr().out
    assert code == 3  # something was missed: cron mails the output
    assert "campaign 1 (" in out and "due, starting" in out
    assert "campaign 2 (" in out and "missed its start" in out and "mailer resume 2" in out
    assert sent(tmp_path) == 2  # campaign 1's two messages, none of campaign 2's
    assert status_of(1) is CampaignStatus.FINISHED
    assert status_of(2) is CampaignStatus.SCHEDULED  # still offered, never run late


def test_reschedule_clear_and_bad_times(
    inputs: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*inputs, "--at", "2020-01-01 09:00"]) == 2
    out, err = capsys.readouterr()
    assert "is in the past" in err and "Traceback" not in out + err
    assert main(["scheduled"]) == 0 and "No campaign is scheduled." in capsys.readouterr().out
    at = (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    assert main([*inputs, "--at", at, "--no-wait"]) == 0
    later = (datetime.now() + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    assert main(["schedule", "1", "--at", later]) == 0
    assert f"scheduled for {later}" in capsys.readouterr().out
    assert main(["schedule", "1", "--clear"]) == 0
    assert status_of(1) is CampaignStatus.READY
    assert main(["schedule", "1", "--window", "9-5"]) == 2
    assert "--window '9-5'" in capsys.readouterr().err


def test_send_at_waits_then_sends(
    inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = (datetime.now() + timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%S")
    assert main([*inputs, "--at", soon]) == 0
    assert sent(tmp_path) == 2 and status_of(1) is CampaignStatus.FINISHED
