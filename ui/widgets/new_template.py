"""Ask which starter a new template copies and what it is called.

Used for "New template…" (choose a starter) and for "Save as a copy" of a shipped
template (the starter is fixed: the one being edited). The copy itself is made by the
core (mailer.service.new_template) in the user's templates folder. In the Korean app
the Korean starters (``*-ko``) come first in the list and are chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import i18n


class NewTemplateDialog(QDialog):
    def __init__(
        self,
        starters: list[Path],
        destination: Path,
        *,
        fixed: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as a copy") if fixed else self.tr("New template"))
        self.starter = QComboBox()
        for folder in [fixed] if fixed else _in_app_language(starters):
            self.starter.addItem(folder.name, str(folder))
        self.starter.setEnabled(fixed is None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. june-newsletter"))
        self._suggested = ""
        self._suggest(destination)
        self.starter.currentIndexChanged.connect(lambda _i: self._suggest(destination))
        where = QLabel(self.tr("It is created in %1").replace("%1", str(destination)))
        where.setWordWrap(True)
        self._destination = destination
        self.problem = QLabel()  # a name already taken: said here, the dialog stays open
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b3261e; }")
        self.problem.hide()
        self.name.textChanged.connect(lambda _t: self.problem.hide())
        form = QFormLayout()
        form.addRow(self.tr("Start from:"), self.starter)
        form.addRow(self.tr("Name:"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name.text().strip()
        if name and (self._destination / name).exists():
            self.problem.setText(
                self.tr("A template called “%1” already exists; choose another name.").replace(
                    "%1", name
                )
            )
            self.problem.show()
            self.name.setFocus()
            return
        super().accept()

    def _suggest(self, destination: Path) -> None:
        """ "my-<starter>" for the name, unless the user typed one."""
        if self.name.text() not in ("", self._suggested):
            return
        base = Path(str(self.starter.currentData() or "template")).name
        self._suggested = _free_name(destination, f"my-{base}")
        self.name.setText(self._suggested)

    def chosen(self) -> tuple[Path, str]:
        return Path(str(self.starter.currentData())), self.name.text().strip()


def _in_app_language(starters: list[Path]) -> list[Path]:
    """The starters written in the app's language first (``newsletter-ko``), the
    others after them, each group in its order."""
    suffix = f"-{i18n.current()}"
    return sorted(starters, key=lambda folder: not folder.name.endswith(suffix))


def _free_name(folder: Path, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken in ``folder``."""
    name, number = base, 2
    while (folder / name).exists():
        name, number = f"{base}-{number}", number + 1
    return name
