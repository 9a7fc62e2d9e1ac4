"""The `mailer` command as a user runs it, on examples/ and the shipped templates."""

from __future__ import annotations

import csv
import email
import json
import mailbox
import os
import signal
import subprocess
import sys
import time
from email import policy
from pathlib import Path

import pytest

from mailer.cli.main import main
from tests.mailer.campaign_fixtures import write_recipients

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "recipients.csv"
NEWSLETTER = ROOT / "templates" / "newsletter"
FROM = "Demo Shop <news@example.com>"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"mailer {version('bulk-mailer')}\n"


def test_check_examples_is_sendable_and_lists_rejected_rows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "check", str(EXAMPLES), str(NEWSLETTER))
    assert code == 0
    assert "valid: 17" in out and "invalid: 1" in out and "duplicates: 1" in out
    # Data rows, as the app's table and --row count them (issue 16, item 13).
    assert "row 17: JANE.DOE@example.com - duplicate of row 6" in out and "row 18: (empty)" in out
    assert out.strip().endswith("sendable")


def test_check_missing_variable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tpl = tmp_path / "t"
    tpl.mkdir()
    (tpl / "subject.txt").write_text("Hi {{ nickname }}", encoding="utf-8")
    (tpl / "body.txt").write_text("x", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(EXAMPLES), str(tpl))
    assert code == 2 and "missing variables: nickname" in out


def test_bad_file_is_one_sentence_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", str(tmp_path / "nope.csv"), str(NEWSLETTER))
    assert code == 2
    assert "nope.csv" in err and "Traceback" not in err + out


def test_preview_prints_row_n_as_parseable_mime(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["preview", str(EXAMPLES), str(NEWSLETTER), "--row", "2", "--from", FROM]) == 0
    raw = capfdbinary.readouterr().out
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["To"] == "seoyeon.lee@example.org"
    assert "이서연" in str(msg["Subject"])
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_preview_row_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "preview", str(EXAMPLES), str(NEWSLETTER), "--row", "99")
    assert code == 2 and "use 1 to 20" in err


def test_send_status_export_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    outbox = tmp_path / "outbox"
    code, out, _ = run(
        capsys, "send", str(EXAMPLES), str(NEWSLETTER), "--from", FROM,
        "--outbox", str(outbox), "--rate", "0", "--yes",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "campaign: 1"
    assert len(mailbox.Maildir(outbox, create=False)) == 17
    code, out, _ = run(capsys, "status", "1", "--json")
    counts = json.loads(out)
    assert counts["sent"] == 17 and counts["skipped"] == 3 and counts["pending"] == 0
    target = tmp_path / "results.csv"
    assert run(capsys, "export", "1", str(target))[0] == 0
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 20
    assert {r["state"] for r in rows} == {"sent", "skipped"}
    # Data rows as check and --row count them, beside the file line (issue 16, item 13).
    assert [r["row"] for r in rows] == [str(n) for n in range(1, 21)]
    assert rows[16]["line"] == "18" and rows[16]["recipient"] == "JANE.DOE@example.com"
    assert any(r["name"] == "김민준" for r in rows)
    code, out, _ = run(capsys, "campaigns", "--json")
    assert json.loads(out)[0]["counts"]["sent"] == 17


def test_send_without_yes_and_no_terminal_asks_for_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, _, err = run(capsys, "send", str(EXAMPLES), str(NEWSLETTER), "--from", FROM)
    assert code == 2 and "--yes" in err


def _wait_for_output(proc: subprocess.Popen[str], text: str) -> str:
    assert proc.stdout is not None
    seen = ""
    deadline = time.monotonic() + 30
    while text not in seen:
        assert time.monotonic() < deadline, seen
        line = proc.stdout.readline()
        assert line, seen
        seen += line
    return seen


def test_daily_quota_waits_and_holds_across_resume(tmp_path: Path, data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAILER_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "mailer.cli"]
    outbox = tmp_path / "outbox"
    runs = [
        [*cmd, "send", str(EXAMPLES), str(NEWSLETTER), "--from", FROM,
         "--outbox", str(outbox), "--rate", "0", "--daily", "5", "--concurrency", "1", "--yes"],
        [*cmd, "resume", "1"],
    ]  # fmt: skip
    for argv in runs:
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
        _wait_for_output(proc, "waiting for quota until")
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == 3
        assert "resume with: mailer resume 1" in out
    assert len(os.listdir(outbox / "new")) == 5  # the quota holds across the restart


def test_ctrl_c_pauses_cleanly_and_resume_finishes(tmp_path: Path, data_dir: Path) -> None:
    recipients = write_recipients(tmp_path / "list.csv", 300)
    outbox = tmp_path / "outbox"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAILER_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "mailer.cli"]
    proc = subprocess.Popen(
        [*cmd, "send", str(recipients), str(NEWSLETTER), "--from", FROM,
         "--outbox", str(outbox), "--rate", "50", "--daily", "1000", "--yes"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not (outbox / "new").is_dir() or len(os.listdir(outbox / "new")) < 20:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 3, err
    assert "resume with: mailer resume 1" in out
    status = json.loads(
        subprocess.run(
            [*cmd, "status", "1", "--json"], env=env, capture_output=True, text=True
        ).stdout
    )
    assert status["sending"] == 0 and status["pending"] > 0
    done = subprocess.run([*cmd, "resume", "1"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(os.listdir(outbox / "new")) == 300  # every one exactly once
