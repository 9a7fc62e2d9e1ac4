"""In Korean, everything the app shows is Korean (issue 16, item 15): the row reasons
email-validator explains in English, file and encoding errors, the keyring error, a
paused and a stopped run with the errors behind them, and the exported results.

Each flow runs through the real pages with real core errors (made by the core's own
mappers from a server's reply or a botocore error), and every text shown is checked for
an English phrase: two or more English words in a row, once addresses, file names,
paths, codes, product names and a server's quoted reply are taken out.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from botocore.exceptions import ClientError
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from mailer.aws.errors import send_error
from mailer.sending.runner import Limits
from mailer.states import CampaignStatus, RowState
from mailer.transports.fake import FakeScript, fake_factory
from mailer.transports.smtp import map_reply
from tests.mailer.campaign_fixtures import write_template
from ui import i18n
from ui.main_window import MainWindow

# Names that stay as they are in a Korean sentence.
PROPER = ("Amazon SES", "Bulk Mailer", "GNOME", "KWallet", "SES SMTP")
_ALLOWED = re.compile(
    r"“[^”]*”"  # a quoted name, value or server reply
    r"|[\w.+\-]+@[\w.\-]+"  # an address
    r"|\S*[/\\]\S*"  # a path
    r"|\S+\.(?:csv|tsv|txt|xlsx)\b"  # a file name
    r"|\([^)]*\d{3}[^)]*\)"  # a host and port, a status code in brackets
    r"|\b[A-Z0-9_]{2,}\b"  # codes and acronyms: SMTP, AWS, MAILER_SMTP_PASSWORD
)
_PHRASE = re.compile(r"[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,})+")


def english_phrases(texts: Iterable[str]) -> list[str]:
    found = []
    for text in texts:
        rest = text
        for name in PROPER:
            rest = rest.replace(name, " ")
        rest = _ALLOWED.sub(" ", rest)
        found += [f"{phrase!r} in {text!r}" for phrase in _PHRASE.findall(rest)]
    return found


def test_the_check_finds_english() -> None:
    assert english_phrases(["잘못된 주소: there is no @-sign"])
    assert english_phrases(["Paused by you."])
    assert not english_phrases(["“a@b”에서 거부 (서버 응답: “550 5.1.1 User unknown”)"])
    assert not english_phrases(["Amazon SES (us-east-1)에서 발송을 멈췄습니다", "list.csv"])


@pytest.fixture
def korean(qapp: Any) -> Iterator[None]:
    try:
        assert i18n.install(qapp, "ko") == "ko"
        yield
    finally:
        i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot: Any, context: Any, korean: None) -> MainWindow:
    widget = MainWindow(context, restore=False)
    qtbot.addWidget(widget)
    return widget


INVALID = [
    "not-an-address",  # no @
    "홍길동 <gil@example.com>",  # a name and brackets
    "a..b@example.com",  # two periods
    "space in@example.com",  # a space
    "someone@example",  # no period in the domain
    "x@test.invalid",  # a reserved domain
    "full＠example.com",  # a full-width @
    "comma,here@example.com",
    "",  # empty
    "user0@example.com",  # a duplicate of the first row
]


def write_list(path: Path, valid: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["name", "이메일"])
        for i in range(valid):
            out.writerow([f"고객 {i}", f"user{i}@example.com"])
        for i, address in enumerate(INVALID):
            out.writerow([f"잘못 {i}", address])
    return path


def visible_texts(widget: Any) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and label.text()
    ]


def model_texts(model: Any, columns: Iterable[int]) -> list[str]:
    return [
        str(model.data(model.index(row, col)) or "")
        for row in range(model.rowCount())
        for col in columns
    ]


def load(qtbot: Any, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=10_000):
        window.open_recipients(path)


def test_invalid_rows_are_explained_in_korean(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    load(qtbot, window, write_list(tmp_path / "list.csv", 5))
    page = window.recipients_page
    model = page.model
    last = model.columnCount() - 1
    reasons = model_texts(model, [last])
    assert sum(1 for text in reasons if text) == len(INVALID)
    assert any("@ 기호가 없습니다" in text for text in reasons)
    assert any("“,”" in text for text in reasons)  # the character itself, not its name
    assert any("공백" in text for text in reasons)  # SPACE in Korean
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    shown = reasons + model_texts(model, [1]) + visible_texts(page) + headers[:2] + headers[-1:]
    assert english_phrases(shown) == []


def test_file_errors_are_korean(qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any) -> None:
    page = window.recipients_page
    page.open_file(tmp_path / "없는 파일.csv")
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=10_000)
    folder = tmp_path / "폴더.csv"
    folder.mkdir()
    page.open_file(folder)
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=10_000)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\n\n")
    page.open_file(empty)
    qtbot.waitUntil(lambda: len(boxes.shown) == 3, timeout=10_000)
    # A CP949 list read as UTF-8 on purpose: the encoding error names line and column.
    cp949 = tmp_path / "고객.csv"
    cp949.write_bytes("이름,email\n김민준,kim@example.com\n".encode("cp949"))
    page.open_file(cp949)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.encoding_box.setCurrentIndex(page.encoding_box.findData("utf-8"))
    page.reload()
    qtbot.waitUntil(lambda: len(boxes.shown) == 4, timeout=10_000)
    titles, texts = [t for _, t, _ in boxes.shown], boxes.texts()
    assert "찾을 수 없습니다" in texts[0] and "폴더입니다" in texts[1]
    assert "비어 있습니다" in texts[2]
    assert "1번째 줄 1번째 글자" in texts[3] and "UTF-8" in texts[3]
    assert english_phrases(titles + texts) == []


def test_header_problems_are_korean(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    """A title above the column names (as lists saved from Excel often have), an empty
    and a repeated column name: each says in Korean what to change, and where."""
    page = window.recipients_page
    files = {
        "제목.csv": "고객 명단 2026,,\n이름,이메일,도시\n김민준,kim@example.com,서울\n",
        "빈칸.csv": "이름,,이메일\n김,x,kim@example.com\n이,y,lee@example.com\n",
        "중복.csv": "이메일,이름,이름\nkim@example.com,김,민준\n",
    }
    for n, (name, text) in enumerate(files.items(), start=1):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        page.open_file(path)
        qtbot.waitUntil(lambda n=n: len(boxes.shown) == n, timeout=10_000)
    texts = boxes.texts()
    assert "2행에 있는 것 같습니다" in texts[0] and "“이메일”" in texts[0]
    assert "2번째 열의 첫 행에 이름이 없습니다" in texts[1]
    assert "3번째 열의 이름이 2번째 열과 같습니다(“이름”)" in texts[2]
    assert english_phrases(texts) == []


def test_unusable_files_are_korean(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    """What a shop owner meets opening a file: an old .xls, a workbook named .csv, a CSV
    named .xlsx, a damaged workbook, a binary file, a header with no rows."""
    import zipfile

    files: dict[str, bytes] = {
        "옛날.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "통합.csv": b"PK\x03\x04" + b"\0" * 100,
        "텍스트.xlsx": "이름,이메일\n김,kim@example.com\n".encode(),
        "이진.csv": b"email\n" + bytes(range(256)) * 4,
        "머리글만.csv": "이름,이메일\n".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with zipfile.ZipFile(tmp_path / "손상.xlsx", "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook")  # not even XML
    names = [*files, "손상.xlsx"]
    for n, name in enumerate(names, start=1):
        window.recipients_page.open_file(tmp_path / name)
        qtbot.waitUntil(lambda n=n: len(boxes.shown) == n, timeout=10_000)
    texts = dict(zip(names, boxes.texts(), strict=True))
    assert "예전 Excel 97-2003(.xls) 파일" in texts["옛날.xls"]
    assert "확장자가 다른 Excel 통합 문서" in texts["통합.csv"]
    assert "Excel 통합 문서(.xlsx)가 아닙니다" in texts["텍스트.xlsx"]
    assert "이진 데이터" in texts["이진.csv"]
    assert "행이 없습니다" in texts["머리글만.csv"]
    assert "손상된 Excel 통합 문서" in texts["손상.xlsx"]
    # the library's own words about the damage stay as they are, quoted in brackets
    assert english_phrases([t for k, t in texts.items() if k != "손상.xlsx"]) == []


def test_keyring_error_is_korean(qtbot: Any, context: Any, korean: None, boxes: Any) -> None:
    from ui.dialogs.account_dialog import AccountDialog

    keyring.set_keyring(fail.Keyring())  # no usable keyring (the autouse fixture restores)
    dialog = AccountDialog(context)
    qtbot.addWidget(dialog)
    dialog.add_profile()
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData("smtp"))
    form.name.setText("가게 메일")
    form.smtp_host.setText("mail.example.com")
    form.smtp_user.setText("shop")
    form.smtp_password.setText("very-secret-value")
    dialog.use_profile()
    dialog.save()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    _kind, title, text = boxes.shown[-1]
    assert "키링" in text and "very-secret-value" not in text
    assert english_phrases([title, text]) == []


def _ready_to_send(qtbot: Any, window: MainWindow, tmp_path: Path) -> FakeScript:
    load(qtbot, window, write_list(tmp_path / "list.csv", 30))
    window.template_page.open_folder_path(write_template(tmp_path / "tpl" / "plain"))
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    page = window.send_page
    qtbot.waitUntil(
        lambda: window.context.template is not None and window.context.sender is not None
    )
    qtbot.waitUntil(
        lambda: page.review.review is not None and not page.review.problems_box.isVisibleTo(page)
    )
    script = FakeScript()
    page.run_overrides = {
        "transport_factory": fake_factory(script),
        "limits": Limits(rate=0, daily=None),
    }
    page.review.confirm.setChecked(True)
    return script


def _refused(address: str) -> Any:
    """What the SMTP transport raises when the server refuses a recipient."""
    return map_reply(
        550,
        b"5.1.1 <" + address.encode() + b">: Recipient address rejected: User unknown",
        where="mail.example.com:25",
        stage="rcpt",
        sender="news@example.com",
        recipient=address,
    )


def _throttled(address: str) -> Any:
    return send_error(
        ClientError(
            {
                "Error": {"Code": "TooManyRequestsException", "Message": "Too many requests."},
                "ResponseMetadata": {"HTTPStatusCode": 429},
            },
            "SendEmail",
        ),
        where="Amazon SES (ap-northeast-2)",
        sender="news@example.com",
        recipient=address,
    )


def _paused_account(address: str) -> Any:
    return send_error(
        ClientError(
            {
                "Error": {"Code": "AccountSendingPausedException", "Message": "Paused."},
                "ResponseMetadata": {"HTTPStatusCode": 400},
            },
            "SendEmail",
        ),
        where="Amazon SES (ap-northeast-2)",
        sender="news@example.com",
        recipient=address,
    )


def test_a_paused_run_and_its_export_are_korean(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = _ready_to_send(qtbot, window, tmp_path)
    script.fail("user0@example.com", _throttled("user0@example.com"))  # retried, then sent
    for i in range(1, 30):  # the rest is refused: ten in a row pause the run
        script.fail(f"user{i}@example.com", _refused(f"user{i}@example.com"))
    page = window.send_page
    board = page.dashboard
    page.review.start_button.click()
    qtbot.waitUntil(
        lambda: board.last is not None and board.last.status is CampaignStatus.PAUSED,
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: board.reason.isVisibleTo(board), timeout=5_000)
    errors = [board.errors.item(i).text() for i in range(board.errors.count())]
    shown = [board.status.text(), board.reason.text(), *errors, *visible_texts(board)]
    assert board.reason.text().startswith("일시 중지")
    assert "거부했습니다" in board.reason.text()
    assert english_phrases(shown) == []

    boxes.answer = QMessageBox.StandardButton.Yes  # "Cancel the campaign?" -> yes
    board.cancel_button.click()
    qtbot.waitUntil(lambda: board.done_button.isVisibleTo(board), timeout=15_000)
    assert english_phrases([board.status.text(), board.reason.text()]) == []

    campaigns = window.campaigns_page
    campaigns.refresh()
    qtbot.waitUntil(lambda: campaigns.list_model.rowCount() == 1, timeout=10_000)
    campaign_id = campaigns.list_model.rows[0].id
    campaigns.select_campaign(campaign_id)
    qtbot.waitUntil(lambda: campaigns.rows_model.rowCount() >= 30, timeout=10_000)
    rows = campaigns.rows_model
    columns = range(rows.columnCount())
    assert english_phrases(model_texts(rows, columns)) == []

    out = tmp_path / "결과.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    shown_before = len(boxes.shown)
    campaigns.export_button.click()
    qtbot.waitUntil(lambda: len(boxes.shown) > shown_before, timeout=10_000)
    assert english_phrases(boxes.texts()[shown_before:]) == []
    with open(out, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    header, body = table[0], table[1:]
    assert header[:6] == [
        "파일 줄",
        "받는 사람",
        "상태 코드",
        "상태",
        "메시지 ID",
        "오류 또는 사유",
    ]
    assert "name" in header  # the file's own columns keep their names
    codes = {row[2] for row in body}
    assert codes <= {state.value for state in RowState}  # machine-readable, unchanged
    assert {RowState.FAILED.value, RowState.SKIPPED.value} <= codes
    ours = header[: header.index("name")]
    assert english_phrases(ours + [row[3] for row in body] + [row[5] for row in body]) == []


def test_a_stopped_run_says_why_in_korean(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    script = _ready_to_send(qtbot, window, tmp_path)
    script.fail("user3@example.com", _paused_account("user3@example.com"))
    page = window.send_page
    before = len(boxes.shown)
    page.review.start_button.click()
    qtbot.waitUntil(lambda: page.dashboard.done_button.isVisibleTo(page), timeout=15_000)
    texts = boxes.texts()[before:]  # what the run showed
    assert any("발송이 일시 중지" in text for text in texts), texts
    shown = [*texts, page.dashboard.status.text(), page.dashboard.reason.text()]
    assert english_phrases(shown) == []


def test_a_sender_typo_is_explained_in_korean(qtbot: Any, window: MainWindow) -> None:
    panel = window.template_page.sender_panel
    panel.from_addr.setEditText("news at example")
    qtbot.waitUntil(lambda: "news at example" in panel.problem.text(), timeout=5_000)
    text = panel.problem.text()
    assert "보내는 사람" in text
    assert english_phrases([text]) == []


def test_the_default_profile_is_named_in_korean_and_keeps_its_key(
    qtbot: Any, window: MainWindow, context: Any
) -> None:
    """ "local outbox" is the settings' key (shared with the CLI): the status bar, the
    profiles menu and Settings > Account show it in Korean, and saving keeps the key."""
    from mailer import DEFAULT_PROFILE
    from ui.dialogs.account_dialog import AccountDialog

    assert context.settings.active == DEFAULT_PROFILE
    window.status.refresh()
    menu = [a.text() for a in window.profiles_menu.actions()]
    assert window.status.profile_button.text() == "프로필: 로컬 보관함"
    assert "로컬 보관함" in menu and DEFAULT_PROFILE not in menu
    dialog = AccountDialog(context)
    qtbot.addWidget(dialog)
    shown = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert "로컬 보관함" in shown and not english_phrases(shown)
    assert dialog.current == DEFAULT_PROFILE and dialog.form.name.text() == "로컬 보관함"
    assert dialog.form.profile().name == DEFAULT_PROFILE
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert set(context.settings.profiles) == {DEFAULT_PROFILE}
    assert context.settings.active == DEFAULT_PROFILE
