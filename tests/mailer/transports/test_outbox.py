"""The local outbox: a real Maildir that any Maildir reader opens."""

from __future__ import annotations

import mailbox
import os
import stat
from pathlib import Path

import pytest

from mailer.errors import AccountError
from mailer.transports.outbox import OutboxTransport, delivered_keys

MESSAGE = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\n\r\nbody\r\n"


def test_messages_land_in_new_whole_private_and_findable(tmp_path: Path) -> None:
    outbox = OutboxTransport(tmp_path / "outbox")
    names = [
        outbox.send(
            MESSAGE,
            sender="a@example.com",
            recipient="b@example.com",
            tags={"campaign": "c1", "recipient": str(i)},
        ).message_id
        for i in range(3)
    ]
    assert len(set(names)) == 3
    assert not os.listdir(tmp_path / "outbox" / "tmp")  # nothing half-written left behind
    box = mailbox.Maildir(tmp_path / "outbox", create=False)
    assert sorted(m.as_bytes().replace(b"\n", b"\r\n") for m in box) == [MESSAGE] * 3
    for name in names:
        mode = (tmp_path / "outbox" / "new" / name).stat().st_mode
        assert stat.S_IMODE(mode) == 0o600
    assert delivered_keys(tmp_path / "outbox") == {f"c1-{i}": name for i, name in enumerate(names)}


def test_a_full_or_missing_outbox_folder_is_an_account_error(tmp_path: Path) -> None:
    outbox = OutboxTransport(tmp_path / "outbox")
    (tmp_path / "outbox" / "tmp").rmdir()  # e.g. removed while a campaign runs
    with pytest.raises(AccountError, match=str(tmp_path / "outbox")):
        outbox.send(MESSAGE, sender="a@example.com", recipient="b@example.com", tags={})
