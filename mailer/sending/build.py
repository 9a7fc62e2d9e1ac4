"""One row's complete MIME message, as the campaign says it is built.

The same builder runs in the sending threads and in build processes
(``sending.buildpool``): it needs only the campaign's template snapshot, its id and
its settings, all of which travel to another process as plain data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from mailer.content import advertising
from mailer.content.listmanagement import (
    SES_UNSUBSCRIBE_ENTRY,
    SES_UNSUBSCRIBE_PLACEHOLDER,
    campaign_list_management,
)
from mailer.content.message import SenderSettings, build_message, campaign_message_id
from mailer.content.templates import TemplateSet
from mailer.store.rows import PendingRow


@dataclasses.dataclass(frozen=True)
class BuildSpec:
    """What a builder needs, as plain (picklable) data."""

    snapshot: bytes  # the template as the campaign saved it (TemplateSet.from_snapshot)
    uid: str  # the campaign's id in Message-IDs and tags
    settings: Mapping[str, Any]  # the campaign's settings (sender, profile, audience, ...)


class MessageBuilder:
    """Renders and builds one row's message; raises InputError for a row that cannot
    be rendered (that row fails, the campaign goes on)."""

    def __init__(self, template: TemplateSet, uid: str, settings: Mapping[str, Any]) -> None:
        self._template = template
        self._uid = uid
        self._sender = SenderSettings(**settings["sender"])
        # With an SES audience, SES manages unsubscribes (content.listmanagement).
        self._audience = campaign_list_management(settings)
        kind = (settings.get("profile") or {}).get("kind", "")
        self._audience_header = self._audience is not None and kind != "ses"
        self._advertising = settings.get("advertising") is True

    @classmethod
    def from_spec(cls, spec: BuildSpec) -> MessageBuilder:
        return cls(TemplateSet.from_snapshot(spec.snapshot), spec.uid, spec.settings)

    def build(self, row: PendingRow) -> bytes:
        template, sender = self._template, self._sender
        headers: dict[str, str] = {}
        if self._audience is None:
            rendered = template.render(
                row.data, unsubscribe=sender.unsubscribe or None, email=row.email
            )
        else:
            # SES adds List-Unsubscribe and fills the placeholder: the app adds none.
            rendered = template.render(
                row.data, unsubscribe=[SES_UNSUBSCRIBE_ENTRY], email=row.email
            )
            rendered = dataclasses.replace(rendered, unsubscribe=())
            sender = dataclasses.replace(sender, unsubscribe=())
            if self._audience_header:  # SES's SMTP interface reads it from a header
                name, value = self._audience.smtp_header()
                headers[name] = value
        if self._advertising:  # Korean advertising-mail rules (content.advertising)
            link = SES_UNSUBSCRIBE_PLACEHOLDER if self._audience else None
            rendered = advertising.mark_as_sent(rendered, sender, unsubscribe_link=link)
        return build_message(
            rendered,
            to=row.email,
            sender=sender,
            message_id=campaign_message_id(self._uid, row.idx, sender.from_addr),
            headers=headers,
        )
