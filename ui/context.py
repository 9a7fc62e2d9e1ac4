"""The app's shared state: one AppContext, passed to every page and dialog.

Pages publish what the user chose (recipients, template, sender) here and read what
others chose; the send dashboard and the preview dialog read from it. Nothing here
does I/O except saving the core's settings when a profile changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui import prefs

if TYPE_CHECKING:
    from mailer import (
        AccountLimits,
        Identity,
        Profile,
        RecipientTable,
        SenderSettings,
        Settings,
        TemplateSet,
    )
    from ui.models.recipients import RecipientModel


class AppContext(QObject):
    """Holds settings, the active profile, the table, the template and the sender."""

    profile_changed = Signal()
    table_changed = Signal()
    template_changed = Signal()
    sender_changed = Signal()
    limits_changed = Signal()
    identities_changed = Signal()
    segment_changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.table: RecipientTable | None = None
        self.table_path: Path | None = None
        self.segment = ""  # a segment filter (mailer.Segmenter) typed on the Recipients page
        self.segment_table: RecipientTable | None = None  # the rows it keeps, as a table
        self.segment_rows: list[int] | None = None  # their 0-based rows in ``table``
        self.template: TemplateSet | None = None
        self.template_folder: Path | None = None
        # Shadows QObject.sender(), which nothing here calls; the send page reads it.
        self.sender: SenderSettings | None = None  # type: ignore[assignment]
        self.sender_error: str = ""  # why the typed sender fields are not usable
        self.limits: AccountLimits | None = None
        # The Review page's "mark as advertising" box (None: the profile's default); the
        # preview and a test send show the marking the campaign will add.
        self.advertising: bool | None = None
        self.limits_error: str = ""
        self.identities: list[Identity] = []
        # The recipients page's model; the send dashboard colours its rows by state.
        self.recipient_model: RecipientModel | None = None
        remembered = prefs.last_profile()
        if remembered and remembered in settings.profiles:
            settings.active = remembered

    def advertising_on(self) -> bool:
        from mailer import service

        if self.advertising is not None:
            return self.advertising
        return service.advertising_default(self.profile)

    # -- profile -------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        from mailer import Profile

        found = self.settings.profiles.get(self.settings.active)
        return found if found is not None else Profile()

    def set_active_profile(self, name: str) -> None:
        if name not in self.settings.profiles:
            return
        self.settings.active = name
        prefs.set_last_profile(name)
        self.limits = None
        self.limits_error = ""
        self.identities = []
        self.profile_changed.emit()

    def settings_replaced(self) -> None:
        """After the account dialog saved: the active profile may have new values."""
        self.limits = None
        self.identities = []
        prefs.set_last_profile(self.settings.active)
        self.profile_changed.emit()

    @property
    def is_ses(self) -> bool:
        return self.profile.kind == "ses"

    # -- content -------------------------------------------------------------
    def set_table(self, table: RecipientTable | None, path: Path | None = None) -> None:
        self.table = table
        self.table_path = path
        self.segment, self.segment_table, self.segment_rows = "", None, None
        self.table_changed.emit()

    def set_segment(
        self, text: str, table: RecipientTable | None = None, rows: list[int] | None = None
    ) -> None:
        """The Recipients page's filter: a campaign goes to these rows of the table only."""
        self.segment, self.segment_table, self.segment_rows = text, table, rows
        self.segment_changed.emit()

    def campaign_table(self) -> RecipientTable | None:
        """The rows a new campaign is made of: the filter's, else the whole table. None
        while a typed filter is being counted or is not understood: never the whole
        table in its place."""
        return self.segment_table if self.segment else self.table

    def set_template(self, template: TemplateSet | None, folder: Path | None = None) -> None:
        self.template = template
        self.template_folder = folder
        self.template_changed.emit()

    def set_sender(self, sender: SenderSettings | None, error: str = "") -> None:
        self.sender = sender
        self.sender_error = error
        self.sender_changed.emit()

    # -- account -------------------------------------------------------------
    def set_limits(self, limits: AccountLimits | None, error: str = "") -> None:
        self.limits = limits
        self.limits_error = error
        self.limits_changed.emit()

    def set_identities(self, identities: list[Identity]) -> None:
        self.identities = list(identities)
        self.identities_changed.emit()

    @property
    def sandbox(self) -> bool:
        return self.limits is not None and not self.limits.production

    def verified_emails(self) -> list[str]:
        return sorted(i.name for i in self.identities if i.verified and i.kind == "email")
