"""boto3 sessions and clients built from a Profile, and AWS errors as sentences.

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
from urllib.parse import urlsplit

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionError,
    HTTPClientError,
    NoCredentialsError,
    NoRegionError,
    PartialCredentialsError,
    ProfileNotFound,
    SSLError,
)

from mailer import credentials
from mailer.errors import AccountError, ConfigError, MailerError, RetryableError
from mailer.settings import Profile

if TYPE_CHECKING:
    import boto3
    from botocore.config import Config
    from botocore.httpsession import URLLib3Session

USER_AGENT = "bulk-mailer"
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0

# Error codes (with any "Exception" suffix removed) that mean "these credentials cannot
# sign or are not allowed", with what the user should do about it.
CREDENTIAL_HINTS: dict[str, str] = {
    "UnrecognizedClient": "the access key is not known to AWS; check the key pair",
    "InvalidClientTokenId": "the access key is not known to AWS; check the key pair",
    "SignatureDoesNotMatch": "the secret access key does not match the key id; re-enter it",
    "InvalidSignature": "the secret access key does not match the key id; re-enter it",
    "IncompleteSignature": "the request could not be signed; re-enter the key pair",
    "MissingAuthenticationToken": "no credentials were sent; set up a key pair or AWS profile",
    "ExpiredToken": "the session credentials have expired; refresh them (e.g. aws sso login)",
    "RequestExpired": "the request expired; check that the computer's clock is correct",
    "AccessDenied": "the credentials lack the SES permission; grant it to the IAM user or role",
    "AuthFailure": "AWS refused the credentials; check the key pair",
}


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
        except ProfileNotFound:
            raise ConfigError(
                f"Profile {profile.name!r} uses the AWS profile {profile.aws_profile!r}, "
                "which is not in ~/.aws/config or ~/.aws/credentials; create it with "
                "'aws configure --profile NAME' or pick another."
            ) from None
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
    """A botocore client for ``service``; ConfigError when no region can be found."""
    session = session or make_session(profile)
    try:
        return session.client(
            service,
            endpoint_url=profile.endpoint_url or None,
            config=client_config(concurrency, sending=sending),
        )
    except NoRegionError:
        raise ConfigError(
            f"Profile {profile.name!r} has no AWS region; set one in the profile "
            "or in AWS_REGION (e.g. us-east-1)."
        ) from None
    except ValueError as exc:  # malformed endpoint URL
        raise ConfigError(
            f"Profile {profile.name!r} has an invalid endpoint URL {profile.endpoint_url!r}: {exc}."
        ) from None


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


def describe(client: Any) -> str:
    """'Amazon SES at HOST (REGION)' for messages: the user sees which endpoint spoke."""
    host = urlsplit(client.meta.endpoint_url).netloc or client.meta.endpoint_url
    return f"Amazon SES at {host} ({client.meta.region_name})"


def error_code(exc: ClientError) -> str:
    """The error code without the 'Exception' suffix restJson services add."""
    code = str(exc.response.get("Error", {}).get("Code", ""))
    return code.removesuffix("Exception") if code != "Exception" else code


def error_message(exc: ClientError) -> str:
    message = str(exc.response.get("Error", {}).get("Message", "")).strip()
    return message[:300]


def http_status(exc: ClientError) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)


def credential_error(exc: BaseException, where: str) -> AccountError | None:
    """AccountError for missing, bad or insufficient credentials; None otherwise.

    AWS's own message is left out: for signature errors it echoes request details.
    """
    if isinstance(exc, NoCredentialsError | PartialCredentialsError):
        return AccountError(
            f"No AWS credentials were found for {where}; store an access key pair in the "
            "profile, name an AWS profile, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY."
        )
    if isinstance(exc, ClientError):
        code = error_code(exc)
        hint = CREDENTIAL_HINTS.get(code)
        if hint:
            return AccountError(f"{where} refused the request ({code}): {hint}.")
    return None


def generic_error(exc: BaseException, where: str, action: str) -> MailerError:
    """Any other boto failure of a non-send call, as a sentence naming the endpoint."""
    found = credential_error(exc, where)
    if found:
        return found
    if isinstance(exc, SSLError):
        return AccountError(
            f"The TLS connection to {where} failed while trying to {action}; "
            "check the endpoint URL and the system's certificates."
        )
    if isinstance(exc, ConnectionError | HTTPClientError):
        return RetryableError(
            f"Could not reach {where} to {action}; check the network and try again."
        )
    if isinstance(exc, ClientError):
        if http_status(exc) >= 500:
            return RetryableError(
                f"{where} had an internal error ({error_code(exc)}) trying to {action}; "
                "try again in a minute."
            )
        return AccountError(
            f"{where} refused to {action} ({error_code(exc)}: {error_message(exc)})."
        )
    if isinstance(exc, BotoCoreError):
        return AccountError(f"Could not {action} at {where}: {type(exc).__name__}.")
    return AccountError(f"Could not {action} at {where}.")


__all__ = [
    "client_config",
    "credential_error",
    "describe",
    "error_code",
    "error_message",
    "generic_error",
    "http_options",
    "http_session",
    "http_status",
    "make_client",
    "make_session",
    "resolve_region",
]
