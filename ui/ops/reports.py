"""Report work for the campaigns page, all on pool threads: compute a campaign's
report and the campaigns comparison, write the CSV and the PDF, and turn open and
click tracking on for a profile."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailer import CampaignRates, CampaignReport, Profile, Settings
    from ui.ops.campaigns import JournalSource


def load_report(source: JournalSource, campaign_id: int) -> CampaignReport:
    from mailer import service

    return service.campaign_report(source.get(), campaign_id)


def load_comparison(source: JournalSource) -> list[CampaignRates]:
    from mailer import service

    return service.compare_campaigns(source.get())


def export_csv(report: CampaignReport, path: Path) -> Path:
    from mailer import service

    service.export_report_csv(report, path)
    return path


def turn_on_open_click(settings: Settings, profile: Profile) -> Settings:
    """Add opens and clicks to the profile's tracking (the configuration set's event
    destination) and save the settings that use it."""
    from mailer import set_up_tracking

    tracked = set_up_tracking(profile, include_open_click=True)
    saved = dataclasses.replace(settings, profiles={**settings.profiles, tracked.name: tracked})
    saved.save()
    return saved
