"""Every AWS failure, classified once and put into words once.

botocore raises a ``ClientError`` when the service answered with an error document
and a ``BotoCoreError`` when nothing usable came back (or the call could not even be
made). ``classify`` sorts either into a ``Family``; ``to_mailer_error`` turns it into
the ``MailerError`` whose ``str()`` names the endpoint, says what failed and what to
do. Every AWS call of the product passes its failures through here, so the same
error reads the same in the send path, the account calls and tracking.

A send (``recipient`` given, or ``send_error``) always gets a ``TransportError``,
because the runner acts on those: throttling and server errors are retried, the
daily quota waits, a bad recipient fails alone, anything about the account stops the
campaign (resumable). Other calls get the same families in words of ``action``.

AWS's own message is never shown for credential, signature or clock errors: for
those it may echo parts of the signed request.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import botocore.exceptions as boto_exc
from botocore.exceptions import BotoCoreError, ClientError

from mailer.errors import (
    AccountError,
    ConfigError,
    DeliveryInDoubt,
    ErrorCode,
    MailerError,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
    TransportError,
)

# What an ``except`` around an AWS call catches: ClientError is not a BotoCoreError.
AWS_ERRORS: tuple[type[Exception], ...] = (BotoCoreError, ClientError)


class Family(enum.Enum):
    """What kind of failure it is, whichever service or protocol reported it."""

    THROTTLED = "throttled"  # rate exceeded: back off, same request again
    DAILY_QUOTA = "daily quota"  # 24-hour sending quota used up
    CREDENTIALS = "credentials"  # missing, unknown, wrong or expired credentials
    CLOCK = "clock"  # the request's time stamp is off: the computer's clock
    ACCESS_DENIED = "access denied"  # valid credentials without the permission
    NOT_VERIFIED = "not verified"  # an identity (sender, MAIL FROM, recipient) unverified
    SENDING_PAUSED = "sending paused"
    SUSPENDED = "suspended"
    NOT_FOUND = "not found"  # configuration set, queue, topic ... does not exist
    UNSUPPORTED = "unsupported"  # the endpoint does not offer the operation
    ALREADY_EXISTS = "already exists"
    LIMIT = "limit"  # a service limit other than the daily quota (identities, ...)
    CONNECTION = "connection"  # no answer: refused, dropped, timed out
    TLS = "tls"
    SERVER = "server"  # 5xx: the service's own failure, temporary
    BAD_REQUEST = "bad request"  # a parameter (address, name, message) was refused
    LOCAL_CONFIG = "local config"  # no region, unknown AWS profile ...: nothing was sent
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class AwsFailure:
    """One AWS failure as data.

    ``code`` is the error code without the "Exception" suffix restJson services add
    (``TooManyRequests``), or the exception's class name when the service did not
    answer. ``message`` is AWS's message, trimmed, or "" where it may echo request
    details (credentials, signatures) or is not AWS's text (an HTML error page).
    ``request_sent``: the request went out and no answer came back, so the service
    may have acted on it.
    """

    family: Family
    code: str
    message: str = ""
    status: int = 0
    retry_after: float | None = None
    request_sent: bool = False


# Error codes, without any "Exception" suffix.
_THROTTLE_CODES = {
    "Throttling",
    "TooManyRequests",
    "RequestThrottled",
    "RequestLimitExceeded",
    "SlowDown",
}
_CLOCK_CODES = {"RequestExpired", "RequestTimeTooSkewed", "RequestInTheFuture"}
# Signature errors whose text says the time stamp, not the key, is wrong.
_CLOCK_TEXT = ("signature expired", "signature not yet current")
# Codes for credentials that cannot sign, with what the user should do about them.
_UNKNOWN_KEY = "the access key is not known to AWS; check the key pair"
_WRONG_SECRET = "the secret access key does not match the key id; re-enter it"
_UNSIGNED = "the request could not be signed; re-enter the key pair"
_CREDENTIAL_HINTS = {
    "UnrecognizedClient": _UNKNOWN_KEY,
    "InvalidClientTokenId": _UNKNOWN_KEY,
    "InvalidAccessKeyId": _UNKNOWN_KEY,
    "SignatureDoesNotMatch": _WRONG_SECRET,
    "InvalidSignature": _WRONG_SECRET,
    "IncompleteSignature": _UNSIGNED,
    "InvalidSecurity": _UNSIGNED,
    "MissingAuthenticationToken": "no credentials were sent; set up a key pair or AWS profile",
    "AuthFailure": "AWS refused the credentials; check the key pair",
    "ExpiredToken": "the session credentials have expired; refresh them "
    "(e.g. aws sso login) and try again",
}
_ACCESS_CODES = {"AccessDenied", "AuthorizationError", "UnauthorizedOperation", "Forbidden"}
_PAUSED_CODES = {"SendingPaused", "AccountSendingPaused", "ConfigurationSetSendingPaused"}
_SUSPENDED_CODES = {"AccountSuspended"}
_MAIL_FROM_NOT_VERIFIED = "MailFromDomainNotVerified"
# MessageRejected texts that blame an identity rather than the message.
_NOT_VERIFIED_TEXT = ("not verified", "authority to send from", "not authorized to send from")
_NOT_FOUND_CODES = {
    "NotFound",
    "ConfigurationSetDoesNotExist",
    "AWS.SimpleQueueService.NonExistentQueue",
    "QueueDoesNotExist",
    "ResourceNotFound",
    "NoSuchEntity",
}
_UNSUPPORTED_CODES = {"UnknownOperation", "InvalidAction", "NotImplemented", "UnsupportedOperation"}
_EXISTS_CODES = {
    "AlreadyExists",
    "QueueAlreadyExists",
    "QueueNameExists",
    "EntityAlreadyExists",
    "ResourceAlreadyExists",
}
_LIMIT_CODES = {"LimitExceeded", "OverLimit"}
_SERVER_CODES = {
    "InternalFailure",
    "InternalServerError",
    "InternalError",
    "ServiceUnavailable",
    "ServiceFailure",
}
_BAD_REQUEST_CODES = {
    "BadRequest",
    "InvalidParameterValue",
    "InvalidParameter",
    "InvalidParameterCombination",
    "MissingParameter",
    "InvalidInput",
    "Validation",
    "ValidationError",
    "MessageRejected",
}

_NO_CREDENTIALS = (
    boto_exc.NoCredentialsError,
    boto_exc.PartialCredentialsError,
    boto_exc.NoAuthTokenError,
)
_SIGN_IN_EXPIRED = (boto_exc.SSOError, boto_exc.TokenRetrievalError)
_CREDENTIAL_LOADING = (
    boto_exc.CredentialRetrievalError,
    boto_exc.RefreshWithMFAUnsupportedError,
    boto_exc.UnknownCredentialError,
)
# Failures after the request was written: the service may have acted on it.
_ANSWER_LOST = (
    boto_exc.ReadTimeoutError,
    boto_exc.ConnectionClosedError,
    boto_exc.ResponseStreamingError,
)
_LOCAL_CONFIG = (
    boto_exc.NoRegionError,
    boto_exc.ProfileNotFound,
    boto_exc.InvalidConfigError,
    boto_exc.ConfigNotFound,
    boto_exc.ConfigParseError,
    boto_exc.UnknownServiceError,
    boto_exc.InvalidRegionError,
    boto_exc.UnknownEndpointError,
)
# Never shown even in families whose message is useful: text that echoes signing.
_UNSAFE_TEXT = re.compile(
    r"signature|canonical|string.to.sign|credential=|secret|x-amz-|authorization:|security token",
    re.IGNORECASE,
)
_HIDDEN_MESSAGE = {Family.CREDENTIALS, Family.CLOCK, Family.UNSUPPORTED}
_SERVICES = {"sesv2": "Amazon SES", "ses": "Amazon SES", "sqs": "Amazon SQS", "sns": "Amazon SNS"}

# For calls that set up or read tracking: what fixes a missing or forbidden resource.
TRACKING_HINTS: Mapping[Family, str] = {
    Family.NOT_FOUND: "run `mailer track --setup` to create it again",
    Family.ACCESS_DENIED: "give the profile's IAM user permission for SES, SNS and SQS "
    "(see the tracking section of the help)",
    Family.BAD_REQUEST: "check the profile's region and tracking settings, "
    "or run `mailer track --setup`",
}


# ------------------------------------------------------------------ classifying


def classify(exc: BaseException) -> AwsFailure:
    """The family, code, message, HTTP status and Retry-After of a botocore failure."""
    if isinstance(exc, ClientError):
        return _classify_reply(exc)
    code = type(exc).__name__
    family = Family.OTHER
    if isinstance(exc, _NO_CREDENTIALS + _SIGN_IN_EXPIRED + _CREDENTIAL_LOADING):
        family = Family.CREDENTIALS
    elif isinstance(exc, boto_exc.SSLError):  # before ConnectionError: it is one
        family = Family.TLS
    elif isinstance(exc, _ANSWER_LOST):
        return AwsFailure(Family.CONNECTION, code, request_sent=True)
    elif isinstance(exc, boto_exc.ConnectionError | boto_exc.HTTPClientError):
        family = Family.CONNECTION
    elif isinstance(exc, _LOCAL_CONFIG):
        family = Family.LOCAL_CONFIG
    elif isinstance(exc, boto_exc.ParamValidationError):
        family = Family.BAD_REQUEST
    return AwsFailure(family, code)


def _classify_reply(exc: ClientError) -> AwsFailure:
    error = exc.response.get("Error", {})
    raw_code = str(error.get("Code", ""))
    code = raw_code.removesuffix("Exception") or raw_code
    query_code = str(error.get("QueryErrorCode", ""))  # SQS's JSON protocol adds it
    codes = {code, query_code.removesuffix("Exception")} - {""}
    text = " ".join(str(error.get("Message", "")).split())
    lowered = text.lower()
    meta = exc.response.get("ResponseMetadata", {})
    status = int(meta.get("HTTPStatusCode", 0) or 0)
    family = _family_of_reply(codes, lowered, status, code)
    message = "" if family in _HIDDEN_MESSAGE or not _safe(text) else text[:300]
    return AwsFailure(family, code, message, status, _retry_after(meta.get("HTTPHeaders", {})))


def _family_of_reply(codes: set[str], text: str, status: int, code: str) -> Family:
    # Order matters: SES reuses codes (Throttling is both the rate and the daily
    # quota), so the text decides first; credentials before the generic 4xx rules.
    if "daily message quota exceeded" in text:
        return Family.DAILY_QUOTA
    if "maximum sending rate exceeded" in text or codes & _THROTTLE_CODES or status == 429:
        return Family.THROTTLED
    if codes & _CLOCK_CODES or (codes & _CREDENTIAL_HINTS.keys() and _has(text, _CLOCK_TEXT)):
        return Family.CLOCK
    if codes & _CREDENTIAL_HINTS.keys():
        return Family.CREDENTIALS
    if codes & _ACCESS_CODES:
        return Family.ACCESS_DENIED
    if codes & _PAUSED_CODES:
        return Family.SENDING_PAUSED
    if codes & _SUSPENDED_CODES:
        return Family.SUSPENDED
    if _MAIL_FROM_NOT_VERIFIED in codes or (
        "MessageRejected" in codes and _has(text, _NOT_VERIFIED_TEXT)
    ):
        return Family.NOT_VERIFIED
    if codes & _NOT_FOUND_CODES:
        return Family.NOT_FOUND
    # A bare status as the code: no AWS error document, e.g. an emulator's 404 page.
    if codes & _UNSUPPORTED_CODES or status == 501 or (code.isdigit() and status in (404, 405)):
        return Family.UNSUPPORTED
    if codes & _EXISTS_CODES:
        return Family.ALREADY_EXISTS
    if codes & _LIMIT_CODES:
        return Family.LIMIT
    if status >= 500 or codes & _SERVER_CODES:
        return Family.SERVER
    if codes & _BAD_REQUEST_CODES:
        return Family.BAD_REQUEST
    if status == 403:
        return Family.ACCESS_DENIED
    if status == 404:
        return Family.NOT_FOUND
    return Family.OTHER


def _has(text: str, needles: tuple[str, ...]) -> bool:
    return any(needle in text for needle in needles)


def _safe(text: str) -> bool:
    return not text.startswith("<") and not _UNSAFE_TEXT.search(text)


def _retry_after(headers: Mapping[str, Any]) -> float | None:
    value = next((v for k, v in headers.items() if str(k).lower() == "retry-after"), None)
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):  # an HTTP date: the back-off schedule decides
        return None


# ------------------------------------------------------------------- in words


def describe(client: Any) -> str:
    """'Amazon SES (HOST, REGION)' for messages: the user sees which endpoint spoke. No
    words around the names: the app puts this into sentences of its own language."""
    meta = getattr(client, "meta", None)
    if meta is None:  # a stand-in without botocore's metadata
        return "AWS"
    model = meta.service_model
    service = _SERVICES.get(model.service_name, f"AWS {model.service_id}")
    host = urlsplit(meta.endpoint_url).netloc or meta.endpoint_url
    return f"{service} ({host}, {meta.region_name})"


@dataclass(frozen=True, slots=True)
class _Words:
    where: str
    action: str
    sending: bool
    sender: str
    recipient: str
    hints: Mapping[Family, str]

    def hint(self, family: Family, default: str) -> str:
        return self.hints.get(family, default)


def to_mailer_error(
    exc: BaseException,
    *,
    where: str,
    action: str,
    sender: str | None = None,
    recipient: str | None = None,
    hints: Mapping[Family, str] | None = None,
) -> MailerError:
    """The ``MailerError`` for a botocore failure of one call.

    ``where`` names the endpoint (``describe(client)``, or "Profile 'x'" before a
    client exists); ``action`` completes "could not ...", e.g. "read the tracking
    queue". Give ``recipient`` (and ``sender``) for a send: the result is then a
    ``TransportError`` the runner acts on, as from ``send_error``. ``hints``
    replaces what the sentence tells the user to do, per family (e.g.
    ``TRACKING_HINTS``).
    """
    if recipient is not None:
        return send_error(exc, where=where, sender=sender or "", recipient=recipient, hints=hints)
    return _in_words(exc, _Words(where, action, False, "", "", hints or {}))


def send_error(
    exc: BaseException,
    *,
    where: str,
    sender: str,
    recipient: str,
    hints: Mapping[Family, str] | None = None,
) -> TransportError:
    """``to_mailer_error`` for one SendEmail: always a ``TransportError``."""
    error = _in_words(exc, _Words(where, "send a message", True, sender, recipient, hints or {}))
    if isinstance(error, TransportError):
        return error
    # Only TransportErrors tell the runner what to do; anything else stops the campaign.
    return AccountError(str(error))


def _in_words(exc: BaseException, words: _Words) -> MailerError:
    failure = classify(exc)
    return _SENTENCES[failure.family](failure, words, exc)


@contextmanager
def aws_errors(
    *, where: str, action: str, hints: Mapping[Family, str] | None = None
) -> Iterator[None]:
    """Raise any botocore failure inside the block as its ``MailerError``."""
    try:
        yield
    except AWS_ERRORS as exc:
        raise to_mailer_error(exc, where=where, action=action, hints=hints) from exc


def _detail(f: AwsFailure) -> str:
    return f"{f.code}: {f.message.rstrip('.')}" if f.message else f.code


def _throttled(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if w.sending:
        text = f"{w.where}: maximum sending rate exceeded; slowing down."
    else:
        text = f"{w.where} is throttling requests ({f.code}) and did not {w.action}; " + w.hint(
            f.family, "try again in a moment."
        )
    return RetryableError(
        text,
        throttled=True,
        retry_after=f.retry_after,
        code=ErrorCode.THROTTLED,
        params={"where": w.where},
    )


def _daily_quota(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    return QuotaExhausted(
        f"{w.where}: the daily sending quota is used up; sending resumes as the "
        "24-hour window frees up (or request a higher quota in the SES console).",
        code=ErrorCode.QUOTA_USED_UP,
        params={"where": w.where},
    )


def _credentials(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if isinstance(exc, ClientError):
        hint = w.hint(f.family, _CREDENTIAL_HINTS.get(f.code, "check the key pair"))
        return AccountError(
            f"{w.where} refused the request to {w.action} ({f.code}): {hint}.",
            code=ErrorCode.CREDENTIALS,
            params={"where": w.where, "detail": f.code},
        )
    if isinstance(exc, _NO_CREDENTIALS):
        return AccountError(
            f"No AWS credentials were found for {w.where}; store an access key pair in the "
            "profile, name an AWS profile, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.",
            code=ErrorCode.NO_CREDENTIALS,
            params={"where": w.where},
        )
    if isinstance(exc, _SIGN_IN_EXPIRED):
        return AccountError(
            f"The AWS sign-in for {w.where} has expired or cannot be read; sign in again "
            "(aws sso login --profile NAME) and try again."
        )
    # The exception's own text is left out: a credential process may put anything in it.
    return AccountError(
        f"The AWS credentials for {w.where} could not be loaded ({f.code}); check the AWS "
        "profile's settings, or sign in again."
    )


def _clock(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    return AccountError(
        f"{w.where} refused the request to {w.action} ({f.code}): its time stamp is too far "
        "from AWS's clock; check that the computer's clock, date and time zone are correct."
    )


def _access_denied(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    hint = w.hint(f.family, "grant the permission to the IAM user or role")
    return AccountError(f"{w.where} denied permission to {w.action} ({_detail(f)}); {hint}.")


def _not_verified(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if f.code == _MAIL_FROM_NOT_VERIFIED:
        hint = (
            "the custom MAIL FROM domain is not verified; publish its MX and SPF records "
            "or remove it from the identity"
        )
        head = f"{w.where} stopped sending" if w.sending else f"{w.where} refused to {w.action}"
        return AccountError(f"{head} ({f.code}): {w.hint(f.family, hint)}.")
    if w.sending and not sender_not_verified(f.message, w.sender, w.recipient):
        return RecipientRejected(
            f"{w.where} rejected the message to {w.recipient}: {f.message}",
            code=ErrorCode.RECIPIENT_REJECTED,
            params={"where": w.where, "recipient": w.recipient, "reply": f.message},
        )
    if w.sending:
        return AccountError(
            f"{w.where} rejected the sender {w.sender}: {f.message} Verify the From address "
            "or its domain in this region (mailer verify ADDR), then resume."
        )
    hint = w.hint(f.family, "verify the identity in this region (mailer verify ADDR)")
    return AccountError(f"{w.where} refused to {w.action} ({_detail(f)}); {hint}.")


def _stopped(f: AwsFailure, w: _Words, default: str) -> AccountError:
    head = f"{w.where} stopped sending" if w.sending else f"{w.where} refused to {w.action}"
    return AccountError(f"{head} ({f.code}): {w.hint(f.family, default)}.")


def _sending_paused(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    error = _stopped(
        f,
        w,
        "sending is paused for this account or configuration set; resume it in the SES "
        "console (check the bounce and complaint rates first)",
    )
    error.code, error.params = ErrorCode.SENDING_PAUSED, {"where": w.where}
    return error


def _suspended(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    return _stopped(f, w, "the account is suspended from sending; contact AWS Support")


def _not_found(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if w.sending:
        hint = w.hint(
            f.family,
            "create the configuration set in this region or clear it from the profile",
        )
        return AccountError(f"{w.where} stopped sending ({_detail(f)}); {hint}.")
    hint = w.hint(f.family, "check the names and the region in the profile")
    return ConfigError(f"{w.where} could not {w.action} ({_detail(f)}); {hint}.")


def _unsupported(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    hint = w.hint(f.family, "check the profile's endpoint URL and region")
    return AccountError(f"{w.where} does not offer the call to {w.action} ({f.code}); {hint}.")


def _already_exists(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    hint = w.hint(f.family, "pick another name or remove the existing one")
    return ConfigError(f"{w.where} could not {w.action}: it already exists ({_detail(f)}); {hint}.")


def _limit(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    hint = w.hint(f.family, "remove what is no longer used, or ask AWS for a higher limit")
    return AccountError(
        f"{w.where} could not {w.action}: an account limit was reached ({_detail(f)}); {hint}."
    )


def _connection(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if w.sending and f.request_sent:
        # The request went out; SES may have accepted it. A retry could duplicate it.
        return DeliveryInDoubt(
            f"The connection to {w.where} broke before SES answered ({f.code}); "
            "the message may have been sent."
        )
    if w.sending:
        return RetryableError(f"The connection to {w.where} failed ({f.code}); will retry.")
    if f.request_sent:
        return RetryableError(
            f"{w.where} did not answer the request to {w.action} ({f.code}); "
            "check the network and try again."
        )
    return RetryableError(
        f"Could not reach {w.where} to {w.action} ({f.code}); check the network and try again."
    )


def _tls(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    return AccountError(
        f"The TLS connection to {w.where} failed while trying to {w.action}; "
        "check the endpoint URL and the system's certificates."
    )


def _server(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    then = "it will be retried" if w.sending else "try again in a minute"
    return RetryableError(
        f"{w.where} had a temporary error ({f.code}) trying to {w.action}; {then}.",
        retry_after=f.retry_after,
    )


def _bad_request(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if w.sending:
        why = f.message or f.code
        return RecipientRejected(
            f"{w.where} rejected the message to {w.recipient}: {why}",
            code=ErrorCode.RECIPIENT_REJECTED,
            params={"where": w.where, "recipient": w.recipient, "reply": why},
        )
    hint = w.hints.get(f.family)
    return ConfigError(
        f"{w.where} refused to {w.action} ({_detail(f)})" + (f"; {hint}." if hint else ".")
    )


def _local_config(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if isinstance(exc, boto_exc.NoRegionError):
        return ConfigError(
            f"{w.where} has no AWS region; set one in the profile or in AWS_REGION "
            "(e.g. us-east-1)."
        )
    if isinstance(exc, boto_exc.ProfileNotFound):
        name = exc.kwargs.get("profile", "")
        return ConfigError(
            f"{w.where} uses the AWS profile {name!r}, which is not in ~/.aws/config or "
            "~/.aws/credentials; create it with 'aws configure --profile NAME' or pick another."
        )
    return ConfigError(
        f"The AWS configuration for {w.where} cannot be used ({f.code}); check ~/.aws/config "
        "and the profile's region and endpoint."
    )


def _other(f: AwsFailure, w: _Words, exc: BaseException) -> MailerError:
    if not isinstance(exc, ClientError):
        return AccountError(f"Could not {w.action} through {w.where} ({f.code}).")
    if w.sending:
        # Unknown: stop (resumable) rather than fail every remaining recipient alike.
        return AccountError(f"{w.where} refused the message ({_detail(f)}); check the account.")
    return AccountError(f"{w.where} refused to {w.action} ({_detail(f)}).")


_SENTENCES = {
    Family.THROTTLED: _throttled,
    Family.DAILY_QUOTA: _daily_quota,
    Family.CREDENTIALS: _credentials,
    Family.CLOCK: _clock,
    Family.ACCESS_DENIED: _access_denied,
    Family.NOT_VERIFIED: _not_verified,
    Family.SENDING_PAUSED: _sending_paused,
    Family.SUSPENDED: _suspended,
    Family.NOT_FOUND: _not_found,
    Family.UNSUPPORTED: _unsupported,
    Family.ALREADY_EXISTS: _already_exists,
    Family.LIMIT: _limit,
    Family.CONNECTION: _connection,
    Family.TLS: _tls,
    Family.SERVER: _server,
    Family.BAD_REQUEST: _bad_request,
    Family.LOCAL_CONFIG: _local_config,
    Family.OTHER: _other,
}


# ------------------------------------------- which identity a rejection blames


def failed_identities(message: str) -> list[str]:
    """Identities named by SES's "... failed the check in region X: a, b" rejection."""
    match = re.search(r"failed the check[^:]*:\s*(.+)", message, re.IGNORECASE | re.DOTALL)
    if not match:
        return []
    return [p.strip().strip(".").lower() for p in match.group(1).split(",") if p.strip()]


def sender_not_verified(message: str, sender: str, recipient: str) -> bool:
    """Does an SES rejection blame the sender identity (stop) rather than the recipient?

    In the sandbox "Email address is not verified" may name the recipient; then only
    that recipient fails. It names the sender (or its domain) when the From identity
    is unverified. When it names neither, the sender cannot be ruled out: stop.
    Used for SES's SMTP replies too, which carry the same text.
    """
    text = message.lower()
    if "authority to send from" in text or "not authorized to send from" in text:
        return True
    if "not verified" not in text:
        return False
    sender = sender.strip().lower()
    sender_names = {sender, sender.rpartition("@")[2]}
    named = failed_identities(message)
    if named:
        return any(name in sender_names for name in named)
    if sender and sender in text:
        return True
    return recipient.strip().lower() not in text


__all__ = [
    "AWS_ERRORS",
    "TRACKING_HINTS",
    "AwsFailure",
    "Family",
    "aws_errors",
    "classify",
    "describe",
    "failed_identities",
    "send_error",
    "sender_not_verified",
    "to_mailer_error",
]
