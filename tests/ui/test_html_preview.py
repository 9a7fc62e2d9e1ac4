"""The HTML preview fetches nothing remote until "Load remote images", and runs no script."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from ui.widgets import html_preview

pytestmark = pytest.mark.skipif(not html_preview.HAVE_WEBENGINE, reason="no Qt WebEngine")


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/gif")
            self.end_headers()
            self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

        def log_message(self, *_args: Any) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def test_remote_images_wait_for_permission(qtbot: Any, server: tuple[str, list[str]]) -> None:
    url, hits = server
    preview = html_preview.HtmlPreview()
    qtbot.addWidget(preview)
    preview.show()
    page = preview.view.page()  # type: ignore[attr-defined]
    html = f'<p>hi</p><img src="{url}/pixel.gif"><script>document.title="ran"</script>'
    with qtbot.waitSignal(page.loadFinished, timeout=20_000):
        preview.set_html(html)
    qtbot.wait(300)
    assert hits == []
    assert preview.blocker is not None and preview.blocker.blocked >= 1
    assert page.title() != "ran"  # JavaScript is off
    with qtbot.waitSignal(page.loadFinished, timeout=20_000):
        preview.allow_remote()
    qtbot.waitUntil(lambda: hits == ["/pixel.gif"], timeout=10_000)
