"""The campaigns page's report tabs: loads a campaign's report on a pool thread when a
report tab is looked at, exports it (PDF, CSV), compares campaigns, and turns open
and click tracking on for the current profile."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QTabWidget

from mailer import MailerError
from ui.errors import show_error
from ui.ops.reports import export_csv, load_comparison, load_report, turn_on_open_click
from ui.ops.tasks import run_task
from ui.widgets.file_dialogs import ask_save_file
from ui.widgets.report_tabs import ReportPanel

if TYPE_CHECKING:
    from mailer import CampaignRates, CampaignReport, Settings
    from ui.pages.campaigns_page import CampaignsPage


class ReportController(QObject):
    def __init__(self, page: CampaignsPage, tabs: QTabWidget) -> None:
        super().__init__(page)
        self.page = page
        self.tabs = tabs
        self.panel = ReportPanel(self)
        for widget, title in self.panel.pages():
            tabs.addTab(widget, title)
        self.campaign_id: int | None = None
        self._loaded_for: int | None = None
        self._generation = 0
        self.comparison_dialog: QObject | None = None
        tabs.currentChanged.connect(lambda _i: self._maybe_load())
        shown = self.panel.report_page
        shown.export_pdf.connect(self.export_pdf)
        shown.export_csv.connect(self.export_csv)
        shown.compare.connect(self.compare)
        shown.tracking.connect(self.turn_on_tracking)
        page.context.profile_changed.connect(self._update_tracking_button)
        self._update_tracking_button()

    # -- loading -------------------------------------------------------------
    def set_campaign(self, campaign_id: int | None) -> None:
        """A campaign was opened (or reopened after a refresh): its report is stale."""
        self.campaign_id = campaign_id
        self._loaded_for = None
        if campaign_id is None:
            self._generation += 1
            self.panel.set_report(None)
            self.panel.show_status(self.tr("Choose a campaign to see its report."))
            return
        self._maybe_load()

    def _maybe_load(self) -> None:
        on_report = self.tabs.currentIndex() > 0
        if on_report and self.campaign_id is not None and self._loaded_for != self.campaign_id:
            self.load()

    def load(self) -> None:
        campaign_id, source = self.campaign_id, self.page.source
        if campaign_id is None:
            return
        self._loaded_for = campaign_id
        self._generation += 1
        generation = self._generation
        self.panel.show_status(self.tr("Computing the report…"))
        run_task(
            lambda _c: load_report(source, campaign_id),
            lambda report: self._loaded(generation, report),
            lambda exc: self._failed(generation, exc),
            receiver=self,
        )

    def _loaded(self, generation: int, report: CampaignReport) -> None:
        if generation != self._generation:
            return  # the user has opened another campaign meanwhile
        self.panel.set_report(report)
        self.panel.show_status(f"<b>{report.name}</b>")

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loaded_for = None
            self.panel.show_status(self.tr("The report could not be computed."))
            show_error(self.page, exc)

    @property
    def loading(self) -> bool:
        return self._loaded_for is not None and (
            self.panel.report is None or self.panel.report.campaign_id != self._loaded_for
        )

    # -- exports -------------------------------------------------------------
    def _target(self, title: str, suffix: str, kinds: str) -> Path | None:
        report = self.panel.report
        if report is None:
            return None
        suggested = str(Path.home() / f"campaign-{report.campaign_id}-report.{suffix}")
        path = ask_save_file(self.page, title, suggested, kinds)
        return Path(path) if path else None

    def export_pdf(self) -> None:
        from ui.report_pdf import write_pdf

        path = self._target(self.tr("Export report as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None or self.panel.report is None:
            return
        try:  # drawing the chart needs the UI thread; the figures are computed already
            write_pdf(self.panel.report, path)
        except MailerError as exc:
            show_error(self.page, exc)
            return
        self._exported(path)

    def export_csv(self) -> None:
        path = self._target(self.tr("Export report as CSV"), "csv", self.tr("CSV files (*.csv)"))
        report = self.panel.report
        if path is None or report is None:
            return
        run_task(
            lambda _c: export_csv(report, path),
            self._exported,
            lambda exc: show_error(self.page, exc),
            receiver=self,
        )

    def _exported(self, path: Path) -> None:
        QMessageBox.information(
            self.page,
            self.tr("Export report"),
            self.tr("The report was saved to %1.").replace("%1", str(path)),
        )

    # -- comparison ----------------------------------------------------------
    def compare(self) -> None:
        source = self.page.source
        run_task(
            lambda _c: load_comparison(source),
            self._compared,
            lambda exc: show_error(self.page, exc),
            receiver=self,
        )

    def _compared(self, rows: list[CampaignRates]) -> None:
        from ui.dialogs.compare_dialog import CompareDialog

        dialog = CompareDialog(rows, self.page)
        self.comparison_dialog = dialog
        dialog.open()

    # -- tracking ------------------------------------------------------------
    def _update_tracking_button(self) -> None:
        button = self.panel.report_page.tracking_button
        ses = self.page.context.is_ses
        button.setEnabled(ses)
        if not ses:
            button.setToolTip(self.tr("Open and click tracking needs an Amazon SES profile."))

    def turn_on_tracking(self) -> None:
        context = self.page.context
        profile, settings = context.profile, context.settings
        answer = QMessageBox.question(
            self.page,
            self.tr("Turn on open and click tracking?"),
            self.tr(
                "With open and click tracking on, Amazon SES adds a tiny invisible image to "
                "each HTML message and sends every link through an SES address that records "
                "the click and then forwards the reader. Recipients' mail programs and "
                "privacy tools can see this; say so in your privacy notice. Plain-text "
                "messages are not tracked."
            )
            + "\n\n"
            + self.tr(
                "Turn it on for the profile %1? It applies to messages sent from now on."
            ).replace("%1", profile.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        button = self.panel.report_page.tracking_button
        button.setEnabled(False)

        def done(saved: Settings) -> None:
            button.setEnabled(True)
            context.settings = saved
            context.settings_replaced()
            QMessageBox.information(
                self.page,
                self.tr("Open and click tracking"),
                self.tr("Open and click tracking is on for %1.").replace("%1", profile.name),
            )

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            show_error(self.page, exc)

        run_task(lambda _c: turn_on_open_click(settings, profile), done, failed, receiver=self)
