"""Retry policy: how long to wait before sending a message again, and when to give up.

A retryable failure (throttled, connection dropped) is retried with exponential
backoff and jitter (the server's Retry-After wins). A throttle also eases the rate
down for a while (how far and how long: ``throttle.EasePolicy``). After
``max_attempts`` the campaign pauses with the last error.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mailer.errors import RetryableError
from mailer.sending.options import RunOptions
from mailer.states import Reason, ReasonCode, error_params, reason


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 12
    backoff_base: float = 0.5
    backoff_cap: float = 30.0

    @classmethod
    def from_options(cls, options: RunOptions) -> RetryPolicy:
        return cls(options.max_attempts, options.backoff_base, options.backoff_cap)

    def delay(self, exc: RetryableError, attempt: int, *, jitter: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (jitter in 0.5..1 of it)."""
        base = exc.retry_after or min(
            self.backoff_cap, self.backoff_base * 2 ** min(attempt - 1, 10)
        )
        return base * (random.uniform(0.5, 1.0) if jitter is None else jitter)

    def give_up(self, exc: RetryableError, attempt: int) -> Reason | None:
        """The pause reason once a message has failed ``max_attempts`` times."""
        if attempt >= self.max_attempts:
            return reason(
                ReasonCode.RETRIES_EXHAUSTED, attempts=attempt, error=str(exc), **error_params(exc)
            )
        return None
