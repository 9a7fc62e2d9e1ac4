"""Render each page and dialog with example data into docs/screenshots/*.png.

Runs the real app widgets in a real window: under Xvfb when there is no display
(re-executes itself through ``xvfb-run``). Settings, data and QSettings go to a
temporary folder, so taking screenshots never touches the user's own.

    python packaging/screenshots.py                 # English and Korean
    python packaging/screenshots.py --language ko   # one language
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1200, 760)
DEMO_TEMPLATE = {  # used only when templates/ ships no folder yet
    "subject.txt": "{{ name }}님, {{ city }} 매장 11월 소식입니다\n",
    "body.html": (
        "<html><body style='font-family:sans-serif;margin:0'>"
        "<div style='background:#2e7d32;color:white;padding:24px'><h1>하나 꽃집 소식</h1></div>"
        "<div style='padding:24px'><p>안녕하세요 {{ name }}님,</p>"
        "<p>{{ city }} 매장에서 가을 꽃다발 할인 행사를 합니다. "
        "고객님의 요금제는 <b>{{ plan }}</b>입니다.</p>"
        "<p><a href='{{ unsubscribe_url }}'>수신 거부</a></p></div></body></html>\n"
    ),
    "body.txt": "안녕하세요 {{ name }}님,\n{{ city }} 매장에서 가을 꽃다발 할인 행사를 합니다.\n",
}


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get ready in time")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def template_folder(tmp: Path) -> Path:
    from ui.paths import shipped_templates

    shipped = shipped_templates()
    preferred = [p for p in shipped if p.name == "newsletter"]
    if preferred or shipped:
        return (preferred or shipped)[0]
    folder = tmp / "newsletter"
    folder.mkdir()
    for name, text in DEMO_TEMPLATE.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def shoot(language: str, out: Path) -> list[Path]:
    tmp = Path(tempfile.mkdtemp(prefix="bulk-mailer-shots-"))
    os.environ["MAILER_DATA_DIR"] = str(tmp / "data")
    os.environ["MAILER_CONFIG_DIR"] = str(tmp / "config")
    sys.path.insert(0, str(ROOT))
    from ui.app import prepare_qt

    prepare_qt()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    app = QApplication([sys.argv[0]])
    from ui import i18n

    i18n.install(app, language)
    from mailer.settings import Profile, Settings
    from ui.context import AppContext
    from ui.dialogs.account_dialog import AccountDialog
    from ui.dialogs.preview_dialog import PreviewDialog
    from ui.main_window import CAMPAIGNS, RECIPIENTS, SEND, TEMPLATE, MainWindow

    settings = Settings(path=tmp / "config" / "settings.json")
    settings.profiles["local outbox"] = Profile(outbox_dir=str(tmp / "outbox"), rate=10, daily=500)
    settings.profiles["SES Seoul"] = Profile(
        name="SES Seoul", kind="ses", region="ap-northeast-2", configuration_set="bulk-mailer"
    )
    context = AppContext(settings)
    window = MainWindow(context, restore=False)
    window.resize(*SIZE)
    window.show()
    suffix = "" if language == "en" else f"-{language}"
    saved: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    page = window.recipients_page
    save(window, "01-recipients-empty")
    page.open_file(ROOT / "examples" / "recipients.csv")
    wait_until(lambda: context.table is not None)
    save(window, "02-recipients")
    page.filter_buttons["invalid"].click()
    wait_until(lambda: page.model.rowCount() == context.table.counts()["invalid"])
    save(window, "03-recipients-invalid")
    page.filter_buttons["invalid"].click()

    window.steps.setCurrentRow(TEMPLATE)
    window.template_page.open_folder_path(template_folder(tmp))
    wait_until(lambda: context.template is not None)
    sender = window.template_page.sender_panel
    sender.from_name.setText("하나 꽃집" if language == "ko" else "Hana Flower Shop")
    sender.from_addr.setEditText("news@hana-flowers.example")
    sender.unsubscribe.setText("mailto:unsubscribe@hana-flowers.example")
    sender.publish()
    window.template_page.tabs.setCurrentIndex(1)
    save(window, "04-template")
    window.steps.setCurrentRow(SEND)
    save(window, "05-review-send")
    window.steps.setCurrentRow(CAMPAIGNS)
    save(window, "06-campaigns")
    window.steps.setCurrentRow(RECIPIENTS)

    preview = PreviewDialog(context, 3, window)
    preview.show()
    wait_until(lambda: preview.current is not None)
    settle(1.5)  # WebEngine paints asynchronously
    save(preview, "07-preview-html")
    preview.html_view.mobile_button.click()
    settle(1.0)
    save(preview, "08-preview-mobile")
    preview.tabs.setCurrentIndex(2)
    preview.test_address.setEditText("me@hana-flowers.example")
    preview.send_test()
    wait_until(lambda: bool(preview.result_label.text()) and "…" not in preview.result_label.text())
    save(preview, "09-preview-raw-test-sent")
    preview.close()

    account = AccountDialog(context, window)
    account.show()
    account.test_connection()
    wait_until(lambda: "…" not in account.report.toPlainText())
    save(account, "10-account-outbox")
    for row in range(account.list.count()):
        if account.list.item(row).text() == "SES Seoul":
            account.list.setCurrentRow(row)
    save(account, "11-account-ses")
    account.close()
    window.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "ko"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("no display and no xvfb-run: apt-get install xvfb", file=sys.stderr)
            return 2
        command = [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__]
        return subprocess.call(command + (argv if argv is not None else sys.argv[1:]))
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # root in containers/CI
    if args.language is None:  # one process per language: translators load before widgets
        for language in ("en", "ko"):
            code = subprocess.call(
                [sys.executable, __file__, "--language", language, "--out", str(args.out)]
            )
            if code:
                return code
        return 0
    for path in shoot(args.language, args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
