"""`mailer report`: the same figures as the app, as text, JSON, CSV and PDF; and the
campaigns comparison. Events come through moto's SNS -> SQS and the real poller."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailer.aws.provision import TrackingResources
from mailer.cli.main import main
from mailer.settings import data_dir
from mailer.store.journal import Journal
from tests.mailer.aws.test_tracking import Aws, clients, resources  # noqa: F401 - fixtures
from tests.mailer.reports.fixtures import LINK_A, deliver_events, make_sent_campaign


@pytest.fixture
def campaign(tmp_path: Path, clients: Aws, resources: TrackingResources) -> int:  # noqa: F811
    journal = Journal(data_dir() / "journal.sqlite3")
    campaign_id = make_sent_campaign(tmp_path, journal)
    deliver_events(journal, resources, campaign_id, clients.sns)
    journal.close()
    return campaign_id


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_json(campaign: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", str(campaign), "--json")
    assert code == 0
    data = json.loads(out)
    figures = {k: v["count"] for k, v in data["figures"].items()}
    assert figures["sent"] == 9 and figures["delivered"] == 6
    assert figures["hard_bounced"] == 2 and figures["soft_bounced"] == 1
    assert (figures["opened_unique"], figures["opened_total"]) == (3, 4)
    assert (figures["clicked_unique"], figures["clicked_total"]) == (2, 4)
    assert figures["unsubscribed"] == 1 and figures["failed"] == 1
    assert data["figures"]["complained"]["review_level"] == 0.001
    assert data["links"][0]["url"] == LINK_A and data["cost"]["total_usd"] == 0.0009
    assert data["domains"][0]["group"] == "gmail.com"
    assert data["name"] == "11월 뉴스레터"


def test_report_text_and_csv(
    campaign: int, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    csv_path = tmp_path / "r.csv"
    code, out, _ = run(capsys, "report", str(campaign), "--csv", str(csv_path))
    assert code == 0
    assert "opened (unique)             3    50.0% of 6 delivered" in out
    assert "OVER SES's review level 5.0%" in out and "Opens are estimates" in out
    assert f"CSV written to {csv_path}" in out
    assert "hard_bounced,2,sent,9,22.22,5.00" in csv_path.read_text(encoding="utf-8-sig")


def test_report_pdf(campaign: int, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    code, _out, err = run(capsys, "report", str(campaign), "--pdf", str(pdf))
    assert code == 0, err
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data and b"/Subtype /Image" in data


def test_comparison_and_unknown_campaign(campaign: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert row["campaign"] == campaign and row["opened_rate"] == 0.5
    code, _, err = run(capsys, "report", "99")
    assert code != 0 and "99" in err and "Traceback" not in err
