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
"""

from __future__ import annotations

from mailer.redaction import scrub


class MailerError(Exception):
    """Base of every error the product reports to a user."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(scrub(a) if isinstance(a, str) else a for a in args))

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
        self, message: str, *, throttled: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
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


class CampaignDamaged(JournalError):
    """One campaign's stored values cannot be read; the rest of the journal can."""


__all__ = [
    "AccountError",
    "CampaignDamaged",
    "ConfigError",
    "DeliveryInDoubt",
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
