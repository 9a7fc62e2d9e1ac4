"""Account limits, identities, sandbox rules and suppressions against moto.

moto has no sesv2 GetAccount or ListSuppressedDestinations: the first is exactly the
v1 fallback path; real-shaped answers for both are injected with a before-send handler.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse

from mailer.aws import account
from mailer.aws import session as mailer_aws
from mailer.aws.account import (
    AccountLimits,
    Identity,
    fetch_limits,
    import_account_suppressions,
    is_simulator,
    list_identities,
    sandbox_allows,
    sender_not_verified,
    verify_email,
)
from mailer.errors import AccountError, ConfigError
from mailer.settings import Profile

PROFILE = Profile(name="ses", kind="ses")
Answer = Callable[[Any], tuple[int, dict[str, str], bytes]]


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield self.data


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Answer]:
    """Operation event name ('sesv2.GetAccount') -> canned HTTP answer for clients made
    by mailer.aws.session.make_client during the test; other operations reach moto."""
    table: dict[str, Answer] = {}
    real = mailer_aws.make_client

    def make_client(*args: Any, **kwargs: Any) -> Any:
        client = real(*args, **kwargs)
        for event, answer in table.items():
            client.meta.events.register_first(f"before-send.{event}", _handler(answer))
        return client

    monkeypatch.setattr(mailer_aws, "make_client", make_client)
    return table


def _handler(answer: Answer) -> Callable[..., AWSResponse]:
    def handler(request: Any, **kwargs: Any) -> AWSResponse:
        status, headers, body = answer(request)
        return AWSResponse(request.url, status, headers, _Body(body))

    return handler


def json_answer(payload: dict[str, Any], status: int = 200) -> Answer:
    return lambda request: (
        status,
        {"Content-Type": "application/json"},
        json.dumps(payload).encode(),
    )


def test_fallback_to_v1_quota_on_moto_means_sandbox(aws: str) -> None:
    limits = fetch_limits(PROFILE)
    assert limits == AccountLimits(
        max_send_rate=1.0, max_24h=200, sent_last_24h=0, production=False
    )


def test_v1_fallback_with_production_numbers(aws: str, answers: dict[str, Answer]) -> None:
    xml = (
        '<GetSendQuotaResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">'
        "<GetSendQuotaResult><SentLast24Hours>3.0</SentLast24Hours>"
        "<Max24HourSend>50000.0</Max24HourSend><MaxSendRate>14.0</MaxSendRate>"
        "</GetSendQuotaResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
        "</GetSendQuotaResponse>"
    )
    answers["ses.GetSendQuota"] = lambda request: (200, {"Content-Type": "text/xml"}, xml.encode())
    limits = fetch_limits(PROFILE)
    assert (limits.max_send_rate, limits.max_24h, limits.sent_last_24h) == (14.0, 50000, 3)
    assert limits.production


def test_get_account_answer_is_used(aws: str, answers: dict[str, Answer]) -> None:
    answers["sesv2.GetAccount"] = json_answer(
        {
            "SendQuota": {"Max24HourSend": -1, "MaxSendRate": 500, "SentLast24Hours": 1234},
            "ProductionAccessEnabled": True,
            "SendingEnabled": False,
            "EnforcementStatus": "PROBATION",
            "DedicatedIpAutoWarmupEnabled": False,
        }
    )
    assert fetch_limits(PROFILE) == AccountLimits(
        max_send_rate=500.0,
        max_24h=None,
        sent_last_24h=1234,
        production=True,
        sending_enabled=False,
        enforcement="PROBATION",
    )


def test_bad_credentials_do_not_fall_back(aws: str, answers: dict[str, Answer]) -> None:
    def refused(request: Any) -> tuple[int, dict[str, str], bytes]:
        headers = {"x-amzn-ErrorType": "UnrecognizedClientException"}
        return (
            403,
            headers,
            b'{"message": "The security token included in the request is invalid."}',
        )

    answers["sesv2.GetAccount"] = refused
    with pytest.raises(AccountError, match=r"127\.0\.0\.1.*UnrecognizedClient.*key pair"):
        fetch_limits(PROFILE)


def test_outbox_and_smtp_limits_come_from_the_profile() -> None:
    limits = fetch_limits(Profile(rate=0, daily=None))
    assert (limits.max_send_rate, limits.max_24h, limits.production) == (0.0, None, True)
    limits = fetch_limits(Profile(name="s", kind="smtp", rate=5, daily=1000))
    assert (limits.max_send_rate, limits.max_24h) == (5.0, 1000)


def test_identities_and_verify(aws: str) -> None:
    verify_email(PROFILE, "me@example.com")
    verify_email(PROFILE, "me@example.com")  # again: no error
    boto3.client("sesv2").create_email_identity(EmailIdentity="example.org")
    found = list_identities(PROFILE)
    assert [(i.name, i.kind, i.verified) for i in found] == [
        ("example.org", "domain", True),
        ("me@example.com", "email", True),
    ]
    assert all(i.dkim == "NOT_STARTED" for i in found)


@pytest.mark.parametrize("address", ["not-an-address", "a@b", "a b@example.com", ""])
def test_verify_rejects_non_addresses(address: str) -> None:
    with pytest.raises(ConfigError, match="not an email address"):
        verify_email(PROFILE, address)


def test_simulator_addresses() -> None:
    assert len(account.SIMULATOR_ADDRESSES) == 5
    assert all(is_simulator(a) for a in account.SIMULATOR_ADDRESSES)
    assert is_simulator("Bounce+campaign-7@Simulator.AmazonSES.com")
    assert not is_simulator("nobody@simulator.amazonses.com")
    assert not is_simulator("success@example.com")


def test_sandbox_allows() -> None:
    identities = [
        Identity("me@example.com", "email", True, "SUCCESS"),
        Identity("pending@example.com", "email", False, ""),
        Identity("example.org", "domain", True, "SUCCESS"),
    ]
    assert sandbox_allows("ME@example.com", identities)
    assert sandbox_allows("anyone@Example.org", identities)
    assert sandbox_allows("ooto+x@simulator.amazonses.com", [])
    assert not sandbox_allows("pending@example.com", identities)
    assert not sandbox_allows("me+x@example.com", identities)
    assert not sandbox_allows("a@sub.example.org", identities)


def test_sender_not_verified_reads_which_identity_failed() -> None:
    text = (
        "Email address is not verified. The following identities failed the check "
        "in region US-EAST-1: {}"
    )
    assert not sender_not_verified(
        text.format("Rcpt@example.org"), "me@example.com", "rcpt@example.org"
    )
    assert sender_not_verified(text.format("me@example.com"), "me@example.com", "rcpt@example.org")
    assert sender_not_verified(
        text.format("rcpt@example.org, example.com"), "me@example.com", "rcpt@example.org"
    )
    assert sender_not_verified("Email address is not verified.", "me@example.com", "r@x.org")
    assert not sender_not_verified("Illegal address", "me@example.com", "r@x.org")
    assert sender_not_verified(
        "Did not have authority to send from email me@x.com", "me@x.com", "r@x.org"
    )


def test_import_account_suppressions_pages(aws: str, answers: dict[str, Answer]) -> None:
    pages = {
        None: {
            "SuppressedDestinationSummaries": [
                {"EmailAddress": "b@example.org", "Reason": "BOUNCE", "LastUpdateTime": 1.7e9}
            ],
            "NextToken": "page2",
        },
        "page2": {
            "SuppressedDestinationSummaries": [
                {"EmailAddress": "c@example.org", "Reason": "COMPLAINT", "LastUpdateTime": 1.7e9}
            ]
        },
    }

    def answer(request: Any) -> tuple[int, dict[str, str], bytes]:
        token = "page2" if "NextToken=page2" in request.url else None
        return json_answer(pages[token])(request)

    answers["sesv2.ListSuppressedDestinations"] = answer
    assert import_account_suppressions(PROFILE) == [
        ("b@example.org", "ses account: bounce"),
        ("c@example.org", "ses account: complaint"),
    ]


def test_import_suppressions_unavailable_is_an_error(aws: str) -> None:
    with pytest.raises(AccountError, match="suppression list"):
        import_account_suppressions(PROFILE)
