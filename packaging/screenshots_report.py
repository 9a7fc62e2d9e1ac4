"""Render the Campaigns page's Report tab with an example campaign into
docs/screenshots/14-report.png and 14-report-ko.png.

A campaign of 2,400 recipients (Korean and international providers) is stored and
marked sent, and SES's part is played by applying delivery, bounce, complaint, open
and click notifications to the journal, spread over a day. Same conventions as
packaging/screenshots.py (whose helpers it uses): real widgets, under Xvfb when there
is no display, everything in a temporary folder.

    python packaging/screenshots_report.py [--language en|ko]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from screenshots import OUT, SIZE, settle, template_folder, wait_until  # noqa: E402

ROWS = 2400
DOMAINS = [
    ("gmail.com", 30),
    ("naver.com", 30),
    ("daum.net", 8),
    ("hanmail.net", 7),
    ("kakao.com", 5),
    ("outlook.com", 6),
    ("yahoo.com", 2),
    ("hana-flowers.example", 12),
]
LINKS = [
    "https://hana-flowers.example/autumn-sale",
    "https://hana-flowers.example/stores/seoul",
    "https://hana-flowers.example/bouquets?utm_source=newsletter",
    "https://instagram.com/hana.flowers",
]
NAME = {"en": "November newsletter", "ko": "11월 뉴스레터"}


def example_campaign(tmp: Path, language: str) -> int:
    from mailer.aws.notifications import DeliveryEvent
    from mailer.content.message import SenderSettings
    from mailer.content.recipients import load_recipients
    from mailer.content.templates import TemplateSet
    from mailer.service import create_campaign, open_journal
    from mailer.settings import Profile
    from mailer.states import EventKind, RowState
    from mailer.store.rows import RowChange

    rnd = random.Random(14)
    names = [d for d, weight in DOMAINS for _ in range(weight)]
    path = tmp / "customers.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "email", "city", "plan"])
        for i in range(ROWS):
            w.writerow([f"고객{i}", f"customer{i}@{rnd.choice(names)}", "서울", "free"])
    journal = open_journal()
    table = load_recipients(path)
    campaign = create_campaign(
        journal,
        name=NAME[language],
        table=table,
        template=TemplateSet.load(template_folder(tmp)),
        sender=SenderSettings.parse("Hana <news@hana-flowers.example>"),
        profile=Profile(kind="outbox", outbox_dir=str(tmp / "outbox")),
    )
    start = time.time() - 30 * 3600
    sent = [
        RowChange(i, RowState.SENT, message_id=f"shot-{i}", attempt=1, time=start + i * 2.5)
        for i in range(ROWS - 6)
    ]
    failed = [
        RowChange(
            i,
            RowState.FAILED,
            error="554 Message rejected: Email address is not verified.",
            attempt=1,
        )
        for i in range(ROWS - 6, ROWS)
    ]
    journal.rows.write_batch(campaign, sent + failed, "screenshots")

    def at(seconds: float) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(seconds))

    events: list[DeliveryEvent] = []
    for change in sent:
        i, mid, when = change.idx, str(change.message_id), change.time
        email = table.emails[i]
        domain = email.rpartition("@")[2]
        roll = rnd.random()
        if roll < (0.05 if domain == "hana-flowers.example" else 0.012):
            events.append(
                DeliveryEvent(
                    EventKind.BOUNCE,
                    mid,
                    (email,),
                    at(when + 4),
                    bounce_type="Permanent",
                    bounce_subtype="General",
                    diagnostic="smtp; 550 5.1.1 user unknown",
                )
            )
            continue
        if roll < 0.02:
            events.append(
                DeliveryEvent(
                    EventKind.BOUNCE,
                    mid,
                    (email,),
                    at(when + 60),
                    bounce_type="Transient",
                    bounce_subtype="MailboxFull",
                    diagnostic="smtp; 552 5.2.2 mailbox full",
                )
            )
            continue
        events.append(DeliveryEvent(EventKind.DELIVERY, mid, (email,), at(when + 3)))
        if domain == "daum.net" and rnd.random() < 0.01:
            events.append(
                DeliveryEvent(
                    EventKind.COMPLAINT, mid, (email,), at(when + 7200), feedback_type="abuse"
                )
            )
        opens = rnd.choice([0, 0, 0, 1, 1, 2, 3]) if domain != "hanmail.net" else 0
        for n in range(opens):
            events.append(
                DeliveryEvent(
                    EventKind.OPEN, mid, (email,), at(when + rnd.expovariate(1 / 14000) + n * 600)
                )
            )
        if opens and rnd.random() < 0.35:
            link = LINKS[min(int(rnd.expovariate(1.2)), len(LINKS) - 1)]
            events.append(
                DeliveryEvent(
                    EventKind.CLICK, mid, (email,), at(when + rnd.expovariate(1 / 16000)), link=link
                )
            )
    for k in range(0, len(events), 500):
        journal.events.apply(events[k : k + 500])
    journal.close()
    return campaign


def install_extra(app: Any, path: Path) -> None:
    """Translations not merged into the .qm yet: a flat JSON {English: translation}."""
    import json

    from PySide6.QtCore import QTranslator

    words = json.loads(path.read_text(encoding="utf-8"))

    class JsonTranslator(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: Any = None, n: int = -1
        ) -> str:
            # None (a null string) makes Qt ask the next translator; "" would blank the text.
            found = words.get(source)
            return None if found is None else str(found)  # type: ignore[return-value]

    app.json_translator = JsonTranslator(app)  # kept alive with the app
    app.installTranslator(app.json_translator)


def shoot(language: str, out: Path, extra: Path | None = None) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="bulk-mailer-report-shots-"))
    os.environ["MAILER_DATA_DIR"] = str(tmp / "data")
    os.environ["MAILER_CONFIG_DIR"] = str(tmp / "config")
    from ui.app import prepare_qt

    prepare_qt()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    app = QApplication([sys.argv[0]])
    from ui import i18n

    i18n.install(app, language)
    if extra is not None and language != "en":
        install_extra(app, extra)
    from mailer.settings import Profile, Settings
    from ui.context import AppContext
    from ui.main_window import CAMPAIGNS, MainWindow

    campaign = example_campaign(tmp, language)
    settings = Settings(path=tmp / "config" / "settings.json")
    settings.profiles["SES Seoul"] = Profile(
        name="SES Seoul", kind="ses", region="ap-northeast-2", configuration_set="bulk-mailer"
    )
    settings.active = "SES Seoul"
    context = AppContext(settings)
    window = MainWindow(context, restore=False)
    window.resize(SIZE[0], SIZE[1] + 140)
    window.show()
    window.steps.setCurrentRow(CAMPAIGNS)
    page: Any = window.campaigns_page
    wait_until(lambda: page.list_model.rowCount() == 1)
    page.select_campaign(campaign)
    page.tabs.setCurrentIndex(1)
    wait_until(lambda: page.report.panel.report is not None)
    settle(1.0)
    suffix = "" if language == "en" else f"-{language}"
    path = out / f"14-report{suffix}.png"
    window.grab().save(str(path))
    window.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "ko"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--extra-translations", type=Path, help="JSON {English: translation}")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("no display and no xvfb-run: apt-get install xvfb", file=sys.stderr)
            return 2
        command = [xvfb, "-a", "-s", "-screen 0 1600x1100x24", sys.executable, __file__]
        return subprocess.call(command + (argv if argv is not None else sys.argv[1:]))
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # root in containers/CI
    if args.language is None:  # one process per language: translators load before widgets
        for language in ("en", "ko"):
            more = ["--extra-translations", str(args.extra_translations)]
            command = [sys.executable, __file__, "--language", language]
            code = subprocess.call(command + (more if args.extra_translations else []))
            if code:
                return code
        return 0
    print(shoot(args.language, args.out, args.extra_translations))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
