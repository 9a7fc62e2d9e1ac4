"""Qt's file dialogs and standard buttons follow the UI language (issue 16, item 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from ui import i18n
from ui.widgets import file_dialogs


@pytest.fixture
def korean(qapp: Any) -> Iterator[None]:
    try:
        assert i18n.install(qapp, "ko") == "ko"
        yield
    finally:
        i18n.install(qapp, "en")


def _look_at_the_open_dialog(seen: dict[str, Any]) -> None:
    """Runs inside the dialog's event loop: note what it shows, then close it."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):  # not up yet
        QTimer.singleShot(20, lambda: _look_at_the_open_dialog(seen))
        return
    seen["native_off"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton) if b.text()]
    seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    dialog.reject()


def test_the_recipients_open_dialog_is_korean(
    korean: None, qtbot: Any, context: Any, tmp_path: Path
) -> None:
    from ui.pages.recipients_page import RecipientsPage

    page = RecipientsPage(context)
    qtbot.addWidget(page)
    page.path = tmp_path / "list.csv"  # start in tmp, not the home folder
    seen: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: _look_at_the_open_dialog(seen))
    page.choose_file()
    # An English (or C) system locale under test: Qt's own dialog, in Korean.
    assert seen["native_off"] is True
    assert any(text.startswith("열기") for text in seen["buttons"]), seen["buttons"]
    assert "취소" in seen["buttons"]
    assert not any(text in ("Open", "&Open", "Cancel") for text in seen["buttons"])
    assert any("찾는 위치" in text or "파일 이름" in text for text in seen["labels"]), seen
    # Qt 6's "&Look in:" and "Files of &type:", which Qt's own Korean catalogue lacks
    # (i18n.qt_gaps), come from ours.
    assert {"찾는 위치(&L):", "파일 형식(&T):", "파일 이름(&N):"} <= set(seen["labels"]), seen
    assert not [t for t in seen["labels"] if t.isascii() and " " in t], seen["labels"]


def test_native_dialogs_only_when_the_languages_agree(korean: None) -> None:
    assert file_dialogs.dialog_options(QLocale("ko_KR")) == QFileDialog.Option(0)
    english_system = file_dialogs.dialog_options(QLocale("en_US"))
    assert english_system == QFileDialog.Option.DontUseNativeDialog


def test_english_ui_on_a_korean_system_uses_qt_dialogs_too(qapp: Any) -> None:
    assert i18n.current() == "en"
    assert file_dialogs.dialog_options(QLocale("en_GB")) == QFileDialog.Option(0)
    korean_system = file_dialogs.dialog_options(QLocale("ko_KR"))
    assert korean_system == QFileDialog.Option.DontUseNativeDialog


def test_standard_buttons_are_korean(korean: None, qtbot: Any) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    texts = sorted(b.text() for b in box.buttons())
    assert texts == sorted(["예(&Y)", "아니요(&N)", "취소"])
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "닫기"


def test_qt_catalogue_found_when_qt_points_elsewhere(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A Qt whose configured translations folder lacks qtbase_ko (a distro Qt, a frozen
    build) still gets Korean buttons from the catalogue inside the PySide6 package."""

    class NowhereLibraryInfo:
        LibraryPath = i18n.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: Any) -> str:
            return str(tmp_path)

    monkeypatch.setattr(i18n, "QLibraryInfo", NowhereLibraryInfo)
    try:
        assert i18n.install(qapp, "ko") == "ko"
        assert QApplication.translate("QPlatformTheme", "Cancel") == "취소"
    finally:
        i18n.install(qapp, "en")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_every_file_dialog_goes_through_file_dialogs() -> None:
    """A QFileDialog.get*() call elsewhere would open a native dialog in the system's
    language: only ui/widgets/file_dialogs.py may call them."""
    import ast

    root = Path(file_dialogs.__file__).resolve().parent.parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "file_dialogs.py" or "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("get")
                and isinstance(node.value, ast.Name)
                and node.value.id == "QFileDialog"
            ):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert found == []


def test_the_gaps_in_qts_catalogue_are_in_ours(korean: None) -> None:
    assert i18n.qt_gaps() == ("찾는 위치(&L):", "파일 형식(&T):")
