"""DNS checks for a sending domain: SPF, DMARC, Easy DKIM and a custom MAIL FROM.

Each check says what it found, what it expected and which record to publish
(docs/ses-setup.md lists the SES facts these rely on). The resolver is the system's,
or ``MAILER_DNS_SERVER=HOST[:PORT]`` (the tests point it at a DNS server on
127.0.0.1). Time-outs and missing names are results, never exceptions; only "no DNS
configured at all" is an error, with one sentence.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import dns.exception
import dns.resolver

from mailer.errors import ConfigError
from mailer.states import CheckState

TIMEOUT = 4.0  # seconds for one question, retries included
SPF_LOOKUP_LIMIT = 10  # RFC 7208 4.6.4
_SPF_LOOKUPS = re.compile(r"^[+\-~?]?(include|a|mx|ptr|exists)(:|/|$)|^redirect=", re.I)


@dataclass(frozen=True)
class Record:
    """One DNS record to publish, as a DNS provider's form asks for it."""

    name: str
    type: str
    value: str

    def zone_line(self) -> str:
        """The record as a line of a BIND zone file."""
        value = f'"{self.value}"' if self.type == "TXT" else self.value
        return f"{self.name}. 3600 IN {self.type} {value}"


DnsRecord = Record  # the name the public API uses


@dataclass(frozen=True)
class Check:
    what: str  # "SPF", "DMARC", "DKIM 1", "MAIL FROM MX", "MAIL FROM SPF"
    name: str  # the DNS name asked
    state: CheckState
    found: str
    expected: str
    note: str = ""
    publish: tuple[Record, ...] = ()


@dataclass(frozen=True)
class DomainReport:
    domain: str
    checks: tuple[Check, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(c.state is CheckState.OK for c in self.checks)

    def to_publish(self) -> list[Record]:
        return [r for c in self.checks if c.state is not CheckState.OK for r in c.publish]


# -- input ------------------------------------------------------------------------------


def normalize_domain(text: str) -> str:
    """A domain as the user typed it -> its ASCII (punycode) form, or a sentence why not."""
    raw = text.strip().rstrip(".")
    if "://" in raw or raw.lower().startswith("www."):
        host = raw.split("://", 1)[-1].split("/", 1)[0]
        raise ConfigError(
            f"{text!r} is a web address; give the domain alone, e.g. {host.removeprefix('www.')}."
        )
    if "@" in raw:
        raise ConfigError(
            f"{text!r} is an e-mail address; give its domain, e.g. {raw.rpartition('@')[2]}."
        )
    if "/" in raw or " " in raw or not raw or "." not in raw:
        raise ConfigError(f"{text!r} is not a domain name; give one like example.com.")
    try:
        ascii_name = raw.encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise ConfigError(f"{text!r} is not a valid domain name ({exc}).") from None
    return ascii_name


# -- asking -----------------------------------------------------------------------------


def make_resolver() -> dns.resolver.Resolver:
    """The system's resolver, or MAILER_DNS_SERVER=HOST[:PORT]."""
    server = os.environ.get("MAILER_DNS_SERVER", "").strip()
    try:
        resolver = dns.resolver.Resolver(configure=not server)
    except dns.resolver.NoResolverConfiguration:
        raise ConfigError(
            "This computer has no DNS server configured, so the DNS records cannot be "
            "checked; connect to the internet (or set MAILER_DNS_SERVER=HOST:PORT) and "
            "check again. Everything else works without it."
        ) from None
    if server:
        host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
        resolver.nameservers = [host or server]
        resolver.port = int(port) if port.isdigit() else 53
    resolver.lifetime = TIMEOUT
    resolver.timeout = TIMEOUT
    return resolver


@dataclass(frozen=True)
class _Answer:
    values: tuple[str, ...] = ()
    unreachable: str = ""  # why the question got no answer


def _ask(resolver: dns.resolver.Resolver, name: str, rdtype: str) -> _Answer:
    try:
        answer = resolver.resolve(name, rdtype, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return _Answer()
    except (dns.exception.Timeout, dns.resolver.LifetimeTimeout):
        return _Answer(unreachable=f"no answer from DNS within {TIMEOUT:g} s")
    except dns.resolver.NoNameservers:
        return _Answer(unreachable="no DNS server answered")
    except dns.exception.DNSException as exc:
        return _Answer(unreachable=f"DNS error: {type(exc).__name__}")
    if answer.rrset is None:
        return _Answer()
    return _Answer(tuple(_text(rdata, rdtype) for rdata in answer.rrset))


def _text(rdata: object, rdtype: str) -> str:
    if rdtype == "TXT":
        strings = getattr(rdata, "strings", ())
        return "".join(s.decode("utf-8", "replace") for s in strings)
    if rdtype == "MX":
        return f"{rdata.preference} {str(rdata.exchange).rstrip('.')}"  # type: ignore[attr-defined]
    return str(rdata).rstrip(".")


# -- checks -----------------------------------------------------------------------------


def check_spf(resolver: dns.resolver.Resolver, domain: str, *, custom_mail_from: bool) -> Check:
    """The From domain's SPF. With SES's default MAIL FROM (amazonses.com) SPF is checked
    against that domain, so the From domain needs no ``include:amazonses.com``."""
    answer = _ask(resolver, domain, "TXT")
    expected = "one TXT record starting v=spf1"
    if answer.unreachable:
        return Check("SPF", domain, CheckState.UNREACHABLE, answer.unreachable, expected)
    records = [v for v in answer.values if v.lower().startswith("v=spf1")]
    suggestion = Record(domain, "TXT", "v=spf1 include:amazonses.com ~all")
    if not records:
        # SES mail is checked against its MAIL FROM domain's SPF, never this one's.
        note = (
            "Optional for SES: SPF is checked against the custom MAIL FROM domain below. "
            if custom_mail_from
            else "Optional with SES's default MAIL FROM: SPF then passes for amazonses.com. "
        ) + "Publish one if other servers send mail as this domain."
        return Check("SPF", domain, CheckState.MISSING, "none", expected, note, (suggestion,))
    if len(records) > 1:
        return Check(
            "SPF",
            domain,
            CheckState.WRONG,
            " | ".join(records),
            expected,
            "Several SPF records make SPF fail (permerror); merge them into one.",
        )
    lookups = _spf_lookups(resolver, records[0], seen={domain})
    if lookups > SPF_LOOKUP_LIMIT:
        return Check(
            "SPF",
            domain,
            CheckState.WRONG,
            records[0],
            expected,
            f"It needs {lookups} DNS lookups; SPF allows {SPF_LOOKUP_LIMIT} and then fails. "
            "Remove includes you no longer use.",
        )
    note = ""
    if not custom_mail_from and "amazonses.com" not in records[0]:
        note = "No include:amazonses.com is needed while SES uses its own MAIL FROM domain."
    return Check("SPF", domain, CheckState.OK, records[0], expected, note)


def _spf_lookups(resolver: dns.resolver.Resolver, record: str, seen: set[str]) -> int:
    """DNS lookups an SPF record costs, following include: and redirect= (bounded)."""
    count = 0
    for term in record.split()[1:]:
        if not _SPF_LOOKUPS.match(term):
            continue
        count += 1
        target = term.split(":", 1)[1] if ":" in term else term.partition("=")[2]
        if term.lower().lstrip("+-~?").startswith(("include:", "redirect=")) and target:
            target = target.lower()
            if target in seen or count > SPF_LOOKUP_LIMIT:
                continue
            seen.add(target)
            answer = _ask(resolver, target, "TXT")
            nested = [v for v in answer.values if v.lower().startswith("v=spf1")]
            if nested:
                count += _spf_lookups(resolver, nested[0], seen)
    return count


def check_dmarc(resolver: dns.resolver.Resolver, domain: str) -> Check:
    name = f"_dmarc.{domain}"
    expected = "a TXT record starting v=DMARC1 (p=none is enough for Gmail and Yahoo)"
    answer = _ask(resolver, name, "TXT")
    if answer.unreachable:
        return Check("DMARC", name, CheckState.UNREACHABLE, answer.unreachable, expected)
    records = [v for v in answer.values if v.replace(" ", "").upper().startswith("V=DMARC1")]
    publish = (Record(name, "TXT", f"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}"),)
    if not records:
        return Check("DMARC", name, CheckState.MISSING, "none", expected, "", publish)
    if len(records) > 1:
        note = "Several DMARC records make receivers ignore DMARC; keep one."
        return Check("DMARC", name, CheckState.WRONG, " | ".join(records), expected, note)
    tags = _tags(records[0])
    if "p" not in tags:
        note = "The record has no p= policy; add p=none."
        return Check("DMARC", name, CheckState.WRONG, records[0], expected, note, publish)
    note = f"Policy p={tags['p']}."
    if tags.get("adkim") == "s" or tags.get("aspf") == "s":
        note += " Strict alignment: SES's DKIM signs for the domain itself, which aligns."
    return Check("DMARC", name, CheckState.OK, records[0], expected, note)


def _tags(record: str) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in record.split(";"))
    return {k.strip().lower(): v.strip().lower() for k, _, v in pairs if k.strip()}


def check_dkim(resolver: dns.resolver.Resolver, domain: str, tokens: Sequence[str]) -> list[Check]:
    """Easy DKIM: TOKEN._domainkey.DOMAIN CNAME TOKEN.dkim.amazonses.com, one per token."""
    checks = []
    for n, token in enumerate(tokens, start=1):
        name = f"{token}._domainkey.{domain}"
        expected = f"{token}.dkim.amazonses.com"
        publish = (Record(name, "CNAME", expected),)
        answer = _ask(resolver, name, "CNAME")
        what = f"DKIM {n}"
        if answer.unreachable:
            checks.append(Check(what, name, CheckState.UNREACHABLE, answer.unreachable, expected))
        elif not answer.values:
            checks.append(Check(what, name, CheckState.MISSING, "none", expected, "", publish))
        elif answer.values[0].lower() != expected:
            checks.append(
                Check(what, name, CheckState.WRONG, answer.values[0], expected, "", publish)
            )
        else:
            checks.append(Check(what, name, CheckState.OK, answer.values[0], expected))
    return checks


def check_mail_from(resolver: dns.resolver.Resolver, mail_from: str, region: str) -> list[Check]:
    """A custom MAIL FROM subdomain: MX 10 feedback-smtp.REGION.amazonses.com and SPF."""
    mx_expected = f"10 feedback-smtp.{region}.amazonses.com"
    spf_expected = "v=spf1 include:amazonses.com ~all"
    mx = _ask(resolver, mail_from, "MX")
    txt = _ask(resolver, mail_from, "TXT")
    checks = [
        _single(
            "MAIL FROM MX",
            mail_from,
            mx,
            mx_expected,
            lambda v: v.lower() == mx_expected,
            Record(mail_from, "MX", mx_expected),
        ),
        _single(
            "MAIL FROM SPF",
            mail_from,
            _Answer(
                tuple(v for v in txt.values if v.lower().startswith("v=spf1")), txt.unreachable
            ),
            spf_expected,
            lambda v: "include:amazonses.com" in v.lower(),
            Record(mail_from, "TXT", spf_expected),
        ),
    ]
    return checks


def _single(
    what: str,
    name: str,
    answer: _Answer,
    expected: str,
    good: Callable[[str], bool],
    record: Record,
) -> Check:
    if answer.unreachable:
        return Check(what, name, CheckState.UNREACHABLE, answer.unreachable, expected)
    if not answer.values:
        return Check(what, name, CheckState.MISSING, "none", expected, "", (record,))
    found = " | ".join(answer.values)
    if any(good(v) for v in answer.values):
        return Check(what, name, CheckState.OK, found, expected)
    return Check(what, name, CheckState.WRONG, found, expected, "", (record,))


def check_domain(
    domain: str,
    *,
    dkim_tokens: Iterable[str] = (),
    mail_from: str = "",
    region: str = "",
    resolver: dns.resolver.Resolver | None = None,
) -> DomainReport:
    """Every check for a sending domain (DKIM and MAIL FROM when known)."""
    domain = normalize_domain(domain)
    resolver = resolver or make_resolver()
    checks = [check_spf(resolver, domain, custom_mail_from=bool(mail_from))]
    checks.append(check_dmarc(resolver, domain))
    checks += check_dkim(resolver, domain, list(dkim_tokens))
    if mail_from and region:
        checks += check_mail_from(resolver, normalize_domain(mail_from), region)
    return DomainReport(domain, tuple(checks))


def describe_state(state: CheckState) -> str:
    """English words for a check's state (the CLI)."""
    return {
        CheckState.OK: "found",
        CheckState.MISSING: "missing",
        CheckState.WRONG: "wrong",
        CheckState.UNREACHABLE: "not checked",
    }[state]
