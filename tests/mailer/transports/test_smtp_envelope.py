"""SMTP envelopes with internationalised addresses, against aiosmtpd with and without
SMTPUTF8 (issue 17, item 2): IDN domains go as punycode, a non-ASCII local part only to
a server that takes it; nothing crashes a worker, nothing is left ``sending``."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import AccountError, RecipientRejected
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.service import create_campaign
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports import make_transport_factory
from mailer.transports.smtp import SmtpConfig, SmtpTransport
from tests.mailer.campaign_fixtures import write_template
from tests.mailer.transports.test_smtp_transport import MESSAGE, Handler, Server, free_port


class EnvelopeHandler(Handler):
    """Keeps each accepted envelope: (MAIL FROM, RCPT TO list, SMTPUTF8 asked)."""

    def __init__(self) -> None:
        super().__init__()
        self.envelopes: list[tuple[str, list[str], bool]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        utf8 = "SMTPUTF8" in [o.upper() for o in envelope.mail_options]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), utf8))
        return await super().handle_DATA(server, session, envelope)


@contextlib.contextmanager
def server(*, smtputf8: bool) -> Iterator[Server]:
    s = Server(free_port(), EnvelopeHandler(), kwargs={"enable_SMTPUTF8": smtputf8})
    s.start()
    try:
        yield s
    finally:
        s.stop()


def transport(s: Server) -> SmtpTransport:
    return SmtpTransport(SmtpConfig(host="127.0.0.1", port=s.port, security="none", timeout=5))


def envelopes(s: Server) -> list[tuple[str, list[str], bool]]:
    handler = s.handler
    assert isinstance(handler, EnvelopeHandler)
    return handler.envelopes


@pytest.mark.parametrize("smtputf8", [False, True])
def test_idn_domains_go_as_punycode(smtputf8: bool) -> None:
    with server(smtputf8=smtputf8) as s:
        t = transport(s)
        t.send(MESSAGE, sender="news@bücher.de", recipient="kunde@faß.de", tags={})
        t.close()
        assert envelopes(s) == [("news@xn--bcher-kva.de", ["kunde@xn--fa-hia.de"], False)]


def test_non_ascii_local_part_without_smtputf8_fails_that_row_only() -> None:
    with server(smtputf8=False) as s:
        t = transport(s)
        with pytest.raises(RecipientRejected, match=r"no SMTPUTF8.*nothing was sent to 김@"):
            t.send(MESSAGE, sender="news@example.com", recipient="김@example.com", tags={})
        # The connection is still good for the next recipient.
        t.send(MESSAGE, sender="news@example.com", recipient="lee@example.com", tags={})
        t.close()
        assert envelopes(s) == [("news@example.com", ["lee@example.com"], False)]


def test_non_ascii_sender_without_smtputf8_is_an_account_error() -> None:
    with server(smtputf8=False) as s:
        t = transport(s)
        with pytest.raises(AccountError, match=r"the sender 뉴스@example\.com"):
            t.send(MESSAGE, sender="뉴스@example.com", recipient="lee@example.com", tags={})
        t.close()


def test_non_ascii_local_part_with_smtputf8_is_sent_with_it() -> None:
    with server(smtputf8=True) as s:
        t = transport(s)
        t.send(MESSAGE, sender="news@example.com", recipient="김@bücher.de", tags={})
        t.close()
        assert envelopes(s) == [("news@example.com", ["김@xn--bcher-kva.de"], True)]


def test_campaign_to_idn_recipients_over_smtp_without_smtputf8(tmp_path: Path) -> None:
    """The issue's run: every row ends sent or failed with a reason (no worker crash, no
    row left sending); the IDN From gives an ASCII Message-ID at send, as in preview."""
    recipients = tmp_path / "r.csv"
    with open(recipients, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "email"])
        w.writerows([["A", "user@bücher.de"], ["B", "김@example.com"], ["C", "c@example.com"]])
    journal = Journal(tmp_path / "journal.sqlite3")
    with server(smtputf8=False) as s:
        profile = Profile(
            name="local", kind="smtp", smtp_host="127.0.0.1", smtp_port=s.port, smtp_security="none"
        )
        cid = create_campaign(
            journal,
            name="idn",
            table=load_recipients(recipients),
            template=TemplateSet.load(write_template(tmp_path / "tpl" / "t")),
            sender=SenderSettings.parse("News <news@bücher.de>"),
            profile=profile,
        )
        runner = CampaignRunner(
            journal,
            cid,
            make_transport_factory(profile, concurrency=1),
            Limits(rate=0, daily=None),
            RunOptions(concurrency=1),
        )
        result = runner.run()
        got = envelopes(s)
    assert result.status == "finished"
    assert result.counts["sent"] == 2 and result.counts["failed"] == 1
    assert result.counts["sending"] == 0 and result.counts["unknown"] == 0
    assert [rcpt for _, rcpt, _ in got] == [["user@xn--bcher-kva.de"], ["c@example.com"]]
    assert {mail_from for mail_from, _, _ in got} == {"news@xn--bcher-kva.de"}
    rows = journal.rows.page(cid)
    assert "characters other than ASCII before the @" in rows[1].error
    received = s.handler.received[0]
    assert b"@xn--bcher-kva.de>" in received.split(b"Message-ID: ", 1)[1].split(b"\r\n")[0]
    journal.close()
