"""Figures over the journal: a campaign's totals and rates, its timeline, links,
domains, bounce and failure reasons and cost (``campaign_report``), and the campaigns
side by side (``compare_campaigns``). No Qt: the app draws and prints them."""

from mailer.reports.ab import ABReport, ABVariant
from mailer.reports.compute import campaign_report
from mailer.reports.export import to_json, write_csv
from mailer.reports.figures import (
    OPENS_NOTE,
    Base,
    CampaignRates,
    CampaignReport,
    Cost,
    DomainRow,
    Figure,
    Hour,
    LinkRow,
    Measure,
    ReasonKind,
    ReasonRow,
)
from mailer.reports.overview import compare_campaigns

__all__ = [
    "OPENS_NOTE",
    "ABReport",
    "ABVariant",
    "Base",
    "CampaignRates",
    "CampaignReport",
    "Cost",
    "DomainRow",
    "Figure",
    "Hour",
    "LinkRow",
    "Measure",
    "ReasonKind",
    "ReasonRow",
    "campaign_report",
    "compare_campaigns",
    "to_json",
    "write_csv",
]
