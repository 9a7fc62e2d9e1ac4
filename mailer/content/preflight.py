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

import re
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from mailer.content.attachments import check_size
from mailer.content.checks import ContentWarning, CostEstimate, check_content, estimate_cost
from mailer.content.message import (
    SenderSettings,
    build_message,
    campaign_message_id,
    check_headers,
)
from mailer.content.recipients import RecipientTable
from mailer.content.templates import RenderedEmail, TemplateSet
from mailer.errors import InputError
from mailer.states import ContentCheck, Reason, ReasonCode, reason

FULL_ROWS = 20  # rows rendered whole (bodies too) besides the first that succeeds
KEPT_PROBLEMS = 1000  # rows described; the rest are only counted
_SAMPLE_UID = "0" * 12  # as long as a campaign's uid: header lengths come out the same
_EMPTY_HREF = re.compile(r"""\bhref\s*=\s*(?:"\s*"|'\s*')""", re.IGNORECASE)


@dataclass(frozen=True)
class RowProblem:
    """A valid row that ``send`` would mark failed, and the sentence it would record."""

    index: int  # 0-based data row
    line: int  # the row's line in the file
    email: str
    error: str


@dataclass(frozen=True)
class EmptyLink:
    """A link with no address: written so in a source (``href=""``), or one
    ``{{ expression }}`` that renders empty for data row ``row``; ``source`` "" when a
    rendered message has one but no single expression can be blamed."""

    source: str
    line: int
    value: str = ""  # the href as written
    expression: str = ""
    row: int | None = None  # 0-based data row (rendered empty)
    email: str = ""

    def sentence(self, table: RecipientTable) -> str:
        """The CLI's words (the app makes its own from the fields)."""
        if self.row is None:
            return (
                f'{self.source}, line {self.line}: a link has no address (href="{self.value}"); '
                "give it its URL or remove the link."
            )
        where = f"{table.row_label(self.row)} ({self.email})"
        if not self.source:
            return f'a link renders with no address (href="") for {where}; check the links.'
        return (
            f"{self.source}, line {self.line}: the link {{{{ {self.expression} }}}} is "
            f"empty for {where}; {_fix(self.expression)}"
        )


@dataclass(frozen=True)
class Preflight:
    missing: tuple[str, ...]  # variables the template uses that are not columns
    shadowed: tuple[str, ...]  # columns that a built-in variable hides (see render)
    checked: int  # valid rows checked
    failing: int  # of those, rows send would fail
    whole: int  # rows built whole (bodies too) without a problem
    problems: tuple[RowProblem, ...]  # the first KEPT_PROBLEMS failing rows, file order
    folded: int = 0  # rows whose subject (or unsubscribe target) had a line break, folded
    first_folded: int | None = None  # the first such row (0-based data row)
    folded_subject: str = ""  # its subject as sent
    # Links with no address (href=""), with file and line: not sendable.
    empty_links: tuple[EmptyLink, ...] = ()
    # Content checks (warnings, never blocking; mailer.content.checks) of the first
    # message that builds, the largest message built whole, the estimated SES cost.
    warnings: tuple[ContentWarning, ...] = ()
    largest: int = 0  # bytes, of the rows built whole
    largest_row: int | None = None  # 0-based data row
    cost: CostEstimate | None = None  # of the rows that would be sent
    # Rows whose own attachment file is missing (error: the first missing name); with
    # missing_attachment "block" they make the campaign not sendable, with "skip" they
    # are skipped (ReasonCode.ATTACHMENT_MISSING).
    attachment_missing: tuple[RowProblem, ...] = ()
    attachment_missing_count: int = 0
    missing_policy: str = "block"
    sample: bytes = field(default=b"", repr=False)  # the first whole message (SpamAssassin)

    @property
    def sendable(self) -> bool:
        """At least one whole message builds, nothing is missing for any row and no
        link of the template is empty."""
        blocked = self.attachment_missing_count and self.missing_policy == "block"
        return not self.missing and self.whole > 0 and not self.empty_links and not blocked

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
    failing = whole = folded = 0
    first_folded: int | None = None
    folded_subject = ""
    empty_row: int | None = None  # the first row rendered whole with an empty link
    content = _Content()
    files = _Files(template, unsubscribe)
    written_empty = sum(link.empty for link in template.links())  # href="" in the source
    for n, index in enumerate(valid):
        if cancel is not None and n % 256 == 0 and cancel.is_set():
            raise InputError("The check was cancelled.")
        row, email = table.row(index), table.emails[index]
        full = n < full_rows or whole == 0
        try:
            if not files.present(index, table.lines[index], email, row):
                continue  # skipped (or blocking) for a missing attachment file
            if full:
                rendered = template.render(row, unsubscribe=unsubscribe, email=email)
                message = build_message(
                    rendered,
                    to=email,
                    sender=sender,
                    message_id=campaign_message_id(_SAMPLE_UID, index, sender.from_addr),
                )
            else:
                rendered = template.render_headers(row, unsubscribe=unsubscribe, email=email)
                check_headers(rendered, to=email, sender=sender)
                message = b""
        except InputError as exc:
            failing += 1
            if len(problems) < KEPT_PROBLEMS:
                problems.append(RowProblem(index, table.lines[index], email, str(exc)))
            continue
        whole += full
        content.see(index, rendered, message)
        if (
            full
            and empty_row is None
            and rendered.html
            and len(_EMPTY_HREF.findall(rendered.html)) > written_empty
        ):
            empty_row = index
        if rendered.folded:
            folded += 1
            if first_folded is None:
                first_folded, folded_subject = index, rendered.subject
    return Preflight(
        missing,
        shadowed,
        len(valid),
        failing,
        whole,
        tuple(problems),
        folded,
        first_folded,
        folded_subject,
        empty_links(table, template, sender, empty_row),
        *content.results(template, len(valid) - failing - files.count),
        tuple(files.missing),
        files.count,
        template.settings.missing_attachment,
        content.message,
    )


def require_a_message(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    skips: Collection[int] = (),
) -> None:
    """InputError when no valid row (``skips`` left out) builds a whole message: what
    ``mailer check`` calls NOT sendable, refused by ``send`` before a campaign exists
    rather than failing every row. Usually one build: it stops at the first success."""
    unsubscribe = sender.unsubscribe or None
    first: tuple[int, InputError] | None = None
    for index in table.valid_indices():
        if index in skips:
            continue
        email = table.emails[index]
        try:
            rendered = template.render(table.row(index), unsubscribe=unsubscribe, email=email)
            build_message(rendered, to=email, sender=sender)
            return
        except InputError as exc:
            first = first or (index, exc)
    if first is not None:
        index, error = first
        raise InputError(
            f"Nothing can be sent: no recipient of {table.source.name} gets a message. "
            f"The first, {table.row_label(index)} ({table.emails[index]}): {error} "
            "`mailer check` lists the rows."
        )


class _Files:
    """Per-row attachments: a row whose file is missing is set aside (not built, not a
    failure: skipped or blocking); a row whose files alone pass SES's size fails."""

    def __init__(self, template: TemplateSet, unsubscribe: Sequence[str] | None) -> None:
        self.template = template
        self.unsubscribe = unsubscribe
        self.on = any("{" in name for name in template.settings.attachments)
        self.missing: list[RowProblem] = []
        self.count = 0

    def present(self, index: int, line: int, email: str, row: dict[str, str]) -> bool:
        if not self.on:
            return True
        names = self.template.attachment_names(row, unsubscribe=self.unsubscribe, email=email)
        base = self.template.attachments_base
        absent = [n for n in names if base is None or not (base / n).is_file()]
        if absent:
            self.count += 1
            if len(self.missing) < KEPT_PROBLEMS:
                self.missing.append(RowProblem(index, line, email, absent[0]))
            return False
        if base is not None:  # base64 makes files a third bigger
            size = sum((base / n).stat().st_size for n in names) * 4 // 3
            check_size(size)
        return True


def attachment_skips(
    table: RecipientTable, template: TemplateSet, sender: SenderSettings
) -> dict[int, Reason]:
    """Valid rows whose own attachment file is missing, as skips (``missing_attachment
    = "skip"``); with "block", InputError naming how many and the first."""
    if not any("{" in name for name in template.settings.attachments):
        return {}
    unsubscribe = sender.unsubscribe or None
    found: dict[int, Reason] = {}
    for index in table.valid_indices():
        row, email = table.row(index), table.emails[index]
        absent = template.missing_attachments(row, unsubscribe=unsubscribe, email=email)
        if absent:
            found[index] = reason(ReasonCode.ATTACHMENT_MISSING, file=absent[0])
    if found and template.settings.missing_attachment == "block":
        first = min(found)
        raise InputError(
            f"{len(found)} row(s) of {table.source.name} have no attachment file, first "
            f"{table.row_label(first)} ({table.emails[first]}): {found[first].get('file')} "
            f"is not in {template.attachments_base}. Add the files, or skip those rows "
            '(template.toml: missing_attachment = "skip").'
        )
    return found


class _Content:
    """What the content checks need from the loop: the first whole message, the
    largest, attachment bytes per message, and the rows with an empty subject."""

    def __init__(self) -> None:
        self.sample: RenderedEmail | None = None
        self.message = b""
        self.largest = 0
        self.largest_row: int | None = None
        self.attachment_bytes = 0
        self.whole = 0
        self.empty_subjects = 0
        self.first_empty: int | None = None

    def see(self, index: int, rendered: RenderedEmail, message: bytes) -> None:
        if not rendered.subject.strip():
            self.empty_subjects += 1
            if self.first_empty is None:
                self.first_empty = index
        if not message:
            return
        self.whole += 1
        self.attachment_bytes += sum(len(a.data) for a in rendered.attachments)
        if self.sample is None:
            self.sample, self.message = rendered, message
        if len(message) > self.largest:
            self.largest, self.largest_row = len(message), index

    def results(
        self, template: TemplateSet, messages: int
    ) -> tuple[tuple[ContentWarning, ...], int, int | None, CostEstimate | None]:
        if self.sample is None:
            return (), 0, None, None
        ids = [a.content_id for a in getattr(self.sample, "inline", ())]
        found = [
            w
            for w in check_content(template, self.sample, content_ids=ids)
            if w.code is not ContentCheck.SUBJECT_EMPTY  # counted over every row below
        ]
        if self.empty_subjects:
            params = {"count": self.empty_subjects, "row": self.first_empty}
            found.insert(0, ContentWarning(ContentCheck.SUBJECT_EMPTY, params))
        cost = estimate_cost(messages, self.attachment_bytes / self.whole)
        return tuple(found), self.largest, self.largest_row, cost


def empty_links(
    table: RecipientTable, template: TemplateSet, sender: SenderSettings, row: int | None
) -> tuple[EmptyLink, ...]:
    """Links without an address: written so in the template (``href=""``), or one
    ``{{ expression }}`` that renders empty for ``row`` (the first such row), with file
    and line. A footer's ``{{ unsubscribe_url }}`` with no unsubscribe target is one."""
    links = template.links()
    found = [EmptyLink(link.source, link.line, link.value) for link in links if link.empty]
    if row is None:
        return tuple(found)
    unsubscribe = sender.unsubscribe or None
    email = table.emails[row]
    for link in links:
        if not link.expression:
            continue
        value = template.evaluate(
            link.expression, table.row(row), unsubscribe=unsubscribe, email=email
        )
        if value is not None and not value.strip():
            found.append(EmptyLink(link.source, link.line, link.value, link.expression, row, email))
            break
    else:
        found.append(EmptyLink("", 0, "", "", row, email))
    return tuple(found)


def _fix(expression: str) -> str:
    if expression == "unsubscribe_url":
        return (
            "set an unsubscribe link or mailto (template.toml `unsubscribe`, --unsubscribe "
            "or the Template page), or remove the link."
        )
    return "fill that cell for every row or put the link inside {% if ... %}."


__all__ = ["FULL_ROWS", "EmptyLink", "Preflight", "RowProblem", "attachment_skips", "preflight"]
