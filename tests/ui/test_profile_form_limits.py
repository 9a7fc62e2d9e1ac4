"""Issue 16, item 3: the profile form shows the same limit defaults as `mailer send
--help`: unset limits are the transport's (outbox and SMTP: none; an SES SMTP endpoint:
the account's), and "no limit" is a choice of its own."""

from __future__ import annotations

from typing import Any

from mailer.settings import Profile
from ui.dialogs.profile_form import ProfileForm


def _form(qtbot: Any, profile: Profile) -> ProfileForm:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(profile)
    return form


def test_a_new_profile_keeps_the_transport_defaults(qtbot: Any) -> None:
    form = _form(qtbot, Profile())
    assert form.default_limits.isChecked() and not form.rate.isEnabled()
    assert form.default_note.text() == "Default: no rate limit and no daily limit (a rehearsal)."
    assert (form.profile().rate, form.profile().daily) == (None, None)
    form.kind.setCurrentIndex(form.kind.findData("smtp"))
    form.smtp_host.setText("mail.example.com")
    assert form.default_note.text() == "Default: no rate limit and no daily limit."
    form.smtp_host.setText("email-smtp.ap-northeast-2.amazonaws.com")
    assert "Amazon SES account" in form.default_note.text()
    assert "1 a second and 200 a day" in form.default_note.text()


def test_own_limits_and_an_explicit_no_limit(qtbot: Any) -> None:
    form = _form(qtbot, Profile(name="own", kind="smtp", smtp_host="mail.example.com"))
    form.default_limits.setChecked(False)
    assert form.rate.isEnabled() and form.daily_unlimited.isChecked()
    form.rate.setValue(5)
    assert (form.profile().rate, form.profile().daily) == (5.0, 0)  # 0: no daily cap
    form.daily_unlimited.setChecked(False)
    form.daily.setValue(1000)
    assert (form.profile().rate, form.profile().daily) == (5.0, 1000)
    again = _form(qtbot, form.profile())
    assert not again.default_limits.isChecked()
    assert (again.rate.value(), again.daily.value()) == (5.0, 1000)
