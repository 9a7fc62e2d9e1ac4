"""Words and colours for the core's states and reasons, in the UI's language.

The one colour map for recipient states (tables colour text with it, the recipients
table tints row backgrounds with it) and the one place that turns a ``Reason`` code
with its parameters into a sentence. The CLI's English comes from
``mailer.states.describe``; the app never shows that English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mailer.states import (
    AddressProblem,
    CampaignStatus,
    Reason,
    ReasonCode,
    RowState,
    RowStatus,
)
from ui.errors import coded_error_text

if TYPE_CHECKING:
    from mailer import Progress
    from mailer.service import ExportLabels

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
# Campaign statuses that are not the palette's own colour in the campaign list: a draft
# (never confirmed) is grey, one that stopped with messages left is amber.
CAMPAIGN_COLOURS: dict[str, str] = {
    CampaignStatus.DRAFT: "#8a8a8a",
    CampaignStatus.CANCELLED: "#8a8a8a",
}
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
        CampaignStatus.DRAFT: lambda: QCoreApplication.translate("send_format", "Draft (not sent)"),
        CampaignStatus.SCHEDULED: lambda: QCoreApplication.translate("send_format", "Scheduled"),
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
            "%1", address_problem(why)
        )
    if code is ReasonCode.DUPLICATE:
        if "row" in p:  # data rows, as the table numbers them (older journals: lines)
            return QCoreApplication.translate("RecipientModel", "duplicate of row %1").replace(
                "%1", str(p["row"])
            )
        return QCoreApplication.translate("RecipientModel", "duplicate of line %1").replace(
            "%1", str(p.get("line", "?"))
        )
    if code is ReasonCode.SUPPRESSED:
        return QCoreApplication.translate("RecipientModel", "suppressed")
    if code is ReasonCode.UNSUBSCRIBED:
        topic, since = str(p.get("topic", "")), str(p.get("since", ""))
        if topic:
            text = QCoreApplication.translate("RecipientModel", "unsubscribed from %1").replace(
                "%1", topic
            )
        else:
            text = QCoreApplication.translate("RecipientModel", "unsubscribed from everything")
        return f"{text} ({since})" if since else text
    if code is ReasonCode.UNVERIFIED:
        return QCoreApplication.translate("RecipientModel", "not a verified address (SES sandbox)")
    if code is ReasonCode.ALREADY_RECEIVED and p.get("going_out"):
        return QCoreApplication.translate(
            "RecipientModel", "getting this from campaign %1, which is sending now"
        ).replace("%1", str(p.get("campaign", "?")))
    if code is ReasonCode.ALREADY_RECEIVED:
        days = p.get("days", 0)
        return (
            QCoreApplication.translate(
                "RecipientModel", "already received this within %1 days (campaign %2)"
            )
            .replace("%1", f"{days:g}" if isinstance(days, int | float) else str(days))
            .replace("%2", str(p.get("campaign", "?")))
        )
    if code is ReasonCode.CRASHED:
        return QCoreApplication.translate(
            "RecipientModel",
            "The app stopped while this message was being sent; it may or may not have gone out.",
        )
    return _run_reason(why) or _carried_error(why, "text")


def address_problem(why: Reason) -> str:
    """What is wrong with an invalid address, from the reason's ``problem`` code
    (email-validator's English ``why`` is the CLI's; a journal written before the codes
    existed has none, and gets the general words)."""
    try:
        problem = AddressProblem(str(why.get("problem", AddressProblem.OTHER)))
    except ValueError:
        problem = AddressProblem.OTHER
    words: dict[AddressProblem, Callable[[], str]] = {
        AddressProblem.OTHER: lambda: QCoreApplication.translate(
            "Addresses", "not a valid e-mail address"
        ),
        AddressProblem.NO_AT: lambda: QCoreApplication.translate("Addresses", "there is no @-sign"),
        AddressProblem.LOOKALIKE_AT: lambda: QCoreApplication.translate(
            "Addresses", "the @-sign is a full-width or look-alike character; type a plain @"
        ),
        AddressProblem.NOTHING_BEFORE_AT: lambda: QCoreApplication.translate(
            "Addresses", "nothing before the @-sign"
        ),
        AddressProblem.NOTHING_AFTER_AT: lambda: QCoreApplication.translate(
            "Addresses", "nothing after the @-sign"
        ),
        AddressProblem.BAD_CHARS_BEFORE_AT: lambda: QCoreApplication.translate(
            "Addresses", "characters that are not allowed before the @-sign"
        ),
        AddressProblem.BAD_CHARS_AFTER_AT: lambda: QCoreApplication.translate(
            "Addresses", "characters that are not allowed in the domain (after the @-sign)"
        ),
        AddressProblem.UNSAFE_CHARS: lambda: QCoreApplication.translate(
            "Addresses", "invisible or unsafe characters in the address"
        ),
        AddressProblem.DOTS: lambda: QCoreApplication.translate(
            "Addresses", "a period at the start or end, or two periods in a row"
        ),
        AddressProblem.HYPHENS: lambda: QCoreApplication.translate(
            "Addresses", "a hyphen in a place the domain does not allow"
        ),
        AddressProblem.DOMAIN_NO_PERIOD: lambda: QCoreApplication.translate(
            "Addresses", "the domain has no period (e.g. example.com)"
        ),
        AddressProblem.DOMAIN_BAD_TLD: lambda: QCoreApplication.translate(
            "Addresses", "the domain does not end in a valid top-level domain"
        ),
        AddressProblem.DOMAIN_RESERVED: lambda: QCoreApplication.translate(
            "Addresses", "the domain is a reserved name that cannot receive e-mail"
        ),
        AddressProblem.TOO_LONG: lambda: QCoreApplication.translate(
            "Addresses", "the address is too long"
        ),
        AddressProblem.EXTRA_TEXT: lambda: QCoreApplication.translate(
            "Addresses", "more than a bare address (a name, brackets or quotes)"
        ),
    }
    text = words[problem]()
    chars = why.get("chars", [])
    if isinstance(chars, list) and chars:
        text += " (" + ", ".join(_character(str(c)) for c in chars) + ")"
    return text


def _character(char: str) -> str:
    """One character as a reader can see it: “,”, a space, or U+200B."""
    if char == " ":
        return QCoreApplication.translate("Addresses", "space")
    if len(char) == 1 and char.isprintable():
        return f"“{char}”"
    return ", ".join(f"U+{ord(c):04X}" for c in char)


def _carried_error(why: Reason, name: str) -> str:
    """The error a reason carries, in the UI's language when it came with a code
    (``error_code``/``error_params``), else the core's sentence as it was stored."""
    params = why.get("error_params", {})
    words = coded_error_text(
        str(why.get("error_code", "")), params if isinstance(params, dict) else {}
    )
    return words or str(why.get(name, ""))


def recent_errors(p: Progress) -> tuple[str, ...]:
    """A run's recent errors in the UI's language where they came with a code."""
    codes = p.recent_error_codes
    if len(codes) != len(p.recent_errors):  # made by an older core: as they are
        return p.recent_errors
    return tuple(
        _carried_error(Reason(ReasonCode.ERROR, {"text": text, **code}), "text")
        for text, code in zip(p.recent_errors, codes, strict=True)
    )


def _run_reason(why: Reason) -> str:
    p, code = why.params, why.code
    last = _carried_error(why, "error")
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
    if code is ReasonCode.ATTACHMENT_MISSING:
        return QCoreApplication.translate("Reasons", "Its attachment %1 was not found.").replace(
            "%1", str(p.get("file", ""))
        )
    if code is ReasonCode.OUTSIDE_WINDOW:
        text = QCoreApplication.translate(
            "Reasons", "Outside the send window %1; it goes on by itself at %2."
        )
        return text.replace("%1", str(p.get("window", ""))).replace("%2", _clock(p.get("opens")))
    if code is ReasonCode.MISSED_START:
        text = QCoreApplication.translate(
            "Reasons", "It was due at %1 while Bulk Mailer was not running."
        )
        return text.replace("%1", _clock(p.get("at")))
    return ""


def _clock(value: object) -> str:
    """An epoch time as local date and time, the way the app shows times."""
    if not isinstance(value, int | float):
        return "?"
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(value)), QLocale.FormatType.ShortFormat
    )


def _rate(text: str, count: int, sent: int, decimals: int) -> str:
    share = f"{(count / sent if sent else 0):.{decimals}%}"
    return text.replace("%1", f"{count:,}").replace("%2", f"{sent:,}").replace("%3", share)


def export_labels() -> ExportLabels | None:
    """Words for a results CSV in the UI's language; None in English, where the file is
    exactly what `mailer export` writes (the state codes are English words already)."""
    from mailer.service import ExportLabels
    from ui import i18n

    if i18n.current() == "en":
        return None
    headers = {
        "line": QCoreApplication.translate("Export", "file line"),
        "recipient": QCoreApplication.translate("Export", "recipient"),
        "state": QCoreApplication.translate("Export", "state code"),
        "state_label": QCoreApplication.translate("Export", "state"),
        "message_id": QCoreApplication.translate("Export", "message ID"),
        "error": QCoreApplication.translate("Export", "error or reason"),
        "attempts": QCoreApplication.translate("Export", "attempts"),
        "updated": QCoreApplication.translate("Export", "last change"),
        "row": QCoreApplication.translate("Export", "data row"),
    }
    return ExportLabels(headers=headers, state=status_label, error=_export_error)


def _export_error(error: str, why: Reason) -> str:
    return row_problem(error, why)


def row_problem(error: str, why: Reason) -> str:
    """Why a campaign row was skipped or failed, in the UI's language: its reason (a
    failure the core gave a code carries one), else the core's stored sentence."""
    return reason_label(why) if why else error
