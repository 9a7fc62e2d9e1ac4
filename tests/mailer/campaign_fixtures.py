"""Helpers that build a real campaign (real CSV, template folder, SQLite journal)."""

from __future__ import annotations

import csv
from pathlib import Path

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.service import create_campaign
from mailer.settings import Profile
from mailer.store.journal import Journal


def write_recipients(path: Path, n: int, *, domain: str = "example.com") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "email", "city", "plan"])
        for i in range(n):
            w.writerow([f"사용자 {i}", f"user{i}@{domain}", "서울", "free"])
    return path


def write_template(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "subject.txt").write_text("안녕하세요 {{ name }}", encoding="utf-8")
    (folder / "body.txt").write_text(
        "Hello {{ name }}, this is for {{ email }}.\n", encoding="utf-8"
    )
    return folder


def make_campaign(tmp: Path, journal: Journal, n: int, *, profile: Profile | None = None) -> int:
    tmp.mkdir(parents=True, exist_ok=True)
    table = load_recipients(
        write_recipients(tmp / f"list-{n}.csv", n), suppressed=journal.suppression.addresses()
    )
    template = TemplateSet.load(write_template(tmp / "tpl" / "plain"))
    return create_campaign(
        journal,
        name="test",
        table=table,
        template=template,
        sender=SenderSettings.parse("Test Sender <sender@example.com>"),
        profile=profile or Profile(kind="outbox", outbox_dir=str(tmp / "outbox")),
    )
