"""Errors and reasons carry codes + parameters, so the app can word them in the user's
language (issue 16, item 15); str() stays the CLI's English sentence."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from botocore.exceptions import ClientError
from keyring.backends import fail

from mailer import credentials
from mailer.aws.errors import send_error
from mailer.content.address_problems import classify
from mailer.content.recipients import check_address, load_recipients
from mailer.errors import ErrorCode, MailerError, RecipientsError
from mailer.sending.progress import FailureWindow, ProgressReporter
from mailer.sending.retry import RetryPolicy
from mailer.states import AddressProblem, Reason, ReasonCode, error_reason
from mailer.transports.smtp import map_reply

# One address per explanation email-validator 2.x gives (syntax only, as the app checks).
ADDRESSES = {
    "not-an-address": AddressProblem.NO_AT,
    "a＠example.com": AddressProblem.LOOKALIKE_AT,
    "@example.com": AddressProblem.NOTHING_BEFORE_AT,
    "someone@": AddressProblem.NOTHING_AFTER_AT,
    "a b@example.com": AddressProblem.BAD_CHARS_BEFORE_AT,
    "a,b@example.com": AddressProblem.BAD_CHARS_BEFORE_AT,
    "a@exa_mple.com": AddressProblem.BAD_CHARS_AFTER_AT,
    "a\u200b@example.com": AddressProblem.UNSAFE_CHARS,
    "a..b@example.com": AddressProblem.DOTS,
    ".a@example.com": AddressProblem.DOTS,
    "a.@example.com": AddressProblem.DOTS,
    "a@example..com": AddressProblem.DOTS,
    "a@-example.com": AddressProblem.HYPHENS,
    "a@example-.com": AddressProblem.HYPHENS,
    "a@ab--c.com": AddressProblem.HYPHENS,
    "a@example": AddressProblem.DOMAIN_NO_PERIOD,
    "a@example.123": AddressProblem.DOMAIN_BAD_TLD,
    "a@test.invalid": AddressProblem.DOMAIN_RESERVED,
    "a@" + ".".join(["b" * 60] * 5) + ".com": AddressProblem.TOO_LONG,
    "홍길동 <a@example.com>": AddressProblem.EXTRA_TEXT,
    '"a"@example.com': AddressProblem.EXTRA_TEXT,
    "a@[192.0.2.1]": AddressProblem.EXTRA_TEXT,
    "a@example.com>": AddressProblem.BAD_CHARS_AFTER_AT,
}


@pytest.mark.parametrize(("address", "problem"), list(ADDRESSES.items()))
def test_every_explanation_gets_its_problem_code(address: str, problem: AddressProblem) -> None:
    normalized, why = check_address(address)
    assert normalized == "" and why
    params = classify(why)
    assert params["problem"] == problem, why
    assert params["why"] == why  # the CLI keeps the English


def test_the_bad_characters_are_the_characters_themselves() -> None:
    assert classify(check_address("a,b@example.com")[1])["chars"] == [","]
    assert classify(check_address("a b@example.com")[1])["chars"] == [" "]  # "SPACE"
    assert classify(check_address("a\u200b@example.com")[1])["chars"] == ["\u200b"]
    assert classify(check_address("a@exa_mple.com")[1])["chars"] == ["_"]


def test_an_unknown_explanation_is_other() -> None:
    assert classify("Something email-validator 3 might say.")["problem"] == "other"


def test_loaded_rows_carry_the_code(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("email\nnot-an-address\na@example\n", encoding="utf-8")
    table = load_recipients(path)
    assert [r.get("problem") for r in table.reasons] == ["no_at", "domain_no_period"]


def _raised(path: Path, **kwargs: str) -> MailerError:
    with pytest.raises(RecipientsError) as caught:
        load_recipients(path, **kwargs)
    return caught.value


def test_file_errors_have_codes(tmp_path: Path) -> None:
    missing = _raised(tmp_path / "없음.csv")
    assert missing.code is ErrorCode.FILE_NOT_FOUND
    assert missing.params == {"path": str(tmp_path / "없음.csv")}
    assert "was not found" in str(missing)
    assert _raised(tmp_path).code is ErrorCode.FILE_IS_FOLDER
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    assert _raised(empty).code is ErrorCode.FILE_EMPTY


def test_encoding_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("email,name\na@example.com,김민준\n".encode("cp949"))
    error = _raised(path, encoding="utf-8")
    assert error.code is ErrorCode.ENCODING
    assert error.params == {"file": "list.csv", "codec": "utf-8", "line": 2, "column": 15}
    unknown = _raised(path, encoding="klingon")
    assert unknown.code is ErrorCode.UNKNOWN_ENCODING
    assert unknown.params["encoding"] == "klingon"


def test_keyring_errors_have_codes() -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse memory keyring comes back after
    with pytest.raises(MailerError) as caught:
        credentials.set_secret("가게", credentials.SMTP_PASSWORD, "very-secret-value")
    assert caught.value.code is ErrorCode.NO_KEYRING
    assert "keyring" in str(caught.value)


def test_transport_errors_have_codes() -> None:
    refused = map_reply(
        550,
        b"5.1.1 User unknown",
        where="mail.example.com:25",
        stage="rcpt",
        sender="news@example.com",
        recipient="x@example.com",
    )
    assert refused.code is ErrorCode.RECIPIENT_REJECTED
    assert refused.params["reply"] == "550 5.1.1 User unknown"
    login = map_reply(
        535, b"5.7.8 Bad credentials", where="smtp", stage="connect", sender="", recipient=""
    )
    assert login.code is ErrorCode.CREDENTIALS
    throttled = send_error(
        ClientError(
            {"Error": {"Code": "TooManyRequestsException", "Message": "Too many requests."}},
            "SendEmail",
        ),
        where="Amazon SES (us-east-1)",
        sender="news@example.com",
        recipient="x@example.com",
    )
    assert throttled.code is ErrorCode.THROTTLED
    paused = send_error(
        ClientError(
            {"Error": {"Code": "AccountSendingPausedException", "Message": "Paused."}},
            "SendEmail",
        ),
        where="Amazon SES (us-east-1)",
        sender="news@example.com",
        recipient="x@example.com",
    )
    assert paused.code is ErrorCode.SENDING_PAUSED
    assert paused.params == {"where": "Amazon SES (us-east-1)"}


def test_reasons_carry_the_error_code_through_the_journal() -> None:
    error = MailerError(
        "Amazon SES stopped sending.",
        code=ErrorCode.SENDING_PAUSED,
        params={"where": "Amazon SES (us-east-1)"},
    )
    why = Reason.decode(error_reason(error).encode())
    assert why.code is ReasonCode.ERROR
    assert why.get("text") == "Amazon SES stopped sending."
    assert why.get("error_code") == "sending_paused"
    assert why.get("error_params") == {"where": "Amazon SES (us-east-1)"}
    assert "error_code" not in error_reason(MailerError("no code")).params


def test_pause_reasons_carry_the_last_error_code() -> None:
    throttled = map_reply(
        454, b"Throttling failure", where="smtp", stage="rcpt", sender="", recipient=""
    )
    exhausted = RetryPolicy(max_attempts=3).give_up(throttled, 3)  # type: ignore[arg-type]
    assert exhausted is not None and exhausted.get("error_code") == "throttled"

    from mailer.sending.throttle import SYSTEM_CLOCK

    report = ProgressReporter(1, 10, SYSTEM_CLOCK, None)
    refused = map_reply(
        550, b"User unknown", where="smtp", stage="rcpt", sender="", recipient="x@example.com"
    )
    report.error("x@example.com: refused", refused)
    assert report.last_error_params()["error_code"] == "recipient_rejected"
    window = FailureWindow(in_a_row=1)
    assert window.add(True) is not None


def test_a_sender_that_is_not_an_address_has_a_code() -> None:
    from mailer.content.message import SenderSettings

    with pytest.raises(MailerError) as caught:
        SenderSettings.parse("news at example")
    assert caught.value.code is ErrorCode.BAD_ADDRESS
    assert caught.value.params == {"header": "From", "address": "news at example"}


def test_a_refused_smtp_connection_has_a_code() -> None:
    import socket

    from mailer.errors import RetryableError
    from mailer.transports.smtp import SmtpConfig, SmtpTransport

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    transport = SmtpTransport(SmtpConfig(host="127.0.0.1", port=port, security="none", timeout=2))
    with pytest.raises(RetryableError) as caught:
        transport.send(
            b"Subject: x\r\n\r\nx", sender="a@example.com", recipient="b@example.com", tags={}
        )
    assert caught.value.code is ErrorCode.CONNECTION_FAILED
    assert caught.value.params["problem"] == "refused"
    assert "Could not connect" in str(caught.value)


def test_suppressing_text_that_is_no_address_has_a_code(tmp_path: Path) -> None:
    from mailer import service
    from mailer.errors import InputError
    from mailer.store.journal import Journal

    journal = Journal(tmp_path / "journal.sqlite3")
    try:
        for text in ("garbage", "a@b@c", "x@example.com, y@example.com"):
            with pytest.raises(InputError) as raised:
                service.add_suppressions(journal, ["ok@example.com", text])
            assert raised.value.code is ErrorCode.NOT_AN_ADDRESS
            assert raised.value.params == {"text": text}
        assert service.suppression_rows(journal) == []  # nothing was added
        assert service.add_suppressions(journal, [" Kim@Example.COM "]) == 1
        (row,) = service.suppression_rows(journal)
        assert row.email == "kim@example.com" and row.detail == service.ADDED_BY_HAND
    finally:
        journal.close()
