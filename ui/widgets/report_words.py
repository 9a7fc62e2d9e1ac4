"""Words and numbers of a campaign report in the user's language: the Report tabs and
the PDF share them (the CLI has its own English ones)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mailer import Base, Measure, ReasonKind


def _t(text: str) -> str:
    return QCoreApplication.translate("report", text)


def measure_label(measure: Measure) -> str:
    return {
        Measure.RECIPIENTS: _t("Recipients"),
        Measure.SENT: _t("Sent"),
        Measure.DELIVERED: _t("Delivered"),
        Measure.HARD_BOUNCED: _t("Hard bounced"),
        Measure.SOFT_BOUNCED: _t("Soft bounced"),
        Measure.COMPLAINED: _t("Complained (marked as spam)"),
        Measure.UNSUBSCRIBED: _t("Unsubscribed"),
        Measure.OPENED_UNIQUE: _t("Opened (unique)"),
        Measure.OPENED_TOTAL: _t("Opens (total)"),
        Measure.CLICKED_UNIQUE: _t("Clicked (unique)"),
        Measure.CLICKED_TOTAL: _t("Clicks (total)"),
        Measure.FAILED: _t("Failed"),
        Measure.IN_DOUBT: _t("In doubt"),
        Measure.SKIPPED: _t("Skipped"),
        Measure.NOT_SENT: _t("Not sent yet"),
    }[measure]


def base_label(base: Base) -> str:
    return {
        Base.NONE: "",
        Base.RECIPIENTS: _t("of recipients"),
        Base.ATTEMPTED: _t("of messages attempted"),
        Base.SENT: _t("of sent"),
        Base.DELIVERED: _t("of delivered"),
    }[base]


def reason_kind_label(kind: ReasonKind) -> str:
    return {
        ReasonKind.HARD_BOUNCE: _t("Hard bounce"),
        ReasonKind.SOFT_BOUNCE: _t("Soft bounce"),
        ReasonKind.COMPLAINT: _t("Complaint"),
        ReasonKind.REJECT: _t("Rejected by SES"),
        ReasonKind.RENDERING_FAILURE: _t("Rendering failed"),
        ReasonKind.DELAY: _t("Delivery delayed"),
        ReasonKind.SEND_FAILED: _t("Send failed"),
    }[kind]


def domain_label(group: str) -> str:
    return _t("Others") if group == "others" else group


def link_label(url: str) -> str:
    return url or _t("(link not recorded: clicked before this version kept links)")


def percent(rate: float | None, digits: int = 1) -> str:
    return "–" if rate is None else f"{rate * 100:.{digits}f}%"


def opens_note() -> str:
    return _t(
        "Opens are estimates: some mail programs block the tracking image (no open is "
        "counted) and privacy proxies such as Apple Mail load it for every message (an "
        "open is counted that no one made). Clicks are more reliable."
    )


def no_tracking_note() -> str:
    return _t(
        "No opens or clicks were recorded for this campaign: open and click tracking was "
        "off when it was sent."
    )


def cost_text(total: float, messages: int, message_cost: float, attachment_cost: float) -> str:
    return (
        _t("Cost on Amazon SES: about $%1 (%2 messages: $%3; attachments: $%4)")
        .replace("%1", f"{total:,.4f}")
        .replace("%2", f"{messages:,}")
        .replace("%3", f"{message_cost:,.4f}")
        .replace("%4", f"{attachment_cost:,.4f}")
    )
