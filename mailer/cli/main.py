"""The `mailer` command: the same core as the app, for terminals and scripts.

Exit codes: 0 all sent; 1 finished, some recipients failed; 2 bad input, nothing
sent; 3 stopped (account error, quota wait cancelled, Ctrl-C): resumable.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.console import Console

from mailer import logs
from mailer.cli import campaigns as cli_campaigns
from mailer.cli import content as cli_content
from mailer.cli import ses as cli_ses
from mailer.cli import setup as cli_setup
from mailer.cli.common import concurrency_option, daily_option, rate_option
from mailer.errors import InputError, MailerError

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_STOPPED = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace, Console], int]


def _recipient_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("recipients", type=Path, help="CSV, TSV, TXT or XLSX file (at most 2 GB)")
    p.add_argument("template", type=Path, help="template folder")
    p.add_argument(
        "--encoding",
        help="file encoding, e.g. utf-8, cp949, cp1252, cp932, gb18030, big5 (default: "
        "detected; a file that cannot be told for sure is refused with the candidates)",
    )
    p.add_argument("--email-column", help="the column with the addresses (default: detected)")
    p.add_argument(
        "--sheet", help="XLSX sheet name (default: the first visible sheet; check lists them)"
    )


def _sender_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="from_header", default="", help='"Name <address>"')
    p.add_argument("--reply-to", default="")
    p.add_argument(
        "--unsubscribe",
        action="append",
        default=[],
        help="List-Unsubscribe URL (https) or mailto:, may be given twice; Jinja allowed",
    )


def _transport_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--transport", choices=("outbox", "ses", "smtp"))
    p.add_argument("--profile", help="a saved profile (see the app's Account dialog)")
    p.add_argument("--outbox", type=Path, help="Maildir folder for the outbox transport")
    p.add_argument("--rate", type=rate_option, help="sends per second; 0 = no limit")
    p.add_argument(
        "--daily",
        type=daily_option,
        help="messages per rolling 24 hours, shared by every campaign on the account; "
        "0 or none = no limit",
    )
    p.add_argument(
        "--concurrency", type=concurrency_option, help="parallel connections, 1 to 64 (default 4)"
    )
    p.add_argument("--region", help="AWS region for --transport ses")
    p.add_argument("--configuration-set", help="SES configuration set")
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--smtp-security", choices=("none", "starttls", "ssl"))
    p.add_argument("--smtp-user")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailer", description="Send newsletter campaigns through Amazon SES."
    )
    parser.add_argument("--data-dir", type=Path, help="journal and outbox folder")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("check", help="preflight: exit 0 sendable, 2 not")
    _recipient_options(p)
    _sender_options(p)
    p.add_argument("--profile", help="a saved profile (its From address, if --from is not given)")
    p.add_argument("--show", type=int, default=10, help="rejected rows to list")
    p.set_defaults(handler=cli_content.check)

    p = sub.add_parser("preview", help="print one row's message (MIME)")
    _recipient_options(p)
    _sender_options(p)
    p.add_argument("--row", type=int, default=1, help="1-based data row")
    p.set_defaults(handler=cli_content.preview)

    p = sub.add_parser("send", help="send a campaign")
    _recipient_options(p)
    _sender_options(p)
    _transport_options(p)
    p.add_argument("--name", help="campaign name (default: the template and file names)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cli_campaigns.send)

    p = sub.add_parser("test-send", help="send one row's message to a test address")
    _recipient_options(p)
    _sender_options(p)
    _transport_options(p)
    p.add_argument("--to", required=True, help="the test address")
    p.add_argument("--row", type=int, default=1)
    p.set_defaults(handler=cli_campaigns.test_send)

    p = sub.add_parser("resume", help="continue a stopped campaign")
    p.add_argument("campaign", type=int)
    p.add_argument("--resend-unknown", action="store_true", help="also resend rows in doubt")
    p.add_argument("--concurrency", type=concurrency_option, help="parallel connections, 1 to 64")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(handler=cli_campaigns.resume)

    p = sub.add_parser("status", help="counts per state")
    p.add_argument("campaign", type=int, nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cli_campaigns.status)

    p = sub.add_parser("campaigns", help="list campaigns")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cli_campaigns.campaigns)

    p = sub.add_parser("export", help="one CSV row per recipient with its result")
    p.add_argument("campaign", type=int)
    p.add_argument("out", type=Path)
    p.set_defaults(handler=cli_campaigns.export)

    cli_ses.add_commands(sub, _transport_options)
    cli_setup.add_commands(sub, _transport_options)
    cli_setup.add_setup_commands(sub, _transport_options)
    return parser


class _VersionAction(argparse.Action):
    """--version, looked up only when asked for (package metadata costs ~10 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bulk-mailer")
    except PackageNotFoundError:
        return "0+unknown"


def main(argv: Sequence[str] | None = None) -> int:
    console = Console(highlight=False, soft_wrap=True)
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    args = build_parser().parse_args(argv)
    if args.data_dir:
        os.environ["MAILER_DATA_DIR"] = str(args.data_dir)
    logs.setup()
    handler: Handler = args.handler
    try:
        return handler(args, console)
    except InputError as exc:
        errors.print(f"error: {exc}", markup=False)
        return EXIT_INPUT
    except MailerError as exc:
        errors.print(f"error: {exc}", markup=False)
        return EXIT_STOPPED
    except KeyboardInterrupt:
        errors.print("Interrupted.", markup=False)
        return EXIT_STOPPED


if __name__ == "__main__":
    sys.exit(main())
