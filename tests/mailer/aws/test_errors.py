"""mailer.aws.errors: one classifier for every AWS failure, tested once per family.

Error replies are real wire replies (sesv2 rest-json, v1 SES query XML, SQS json)
parsed by botocore's own parsers into the ``ClientError`` a client raises; the other
failures are real botocore exception instances. Nothing of the classifier is mocked.
"""

from __future__ import annotations

import json
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.awsrequest import HeadersDict
from botocore.exceptions import (
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    CredentialRetrievalError,
    EndpointConnectionError,
    NoCredentialsError,
    NoRegionError,
    ParamValidationError,
    ProfileNotFound,
    ReadTimeoutError,
    SSLError,
    TokenRetrievalError,
)
from botocore.parsers import create_parser

from mailer.aws.errors import (
    TRACKING_HINTS,
    Family,
    aws_errors,
    classify,
    describe,
    send_error,
    to_mailer_error,
)
from mailer.errors import (
    AccountError,
    ConfigError,
    DeliveryInDoubt,
    MailerError,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
    TransportError,
)

WHERE = "Amazon SES (email.us-east-1.amazonaws.com, us-east-1)"
SENDER = "news@example.com"
RECIPIENT = "a@example.org"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# What AWS answers a wrong secret with: the request as it should have been signed.
SIGNATURE_TEXT = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. The Canonical String for this "
    "request should have been 'POST\n/v2/email/outbound-emails\n\nhost:email.us-east-1."
    "amazonaws.com\nx-amz-date:20261202T160000Z' The String-to-Sign should have been "
    f"'AWS4-HMAC-SHA256\n20261202T160000Z' {SECRET}"
)
NOT_VERIFIED = (
    "Email address is not verified. The following identities failed the check in "
    "region US-EAST-1: {}"
)
_BOTOCORE = botocore.session.get_session()


def _parse(service: str, operation: str, status: int, headers: dict[str, str], body: bytes) -> Any:
    model = _BOTOCORE.get_service_model(service)
    parser = create_parser(model.metadata["protocol"])
    reply = {
        "status_code": status,
        "headers": HeadersDict(headers),
        "body": body,
        "context": {"operation_name": operation},
    }
    return parser.parse(reply, model.operation_model(operation).output_shape)


def sesv2(status: int, code: str, message: str, **headers: str) -> ClientError:
    """An sesv2 SendEmail error reply as the client raises it (rest-json)."""
    head = {"Content-Type": "application/json", "x-amzn-ErrorType": f"{code}:http://internal"}
    head.update({k.replace("_", "-"): v for k, v in headers.items()})
    body = json.dumps({"message": message}).encode()
    return ClientError(_parse("sesv2", "SendEmail", status, head, body), "SendEmail")


def ses_v1(status: int, code: str, message: str) -> ClientError:
    """A v1 SES SendRawEmail error reply (query protocol, XML)."""
    body = (
        '<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error>'
        f"<Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
        "<RequestId>r-1</RequestId></ErrorResponse>"
    ).encode()
    return ClientError(_parse("ses", "SendRawEmail", status, {}, body), "SendRawEmail")


def sqs(status: int, code: str, query_code: str, message: str) -> ClientError:
    """An SQS ReceiveMessage error reply (json protocol, query-compatible codes)."""
    headers = {
        "Content-Type": "application/x-amz-json-1.0",
        "x-amzn-query-error": f"{query_code};Sender",
    }
    body = json.dumps({"__type": f"com.amazonaws.sqs#{code}", "message": message}).encode()
    return ClientError(_parse("sqs", "ReceiveMessage", status, headers, body), "ReceiveMessage")


def for_send(exc: BaseException) -> TransportError:
    return send_error(exc, where=WHERE, sender=SENDER, recipient=RECIPIENT)


def for_call(exc: BaseException, **kwargs: Any) -> MailerError:
    return to_mailer_error(exc, where=WHERE, action="read the account limits", **kwargs)


# ---------------------------------------------------------------- families


@pytest.mark.parametrize(
    "exc",
    [
        ses_v1(400, "Throttling", "Maximum sending rate exceeded."),
        sesv2(429, "TooManyRequestsException", "Maximum sending rate exceeded.", Retry_After="2"),
    ],
    ids=["v1-Throttling-400", "sesv2-TooManyRequests-429"],
)
def test_throttled(exc: ClientError) -> None:
    failure = classify(exc)
    assert failure.family is Family.THROTTLED
    error = for_send(exc)
    assert type(error) is RetryableError and error.throttled
    assert str(error) == f"{WHERE}: maximum sending rate exceeded; slowing down."
    assert error.retry_after == (2.0 if failure.status == 429 else None)
    call = for_call(exc)
    assert type(call) is RetryableError and call.throttled
    assert "throttling" in str(call) and "read the account limits" in str(call)


@pytest.mark.parametrize(
    "exc",
    [
        ses_v1(400, "Throttling", "Daily message quota exceeded."),
        sesv2(400, "LimitExceededException", "Daily message quota exceeded."),
        sesv2(429, "TooManyRequestsException", "Daily message quota exceeded."),
    ],
    ids=["v1-Throttling", "sesv2-LimitExceeded", "sesv2-429"],
)
def test_daily_quota_is_told_by_the_text_whatever_the_code(exc: ClientError) -> None:
    assert classify(exc).family is Family.DAILY_QUOTA
    for error in (for_send(exc), for_call(exc)):
        assert type(error) is QuotaExhausted
        assert "daily sending quota is used up" in str(error) and WHERE in str(error)


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (sesv2(403, "UnrecognizedClientException", "The security token is invalid."), "key pair"),
        (ses_v1(403, "InvalidClientTokenId", "The security token is invalid."), "key pair"),
        (ses_v1(403, "SignatureDoesNotMatch", SIGNATURE_TEXT), "re-enter"),
        (sesv2(403, "InvalidSignatureException", SIGNATURE_TEXT), "re-enter"),
        (sesv2(400, "ExpiredTokenException", "The security token has expired."), "refresh"),
    ],
    ids=[
        "UnrecognizedClient",
        "InvalidClientTokenId",
        "SignatureDoesNotMatch",
        "sesv2-sig",
        "ExpiredToken",
    ],
)
def test_credential_replies(exc: ClientError, words: str) -> None:
    failure = classify(exc)
    assert failure.family is Family.CREDENTIALS
    assert failure.message == ""  # AWS's text may echo the signed request
    error = for_send(exc)
    assert type(error) is AccountError
    assert str(error).startswith(f"{WHERE} refused the request to send a message ({failure.code}):")
    assert words in str(error)
    assert "clock" not in str(error)


def test_expired_token_is_not_the_clock() -> None:
    error = for_call(sesv2(400, "ExpiredTokenException", "The security token has expired."))
    assert "session credentials have expired" in str(error) and "clock" not in str(error)


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (NoCredentialsError(), "No AWS credentials were found for " + WHERE),
        (TokenRetrievalError(provider="sso", error_msg="expired"), "sign in again"),
        (
            CredentialRetrievalError(provider="custom-process", error_msg=SECRET),
            "could not be loaded",
        ),
    ],
    ids=["NoCredentials", "sso-expired", "credential-process"],
)
def test_credentials_missing_before_any_request(exc: Exception, words: str) -> None:
    assert classify(exc).family is Family.CREDENTIALS
    for error in (for_send(exc), for_call(exc)):
        assert type(error) is AccountError and words in str(error)


@pytest.mark.parametrize(
    "exc",
    [
        ses_v1(400, "RequestExpired", "Request has expired."),
        sesv2(
            403,
            "InvalidSignatureException",
            "Signature expired: 20261202T150000Z is now earlier than 20261202T155500Z",
        ),
        ses_v1(
            403,
            "RequestTimeTooSkewed",
            "The difference between the request time and the current time is too large.",
        ),
    ],
    ids=["RequestExpired", "signature-expired", "RequestTimeTooSkewed"],
)
def test_clock(exc: ClientError) -> None:
    failure = classify(exc)
    assert failure.family is Family.CLOCK and failure.message == ""
    error = for_call(exc)
    assert type(error) is AccountError
    assert "check that the computer's clock" in str(error)
    assert "2026" not in str(error) and "session credentials" not in str(error)


@pytest.mark.parametrize(
    "exc",
    [
        ses_v1(
            403,
            "AccessDenied",
            "User: arn:aws:iam::123456789012:user/news is not authorized to perform: "
            "ses:GetSendQuota",
        ),
        sesv2(400, "AccessDeniedException", "User is not authorized to perform ses:GetAccount"),
    ],
    ids=["AccessDenied", "AccessDeniedException"],
)
def test_access_denied(exc: ClientError) -> None:
    assert classify(exc).family is Family.ACCESS_DENIED
    error = for_call(exc)
    assert type(error) is AccountError
    assert "denied permission to read the account limits" in str(error)
    assert "not authorized to perform" in str(error)  # which permission: AWS says it best
    assert "IAM user or role" in str(error)
    tracking = for_call(exc, hints=TRACKING_HINTS)
    assert "permission for SES, SNS and SQS" in str(tracking)
    assert type(for_send(exc)) is AccountError


def test_not_verified_blames_the_sender_or_the_recipient() -> None:
    by_sender = sesv2(400, "MessageRejected", NOT_VERIFIED.format(SENDER))
    by_recipient = ses_v1(400, "MessageRejected", NOT_VERIFIED.format(RECIPIENT))
    assert classify(by_sender).family is Family.NOT_VERIFIED
    assert classify(by_recipient).family is Family.NOT_VERIFIED
    error = for_send(by_sender)
    assert type(error) is AccountError
    assert f"rejected the sender {SENDER}" in str(error) and "mailer verify" in str(error)
    error = for_send(by_recipient)
    assert type(error) is RecipientRejected and f"message to {RECIPIENT}" in str(error)
    assert type(for_call(by_sender)) is AccountError
    mail_from = sesv2(400, "MailFromDomainNotVerifiedException", "MAIL FROM not verified.")
    assert classify(mail_from).family is Family.NOT_VERIFIED
    assert "MX and SPF" in str(for_send(mail_from))


def test_sending_paused() -> None:
    for exc in (
        sesv2(400, "SendingPausedException", "Sending is paused for this account."),
        ses_v1(400, "AccountSendingPausedException", "Account sending paused."),
    ):
        assert classify(exc).family is Family.SENDING_PAUSED
        error = for_send(exc)
        assert type(error) is AccountError
        assert str(error).startswith(f"{WHERE} stopped sending (")
        assert "resume it in the SES console" in str(error)


def test_suspended() -> None:
    exc = sesv2(400, "AccountSuspendedException", "Account suspended.")
    assert classify(exc).family is Family.SUSPENDED
    error = for_send(exc)
    assert type(error) is AccountError and "contact AWS Support" in str(error)


def test_not_found() -> None:
    exc = sesv2(404, "NotFoundException", "Configuration set <news> does not exist.")
    assert classify(exc).family is Family.NOT_FOUND
    error = for_send(exc)
    assert type(error) is AccountError  # every send would fail alike: stop, resumable
    assert "Configuration set <news> does not exist" in str(error)
    call = for_call(exc)
    assert type(call) is ConfigError
    queue = sqs(
        400,
        "QueueDoesNotExist",
        "AWS.SimpleQueueService.NonExistentQueue",
        "The specified queue does not exist.",
    )
    assert classify(queue).family is Family.NOT_FOUND
    tracking = to_mailer_error(
        queue, where="Amazon SQS", action="read the tracking queue", hints=TRACKING_HINTS
    )
    assert type(tracking) is ConfigError and "mailer track --setup" in str(tracking)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (EndpointConnectionError(endpoint_url="https://email.us-east-1.amazonaws.com"), False),
        (ConnectTimeoutError(endpoint_url="https://email.us-east-1.amazonaws.com"), False),
        (ReadTimeoutError(endpoint_url="https://email.us-east-1.amazonaws.com"), True),
        (ConnectionClosedError(endpoint_url="https://email.us-east-1.amazonaws.com"), True),
    ],
    ids=[
        "EndpointConnectionError",
        "ConnectTimeoutError",
        "ReadTimeoutError",
        "ConnectionClosedError",
    ],
)
def test_connection(exc: Exception, expected: bool) -> None:
    failure = classify(exc)
    assert failure.family is Family.CONNECTION
    assert failure.request_sent is expected
    error = for_send(exc)
    if expected:  # the request went out: a retry could send the message twice
        assert type(error) is DeliveryInDoubt and "may have been sent" in str(error)
    else:
        assert type(error) is RetryableError and not error.throttled
    call = for_call(exc)
    assert type(call) is RetryableError and not call.throttled
    assert WHERE in str(call) and "check the network" in str(call)


def test_tls_is_not_retried() -> None:
    exc = SSLError(
        endpoint_url="https://email.us-east-1.amazonaws.com", error="CERTIFICATE_VERIFY_FAILED"
    )
    assert classify(exc).family is Family.TLS
    for error in (for_send(exc), for_call(exc)):
        assert type(error) is AccountError
        assert f"The TLS connection to {WHERE} failed" in str(error)


@pytest.mark.parametrize(
    "exc",
    [
        sesv2(500, "InternalFailure", "Internal failure."),
        sesv2(503, "ServiceUnavailable", "Service unavailable.", Retry_After="7"),
        ses_v1(500, "InternalFailure", "Internal failure."),
    ],
    ids=["sesv2-500", "sesv2-503", "v1-500"],
)
def test_server_errors_are_retried_without_easing_the_rate(exc: ClientError) -> None:
    failure = classify(exc)
    assert failure.family is Family.SERVER
    for error in (for_send(exc), for_call(exc)):
        assert type(error) is RetryableError and not error.throttled
        assert error.retry_after == failure.retry_after
        assert f"({failure.code})" in str(error)


def test_bad_request_fails_only_this_recipient() -> None:
    exc = sesv2(400, "BadRequestException", "Missing final '@domain'")
    assert classify(exc).family is Family.BAD_REQUEST
    error = for_send(exc)
    assert type(error) is RecipientRejected
    assert str(error) == f"{WHERE} rejected the message to {RECIPIENT}: Missing final '@domain'"
    assert type(for_call(exc)) is ConfigError
    assert (
        classify(ParamValidationError(report="Missing required parameter")).family
        is Family.BAD_REQUEST
    )


def test_operation_the_endpoint_does_not_offer() -> None:
    # An emulator's HTML 404 page: botocore makes the status the code.
    page = "<!doctype html><title>404 Not Found</title><h1>Not Found</h1>"
    exc = ClientError(
        {"Error": {"Code": "404", "Message": page}, "ResponseMetadata": {"HTTPStatusCode": 404}},
        "GetAccount",
    )
    failure = classify(exc)
    assert failure.family is Family.UNSUPPORTED and failure.message == ""
    error = for_call(exc)
    assert type(error) is AccountError and "doctype" not in str(error)


def test_already_exists_and_other_limits() -> None:
    exists = sesv2(400, "AlreadyExistsException", "Identity already exists.")
    assert classify(exists).family is Family.ALREADY_EXISTS
    limit = sesv2(400, "LimitExceededException", "Maximum number of identities reached.")
    assert classify(limit).family is Family.LIMIT  # not the daily quota: no such text
    assert type(for_call(limit)) is AccountError
    assert type(for_send(limit)) is AccountError


def test_local_configuration() -> None:
    where = "Profile 'news'"
    error = to_mailer_error(NoRegionError(), where=where, action="use sesv2")
    assert type(error) is ConfigError and str(error).startswith("Profile 'news' has no AWS region")
    error = to_mailer_error(ProfileNotFound(profile="work"), where=where, action="start a session")
    assert type(error) is ConfigError and "'work'" in str(error) and "aws configure" in str(error)
    # A send always gets a TransportError: the runner acts on those only.
    assert type(for_send(NoRegionError())) is AccountError


def test_other() -> None:
    exc = sesv2(400, "SomethingNewException", "A new kind of refusal.")
    failure = classify(exc)
    assert (failure.family, failure.code, failure.status) == (Family.OTHER, "SomethingNew", 400)
    error = for_send(exc)
    assert type(error) is AccountError  # stop (resumable) rather than fail every recipient
    assert "SomethingNew: A new kind of refusal" in str(error)


# ------------------------------------------------------------- across families


ALL = [
    ses_v1(400, "Throttling", "Maximum sending rate exceeded."),
    sesv2(429, "TooManyRequestsException", "Daily message quota exceeded."),
    sesv2(403, "UnrecognizedClientException", f"The security token is invalid. {SECRET}"),
    ses_v1(403, "SignatureDoesNotMatch", SIGNATURE_TEXT),
    sesv2(403, "InvalidSignatureException", SIGNATURE_TEXT),
    ses_v1(403, "IncompleteSignature", SIGNATURE_TEXT),
    ses_v1(400, "RequestExpired", SIGNATURE_TEXT),
    sesv2(403, "AccessDeniedException", SIGNATURE_TEXT),
    sesv2(403, "SomeNewForbiddenException", SIGNATURE_TEXT),
    sesv2(400, "BadRequestException", SIGNATURE_TEXT),
    sesv2(500, "InternalFailure", SIGNATURE_TEXT),
    CredentialRetrievalError(provider="custom-process", error_msg=SECRET),
    TokenRetrievalError(provider="sso", error_msg=SECRET),
]


@pytest.mark.parametrize("exc", ALL)
def test_no_secret_or_signed_request_is_ever_shown(exc: Exception) -> None:
    for error in (for_send(exc), for_call(exc), for_call(exc, hints=TRACKING_HINTS)):
        text = str(error)
        assert SECRET not in text
        assert "Canonical" not in text and "String-to-Sign" not in text
        assert "x-amz-date" not in text
        assert WHERE in text or "Could not" in text


def test_aws_errors_wraps_with_the_cause() -> None:
    exc = sesv2(503, "ServiceUnavailable", "Service unavailable.")
    with (
        pytest.raises(RetryableError) as info,
        aws_errors(where=WHERE, action="list the identities"),
    ):
        raise exc
    assert info.value.__cause__ is exc
    assert "trying to list the identities" in str(info.value)


def test_describe_names_service_host_and_region() -> None:
    client = boto3.client(
        "sqs", region_name="eu-west-1", endpoint_url="https://sqs.eu-west-1.amazonaws.com"
    )
    assert describe(client) == "Amazon SQS (sqs.eu-west-1.amazonaws.com, eu-west-1)"
    ses = boto3.client("sesv2", region_name="ap-northeast-2")
    assert describe(ses) == "Amazon SES (email.ap-northeast-2.amazonaws.com, ap-northeast-2)"
