"""A campaign whose SES events arrive through the real path: SES JSON (the AWS
documentation's samples, re-addressed) published to moto's SNS topic, kept by its SQS
queue, read by the real TrackingPoller, applied by the journal. Shared by the report
tests of the core, the CLI and the app."""

from __future__ import annotations

import copy
import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3

from mailer.aws.poller import TrackingPoller
from mailer.aws.provision import TrackingResources
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.service import create_campaign
from mailer.settings import Profile
from mailer.states import RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import write_template

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "ses-notifications"
SEND_TIME = 1_795_323_600.0 + 120  # 2026-11-22 05:02 UTC
LINK_A = "https://shop.example.com/sale?utm=news"
LINK_B = "https://shop.example.com/새상품"
PERMANENT = ("Permanent", "General", "smtp; 550 5.1.1 user unknown")

# idx -> address. Providers the report names, and others.
ADDRESSES = [
    "kim@gmail.com",  # 0
    "lee@GMAIL.com",  # 1 (domain case)
    "park@naver.com",  # 2
    "choi@naver.com",  # 3 hard bounce
    "jung@hanmail.net",  # 4 soft bounce
    "kang@daum.net",  # 5 complaint
    "yoon@outlook.com",  # 6 unsubscribes
    "jang@example.org",  # 7
    "lim@example.org",  # 8 hard bounce
    "han@example.net",  # 9 failed at send time
]

# (idx, SES event) in publish order; timestamps put each kind in its own hour.
EVENTS: list[tuple[int, str, dict[str, Any]]] = [
    (0, "Delivery", {}), (0, "Open", {}), (0, "Open", {"at": "06:40"}),
    (0, "Click", {"link": LINK_A}), (0, "Click", {"link": LINK_A, "at": "07:30"}),
    (0, "Click", {"link": LINK_B}),
    (1, "Delivery", {}), (1, "Open", {}),
    (2, "Delivery", {}), (2, "Open", {}), (2, "Click", {"link": LINK_A}),
    (3, "Bounce", {"bounce": PERMANENT}),
    (4, "Bounce", {"bounce": ("Transient", "MailboxFull", "smtp; 552 5.2.2 mailbox full")}),
    (5, "Delivery", {}), (5, "Complaint", {}),
    (6, "Delivery", {}), (6, "Subscription", {}),
    (7, "Delivery", {}),
    (8, "Bounce", {"bounce": PERMANENT}),
]  # fmt: skip
HOURS = {"Delivery": "05", "Bounce": "05", "Open": "06", "Click": "07", "Complaint": "08",
         "Subscription": "09"}  # fmt: skip


def message_id(idx: int, tag: str = "") -> str:
    return f"0100019a-report-test{tag}-{idx:04d}"


def write_list(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["이름", "email"])
        for i, address in enumerate(ADDRESSES):
            w.writerow([f"고객 {i}", address])
    return path


def make_sent_campaign(tmp: Path, journal: Journal, tag: str = "") -> int:
    """Rows 0-8 sent (with SES message ids, logged at SEND_TIME), row 9 failed."""
    tmp.mkdir(parents=True, exist_ok=True)
    table = load_recipients(write_list(tmp / "list.csv"))
    template = TemplateSet.load(write_template(tmp / "tpl" / "plain"))
    campaign_id = create_campaign(
        journal,
        name="11월 뉴스레터",
        table=table,
        template=template,
        sender=SenderSettings.parse("Shop <news@example.com>"),
        profile=Profile(kind="outbox", outbox_dir=str(tmp / "outbox")),
    )
    changes = [
        RowChange(i, RowState.SENT, message_id=message_id(i, tag), attempt=1, time=SEND_TIME + i)
        for i in range(9)
    ]
    changes.append(RowChange(9, RowState.FAILED, error="554 Message rejected: blocked", attempt=1))
    journal.rows.write_batch(campaign_id, changes, "test-account")
    return campaign_id


def ses_event(idx: int, kind: str, options: dict[str, Any]) -> str:
    """An SES event-publishing JSON for row ``idx``, from the AWS documentation's sample."""
    sample = "event-" + kind.lower() + ".json"
    doc = copy.deepcopy(json.loads((SAMPLES / sample).read_text(encoding="utf-8")))
    address = ADDRESSES[idx]
    doc["mail"]["messageId"] = message_id(idx)
    doc["mail"]["destination"] = [address]
    at = f"2026-11-22T{options.get('at', HOURS[kind] + ':05')}:00.000Z"
    detail = doc[kind.lower()]
    detail["timestamp"] = at
    if kind == "Delivery":
        detail["recipients"] = [address]
    elif kind == "Click":
        detail["link"] = options["link"]
    elif kind == "Bounce":
        bounce_type, subtype, diagnostic = options["bounce"]
        detail.update(bounceType=bounce_type, bounceSubType=subtype)
        detail["bouncedRecipients"] = [{"emailAddress": address, "diagnosticCode": diagnostic}]
    elif kind == "Complaint":
        detail["complainedRecipients"] = [{"emailAddress": address}]
    return json.dumps(doc, ensure_ascii=False)


@dataclass
class Delivered:
    campaign_id: int
    handled: int


def deliver_events(
    journal: Journal, resources: TrackingResources, campaign_id: int, sns: Any
) -> Delivered:
    """Publish every event (and one duplicate) to SNS; poll the queue dry into the journal."""
    bodies = [ses_event(i, kind, opts) for i, kind, opts in EVENTS]
    bodies.append(bodies[1])  # SNS delivers at least once: a duplicate changes nothing
    for body in bodies:
        sns.publish(TopicArn=resources.topic_arn, Message=body)
    poller = TrackingPoller(
        resources.queue_url,
        lambda: boto3.client("sqs"),
        journal.events.apply,
        on_unparsed=journal.events.add_unparsed,
    )
    handled = 0
    for _ in range(30):
        if handled >= len(bodies):
            break
        handled += poller.poll_once(wait_seconds=1)
    return Delivered(campaign_id, handled)
