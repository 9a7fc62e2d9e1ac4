"""The frame: a sidebar of steps, the pages, menus and the account status bar."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import prefs
from ui.context import AppContext
from ui.ops.account_watch import AccountWatcher
from ui.ops.tracking import TrackingService
from ui.pages.placeholder import load_page
from ui.pages.recipients_page import RecipientsPage
from ui.pages.setup_page import SetupPage
from ui.pages.template_page import TemplatePage
from ui.profile_label import profile_label
from ui.widgets.status_bar import AccountStatus

RECIPIENTS, TEMPLATE, SEND, CAMPAIGNS, SETUP = range(5)
# The first window: the template page's editor, preview and variables side by side
# need ~1,400 pixels; a laptop's smaller screen gets most of it.
FIRST_SIZE = QSize(1440, 860)


def first_size(available: QSize) -> QSize:
    """The window's size at the first start (later ones restore the last)."""
    return FIRST_SIZE.boundedTo(
        QSize(available.width() * 92 // 100, available.height() * 90 // 100)
    )


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, *, restore: bool = True) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Bulk Mailer"))
        self.setMinimumSize(QSize(900, 600))

        self.recipients_page = RecipientsPage(context)
        context.recipient_model = self.recipients_page.model  # the dashboard colours rows
        self.template_page = TemplatePage(context)
        self.template_page.row_source = self.recipients_page.selected_row  # previewed row
        self.send_page = load_page("send_page", "SendPage", context)
        self.campaigns_page = load_page("campaigns_page", "CampaignsPage", context)
        self.setup_page = SetupPage(context)
        self.pages = QStackedWidget()
        for page in (
            self.recipients_page,
            self.template_page,
            self.send_page,
            self.campaigns_page,
            self.setup_page,
        ):
            self.pages.addWidget(page)

        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        for text in (
            self.tr("1  Recipients"),
            self.tr("2  Template"),
            self.tr("3  Review & send"),
            self.tr("Campaigns"),
            self.tr("Set up Amazon SES"),
        ):
            self.steps.addItem(QListWidgetItem(text))
        self.steps.setFixedWidth(190)
        self.steps.setSpacing(2)
        self.steps.setStyleSheet("QListWidget#steps::item { padding: 8px 6px; }")
        font = self.steps.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.steps.setFont(font)
        self.steps.currentRowChanged.connect(self.show_page)
        self.preview_button = QPushButton(self.tr("Preview && test…"))
        self.preview_button.setToolTip(self.tr("See a recipient's message and send it as a test"))
        self.preview_button.clicked.connect(lambda: self.open_preview())
        side = QVBoxLayout()
        side.addWidget(self.steps, 1)
        side.addWidget(self.preview_button)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addLayout(side)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status = AccountStatus(context)
        self.status.profile_clicked.connect(self.open_account)
        self.setStatusBar(self.status)
        self._build_menus()
        self.watcher = AccountWatcher(context)
        self.watcher.refresh()
        self.tracking = TrackingService(context)
        self.recipients_page.preview_requested.connect(self.open_preview)
        self.recipients_page.loaded.connect(self._refresh_recent)
        context.table_changed.connect(self._update_actions)
        context.template_changed.connect(self._update_actions)
        context.profile_changed.connect(self._fill_profiles_menu)
        self.steps.setCurrentRow(RECIPIENTS)
        self._update_actions()
        if restore:
            self.restore_state()

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_recipients = file_menu.addAction(self.tr("Open &recipients…"))
        open_recipients.setShortcut(QKeySequence.StandardKey.Open)
        open_recipients.triggered.connect(self._open_recipients)
        self.recent_menu = file_menu.addMenu(self.tr("Recent recipient files"))
        open_template = file_menu.addAction(self.tr("Open &template folder…"))
        open_template.setShortcut(QKeySequence("Ctrl+T"))
        open_template.triggered.connect(self._open_template)
        file_menu.addSeparator()
        self.preview_action = file_menu.addAction(self.tr("&Preview and test send…"))
        self.preview_action.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_action.triggered.connect(lambda: self.open_preview())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        account = settings_menu.addAction(self.tr("&Account and profiles…"))
        account.setMenuRole(QAction.MenuRole.PreferencesRole)
        account.triggered.connect(self.open_account)
        setup = settings_menu.addAction(self.tr("Set up Amazon &SES…"))
        setup.triggered.connect(lambda: self.steps.setCurrentRow(SETUP))
        suppressions = settings_menu.addAction(self.tr("S&uppression list…"))
        suppressions.triggered.connect(self.open_suppressions)
        self.profiles_menu = settings_menu.addMenu(self.tr("Active &profile"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("ko", "한국어"),
        ):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(prefs.language() == code)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.change_language(str(action.data())))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        open_logs = help_menu.addAction(self.tr("Open &log folder"))
        open_logs.triggered.connect(self.open_log_folder)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About Bulk Mailer"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        self._fill_profiles_menu()
        self._refresh_recent()

    def _fill_profiles_menu(self) -> None:
        self.profiles_menu.clear()
        group = QActionGroup(self.profiles_menu)
        for name in sorted(self.context.settings.profiles, key=str.casefold):
            action = self.profiles_menu.addAction(profile_label(name))
            action.setCheckable(True)
            action.setChecked(name == self.context.settings.active)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, n=name: self.context.set_active_profile(n))

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in prefs.recent_recipients():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_recipients(Path(p)))
        self.recent_menu.setEnabled(bool(prefs.recent_recipients()))

    def _update_actions(self) -> None:
        ready = self.context.table is not None and self.context.template is not None
        self.preview_action.setEnabled(ready)
        self.preview_button.setEnabled(ready)

    # -- navigation and actions ----------------------------------------------
    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        shown = getattr(self.pages.currentWidget(), "page_shown", None)
        if callable(shown):
            shown()

    def _open_recipients(self) -> None:
        self.steps.setCurrentRow(RECIPIENTS)
        self.recipients_page.choose_file()

    def open_recipients(self, path: Path) -> None:
        self.steps.setCurrentRow(RECIPIENTS)
        self.recipients_page.open_file(path)

    def _open_template(self) -> None:
        self.steps.setCurrentRow(TEMPLATE)
        self.template_page.picker.setCurrentIndex(self.template_page.picker.count() - 1)
        self.template_page._picked(self.template_page.picker.count() - 1)

    def open_preview(self, row: int | None = None) -> None:
        from ui.dialogs.preview_dialog import PreviewDialog

        chosen = self.recipients_page.selected_row() if row is None else row
        dialog = PreviewDialog(self.context, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_account(self) -> None:
        from ui.dialogs.account_dialog import AccountDialog

        AccountDialog(self.context, self).exec()

    def open_suppressions(self) -> None:
        from ui.dialogs.suppression_dialog import SuppressionDialog

        dialog = SuppressionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def change_language(self, code: str) -> None:
        if code == prefs.language():
            return
        prefs.set_language(code)
        answer = QMessageBox.question(
            self,
            self.tr("Language"),
            self.tr("The new language is used from the next start. Restart Bulk Mailer now?"),
        )
        if answer == QMessageBox.StandardButton.Yes and self.close():
            QProcess.startDetached(sys.executable, ["-m", "ui.app", *sys.argv[1:]])

    def about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.context.settings.path, self).exec()

    def open_log_folder(self) -> None:
        from mailer import log_dir
        from ui.dialogs.about_dialog import open_folder
        from ui.widgets.path_notice import PathNotice

        if not open_folder(log_dir()):  # no file manager: say so and show the path
            notice = PathNotice(log_dir(), folder=True, parent=self)
            notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            notice.show()

    # -- state ---------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        last = prefs.last_recipients()
        if last and Path(last).is_file():
            self.recipients_page.open_file(Path(last))
        template = prefs.last_template()
        if template and Path(template).is_dir():
            self.template_page.open_folder_path(Path(template))

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in (self.template_page, self.send_page, self.campaigns_page):
            can_close = getattr(page, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        prefs.set_geometry(self.saveGeometry())
        self.tracking.stop()
        event.accept()
