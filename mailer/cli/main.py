"""The `mailer` command: the same core as the app, for terminals and scripts.

Exit codes: 0 all sent; 1 finished, some recipients failed; 2 bad input, nothing
sent; 3 stopped (account error, quota wait cancelled, Ctrl-C): resumable.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from rich.console import Console

from mailer import logs
from mailer.cli import abtest as cli_abtest
from mailer.cli import audiences as cli_audiences
from mailer.cli import campaigns as cli_campaigns
from mailer.cli import content as cli_content
from mailer.cli import report as cli_report
from mailer.cli import schedule as cli_schedule
from mailer.cli import ses as cli_ses
from mailer.cli import setup as cli_setup
from mailer.cli.common import (
    build_processes_option,
    concurrency_option,
    daily_option,
    rate_option,
)
from mailer.errors import InputError, MailerError
from mailer.settings import DEFAULT_REPEAT_WINDOW_DAYS, repeat_window_problem
from mailer.states import FollowUp

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_STOPPED = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace, Console], int]


def _recipient_options(p: argparse.ArgumentParser, *, file_optional: bool = False) -> None:
    if file_optional:  # `send --from-campaign ID TEMPLATE` takes the rows from the journal
        p.add_argument(
            "recipients",
            type=Path,
            nargs="?",
            help="CSV, TSV, TXT or XLSX file (at most 2 GB); not with --from-campaign",
        )
    else:
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
    p.add_argument(
        "--from",
        dest="from_header",
        default="",
        help="\"Name <address>\" (default: the template's `from`, else the profile's From)",
    )
    p.add_argument(
        "--reply-to",
        default="",
        help="Reply-To address (default: the template's `reply_to`, else the profile's, else none)",
    )
    p.add_argument(
        "--unsubscribe",
        action="append",
        default=[],
        help="List-Unsubscribe URL (https) or mailto:, may be given twice; Jinja allowed "
        "(default: the template's `unsubscribe`, else none)",
    )


def _transport_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--transport",
        choices=("outbox", "ses", "smtp"),
        help="how to send (default: the --profile's, else outbox: a local Maildir, "
        "nothing leaves the computer)",
    )
    p.add_argument(
        "--profile",
        help="a saved profile (see the app's Account dialog; default: none, only these options)",
    )
    p.add_argument(
        "--outbox", type=Path, help="Maildir folder for the outbox transport (default: DATA/outbox)"
    )
    p.add_argument(
        "--rate",
        type=rate_option,
        help="sends per second; 0 = no limit (default: the profile's, else outbox and SMTP "
        "no limit, SES and SES SMTP endpoints the account's; sandbox 1 when SES SMTP "
        "limits cannot be read)",
    )
    p.add_argument(
        "--daily",
        type=daily_option,
        help="messages per rolling 24 hours, shared by every campaign on the account; "
        "0 or none = no limit (default: the profile's, else outbox and SMTP no limit, SES "
        "and SES SMTP endpoints the account's; sandbox 200 when SES SMTP limits cannot be "
        "read)",
    )
    p.add_argument(
        "--concurrency",
        type=concurrency_option,
        help="parallel connections, 1 to 64 (default: outbox 4; otherwise 8 with no rate "
        "limit, else rate x 0.15, at least 4)",
    )
    p.add_argument(
        "--region",
        help="AWS region for --transport ses (default: the profile's, else AWS_REGION, "
        "AWS_DEFAULT_REGION or ~/.aws/config)",
    )
    p.add_argument(
        "--configuration-set", help="SES configuration set (default: the profile's, else none)"
    )
    p.add_argument("--smtp-host", help="SMTP server (default: the profile's)")
    p.add_argument("--smtp-port", type=int, help="SMTP port (default: the profile's, else 587)")
    p.add_argument(
        "--smtp-security",
        choices=("none", "starttls", "ssl"),
        help="SMTP encryption (default: the profile's, else starttls)",
    )
    p.add_argument(
        "--smtp-user",
        help="SMTP user name (default: the profile's; the password comes from the keyring "
        "or MAILER_SMTP_PASSWORD)",
    )


def _build_processes_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--build-processes",
        type=build_processes_option,
        metavar="N",
        help="SES API only: processes that build and sign requests beside the sending one, "
        "0 to 8 (default: none below 250/s or on one core, else rate / 1,500 rounded up, "
        "at most cores - 1)",
    )


def _audience_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--audience",
        help="an SES audience (mailer audiences): SES adds one-click unsubscribe, hosts the "
        "unsubscribe page and skips who unsubscribed (SES API and SES SMTP profiles; "
        "default: none)",
    )
    _advertising_option(p)


def _advertising_option(p: argparse.ArgumentParser, *, shown: bool = False) -> None:
    what = " (as send adds it)" if shown else ""
    p.add_argument(
        "--advertising",
        action=argparse.BooleanOptionalAction,
        default=None,
        help='Korean advertising mail: "(광고)" before the subject and a notice with the '
        f"sender, a contact and free unsubscribe{what} (default: the profile's setting; on "
        "for Korean users)",
    )


def _repeat_options(p: argparse.ArgumentParser, *, resume: bool = False) -> None:
    when = "a draft never sent" if resume else "the campaign"
    p.add_argument(
        "--repeat-window",
        type=_repeat_window_option,
        metavar="DAYS",
        help=f"before sending {when}, skip recipients who received the same template (or "
        "subject) within DAYS days; 0 = no check (default: the settings' "
        f"repeat_window_days, {DEFAULT_REPEAT_WINDOW_DAYS:g})",
    )
    p.add_argument(
        "--include-repeats",
        action="store_true",
        help="send to those recipients anyway (default: they are skipped)",
    )


def _repeat_window_option(text: str) -> float:
    try:
        value: object = float(text)
    except ValueError:
        value = text
    problem = repeat_window_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem.replace("repeat_window_days", "--repeat-window"))
    return float(text)


class _Parser(argparse.ArgumentParser):
    """A bad option or value is one sentence and exit 2, not the whole usage block
    (the subcommands' parsers are of this class too)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (`{self.prog} --help` lists the options)\n")


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="mailer", description="Send newsletter campaigns through Amazon SES."
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="journal and outbox folder (default: MAILER_DATA_DIR, else the user data folder)",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("check", help="preflight: exit 0 sendable, 2 not")
    _recipient_options(p)
    _sender_options(p)
    p.add_argument(
        "--profile",
        help="a saved profile: its From address, if --from is not given (default: none)",
    )
    p.add_argument("--show", type=int, default=10, help="rejected rows to list (default: 10)")
    p.add_argument(
        "--where",
        metavar="FILTER",
        help="only the rows this filter keeps, e.g. \"등급 == 'VIP' and 지역 != '서울'\" "
        "(README: Segments; default: every row)",
    )
    _audience_options(p)
    p.add_argument(
        "--dns",
        action="store_true",
        help="also check SPF/DKIM/DMARC of the From domain (asks DNS, and SES for a profile)",
    )
    p.add_argument(
        "--spamassassin",
        nargs="?",
        const="127.0.0.1:783",
        metavar="HOST:PORT",
        help="also score the first message with a running spamd (default when given: "
        "127.0.0.1:783; default: not asked)",
    )
    p.set_defaults(handler=cli_content.check)

    p = sub.add_parser("preview", help="print one row's message (MIME)")
    _recipient_options(p)
    _sender_options(p)
    _advertising_option(p, shown=True)
    p.add_argument(
        "--row", type=int, default=1, help="1-based data row, as check lists it (default: 1)"
    )
    p.set_defaults(handler=cli_content.preview)

    p = sub.add_parser("send", help="send a campaign")
    _recipient_options(p, file_optional=True)
    _sender_options(p)
    _transport_options(p)
    p.add_argument("--name", help="campaign name (default: the template and file names)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--where",
        metavar="FILTER",
        help="only the rows this filter keeps, e.g. \"등급 == 'VIP' and 지역 != '서울'\" "
        "(README: Segments; default: every row)",
    )
    p.add_argument(
        "--from-campaign",
        type=int,
        metavar="ID",
        help="send again to recipients of campaign ID (with --only) instead of a file "
        "(default: none, the rows of RECIPIENTS)",
    )
    p.add_argument(
        "--only",
        choices=[g.value for g in FollowUp],
        default=FollowUp.NON_OPENERS.value,
        help="with --from-campaign: which recipients (default: non-openers)",
    )
    p.add_argument(
        "--link", help="with --only clickers: clickers of this URL only (default: any link)"
    )
    _build_processes_option(p)
    _audience_options(p)
    cli_abtest.add_options(p)
    cli_schedule.add_options(p)
    _repeat_options(p)
    p.set_defaults(handler=cli_campaigns.send)

    p = sub.add_parser("test-send", help="send one row's message to a test address")
    _recipient_options(p)
    _sender_options(p)
    _transport_options(p)
    _advertising_option(p, shown=True)
    p.add_argument("--to", required=True, help="the test address")
    p.add_argument(
        "--row", type=int, default=1, help="1-based data row, as check lists it (default: 1)"
    )
    p.add_argument(
        "--no-test-prefix",
        dest="test_prefix",
        action="store_false",
        help="send the subject as is (default: it starts with [TEST])",
    )
    p.set_defaults(handler=cli_campaigns.test_send)

    p = sub.add_parser("resume", help="continue a stopped campaign")
    p.add_argument("campaign", type=int)
    p.add_argument("--resend-unknown", action="store_true", help="also resend rows in doubt")
    p.add_argument(
        "--concurrency",
        type=concurrency_option,
        help="parallel connections, 1 to 64 (default: as the campaign was started); the "
        "rate and daily limit are the campaign's profile's, as when it started",
    )
    _build_processes_option(p)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _repeat_options(p, resume=True)
    p.set_defaults(handler=cli_campaigns.resume)

    p = sub.add_parser(
        "delete",
        help="delete a campaign from the journal (refused while it is sending); its sends "
        "still count towards the daily quota, the suppression list is kept",
    )
    p.add_argument("campaign", type=int)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cli_campaigns.delete)

    p = sub.add_parser(
        "archive",
        help="hide a campaign from `campaigns` and the app's list (kept for reports and the "
        "repeat check; never offered for resuming)",
    )
    p.add_argument("campaign", type=int)
    p.add_argument("--undo", action="store_true", help="list it again")
    p.set_defaults(handler=cli_campaigns.archive)

    p = sub.add_parser("status", help="counts per state")
    p.add_argument("campaign", type=int, nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cli_campaigns.status)

    p = sub.add_parser("campaigns", help="list campaigns")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="archived campaigns too (default: hidden)")
    p.set_defaults(handler=cli_campaigns.campaigns)

    p = sub.add_parser("export", help="one CSV row per recipient with its result")
    p.add_argument("campaign", type=int)
    p.add_argument("out", type=Path)
    p.set_defaults(handler=cli_campaigns.export)

    cli_report.add_commands(sub)
    cli_ses.add_commands(sub, _transport_options)
    cli_audiences.add_commands(sub, _transport_options)
    cli_setup.add_commands(sub, _transport_options)
    cli_setup.add_setup_commands(sub, _transport_options)
    cli_schedule.register(sub)
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
    # emoji=False: a cell such as "kim:x:@example" is printed as it is, not as "kim❌".
    console = Console(highlight=False, soft_wrap=True, emoji=False)
    errors = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
    args = build_parser().parse_args(argv)
    if argv is None:
        # This process is the command (a caller passes argv): what exists by now lives
        # until exit, so the collector need not walk it in its full passes or in the
        # one at exit (~25 ms of a 1.5 s send of 2,000 messages).
        gc.freeze()
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
