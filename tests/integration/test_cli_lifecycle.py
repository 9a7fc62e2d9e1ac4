"""`mailer send` declined or repeated, `mailer delete` (issue 16, items 1 and 2)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from mailer.cli.main import main
from mailer.settings import Settings, data_dir
from mailer.states import CampaignStatus, RowState
from mailer.store.journal import Journal
from mailer.store.lock import CampaignLock, campaign_lock_path, lock_folder
from tests.mailer.campaign_fixtures import write_recipients

ROOT = Path(__file__).resolve().parents[2]
NEWSLETTER = ROOT / "templates" / "newsletter"
FROM = "Demo Shop <news@example.com>"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def send(capsys: pytest.CaptureFixture[str], recipients: Path, *extra: str) -> tuple[int, str, str]:
    outbox = recipients.parent / "outbox"
    return run(
        capsys, "send", str(recipients), str(NEWSLETTER), "--from", FROM, "--outbox", str(outbox),
        *extra,
    )  # fmt: skip


def campaigns(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "campaigns", "--json")
    assert code == 0
    found: list[dict[str, object]] = json.loads(out)
    return found


def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)


def answer(monkeypatch: pytest.MonkeyPatch, *replies: str) -> list[str]:
    """A terminal where the user types ``replies``; returns the questions asked."""
    asked: list[str] = []
    queue = list(replies)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    def fake_input(prompt: str = "") -> str:
        asked.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr("builtins.input", fake_input)
    return asked


def test_a_send_declined_or_without_terminal_is_a_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 4)
    answer(monkeypatch, "n")
    code, out, _ = send(capsys, recipients)
    assert code == 3 and "kept as a draft" in out and "mailer delete 1" in out
    no_terminal(monkeypatch)
    code, _, err = send(capsys, recipients, "--name", "piped")
    assert code == 2 and "--yes" in err and CampaignStatus.DRAFT in err
    assert [c["status"] for c in campaigns(capsys)] == [CampaignStatus.DRAFT] * 2
    assert not (tmp_path / "outbox" / "new").exists() or not list(
        (tmp_path / "outbox" / "new").iterdir()
    )


def test_delete_asks_refuses_while_sending_and_keeps_the_quota(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 3)
    assert send(capsys, recipients, "--yes")[0] == 0
    journal = Journal(data_dir() / "journal.sqlite3")
    logged = journal._query("SELECT COUNT(*) FROM send_log")[0][0]
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), 1))
    lock.acquire()  # another process is sending campaign 1
    try:
        code, _, err = run(capsys, "delete", "1", "--yes")
    finally:
        lock.release()
    assert code == 2 and "being sent right now" in err

    no_terminal(monkeypatch)
    code, _, err = run(capsys, "delete", "1")
    assert code == 2 and "--yes" in err
    asked = answer(monkeypatch, "n")
    code, out, _ = run(capsys, "delete", "1")
    assert code == 0 and "Nothing deleted" in out and "[y/N]" in asked[0]
    assert len(campaigns(capsys)) == 1

    answer(monkeypatch, "y")
    code, out, _ = run(capsys, "delete", "1")
    assert code == 0 and "deleted campaign 1 (3 recipient rows)" in out
    assert campaigns(capsys) == []
    # The send log the daily quota counts keeps the deleted campaign's sends.
    assert journal._query("SELECT COUNT(*) FROM send_log")[0][0] == logged == 3
    journal.close()
    code, _, err = run(capsys, "delete", "1", "--yes")
    assert code == 2 and "no campaign 1" in err  # a wrong id: bad input


def test_send_skips_who_already_received_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write_recipients(tmp_path / "first.csv", 3)
    assert send(capsys, first, "--yes")[0] == 0
    again = write_recipients(tmp_path / "again.csv", 5)  # user0..2 again, and 2 new

    code, out, _ = send(capsys, again, "--yes")
    assert code == 0
    assert "3 recipients already received 'newsletter'" in out and "campaign 1" in out
    assert "They are skipped; --include-repeats sends to them anyway." in out
    status = json.loads(run(capsys, "status", "2", "--json")[1])
    assert status[RowState.SKIPPED] == 3 and status[RowState.SENT] == 2

    code, out, _ = send(capsys, again, "--yes", "--include-repeats")
    assert code == 0 and "Sending to them again (--include-repeats)." in out
    assert json.loads(run(capsys, "status", "3", "--json")[1])[RowState.SENT] == 5

    # Outside a shorter window nobody is a repeat; 0 turns the check off.
    later = time.time() + 2 * 24 * 3600
    monkeypatch.setattr(time, "time", lambda: later)
    code, out, _ = send(capsys, again, "--yes", "--repeat-window", "1")
    assert code == 0 and "already received" not in out


def test_at_a_terminal_the_user_chooses_and_enter_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write_recipients(tmp_path / "first.csv", 2)
    assert send(capsys, first, "--yes")[0] == 0
    asked = answer(monkeypatch, "", "y")  # Enter at "Skip these?", then "Send now? y"
    code, _, _ = send(capsys, write_recipients(tmp_path / "again.csv", 4))
    assert code == 0 and asked[0] == "Skip these 2 recipients? [Y/n] "
    assert json.loads(run(capsys, "status", "2", "--json")[1])[RowState.SKIPPED] == 2
    asked = answer(monkeypatch, "n", "y")
    code, _, _ = send(capsys, write_recipients(tmp_path / "third.csv", 4))
    assert code == 0 and json.loads(run(capsys, "status", "3", "--json")[1])[RowState.SKIPPED] == 0


def test_the_window_comes_from_the_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_recipients(tmp_path / "first.csv", 2)
    assert send(capsys, first, "--yes")[0] == 0
    settings = Settings.load()
    settings.repeat_window_days = 0  # no check
    settings.save()
    code, out, _ = send(capsys, write_recipients(tmp_path / "again.csv", 2), "--yes")
    assert code == 0 and "already received" not in out


def test_resuming_a_draft_checks_repeats_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 4)
    answer(monkeypatch, "n")
    assert send(capsys, recipients)[0] == 3  # campaign 1: a draft
    assert send(capsys, write_recipients(tmp_path / "two.csv", 2), "--yes")[0] == 0
    code, out, _ = run(capsys, "resume", "1")
    assert code == 0 and "2 recipients skipped" in out
    status = json.loads(run(capsys, "status", "1", "--json")[1])
    assert status[RowState.SKIPPED] == 2 and status[RowState.SENT] == 2
    assert status["status"] == CampaignStatus.FINISHED


def test_help_gives_the_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["send", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--repeat-window DAYS" in text and "repeat_window_days, 7)" in text
    assert "--include-repeats" in text
    with pytest.raises(SystemExit):
        main(["delete", "--help"])
    assert "--yes" in capsys.readouterr().out


def test_archive_hides_a_campaign_from_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 2)
    answer(monkeypatch, "n")
    assert send(capsys, recipients)[0] == 3
    code, out, _ = run(capsys, "archive", "1")
    assert code == 0 and "archive 1 --undo" in out
    assert campaigns(capsys) == []
    code, out, _ = run(capsys, "campaigns")
    assert out.strip() == "no campaigns"
    code, out, _ = run(capsys, "campaigns", "--all")
    assert "(archived)" in out
    assert run(capsys, "archive", "1", "--undo")[0] == 0
    assert [c["archived"] for c in campaigns(capsys)] == [False]
