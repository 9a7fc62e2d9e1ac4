"""SES-managed unsubscribes for one campaign: which contact list and topic it goes to.

With an audience, Amazon SES adds the ``List-Unsubscribe`` and
``List-Unsubscribe-Post`` headers itself, hosts the unsubscribe/preferences page and
replaces ``{{amazonSESUnsubscribeUrl}}`` in the body (docs/ses-subscriptions.md, facts
1-4). The message the app builds must then carry no List-Unsubscribe header of its
own (SES overrides them anyway, fact 3) and its ``unsubscribe_url`` is the placeholder.
The SES API takes the list and topic as ``ListManagementOptions`` on SendEmail; SES's
SMTP interface as the ``X-SES-LIST-MANAGEMENT-OPTIONS`` header (fact 5).

Pure data, no AWS calls: the runner, the transports and the campaign settings use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# SES replaces it with the recipient's unsubscribe link (fact 2); at most two per message.
SES_UNSUBSCRIBE_PLACEHOLDER = "{{amazonSESUnsubscribeUrl}}"
SMTP_HEADER = "X-SES-LIST-MANAGEMENT-OPTIONS"
# The unsubscribe entry a campaign with an audience renders instead of its own targets:
# a Jinja expression whose output is the placeholder, so ``unsubscribe_url`` resolves
# to it (templates.unsubscribe_url) and no List-Unsubscribe header of the app's is made.
SES_UNSUBSCRIBE_ENTRY = "{{ '" + SES_UNSUBSCRIBE_PLACEHOLDER + "' }}"


@dataclass(frozen=True)
class ListManagement:
    """An audience as SES sees it: the account's one contact list and one topic."""

    contact_list: str
    topic: str

    def api_options(self) -> dict[str, str]:
        """``ListManagementOptions`` for sesv2 SendEmail."""
        return {"ContactListName": self.contact_list, "TopicName": self.topic}

    def smtp_header(self) -> tuple[str, str]:
        """The header SES's SMTP endpoint reads instead: ``LIST; topic=TOPIC``."""
        return SMTP_HEADER, f"{self.contact_list}; topic={self.topic}"

    def to_settings(self) -> dict[str, str]:
        return {"contact_list": self.contact_list, "topic": self.topic}

    @classmethod
    def from_settings(cls, data: object) -> ListManagement | None:
        """The stored form back; None for a campaign without an audience (or damage)."""
        if not isinstance(data, Mapping):
            return None
        contact_list, topic = data.get("contact_list"), data.get("topic")
        if isinstance(contact_list, str) and isinstance(topic, str) and contact_list and topic:
            return cls(contact_list, topic)
        return None


def campaign_list_management(settings: Mapping[str, Any]) -> ListManagement | None:
    """The audience of a stored campaign (its ``settings``), if it has one."""
    return ListManagement.from_settings(settings.get("audience"))


__all__ = [
    "SES_UNSUBSCRIBE_ENTRY",
    "SES_UNSUBSCRIBE_PLACEHOLDER",
    "SMTP_HEADER",
    "ListManagement",
    "campaign_list_management",
]
