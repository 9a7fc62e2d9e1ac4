"""Review & send's A/B subject test: two or more subject lines, each sent now to a share
of the list; after the wait, the rest gets the subject with the most unique opens (or
clicks). The core makes and decides the test (``service.create_ab_test``,
``service.start_scheduled``); this box only collects the choice and says what is wrong
with it before Start, in the user's language."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mailer.states import ABMetric

MAX_SUBJECTS = 8  # the core's limit (A to H)
DEFAULT_SHARE, DEFAULT_WAIT = 10.0, 4.0  # percent per variant, hours: the CLI's defaults
NOTE_COLOUR = "#6d6d6d"  # the note under the plan: quieter


def letter(k: int) -> str:
    return chr(ord("A") + k)


class SubjectLine(QWidget):
    """One variant: its letter, the subject line, a remove button."""

    removed = Signal(object)
    edited = Signal()

    def __init__(self, k: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter = QLabel(letter(k))
        self.letter.setMinimumWidth(16)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(self.tr("Subject line (Jinja, like subject.txt)"))
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this subject"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.letter)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove)
        self.typed = False  # the user changed it: a new template does not overwrite it
        self.edit.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self.typed = True


class ABBox(QWidget):
    """Off by default; ``changed`` on every edit (Start follows ``error()``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = QCheckBox(self.tr("A/B test the subject"))
        self.on.setToolTip(
            self.tr(
                "Send each subject to a share of the list now; after the wait, the rest "
                "gets the subject that did best."
            )
        )
        self.details = QWidget()
        self.lines: list[SubjectLine] = []
        self.lines_layout = QVBoxLayout()
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a subject"))
        self.add_button.clicked.connect(self._add_clicked)
        self.share = QDoubleSpinBox()
        self.share.setRange(1, 49)
        self.share.setDecimals(0)
        self.share.setSuffix(" %")
        self.share.setValue(DEFAULT_SHARE)
        self.wait = QDoubleSpinBox()
        self.wait.setRange(0.5, 24 * 7)
        self.wait.setDecimals(1)
        self.wait.setSingleStep(1)
        self.wait.setSuffix(self.tr(" hours"))
        self.wait.setValue(DEFAULT_WAIT)
        self.winner = QComboBox()
        self.winner.addItem(self.tr("most unique opens"), ABMetric.OPENS.value)
        self.winner.addItem(self.tr("most unique clicks"), ABMetric.CLICKS.value)
        self.note = self.tr(
            "Opens are counted only when open tracking is on for the profile "
            "(Campaigns → Report → Open and click tracking) and are estimates; clicks "
            "need click tracking and links in the message. Bulk Mailer must be running "
            "when the wait ends; if it is not, it asks at the next start."
        )
        # The plan and the note in one label: two word-wrapped labels leave a gap.
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #c62828; }")
        self.problem.hide()

        # Compact: the review page is tall already.
        subjects = QWidget()
        subjects_layout = QVBoxLayout(subjects)
        subjects_layout.setContentsMargins(0, 0, 0, 0)
        subjects_layout.setSpacing(2)
        subjects_layout.addLayout(self.lines_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        subjects_layout.addLayout(add_row)
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("Share per variant:"), self.share),
            (self.tr("Wait before the rest:"), self.wait),
            (self.tr("Winner:"), self.winner),
        ):
            choices.addWidget(QLabel(text))
            choices.addWidget(widget)
            choices.addSpacing(12)
        choices.addStretch(1)
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Subjects:"), subjects)
        form.addRow("", choices)
        form.addRow("", self.plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.on)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)

        self._template_subject = ""
        self._recipients: int | None = None  # valid rows to split (None: not known yet)
        self._scheduled = False  # a start time or a send window is chosen
        for _ in range(2):
            self._add_line("")
        self.on.toggled.connect(self._update)
        self.share.valueChanged.connect(self._update)
        self.wait.valueChanged.connect(self._update)
        self.winner.currentIndexChanged.connect(self._update)
        self._update()

    # -- what was chosen -------------------------------------------------------------
    def is_on(self) -> bool:
        return self.on.isChecked()

    def subjects(self) -> list[str]:
        return [" ".join(line.edit.text().split()) for line in self.lines]

    def share_percent(self) -> float:
        return float(self.share.value())

    def wait_hours(self) -> float:
        return float(self.wait.value())

    def chosen_metric(self) -> ABMetric:
        return ABMetric(str(self.winner.currentData()))

    # -- what the page tells it ------------------------------------------------------
    def set_template_subject(self, subject: str) -> None:
        """Lines the user has not typed in follow the template's subject."""
        self._template_subject = subject
        for line in self.lines:
            if not line.typed:
                line.edit.setText(subject)
        self._update()

    def set_recipients(self, valid: int | None) -> None:
        if valid != self._recipients:  # unchanged: no ``changed`` (the panel listens)
            self._recipients = valid
            self._update()

    def set_scheduled(self, scheduled: bool) -> None:
        if scheduled != self._scheduled:
            self._scheduled = scheduled
            self._update()

    def error(self) -> str:
        """Why the test cannot be made ("" when it can, or when the box is off)."""
        if not self.is_on():
            return ""
        if self._scheduled:
            return self.tr(
                "An A/B test starts now: clear “Start at” and “Only between”, or turn the test off."
            )
        subjects = [s for s in self.subjects() if s]
        if len(subjects) < len(self.lines) or len(subjects) < 2:
            return self.tr("Give every variant a subject line: at least two.")
        if len(set(subjects)) < len(subjects):
            return self.tr("Two subject lines are the same: change one so the test compares.")
        n, share = len(subjects), self.share_percent()
        if share * n >= 100:
            return (
                self.tr(
                    "%1% for each of %2 variants leaves nobody for the winner: give less "
                    "than %3% each."
                )
                .replace("%1", f"{share:g}")
                .replace("%2", str(n))
                .replace("%3", f"{100 / n:g}")
            )
        valid = self._recipients
        if valid is not None:
            size = max(1, round(valid * share / 100))
            if size * n >= valid:
                return (
                    self.tr(
                        "%1 recipients are too few for %2 variants of %3 each and a rest: "
                        "give a smaller share or a longer list."
                    )
                    .replace("%1", str(valid))
                    .replace("%2", str(n))
                    .replace("%3", str(size))
                )
        return ""

    def reset(self) -> None:
        self.on.setChecked(False)

    # -- inside --------------------------------------------------------------------------
    def _add_clicked(self) -> None:
        self._add_line(self._template_subject)
        self.lines[-1].edit.setFocus()
        self._update()

    def _add_line(self, text: str) -> None:
        line = SubjectLine(len(self.lines), text)
        line.removed.connect(self._remove_line)
        line.edited.connect(self._update)
        self.lines.append(line)
        self.lines_layout.addWidget(line)

    def _remove_line(self, line: SubjectLine) -> None:
        if len(self.lines) <= 2:
            return
        self.lines.remove(line)
        self.lines_layout.removeWidget(line)
        line.deleteLater()
        for k, other in enumerate(self.lines):
            other.letter.setText(letter(k))
        self._update()

    def _update(self) -> None:
        on = self.is_on()
        self.details.setVisible(on)
        self.add_button.setEnabled(len(self.lines) < MAX_SUBJECTS)
        for line in self.lines:
            line.remove.setEnabled(len(self.lines) > 2)
        n = len(self.lines)
        rest = max(0.0, 100 - n * self.share_percent())
        plan = (
            self.tr(
                "Now: %1 variants, each to %2% of the recipients. After %3 hours: the other "
                "%4% get the subject with the %5."
            )
            .replace("%1", str(n))
            .replace("%2", f"{self.share_percent():g}")
            .replace("%3", f"{self.wait_hours():g}")
            .replace("%4", f"{rest:g}")
            .replace("%5", self.winner.currentText())
        )
        self.plan.setText(
            f"{html.escape(plan)}<br><span style='color:{NOTE_COLOUR}'>"
            f"{html.escape(self.note)}</span>"
        )
        problem = self.error()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()
