"""`mailer check` agrees with `mailer send` (issue 17, item 4): for each input below,
check says sendable exactly when send then sends something (and what check calls NOT
sendable, send refuses before making a campaign), and the rows check says would fail
are the rows send fails."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mailer.cli.main import main
from mailer.states import RowState

FROM = "News <news@example.com>"
ROWS = "name,email\nKim,kim@example.com\nLee,lee@example.com\nPark,park@example.com\n"

# name -> (recipients CSV, {template file: text}, --from, rows check must name as failing)
CASES: dict[str, tuple[str, dict[str, str], str, int]] = {
    # A line break folds to one space (issue 16, item 5): sendable, as send sends it.
    "newline in subject.txt": (ROWS, {"subject.txt": "Hi\n{{ name }}"}, FROM, 0),
    "a line break in a subject cell": (
        'name,email\nKim,kim@example.com\n"Lee\r\nJr",lee@example.com\n',
        {},
        FROM,
        0,
    ),
    "a control character in subject.txt": (ROWS, {"subject.txt": "Hi\x07{{ name }}"}, FROM, 3),
    "sandbox-blocked expression": (ROWS, {"body.txt": "{{ name.__class__.__mro__ }}"}, FROM, 3),
    "recursion": (
        ROWS,
        {"body.txt": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"},
        FROM,
        3,
    ),
    "unbounded power": (ROWS, {"body.txt": "{{ 9**99999999 }}"}, FROM, 3),
    "a column named row": (
        "name,email,row\nKim,kim@example.com,1\nLee,lee@example.com,2\n",
        {"body.txt": '{{ row["name"] }} is number {{ row["row"] }}'},
        FROM,
        0,
    ),
    "an address the sender refuses": (
        "name,email\nKim,kim@example.com\nLee,김@example.com\n",
        {},
        FROM,
        1,
    ),
    "only addresses the sender refuses": ("name,email\nLee,김@example.com\n", {}, FROM, 1),
    "an IDN From": (ROWS, {}, "News <news@bücher.de>", 0),
    "a List-Unsubscribe line over 998 octets": (
        f"name,email,token\nKim,kim@example.com,a\nLee,lee@example.com,{'x' * 2000}\n",
        {"template.toml": 'unsubscribe = ["https://example.com/u?t={{ token }}"]'},
        FROM,
        1,
    ),
}


def _write(tmp_path: Path, rows: str, files: dict[str, str]) -> tuple[Path, Path]:
    recipients = tmp_path / "r.csv"
    recipients.write_text(rows, encoding="utf-8")
    folder = tmp_path / "tpl"
    folder.mkdir()
    parts = {"subject.txt": "Hi {{ name }}", "body.txt": "Hello {{ name }}", **files}
    for name, text in parts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return recipients, folder


@pytest.mark.parametrize("case", list(CASES))
def test_check_says_sendable_exactly_when_send_sends(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows, files, sender, failing = CASES[case]
    recipients, folder = _write(tmp_path, rows, files)
    check = main(["check", str(recipients), str(folder), "--from", sender])
    checked = capsys.readouterr()
    assert "Traceback" not in checked.out + checked.err
    sendable = checked.out.strip().endswith("\nsendable")
    assert check == (0 if sendable else 2)
    named = re.search(r"would fail at send: (\d+) of", checked.out)
    if failing and sendable:
        assert named and int(named.group(1)) == failing
    elif failing:
        assert "no message can be built" in checked.out
    else:
        assert named is None and sendable

    outbox = tmp_path / "outbox"
    args = ["send", str(recipients), str(folder), "--from", sender, "--transport", "outbox"]
    code = main([*args, "--outbox", str(outbox), "--rate", "0", "--yes"])
    sent = capsys.readouterr()
    if not sendable:  # refused as check refuses it: no campaign that fails every row
        assert code == 2 and "Nothing can be sent" in sent.err
        assert main(["campaigns"]) == 0 and "no campaigns yet" in capsys.readouterr().out
        return
    assert main(["status", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts[RowState.SENT] > 0) == sendable
    assert counts[RowState.FAILED] == failing
    assert counts[RowState.SENDING] == counts[RowState.UNKNOWN] == 0
    sent_files = list((outbox / "new").iterdir()) if (outbox / "new").is_dir() else []
    assert len(sent_files) == counts[RowState.SENT]


def test_check_refuses_a_bad_from_as_send_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = _write(tmp_path, ROWS, {})
    code = main(["check", str(recipients), str(folder), "--from", "뉴스 <뉴스@example.com>"])
    out, err = capsys.readouterr()
    assert code == 2 and "From address" in err and "Traceback" not in out + err


def test_check_notes_a_column_hidden_by_a_builtin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = _write(
        tmp_path,
        "name,E-mail,email\nKim,kim@example.com,other@example.org\n",
        {"body.txt": "Sent to {{ email }}"},
    )
    assert main(["check", str(recipients), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "sender: none given" in out
    assert out.strip().endswith("\nsendable once a sender is given (--from)")
    assert "the column 'email' is hidden by the built-in variable email" in out


def test_send_makes_no_campaign_for_smtp_settings_that_cannot_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = _write(tmp_path, ROWS, {})
    args = ["send", str(recipients), str(folder), "--from", FROM, "--transport", "smtp"]
    code = main([*args, "--smtp-host", "mail.example.org", "--smtp-security", "none", "--yes"])
    out, err = capsys.readouterr()
    assert code == 2 and "without TLS" in err and "campaign:" not in out
    assert main(["campaigns"]) == 0 and "no campaigns yet" in capsys.readouterr().out


def test_a_test_send_needs_one_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recipients, folder = _write(tmp_path, ROWS, {})
    for bad in ("nope", "", "a@example.com, b@example.com"):
        args = ["test-send", str(recipients), str(folder), "--from", FROM, "--to", bad]
        code = main([*args, "--transport", "outbox", "--outbox", str(tmp_path / "o")])
        _out, err = capsys.readouterr()
        assert code == 2 and "not one e-mail address" in err, bad
    assert not (tmp_path / "o" / "new").is_dir() or not any((tmp_path / "o" / "new").iterdir())


def test_preview_and_test_send_show_the_advertising_marking_send_adds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import email
    import email.policy

    recipients, folder = _write(tmp_path, ROWS, {})
    assert main(["preview", str(recipients), str(folder), "--from", FROM, "--advertising"]) == 0
    shown = email.message_from_string(capsys.readouterr().out, policy=email.policy.default)
    assert str(shown["Subject"]) == "(광고) Hi Kim"
    args = ["test-send", str(recipients), str(folder), "--from", FROM, "--to", "me@example.com"]
    outbox = tmp_path / "o"
    assert main([*args, "--advertising", "--transport", "outbox", "--outbox", str(outbox)]) == 0
    capsys.readouterr()
    (sent,) = list((outbox / "new").iterdir())
    message = email.message_from_bytes(sent.read_bytes(), policy=email.policy.default)
    assert str(message["Subject"]) == "[TEST] (광고) Hi Kim"
    assert "수신거부" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert main(["preview", str(recipients), str(folder), "--from", FROM, "--no-advertising"]) == 0
    plain = email.message_from_string(capsys.readouterr().out, policy=email.policy.default)
    assert str(plain["Subject"]) == "Hi Kim"
