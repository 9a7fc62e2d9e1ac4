"""SES-managed unsubscribes end to end, through the `mailer` command, against moto in
server mode behind the local shim (tests/sesshim.py). What the shim adds to moto here:
CreateContact refusing an existing contact, the ListContacts filter and paging, one
contact list per account with at most 20 valid topics, AccessDenied on request, and
SES's handling of ListManagementOptions on SendEmail (its own List-Unsubscribe pair,
the placeholder replaced, unsubscribed contacts not delivered). SUBSCRIPTION
notifications travel the real moto SNS -> SQS path the tracking set-up creates."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import boto3
import pytest

from mailer.cli.main import main
from mailer.settings import Profile, Settings
from mailer.states import Reason, ReasonCode, RowState
from mailer.store.journal import Journal
from mailer.store.suppression import Unsubscribe
from tests.sesshim import SesShim

ROOT = Path(__file__).resolve().parents[2]
NEWSLETTER = ROOT / "templates" / "newsletter"
DOMAIN = "shop.example"
FROM = f"Shop <news@{DOMAIN}>"


@pytest.fixture
def world(aws: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[SesShim]:
    settings = Settings.load()
    settings.put(Profile(name="ses", kind="ses", region="us-east-1", from_addr=FROM))
    settings.save()
    with SesShim(aws) as shim:
        monkeypatch.setenv("AWS_ENDPOINT_URL", shim.url)
        shim.state.grant()  # production access: no sandbox skips
        yield shim


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def verified_domain(shim: SesShim, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(capsys, "verify", DOMAIN, "--profile", "ses")
    assert code == 0, out
    shim.state.verify_domain(DOMAIN)  # SES found the Easy DKIM records


def recipients(path: Path, n: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "email", "city", "plan"])
        for i in range(n):
            w.writerow([f"고객 {i}", f"person{i}@gmail.com", "서울", "free"])
    return path


def subscription_event(message_id: str, address: str, topic: str) -> dict[str, object]:
    """Shaped like the SES Developer Guide's Subscription event record."""
    return {
        "eventType": "Subscription",
        "mail": {
            "timestamp": "2026-12-01T05:00:00.000Z",
            "source": f"news@{DOMAIN}",
            "messageId": message_id,
            "destination": [address],
            "headersTruncated": False,
        },
        "subscription": {
            "contactList": "bulk-mailer",
            "timestamp": "2026-12-01T06:00:00.000Z",
            "source": "UnsubscribeHeader",
            "newTopicPreferences": {
                "unsubscribeAll": False,
                "topicSubscriptionStatus": [{"topicName": topic, "subscriptionStatus": "OptOut"}],
            },
            "oldTopicPreferences": {
                "unsubscribeAll": False,
                "topicSubscriptionStatus": [{"topicName": topic, "subscriptionStatus": "OptIn"}],
            },
        },
    }


def header_count(message: bytes, name: str) -> int:
    return len(message_from_bytes(message).get_all(name) or [])


def test_unsubscribes_come_back_and_are_honoured(
    world: SesShim, tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    shim = world
    verified_domain(shim, capsys)
    code, out = cli(capsys, "track", "--setup", "--profile", "ses")
    assert code == 0, out
    assert "SUBSCRIPTION" in shim.state.destinations["bulk-mailer-sns"]["MatchingEventTypes"]

    # 1. The audience: the contact list is created on first use, display name in Korean.
    code, out = cli(
        capsys, "audiences", "--profile", "ses", "--create", "newsletter",
        "--display-name", "뉴스레터", "--json",
    )  # fmt: skip
    assert code == 0, out
    data = json.loads(out)
    assert data["contact_list"] == "bulk-mailer"
    assert data["audiences"] == [
        {"name": "newsletter", "display_name": "뉴스레터", "description": "", "default": "OPT_IN"}
    ]

    # 2. The first campaign, through the SES API transport.
    people = recipients(tmp_path / "list.csv", 4)
    send = ("send", str(people), str(NEWSLETTER), "--profile", "ses", "--from", FROM)
    code, out = cli(capsys, *send, "--audience", "newsletter", "--no-advertising", "--yes")
    assert code == 0, out
    sesv2 = boto3.client("sesv2")
    contacts = sesv2.list_contacts(ContactListName="bulk-mailer")["Contacts"]
    assert sorted(c["EmailAddress"] for c in contacts) == [f"person{i}@gmail.com" for i in range(4)]
    assert len(shim.state.sent) == 4
    for request in shim.state.sent:
        assert request["ListManagementOptions"] == {
            "ContactListName": "bulk-mailer",
            "TopicName": "newsletter",
        }
        assert header_count(request["raw"], "List-Unsubscribe") == 0  # the app adds none
        assert b"{{amazonSESUnsubscribeUrl}}" in request["raw"]  # the footer's link
    for delivered in shim.state.delivered:  # as SES sends them: exactly one pair
        assert header_count(delivered, "List-Unsubscribe") == 1
        assert header_count(delivered, "List-Unsubscribe-Post") == 1
        assert b"amazonSESUnsubscribeUrl" not in delivered

    # 3. person0 unsubscribes with the header link: a SUBSCRIPTION event through SNS -> SQS.
    journal = Journal(data_dir / "journal.sqlite3")
    first = {r.email: r for r in journal.rows.page(1)}
    profile = Settings.load().profile("ses")
    note = subscription_event(
        first["person0@gmail.com"].message_id or "", "person0@gmail.com", "newsletter"
    )
    boto3.client("sns").publish(TopicArn=profile.tracking_topic_arn, Message=json.dumps(note))
    code, out = cli(capsys, "track", "--once", "--profile", "ses")
    assert code == 0 and "processed 1 notifications" in out
    # person1 unsubscribes from everything on SES's preferences page: only the contact
    # list knows (no event reaches the app).
    sesv2.update_contact(
        ContactListName="bulk-mailer", EmailAddress="person1@gmail.com", UnsubscribeAll=True
    )

    # 4. The next campaign to the same file skips both, with the reason "unsubscribed"
    # (the same template again: the repeat check is told to let it through).
    code, out = cli(
        capsys, *send, "--audience", "newsletter", "--no-advertising", "--include-repeats", "--yes"
    )
    assert code == 0, out
    second = {r.email: r for r in journal.rows.page(2)}
    for address, topic in (("person0@gmail.com", "newsletter"), ("person1@gmail.com", "")):
        row = second[address]
        assert row.state == RowState.SKIPPED
        reason = Reason.decode(row.reason) if isinstance(row.reason, str) else row.reason
        assert reason.code is ReasonCode.UNSUBSCRIBED and reason.get("topic") == topic
    assert {second[f"person{i}@gmail.com"].state for i in (2, 3)} == {RowState.SENT}
    assert len(shim.state.sent) == 6  # nobody twice, the two unsubscribed not at all
    assert shim.state.dropped == []
    sources = {u.email: u.source for u in journal.suppression.unsubscribes()}
    assert sources == {"person0@gmail.com": "ses-event", "person1@gmail.com": "ses-contact-list"}

    # 5. The sync is idempotent: run again, nothing new; the rows never flip back.
    code, out = cli(capsys, "audiences", "--profile", "ses", "--sync", "--json")
    assert json.loads(out)["sync"]["new"] == 0
    code, out = cli(capsys, "suppressions", "--reason", "unsubscribed", "--json")
    assert {e["email"] for e in json.loads(out)} == {"person0@gmail.com", "person1@gmail.com"}

    # 6. Re-subscribing needs the user's explicit act, and consent.
    code, out = cli(capsys, "unsubscribes", "--resubscribe", "person0@gmail.com",
                    "--audience", "newsletter", "--profile", "ses")  # fmt: skip
    assert code == 2 and "consent" in out
    code, out = cli(capsys, "unsubscribes", "--resubscribe", "person0@gmail.com",
                    "--audience", "newsletter", "--profile", "ses", "--i-have-consent")  # fmt: skip
    assert code == 0 and "warning" in out
    assert {u.email for u in journal.suppression.unsubscribes()} == {"person1@gmail.com"}
    contact = sesv2.get_contact(ContactListName="bulk-mailer", EmailAddress="person0@gmail.com")
    assert contact["TopicPreferences"] == [
        {"TopicName": "newsletter", "SubscriptionStatus": "OPT_IN"}
    ]


class Recorder:
    """A transport that keeps the bytes it is given (the SMTP path's message)."""

    messages: list[bytes]

    def __init__(self, messages: list[bytes]) -> None:
        self.messages = messages

    def send(self, message: bytes, *, sender: str, recipient: str, tags: object) -> object:
        from mailer.transports.base import SendResult

        self.messages.append(message)
        return SendResult(message_id=f"m{len(self.messages)}")

    def close(self) -> None:
        return None


def test_ses_smtp_profiles_carry_the_list_header(tmp_path: Path) -> None:
    """SES's SMTP interface reads the audience from X-SES-LIST-MANAGEMENT-OPTIONS; the
    profile's own unsubscribe link is not added beside SES's."""
    from mailer.content.listmanagement import ListManagement
    from mailer.content.message import SenderSettings
    from mailer.content.recipients import load_recipients
    from mailer.content.templates import TemplateSet
    from mailer.sending.runner import CampaignRunner, Limits
    from mailer.service import create_campaign

    journal = Journal(tmp_path / "j.sqlite3")
    table = load_recipients(recipients(tmp_path / "l.csv", 2))
    cid = create_campaign(
        journal,
        name="smtp",
        table=table,
        template=TemplateSet.load(NEWSLETTER),
        sender=SenderSettings.parse(FROM, unsubscribe=["https://shop.example/u"]),
        profile=Profile(name="smtp", kind="smtp", smtp_host="email-smtp.us-east-1.amazonaws.com"),
        audience=ListManagement("bulk-mailer", "newsletter"),
    )
    messages: list[bytes] = []
    CampaignRunner(journal, cid, lambda: Recorder(messages), Limits(rate=0, daily=None)).run()  # type: ignore[arg-type,return-value]
    assert len(messages) == 2
    for raw in messages:
        message = message_from_bytes(raw)
        assert message["X-SES-LIST-MANAGEMENT-OPTIONS"] == "bulk-mailer; topic=newsletter"
        assert message.get_all("List-Unsubscribe") is None
        assert b"{{amazonSESUnsubscribeUrl}}" in raw


def test_bad_topic_name_is_refused_with_a_suggestion(
    world: SesShim, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "Sale alerts!")
    assert code == 2 and "'sale-alerts'" in out and "--display-name" in out
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "x" * 65)
    assert code == 2 and "65 characters" in out
    assert boto3.client("sesv2").list_contact_lists()["ContactLists"] == []


def test_more_than_twenty_audiences_is_refused(
    world: SesShim, capsys: pytest.CaptureFixture[str]
) -> None:
    topics = [
        {"TopicName": f"t{i}", "DisplayName": f"T{i}", "DefaultSubscriptionStatus": "OPT_IN"}
        for i in range(20)
    ]
    sesv2 = boto3.client("sesv2")
    sesv2.create_contact_list(ContactListName="bulk-mailer", Topics=topics)
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "extra")
    assert code == 2 and "20" in out
    assert len(sesv2.get_contact_list(ContactListName="bulk-mailer")["Topics"]) == 20


def test_a_list_made_outside_the_app_keeps_its_topics(
    world: SesShim, capsys: pytest.CaptureFixture[str]
) -> None:
    sesv2 = boto3.client("sesv2")
    sports = {
        "TopicName": "Sports",
        "DisplayName": "Sports news",
        "DefaultSubscriptionStatus": "OPT_OUT",
    }
    sesv2.create_contact_list(ContactListName="shop-list", Topics=[sports])
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "newsletter", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["contact_list"] == "shop-list"  # the account's one list, not a second
    assert [a["name"] for a in data["audiences"]] == ["Sports", "newsletter"]
    topics = sesv2.get_contact_list(ContactListName="shop-list")["Topics"]
    assert topics[0] == sports
    # A new display name for their topic keeps its default (OPT_OUT) as it was.
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "Sports",
                    "--display-name", "스포츠 소식")  # fmt: skip
    assert code == 0, out
    topics = sesv2.get_contact_list(ContactListName="shop-list")["Topics"]
    assert topics[0] == {**sports, "DisplayName": "스포츠 소식"}


def test_no_list_management_permission_says_which(
    world: SesShim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shim = world
    verified_domain(shim, capsys)
    shim.state.deny = {"ListContactLists", "CreateContactList"}
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "newsletter")
    assert code != 0 and "denied permission" in out and "ses:CreateContactList" in out
    people = recipients(tmp_path / "list.csv", 2)
    send = ("send", str(people), str(NEWSLETTER), "--profile", "ses", "--from", FROM)
    code, out = cli(capsys, *send, "--audience", "newsletter", "--no-advertising", "--yes")
    assert code != 0 and "denied permission" in out
    assert shim.state.sent == []  # nothing sent


def test_contacts_denied_mid_way_stops_resumably_and_sends_once(
    world: SesShim, tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    shim = world
    verified_domain(shim, capsys)
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "newsletter")
    assert code == 0, out
    shim.state.deny = {"CreateContact"}
    people = recipients(tmp_path / "list.csv", 3)
    send = ("send", str(people), str(NEWSLETTER), "--profile", "ses", "--from", FROM)
    code, out = cli(capsys, *send, "--audience", "newsletter", "--no-advertising", "--yes")
    assert code != 0 and "ses:CreateContact" in out
    assert shim.state.sent == []
    shim.state.deny = set()
    code, out = cli(capsys, "resume", "1", "--yes")
    assert code == 0, out
    assert sorted(r["Destination"]["ToAddresses"][0] for r in shim.state.sent) == [
        f"person{i}@gmail.com" for i in range(3)
    ]


def test_missing_easy_dkim_is_named_before_anything_is_sent(
    world: SesShim, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shim = world
    code, out = cli(capsys, "audiences", "--profile", "ses", "--create", "newsletter")
    assert code == 0, out
    people = recipients(tmp_path / "list.csv", 2)
    send = ("send", str(people), str(NEWSLETTER), "--profile", "ses", "--from", FROM)
    code, out = cli(capsys, *send, "--audience", "newsletter", "--no-advertising", "--yes")
    assert code == 2 and "Easy DKIM" in out and f"mailer verify {DOMAIN}" in out
    assert shim.state.sent == []


def test_check_warns_when_hundreds_of_gmail_yahoo_get_no_one_click(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = recipients(tmp_path / "many.csv", 301)
    announcement = ROOT / "templates" / "announcement"  # a mailto: unsubscribe only
    check = ("check", str(people), str(announcement), "--no-advertising")
    code, out = cli(capsys, *check)
    assert code == 0 and "warning: 301 Gmail/Yahoo recipients" in out
    assert "one_click: missing" in out
    code, out = cli(capsys, *check, "--audience", "newsletter")
    assert "warning: 301" not in out and "one_click: ok" in out
    code, out = cli(capsys, *check, "--advertising")
    assert "advertising: ok" in out and "consent: missing" in out


def test_the_account_suppression_list_is_shared_both_ways(
    world: SesShim, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """Several computers on one account share SES's account-level list (shimmed)."""
    shim = world
    shim.state.account_suppressed["elsewhere@x.com"] = "COMPLAINT"
    journal = Journal(data_dir / "journal.sqlite3")
    journal.suppression.add(["typo@x.com"], "added by hand")
    journal.suppression.add(["gone@x.com"], "hard bounce (General)")
    journal.suppression.unsubscribe([Unsubscribe("reader@x.com", "newsletter", 0.0, "ses-event")])
    code, out = cli(capsys, "suppressions", "--sync-account", "--profile", "ses")
    assert code == 0 and "2 sent up, 1 new from SES" in out, out
    assert shim.state.account_suppressed == {
        "elsewhere@x.com": "COMPLAINT",
        "typo@x.com": "BOUNCE",
        "gone@x.com": "BOUNCE",
    }  # the unsubscribe stays local (it is per audience)
    assert "elsewhere@x.com" in journal.suppression.addresses()
    code, out = cli(capsys, "suppressions", "--sync-account", "--profile", "ses")
    assert "0 sent up, 0 new from SES" in out  # idempotent
