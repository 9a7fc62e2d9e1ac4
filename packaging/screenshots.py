"""Render each page and dialog with example data into docs/screenshots/*.png.

Runs the real app widgets in a real window: under Xvfb when there is no display
(re-executes itself through ``xvfb-run``). Settings, data (the campaign journal) and
QSettings go to a temporary folder, so taking screenshots never touches the user's own.

The live send goes through the fake transport (latency, a few scripted failures) at
10 messages a second; the script plays SES's part by applying delivery and bounce
notifications to the journal for the message ids the fake returned, so the counters,
the chart, the bounce guard's auto-pause and the Campaigns page have real data.

    python packaging/screenshots.py                 # English and Korean
    python packaging/screenshots.py --language ko   # one language
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

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


def wait_until(
    condition: Callable[[], bool],
    timeout: float = 15.0,
    every: Callable[[], object] | None = None,
) -> None:
    """Run the event loop until ``condition``; ``every`` is called about 3 times a second."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    last = 0.0
    while not condition():
        now = time.monotonic()
        if now > end:
            raise TimeoutError("the app did not get ready in time")
        if every is not None and now - last > 0.3:
            every()
            last = now
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


# -- the live send and the campaign history -------------------------------------------
LIST_SIZE = 240  # examples/recipients.csv and more of the same customers: ~25 s at 10/s
RATE = 10.0
NAMES = {  # campaign names: older (finished), the live one, newest (stopped mid-way)
    "en": ("October newsletter", "November newsletter", "Winter sale announcement"),
    "ko": ("10월 소식지", "11월 소식지", "겨울 할인 안내"),
}
# What happens to some example addresses in the live send.
REJECTED = ("wei.chen@example.com", "liam.obrien@example.com")
HARD_BOUNCE = "olga.ivanova@example.org"
SOFT_BOUNCE = "haeun.kang@example.net"
NO_EVENT_YET = "jiwoo.yoon@example.org"  # its delivery notification has not come yet
GUARD_FROM, GUARD_BOUNCES = 85, 7  # list rows that bounce together: the guard pauses


def customer_list(tmp: Path) -> tuple[Path, list[str]]:
    """The example list grown to LIST_SIZE rows with numbered addresses; also the
    addresses that bounce together in the middle (GUARD_*)."""
    source = ROOT / "examples" / "recipients.csv"
    with source.open(encoding="utf-8", newline="") as f:
        header, *people = list(csv.reader(f))
    regular = [
        r for r in people if "@" in r[1] and "simulator" not in r[1] and r[1] == r[1].lower()
    ]
    rows = list(people)
    n = 0
    while len(rows) < LIST_SIZE:
        name, email, city, plan = regular[n % len(regular)]
        local, domain = email.split("@")
        rows.append([name, f"{local}.{n // len(regular) + 2}@{domain}", city, plan])
        n += 1
    path = tmp / "customers.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path, [r[1] for r in rows[GUARD_FROM : GUARD_FROM + GUARD_BOUNCES]]


class Notifications:
    """Plays SES's part: delivery and bounce notifications, a little after each send."""

    def __init__(self, script: Any, bounces: Iterable[str] = ()) -> None:

        from mailer.service import open_journal

        self.journal = open_journal()
        self.script = script
        self.bounces = set(bounces)
        self.done = 0

    def feed(self, lag: int = 10) -> None:
        """Notify every accepted message but the last ``lag`` (still on their way)."""
        from mailer.aws.notifications import DeliveryEvent
        from mailer.states import EventKind

        with self.script.lock:
            sent = list(self.script.sent)
        upto = max(self.done, len(sent) - lag)
        new, self.done = sent[self.done : upto], upto
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        events = []
        for recipient, message_id in new:
            address = recipient.lower()
            if address == NO_EVENT_YET:
                continue
            if address in self.bounces:
                event = DeliveryEvent(
                    EventKind.BOUNCE,
                    message_id,
                    (address,),
                    stamp,
                    bounce_type="Permanent",
                    bounce_subtype="General",
                    diagnostic="smtp; 550 5.1.1 user unknown",
                )
            elif address == SOFT_BOUNCE:
                event = DeliveryEvent(
                    EventKind.BOUNCE,
                    message_id,
                    (address,),
                    stamp,
                    bounce_type="Transient",
                    bounce_subtype="MailboxFull",
                    diagnostic="smtp; 452 4.2.2 mailbox full",
                )
            else:
                event = DeliveryEvent(EventKind.DELIVERY, message_id, (address,), stamp)
            events.append(event)
        if events:
            self.journal.events.apply(events)

    def close(self) -> None:
        self.journal.close()


def stored_campaign(context: Any, name: str, template_dir: Path, stop_after: int = 0) -> int:
    """A campaign of the open recipient file sent (at once) through the fake transport;
    with ``stop_after`` it stops after that many sends, as when the app is closed."""
    from mailer.content.templates import TemplateSet
    from mailer.sending.plan import account_key
    from mailer.sending.runner import CampaignRunner, Limits, RunOptions
    from mailer.service import create_campaign, open_journal
    from mailer.transports.fake import FakeScript, fake_factory
    from ui.pages.send_page import CLOSE_REASON

    journal = open_journal()
    try:
        campaign_id = create_campaign(
            journal,
            name=name,
            table=context.table,
            template=TemplateSet.load(template_dir),
            sender=context.sender,
            profile=context.profile,
        )
        script = FakeScript(latency=0.01)
        options = RunOptions(concurrency=1, account=account_key(context.profile))
        factory, limits = fake_factory(script), Limits(0, None)
        runner = CampaignRunner(journal, campaign_id, factory, limits, options)
        if stop_after:
            script.on_send = lambda _r: len(script.sent) >= stop_after and runner.stop(CLOSE_REASON)
        runner.run()
    finally:
        journal.close()
    if not stop_after:
        notifications = Notifications(script, ["bounce@simulator.amazonses.com"])
        notifications.feed(lag=0)
        notifications.close()
    return campaign_id


def send_live(window: Any, language: str, tmp: Path, save: Callable[[Any, str], None]) -> int:
    """Review & send during a send, auto-paused by the bounce guard, and finished."""
    from mailer.errors import RecipientRejected
    from mailer.sending.runner import Limits
    from mailer.transports.fake import FakeScript, fake_factory

    context, page = window.context, window.send_page
    path, guard = customer_list(tmp)
    window.recipients_page.open_file(path)
    wait_until(lambda: context.table is not None and context.table.source == path)
    wait_until(lambda: page.review.review is not None and page.review.review.valid > 100)
    page.review.name.setText(NAMES[language][1])

    script = FakeScript(latency=0.15)
    for address in REJECTED:
        script.fail(
            address,
            RecipientRejected("the mail server refused it: 550 5.7.1 blocked by policy"),
        )
    page.run_overrides = {
        "transport_factory": fake_factory(script),
        "limits": Limits(rate=RATE, daily=500),
    }
    # A tracking queue makes the runner re-read the journal's counts (delivered, bounced)
    # while it sends; an outbox profile has no poller, the Notifications stand in for it.
    profile_name = context.settings.active
    profile = context.settings.profiles[profile_name]
    context.settings.profiles[profile_name] = dataclasses.replace(
        profile, tracking_queue_url="https://sqs.invalid/screenshots"
    )
    notifications = Notifications(script, [HARD_BOUNCE, *guard])
    try:
        page.review.confirm.setChecked(True)
        wait_until(page.review.start_button.isEnabled)
        page.review.start_button.click()
        last = lambda: page.dashboard.last  # noqa: E731
        wait_until(lambda: last() is not None and last().sent >= 60, 30, notifications.feed)
        save(window, "05b-sending")
        wait_until(lambda: last().status == "paused", 30, notifications.feed)
        settle(1.2)  # a chart sample or two while paused
        save(window, "05c-send-paused")
        page.dashboard.resume_button.click()
        wait_until(lambda: page.dashboard.done_button.isVisible(), 60, notifications.feed)
        settle(1.0)
        save(window, "05d-send-finished")
        notifications.feed(lag=0)  # the last notifications arrive after the end
    finally:
        notifications.close()
        context.settings.profiles[profile_name] = profile
        page.run_overrides = {}
    assert page.controller is not None and page.controller.campaign_id is not None
    return page.controller.campaign_id


def show_campaign(window: Any, campaign_id: int, total: int) -> None:
    """The Campaigns page with ``campaign_id`` open and a bounced recipient selected."""
    page = window.campaigns_page
    wait_until(lambda: page.list_model.rowCount() == total)
    page.select_campaign(campaign_id)
    wait_until(lambda: page.rows_model.rowCount() > 0)
    records = page.rows_model.records
    row = next(i for i, r in enumerate(records) if r.email.lower() == HARD_BOUNCE)
    page.rows_view.setCurrentIndex(page.rows_model.index(row, 0))  # as a click does
    # The row's error shows at once; its events (lines starting with the date) replace it.
    wait_until(lambda: page.events.count() > 0 and page.events.item(0).text()[:1].isdigit())


def setup_example() -> tuple[Any, list[Any], Any]:
    """A new SES account half-way through set-up: the checklist, identities and two weeks
    of sending statistics as the core returns them (the page's own check is replaced)."""
    import datetime as dt

    from mailer import Checklist, DnsRecord, SendStatistics, Step
    from mailer.aws.stats import Point
    from mailer.states import CheckState, SetupStep
    from ui.ops.setup import IdentityRow

    domain, region = "hana-flowers.example", "ap-northeast-2"
    tokens = ("q3k7xw2mfa4lnz6c", "b8rj5tdy3vuh2opk", "m2c6sgqe9wlbx4an")
    dkim = tuple(
        DnsRecord(f"{t}._domainkey.{domain}", "CNAME", f"{t}.dkim.amazonses.com") for t in tokens
    )
    mail_from = f"mail.{domain}"
    checklist = Checklist(
        domain,
        (
            Step(
                SetupStep.CREDENTIALS,
                CheckState.OK,
                "",
                {"account": "123456789012", "arn": "arn:aws:iam::123456789012:user/hana-mailer"},
            ),
            Step(
                SetupStep.DOMAIN,
                CheckState.MISSING,
                "",
                {"domain": domain, "dkim": "PENDING", "found": 1},
                dkim,
            ),
            Step(
                SetupStep.MAIL_FROM,
                CheckState.MISSING,
                "",
                {"mail_from": mail_from, "status": "PENDING"},
                (
                    DnsRecord(mail_from, "MX", f"10 feedback-smtp.{region}.amazonses.com"),
                    DnsRecord(mail_from, "TXT", "v=spf1 include:amazonses.com ~all"),
                ),
            ),
            Step(
                SetupStep.DMARC,
                CheckState.MISSING,
                "",
                {"found": ""},
                (
                    DnsRecord(
                        f"_dmarc.{domain}", "TXT", f"v=DMARC1; p=none; rua=mailto:dmarc@{domain}"
                    ),
                ),
            ),
            Step(
                SetupStep.PRODUCTION,
                CheckState.MISSING,
                "",
                {"status": "PENDING", "case": "172839465011"},
            ),
            Step(SetupStep.TRACKING, CheckState.OK, ""),
        ),
    )
    identities = [
        IdentityRow(domain, "domain", False, "PENDING", mail_from, "PENDING"),
        IdentityRow(f"news@{domain}", "email", True, "", "", ""),
    ]
    today = dt.datetime.now(dt.UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    points = []
    for day in range(13, -1, -1):
        if day % 7 in (2, 3):
            continue  # no campaign those days
        attempts = 180 + (13 - day) * 37
        points.append(
            Point(
                today - dt.timedelta(days=day),
                attempts,
                max(1, attempts // 70),
                1 if day == 4 else 0,
                1 if day == 9 else 0,
            )
        )
    return checklist, identities, SendStatistics(tuple(points), "HEALTHY")


def show_setup(window: Any, save: Callable[[Any, str], None]) -> None:
    """The Set up Amazon SES page for the SES profile: the checklist and the statistics."""
    from ui.main_window import SETUP

    context, page = window.context, window.setup_page
    profile = context.settings.profiles["SES Seoul"]
    context.settings.profiles["SES Seoul"] = dataclasses.replace(
        profile, from_addr="Hana Flower Shop <news@hana-flowers.example>"
    )
    context.set_active_profile("SES Seoul")
    window.steps.setCurrentRow(SETUP)
    checklist, identities, stats = setup_example()
    page.show_results(checklist, identities, stats)
    save(window, "12-setup-ses")
    page.tabs.setCurrentIndex(2)
    save(window, "13-setup-statistics")
    page.tabs.setCurrentIndex(0)


EDITOR_TEXT = {  # typed into the editor for 15-editor: the preview shows it
    "en": '\n<p style="font-size:18px">Spring bouquets are in, {{ name }}!</p>',
    "ko": '\n<p style="font-size:18px">{{ name }}님, 봄 꽃다발이 들어왔어요!</p>',
}


def show_editor(window: Any, language: str, save: Callable[[Any, str], None]) -> None:
    """15-editor: a copy of the newsletter in the editor, a paragraph typed, the live
    preview showing it for the selected recipient."""
    from mailer.service import new_template
    from ui.main_window import TEMPLATE

    page = window.template_page
    window.steps.setCurrentRow(TEMPLATE)
    sender = page.sender_panel
    for field in (sender.from_name, sender.reply_to, sender.unsubscribe):
        field.clear()  # nothing typed: the copy's sender fills in without a question
    sender.from_addr.setEditText("")
    name = "11월 소식지" if language == "ko" else "november-news"
    folder = new_template(template_folder(Path(tempfile.mkdtemp())), name)
    page._fill_picker()
    page.open_folder_path(folder)
    wait_until(lambda: "body.html" in page.editors and page.preview.current is not None)
    sender.from_name.setText("하나 꽃집" if language == "ko" else "Hana Flower Shop")
    sender.from_addr.setEditText("news@hana-flowers.example")
    sender.publish()
    editor = page.editors["body.html"]
    page.tabs.setCurrentWidget(editor)
    cursor = editor.textCursor()
    greeting = editor.toPlainText().find(",</p>\n")  # after "Hello {{ name }},"
    cursor.setPosition(max(greeting + len(",</p>"), 0))
    editor.setTextCursor(cursor)
    editor.insertPlainText(EDITOR_TEXT[language])
    editor.setFocus()
    wait_until(lambda: "font-size:18px" in page.preview.html_view.html().replace(" ", ""))
    settle(1.5)  # WebEngine paints asynchronously
    save(window, "15-editor")
    page.save()  # closing the window later must not ask about unsaved changes
    wait_until(lambda: not page.dirty)


# -- issue 15: segments, a scheduled A/B test, "Send again to ..." ----------------------
KOREAN_LIST = [  # 이름, 이메일, 등급, 지역: a CP949 export as Korean spreadsheets save it
    ("김민준", "minjun.kim@example.com", "VIP", "서울"),
    ("이서연", "seoyeon.lee@example.com", "VIP", "부산"),
    ("박도윤", "doyun.park@example.net", "일반", "서울"),
    ("최지우", "jiwoo.choi@example.org", "VIP", "대구"),
    ("정하준", "hajun.jung@example.com", "일반", "인천"),
    ("강서윤", "seoyun.kang@example.net", "VIP", "광주"),
    ("조은우", "eunwoo.jo@example.com", "일반", "부산"),
    ("윤지호", "jiho.yoon@example.org", "VIP", "서울"),
    ("장수아", "sua.jang@example.com", "VIP", "대전"),
    ("임시우", "siwoo.lim@example.net", "일반", "울산"),
    ("한예은", "yeeun.han@example.com", "VIP", "수원"),
    ("오건우", "gunwoo.oh@example.org", "일반", "서울"),
]
SEGMENT = "등급 == 'VIP' and 지역 != '서울'"
KOREAN_TEMPLATE = {
    "subject.txt": "{{ 이름 }}님, 12월 VIP 할인 소식입니다\n",
    "body.txt": (
        "{{ 이름 }}님, 안녕하세요.\n{{ 지역 }} 매장에서 12월 VIP 할인 행사를 합니다.\n\n"
        "수신 거부: {{ unsubscribe_url }}\n"
    ),
}
AB_SUBJECT_B = "{{ 이름 }}님만을 위한 12월 VIP 혜택"  # the list is Korean in both languages


def korean_list(tmp: Path) -> Path:
    """The Korean customer list, four times over with numbered addresses, in CP949."""
    rows = []
    for n in range(4):
        for name, email, grade, region in KOREAN_LIST:
            local, domain = email.split("@")
            rows.append((name, f"{local}{n or ''}@{domain}", grade, region))
    path = tmp / "고객명단.csv"
    with path.open("w", encoding="cp949", newline="") as f:
        csv.writer(f).writerows([("이름", "이메일", "등급", "지역"), *rows])
    return path


def show_issue15(window: Any, language: str, tmp: Path, save: Callable[[Any, str], None]) -> None:
    """16-segments, 17-schedule-ab and 18-send-again (issue 15)."""
    from mailer.aws.notifications import DeliveryEvent
    from mailer.service import open_journal
    from mailer.states import EventKind
    from ui.dialogs.send_again_dialog import SendAgainDialog
    from ui.main_window import CAMPAIGNS, RECIPIENTS, SEND

    context, page = window.context, window.recipients_page
    window.steps.setCurrentRow(RECIPIENTS)
    path = korean_list(tmp)
    page.open_file(path)
    wait_until(lambda: context.table is not None and context.table.source == path)
    page.segment_edit.setText(SEGMENT)
    wait_until(lambda: context.segment == SEGMENT and context.segment_table is not None)
    settle(0.6)
    save(window, "16-segments")

    folder = tmp / "vip-sale"
    folder.mkdir(exist_ok=True)
    for name, text in KOREAN_TEMPLATE.items():
        (folder / name).write_text(text, encoding="utf-8")
    window.template_page.open_folder_path(folder)
    wait_until(lambda: context.template is not None and context.template.name == "vip-sale")
    window.steps.setCurrentRow(SEND)
    review = window.send_page.review
    wait_until(lambda: review.review is not None and review.review.template == "vip-sale")
    review.name.setText("12월 VIP 할인" if language == "ko" else "December VIP sale")
    review.when.later.setChecked(True)
    review.ab.on.setChecked(True)
    line = review.ab.lines[1].edit
    line.setText(AB_SUBJECT_B)
    line.textEdited.emit(line.text())
    review.confirm.setChecked(True)
    settle(0.6)
    save(window, "17-schedule-ab")
    review.ab.on.setChecked(False)
    review.when.later.setChecked(False)

    # A finished campaign to the segment, a third of it opened: send again to the rest.
    name = "11월 VIP 소식" if language == "ko" else "November VIP news"
    campaign_id = stored_campaign(context, name, folder)
    journal = open_journal()
    try:
        rows = journal.rows.page(campaign_id)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        journal.events.apply(
            [
                DeliveryEvent(EventKind.OPEN, str(r.message_id), (r.email,), stamp)
                for r in rows[: len(rows) // 3]
            ]
        )
    finally:
        journal.close()
    window.steps.setCurrentRow(CAMPAIGNS)
    campaigns = window.campaigns_page
    campaigns.refresh()
    wait_until(lambda: campaigns.list_model.row_of(campaign_id) is not None)
    campaigns.select_campaign(campaign_id)
    wait_until(lambda: campaigns.rows_model.rowCount() > 0)
    dialog = SendAgainDialog(campaign_id, name, folder, [], window)
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    wait_until(lambda: dialog.draft is not None)
    save(DialogOver(window, dialog), "18-send-again")  # over the Campaigns page
    dialog.close()
    show_ab_report(window, language, folder, save)


def show_ab_report(
    window: Any, language: str, folder: Path, save: Callable[[Any, str], None]
) -> None:
    """19-ab-report: an A/B subject test whose winner was chosen, on the Report tab."""
    from mailer import service
    from mailer.aws.notifications import DeliveryEvent
    from mailer.content.templates import TemplateSet
    from mailer.sending.runner import Limits
    from mailer.states import ABMetric, EventKind
    from mailer.transports.fake import FakeScript, fake_factory

    context = window.context
    name = "12월 VIP 할인" if language == "ko" else "December VIP sale"
    draft = service.CampaignDraft(
        name, context.table, TemplateSet.load(folder), context.sender, context.profile
    )
    journal = service.open_journal()
    try:
        subjects = [KOREAN_TEMPLATE["subject.txt"], AB_SUBJECT_B]
        made = service.create_ab_test(journal, draft, subjects, 10, 4, ABMetric.OPENS)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        for campaign_id, opened in zip(made.variant_ids, (1, 3), strict=True):
            script = FakeScript()
            session = service.CampaignSession(
                journal, campaign_id, transport_factory=fake_factory(script), limits=Limits(0, None)
            )
            session.run()
            events = [DeliveryEvent(EventKind.DELIVERY, m, (r,), stamp) for r, m in script.sent]
            events += [
                DeliveryEvent(EventKind.OPEN, m, (r,), stamp) for r, m in script.sent[:opened]
            ]
            journal.events.apply(events)
        service.start_scheduled(journal, made.rest_id)  # the decision: B wins
        winner = made.variant_ids[1]
    finally:
        journal.close()
    page = window.campaigns_page
    page.refresh()
    wait_until(lambda: page.list_model.row_of(winner) is not None)
    page.select_campaign(winner)
    page.tabs.setCurrentIndex(1)  # Report
    panel = page.report.panel
    wait_until(lambda: panel.report is not None and panel.report.campaign_id == winner)
    settle(0.8)
    save(window, "19-ab-report")


class DialogOver:
    """``window`` with ``dialog`` drawn over its middle, framed and titled as a window
    manager would (Xvfb has none): for ``save``."""

    TITLE_HEIGHT = 28

    def __init__(self, window: Any, dialog: Any) -> None:
        self.window, self.dialog = window, dialog

    def grab(self) -> Any:
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QColor, QPainter

        shot, body = self.window.grab(), self.dialog.grab()
        w, h, top = body.width(), body.height(), self.TITLE_HEIGHT
        x, y = (shot.width() - w) // 2, (shot.height() - h - top) // 2
        painter = QPainter(shot)
        painter.fillRect(x - 1, y - 1, w + 2, h + top + 2, QColor("#6b6b6b"))
        painter.fillRect(x, y, w, top, QColor("#e4e4e4"))
        painter.setPen(QColor("#202020"))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRect(x + 10, y, w - 20, top), flags, self.dialog.windowTitle())
        painter.drawPixmap(x, y + top, body)
        painter.end()
        return shot


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

    older, _live, newest = NAMES[language]
    stored_campaign(context, older, template_folder(tmp))
    live_id = send_live(window, language, tmp, save)
    stored_campaign(context, newest, ROOT / "templates" / "announcement", stop_after=6)
    window.steps.setCurrentRow(CAMPAIGNS)
    show_campaign(window, live_id, 3)
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
    show_setup(window, save)
    show_editor(window, language, save)  # it switches the template page to a copy
    show_issue15(window, language, tmp, save)  # last: a Korean list and template
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
    # Every PNG is written. After the live send, PySide6 (6.12) sometimes aborts while
    # garbage-collecting at interpreter exit ("bool_dealloc"); leave without that.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
