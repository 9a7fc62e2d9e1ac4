"""Every failure a user can cause, as one hierarchy.

``str(error)`` is the user-facing message: one sentence (or two) that names the
file, row, column or host and says what to do. Library exceptions are wrapped
with ``raise ... from exc`` at the edge where they happen.

::

    MailerError                 str() is a sentence a user can act on
    ├── InputError              bad recipients file, template or setting: nothing was sent
    │   ├── RecipientsError
    │   ├── TemplateError
    │   ├── ConfigError         profile, settings, keyring
    │   └── MessageError        this one row cannot become a message (header injection)
    ├── TransportError
    │   ├── RetryableError      throttled, connection dropped: back off, retry the same message
    │   ├── QuotaExhausted      daily quota reached: wait for the 24-hour window to free up
    │   ├── RecipientRejected   only this recipient: mark it failed, the campaign goes on
    │   ├── DeliveryInDoubt     the request may have reached the service: mark it unknown
    │   └── AccountError        auth, sending paused, identity not verified: stop, resumable
    └── JournalError            the journal file cannot be read or written, or is damaged
        └── CampaignDamaged     one campaign's stored values are damaged; the others are fine

Every text is scrubbed of the secrets this process knows (``mailer.redaction``) when
the error is made and when it is shown, so no stored reason, row error, CLI line or
message box carries a password a server echoed back.

The common user-caused errors also carry an :class:`ErrorCode` with parameters (plain
JSON values: file names, hosts, numbers), like the row and run reasons of
``mailer.states``: ``str(error)`` stays the CLI's English sentence, and the app makes
its own words from ``code`` and ``params`` (ui/errors.py ``error_text``). An error
without a code is shown as its English sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from mailer.redaction import scrub


class ErrorCode(StrEnum):
    """What a common user-caused error is about, for words made at the edge."""

    NONE = ""
    NO_KEYRING = "no_keyring"  # no usable system keyring
    KEYRING_FAILED = "keyring_failed"  # params: action (store/read/delete), key, profile
    FILE_NOT_FOUND = "file_not_found"  # params: path
    FILE_UNREADABLE = "file_unreadable"  # params: path, detail (the OS's words)
    FILE_IS_FOLDER = "file_is_folder"  # params: path
    FILE_EMPTY = "file_empty"  # params: file
    ENCODING = "encoding"  # params: file, codec ("" = not UTF-8, none fits), line, column
    ENCODING_UNCERTAIN = "encoding_uncertain"  # params: file, candidates (list of names)
    UNKNOWN_ENCODING = "unknown_encoding"  # params: file, encoding
    NO_EMAIL_COLUMN = "no_email_column"  # params: file, columns (list)
    EMPTY_HEADER = "empty_header"  # params: file, column (1-based)
    REPEATED_HEADER = "repeated_header"  # params: file, column, name, first (1-based)
    # params: file, row (the file's line or sheet row of the header), columns (list)
    TITLE_ROWS = "title_rows"
    NO_DATA_ROWS = "no_data_rows"  # params: file
    OLD_EXCEL = "old_excel"  # params: file (an Excel 97-2003 .xls)
    WORKBOOK_AS_TEXT = "workbook_as_text"  # params: file (an .xlsx named .csv/.txt)
    NOT_A_WORKBOOK = "not_a_workbook"  # params: file (a text table named .xlsx)
    BINARY_FILE = "binary_file"  # params: file
    DAMAGED_WORKBOOK = "damaged_workbook"  # params: file, detail (the library's words)
    EMPTY_SHEET = "empty_sheet"  # params: file, sheet
    CREDENTIALS = "credentials"  # params: where (service or host), detail (a code)
    NO_CREDENTIALS = "no_credentials"  # params: where
    SENDING_PAUSED = "sending_paused"  # params: where
    THROTTLED = "throttled"  # params: where
    QUOTA_USED_UP = "quota_used_up"  # params: where
    BAD_ADDRESS = "bad_address"  # params: header (From, Reply-To, To), address
    # params: where, problem (timeout, refused, unknown_host, other), detail
    CONNECTION_FAILED = "connection_failed"
    # params: where, recipient, reply (the server's own words, quoted as they are)
    RECIPIENT_REJECTED = "recipient_rejected"
    ATTACHMENT_MISSING = "attachment_missing"  # params: file (as named for the row), folder
    MESSAGE_TOO_LARGE = "message_too_large"  # params: size, limit (bytes)
    NO_OPENS_RECORDED = "no_opens_recorded"  # params: campaign
    FOLLOWUP_EMPTY = "followup_empty"  # params: campaign, group, link
    SEGMENT_REFUSED = "segment_refused"  # params: position (0-based), text
    UNDEFINED_VARIABLE = "undefined_variable"  # params: file, line (0: none), name
    NOT_AN_ADDRESS = "not_an_address"  # params: text (typed where one address belongs)
    NO_REGION = "no_region"  # params: profile (its name)


class MailerError(Exception):
    """Base of every error the product reports to a user."""

    def __init__(
        self,
        *args: object,
        code: ErrorCode = ErrorCode.NONE,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(*(scrub(a) if isinstance(a, str) else a for a in args))
        self.code = code
        self.params: dict[str, Any] = {
            k: scrub(v) if isinstance(v, str) else v for k, v in (params or {}).items()
        }

    def __str__(self) -> str:
        # Again when shown: a secret may have become known after the error was made.
        return scrub(super().__str__())


class InputError(MailerError):
    """A recipients file, template or setting is wrong; nothing was sent."""


class RecipientsError(InputError):
    """The recipients file cannot be used."""


class TemplateError(InputError):
    """The template folder cannot be used."""


class ConfigError(InputError):
    """A profile, setting or credential store is wrong or missing."""


class MessageError(InputError):
    """One row cannot become a message (e.g. a line break in a header value)."""


class TransportError(MailerError):
    """Sending one message failed."""


class RetryableError(TransportError):
    """Throttled or disconnected: back off and retry the same message.

    ``throttled`` is true when the service said the sending rate was exceeded, so the
    runner eases its rate down for a while.
    """

    def __init__(
        self,
        message: str,
        *,
        throttled: bool = False,
        retry_after: float | None = None,
        code: ErrorCode = ErrorCode.NONE,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.throttled = throttled
        self.retry_after = retry_after


class QuotaExhausted(TransportError):
    """The daily sending quota is used up: wait for the rolling window to free."""


class RecipientRejected(TransportError):
    """The service refused this one recipient; the campaign goes on."""


class DeliveryInDoubt(TransportError):
    """The connection failed after the message may have reached the service (a read
    timeout, a drop during SMTP DATA). Retrying could send it twice, so the row becomes
    ``unknown``: resent only when the user asks."""


class AccountError(TransportError):
    """The account cannot send (credentials, paused, unverified sender): stop, resumable."""


class JournalError(MailerError):
    """The campaign journal cannot be read or written."""


class CampaignNotFound(InputError, JournalError):
    """No campaign of that id in the journal: a wrong id, bad input (exit 2)."""


class CampaignDamaged(JournalError):
    """One campaign's stored values cannot be read; the rest of the journal can."""


__all__ = [
    "AccountError",
    "CampaignDamaged",
    "ConfigError",
    "DeliveryInDoubt",
    "ErrorCode",
    "InputError",
    "JournalError",
    "MailerError",
    "MessageError",
    "QuotaExhausted",
    "RecipientRejected",
    "RecipientsError",
    "RetryableError",
    "TemplateError",
    "TransportError",
    "scrub",
]
