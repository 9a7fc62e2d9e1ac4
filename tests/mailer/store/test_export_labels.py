"""The results CSV with labels (the app in Korean): the state code column stays as it is
and a label column follows it; headers and reasons are in the labels' words. Without
labels the file is what `mailer export` always wrote (issue 16, item 15)."""

from __future__ import annotations

import csv
from pathlib import Path

from mailer import service
from mailer.errors import ErrorCode, RecipientRejected
from mailer.sending.runner import CampaignRunner, Limits
from mailer.service import EXPORT_HEADER, ExportLabels
from mailer.states import Reason, RowState
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign

WORDS = {"sent": "보냄", "failed": "실패"}


def _labels() -> ExportLabels:
    def error(text: str, why: Reason) -> str:
        return f"[{why.get('error_code')}]" if why else text

    headers = {name: name.upper() for name in (*EXPORT_HEADER, "state_label")}
    return ExportLabels(headers=headers, state=lambda s: WORDS.get(s, s), error=error)


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_labels_add_a_column_and_keep_the_codes(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    script = FakeScript()
    refused = RecipientRejected(
        "smtp answered 550 for user1@example.com.",
        code=ErrorCode.RECIPIENT_REJECTED,
        params={"where": "smtp", "recipient": "user1@example.com", "reply": "550"},
    )
    script.fail("user1@example.com", refused)
    CampaignRunner(journal, cid, fake_factory(script), Limits(0, None)).run()

    plain, labelled = tmp_path / "plain.csv", tmp_path / "labelled.csv"
    service.export_results(journal, cid, plain)
    service.export_results(journal, cid, labelled, _labels())
    before, after = _read(plain), _read(labelled)
    assert before[0][: len(EXPORT_HEADER)] == list(EXPORT_HEADER)
    assert after[0][:5] == ["LINE", "RECIPIENT", "STATE", "STATE_LABEL", "MESSAGE_ID"]
    assert [r[2] for r in before[1:]] == [r[2] for r in after[1:]]  # codes unchanged
    assert [r[2] for r in after[1:]] == [RowState.SENT, RowState.FAILED, RowState.SENT]
    assert [r[3] for r in after[1:]] == ["보냄", "실패", "보냄"]
    assert before[2][4] == "smtp answered 550 for user1@example.com."  # the CLI's English
    assert after[2][5] == "[recipient_rejected]"  # the app's words, from the code
    assert len(after[1]) == len(before[1]) + 1
