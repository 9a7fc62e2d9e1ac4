"""The Recipients page's segment filter (issue 15, segments): the count follows the typed
filter, the campaign is made of the filter's rows only, a filter the grammar refuses
blocks sending instead of falling back to the whole list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mailer.settings import data_dir
from mailer.states import RowState
from mailer.store.journal import Journal
from tests.ui.test_send_page import page_of
from ui.main_window import MainWindow
from ui.pages.recipients_page import RecipientsPage

ROWS = "이메일,이름,등급,지역\n" + "".join(
    f"u{i}@example.com,고객{i},{'VIP' if i % 3 == 0 else '일반'},{'서울' if i % 2 else '부산'}\n"
    for i in range(30)
)
VIP_NOT_SEOUL = [i for i in range(30) if i % 3 == 0 and i % 2 == 0]  # 부산 VIPs


@pytest.fixture
def window(qtbot: Any, context: Any) -> MainWindow:
    widget = MainWindow(context, restore=False)
    qtbot.addWidget(widget)
    return widget


def korean_template(tmp_path: Path) -> Path:
    folder = tmp_path / "tpl" / "plain"
    folder.mkdir(parents=True)
    (folder / "subject.txt").write_text("{{ 이름 }}님 소식", encoding="utf-8")
    (folder / "body.txt").write_text("{{ 이름 }}님, {{ 지역 }} 매장 소식입니다.", encoding="utf-8")
    return folder


def open_list(qtbot: Any, page: RecipientsPage, tmp_path: Path) -> None:
    path = tmp_path / "고객.csv"
    path.write_bytes(ROWS.encode("cp949"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.open_file(path)


def type_filter(qtbot: Any, page: RecipientsPage, text: str) -> None:
    page.segment_edit.clear()
    for ch in text:  # one keystroke at a time (QTest.keyClicks cannot type Hangul)
        page.segment_edit.insert(ch)
    qtbot.waitUntil(
        lambda: (
            page.context.segment == text
            and not page._segment_timer.isActive()
            and page._filter_task is None
        ),
        timeout=5000,
    )


def test_the_count_follows_the_filter_as_it_is_typed(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    page = RecipientsPage(context)
    qtbot.addWidget(page)
    open_list(qtbot, page, tmp_path)
    type_filter(qtbot, page, "등급 == 'vip' and 지역 != '서울'")
    assert page.segment_label.text() == f"{len(VIP_NOT_SEOUL)} of 30 valid recipients"
    assert page.model.rowCount() == len(VIP_NOT_SEOUL)
    chosen = context.campaign_table()
    assert chosen is not None and chosen.emails == [f"u{i}@example.com" for i in VIP_NOT_SEOUL]
    assert context.segment_rows == VIP_NOT_SEOUL

    type_filter(qtbot, page, "등급 == 'VIP' 지역")  # outside the grammar
    assert "character 13" in page.segment_label.text() and "▲" in page.segment_label.text()
    assert context.campaign_table() is None  # never the whole list in its place

    page.segment_edit.clear()
    qtbot.waitUntil(lambda: context.segment == "" and page.model.rowCount() == 30, timeout=5000)
    assert context.campaign_table() is context.table


def test_a_campaign_is_made_of_the_segment_and_colours_the_right_rows(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from mailer.sending.runner import Limits
    from mailer.transports.fake import FakeScript, fake_factory

    open_list(qtbot, window.recipients_page, tmp_path)
    window.template_page.open_folder_path(korean_template(tmp_path))
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    page = page_of(window)
    type_filter(qtbot, window.recipients_page, "등급 == 'VIP' and 지역 != '서울'")
    qtbot.waitUntil(
        lambda: page.review.review is not None and not page.review.problems_box.isVisibleTo(page),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: page.review.recipients.text() == str(len(VIP_NOT_SEOUL)))
    script = FakeScript()
    page.run_overrides = {
        "transport_factory": fake_factory(script),
        "limits": Limits(rate=0, daily=None),
    }
    page.review.confirm.setChecked(True)
    page.review.start_button.click()
    qtbot.waitUntil(lambda: page.dashboard.done_button.isVisibleTo(page), timeout=15_000)
    assert sorted(to for to, _id in script.sent) == sorted(
        f"u{i}@example.com" for i in VIP_NOT_SEOUL
    )
    model = window.recipients_page.model
    assert [i for i in range(30) if model.row_state(i) == RowState.SENT] == VIP_NOT_SEOUL
    journal = Journal(data_dir() / "journal.sqlite3")
    try:
        (campaign,) = journal.campaigns.all()
        assert campaign.settings["segment"] == "등급 == 'VIP' and 지역 != '서울'"
        assert campaign.total == len(VIP_NOT_SEOUL)
    finally:
        journal.close()


def test_a_refused_filter_is_a_problem_on_review_and_send(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    open_list(qtbot, window.recipients_page, tmp_path)
    window.template_page.open_folder_path(korean_template(tmp_path))
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    type_filter(qtbot, window.recipients_page, "포인트 > 1")  # no such column
    page = page_of(window)
    qtbot.waitUntil(lambda: page.review.problems_box.isVisibleTo(page), timeout=10_000)
    texts = [text for text, _step in page.problems()]
    assert "The segment filter is being counted or is not understood." in texts
    assert not page.review.start_button.isEnabled()


def test_segments_are_saved_per_file_and_columns(qtbot: Any, context: Any, tmp_path: Path) -> None:
    page = RecipientsPage(context)
    qtbot.addWidget(page)
    open_list(qtbot, page, tmp_path)
    type_filter(qtbot, page, "등급 == 'VIP'")
    page.save_segment()
    type_filter(qtbot, page, "지역 == '부산'")
    page.save_segment()
    assert page.saved_segments() == ["지역 == '부산'", "등급 == 'VIP'"]
    page._fill_saved_menu()
    texts = [a.text() for a in page.saved_menu.actions()]
    assert "지역 == '부산'" in texts and "등급 == 'VIP'" in texts
    choose = next(a for a in page.saved_menu.actions() if a.text() == "등급 == 'VIP'")
    choose.trigger()
    qtbot.waitUntil(lambda: context.segment == "등급 == 'VIP'", timeout=5000)
    other = tmp_path / "other"
    other.mkdir()
    path = other / "다른.csv"
    path.write_text("email,city\na@example.com,서울\n", encoding="utf-8")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.open_file(path)
    assert page.saved_segments() == []  # another list: its own segments


def test_the_field_keeps_its_place_and_size_while_the_count_changes(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    """The count or error line sits under the field, always there: typing moves nothing."""
    page = RecipientsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    open_list(qtbot, page, tmp_path)
    before = page.segment_edit.geometry(), page.view.geometry()
    type_filter(qtbot, page, "등급 == 'vip' and 지역 != '서울'")
    assert page.segment_label.text()
    type_filter(qtbot, page, "등급 == 'VIP' 지역 and a much longer text that is not understood")
    assert "▲" in page.segment_label.text()
    assert (page.segment_edit.geometry(), page.view.geometry()) == before
