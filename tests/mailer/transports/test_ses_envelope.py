"""SES has no SMTPUTF8 (issue 17, item 2): IDN domains go to moto as punycode, a
non-ASCII local part fails that one recipient before any request is made."""

from __future__ import annotations

import boto3
import pytest

from mailer.errors import RecipientRejected
from mailer.transports import make_transport_factory
from mailer.transports.ses import SesTransport
from tests.mailer.transports.test_ses_transport import MESSAGE, SES_PROFILE, capture_requests


def test_idn_addresses_go_as_punycode_and_utf8_local_parts_fail_alone(aws: str) -> None:
    boto3.client("sesv2").create_email_identity(EmailIdentity="xn--bcher-kva.de")
    transport = make_transport_factory(SES_PROFILE, concurrency=1)()
    assert isinstance(transport, SesTransport)
    seen = capture_requests(transport.client)
    assert transport.send(MESSAGE, sender="news@bücher.de", recipient="kunde@faß.de", tags={})
    assert seen[0]["FromEmailAddress"] == "news@xn--bcher-kva.de"
    assert seen[0]["Destination"] == {"ToAddresses": ["kunde@xn--fa-hia.de"]}
    with pytest.raises(RecipientRejected, match=r"김@example\.com.*only ASCII"):
        transport.send(MESSAGE, sender="news@bücher.de", recipient="김@example.com", tags={})
    assert len(seen) == 1  # nothing went to the service for it
    transport.close()
