"""The Korean translation is complete, and stays complete when strings are added."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from ui.i18n import HERE, resolve_language
from ui.i18n.build import compile_ts, lupdate, tool

TS = HERE / "bulk_mailer_ko.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def test_every_message_has_a_finished_korean_translation() -> None:
    shipped = messages(TS)
    assert len(shipped) > 150
    problems = []
    for (context, source), message in shipped.items():
        node = message.find("translation")
        assert node is not None
        texts = translations(message)
        if node.get("type") in {"unfinished", "vanished", "obsolete"} or not all(
            t.strip() for t in texts
        ):
            problems.append(f"{context}: {source!r}")
        for placeholder in set(re.findall(r"%[0-9n]", source)):
            if not all(placeholder in t for t in texts):
                problems.append(f"{context}: {source!r} loses {placeholder}")
    assert problems == []


@pytest.mark.skipif(tool("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_no_source_string_lacks_a_translation(tmp_path: Path) -> None:
    """Re-scan ui/ like the build does: a new tr() string without a translation fails here."""
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    in_code = set(messages(fresh))
    in_ts = set(messages(TS))
    assert sorted(in_code - in_ts) == [], "translate these (python -m ui.i18n.build --update)"
    assert sorted(in_ts - in_code) == [], "stale strings: re-run lupdate with -no-obsolete"


@pytest.mark.skipif(tool("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
def test_compiled_catalogue_translates(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtCore import QTranslator

    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    qm = compile_ts(copy)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Campaigns") == "캠페인"
    assert (
        translator.translate("TemplatePage", "%n variable(s) have no matching column: %1", "", 2)
        != ""
    )


def test_language_follows_the_system_locale() -> None:
    from PySide6.QtCore import QLocale

    assert resolve_language("system", QLocale("ko_KR")) == "ko"
    assert resolve_language("system", QLocale("de_DE")) == "en"
    assert resolve_language("en", QLocale("ko_KR")) == "en"
