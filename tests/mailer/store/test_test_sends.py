"""journal.test_sends: logged, and never counted against the quota."""

from __future__ import annotations

from mailer.store.journal import Journal


def test_test_sends_are_logged_not_counted(journal: Journal) -> None:
    journal.test_sends.log("p", "t@example.com", "mid")
    assert journal.test_sends.all()[0][1:4] == ("p", "t@example.com", "mid")
    assert journal.send_log.times_since(0, "p") == []  # test sends do not count against the quota
    journal.test_sends.log("p", "t@example.com", "", "refused")
    assert [t[4] for t in journal.test_sends.all()] == ["", "refused"]
