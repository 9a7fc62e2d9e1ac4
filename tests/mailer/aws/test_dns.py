"""DNS checks against a real DNS server on 127.0.0.1 (dnslib), through dnspython."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mailer.aws.dns import check_domain, make_resolver, normalize_domain
from mailer.errors import ConfigError
from mailer.states import CheckState
from tests.dnsserver import LocalDns, Zone

TOKENS = ("abc123", "def456", "ghi789")
REGION = "ap-northeast-2"
GOOD: Zone = {
    ("shop.example", "TXT"): ["v=spf1 include:amazonses.com ~all"],
    ("_dmarc.shop.example", "TXT"): ["v=DMARC1; p=none; rua=mailto:d@shop.example"],
    **{(f"{t}._domainkey.shop.example", "CNAME"): [f"{t}.dkim.amazonses.com"] for t in TOKENS},
    ("mail.shop.example", "MX"): [f"10 feedback-smtp.{REGION}.amazonses.com"],
    ("mail.shop.example", "TXT"): ["v=spf1 include:amazonses.com ~all"],
}


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    servers: list[LocalDns] = []

    def start(zone: Zone, **kwargs: object) -> LocalDns:
        server = LocalDns(zone, **kwargs).__enter__()  # type: ignore[arg-type]
        servers.append(server)
        monkeypatch.setenv("MAILER_DNS_SERVER", server.address)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def _states(report: object) -> dict[str, CheckState]:
    return {c.what: c.state for c in report.checks}  # type: ignore[attr-defined]


def test_a_domain_set_up_right_passes_every_check(serve: object) -> None:
    serve(GOOD)  # type: ignore[operator]
    report = check_domain(
        "shop.example", dkim_tokens=TOKENS, mail_from="mail.shop.example", region=REGION
    )
    assert set(_states(report).values()) == {CheckState.OK}
    assert report.ok and report.to_publish() == []


def test_missing_records_say_what_to_publish(serve: object) -> None:
    serve({("other.example", "TXT"): ["x"]})  # type: ignore[operator]
    report = check_domain(
        "shop.example", dkim_tokens=TOKENS, mail_from="mail.shop.example", region=REGION
    )
    assert set(_states(report).values()) == {CheckState.MISSING}
    lines = [r.zone_line() for r in report.to_publish()]
    assert "abc123._domainkey.shop.example. 3600 IN CNAME abc123.dkim.amazonses.com" in lines
    assert f"mail.shop.example. 3600 IN MX 10 feedback-smtp.{REGION}.amazonses.com" in lines
    assert (
        '_dmarc.shop.example. 3600 IN TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@shop.example"'
        in lines
    )
    spf = next(c for c in report.checks if c.what == "SPF")
    assert "checked against the custom MAIL FROM domain" in spf.note


def test_missing_spf_without_custom_mail_from_is_explained(serve: object) -> None:
    serve({("_dmarc.shop.example", "TXT"): ["v=DMARC1; p=none"]})  # type: ignore[operator]
    spf = check_domain("shop.example").checks[0]
    assert spf.state is CheckState.MISSING
    assert "SPF then passes for amazonses.com" in spf.note


def test_wrong_records_are_reported_with_what_was_found(serve: object) -> None:
    zone: Zone = {
        ("shop.example", "TXT"): ["v=spf1 -all", "v=spf1 include:x.example ~all"],
        ("_dmarc.shop.example", "TXT"): ["v=DMARC1; rua=mailto:d@shop.example"],
        ("abc123._domainkey.shop.example", "CNAME"): ["abc123.dkim.example.net"],
        ("mail.shop.example", "MX"): ["10 mx.other.example"],
        ("mail.shop.example", "TXT"): ["v=spf1 -all"],
    }
    serve(zone)  # type: ignore[operator]
    report = check_domain(
        "shop.example", dkim_tokens=TOKENS[:1], mail_from="mail.shop.example", region=REGION
    )
    states = _states(report)
    assert states == {
        "SPF": CheckState.WRONG,
        "DMARC": CheckState.WRONG,
        "DKIM 1": CheckState.WRONG,
        "MAIL FROM MX": CheckState.WRONG,
        "MAIL FROM SPF": CheckState.WRONG,
    }
    by = {c.what: c for c in report.checks}
    assert "Several SPF records" in by["SPF"].note
    assert by["DKIM 1"].found == "abc123.dkim.example.net"
    assert "p= policy" in by["DMARC"].note


def test_spf_over_ten_lookups_is_flagged(serve: object) -> None:
    includes = " ".join(f"include:s{i}.example" for i in range(6))
    zone: Zone = {("shop.example", "TXT"): [f"v=spf1 {includes} ~all"]}
    for i in range(6):
        zone[(f"s{i}.example", "TXT")] = ["v=spf1 a mx include:amazonses.example ~all"]
    serve(zone)  # type: ignore[operator]
    spf = check_domain("shop.example").checks[0]
    assert spf.state is CheckState.WRONG and "DNS lookups" in spf.note


def test_a_slow_server_is_a_result_not_a_hang(
    serve: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mailer.aws.dns.TIMEOUT", 0.5)
    serve(GOOD, slow={"shop.example"}, delay=2.0)  # type: ignore[operator]
    report = check_domain("shop.example")
    states = _states(report)
    assert states["SPF"] is CheckState.UNREACHABLE
    assert states["DMARC"] is CheckState.OK  # other names still answer
    assert "no answer from DNS" in report.checks[0].found


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("https://shop.example/news", "is a web address; give the domain alone, e.g. shop.example"),
        ("www.shop.example", "is a web address"),
        ("news@shop.example", "is an e-mail address; give its domain, e.g. shop.example"),
        ("shop", "is not a domain name"),
        ("shop example.com", "is not a domain name"),
    ],
)
def test_bad_domains_are_one_sentence(typed: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words.replace(".", r"\.")):
        normalize_domain(typed)


def test_idn_domains_are_punycoded() -> None:
    assert normalize_domain(" 예시.한국. ") == "xn--vv4b11d.xn--3e0b707e"
    assert normalize_domain("Shop.Example") == "shop.example"


def test_no_dns_configured_is_one_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import dns.resolver

    monkeypatch.delenv("MAILER_DNS_SERVER", raising=False)
    empty = tmp_path / "resolv.conf"
    empty.write_text("")
    real = dns.resolver.Resolver

    def no_config(configure: bool = True) -> dns.resolver.Resolver:
        return real(filename=str(empty), configure=configure)

    monkeypatch.setattr(dns.resolver, "Resolver", no_config)
    with pytest.raises(ConfigError, match="no DNS server configured"):
        make_resolver()
