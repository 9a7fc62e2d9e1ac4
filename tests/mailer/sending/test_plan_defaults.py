"""Issue 16, items 3 and 4: per-transport limits when a profile sets none, and one
send-log account key per real account (not per profile name)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.awsrequest import AWSResponse

from mailer.aws import session as mailer_aws
from mailer.aws.account import fetch_limits
from mailer.sending.plan import account_key, ses_smtp_region, transport_limits
from mailer.settings import Profile, Settings

SES_SMTP = "email-smtp.us-east-1.amazonaws.com"


def test_outbox_and_plain_smtp_are_unpaced_and_uncapped_unless_set() -> None:
    for profile in (
        Profile(),
        Profile(name="own", kind="smtp", smtp_host="mail.example.com"),
    ):
        limits = transport_limits(profile)
        assert (limits.max_send_rate, limits.max_24h, limits.note) == (0.0, None, "")
    chosen = Profile(name="s", kind="smtp", smtp_host="mail.example.com", rate=5, daily=1000)
    assert (transport_limits(chosen).max_send_rate, transport_limits(chosen).max_24h) == (5, 1000)
    # --daily 0 / none: an explicit "no cap", even where the default would cap.
    no_cap = Profile(name="s", kind="smtp", smtp_host=SES_SMTP, rate=3, daily=0)
    assert transport_limits(no_cap).max_24h is None


def test_ses_smtp_endpoints_are_recognised() -> None:
    assert ses_smtp_region("email-smtp.ap-northeast-2.amazonaws.com") == "ap-northeast-2"
    assert ses_smtp_region("EMAIL-SMTP-FIPS.us-east-1.amazonaws.com.") == "us-east-1"
    assert ses_smtp_region("smtp.example.com") is None
    assert ses_smtp_region("email-smtp.us-east-1.amazonaws.com.evil.example") is None


def test_ses_smtp_without_credentials_keeps_the_sandbox_limits_and_says_so() -> None:
    # conftest: no AWS credentials anywhere, instance metadata off.
    profile = Profile(name="ses smtp", kind="smtp", smtp_host=SES_SMTP, smtp_user="AKIA1")
    limits = fetch_limits(profile)
    assert (limits.max_send_rate, limits.max_24h, limits.production) == (1.0, 200, False)
    assert "SES sandbox" in limits.note and SES_SMTP in limits.note
    assert "--rate" in limits.note and "\n" not in limits.note
    # A limit the user set wins; the other stays the sandbox's, still with the note.
    half = fetch_limits(Profile(name="p", kind="smtp", smtp_host=SES_SMTP, rate=0.5))
    assert (half.max_send_rate, half.max_24h) == (0.5, 200) and half.note


@pytest.fixture
def account_answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, Any]], None]:
    """Answer sesv2 GetAccount with ``payload`` (moto has no GetAccount)."""
    real = mailer_aws.make_client

    def answer_with(payload: dict[str, Any]) -> None:
        def make_client(*args: Any, **kwargs: Any) -> Any:
            client = real(*args, **kwargs)

            def handler(request: Any, **_: Any) -> AWSResponse:
                body = json.dumps(payload).encode()
                return AWSResponse(
                    request.url, 200, {"Content-Type": "application/json"}, _Body(body)
                )

            client.meta.events.register_first("before-send.sesv2.GetAccount", handler)
            return client

        monkeypatch.setattr(mailer_aws, "make_client", make_client)

    return answer_with


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self.data


def test_ses_smtp_with_credentials_keeps_the_account_limits(
    aws: str, account_answer: Callable[[dict[str, Any]], None]
) -> None:
    account_answer(
        {
            "SendQuota": {"Max24HourSend": 50000, "MaxSendRate": 14, "SentLast24Hours": 7},
            "ProductionAccessEnabled": True,
        }
    )
    profile = Profile(name="ses smtp", kind="smtp", smtp_host=SES_SMTP, smtp_user="AKIA1")
    limits = fetch_limits(profile)
    assert (limits.max_send_rate, limits.max_24h, limits.sent_last_24h) == (14.0, 50000, 7)
    assert limits.production and limits.note == ""


def test_profiles_saved_with_the_old_sandbox_defaults_get_the_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "active": "local outbox",
                "profiles": {
                    "local outbox": {"kind": "outbox", "rate": 1.0, "daily": 200},
                    "own": {"kind": "smtp", "smtp_host": "mail.example.com", "rate": 1.0,
                            "daily": 200},
                    "chosen": {"kind": "smtp", "smtp_host": "mail.example.com", "rate": 5.0,
                               "daily": 200},
                },
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    settings = Settings.load(path)
    assert (settings.profile("local outbox").rate, settings.profile("local outbox").daily) == (
        None,
        None,
    )
    assert settings.profile("own").rate is None
    assert (settings.profile("chosen").rate, settings.profile("chosen").daily) == (5.0, 200)


def test_one_account_key_per_real_account(data_dir: Path) -> None:
    # The CLI names its outbox profile after the kind, the app "local outbox".
    cli, app = Profile(name="outbox"), Profile(name="local outbox")
    assert account_key(cli) == account_key(app)
    assert account_key(Profile(outbox_dir=str(data_dir / "outbox"))) == account_key(app)
    assert account_key(Profile(outbox_dir=str(data_dir / "other"))) != account_key(app)
    smtp = Profile(name="a", kind="smtp", smtp_host="Mail.Example.com", smtp_user="u")
    same = Profile(name="b", kind="smtp", smtp_host="mail.example.com", smtp_user="u")
    assert account_key(smtp) == account_key(same)


def test_a_cli_campaign_counts_in_the_app_profiles_quota(
    data_dir: Path, examples: Path, templates_root: Path
) -> None:
    """Sent by `mailer send` (its outbox profile is named "outbox"), read back as the
    app's status bar does for "local outbox": one figure, 17 sent."""
    from mailer.cli.main import main
    from mailer.service import account_limits, open_journal

    recipients = examples / "recipients.csv"
    assert main(["send", str(recipients), str(templates_root / "newsletter"), "--yes"]) == 0
    journal = open_journal()
    try:
        assert account_limits(Profile(name="local outbox"), journal).sent_last_24h == 17
    finally:
        journal.close()
