"""`mailer check` and `mailer preview`: everything before sending."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

from mailer.cli.common import data_row, load_inputs, open_journal
from mailer.content.message import build_message
from mailer.content.recipients import RecipientTable
from mailer.service import sender_settings
from mailer.states import RowStatus, describe


def check(args: argparse.Namespace, out: Console) -> int:
    table, template = load_inputs(args, open_journal())
    counts = table.counts()
    out.print(f"file: {table.source} ({table.encoding}, email column {table.email_column!r})")
    out.print(
        f"rows: {counts['total']}  valid: {counts[RowStatus.VALID]}  "
        f"invalid: {counts[RowStatus.INVALID]}  duplicates: {counts[RowStatus.DUPLICATE]}  "
        f"suppressed: {counts[RowStatus.SUPPRESSED]}  empty: {counts[RowStatus.EMPTY]}",
        markup=False,
    )
    _print_rejected(table, out, args.show)
    missing = template.missing_variables(table.columns)
    if missing:
        out.print(
            f"missing variables: {', '.join(missing)} (used by template {template.name!r}, "
            f"not columns of {table.source.name})",
            markup=False,
        )
    sendable = counts[RowStatus.VALID] > 0 and not missing
    out.print("sendable" if sendable else "NOT sendable", markup=False)
    return 0 if sendable else 2


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
    rendered = template.render(table.row(index), unsubscribe=sender.unsubscribe or None)
    message = build_message(rendered, to=table.emails[index], sender=sender)
    sys.stdout.flush()
    sys.stdout.buffer.write(message)
    sys.stdout.buffer.flush()
    return 0
