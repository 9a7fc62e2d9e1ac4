"""Pieces the `mailer` subcommands share: loading inputs and choosing a profile."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from mailer.content.recipients import RecipientTable, load_recipients
from mailer.content.segments import segment_table
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.sending.options import MAX_BUILD_PROCESSES, MAX_WORKERS
from mailer.service import open_journal as _open_journal
from mailer.settings import Profile, Settings, daily_problem, data_dir, rate_problem
from mailer.store.journal import Journal


def open_journal() -> Journal:
    return _open_journal()


def load_inputs(
    args: argparse.Namespace, journal: Journal | None
) -> tuple[RecipientTable, TemplateSet]:
    # Suppressed and unsubscribed addresses (from the --audience's topic, or any without
    # one), each with its reason: the rows show "unsubscribed" where that is why.
    audience = getattr(args, "audience", None) or None
    suppressed = journal.suppression.blocked(audience) if journal else {}
    sheet = getattr(args, "sheet", None)
    table = load_recipients(
        args.recipients,
        encoding=args.encoding,
        email_column=args.email_column,
        suppressed=suppressed,
        sheet=sheet,
    )
    if getattr(args, "where", None):  # check and send filter the same way
        table = segment_table(table, args.where)
    template = TemplateSet.load(args.template)
    return table, template


def data_row(table: RecipientTable, row: int) -> int:
    """A 1-based data row number from the user -> a 0-based index, checked."""
    if not 1 <= row <= len(table):
        raise InputError(
            f"--row {row} is outside {table.source.name}, which has {len(table)} data rows "
            f"(use 1 to {len(table)})."
        )
    return row - 1


def resolve_profile(args: argparse.Namespace) -> Profile:
    """--profile (saved) or the default outbox, then the command-line overrides."""
    settings = Settings.load()
    name = getattr(args, "profile", None)
    profile = settings.profile(name) if name else None
    kind = getattr(args, "transport", None)
    if profile is None:  # limits unset: the transport's defaults (mailer.sending.plan)
        profile = Profile(name=kind or "local outbox", kind=kind or "outbox")
    overrides: dict[str, Any] = {
        "kind": kind,
        "outbox_dir": str(args.outbox) if getattr(args, "outbox", None) else None,
        "rate": getattr(args, "rate", None),
        "daily": getattr(args, "daily", None),
        "region": getattr(args, "region", None),
        "configuration_set": getattr(args, "configuration_set", None),
        "smtp_host": getattr(args, "smtp_host", None),
        "smtp_port": getattr(args, "smtp_port", None),
        "smtp_security": getattr(args, "smtp_security", None),
        "smtp_user": getattr(args, "smtp_user", None),
    }
    chosen = {k: v for k, v in overrides.items() if v is not None}
    if "rate" in chosen:
        chosen["rate"] = float(chosen["rate"])  # 0: no rate limit
    # --daily 0 / none stays 0: "no cap", where None would mean the transport's default.
    profile = dataclasses.replace(profile, **chosen)
    profile.validate("command line")
    return profile


# argparse types: a bad value is one sentence and exit 2 before anything is loaded.


def rate_option(text: str) -> float:
    """--rate: sends per second, 0 = no limit."""
    try:
        value: object = float(text)
    except ValueError:
        value = text
    problem = rate_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return float(text)


def daily_option(text: str) -> int:
    """--daily: messages per rolling 24 hours; 0 or none = no limit (returned as 0)."""
    if text.strip().lower() == "none":
        return 0
    try:
        value: object = int(text)
    except ValueError:
        value = text
    problem = daily_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return int(text)


def concurrency_option(text: str) -> int:
    """--concurrency: parallel connections."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(
            f"concurrency must be a whole number from 1 to {MAX_WORKERS}, not {text!r}"
        )
    return value


def build_processes_option(text: str) -> int:
    """--build-processes: SES request builders beside the sending process."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_BUILD_PROCESSES:
        raise argparse.ArgumentTypeError(
            f"build processes must be a whole number from 0 to {MAX_BUILD_PROCESSES}, not {text!r}"
        )
    return value


def outbox_folder(profile: Profile) -> Path:
    return Path(profile.outbox_dir).expanduser() if profile.outbox_dir else data_dir() / "outbox"


def advertising_wanted(args: argparse.Namespace, profile: Profile) -> bool:
    """--advertising / --no-advertising, else the profile's setting (Korean users: on)."""
    from mailer import service

    chosen = getattr(args, "advertising", None)
    return service.advertising_default(profile) if chosen is None else bool(chosen)
