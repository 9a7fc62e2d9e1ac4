"""Review & send: the SES audience choice, the advertising box and the Gmail/Yahoo
bulk-sender warnings (issue 13, items 4, 5 and 7)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from mailer.aws.account import AccountLimits
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.settings import Profile
from ui.pages.send_review import ReviewPanel, compute_review

ROOT = Path(__file__).resolve().parents[2]


def test_hundreds_of_gmail_without_one_click_warn_until_an_audience_is_chosen(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")  # a Korean user: advertising on by default
    path = tmp_path / "r.csv"
    rows = "".join(f"고객,p{i}@gmail.com,서울,free\n" for i in range(301))
    path.write_text("name,email,city,plan\n" + rows, encoding="utf-8")
    table = load_recipients(path)
    template = TemplateSet.load(ROOT / "templates" / "announcement")  # mailto only
    sender = SenderSettings.parse("Shop <news@gmail.com>")
    review = compute_review(
        table, template, Profile(), AccountLimits(0, None, 0, True), [], threading.Event(), sender
    )
    profile = Profile(name="ses", kind="ses", region="us-east-1")
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, profile)
    panel.show_audiences(profile, [])
    text = panel.bulk_warnings.text()
    assert not panel.bulk_warnings.isHidden()
    assert "301 recipients at Gmail or Yahoo" in text and "gmail.com is a free-mail" in text
    assert panel.advertising.isChecked() and "two years" in text
    panel.show_audiences(profile, [("newsletter", "뉴스레터")])
    assert panel.chosen_audience() == "newsletter"
    assert panel.audience.currentText() == "뉴스레터 (newsletter)"
    assert "Gmail or Yahoo" not in panel.bulk_warnings.text()
    panel.advertising.setChecked(False)
    assert "two years" not in panel.bulk_warnings.text()


def test_unsubscribed_rows_say_from_what_and_since_when(qapp: Any) -> None:
    from mailer.states import Reason, ReasonCode
    from ui.models.states import reason_label

    topic = Reason(ReasonCode.UNSUBSCRIBED, {"topic": "newsletter", "since": "2026-12-01"})
    assert reason_label(topic) == "unsubscribed from newsletter (2026-12-01)"
    assert reason_label(Reason(ReasonCode.UNSUBSCRIBED, {})) == "unsubscribed from everything"


def test_profile_form_keeps_the_advertising_settings(qtbot: Any) -> None:
    from ui.dialogs.profile_form import ProfileForm

    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(Profile(name="shop", advertising="on", consent_confirmed="2026-01-02"))
    assert form.advertising.currentData() == "on"
    assert form.consent_confirmed.text() == "2026-01-02"
    form.advertising.setCurrentIndex(form.advertising.findData("off"))
    form.consent_confirmed.setText("2026-12-01")
    saved = form.profile()
    assert (saved.advertising, saved.consent_confirmed) == ("off", "2026-12-01")
