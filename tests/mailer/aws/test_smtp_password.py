"""SES SMTP password derivation: AWS's documented algorithm, checked against an
independent implementation (the `cryptography` package's HMAC)."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hmac import HMAC

from mailer.aws.smtp_password import ses_regions, smtp_password
from mailer.errors import ConfigError

# AWS's documentation example secret key (not a real credential).
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def reference(secret: str, region: str) -> str:
    key = ("AWS4" + secret).encode()
    for part in ("11111111", region, "ses", "aws4_request", "SendRawEmail"):
        mac = HMAC(key, hashes.SHA256())
        mac.update(part.encode())
        key = mac.finalize()
    return base64.b64encode(bytes([4]) + key).decode()


@pytest.mark.parametrize("region", ["us-east-1", "eu-west-1", "ap-northeast-2"])
def test_matches_an_independent_implementation(region: str) -> None:
    password = smtp_password(EXAMPLE_SECRET, region)
    assert password == reference(EXAMPLE_SECRET, region)
    raw = base64.b64decode(password)
    assert raw[0] == 4 and len(raw) == 33  # version byte + SHA-256
    assert password != smtp_password(EXAMPLE_SECRET, "us-west-2")  # per region


def test_regions_come_from_botocore_without_network() -> None:
    regions = ses_regions()
    assert {"us-east-1", "ap-northeast-2", "eu-west-1"} <= set(regions)


def test_a_region_without_ses_is_one_sentence() -> None:
    with pytest.raises(ConfigError, match="is not a region with Amazon SES"):
        smtp_password(EXAMPLE_SECRET, "mars-north-1")


def test_an_empty_secret_is_refused() -> None:
    with pytest.raises(ConfigError, match="No secret access key"):
        smtp_password("  ", "us-east-1")
