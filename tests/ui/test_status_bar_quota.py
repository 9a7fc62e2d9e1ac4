"""Issue 16, item 4: one quota figure per real account. A campaign the CLI started
(its outbox profile is named "outbox") and the app resumes (its profile is "local
outbox") moves the status bar's quota as the send dashboard's does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mailer.aws.account import AccountLimits
from mailer.sending.options import Limits
from mailer.service import campaign_on_account, create_campaign, open_journal
from mailer.settings import Profile
from mailer.transports.fake import FakeScript, fake_factory
from tests.ui.send_fixtures import sender, table_and_template
from ui.ops.send import SendController, SendRequest
from ui.ops.send_hub import SendHub
from ui.widgets.status_bar import AccountStatus


def test_a_campaign_started_in_the_cli_and_resumed_here_shows_one_quota(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    table, template = table_and_template(tmp_path, 30)
    shown = context.profile
    assert shown.name == "local outbox"
    started_by_cli = Profile(name="outbox", outbox_dir=shown.outbox_dir)
    journal = open_journal()
    try:
        campaign = create_campaign(
            journal, name="cli", table=table, template=template, sender=sender(),
            profile=started_by_cli,
        )  # fmt: skip
    finally:
        journal.close()
    context.set_limits(AccountLimits(0.0, 1000, 0, production=True))
    status = AccountStatus(context)
    qtbot.addWidget(status)
    assert status.quota.text() == "Today: 0 used / 1,000 left"

    controller = SendController(
        SendRequest(
            campaign_id=campaign,
            transport_factory=fake_factory(FakeScript()),
            limits=Limits(rate=0, daily=1000),
        )
    )
    hub = SendHub.of(context)
    hub.active = controller
    hub.send_started.emit(campaign)
    qtbot.waitUntil(lambda: status._followed != "", timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.start()
    qtbot.waitUntil(lambda: status.quota.text() == "Today: 30 used / 970 left", timeout=5_000)


def test_a_send_on_another_account_leaves_the_quota_alone(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    table, template = table_and_template(tmp_path, 5)
    journal = open_journal()
    try:
        campaign = create_campaign(
            journal, name="other", table=table, template=template, sender=sender(),
            profile=Profile(name="x", outbox_dir=str(tmp_path / "elsewhere")),
        )  # fmt: skip
    finally:
        journal.close()
    status = AccountStatus(context)
    qtbot.addWidget(status)
    controller = SendController(SendRequest(campaign_id=campaign))
    hub = SendHub.of(context)
    hub.active = controller
    assert not campaign_on_account(campaign, context.profile)
    hub.send_started.emit(campaign)
    qtbot.wait(300)
    assert status._followed == ""
