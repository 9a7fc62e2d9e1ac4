"""`mailer dns` and `mailer smtp-password` as a user runs them (a real DNS server on
127.0.0.1; moto for the SES identity)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator

import boto3
import pytest

from mailer.cli.main import main
from tests.dnsserver import LocalDns
from tests.mailer.aws.test_dns import GOOD, REGION
from tests.mailer.aws.test_smtp_password import EXAMPLE_SECRET, reference


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalDns]:
    with LocalDns(GOOD) as server:
        monkeypatch.setenv("MAILER_DNS_SERVER", server.address)
        yield server


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_dns_without_ses_checks_spf_and_dmarc(
    dns: LocalDns, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "dns", "shop.example")
    assert code == 0
    assert "SPF" in out and "DMARC" in out and "DKIM" not in out
    assert "found" in out and "Publish these records" not in out


def test_dns_json_lists_records_to_publish(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalDns({("shop.example", "TXT"): ["v=spf1 ~all"]}) as server:
        monkeypatch.setenv("MAILER_DNS_SERVER", server.address)
        code, out, _ = run(capsys, "dns", "shop.example", "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    states = {c["what"]: c["state"] for c in data["checks"]}
    assert states == {"SPF": "ok", "DMARC": "missing"}
    dmarc = next(c for c in data["checks"] if c["what"] == "DMARC")
    assert dmarc["publish"][0]["type"] == "TXT" and dmarc["publish"][0]["value"].startswith(
        "v=DMARC1; p=none"
    )


def test_dns_with_ses_reads_the_identity_and_checks_mail_from(
    aws: str, dns: LocalDns, capsys: pytest.CaptureFixture[str]
) -> None:
    boto3.client("sesv2", region_name=REGION).create_email_identity(EmailIdentity="shop.example")
    # moto's sesv2 identity has no DKIM tokens and no MAIL FROM attributes (SES-FACTS.md):
    # the MAIL FROM is given here; the shim for the rest comes with the set-up checklist.
    code, out, _ = run(
        capsys,
        "dns",
        "shop.example",
        "--transport",
        "ses",
        "--region",
        REGION,
        "--mail-from",
        "mail.shop.example",
    )
    assert "SES was not asked" not in out
    assert "MAIL FROM MX" in out and "MAIL FROM SPF" in out
    assert ("mail.shop.example", "MX") in dns.resolver.asked
    assert code == 0


def test_dns_with_ses_but_no_identity_still_checks_spf_and_dmarc(
    aws: str, dns: LocalDns, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "dns", "shop.example", "--transport", "ses", "--region", REGION)
    assert "SES was not asked about DKIM and MAIL FROM" in out
    assert "SPF" in out and code == 0


@pytest.mark.parametrize(
    ("typed", "words"),
    [("https://shop.example", "web address"), ("me@shop.example", "e-mail address")],
)
def test_dns_bad_input_is_one_sentence(
    typed: str, words: str, dns: LocalDns, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "dns", typed)
    assert code == 2 and words in err and "Traceback" not in err


def test_smtp_password_reads_the_secret_from_stdin_only() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mailer.cli", "smtp-password", "--region", REGION],
        input=EXAMPLE_SECRET + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == reference(EXAMPLE_SECRET, REGION)
    assert f"email-smtp.{REGION}.amazonaws.com" in done.stderr
    assert EXAMPLE_SECRET not in done.stdout + done.stderr


def test_smtp_password_refuses_a_region_without_ses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(EXAMPLE_SECRET))
    code, _, err = run(capsys, "smtp-password", "--region", "mars-north-1")
    assert code == 2 and "is not a region with Amazon SES" in err
