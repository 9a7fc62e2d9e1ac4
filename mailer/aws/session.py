"""boto3 sessions and clients built from a Profile.

Credentials, in order: the profile's named AWS profile; else an access key pair stored
in the keyring for this profile; else boto3's default chain (environment, ~/.aws,
instance role). Region: the profile's, else AWS_REGION, else AWS_DEFAULT_REGION/config
(botocore reads only the latter itself). Endpoint: the profile's, else botocore's own
resolution, which honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_SESV2.

boto3 and most of botocore load only when a session or client is made (~0.2 s): the
outbox and SMTP paths import this module (through mailer.aws.account) without using AWS.
"""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, NoRegionError, ProfileNotFound

from mailer import credentials
from mailer.aws.errors import to_mailer_error
from mailer.errors import ConfigError, ErrorCode
from mailer.settings import Profile

if TYPE_CHECKING:
    import boto3
    from botocore.config import Config
    from botocore.httpsession import URLLib3Session

USER_AGENT = "bulk-mailer"
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0


def resolve_region(profile: Profile) -> str | None:
    """Profile region > AWS_REGION > AWS_DEFAULT_REGION; None lets ~/.aws/config decide."""
    for value in (
        profile.region,
        os.environ.get("AWS_REGION"),
        os.environ.get("AWS_DEFAULT_REGION"),
    ):
        if value and value.strip():
            return value.strip()
    return None


def make_session(profile: Profile) -> boto3.Session:
    """A new boto3 session for the profile (sessions are not thread-safe: one per user)."""
    import boto3

    region = resolve_region(profile)
    if profile.aws_profile:
        try:
            return boto3.Session(profile_name=profile.aws_profile, region_name=region)
        except ProfileNotFound as exc:
            raise to_mailer_error(exc, where=_where(profile), action="start a session") from exc
    key_id = credentials.get_secret(profile.name, credentials.AWS_ACCESS_KEY_ID)
    secret = credentials.get_secret(profile.name, credentials.AWS_SECRET_ACCESS_KEY)
    if key_id and secret:
        return boto3.Session(
            aws_access_key_id=key_id, aws_secret_access_key=secret, region_name=region
        )
    return boto3.Session(region_name=region)  # default chain


def client_config(concurrency: int = 1, *, sending: bool = False) -> Config:
    """Pool sized to the workers; one attempt for sends because the runner owns retries
    and throttling (botocore would otherwise retry even the daily-quota error)."""
    from botocore.config import Config

    return Config(
        max_pool_connections=max(10, concurrency),
        retries={"mode": "standard", "total_max_attempts": 1 if sending else 3},
        connect_timeout=CONNECT_TIMEOUT,
        read_timeout=READ_TIMEOUT,
        user_agent_extra=USER_AGENT,
    )


def make_client(
    profile: Profile,
    service: str,
    *,
    concurrency: int = 1,
    sending: bool = False,
    session: boto3.Session | None = None,
) -> Any:
    """A botocore client for ``service``; ConfigError when no (valid) region is found."""
    session = session or make_session(profile)
    try:
        return session.client(
            service,
            endpoint_url=profile.endpoint_url or None,
            config=client_config(concurrency, sending=sending),
        )
    except NoRegionError as exc:
        raise ConfigError(
            f"{_where(profile)} has no AWS region; set one in the profile or in AWS_REGION "
            "(e.g. us-east-1).",
            code=ErrorCode.NO_REGION,
            params={"profile": profile.name},
        ) from exc
    except BotoCoreError as exc:  # a malformed region (also a ValueError)
        raise to_mailer_error(exc, where=_where(profile), action=f"use {service}") from exc
    except ValueError as exc:  # malformed endpoint URL
        raise ConfigError(
            f"Profile {profile.name!r} has an invalid endpoint URL {profile.endpoint_url!r}: {exc}."
        ) from None


def _where(profile: Profile) -> str:
    return f"Profile {profile.name!r}"


def http_options(session: boto3.Session, endpoint_url: str) -> tuple[bool | str, dict[str, str]]:
    """What botocore would use for a client of ``endpoint_url``: certificate checking
    (True, False or a CA bundle: ca_bundle, AWS_CA_BUNDLE, REQUESTS_CA_BUNDLE) and the
    proxies from the environment (HTTPS_PROXY, NO_PROXY). Read in the caller's thread:
    sessions are not thread-safe."""
    from botocore.utils import get_environ_proxies

    # boto3.Session has no config getter of its own; its botocore session (``_session``) has.
    verify: bool | str = session._session.get_config_variable("ca_bundle") or os.environ.get(
        "REQUESTS_CA_BUNDLE", True
    )
    return verify, dict(get_environ_proxies(endpoint_url))


def http_session(verify: bool | str, proxies: dict[str, str]) -> URLLib3Session:
    """botocore's HTTP session with one connection, Nagle off and the client timeouts."""
    from botocore.httpsession import URLLib3Session

    return URLLib3Session(
        verify=verify,
        proxies=proxies,
        timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
        max_pool_connections=1,
        socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
    )


__all__ = [
    "client_config",
    "http_options",
    "http_session",
    "make_client",
    "make_session",
    "resolve_region",
]
