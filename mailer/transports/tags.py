"""SES message tags, shared by the API and SMTP transports (no boto3 needed here)."""

from __future__ import annotations

import re
from collections.abc import Mapping

_TAG_BAD = re.compile(r"[^A-Za-z0-9_-]")
TAG_MAX = 256


def sanitize_tag(text: str) -> str:
    """SES tag names/values allow ASCII letters, digits, '_' and '-', up to 256 chars."""
    return (_TAG_BAD.sub("_", text) or "_")[:TAG_MAX]


def email_tags(tags: Mapping[str, str]) -> list[dict[str, str]]:
    return [
        {"Name": sanitize_tag(str(name)), "Value": sanitize_tag(str(value))}
        for name, value in tags.items()
        if str(name)
    ]
