"""Issue 16 through the `mailer` command: defaults in --help and in a run (item 3),
test sends marked as tests (10), data rows with file lines (13), the progress counter
without skipped rows and a smoothed ETA (14), preview of a skipped row (16)."""

from __future__ import annotations

import argparse
import email
import email.policy
from pathlib import Path

import pytest

from mailer.cli.main import build_parser, main
from mailer.cli.progress import SmoothEta, to_send
from mailer.sending.progress import Progress
from mailer.states import CampaignStatus, RowState

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "recipients.csv"
NEWSLETTER = ROOT / "templates" / "newsletter"
ANNOUNCEMENT = ROOT / "templates" / "announcement"


def _subparser(name: str) -> argparse.ArgumentParser:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found = sub.choices[name]
    assert isinstance(found, argparse.ArgumentParser)
    return found


@pytest.mark.parametrize("command", ["send", "test-send", "resume", "check", "preview"])
def test_help_gives_the_default_of_every_option_that_takes_a_value(command: str) -> None:
    parser = _subparser(command)
    missing = [
        action.option_strings[-1]
        for action in parser._actions
        if action.option_strings
        and action.nargs != 0  # flags: off unless given
        and action.dest not in ("help", "to")  # --to is required
        and "default" not in (action.help or "")
    ]
    assert missing == []


def test_send_help_states_the_limit_defaults_per_transport() -> None:
    text = " ".join(_subparser("send").format_help().split())
    assert "0 or none = no limit (default: the profile's, else outbox and SMTP no limit" in text
    assert "SES and SES SMTP endpoints the account's" in text


def test_an_outbox_run_is_unpaced_and_uncapped_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    recipients = tmp_path / "list.csv"
    rows = "".join(f"N{i},u{i}@example.com\n" for i in range(250))
    recipients.write_text("name,email\n" + rows, encoding="utf-8")
    assert main(["send", str(recipients), str(ANNOUNCEMENT), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "limits: no rate limit, no daily cap" in out
    assert "result: sent 250" in out  # past the sandbox's 200, without waiting a day
    others = tmp_path / "others.csv"  # not the same people again: that is a repeat send
    others.write_text("name,email\nA,a@example.com\n", encoding="utf-8")
    assert main(["send", str(others), str(ANNOUNCEMENT), "--yes", "--daily", "1000"]) == 0
    assert "limits: no rate limit, 1000 a day (rolling 24 hours)" in capsys.readouterr().out


def test_preview_of_a_skipped_row_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", str(EXAMPLES), str(NEWSLETTER), "--row", "17"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        "error: Row 17 of recipients.csv (JANE.DOE@example.com) is skipped and would not be "
        "sent: duplicate of row 6."
    )


def test_check_and_the_row_option_count_data_rows_with_the_file_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text(
        'name,email\n"Kim\nSeoul",kim@example.com\nLee,bad-address\nPark,park@example.com\n',
        encoding="utf-8",
    )
    assert main(["check", str(recipients), str(ANNOUNCEMENT)]) == 0
    assert "  row 2 (line 4): bad-address - invalid address" in capsys.readouterr().out
    assert main(["preview", str(recipients), str(ANNOUNCEMENT), "--row", "3"]) == 0
    assert "To: park@example.com" in capsys.readouterr().out


def test_test_send_is_marked_as_a_test(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    outbox = tmp_path / "outbox"
    base = ["test-send", str(EXAMPLES), str(NEWSLETTER), "--to", "me@example.org"]
    assert main([*base, "--outbox", str(outbox)]) == 0
    assert main([*base, "--outbox", str(outbox), "--no-test-prefix"]) == 0
    capsys.readouterr()
    sent = sorted(
        (
            email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
            for f in (outbox / "new").iterdir()
        ),
        key=lambda m: str(m["Subject"]).startswith("[TEST]"),
    )
    assert [m["X-Bulk-Mailer-Test"] for m in sent] == ["1", "1"]
    assert sent[1]["Subject"] == "[TEST] " + str(sent[0]["Subject"])
    assert not str(sent[0]["Subject"]).startswith("[TEST]")


def _progress(**kw: object) -> Progress:
    counts = {state.value: 0 for state in RowState}
    counts.update(kw.pop("counts", {}))  # type: ignore[arg-type]
    values: dict[str, object] = {
        "campaign_id": 1,
        "status": CampaignStatus.RUNNING,
        "counts": counts,
        "total": 100,
        "rate": 10.0,
        "max_rate": 0.0,
        "eta_seconds": None,
    }
    values.update(kw)
    return Progress(**values)  # type: ignore[arg-type]


def test_the_progress_counter_leaves_skipped_rows_out() -> None:
    p = _progress(counts={RowState.SKIPPED: 20, RowState.SENT: 30, RowState.PENDING: 50})
    assert to_send(p) == (30, 80)  # not 50 of 100: skipped rows were never "done"


def test_the_eta_follows_a_smoothed_rate() -> None:
    now = [0.0]
    eta = SmoothEta(span=10.0, clock=lambda: now[0])
    left = {RowState.PENDING: 100}
    assert eta.update(_progress(counts=left, rate=10.0)) == pytest.approx(10.0)
    now[0] = 1.0  # one second of a burst at 100/s moves the estimate a tenth of the way
    burst = eta.update(_progress(counts=left, rate=100.0))
    assert burst is not None and 5.0 < burst < 10.0
    raw = 100 / 100.0
    assert burst > 5 * raw


def test_cells_are_printed_as_they_are_not_as_emoji_or_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text(
        "name,email\nKim,kim:x:@example.com\nLee,lee[bold]x@example.com\nPark,park@example.com\n",
        encoding="utf-8",
    )
    assert main(["check", str(recipients), str(ANNOUNCEMENT)]) == 0
    out = capsys.readouterr().out
    assert "  row 1: kim:x:@example.com - invalid address" in out  # not "kim❌@..."
    assert "  row 2: lee[bold]x@example.com - invalid address" in out


def test_the_command_process_freezes_what_it_imported_and_a_caller_is_left_alone(
    tmp_path: Path,
) -> None:
    import gc
    import subprocess
    import sys

    script = (
        "import gc, sys\n"
        "from mailer.cli import main\n"
        "sys.argv = ['mailer', '--data-dir', sys.argv[1], 'campaigns']\n"
        "code = main()\n"
        "print(code, gc.get_freeze_count() > 1000)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.stdout.split()[-2:] == ["0", "True"], proc.stderr[-2000:]
    before = gc.get_freeze_count()
    assert main(["--data-dir", str(tmp_path / "data"), "campaigns"]) == 0
    assert gc.get_freeze_count() == before  # a test or another program calling main()
