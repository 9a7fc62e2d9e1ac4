"""email-validator's English explanation -> an ``AddressProblem`` code with parameters.

email-validator has no error codes, only sentences; the app must show the reason in
the user's language, so the sentence is classified here, at the edge where it is made
(tests run every sentence email-validator 2.x writes through it). The English sentence
is kept beside the code for the CLI.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from mailer.states import AddressProblem

# (pattern on the explanation, problem), first match wins; patterns are specific
# enough that a reworded sentence falls through to OTHER rather than to a wrong code.
_RULES: tuple[tuple[re.Pattern[str], AddressProblem], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), problem)
    for pattern, problem in (
        (r"at-sign \(@\) character instead|\"small commercial at\"", AddressProblem.LOOKALIKE_AT),
        (r"must have an @-sign", AddressProblem.NO_AT),
        (r"must be something before the @-sign", AddressProblem.NOTHING_BEFORE_AT),
        (r"must be something after the @-sign", AddressProblem.NOTHING_AFTER_AT),
        (r"\btoo long\b|so many characters", AddressProblem.TOO_LONG),
        (r"unsafe characters", AddressProblem.UNSAFE_CHARS),
        (
            r"two periods in a row|(start|end) with a period|a period immediately",
            AddressProblem.DOTS,
        ),
        (
            r"(start|end) with a hyphen|a hyphen immediately|period and a hyphen|two dashes",
            AddressProblem.HYPHENS,
        ),
        (r"should have a period", AddressProblem.DOMAIN_NO_PERIOD),
        (r"valid top-level domain", AddressProblem.DOMAIN_BAD_TLD),
        (r"special-use or reserved name", AddressProblem.DOMAIN_RESERVED),
        (
            r"display name|angle bracket|anything after the email address|after close quote"
            r"|quoting the part|bracketed ip|in brackets",
            AddressProblem.EXTRA_TEXT,
        ),
        (
            r"before the @-sign|not valid ascii|contains an invalid character\.",
            AddressProblem.BAD_CHARS_BEFORE_AT,
        ),
        (
            r"after the @-sign|not valid idna|part after the @-sign",
            AddressProblem.BAD_CHARS_AFTER_AT,
        ),
    )
)
# "...invalid characters before the @-sign: ',', SPACE." -> the listed characters, each
# shown by email-validator as its repr ('x') or its Unicode name (SPACE, U+200B)
_CHARS = re.compile(r":\s+(.+?)\.?$")
_ONE = re.compile(r"'(.)'|\"(.)\"|U\+([0-9A-F]{4,6})|([A-Z][A-Z0-9 \-]*[A-Z0-9])")
_HAS_CHARS = (
    AddressProblem.BAD_CHARS_BEFORE_AT,
    AddressProblem.BAD_CHARS_AFTER_AT,
    AddressProblem.UNSAFE_CHARS,
)


def classify(why: str) -> dict[str, Any]:
    """The parameters of an ``INVALID`` reason: ``why`` (the English), ``problem`` and,
    for bad characters, ``chars``: the characters themselves (``[",", " "]``; empty when
    email-validator did not name them)."""
    problem = next((p for pattern, p in _RULES if pattern.search(why)), AddressProblem.OTHER)
    params: dict[str, Any] = {"why": why, "problem": problem.value}
    if problem in _HAS_CHARS:
        found = _CHARS.search(why)
        params["chars"] = _characters(found.group(1)) if found else []
    return params


def _characters(listed: str) -> list[str]:
    chars = []
    for match in _ONE.finditer(listed):
        quoted, double, code, name = match.groups()
        if quoted or double:
            chars.append(quoted or double)
        elif code:
            chars.append(chr(int(code, 16)))
        else:
            try:
                chars.append(unicodedata.lookup(name))
            except KeyError:  # not a character name after all: leave it out
                continue
    return chars
