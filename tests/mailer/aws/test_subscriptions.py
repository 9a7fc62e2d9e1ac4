"""SES subscription management, the parts without AWS: SUBSCRIPTION events parsed and
applied to the journal, the unsubscribe store's rules, topic names, the Korean
advertising marking and the bulk-sender checklist. (The AWS side: the end-to-end
tests in tests/integration/test_subscriptions_e2e.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mailer.aws.notifications import parse_notification
from mailer.aws.subscriptions import check_topic_name, suggest_topic_name
from mailer.content import advertising
from mailer.content.compliance import FREE_MAIL_DOMAINS, check_campaign
from mailer.content.listmanagement import ListManagement
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.settings import Profile
from mailer.states import BulkCheck, CheckState, EventKind, ReasonCode
from mailer.store.journal import Journal
from mailer.store.suppression import Unsubscribe

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal(tmp_path / "j.sqlite3")
    yield journal
    journal.close()


def event(statuses: object, *, unsubscribe_all: bool = False, message_id: str = "m-1") -> str:
    ses = {
        "eventType": "Subscription",
        "mail": {"messageId": message_id, "destination": ["Reader@Example.COM"]},
        "subscription": {
            "contactList": "bulk-mailer",
            "timestamp": "2026-12-01T06:00:00.000Z",
            "source": "UnsubscribeHeader",
            "newTopicPreferences": {
                "unsubscribeAll": unsubscribe_all,
                "topicSubscriptionStatus": statuses,
            },
        },
    }
    return json.dumps({"Type": "Notification", "Message": json.dumps(ses)})


def test_subscription_event_names_the_topics_opted_out() -> None:
    statuses = [
        {"topicName": "newsletter", "subscriptionStatus": "OptOut"},
        {"topicName": "sale", "subscriptionStatus": "OptIn"},
    ]
    (found,) = parse_notification(event(statuses))
    assert found.kind is EventKind.SUBSCRIPTION
    assert found.recipients == ("Reader@example.com",)
    assert (found.contact_list, found.opted_out, found.opted_out_all) == (
        "bulk-mailer",
        ("newsletter",),
        False,
    )
    # The same as an object keyed by topic, and "unsubscribe from everything".
    (as_map,) = parse_notification(event({"newsletter": "OptOut"}, unsubscribe_all=True))
    assert as_map.opted_out == ("newsletter",) and as_map.opted_out_all


def test_events_land_as_unsubscribes_idempotently_even_unmatched(journal: Journal) -> None:
    body = event([{"topicName": "newsletter", "subscriptionStatus": "OptOut"}])
    events = parse_notification(body)
    assert journal.events.apply(events) == (0, 1)  # no such message here: still counted
    journal.events.apply(events)  # SQS redelivers it: harmless
    (only,) = journal.suppression.unsubscribes()
    assert (only.email, only.topic, only.source) == (
        "reader@example.com",
        "newsletter",
        "ses-event",
    )
    assert only.added == pytest.approx(1796104800.0)  # the event's own time
    opt_in = event([{"topicName": "newsletter", "subscriptionStatus": "OptIn"}])
    journal.events.apply(parse_notification(opt_in))  # an opt-in never undoes it
    assert len(journal.suppression.unsubscribes()) == 1


def test_blocked_depends_on_the_audience(journal: Journal) -> None:
    journal.suppression.unsubscribe(
        [
            Unsubscribe("a@x.com", "newsletter", 0.0, "ses-event"),
            Unsubscribe("b@x.com", "", 0.0, "ses-contact-list"),
            Unsubscribe("c@x.com", "sale", 0.0, "ses-event"),
        ]
    )
    journal.suppression.add(["d@x.com"], "hard bounce (General)")
    news = journal.suppression.blocked("newsletter")
    assert set(news) == {"a@x.com", "b@x.com", "d@x.com"}
    assert news["a@x.com"].code is ReasonCode.UNSUBSCRIBED
    assert news["a@x.com"].get("topic") == "newsletter"
    assert news["d@x.com"].code is ReasonCode.SUPPRESSED
    # No audience (plain SMTP, outbox): any unsubscribe counts.
    assert set(journal.suppression.blocked(None)) == {"a@x.com", "b@x.com", "c@x.com", "d@x.com"}
    assert journal.suppression.resubscribe("A@x.com", "newsletter") == 1
    assert "a@x.com" not in journal.suppression.blocked("newsletter")


def test_rows_unsubscribed_are_skipped_at_load_with_the_reason(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "r.csv"
    path.write_text("email\nkeep@x.com\ngone@x.com\n", encoding="utf-8")
    journal.suppression.unsubscribe([Unsubscribe("gone@x.com", "", 0.0, "ses-event")])
    table = load_recipients(path, suppressed=journal.suppression.blocked("newsletter"))
    assert table.reasons[1].code is ReasonCode.UNSUBSCRIBED


@pytest.mark.parametrize("name", ["newsletter", "Sale_alerts-2", "x" * 64])
def test_topic_names_ses_takes(name: str) -> None:
    assert check_topic_name(name) == name


@pytest.mark.parametrize(
    ("name", "words"),
    [("Sale alerts", "'sale-alerts'"), ("뉴스레터", "--display-name"), ("x" * 65, "65 characters")],
)
def test_topic_names_ses_refuses(name: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        check_topic_name(name)


def test_suggestions_are_stable_and_valid() -> None:
    assert suggest_topic_name("뉴스레터") == suggest_topic_name("뉴스레터")
    check_topic_name(suggest_topic_name("뉴스레터"))


def test_advertising_marks_subject_and_adds_the_korean_notice() -> None:
    template = TemplateSet.load(ROOT / "templates" / "newsletter")
    row = {"name": "고객", "email": "a@x.com", "city": "서울", "plan": "free"}
    email = template.render(row, email="a@x.com")
    url = "https://example.com/unsubscribe?email=a%40x.com"
    marked = advertising.mark(
        email, sender_name="Shop", contact="help@shop.example", unsubscribe_url=url
    )
    assert marked.subject.startswith("(광고) ")
    assert advertising.mark_subject(marked.subject) == marked.subject  # once only
    assert "보낸 사람: Shop <help@shop.example>" in marked.text
    assert "수신거부" in (marked.html or "") and "help@shop.example" in (marked.html or "")
    # The link is in the body already: the notice does not repeat it.
    assert marked.text.count(url) == email.text.count(url)


def test_consent_reminder_after_two_years() -> None:
    assert advertising.consent_due("", date(2026, 1, 1))
    assert not advertising.consent_due("2025-06-01", date(2026, 1, 1))
    assert advertising.consent_due("2024-01-01", date(2026, 1, 1))
    assert advertising.consent_due("2024-02-29", date(2026, 2, 28))


def test_korean_users_get_advertising_marking_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    assert advertising.default_advertising("auto")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert not advertising.default_advertising("auto")
    assert advertising.default_advertising("on") and not advertising.default_advertising("off")


def test_bulk_sender_checklist(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    rows = "".join(f"고객,p{i}@gmail.com,서울,free\n" for i in range(301))
    path.write_text("name,email,city,plan\n" + rows, encoding="utf-8")
    table = load_recipients(path)
    template = TemplateSet.load(ROOT / "templates" / "announcement")  # mailto only
    sender = SenderSettings.parse("Shop <news@gmail.com>")
    found = check_campaign(table, template, sender, journal=journal, online=False)
    states = {i.key: i.state for i in found.items}
    assert states[BulkCheck.ONE_CLICK] is CheckState.MISSING
    assert states[BulkCheck.FROM_DOMAIN] is CheckState.WRONG and "gmail.com" in FREE_MAIL_DOMAINS
    assert states[BulkCheck.AUTHENTICATION] is CheckState.UNREACHABLE  # offline
    assert found.gmail_yahoo == 301 and found.one_click_missing_for_bulk
    managed = check_campaign(
        table,
        TemplateSet.load(ROOT / "templates" / "newsletter"),
        SenderSettings.parse("Shop <news@shop.example>"),
        audience=ListManagement("bulk-mailer", "newsletter"),
        advertising=True,
        profile=Profile(consent_confirmed=date.today().isoformat()),
        journal=journal,
        online=False,
    )
    states = {i.key: i.state for i in managed.items}
    assert states[BulkCheck.ONE_CLICK] is CheckState.OK
    assert states[BulkCheck.VISIBLE_LINK] is CheckState.OK  # the footer's placeholder
    assert (
        states[BulkCheck.CONSENT] is CheckState.OK
        and states[BulkCheck.ADVERTISING] is CheckState.OK
    )
    assert not managed.one_click_missing_for_bulk


def test_the_app_skips_at_load_who_unsubscribed_from_everything() -> None:
    from mailer import service

    journal = service.open_journal()
    journal.suppression.unsubscribe(
        [
            Unsubscribe("all@x.com", "", 0.0, "ses-contact-list"),
            Unsubscribe("one@x.com", "newsletter", 0.0, "ses-event"),
        ]
    )
    journal.close()
    found = service.suppressed_reasons()
    assert set(found) == {"all@x.com"}  # one audience only: skipped when that one sends
    assert found["all@x.com"].code is ReasonCode.UNSUBSCRIBED
