"""`mailer check/send --where`: a campaign to part of a list (issue 15, segments)."""

from __future__ import annotations

import email
import json
from pathlib import Path

import pytest

from mailer import service
from mailer.cli.main import main

FROM = "가게 <shop@example.com>"
ROWS = (
    "이메일,이름,등급,지역,포인트\n"
    'kim@example.com,김민준,VIP,서울,"1,200"\n'
    "lee@example.com,이서연,VIP,부산,300\n"
    "park@example.com,박지호,일반,부산,5000\n"
    "choi@example.com,최수아,vip,대구,80\n"
)


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    recipients = tmp_path / "고객.csv"
    recipients.write_bytes(ROWS.encode("cp949"))  # what Korean Excel saves
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "subject.txt").write_text("{{ 이름 }}님 소식", encoding="utf-8")
    (folder / "body.txt").write_text("{{ 이름 }}님 안녕하세요", encoding="utf-8")
    return recipients, folder


def test_send_where_sends_only_the_rows_the_filter_keeps(
    inputs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = inputs
    where = "등급 == 'VIP' and 지역 != '서울'"
    assert main(["check", str(recipients), str(folder), "--from", FROM, "--where", where]) == 0
    out = capsys.readouterr().out
    assert f"filter: {where}" in out and "rows: 2  valid: 2" in out and "\nsendable" in out

    outbox = tmp_path / "outbox"
    args = ["send", str(recipients), str(folder), "--from", FROM, "--where", where]
    assert main([*args, "--transport", "outbox", "--outbox", str(outbox), "--yes"]) == 0
    capsys.readouterr()
    sent = [email.message_from_bytes(p.read_bytes()) for p in (outbox / "new").iterdir()]
    assert sorted(m["To"] for m in sent) == ["choi@example.com", "lee@example.com"]

    assert main(["status", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["sent"] == 2 and counts["skipped"] == 0
    journal = service.open_journal()
    try:
        (campaign,) = journal.campaigns.all()
        assert campaign.settings["segment"] == where
        lines = [row.line for row in journal.rows.page(campaign.id)]
    finally:
        journal.close()
    assert lines == [3, 5]  # the file's lines, not renumbered


def test_a_filter_outside_the_grammar_is_one_sentence_with_its_position(
    inputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = inputs
    for extra in ([], ["--yes"]):
        command = "send" if extra else "check"
        code = main([command, str(recipients), str(folder), "--where", "등급 = 'VIP' 지역", *extra])
        out, err = capsys.readouterr()
        assert code == 2
        assert "at character 12" in err and "Traceback" not in out + err
    journal = service.open_journal()
    try:
        assert journal.campaigns.all() == []  # nothing was created
    finally:
        journal.close()


def test_a_filter_that_keeps_nobody_is_refused_before_anything_is_stored(
    inputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    recipients, folder = inputs
    where = "지역 == '제주'"
    assert main(["check", str(recipients), str(folder), "--from", FROM, "--where", where]) == 2
    capsys.readouterr()
    code = main(["send", str(recipients), str(folder), "--from", FROM, "--where", where, "--yes"])
    out, err = capsys.readouterr()
    assert code == 2 and "matches the filter" in err and "Traceback" not in out + err
