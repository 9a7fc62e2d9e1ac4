"""The repeat check (issue 16, item 2): recipients who already received the same template
(or subject) within the window are found by SQL over the journal and skipped by default."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailer import service
from mailer.content.message import SenderSettings
from mailer.content.recipients import RecipientTable, load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.settings import Profile, Settings
from mailer.states import CampaignStatus, ReasonCode, RowState, describe
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import make_campaign, write_recipients, write_template

DAY = 24 * 3600


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal(tmp_path / "data" / "journal.sqlite3")
    yield j  # type: ignore[misc]
    j.close()


def _sent(journal: Journal, cid: int, rows: range, state: RowState = RowState.SENT) -> None:
    journal.rows.write_batch(cid, [RowChange(i, state) for i in rows], "outbox:test")


def _table(tmp_path: Path, n: int, name: str = "next.csv") -> RecipientTable:
    return load_recipients(write_recipients(tmp_path / name, n))


def _template(tmp_path: Path, folder: str = "plain", subject: str | None = None) -> TemplateSet:
    path = write_template(tmp_path / "tpl-next" / folder)
    if subject is not None:
        (path / "subject.txt").write_text(subject, encoding="utf-8")
    return TemplateSet.load(path)


def _draft(table: RecipientTable, template: TemplateSet, **kw: object) -> service.CampaignDraft:
    return service.CampaignDraft(
        name="again",
        table=table,
        template=template,
        sender=SenderSettings.parse("Shop <news@example.com>"),
        profile=Profile(kind="outbox"),
        **kw,  # type: ignore[arg-type]
    )


def test_finds_who_received_the_same_template_within_the_window(
    journal: Journal, tmp_path: Path
) -> None:
    earlier = make_campaign(tmp_path / "a", journal, 10)  # template folder "plain"
    _sent(journal, earlier, range(0, 4))
    _sent(journal, earlier, range(4, 5), RowState.DELIVERED)
    _sent(journal, earlier, range(5, 6), RowState.BOUNCED)  # never arrived: not a repeat
    table = _table(tmp_path, 20)

    check = service.repeat_check(journal, table, _template(tmp_path), window_days=7)
    assert sorted(check.skips) == [0, 1, 2, 3, 4]
    assert check.campaigns == (earlier,)
    why = check.skips[0]
    assert why.code is ReasonCode.ALREADY_RECEIVED
    assert why.params["days"] == 7 and why.params["campaign"] == earlier
    assert describe(why) == f"already received this within 7 days (campaign {earlier})"
    # Eight days later they are outside the window; a window of 0 is no check at all.
    later = time.time() + 8 * DAY
    assert (
        service.repeat_check(journal, table, _template(tmp_path), window_days=7, now=later).count
        == 0
    )
    assert service.repeat_check(journal, table, _template(tmp_path), window_days=0).count == 0


def test_rows_a_running_campaign_still_has_to_send_count_too(
    journal: Journal, tmp_path: Path
) -> None:
    # A second send of the same list while the first still runs must not mail anyone twice.
    running = make_campaign(tmp_path / "a", journal, 10)
    _sent(journal, running, range(0, 3))
    _sent(journal, running, range(3, 4), RowState.SENDING)
    table = _table(tmp_path, 20)
    template = _template(tmp_path)

    journal.campaigns.set_status(running, CampaignStatus.RUNNING)
    check = service.repeat_check(journal, table, template, window_days=7)
    assert sorted(check.skips) == list(range(10))
    assert "going_out" not in check.skips[0].params  # received already
    assert check.skips[5].params["going_out"] is True
    assert describe(check.skips[5]) == (
        f"getting this from campaign {running}, which is sending now"
    )
    # Stopped, its pending rows are not going out now: only the received ones count.
    journal.campaigns.set_status(running, CampaignStatus.STOPPED)
    check = service.repeat_check(journal, table, template, window_days=7)
    assert sorted(check.skips) == [0, 1, 2]


def test_same_subject_in_another_folder_counts_and_another_template_does_not(
    journal: Journal, tmp_path: Path
) -> None:
    earlier = make_campaign(tmp_path / "a", journal, 6)
    _sent(journal, earlier, range(6))
    table = _table(tmp_path, 6)
    copied = _template(tmp_path, "plain-copy")  # same subject.txt as "plain"
    other = _template(tmp_path, "other", subject="A different subject")
    assert service.repeat_check(journal, table, copied, window_days=7).count == 6
    assert service.repeat_check(journal, table, other, window_days=7).count == 0


def test_addresses_match_whatever_their_case(journal: Journal, tmp_path: Path) -> None:
    earlier = make_campaign(tmp_path / "a", journal, 3)
    _sent(journal, earlier, range(3))
    path = tmp_path / "upper.csv"
    path.write_text("email\nUSER1@Example.COM\nnew@example.com\n", encoding="utf-8")
    tpl = write_template(tmp_path / "t2" / "plain")
    (tpl / "body.txt").write_text("Hello {{ email }}", encoding="utf-8")
    (tpl / "subject.txt").write_text("안녕하세요", encoding="utf-8")
    check = service.repeat_check(
        journal, load_recipients(path), TemplateSet.load(tpl), window_days=7
    )
    assert list(check.skips) == [0]


def test_create_skips_repeats_by_default_and_sends_them_when_asked(
    journal: Journal, tmp_path: Path
) -> None:
    earlier = make_campaign(tmp_path / "a", journal, 5)
    _sent(journal, earlier, range(5))
    table, template = _table(tmp_path, 8), _template(tmp_path)

    created = service.create(journal, _draft(table, template, repeat_window_days=7))
    assert created.repeats == 5 and created.unverified == 0
    counts = journal.rows.counts(created.campaign_id)
    assert counts[RowState.SKIPPED] == 5 and counts[RowState.PENDING] == 3
    first = journal.rows.page(created.campaign_id, limit=1)[0]
    assert first.reason.code is ReasonCode.ALREADY_RECEIVED

    kept = service.create(
        journal, _draft(table, template, repeat_window_days=7, skip_repeats=False)
    )
    assert kept.repeats == 0
    assert journal.rows.counts(kept.campaign_id)[RowState.PENDING] == 8


def test_a_campaign_everyone_already_received_is_refused(journal: Journal, tmp_path: Path) -> None:
    earlier = make_campaign(tmp_path / "a", journal, 5)
    _sent(journal, earlier, range(5))
    with pytest.raises(InputError, match=r"already received 'plain'.*--include-repeats") as e:
        service.create(
            journal, _draft(_table(tmp_path, 5), _template(tmp_path), repeat_window_days=7)
        )
    assert "sending now" not in str(e.value)  # none is going out: not said
    journal.campaigns.set_status(earlier, CampaignStatus.RUNNING)
    _sent(journal, earlier, range(3, 5), RowState.PENDING)
    with pytest.raises(InputError, match="getting it from a campaign sending now"):
        service.create(
            journal, _draft(_table(tmp_path, 5), _template(tmp_path), repeat_window_days=7)
        )


def test_a_draft_sent_later_is_checked_again(journal: Journal, tmp_path: Path) -> None:
    draft = make_campaign(tmp_path / "a", journal, 6)
    service.CampaignSession(journal, draft).decline()
    meanwhile = make_campaign(tmp_path / "b", journal, 6)  # the same template, sent since
    _sent(journal, meanwhile, range(2))
    check = service.skip_stored_repeats(journal, draft, window_days=7)
    assert check.count == 2 and check.campaigns == (meanwhile,)
    counts = journal.rows.counts(draft)
    assert counts[RowState.SKIPPED] == 2 and counts[RowState.PENDING] == 4
    # The draft's own rows are never a repeat of itself.
    assert service.skip_stored_repeats(journal, meanwhile, window_days=7).count == 0


def test_the_overlap_is_one_indexed_join_not_a_nested_scan(
    journal: Journal, tmp_path: Path
) -> None:
    """SQLite must index one side of the join (an automatic index on the grouped earlier
    rows), or 100,000 x 100,000 addresses would take hours."""
    from mailer.store import repeats

    earlier = make_campaign(tmp_path / "a", journal, 3)
    plan: list[str] = []
    original = journal._query

    def spy(sql: str, params: object = ()) -> list[object]:
        if "json_each" in sql:
            plan.extend(str(r[-1]) for r in original("EXPLAIN QUERY PLAN " + sql, params))  # type: ignore[arg-type]
        return original(sql, params)  # type: ignore[arg-type]

    journal._query = spy  # type: ignore[method-assign]
    repeats.find_repeats(journal, ["user1@example.com"], [earlier], since=0)
    assert any("INDEX" in step and "prior" in step for step in plan), plan


def test_the_window_is_a_setting_with_a_default_of_seven_days(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings.load(path).repeat_window_days == 7
    s = Settings(path=path, repeat_window_days=3)
    s.save()
    assert Settings.load(path).repeat_window_days == 3
    path.write_text('{"profiles": {}, "repeat_window_days": -1}', encoding="utf-8")
    with pytest.raises(InputError, match="repeat_window_days"):
        Settings.load(path)


def test_a_send_again_campaign_does_not_count_its_own_source(
    journal: Journal, tmp_path: Path
) -> None:
    """ "Send again to non-openers" of campaign 1 with its template: campaign 1 is why
    they were chosen, not a repeat; another campaign with that template still is."""
    source = make_campaign(tmp_path / "a", journal, 4)
    _sent(journal, source, range(4))
    table, template = _table(tmp_path, 4), _template(tmp_path)
    assert service.repeat_check(journal, table, template, window_days=7).count == 4
    check = service.repeat_check(journal, table, template, window_days=7, exclude=(source,))
    assert check.count == 0
    other = make_campaign(tmp_path / "b", journal, 4)
    _sent(journal, other, range(1))
    check = service.repeat_check(journal, table, template, window_days=7, exclude=(source,))
    assert list(check.skips) == [0] and check.campaigns == (other,)
