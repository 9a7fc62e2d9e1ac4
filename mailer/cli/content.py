"""`mailer check` and `mailer preview`: everything before sending."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

from mailer.cli.common import (
    advertising_wanted,
    data_row,
    load_inputs,
    open_journal,
    resolve_profile,
)
from mailer.content.checks import format_dollars
from mailer.content.excel import describe_sheets
from mailer.content.files import format_size
from mailer.content.message import SenderSettings, build_message
from mailer.content.preflight import Preflight, preflight
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.service import rendered_as_sent, sender_settings
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
    if getattr(args, "where", None):
        out.print(f"filter: {args.where} (the rows below are the ones it keeps)", markup=False)
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
    _print_bulk_rules(args, table, template, sender, out)
    if getattr(args, "spamassassin", None) and result.sample:
        _print_spam_score(args.spamassassin, result.sample, out)
    sendable = counts[RowStatus.VALID] > 0 and result.sendable
    if sendable and sender.from_addr == SenderSettings.parse(_PLACEHOLDER_SENDER).from_addr:
        # send refuses to go without a From: say so, though the rest is sendable
        out.print("sendable once a sender is given (--from)", markup=False)
        return 0
    out.print("sendable" if sendable else "NOT sendable", markup=False)
    return 0 if sendable else 2


def _print_bulk_rules(
    args: argparse.Namespace,
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    out: Console,
) -> None:
    """Gmail/Yahoo bulk-sender checklist (and the Korean advertising rules): warnings,
    never a reason to refuse. DNS/AWS are asked only with --dns."""
    from mailer.content.compliance import check_campaign
    from mailer.content.listmanagement import ListManagement
    from mailer.service import advertising_default

    profile = Settings.load().profile(args.profile) if args.profile else None
    audience = ListManagement("", args.audience) if getattr(args, "audience", None) else None
    advertising = getattr(args, "advertising", None)
    if advertising is None:
        advertising = advertising_default(profile)
    found = check_campaign(
        table,
        template,
        sender,
        profile=profile,
        audience=audience,
        advertising=advertising,
        journal=open_journal(),
        online=bool(getattr(args, "dns", False)),
    )
    out.print(
        f"bulk-sender rules ({found.gmail_yahoo} recipients at Gmail or Yahoo):", markup=False
    )
    for item in found.items:
        out.print(f"  {item.key}: {item.state}  {item.detail}", markup=False)
    if found.one_click_missing_for_bulk:
        out.print(
            f"warning: {found.gmail_yahoo} Gmail/Yahoo recipients and no working one-click "
            "unsubscribe; their bulk-sender rules require it.",
            markup=False,
        )


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
    for link in result.empty_links:
        out.print(f"empty link: {link.sentence(table)}", markup=False)
    if result.folded and result.first_folded is not None:
        rows = "1 row has" if result.folded == 1 else f"{result.folded} rows have"
        out.print(
            f"note: {rows} a line break in the subject or unsubscribe "
            f"link (a cell typed with Alt+Enter); it is sent as one space. First, "
            f"{table.row_label(result.first_folded)}: subject {result.folded_subject!r}",
            markup=False,
        )
    _print_content(result, table, out, limit)
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
        where = table.row_label(problem.index)
        out.print(f"  {where}: {problem.email} - {problem.error}", markup=False)
    if result.failing > limit:
        out.print(f"  ... and {result.failing - limit} more", markup=False)


def _print_content(result: Preflight, table: RecipientTable, out: Console, limit: int) -> None:
    """Rows without their attachment file, content warnings (never blocking), the
    largest message and the SES cost."""
    if result.attachment_missing_count:
        what = (
            'are skipped (missing_attachment = "skip")'
            if result.missing_policy == "skip"
            else 'block the send (template.toml: missing_attachment = "skip" sends the others)'
        )
        out.print(
            f"missing attachments: {result.attachment_missing_count} row(s) {what}:",
            markup=False,
        )
        for problem in result.attachment_missing[:limit]:
            where = table.row_label(problem.index)
            out.print(f"  {where}: {problem.email} - {problem.error} not found", markup=False)
    for warning in result.warnings:
        out.print(f"warning: {warning}", markup=False)
    if result.largest and result.largest_row is not None:
        out.print(
            f"largest message: {format_size(result.largest)} "
            f"({table.row_label(result.largest_row)})",
            markup=False,
        )
    cost = result.cost
    if cost is not None:
        attached = (
            f" + {format_size(cost.attachment_bytes)} of attachments "
            f"({format_dollars(cost.attachments_dollars)})"
            if cost.attachment_bytes
            else ""
        )
        out.print(
            f"estimated SES cost: {format_dollars(cost.dollars)} = {cost.messages:,} "
            f"message{'' if cost.messages == 1 else 's'} "
            f"({format_dollars(cost.messages_dollars)}){attached}",
            markup=False,
        )


def _print_spam_score(address: str, message: bytes, out: Console) -> None:
    """SpamAssassin's score of the first message and the rules that add most."""
    from mailer.content.spamcheck import parse_address, spam_score

    host, port = parse_address(address)
    found = spam_score(message, host=host, port=port)
    verdict = "spam" if found.spam else "not spam"
    out.print(
        f"SpamAssassin ({host}:{port}): {found.score:g} of {found.threshold:g} ({verdict})",
        markup=False,
    )
    for rule in found.top():
        out.print(f"  {rule.points:+g} {rule.name}: {rule.description}", markup=False)


def _print_rejected(table: RecipientTable, out: Console, limit: int) -> None:
    rejected = [i for i, s in enumerate(table.statuses) if s is not RowStatus.VALID]
    for i in rejected[:limit]:
        shown = table.emails[i] or "(empty)"
        why = describe(table.reasons[i])
        out.print(f"  {table.row_label(i)}: {shown} - {why}", markup=False)
    if len(rejected) > limit:
        out.print(f"  ... and {len(rejected) - limit} more rejected rows", markup=False)


def preview(args: argparse.Namespace, out: Console) -> int:
    table, template = load_inputs(args, None)
    index = data_row(table, args.row)
    if table.statuses[index] is not RowStatus.VALID:  # no message would be built for it
        raise InputError(
            f"{table.row_label(index).capitalize()} of {table.source.name} "
            f"({table.emails[index] or 'no address'}) is skipped and would not be sent: "
            f"{describe(table.reasons[index])}."
        )
    sender = sender_settings(
        template,
        from_header=args.from_header
        or template.settings.from_addr
        or "Preview <preview@example.com>",
        reply_to=args.reply_to,
        unsubscribe=args.unsubscribe,
    )
    advertising = advertising_wanted(args, resolve_profile(args))  # what send adds
    rendered = rendered_as_sent(template, table, index, sender, advertising=advertising)
    message = build_message(rendered, to=table.emails[index], sender=sender)
    sys.stdout.flush()
    sys.stdout.buffer.write(message)
    sys.stdout.buffer.flush()
    return 0
