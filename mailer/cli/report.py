"""`mailer report [ID] [--json] [--csv FILE] [--pdf FILE]`: a campaign's figures, or
(without an ID) every campaign's rates side by side.

The PDF is drawn by the app's renderer (Qt: charts included) in a child process, so
the core and this command never load Qt themselves. The report's words are in
cli.report_text, imported when a report is shown: with the report modules it takes
~15 ms that every other command (a send among them) would spend at start-up.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from mailer import service
from mailer.cli.common import open_journal
from mailer.errors import InputError, MailerError

EXIT_OK = 0


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "report", help="a campaign's report (opens, clicks, links, domains, reasons, cost)"
    )
    p.add_argument("campaign", type=int, nargs="?", help="without it: every campaign's rates")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the report as CSV")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="also write the report as PDF")
    p.set_defaults(handler=report)


def report(args: argparse.Namespace, out: Console) -> int:
    from mailer.cli import report_text

    journal = open_journal()
    if args.campaign is None:
        if args.csv or args.pdf:
            raise InputError("--csv and --pdf need a campaign: mailer report ID --pdf FILE")
        report_text.compare(service.compare_campaigns(journal), args.json, out)
        return EXIT_OK
    found = service.campaign_report(journal, args.campaign)
    if args.csv:
        service.export_report_csv(found, args.csv)
    if args.pdf:
        write_pdf(args.campaign, args.pdf)
    if args.json:
        out.print(json.dumps(service.report_json(found), ensure_ascii=False), markup=False)
    else:
        report_text.show(found, out)
    for what, path in (("CSV", args.csv), ("PDF", args.pdf)):
        if path and not args.json:
            out.print(f"{what} written to {path}", markup=False)
    return EXIT_OK


def write_pdf(campaign_id: int, path: Path) -> None:
    """Have the app's renderer write the PDF (a child process: Qt stays out of here)."""
    if importlib.util.find_spec("ui") is None or importlib.util.find_spec("PySide6") is None:
        raise InputError(
            "Writing a PDF needs the desktop app's Qt libraries (PySide6), which are not "
            "installed here. Use --csv, or install Bulk Mailer with the app."
        )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, "-m", "ui.report_pdf", str(campaign_id), str(path)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        said = lines[-1] if lines else ""
        if done.returncode == 2 and said:  # the renderer's own sentence: bad input
            raise InputError(said)
        raise MailerError(f"Writing the PDF {path} failed: {said or 'no reason given'}")
