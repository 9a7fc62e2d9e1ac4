"""Issue 16, item 6: the Variables panel's ✓ for ``unsubscribe_url`` is truthful. With
no unsubscribe link or mailto it renders empty, so it is flagged; a mailto alone is
enough (``unsubscribe_url`` resolves to it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from ui.pages.template_page import TemplatePage


def _items(page: TemplatePage) -> list[str]:
    return [page.variables.item(i).text() for i in range(page.variables.count())]


def test_unsubscribe_url_is_flagged_until_a_target_is_set(
    qtbot: Any, context: Any, template_dir: Path, examples: Path
) -> None:
    (template_dir / "body.txt").write_text(
        "{{ name }}\nunsubscribe: {{ unsubscribe_url }}\n", encoding="utf-8"
    )
    page = TemplatePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(context.template_changed, timeout=10_000):
        page.open_folder_path(template_dir)
    context.set_table(load_recipients(examples / "recipients.csv"))
    context.set_sender(SenderSettings(from_addr="news@example.com"))
    item = next(t for t in _items(page) if "unsubscribe_url" in t)
    assert item.startswith("⚠")
    context.set_sender(
        SenderSettings(from_addr="news@example.com", unsubscribe=("mailto:stop@example.com",))
    )
    qtbot.waitUntil(
        lambda: next(t for t in _items(page) if "unsubscribe_url" in t).startswith("✓"),
        timeout=5_000,
    )
