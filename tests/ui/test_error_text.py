"""ui.errors.error_text: a MailerError in the UI's language from its code (issue 16,
item 15); an error without a code is shown as the core's sentence."""

from __future__ import annotations

from typing import Any

from mailer.errors import ErrorCode, MailerError
from mailer.states import Reason, ReasonCode
from ui.errors import error_text
from ui.models.states import reason_label


def test_an_error_without_a_code_is_its_sentence(qapp: Any) -> None:
    assert error_text(MailerError("Template line 3: unexpected '}'.")) == (
        "Template line 3: unexpected '}'."
    )


def test_a_coded_error_is_worded_from_its_parameters(qapp: Any) -> None:
    error = MailerError(
        "/tmp/a%2.csv was not found.",
        code=ErrorCode.FILE_NOT_FOUND,
        params={"path": "/tmp/a%2.csv"},
    )
    assert error_text(error) == "/tmp/a%2.csv was not found."  # "%2" in a name stays
    keyring = MailerError(
        "The system keyring failed ...",
        code=ErrorCode.KEYRING_FAILED,
        params={"action": "store", "key": "smtp_password", "profile": "가게"},
    )
    assert error_text(keyring) == (
        "The system keyring could not store the SMTP password of profile “가게”; unlock "
        "the keyring and try again."
    )


def test_a_pause_reason_words_the_error_it_carries(qapp: Any) -> None:
    why = Reason(
        ReasonCode.RETRIES_EXHAUSTED,
        {
            "attempts": 12,
            "error": "Amazon SES: maximum sending rate exceeded; slowing down.",
            "error_code": "throttled",
            "error_params": {"where": "Amazon SES (us-east-1)"},
        },
    )
    assert reason_label(why) == (
        "One message failed 12 times in a row: Amazon SES (us-east-1) is limiting the "
        "sending rate; slowing down and retrying."
    )
    older = Reason(ReasonCode.RETRIES_EXHAUSTED, {"attempts": 2, "error": "as stored"})
    assert reason_label(older).endswith(": as stored")  # a journal from before the codes


def test_a_failed_connection_says_what_failed(qapp: Any) -> None:
    refused = MailerError(
        "Could not connect to 127.0.0.1:2525 ([Errno 111] Connection refused).",
        code=ErrorCode.CONNECTION_FAILED,
        params={"where": "127.0.0.1:2525", "problem": "refused", "detail": "[Errno 111]"},
    )
    assert error_text(refused) == (
        "Could not connect to 127.0.0.1:2525 (the connection was refused); check the host, "
        "port and security settings. Sending is retried."
    )
    other = MailerError(
        "x",
        code=ErrorCode.CONNECTION_FAILED,
        params={"where": "h", "problem": "other", "detail": "d"},
    )
    assert "(d);" in error_text(other)


def test_an_undefined_variable_is_worded_in_the_apps_language(qapp: Any, tmp_path: Any) -> None:
    import pytest

    from mailer.content.templates import TemplateSet
    from mailer.errors import TemplateError
    from ui import i18n

    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "subject.txt").write_text("Hi", encoding="utf-8")
    (folder / "body.txt").write_text("Grade: {{ grade }}", encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        TemplateSet.load(folder).render({"name": "Kim"}, email="kim@example.com")
    error = raised.value
    assert error.code is ErrorCode.UNDEFINED_VARIABLE
    assert error.params == {"file": "t/body.txt", "line": 1, "name": "grade"}
    assert error_text(error) == str(error)  # English: the core's own sentence
    try:
        assert i18n.install(qapp, "ko") == "ko"
        assert error_text(error) == (
            "t/body.txt, 1번째 줄: 변수 'grade'이(가) 없습니다. 받는 사람 파일에 그 열을 "
            "추가하거나 이름을 고치세요."
        )
    finally:
        i18n.install(qapp, "en")


def test_an_endpoint_and_a_profile_are_worded_in_the_apps_language(qapp: Any) -> None:
    from ui import i18n

    where = "Amazon SES (email.ap-northeast-2.amazonaws.com, ap-northeast-2)"  # no English
    missing = MailerError("...", code=ErrorCode.NO_CREDENTIALS, params={"where": where})
    region = MailerError("...", code=ErrorCode.NO_REGION, params={"profile": "SES 1"})
    try:
        assert i18n.install(qapp, "ko") == "ko"
        assert where in error_text(missing)
        assert error_text(region).startswith("프로필 “SES 1”에 AWS 리전이 없습니다")
    finally:
        i18n.install(qapp, "en")
    assert error_text(region).startswith("Profile “SES 1” has no AWS region")
