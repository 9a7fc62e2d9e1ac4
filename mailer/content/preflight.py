"""The preflight: what ``send`` would refuse, found before anything is sent.

``mailer check`` and the app's review step call :func:`preflight`. It renders and
builds messages with the very code the runner uses (``TemplateSet.render`` and
``build_message`` with the campaign's sender settings and Message-ID), so it cannot
call a template or a sender sendable when every row would fail: a line break in the
subject, a sandbox refusal, an address the message builder refuses, an IDN sender.

Whole messages, bodies included, are built for the first rows and until one succeeds;
for every other valid row the headers that change from row to row (subject, To,
List-Unsubscribe) are rendered and put through the message builder's own checks
(``check_headers``), which keeps a million rows to seconds rather than minutes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from mailer.content.message import (
    SenderSettings,
    build_message,
    campaign_message_id,
    check_headers,
)
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet
from mailer.errors import InputError

FULL_ROWS = 20  # rows rendered whole (bodies too) besides the first that succeeds
KEPT_PROBLEMS = 1000  # rows described; the rest are only counted
_SAMPLE_UID = "0" * 12  # as long as a campaign's uid: header lengths come out the same


@dataclass(frozen=True)
class RowProblem:
    """A valid row that ``send`` would mark failed, and the sentence it would record."""

    index: int  # 0-based data row
    line: int  # the row's line in the file
    email: str
    error: str


@dataclass(frozen=True)
class Preflight:
    missing: tuple[str, ...]  # variables the template uses that are not columns
    shadowed: tuple[str, ...]  # columns that a built-in variable hides (see render)
    checked: int  # valid rows checked
    failing: int  # of those, rows send would fail
    whole: int  # rows built whole (bodies too) without a problem
    problems: tuple[RowProblem, ...]  # the first KEPT_PROBLEMS failing rows, file order

    @property
    def sendable(self) -> bool:
        """At least one whole message builds, and nothing is missing for any row."""
        return not self.missing and self.whole > 0

    @property
    def first_error(self) -> str:
        return self.problems[0].error if self.problems else ""


def preflight(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    *,
    full_rows: int = FULL_ROWS,
    cancel: threading.Event | None = None,
) -> Preflight:
    """Check every valid row as ``send`` would build it. ``cancel`` stops early
    (InputError), for the app's worker thread."""
    missing = tuple(template.missing_variables(table.columns))
    has_targets = bool(sender.unsubscribe or template.settings.unsubscribe)
    shadowed = tuple(
        column
        for column in template.shadowed(table.columns, unsubscribe=has_targets)
        # The address column itself: the built-in is its (normalised) value.
        if not (column == "email" and table.email_column == "email")
    )
    valid = table.valid_indices()
    if missing:  # every row would fail on the same undefined name
        return Preflight(missing, shadowed, len(valid), len(valid), 0, ())
    unsubscribe = sender.unsubscribe or None
    problems: list[RowProblem] = []
    failing = whole = 0
    for n, index in enumerate(valid):
        if cancel is not None and n % 256 == 0 and cancel.is_set():
            raise InputError("The check was cancelled.")
        row, email = table.row(index), table.emails[index]
        full = n < full_rows or whole == 0
        try:
            if full:
                rendered = template.render(row, unsubscribe=unsubscribe, email=email)
                build_message(
                    rendered,
                    to=email,
                    sender=sender,
                    message_id=campaign_message_id(_SAMPLE_UID, index, sender.from_addr),
                )
            else:
                rendered = template.render_headers(row, unsubscribe=unsubscribe, email=email)
                check_headers(rendered, to=email, sender=sender)
        except InputError as exc:
            failing += 1
            if len(problems) < KEPT_PROBLEMS:
                problems.append(RowProblem(index, table.lines[index], email, str(exc)))
            continue
        whole += full
    return Preflight(missing, shadowed, len(valid), failing, whole, tuple(problems))


__all__ = ["FULL_ROWS", "Preflight", "RowProblem", "preflight"]
