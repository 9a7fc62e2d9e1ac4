"""Where the send dashboard and the campaigns page plug in.

``ui.pages.send_page.SendPage`` and ``ui.pages.campaigns_page.CampaignsPage`` are
constructed as ``Page(context, parent)`` with the shared AppContext (it carries the
recipients model as ``context.recipient_model`` for colouring rows with
``set_row_states``). If a page defines ``can_close() -> bool`` the main window asks
it before quitting (the dashboard pauses cleanly there); ``page_shown()`` is called
when the page becomes visible. Until a module exists this placeholder says what will
be there.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setFixedWidth(560)
        # Between stretches a wrapped label gets one line unless told its wrapped height.
        body.setMinimumHeight(body.heightForWidth(560))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def load_page(module: str, cls: str, context: AppContext) -> QWidget:
    """``ui.pages.<module>.<cls>(context)`` if that module exists, else a placeholder."""
    try:
        page_class = getattr(importlib.import_module(f"ui.pages.{module}"), cls)
    except ModuleNotFoundError as exc:
        if exc.name != f"ui.pages.{module}":
            raise  # the module exists but something it imports is missing: a real bug
        return placeholder_for(module)
    page: QWidget = page_class(context)
    return page


def placeholder_for(module: str) -> QWidget:
    if module == "send_page":
        return PlaceholderPage(
            QCoreApplication.translate("pages", "Review & send"),
            QCoreApplication.translate(
                "pages",
                "Here you will check the campaign before it starts (recipients, estimated "
                "time, today's quota, sandbox warnings), start it, and follow it live: "
                "pause, resume or cancel, counters, the sending rate and a chart.",
            ),
        )
    return PlaceholderPage(
        QCoreApplication.translate("pages", "Campaigns"),
        QCoreApplication.translate(
            "pages",
            "Here you will find every past and unfinished campaign with its counts, see "
            "what happened to each recipient, resume a campaign and export the results.",
        ),
    )
