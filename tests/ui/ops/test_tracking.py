"""The app polls the active SES profile's tracking queue while it is open (moto)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import boto3

from mailer.aws.tracking import set_up_tracking
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.aws.test_tracking import EventDestinationStandIn
from tests.mailer.campaign_fixtures import make_campaign


def test_events_reach_the_journal_while_the_app_is_open(
    aws: str, context: Any, qtbot: Any, tmp_path: Path, data_dir: Path, monkeypatch: Any
) -> None:
    from ui.ops.tracking import TrackingService

    # moto lacks the event-destination API; the tracking tests' stand-in serves it.
    monkeypatch.setattr("boto3.session.Session.client", _wrap(boto3.session.Session.client))
    profile = set_up_tracking(Profile(name="ses", kind="ses"))
    journal = Journal(data_dir / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 1)
    journal.rows.write_batch(cid, [RowChange(0, "sent", message_id="ses-id-1")], "a")
    context.settings.profiles["ses"] = profile
    context.set_active_profile("ses")
    service = TrackingService(context)
    note = {
        "notificationType": "Delivery",
        "mail": {"messageId": "ses-id-1", "destination": ["user0@example.com"]},
        "delivery": {"recipients": ["user0@example.com"], "timestamp": "2026-11-22T05:00:00Z"},
    }
    boto3.client("sns").publish(TopicArn=profile.tracking_topic_arn, Message=json.dumps(note))
    deadline = time.monotonic() + 30
    while journal.rows.page(cid)[0].state != "delivered":
        assert time.monotonic() < deadline
        qtbot.wait(50)
    service.stop()


def _wrap(original: Any) -> Any:
    def client(self: Any, name: str, *a: Any, **kw: Any) -> Any:
        made = original(self, name, *a, **kw)
        if name == "sesv2":
            made.meta.events.register_first("before-send.sesv2", EventDestinationStandIn(made))
        return made

    return client
