"""Journal reads and the CSV export for the campaigns page: all run on pool threads.

``JournalSource`` opens the journal lazily, on the first pool thread that needs it
(opening touches the disk), and shares that one thread-safe connection afterwards.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailer import Journal, RecipientRecord
    from mailer.service import CampaignOverview, ExportLabels


class JournalSource:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._journal: Journal | None = None
        self._lock = threading.Lock()

    def get(self) -> Journal:
        """Call on a pool thread, never on the UI thread."""
        from mailer import service

        with self._lock:
            if self._journal is None:
                self._journal = service.open_journal(self._path)
            return self._journal

    def close(self) -> None:
        with self._lock:
            if self._journal is not None:
                self._journal.close()
                self._journal = None


def list_campaigns(source: JournalSource) -> list[CampaignOverview]:
    from mailer import service

    return service.overview(source.get())


def recipients_page(
    source: JournalSource, campaign_id: int, after: int, limit: int
) -> list[RecipientRecord]:
    """Rows with idx >= ``after`` (keyset paging: fast at any depth of a big campaign)."""
    return source.get().rows.page(campaign_id, offset=after, limit=limit)


def row_events(source: JournalSource, campaign_id: int, idx: int) -> list[tuple[str, str, str]]:
    return source.get().events.of_row(campaign_id, idx)


def delete_campaign(source: JournalSource, campaign_id: int) -> int:
    """Delete a campaign (refused while it is sending); returns the rows removed."""
    from mailer import service

    return service.delete_campaign(source.get(), campaign_id)


def archive_campaign(source: JournalSource, campaign_id: int, archived: bool) -> None:
    """Archive a campaign, or bring it back (refused while it is sending)."""
    from mailer import service

    service.archive_campaign(source.get(), campaign_id, archived=archived)


def export_results(
    source: JournalSource, campaign_id: int, path: Path, labels: ExportLabels | None = None
) -> int:
    """The results CSV, written by the core as `mailer export` writes it (with the UI
    language's labels when ``labels`` are given)."""
    from mailer.service import export_results as core_export

    return core_export(source.get(), campaign_id, path, labels)
