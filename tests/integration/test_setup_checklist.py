"""The SES set-up checklist from all-failing to all-done, through the `mailer` command,
against moto (server mode) behind the local shim (tests/sesshim.py says what it serves)
and a real DNS server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailer.cli.main import main
from mailer.settings import Profile, Settings
from tests.dnsserver import LocalDns
from tests.sesshim import SesShim

REGION = "us-east-1"
DOMAIN = "shop.example"


@pytest.fixture
def world(aws: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[SesShim, LocalDns]]:
    settings = Settings.load()
    settings.put(Profile(name="ses", kind="ses", region=REGION, from_addr=f"Shop <news@{DOMAIN}>"))
    settings.save()
    with SesShim(aws) as shim, LocalDns({}) as dns:
        monkeypatch.setenv("AWS_ENDPOINT_URL", shim.url)
        monkeypatch.setenv("MAILER_DNS_SERVER", dns.address)
        yield shim, dns


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def checklist(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, str], dict]:  # type: ignore[type-arg]
    code, out = cli(capsys, "setup", "--json", "--profile", "ses")  # the From domain
    data = json.loads(out)
    return code, {s["key"]: s["state"] for s in data["steps"]}, data


def publish(dns: LocalDns, records: list[dict[str, str]]) -> None:
    for r in records:
        dns.resolver.zone.setdefault((r["name"], r["type"]), []).append(r["value"])


def test_from_nothing_to_ready_for_production(
    world: tuple[SesShim, LocalDns],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    shim, dns = world
    # 0. Nothing works: the endpoint is unreachable.
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    code, states, data = checklist(capsys)
    assert code == 1 and states["credentials"] == "wrong"
    assert set(list(states.values())[1:]) == {"unreachable"}
    assert "Could not reach" in data["steps"][0]["detail"]
    monkeypatch.setenv("AWS_ENDPOINT_URL", shim.url)

    # 1. Credentials work; everything else is to do.
    code, states, data = checklist(capsys)
    assert states == {
        "credentials": "ok",
        "domain": "missing",
        "mail_from": "missing",
        "dmarc": "missing",
        "production": "missing",
        "tracking": "missing",
        "audiences": "missing",
    }
    assert "123456789012" in data["steps"][0]["detail"]

    # 2. The domain with Easy DKIM: three CNAMEs to publish.
    code, out = cli(capsys, "verify", DOMAIN, "--profile", "ses")
    assert code == 0 and out.count("IN CNAME") == 3 and "dkim.amazonses.com" in out
    assert shim.state.key_length[DOMAIN] == "RSA_2048_BIT"
    _, states, data = checklist(capsys)
    domain_step = data["steps"][1]
    assert states["domain"] == "missing" and "0 of 3 found" in domain_step["detail"]
    publish(dns, domain_step["publish"])
    _, states, data = checklist(capsys)
    assert "3 of 3 found" in data["steps"][1]["detail"]
    shim.state.verify_domain(DOMAIN)  # SES found them
    _, states, _ = checklist(capsys)
    assert states["domain"] == "ok"

    # 3. Custom MAIL FROM: MX and SPF.
    code, out = cli(capsys, "mail-from", DOMAIN, "--profile", "ses")
    assert code == 0 and f"mail.{DOMAIN}" in out
    _, states, data = checklist(capsys)
    assert states["mail_from"] == "missing"
    publish(dns, data["steps"][2]["publish"])
    _, states, _ = checklist(capsys)
    assert states["mail_from"] == "ok"

    # 4. DMARC.
    publish(dns, data["steps"][3]["publish"])
    _, states, _ = checklist(capsys)
    assert states["dmarc"] == "ok"

    # 5. Production access: requested (pending with a case id), then granted.
    use_case = tmp_path / "use-case.txt"
    use_case.write_text(
        "We send a monthly newsletter to customers who ticked a box at checkout. "
        "Bounces and complaints are suppressed automatically; every message has one-click "
        "unsubscribe.",
        encoding="utf-8",
    )
    code, out = cli(
        capsys, "request-production", "--profile", "ses", "--website", "https://shop.example",
        "--use-case-file", str(use_case), "--language", "en",
    )  # fmt: skip
    assert code == 0 and "PENDING" in out and "1234567890" in out
    assert shim.state.details["ProductionAccessEnabled"] is True
    assert shim.state.details["MailType"] == "MARKETING"
    _, states, data = checklist(capsys)
    assert states["production"] == "missing" and "1234567890" in data["steps"][4]["detail"]
    shim.state.grant()
    _, states, _ = checklist(capsys)
    assert states["production"] == "ok"

    # 6. Tracking.
    code, _ = cli(capsys, "track", "--setup", "--profile", "ses")
    assert code == 0

    # 7. An audience: SES manages unsubscribes (the contact list is made on first use).
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "newsletter",
                    "--display-name", "뉴스레터")  # fmt: skip
    assert code == 0, out
    code, states, data = checklist(capsys)
    assert code == 0 and data["done"] and set(states.values()) == {"ok"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--website", "shop.example"], "give the full address of your site"),
        (["--website", "https://shop.example", "--contact", "not-an-address"], "is not an e-mail"),
    ],
)
def test_production_request_is_validated_before_sending(
    world: tuple[SesShim, LocalDns],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    words: str,
) -> None:
    shim, _ = world
    use_case = tmp_path / "u.txt"
    use_case.write_text("x" * 80, encoding="utf-8")
    code, out = cli(
        capsys, "request-production", "--profile", "ses", "--use-case-file", str(use_case), *args
    )
    assert code == 2 and words in out and shim.state.details == {}


def test_template_use_case_is_refused_until_edited(
    world: tuple[SesShim, LocalDns], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from mailer.aws.production import DEFAULT_USE_CASE

    use_case = tmp_path / "u.txt"
    use_case.write_text(DEFAULT_USE_CASE, encoding="utf-8")
    code, out = cli(
        capsys, "request-production", "--profile", "ses", "--website", "https://shop.example",
        "--use-case-file", str(use_case),
    )  # fmt: skip
    assert code == 2 and "replace the parts in brackets" in out


def test_delete_identity_and_1024_bit_keys(
    world: tuple[SesShim, LocalDns], capsys: pytest.CaptureFixture[str]
) -> None:
    shim, _ = world
    code, _ = cli(capsys, "verify", DOMAIN, "--profile", "ses", "--key-length", "1024")
    assert code == 0 and shim.state.key_length[DOMAIN] == "RSA_1024_BIT"
    code, out = cli(capsys, "delete-identity", DOMAIN, "--profile", "ses", "--yes")
    assert code == 0 and f"deleted {DOMAIN}" in out
    code, out = cli(capsys, "identities", "--profile", "ses")
    assert DOMAIN not in out


def test_stats_show_rates_against_the_review_levels(
    world: tuple[SesShim, LocalDns], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = cli(capsys, "stats", "--profile", "ses", "--json")
    data = json.loads(out)
    assert code == 0 and {"attempts", "bounce_rate", "complaint_rate", "days"} <= set(data)
    assert data["enforcement"] == "HEALTHY"
    code, out = cli(capsys, "stats", "--profile", "ses")
    assert "SES reviews at 5%" in out and "complaint rate" in out
