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
