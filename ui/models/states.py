"""Words and colours for the core's states and reasons, in the UI's language.

The one colour map for recipient states (tables colour text with it, the recipients
table tints row backgrounds with it) and the one place that turns a ``Reason`` code
with its parameters into a sentence. The CLI's English comes from
``mailer.states.describe``; the app never shows that English.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mailer.states import CampaignStatus, Reason, ReasonCode, RowState, RowStatus

STATE_COLOURS: dict[str, str] = {
    RowState.SENDING: "#3d7eff",
    RowState.SENT: "#2e9e5b",
    RowState.DELIVERED: "#1f8a4c",
    RowState.BOUNCED: "#d64545",
    RowState.SOFT_BOUNCED: "#b26a00",
    RowState.COMPLAINED: "#b03aa8",
    RowState.FAILED: "#d64545",
    RowState.SKIPPED: "#8a8a8a",
    RowState.UNKNOWN: "#b26a00",
    RowStatus.EMPTY: "#c62828",
    RowStatus.INVALID: "#c62828",
    RowStatus.DUPLICATE: "#8a8a8a",
    RowStatus.SUPPRESSED: "#8a8a8a",
}
WARNING_COLOUR = "#b26a00"
_LOAD_STATUSES: frozenset[str] = frozenset(RowStatus)


def state_colour(state: str) -> QColor | None:
    """The text colour of a row state or load status (None: the palette's own)."""
    colour = STATE_COLOURS.get(state)
    return QColor(colour) if colour else None


_tints: dict[tuple[str, int], QColor] = {}


def state_tint(state: str) -> QColor | None:
    """A row background for ``state``: its colour at 22 % over the palette's base, so it
    reads in light and dark mode (None for pending and valid rows)."""
    if state not in STATE_COLOURS or state in _LOAD_STATUSES:
        return None
    colour = STATE_COLOURS[state]
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    key = (colour, base.rgba())
    cached = _tints.get(key)
    if cached is None:
        tint, a = QColor(colour), 0.22
        cached = _tints[key] = QColor(
            round(base.red() * (1 - a) + tint.red() * a),
            round(base.green() * (1 - a) + tint.green() * a),
            round(base.blue() * (1 - a) + tint.blue() * a),
        )
    return cached


def status_label(status: str) -> str:
    """A row state, load status or campaign status in the UI's language."""
    labels: dict[str, Callable[[], str]] = {
        RowStatus.VALID: lambda: QCoreApplication.translate("RecipientModel", "valid"),
        RowStatus.EMPTY: lambda: QCoreApplication.translate("RecipientModel", "empty"),
        RowStatus.INVALID: lambda: QCoreApplication.translate("RecipientModel", "invalid"),
        RowStatus.DUPLICATE: lambda: QCoreApplication.translate("RecipientModel", "duplicate"),
        RowStatus.SUPPRESSED: lambda: QCoreApplication.translate("RecipientModel", "suppressed"),
        RowState.PENDING: lambda: QCoreApplication.translate("RecipientModel", "pending"),
        RowState.SENDING: lambda: QCoreApplication.translate("RecipientModel", "sending"),
        RowState.SENT: lambda: QCoreApplication.translate("RecipientModel", "sent"),
        RowState.DELIVERED: lambda: QCoreApplication.translate("RecipientModel", "delivered"),
        RowState.BOUNCED: lambda: QCoreApplication.translate("RecipientModel", "bounced"),
        RowState.SOFT_BOUNCED: lambda: QCoreApplication.translate("RecipientModel", "soft bounce"),
        RowState.COMPLAINED: lambda: QCoreApplication.translate("RecipientModel", "complained"),
        RowState.FAILED: lambda: QCoreApplication.translate("RecipientModel", "failed"),
        RowState.SKIPPED: lambda: QCoreApplication.translate("RecipientModel", "skipped"),
        RowState.UNKNOWN: lambda: QCoreApplication.translate("RecipientModel", "unknown"),
    }
    label = labels.get(status)
    return label() if label else campaign_status(status)


def campaign_status(status: str) -> str:
    """A campaign's status (journal or Progress) in words."""
    labels: dict[str, Callable[[], str]] = {
        CampaignStatus.RUNNING: lambda: QCoreApplication.translate("send_format", "Sending"),
        CampaignStatus.PAUSED: lambda: QCoreApplication.translate("send_format", "Paused"),
        CampaignStatus.WAITING_QUOTA: lambda: QCoreApplication.translate(
            "send_format", "Waiting for quota"
        ),
        CampaignStatus.FINISHED: lambda: QCoreApplication.translate("send_format", "Finished"),
        CampaignStatus.STOPPED: lambda: QCoreApplication.translate(
            "send_format", "Stopped (resumable)"
        ),
        CampaignStatus.CANCELLED: lambda: QCoreApplication.translate("send_format", "Cancelled"),
        CampaignStatus.READY: lambda: QCoreApplication.translate("send_format", "Not started"),
        CampaignStatus.INTERRUPTED: lambda: QCoreApplication.translate(
            "send_format", "Interrupted (resumable)"
        ),
    }
    label = labels.get(status)
    return label() if label else status


def reason_label(why: Reason) -> str:
    """Why a row is not sent, or why a run paused or stopped, in the UI's language.
    A MailerError's own sentence (``ERROR``) and email-validator's explanation are
    shown as the core wrote them."""
    p = why.params
    code = why.code
    if code is ReasonCode.NONE:
        return ""
    if code is ReasonCode.EMPTY:
        return QCoreApplication.translate("RecipientModel", "empty")
    if code is ReasonCode.INVALID:
        return QCoreApplication.translate("RecipientModel", "invalid address: %1").replace(
            "%1", str(p.get("why", ""))
        )
    if code is ReasonCode.DUPLICATE:
        return QCoreApplication.translate("RecipientModel", "duplicate of line %1").replace(
            "%1", str(p.get("line", "?"))
        )
    if code is ReasonCode.SUPPRESSED:
        return QCoreApplication.translate("RecipientModel", "suppressed")
    if code is ReasonCode.UNVERIFIED:
        return QCoreApplication.translate("RecipientModel", "not a verified address (SES sandbox)")
    if code is ReasonCode.CRASHED:
        return QCoreApplication.translate(
            "RecipientModel",
            "The app stopped while this message was being sent; it may or may not have gone out.",
        )
    return _run_reason(why) or str(p.get("text", ""))


def _run_reason(why: Reason) -> str:
    p, code = why.params, why.code
    last = str(p.get("error", ""))
    if code is ReasonCode.PAUSED_BY_USER:
        return QCoreApplication.translate("Reasons", "Paused by you.")
    if code is ReasonCode.CANCELLED_BY_USER:
        return QCoreApplication.translate(
            "Reasons", "Cancelled by you; the rest can be sent later with resume."
        )
    if code is ReasonCode.FAILED_IN_A_ROW:
        text = QCoreApplication.translate(
            "Reasons", "Paused: %1 messages in a row failed. Last error: %2"
        )
        return text.replace("%1", str(p.get("count", 0))).replace("%2", last)
    if code is ReasonCode.FAILED_SHARE:
        text = QCoreApplication.translate(
            "Reasons", "Paused: %1 of the last %2 messages failed. Last error: %3"
        )
        return (
            text.replace("%1", str(p.get("count", 0)))
            .replace("%2", str(p.get("size", 0)))
            .replace("%3", last)
        )
    if code is ReasonCode.RETRIES_EXHAUSTED:
        text = QCoreApplication.translate("Reasons", "One message failed %1 times in a row: %2")
        return text.replace("%1", str(p.get("attempts", 0))).replace("%2", last)
    if code is ReasonCode.BOUNCE_RATE:
        text = QCoreApplication.translate(
            "Reasons",
            "Paused: %1 of %2 messages bounced (%3); Amazon SES reviews accounts above 5%. "
            "Check the list before resuming.",
        )
        return _rate(text, p.get("count", 0), p.get("total", 0), 1)
    if code is ReasonCode.COMPLAINT_RATE:
        text = QCoreApplication.translate(
            "Reasons",
            "Paused: %1 of %2 recipients complained (%3); Amazon SES reviews accounts above "
            "0.1%. Check the list before resuming.",
        )
        return _rate(text, p.get("count", 0), p.get("total", 0), 2)
    if code is ReasonCode.CLOSED:
        return QCoreApplication.translate(
            "Reasons", "Paused because Bulk Mailer was closed; resume it to send the rest."
        )
    if code is ReasonCode.INTERRUPTED:
        return QCoreApplication.translate("Reasons", "Stopped by Ctrl-C.")
    if code is ReasonCode.NOT_CONFIRMED:
        return QCoreApplication.translate("Reasons", "Not confirmed: nothing was sent.")
    return ""


def _rate(text: str, count: int, sent: int, decimals: int) -> str:
    share = f"{(count / sent if sent else 0):.{decimals}%}"
    return text.replace("%1", f"{count:,}").replace("%2", f"{sent:,}").replace("%3", share)
