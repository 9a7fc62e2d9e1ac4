"""`mailer dns` and `mailer smtp-password`: setting up a sending domain and SMTP access."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from rich.console import Console

from mailer.cli.common import resolve_profile
from mailer.errors import InputError, MailerError
from mailer.states import CheckState

OptionAdder = Callable[[argparse.ArgumentParser], None]
EXIT_OK, EXIT_TODO = 0, 1


def add_commands(sub: Any, transport_options: OptionAdder) -> None:
    p = sub.add_parser(
        "dns",
        help="check a sending domain's SPF, DMARC, DKIM and MAIL FROM records",
        description="Prints the records to publish and which are found (exit 0 when all "
        "are, 1 when something is to do). DKIM and MAIL FROM come from the SES identity "
        "when the profile is an SES profile; without SES access SPF and DMARC are still "
        "checked. The resolver is the system's, or MAILER_DNS_SERVER=HOST:PORT.",
    )
    p.add_argument("domain")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--mail-from", default="", help="custom MAIL FROM subdomain to check")
    transport_options(p)
    p.set_defaults(handler=dns_command)

    p = sub.add_parser(
        "smtp-password",
        help="SES SMTP password from an IAM secret access key (read from standard input)",
        description="Reads the IAM user's secret access key from standard input (never an "
        "argument, so it stays out of shell history) and prints the SES SMTP password for "
        "--region. The SMTP user name is the access key id; the IAM user needs the "
        "ses:SendRawEmail permission.",
    )
    p.add_argument("--region", required=True, help="SES region, e.g. ap-northeast-2")
    p.set_defaults(handler=smtp_password_command)


def smtp_password_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.smtp_password import smtp_endpoint, smtp_password

    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass("Secret access key: ")
    else:
        secret = sys.stdin.readline()
    out.print(smtp_password(secret, args.region), markup=False, soft_wrap=True)
    sys.stderr.write(
        f"SMTP server {smtp_endpoint(args.region)}, port 587 (STARTTLS) or 465 (TLS); "
        "user name: the access key id.\n"
    )
    return EXIT_OK


def dns_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.dns import check_domain, describe_state, normalize_domain

    domain = normalize_domain(args.domain)
    tokens: tuple[str, ...] = ()
    # --region (a transport option) also names the region of the MAIL FROM MX record.
    mail_from, region, note = args.mail_from, args.region or "", ""
    profile = resolve_profile(args)
    if profile.kind == "ses":
        from mailer.aws.identities import domain_identity

        try:
            identity = domain_identity(profile, domain)
        except MailerError as exc:
            note = f"SES was not asked about DKIM and MAIL FROM: {exc}"
        else:
            tokens = identity.dkim_tokens
            mail_from = mail_from or identity.mail_from
            region = region or identity.region
    if mail_from and not region:
        raise InputError("Give --region with --mail-from (the MX record names the region).")
    report = check_domain(domain, dkim_tokens=tokens, mail_from=mail_from, region=region)
    if args.json:
        data = {
            "domain": report.domain,
            "ok": report.ok,
            "note": note,
            "checks": [asdict(c) for c in report.checks],
        }
        out.print(json.dumps(data, ensure_ascii=False), markup=False, soft_wrap=True)
        return EXIT_OK if report.ok else EXIT_TODO
    if note:
        out.print(note, markup=False)
    for check in report.checks:
        out.print(f"{check.what:14} {describe_state(check.state):11} {check.name}", markup=False)
        if check.found and check.found != "none":
            out.print(f"{'':14} found: {check.found}", markup=False, soft_wrap=True)
        if check.note:
            out.print(f"{'':14} {check.note}", markup=False, soft_wrap=True)
    records = report.to_publish()
    if records:
        out.print("\nPublish these records at your DNS provider (zone-file form):", markup=False)
        for record in records:
            out.print(record.zone_line(), markup=False, soft_wrap=True)
    return EXIT_OK if report.ok else EXIT_TODO


def add_setup_commands(sub: Any, transport_options: OptionAdder) -> None:
    p = sub.add_parser(
        "setup",
        help="the SES set-up checklist (exit 0 when every step is done)",
        description="Credentials, sending domain with Easy DKIM, custom MAIL FROM, DMARC, "
        "production access and tracking, each done / to do / failing with the reason and "
        "the DNS records still to publish.",
    )
    p.add_argument("--domain", default="", help="sending domain (default: the From domain)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    transport_options(p)
    p.set_defaults(handler=setup_command)

    p = sub.add_parser("mail-from", help="use a custom MAIL FROM subdomain for a domain")
    p.add_argument("domain")
    p.add_argument("--subdomain", default="mail", help="default: mail")
    p.add_argument(
        "--reject-on-mx-failure",
        action="store_true",
        help="refuse to send while the MX record is missing (default: fall back to SES's)",
    )
    transport_options(p)
    p.set_defaults(handler=mail_from_command)

    p = sub.add_parser("delete-identity", help="delete an address or domain identity")
    p.add_argument("identity")
    p.add_argument("--yes", action="store_true", help="do not ask")
    transport_options(p)
    p.set_defaults(handler=delete_identity_command)

    p = sub.add_parser(
        "request-production",
        help="ask AWS to move the account out of the SES sandbox",
        description="Sends PutAccountDetails. The use case is read from --use-case-file "
        "(- = standard input); without it, the template text is printed to edit first.",
    )
    p.add_argument("--website", default="", help="your site, e.g. https://shop.example")
    p.add_argument("--use-case-file", type=argparse.FileType("r", encoding="utf-8"))
    p.add_argument("--mail-type", choices=("marketing", "transactional"), default="marketing")
    p.add_argument(
        "--language", choices=("en", "ja"), default="en", help="SES accepts only EN or JA"
    )
    p.add_argument("--contact", action="append", default=[], metavar="ADDR")
    transport_options(p)
    p.set_defaults(handler=request_production_command)

    p = sub.add_parser("stats", help="the account's sending statistics of the last two weeks")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    transport_options(p)
    p.set_defaults(handler=stats_command)


def _ses(args: argparse.Namespace) -> Any:
    from mailer.cli.ses import _ses_profile

    return _ses_profile(args)


def _print_records(out: Console, records: Any) -> None:
    for record in records:
        out.print(f"  {record.zone_line()}", markup=False, soft_wrap=True)


def verify_domain(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.identities import create_domain

    identity = create_domain(_ses(args), args.address, key_length=args.key_length)
    out.print(
        f"{identity.domain}: Easy DKIM {identity.dkim_status or 'requested'}. Publish these "
        "records at your DNS provider; SES finds them on its own:",
        markup=False,
    )
    _print_records(out, identity.dkim_records())
    return EXIT_OK


def mail_from_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.identities import MX_BEHAVIOURS, set_mail_from

    behaviour = MX_BEHAVIOURS[1] if args.reject_on_mx_failure else MX_BEHAVIOURS[0]
    identity = set_mail_from(
        _ses(args), args.domain, subdomain=args.subdomain, on_mx_failure=behaviour
    )
    out.print(f"MAIL FROM of {identity.domain}: {identity.mail_from}. Publish:", markup=False)
    _print_records(out, identity.mail_from_records())
    return EXIT_OK


def delete_identity_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.identities import delete_identity

    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("Add --yes to delete without a terminal to confirm in.")
        answer = input(f"Delete {args.identity}? SES stops sending from it at once. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            out.print("Nothing deleted.", markup=False)
            return EXIT_TODO
    delete_identity(_ses(args), args.identity)
    out.print(f"deleted {args.identity}", markup=False)
    return EXIT_OK


def request_production_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.production import DEFAULT_USE_CASE, ProductionRequest, request_production

    if args.use_case_file is None or not args.website:
        out.print(
            "Give --website and --use-case-file. A use case to start from (edit the parts "
            "in brackets):\n\n" + DEFAULT_USE_CASE,
            markup=False,
        )
        return EXIT_TODO
    request = ProductionRequest(
        website_url=args.website,
        use_case=args.use_case_file.read(),
        mail_type=args.mail_type,
        language=args.language,
        extra_contacts=tuple(args.contact),
    ).validated()
    state = request_production(_ses(args), request)
    out.print(
        f"requested: review {state.status or 'submitted'}"
        + (f", case {state.case_id}" if state.case_id else "")
        + "; AWS answers by e-mail, usually within a day.",
        markup=False,
    )
    return EXIT_OK


_MARKS = {CheckState.OK: "done", CheckState.MISSING: "to do", CheckState.WRONG: "FAILING"}


def setup_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.checklist import run_checklist
    from mailer.aws.dns import describe_state

    checklist = run_checklist(_ses(args), args.domain)
    if args.json:
        data = {
            "domain": checklist.domain,
            "done": checklist.done,
            "steps": [
                {**asdict(step), "publish": [asdict(r) for r in step.publish]}
                for step in checklist.steps
            ],
        }
        out.print(json.dumps(data, ensure_ascii=False), markup=False, soft_wrap=True)
        return EXIT_OK if checklist.done else EXIT_TODO
    for n, step in enumerate(checklist.steps, start=1):
        mark = _MARKS.get(step.state) or describe_state(step.state)
        out.print(f"{n}. {step.key:12} {mark:11} {step.detail}", markup=False, soft_wrap=True)
        _print_records(out, step.publish)
    return EXIT_OK if checklist.done else EXIT_TODO


def stats_command(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.stats import BOUNCE_REVIEW, COMPLAINT_REVIEW, send_statistics

    stats = send_statistics(_ses(args))
    days = stats.daily()
    if args.json:
        data = {
            "attempts": stats.attempts,
            "bounce_rate": stats.bounce_rate,
            "complaint_rate": stats.complaint_rate,
            "enforcement": stats.enforcement,
            "days": [
                {"day": d.isoformat(), "attempts": a, "bounces": b, "complaints": c, "rejects": r}
                for d, a, b, c, r in days
            ],
        }
        out.print(json.dumps(data), markup=False, soft_wrap=True)
        return EXIT_OK
    out.print(f"{'day':10}  {'attempts':>9}  {'bounces':>7}  {'complaints':>10}  rejects")
    for day, attempts, bounces, complaints, rejects in days:
        out.print(
            f"{day.isoformat():10}  {attempts:>9,}  {bounces:>7,}  {complaints:>10,}  {rejects:,}",
            markup=False,
        )
    out.print(
        f"bounce rate {stats.bounce_rate:.2%} (SES reviews at {BOUNCE_REVIEW:.0%}), "
        f"complaint rate {stats.complaint_rate:.3%} (at {COMPLAINT_REVIEW:.1%}); "
        f"enforcement: {stats.enforcement or 'not reported'}",
        markup=False,
    )
    return EXIT_OK
