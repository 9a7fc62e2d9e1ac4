"""Files the running app loads: the app icon (rendered by packaging/render_icons.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent
ICON_NAME = "bulk-mailer"


def app_icon() -> QIcon:
    """The window/taskbar icon: the PNG sizes (crisp at small sizes) plus the SVG."""
    icon = QIcon()
    for png in sorted(RESOURCES.glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(png))
    svg = RESOURCES / f"{ICON_NAME}.svg"
    if svg.is_file():  # needs Qt's SVG image plugin; the PNGs cover its absence
        icon.addFile(str(svg))
    return icon
