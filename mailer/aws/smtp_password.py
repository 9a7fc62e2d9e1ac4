"""SES SMTP credentials from an IAM access key.

The SMTP user name is the access key id; the password is derived from the secret
access key and the region with the algorithm in the SES developer guide ("Obtaining
Amazon SES SMTP credentials by converting existing AWS credentials"): an HMAC-SHA256
chain keyed with "AWS4" + secret over "11111111", the region, "ses", "aws4_request"
and "SendRawEmail", prefixed with the version byte 0x04, base64-encoded. The IAM user
needs the ``ses:SendRawEmail`` permission.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from mailer.errors import ConfigError

_DATE = "11111111"
_SERVICE = "ses"
_TERMINAL = "aws4_request"
_MESSAGE = "SendRawEmail"
_VERSION = b"\x04"


def _sign(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def smtp_password(secret_access_key: str, region: str) -> str:
    """The SES SMTP password for ``secret_access_key`` in ``region``."""
    check_region(region)
    secret = secret_access_key.strip()
    if not secret:
        raise ConfigError("No secret access key was given; paste the IAM user's secret key.")
    signature = _sign(("AWS4" + secret).encode("utf-8"), _DATE)
    for part in (region, _SERVICE, _TERMINAL, _MESSAGE):
        signature = _sign(signature, part)
    return base64.b64encode(_VERSION + signature).decode("ascii")


def ses_regions() -> list[str]:
    """Regions where botocore knows an SES endpoint (from its bundled data: no network)."""
    import boto3

    return sorted(boto3.session.Session().get_available_regions("ses"))


def check_region(region: str) -> None:
    regions = ses_regions()
    if region not in regions:
        raise ConfigError(
            f"{region!r} is not a region with Amazon SES; use one of {', '.join(regions)} "
            "(the region of your SES account, e.g. ap-northeast-2 for Seoul)."
        )


def smtp_endpoint(region: str) -> str:
    return f"email-smtp.{region}.amazonaws.com"
