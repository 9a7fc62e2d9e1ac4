"""journal.suppression: normalised addresses, the first reason kept."""

from __future__ import annotations

from mailer.store.journal import Journal


def test_add_normalises_and_counts_only_new_addresses(journal: Journal) -> None:
    assert journal.suppression.add([" USER@Example.com ", "", "b@example.com"], "by hand") == 2
    assert journal.suppression.add(["user@example.com", "c@example.com"], "complaint") == 1
    assert journal.suppression.addresses() == {
        "user@example.com",
        "b@example.com",
        "c@example.com",
    }
    reasons = {email: why for email, why, _ in journal.suppression.entries()}
    assert reasons["user@example.com"] == "by hand"  # the first reason stays


def test_remove(journal: Journal) -> None:
    journal.suppression.add(["user@example.com"], "by hand")
    assert journal.suppression.remove(" User@Example.com") is True
    assert journal.suppression.remove("user@example.com") is False
    assert journal.suppression.addresses() == set()
    assert journal.suppression.entries() == []
