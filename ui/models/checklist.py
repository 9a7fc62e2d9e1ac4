"""Words and colours for the SES set-up checklist, in the UI's language.

The core's ``Step.detail`` is English for the CLI; the app words each step from its
key, state and facts here. The English detail is shown only where it carries an error
text from AWS or DNS that the app cannot word itself (a failing call's reason).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mailer.states import CheckState, SetupStep

if TYPE_CHECKING:
    from mailer import Checklist, Step

CHECK_COLOURS: dict[CheckState, str] = {
    CheckState.OK: "#1f8a4c",
    CheckState.MISSING: "#b26a00",
    CheckState.WRONG: "#d64545",
    CheckState.UNREACHABLE: "#8a8a8a",
}


def state_word(state: CheckState) -> str:
    words = {
        CheckState.OK: QCoreApplication.translate("checklist", "done"),
        CheckState.MISSING: QCoreApplication.translate("checklist", "to do"),
        CheckState.WRONG: QCoreApplication.translate("checklist", "failing"),
        CheckState.UNREACHABLE: QCoreApplication.translate("checklist", "not checked"),
    }
    return words[state]


def step_title(key: SetupStep) -> str:
    titles = {
        SetupStep.CREDENTIALS: QCoreApplication.translate("checklist", "AWS credentials"),
        SetupStep.DOMAIN: QCoreApplication.translate("checklist", "Sending domain and DKIM"),
        SetupStep.MAIL_FROM: QCoreApplication.translate("checklist", "Custom MAIL FROM domain"),
        SetupStep.DMARC: QCoreApplication.translate("checklist", "DMARC record"),
        SetupStep.PRODUCTION: QCoreApplication.translate("checklist", "Production access"),
        SetupStep.TRACKING: QCoreApplication.translate("checklist", "Delivery tracking"),
        SetupStep.AUDIENCES: QCoreApplication.translate("checklist", "Audiences and unsubscribes"),
    }
    return titles[key]


def ses_status(status: str) -> str:
    """An SES status word (DKIM, MAIL FROM, review) in the UI's language."""
    words = {
        "SUCCESS": QCoreApplication.translate("checklist", "success"),
        "PENDING": QCoreApplication.translate("checklist", "waiting"),
        "FAILED": QCoreApplication.translate("checklist", "failed"),
        "TEMPORARY_FAILURE": QCoreApplication.translate("checklist", "temporary failure"),
        "NOT_STARTED": QCoreApplication.translate("checklist", "not started"),
        "GRANTED": QCoreApplication.translate("checklist", "granted"),
        "DENIED": QCoreApplication.translate("checklist", "denied"),
        "HEALTHY": QCoreApplication.translate("checklist", "healthy"),
        "PROBATION": QCoreApplication.translate("checklist", "on probation (under review)"),
        "SHUTDOWN": QCoreApplication.translate("checklist", "shut down (sending paused)"),
    }
    return words.get(status, status or "—")


def step_sentence(step: Step, *, credentials_ok: bool = True, domain: str = "-") -> str:
    """What the step's state means and what to do, from key + state + facts (``domain``:
    the checklist's sending domain, "" when there is none)."""
    facts, state, key = step.facts, step.state, step.key
    if state is CheckState.UNREACHABLE and key is not SetupStep.CREDENTIALS:
        if not credentials_ok:
            return QCoreApplication.translate(
                "checklist", "Not checked: the AWS credentials must work first."
            )
        if not domain and key in (SetupStep.MAIL_FROM, SetupStep.DMARC):
            return QCoreApplication.translate("checklist", "Needs a sending domain first.")
        return QCoreApplication.translate("checklist", "Could not be checked: %1").replace(
            "%1", step.detail
        )
    if key is SetupStep.CREDENTIALS:
        if state is CheckState.OK:
            return (
                QCoreApplication.translate("checklist", "Signed in to AWS account %1 as %2.")
                .replace("%1", str(facts.get("account", "")))
                .replace("%2", str(facts.get("arn", "")))
            )
        return QCoreApplication.translate(
            "checklist",
            "The credentials do not work: %1 Fix them in Settings > Account and profiles.",
        ).replace("%1", step.detail)
    if key is SetupStep.DOMAIN:
        return _domain(step)
    if key is SetupStep.MAIL_FROM:
        return _mail_from(step)
    if key is SetupStep.DMARC:
        if state is CheckState.OK:
            return QCoreApplication.translate("checklist", "DMARC record found: %1").replace(
                "%1", str(facts.get("found", ""))
            )
        if state is CheckState.WRONG:
            return QCoreApplication.translate(
                "checklist", "The DMARC record needs a fix: %1"
            ).replace("%1", step.detail)
        return QCoreApplication.translate(
            "checklist",
            "No DMARC record yet: publish the record below (p=none is enough for Gmail and Yahoo).",
        )
    if key is SetupStep.PRODUCTION:
        return _production(step)
    if key is SetupStep.AUDIENCES:
        return _audiences(step)
    if state is CheckState.OK:
        return QCoreApplication.translate(
            "checklist", "Delivery tracking is set up: bounces and complaints reach the app."
        )
    return QCoreApplication.translate(
        "checklist", "Tracking is not set up: bounces and complaints will not reach the app."
    )


def _audiences(step: Step) -> str:
    if step.state is CheckState.OK:
        names = ", ".join(
            f"{n} ({d})" if d and d != n else str(n)
            for n, d in zip(
                step.facts.get("audiences", []), step.facts.get("display_names", []), strict=False
            )
        )
        return (
            QCoreApplication.translate(
                "checklist",
                "Contact list %1 with the audiences %2: Amazon SES adds one-click unsubscribe "
                "to each campaign sent to one of them.",
            )
            .replace("%1", str(step.facts.get("contact_list", "")))
            .replace("%2", names)
        )
    if step.state is CheckState.WRONG:
        return QCoreApplication.translate(
            "checklist", "The audiences could not be read: %1"
        ).replace("%1", step.detail)
    return QCoreApplication.translate(
        "checklist",
        "No audience yet: create one (for example Newsletter) so Amazon SES adds one-click "
        "unsubscribe and hosts the unsubscribe page for you - no web server needed.",
    )


def _domain(step: Step) -> str:
    facts, state = step.facts, step.state
    domain = str(facts.get("domain", ""))
    if not domain:
        return QCoreApplication.translate(
            "checklist",
            "No sending domain: set a From address in the profile, or type the domain below.",
        )
    if state is CheckState.OK:
        return QCoreApplication.translate(
            "checklist", "%1 is verified and DKIM signs its mail."
        ).replace("%1", domain)
    if "dkim" not in facts:
        return QCoreApplication.translate(
            "checklist", "%1 is not an SES identity yet: create it below (Easy DKIM)."
        ).replace("%1", domain)
    status = ses_status(str(facts.get("dkim", "")))
    if state is CheckState.WRONG:
        return (
            QCoreApplication.translate(
                "checklist",
                "SES could not find the DKIM records of %1 (DKIM: %2): check the three CNAME "
                "records below; SES then checks again.",
            )
            .replace("%1", domain)
            .replace("%2", status)
        )
    return (
        QCoreApplication.translate(
            "checklist",
            "%1 waits for its DKIM records (DKIM: %2; %3 of %4 found in DNS): publish the "
            "CNAME records below. SES checks DNS by itself, usually within an hour.",
        )
        .replace("%1", domain)
        .replace("%2", status)
        .replace("%3", str(facts.get("found", 0)))
        .replace("%4", str(len(step.publish) or 3))
    )


def _mail_from(step: Step) -> str:
    facts, state = step.facts, step.state
    mail_from = str(facts.get("mail_from", ""))
    if not mail_from:
        if "domain" in facts:
            return QCoreApplication.translate(
                "checklist",
                "No custom MAIL FROM domain yet: set one (e.g. mail.%1) so SPF aligns with "
                "your From domain.",
            ).replace("%1", str(facts["domain"]))
        return QCoreApplication.translate(
            "checklist", "Create the domain identity first (the step above)."
        )
    if state is CheckState.OK:
        return QCoreApplication.translate(
            "checklist", "MAIL FROM %1: MX and SPF records found."
        ).replace("%1", mail_from)
    return (
        QCoreApplication.translate(
            "checklist", "MAIL FROM %1 (SES: %2): publish the MX and SPF records below."
        )
        .replace("%1", mail_from)
        .replace("%2", ses_status(str(facts.get("status", ""))))
    )


def _production(step: Step) -> str:
    facts, state = step.facts, step.state
    status, case = str(facts.get("status", "")), str(facts.get("case", ""))
    if state is CheckState.OK:
        return QCoreApplication.translate(
            "checklist", "The account has production access: it can send to anyone."
        )
    if state is CheckState.WRONG:
        return (
            QCoreApplication.translate(
                "checklist",
                "The production access request was %1 (case %2): read AWS's answer in the "
                "AWS Support Center, then ask again.",
            )
            .replace("%1", ses_status(status))
            .replace("%2", case)
        )
    if status in ("PENDING", "GRANTED"):
        return (
            QCoreApplication.translate(
                "checklist",
                "Production access requested (case %1): %2. AWS usually answers within a day.",
            )
            .replace("%1", case)
            .replace("%2", ses_status(status))
        )
    return QCoreApplication.translate(
        "checklist",
        "The account is in the SES sandbox: it sends only to verified addresses. Request "
        "production access.",
    )


def warnings(checklist: Checklist) -> list[Step]:
    """The steps a send should warn about: failing or still to do."""
    return [s for s in checklist.steps if s.state in (CheckState.WRONG, CheckState.MISSING)]


__all__ = ["CHECK_COLOURS", "ses_status", "state_word", "step_sentence", "step_title", "warnings"]
