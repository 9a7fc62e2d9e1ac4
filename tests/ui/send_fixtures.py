"""Shared by the send, worker and campaigns tests: a real table, template and request."""

from __future__ import annotations

from pathlib import Path

from mailer.content.message import SenderSettings
from mailer.content.recipients import RecipientTable, load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending.runner import Limits
from mailer.service import CampaignDraft
from mailer.settings import Profile
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import write_recipients, write_template
from ui.ops.send import SendRequest


def table_and_template(tmp: Path, n: int) -> tuple[RecipientTable, TemplateSet]:
    tmp.mkdir(parents=True, exist_ok=True)
    table = load_recipients(write_recipients(tmp / f"list-{n}.csv", n))
    template = TemplateSet.load(write_template(tmp / "tpl" / "plain"))
    return table, template


def sender() -> SenderSettings:
    return SenderSettings.parse("보내는 사람 <sender@example.com>")


def new_request(
    tmp: Path, n: int, script: FakeScript, *, rate: float = 0, daily: int | None = None
) -> SendRequest:
    table, template = table_and_template(tmp, n)
    new = CampaignDraft(
        name="테스트 캠페인",
        table=table,
        template=template,
        sender=sender(),
        profile=Profile(outbox_dir=str(tmp / "outbox")),
    )
    return SendRequest(
        new=new, transport_factory=fake_factory(script), limits=Limits(rate=rate, daily=daily)
    )
