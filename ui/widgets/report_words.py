"""Words and numbers of a campaign report in the user's language: the Report tabs and
the PDF share them (the CLI has its own English ones)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mailer import Base, Measure, ReasonKind


def measure_label(measure: Measure) -> str:
    return {
        Measure.RECIPIENTS: QCoreApplication.translate("report", "Recipients"),
        Measure.SENT: QCoreApplication.translate("report", "Sent"),
        Measure.DELIVERED: QCoreApplication.translate("report", "Delivered"),
        Measure.HARD_BOUNCED: QCoreApplication.translate("report", "Hard bounced"),
        Measure.SOFT_BOUNCED: QCoreApplication.translate("report", "Soft bounced"),
        Measure.COMPLAINED: QCoreApplication.translate("report", "Complained (marked as spam)"),
        Measure.UNSUBSCRIBED: QCoreApplication.translate("report", "Unsubscribed"),
        Measure.OPENED_UNIQUE: QCoreApplication.translate("report", "Opened (unique)"),
        Measure.OPENED_TOTAL: QCoreApplication.translate("report", "Opens (total)"),
        Measure.CLICKED_UNIQUE: QCoreApplication.translate("report", "Clicked (unique)"),
        Measure.CLICKED_TOTAL: QCoreApplication.translate("report", "Clicks (total)"),
        Measure.FAILED: QCoreApplication.translate("report", "Failed"),
        Measure.IN_DOUBT: QCoreApplication.translate("report", "In doubt"),
        Measure.SKIPPED: QCoreApplication.translate("report", "Skipped"),
        Measure.NOT_SENT: QCoreApplication.translate("report", "Not sent yet"),
    }[measure]


def base_label(base: Base) -> str:
    return {
        Base.NONE: "",
        Base.RECIPIENTS: QCoreApplication.translate("report", "of recipients"),
        Base.ATTEMPTED: QCoreApplication.translate("report", "of messages attempted"),
        Base.SENT: QCoreApplication.translate("report", "of sent"),
        Base.DELIVERED: QCoreApplication.translate("report", "of delivered"),
    }[base]


def reason_kind_label(kind: ReasonKind) -> str:
    return {
        ReasonKind.HARD_BOUNCE: QCoreApplication.translate("report", "Hard bounce"),
        ReasonKind.SOFT_BOUNCE: QCoreApplication.translate("report", "Soft bounce"),
        ReasonKind.COMPLAINT: QCoreApplication.translate("report", "Complaint"),
        ReasonKind.REJECT: QCoreApplication.translate("report", "Rejected by SES"),
        ReasonKind.RENDERING_FAILURE: QCoreApplication.translate("report", "Rendering failed"),
        ReasonKind.DELAY: QCoreApplication.translate("report", "Delivery delayed"),
        ReasonKind.SEND_FAILED: QCoreApplication.translate("report", "Send failed"),
    }[kind]


def domain_label(group: str) -> str:
    return QCoreApplication.translate("report", "Others") if group == "others" else group


def link_label(url: str) -> str:
    return url or QCoreApplication.translate(
        "report", "(link not recorded: clicked before this version kept links)"
    )


def percent(rate: float | None, digits: int = 1) -> str:
    return "–" if rate is None else f"{rate * 100:.{digits}f}%"


def opens_note() -> str:
    return QCoreApplication.translate(
        "report",
        "Opens are estimates: some mail programs block the tracking image (no open is "
        "counted) and privacy proxies such as Apple Mail load it for every message (an "
        "open is counted that no one made). Clicks are more reliable.",
    )


def no_tracking_note() -> str:
    return QCoreApplication.translate(
        "report",
        "No opens or clicks were recorded for this campaign: open and click tracking was "
        "off when it was sent.",
    )


def cost_text(total: float, messages: int, message_cost: float, attachment_cost: float) -> str:
    return (
        QCoreApplication.translate(
            "report", "Cost on Amazon SES: about $%1 (%2 messages: $%3; attachments: $%4)"
        )
        .replace("%1", f"{total:,.4f}")
        .replace("%2", f"{messages:,}")
        .replace("%3", f"{message_cost:,.4f}")
        .replace("%4", f"{attachment_cost:,.4f}")
    )
