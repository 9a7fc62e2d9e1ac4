"""A damaged journal: real SQLite files corrupted from outside (bad JSON, wrong types,
a dropped column, garbage, truncation). Every reader answers with one sentence that
names the file or the campaign (and row) and what to do; nothing raises a library
error; what can still be read (the listing, the export, the healthy rows) still is."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mailer import service
from mailer.errors import JournalError
from mailer.sending.plan import prepare_run
from mailer.sending.runner import CampaignRunner, Limits
from mailer.states import CampaignStatus, RowState, describe
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign


def corrupt(path: Path, sql: str, *params: Any) -> None:
    """Damage the file the way another program (or a bad disk) would: outside the app."""
    db = sqlite3.connect(path)
    try:
        db.execute(sql, params)
        db.commit()
    finally:
        db.close()


def run(journal: Journal, cid: int) -> Any:
    return CampaignRunner(journal, cid, fake_factory(FakeScript()), Limits(0, None)).run()


def export(journal: Journal, cid: int, tmp_path: Path) -> list[list[str]]:
    out = tmp_path / f"export-{cid}.csv"
    service.export_results(journal, cid, out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


BAD_CELLS = [
    "{not json",  # not JSON at all
    '["only", "two"]',  # fewer cells than columns
    '{"name": "x"}',  # JSON, but not a list
    "[1, 2, 3, 4]",  # numbers where text was stored
    "null",
]


@pytest.mark.parametrize("data", BAD_CELLS)
def test_a_row_with_damaged_cells_fails_alone_and_the_rest_is_sent(
    journal: Journal, tmp_path: Path, data: str
) -> None:
    cid = make_campaign(tmp_path, journal, 5)
    corrupt(
        journal.path, "UPDATE recipients SET data = ? WHERE campaign_id = ? AND idx = 2", data, cid
    )
    progress = run(journal, cid)
    assert progress.counts[RowState.SENT] == 4 and progress.counts[RowState.FAILED] == 1
    row = journal.rows.page(cid, offset=2, limit=1)[0]
    assert row.state is RowState.FAILED
    assert f"campaign {cid}" in row.error and "line 4" in row.error  # the header is line 1
    assert "damaged" in row.error
    # The export still has every row; the damaged one says so instead of its cells.
    rows = export(journal, cid, tmp_path)
    assert len(rows) == 6 and rows[3][1] == "user2@example.com"
    assert "damaged" in rows[3][4]
    assert rows[4][-4:] == ["사용자 3", "user3@example.com", "서울", "free"]


DAMAGED_CAMPAIGNS = [
    ("settings", "'{'"),
    ("settings", "'[]'"),
    ("settings", """'{"sender": 5, "profile": {}}'"""),
    ("settings", """'{"sender": {"from_addr": 7}, "profile": {}}'"""),
    ("settings", """'{"sender": {"from_addr": "a@b.c", "bogus": 1}, "profile": {}}'"""),
    ("settings", """'{"sender": {"from_addr": "a@b.c"}, "profile": []}'"""),
    ("status", "'exploded'"),
    ("total", "'many'"),
    ("created", "'yesterday'"),
    ("name", "x'6e616d65'"),  # a blob where text belongs (a number would become text)
    ("template", "x'00ff'"),
]


@pytest.mark.parametrize(("column", "value"), DAMAGED_CAMPAIGNS)
def test_a_damaged_campaign_is_one_sentence_and_the_others_still_list(
    journal: Journal, tmp_path: Path, column: str, value: str
) -> None:
    healthy = make_campaign(tmp_path / "ok", journal, 3)
    cid = make_campaign(tmp_path / "bad", journal, 3)
    corrupt(journal.path, f"UPDATE campaigns SET {column} = {value} WHERE id = ?", cid)

    def says_what(exc: pytest.ExceptionInfo[JournalError]) -> None:
        text = str(exc.value)
        assert f"campaign {cid}" in text.lower() and "damaged" in text
        assert f"mailer export {cid}" in text  # what to do

    if column != "template":  # the template is read only to send
        with pytest.raises(JournalError) as info:
            journal.campaigns.get(cid)
        says_what(info)
        with pytest.raises(JournalError) as info:
            prepare_run(journal, cid)
        says_what(info)
    with pytest.raises(JournalError) as info:
        run(journal, cid)
    says_what(info)
    # The listing goes on: the damaged campaign is there, stopped, with the sentence.
    listed = {c.id: c for c in service.overview(journal)}
    assert set(listed) == {healthy, cid}
    assert listed[healthy].summary.status is CampaignStatus.READY
    if column != "template":
        damaged = listed[cid].summary
        assert damaged.status is CampaignStatus.STOPPED
        assert f"campaign {cid}" in describe(damaged.reason).lower()
    # ... and what can be read can be exported.
    rows = export(journal, cid, tmp_path)
    assert len(rows) == 4 and rows[1][1] == "user0@example.com"
    assert run(journal, healthy).counts[RowState.SENT] == 3


def test_damaged_column_names_stop_the_run_with_a_sentence_and_export_still_works(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    corrupt(journal.path, "UPDATE campaigns SET columns = 'oops' WHERE id = ?", cid)
    progress = run(journal, cid)
    assert progress.status is CampaignStatus.STOPPED
    text = describe(progress.reason)
    assert f"campaign {cid}" in text.lower() and "column names" in text and "damaged" in text
    assert progress.counts[RowState.PENDING] == 3  # nothing sent, nothing lost
    rows = export(journal, cid, tmp_path)
    assert rows[0][-4:] == ["column 1", "column 2", "column 3", "column 4"]
    assert rows[1][-4:] == ["사용자 0", "user0@example.com", "서울", "free"]


@pytest.mark.parametrize(
    ("column", "value"),
    [("state", "'zzz'"), ("updated", "'noon'"), ("attempts", "'x'"), ("line", "'x'"),
     ("email", "x'00ff'"), ("message_id", "x'00'")],
)  # fmt: skip
def test_a_row_of_the_wrong_type_is_named_by_every_reader(
    journal: Journal, tmp_path: Path, column: str, value: str
) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    corrupt(
        journal.path,
        f"UPDATE recipients SET {column} = {value} WHERE campaign_id = ? AND idx = 1",
        cid,
    )
    readers = [lambda: journal.rows.page(cid)]
    if column == "state":
        readers += [lambda: journal.rows.counts(cid), lambda: run(journal, cid)]
    for read in readers:
        with pytest.raises(JournalError) as info:
            read()
        text = str(info.value)
        assert f"campaign {cid}" in text and "damaged" in text and f"mailer export {cid}" in text
    assert len(export(journal, cid, tmp_path)) == 4
    assert {c.id for c in service.overview(journal)} == {cid}


@pytest.mark.parametrize(
    "stored",
    [
        '{"code": "bounce_rate", "count": "many", "total": 3}',
        '{"code": "failed_share", "count": 1, "size": 2, "share": "half"}',
        '{"code": "nonsense"}',
        "[1, 2]",
    ],
)
def test_a_damaged_reason_still_reads(journal: Journal, tmp_path: Path, stored: str) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    corrupt(journal.path, "UPDATE campaigns SET reason = ? WHERE id = ?", stored, cid)
    corrupt(journal.path, "UPDATE recipients SET reason = ? WHERE campaign_id = ?", stored, cid)
    assert describe(journal.campaigns.get(cid).reason)
    assert describe(journal.rows.page(cid)[0].reason)
    assert len(export(journal, cid, tmp_path)) == 3


def test_a_missing_column_is_named_at_open(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path)
    make_campaign(tmp_path, journal, 2)
    journal.close()
    corrupt(path, "ALTER TABLE recipients DROP COLUMN error")
    with pytest.raises(JournalError) as info:
        Journal(path)
    text = str(info.value)
    assert str(path) in text and "recipients" in text and "error" in text
    assert "Move it aside" in text


def _moved_aside(text: str, path: Path) -> None:
    assert str(path) in text and "damaged" in text and "Move it aside" in text
    assert "writable" not in text  # not the advice for a read-only folder


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not SQLite at all\n" * 400)
    with pytest.raises(JournalError) as info:
        Journal(path)
    _moved_aside(str(info.value), path)


@pytest.mark.parametrize("keep", [0.5, 0.05])
def test_a_truncated_journal(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    make_campaign(tmp_path, journal, 3000)
    journal.close()
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(JournalError) as info:
        service.overview(Journal(path))
    _moved_aside(str(info.value), path)


def test_a_damaged_page_found_while_reading(tmp_path: Path) -> None:
    """The first pages read fine (it opens); a page in the middle is garbage."""
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    cid = make_campaign(tmp_path, journal, 3000)
    journal.close()
    with open(path, "r+b") as fh:
        size = fh.seek(0, 2)
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xa5" * 4096 * 8)
    journal = Journal(path)
    try:
        with pytest.raises(JournalError) as info:
            list(journal.rows.export(cid))
        _moved_aside(str(info.value), path)
    finally:
        journal.close()
