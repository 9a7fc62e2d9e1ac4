"""`mailer check` and `mailer preview`: everything before sending."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

from mailer.cli.common import data_row, load_inputs, open_journal
from mailer.content.excel import describe_sheets
from mailer.content.message import SenderSettings, build_message
from mailer.content.preflight import Preflight, preflight
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.service import sender_settings
from mailer.settings import Settings
from mailer.states import RowStatus, describe

# Builds the messages when no sender is given: everything but the From is checked.
_PLACEHOLDER_SENDER = "Sender <sender@example.com>"


def check(args: argparse.Namespace, out: Console) -> int:
    table, template = load_inputs(args, open_journal())
    counts = table.counts()
    out.print(f"file: {table.source} ({table.encoding}, email column {table.email_column!r})")
    if table.sheets:  # a hidden first sheet is skipped: say which one was read
        out.print(f"sheets: {describe_sheets(table.sheets, table.sheet)}", markup=False)
    out.print(
        f"rows: {counts['total']}  valid: {counts[RowStatus.VALID]}  "
        f"invalid: {counts[RowStatus.INVALID]}  duplicates: {counts[RowStatus.DUPLICATE]}  "
        f"suppressed: {counts[RowStatus.SUPPRESSED]}  empty: {counts[RowStatus.EMPTY]}",
        markup=False,
    )
    _print_rejected(table, out, args.show)
    sender = _check_sender(args, template, out)
    result = preflight(table, template, sender)
    _print_preflight(result, table, template, out, args.show)
    sendable = counts[RowStatus.VALID] > 0 and result.sendable
    out.print("sendable" if sendable else "NOT sendable", markup=False)
    return 0 if sendable else 2


def _check_sender(args: argparse.Namespace, template: TemplateSet, out: Console) -> SenderSettings:
    """The sender `send` would use with the same options (a bad one is an error here
    too); without any, a placeholder, and the From is left unchecked."""
    profile = Settings.load().profile(args.profile) if args.profile else None
    try:
        sender = sender_settings(
            template,
            from_header=args.from_header,
            reply_to=args.reply_to,
            unsubscribe=args.unsubscribe,
            profile=profile,
        )
    except InputError:
        if args.from_header or template.settings.from_addr or (profile and profile.from_addr):
            raise  # a sender was given and cannot be used: send would refuse it too
        out.print("sender: none given (add --from to check it too)", markup=False)
        return sender_settings(
            template,
            from_header=_PLACEHOLDER_SENDER,
            reply_to=args.reply_to,
            unsubscribe=args.unsubscribe,
        )
    shown = f"{sender.from_name} <{sender.from_addr}>" if sender.from_name else sender.from_addr
    out.print(f"sender: {shown}", markup=False)
    return sender


def _print_preflight(
    result: Preflight, table: RecipientTable, template: TemplateSet, out: Console, limit: int
) -> None:
    if result.missing:
        out.print(
            f"missing variables: {', '.join(result.missing)} (used by template "
            f"{template.name!r}, not columns of {table.source.name})",
            markup=False,
        )
    for column in result.shadowed:
        out.print(
            f"note: the column {column!r} is hidden by the built-in variable {column} "
            f'(see README, Templates); the template reaches the column as row["{column}"]',
            markup=False,
        )
    if result.missing or not result.failing:
        return
    if not result.whole:
        out.print(
            f"no message can be built; every row checked fails: {result.first_error}",
            markup=False,
        )
        return
    out.print(f"would fail at send: {result.failing} of {result.checked} rows", markup=False)
    for problem in result.problems[:limit]:
        out.print(f"  line {problem.line}: {problem.email} - {problem.error}", markup=False)
    if result.failing > limit:
        out.print(f"  ... and {result.failing - limit} more", markup=False)


def _print_rejected(table: RecipientTable, out: Console, limit: int) -> None:
    rejected = [i for i, s in enumerate(table.statuses) if s is not RowStatus.VALID]
    for i in rejected[:limit]:
        shown = table.emails[i] or "(empty)"
        why = describe(table.reasons[i])
        out.print(f"  line {table.lines[i]}: {shown} - {why}", markup=False)
    if len(rejected) > limit:
        out.print(f"  ... and {len(rejected) - limit} more rejected rows", markup=False)


def preview(args: argparse.Namespace, out: Console) -> int:
    table, template = load_inputs(args, None)
    index = data_row(table, args.row)
    sender = sender_settings(
        template,
        from_header=args.from_header
        or template.settings.from_addr
        or "Preview <preview@example.com>",
        reply_to=args.reply_to,
        unsubscribe=args.unsubscribe,
    )
    rendered = template.render(
        table.row(index), unsubscribe=sender.unsubscribe or None, email=table.emails[index]
    )
    message = build_message(rendered, to=table.emails[index], sender=sender)
    sys.stdout.flush()
    sys.stdout.buffer.write(message)
    sys.stdout.buffer.flush()
    return 0
