"""A fresh journal per test (tests/mailer/campaign_fixtures.py builds campaigns in it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailer.store.journal import Journal


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal(tmp_path / "j.sqlite3")
    yield journal
    journal.close()
