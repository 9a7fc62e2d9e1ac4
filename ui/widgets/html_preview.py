"""An HTML e-mail preview that runs no script and fetches nothing until allowed.

QWebEngineView on its own off-the-record profile: JavaScript off, local content may
not reach files or the network, and an interceptor blocks every http(s) request
until the user clicks "Load remote images" (e-mail clients do the same: remote
images are tracking pixels too). Falls back to QTextBrowser, which never fetches,
when Qt WebEngine is not installed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

try:
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineProfile,
        QWebEngineScript,
        QWebEngineSettings,
        QWebEngineUrlRequestInfo,
        QWebEngineUrlRequestInterceptor,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

    HAVE_WEBENGINE = True
except ImportError:  # pragma: no cover - WebEngine is a dependency, but optional at run time
    HAVE_WEBENGINE = False

MOBILE_WIDTH = 390
BASE_URL = QUrl("about:blank")  # not a network origin: relative URLs resolve to nothing

if HAVE_WEBENGINE:

    class RemoteBlocker(QWebEngineUrlRequestInterceptor):
        """Blocks http/https until ``allow_remote``; runs on WebEngine's IO thread."""

        def __init__(self) -> None:
            super().__init__()
            self.allow_remote = False
            self.blocked = 0

        def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
            if not self.allow_remote and info.requestUrl().scheme() in ("http", "https"):
                self.blocked += 1
                info.block(True)


class HtmlPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = ""
        self._scroll_to: tuple[float, float] | None = None
        self.remote_button = QPushButton(self.tr("Load remote images"))
        self.remote_button.setToolTip(
            self.tr("Images on web servers are blocked until you allow them for this preview")
        )
        self.remote_button.clicked.connect(self.allow_remote)
        self.desktop_button = QPushButton(self.tr("Desktop"))
        self.mobile_button = QPushButton(self.tr("Mobile"))
        group = QButtonGroup(self)
        for button in (self.desktop_button, self.mobile_button):
            button.setCheckable(True)
            group.addButton(button)
        self.desktop_button.setChecked(True)
        self.desktop_button.toggled.connect(self._width_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.remote_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Width:")))
        bar.addWidget(self.desktop_button)
        bar.addWidget(self.mobile_button)

        self.blocker: RemoteBlocker | None = None
        if HAVE_WEBENGINE:
            self.view: QWebEngineView | QTextBrowser = self._make_web_view()
        else:
            browser = QTextBrowser()
            browser.setOpenLinks(False)
            self.view = browser
        frame = QHBoxLayout()
        frame.addStretch(0)  # the spacers take what a narrow (mobile) view leaves
        frame.addWidget(self.view, 1)
        frame.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(frame, 1)
        if self.blocker is not None:
            # Children are deleted in the order they joined; the layout re-joined the
            # view after the profile. A profile must outlive its pages: join it last.
            self.profile.setParent(None)
            self.profile.setParent(self)

    def _make_web_view(self) -> QWebEngineView:
        view = QWebEngineView(self)
        self.profile = QWebEngineProfile(self)  # no storage name: off the record
        self.blocker = RemoteBlocker()
        self.blocker.setParent(self.profile)
        self.profile.setUrlRequestInterceptor(self.blocker)
        page = QWebEnginePage(self.profile, view)
        settings = page.settings()
        attr = QWebEngineSettings.WebAttribute
        settings.setAttribute(attr.JavascriptEnabled, False)
        settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attr.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(attr.AutoLoadImages, True)  # data: images; remote: blocked above
        settings.setAttribute(attr.PluginsEnabled, False)
        view.setPage(page)
        page.loadFinished.connect(self._loaded)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        return view

    @property
    def remote_allowed(self) -> bool:
        return self.blocker is not None and self.blocker.allow_remote

    def set_html(self, html: str, *, keep_scroll: bool = False) -> None:
        """Show ``html``; ``keep_scroll``: stay where the reader was (the editor's live
        preview re-renders on every pause in typing)."""
        self._html = html
        if isinstance(self.view, QTextBrowser):  # no Qt WebEngine
            bar = self.view.verticalScrollBar()
            position = bar.value()
            self.view.setHtml(html)
            if keep_scroll:
                bar.setValue(position)
        else:
            point = self.view.page().scrollPosition()
            self._scroll_to = (point.x(), point.y()) if keep_scroll else None
            self.view.setHtml(html, BASE_URL)

    def _loaded(self, _ok: bool) -> None:
        if self._scroll_to is None or isinstance(self.view, QTextBrowser):
            return
        x, y = self._scroll_to
        self._scroll_to = None
        # Page scripts are off (main world); the application's own world still runs,
        # and this line only moves the view: nothing from the message is evaluated.
        self.view.page().runJavaScript(
            f"window.scrollTo({x:.0f}, {y:.0f})", QWebEngineScript.ScriptWorldId.ApplicationWorld
        )

    def html(self) -> str:
        return self._html

    def allow_remote(self) -> None:
        if self.blocker is not None:
            self.blocker.allow_remote = True
        self.remote_button.setEnabled(False)
        self.set_html(self._html)

    def _width_changed(self) -> None:
        mobile = self.mobile_button.isChecked()
        if mobile:
            self.view.setFixedWidth(MOBILE_WIDTH)
        else:
            self.view.setMinimumWidth(0)
            self.view.setMaximumWidth(16_777_215)
