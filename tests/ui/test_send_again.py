""" "Send again to ..." from the Campaigns page (issue 15, segments): the dialog counts
the group, and the new campaign goes to exactly those people through the send page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mailer.aws.notifications import DeliveryEvent
from mailer.sending.runner import CampaignRunner, Limits
from mailer.settings import data_dir
from mailer.states import CampaignStatus, EventKind, FollowUp
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign, write_template
from tests.ui.test_send_page import page_of
from ui.dialogs.send_again_dialog import SendAgainDialog
from ui.main_window import MainWindow


def test_send_again_to_non_openers(qtbot: Any, context: Any, tmp_path: Path) -> None:
    journal = Journal(data_dir() / "journal.sqlite3")
    try:
        first = make_campaign(tmp_path / "a", journal, 6)
        CampaignRunner(journal, first, fake_factory(FakeScript()), Limits(0, None)).run()
        rows = journal.rows.page(first)
        journal.events.apply(
            [
                DeliveryEvent(EventKind.OPEN, str(r.message_id), (r.email,), "2026-12-01T10:00:00Z")
                for r in rows[:2]
            ]
        )
        non_openers = [r.email for r in rows[2:]]
    finally:
        journal.close()
    context.template_folder = write_template(tmp_path / "tpl" / "again")
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    script = FakeScript()
    page_of(window).run_overrides = {
        "transport_factory": fake_factory(script),
        "limits": Limits(rate=0, daily=None),
    }
    campaigns = window.campaigns_page
    qtbot.waitUntil(lambda: campaigns.list_model.rowCount() == 1, timeout=10_000)
    campaigns.select_campaign(first)
    qtbot.waitUntil(lambda: campaigns.again_button.isEnabled(), timeout=5_000)
    campaigns.again_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(campaigns, "again_dialog", None), SendAgainDialog))
    dialog: SendAgainDialog = campaigns.again_dialog
    assert dialog.chosen() is FollowUp.NON_OPENERS  # the default
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    assert dialog.count.text().startswith("4 recipients will get")
    dialog.group.setCurrentIndex(dialog.group.findData(FollowUp.CLICKERS))
    qtbot.waitUntil(
        lambda: "no recipients among the clickers" in dialog.count.text(), timeout=10_000
    )
    assert not dialog.send_button.isEnabled()
    dialog.group.setCurrentIndex(dialog.group.findData(FollowUp.NON_OPENERS))
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: len(script.sent) == 4, timeout=15_000)
    assert sorted(to for to, _id in script.sent) == sorted(non_openers)
    journal = Journal(data_dir() / "journal.sqlite3")
    try:
        second = max(c.id for c in journal.campaigns.all())
        qtbot.waitUntil(
            lambda: journal.campaigns.get(second).status is CampaignStatus.FINISHED,
            timeout=10_000,
        )
        assert journal.campaigns.get(second).settings["segment"] == (
            f"non-openers of campaign {first}"
        )
    finally:
        journal.close()
