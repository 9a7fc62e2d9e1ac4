"""Worker side of the editor's live preview: load the template with the unsaved text
and build one recipient's message exactly as the preview dialog does.

Runs on the thread pool (ui.ops.tasks.run_task); the editor sends the text of every
changed file, the core loads the folder as if it were saved (mailer.service.load_draft)
and renders the chosen row. Without a recipients file, each variable shows as its own
name in braces, so a new template can be written before the list exists.
"""

from __future__ import annotations

import email
import email.policy
import json
import keyword
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mailer.states import Reason, RowStatus
from ui.dialogs.preview_dialog import PLACEHOLDER_SENDER, BuiltPreview, build_preview

if TYPE_CHECKING:
    from mailer import RecipientTable, SenderSettings, TemplateSet

SAMPLE_ADDRESS = "recipient@example.com"
# "<folder>/<file>, line N" as the core's TemplateError messages name a place.
_PLACE = re.compile(r"(?P<file>[^\s,:][^,:]*?), line (?P<line>\d+)")


# Names Jinja reads as something else than a variable: inserted as row["..."].
_JINJA_WORDS = {"true", "false", "none", "True", "False", "None", "and", "or", "not", "in"}
_JINJA_WORDS |= {"is", "if", "else", "loop", "self", "row", "recursive", "with", "without"}


def variable_expression(name: str) -> str:
    """What inserting a column writes: ``{{ name }}``, or ``{{ row["name"] }}`` for a
    column that is not a plain identifier (spaces, dashes, a keyword...)."""
    if name.isidentifier() and not keyword.iskeyword(name) and name not in _JINJA_WORDS:
        return "{{ " + name + " }}"
    return "{{ row[" + json.dumps(name, ensure_ascii=False) + "] }}"


@dataclass(frozen=True)
class DraftPreview:
    template: TemplateSet
    built: BuiltPreview | None  # None: the row is skipped, nothing is rendered for it
    sample: bool  # rendered with placeholder values (no recipients file)
    row: int = -1
    status: str = RowStatus.VALID
    reason: Reason = field(default_factory=Reason)


def sample_row(template: TemplateSet) -> dict[str, str]:
    """Each variable the template uses, filled with its own name: {name}."""
    names = set().union(*template.variables().values()) - {"row", "email", "unsubscribe_url"}
    return {name: "{" + name + "}" for name in sorted(names)}


def build_sample(template: TemplateSet, sender: SenderSettings | None) -> BuiltPreview:
    from mailer import SenderSettings, build_message

    unsubscribe = (sender.unsubscribe or None) if sender is not None else None
    rendered = template.render(sample_row(template), unsubscribe=unsubscribe, email=SAMPLE_ADDRESS)
    data = build_message(
        rendered, to=SAMPLE_ADDRESS, sender=sender or SenderSettings(from_addr=PLACEHOLDER_SENDER)
    )
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    return BuiltPreview(
        row=-1,
        message=data,
        from_header=str(parsed.get("From", "")),
        to_header=str(parsed.get("To", "")),
        subject=str(parsed.get("Subject", "")),
        text=rendered.text,
        html=rendered.preview_html(),  # embedded (cid:) images as data: URIs
        status=str(RowStatus.VALID),
        reason=Reason(),
    )


def render_draft(
    folder: Path,
    edits: Mapping[str, str],
    table: RecipientTable | None,
    sender: SenderSettings | None,
    row: int,
    _cancel: threading.Event,
) -> DraftPreview:
    """Load ``folder`` with ``edits`` (file name -> text) and build row ``row``."""
    from mailer.service import load_draft

    template = load_draft(folder, edits)
    try:
        if table is None or len(table) == 0:
            return DraftPreview(template, build_sample(template, sender), sample=True)
        row = min(max(row, 0), len(table) - 1)
        status, reason = table.statuses[row], table.reasons[row]
        if status is not RowStatus.VALID:  # as the preview dialog: a skipped row: no message
            return DraftPreview(template, None, False, row, status, reason)
        built = build_preview(table, template, sender, row)
        return DraftPreview(template, built, False, row, status, reason)
    except Exception as exc:
        raise DraftRenderFailed(exc, template) from exc


class DraftRenderFailed(Exception):
    """The draft loaded but did not render (an undefined variable): the page still shows
    the draft's variables, the missing one flagged, beside the error."""

    def __init__(self, error: BaseException, template: TemplateSet) -> None:
        super().__init__(str(error))
        self.error = error
        self.template = template


def error_place(message: str, folder_name: str) -> tuple[str, int] | None:
    """(file name in the folder, line) named by an error message, or None.

    The core writes sources as "<folder name>/<file>"; a layout outside the folder
    keeps its root-relative name (``_layouts/base.html``)."""
    found = None
    for match in _PLACE.finditer(message):
        found = match  # the last place named is the innermost
    if found is None:
        return None
    name = found.group("file").strip()
    return name.removeprefix(f"{folder_name}/"), int(found.group("line"))


def derived_text(
    folder: Path, edits: Mapping[str, str], sender: SenderSettings | None, _cancel: threading.Event
) -> str:
    """A starting point for a hand-written body.txt: the text part derived from the
    HTML (as sent when there is no body.txt), with the variables put back as Jinja."""
    from mailer.service import load_draft

    template = load_draft(folder, {k: v for k, v in edits.items() if k != "body.txt"})
    text = build_sample(template, sender).text
    for name in sample_row(template):
        text = text.replace("{" + name + "}", variable_expression(name))
    return text.replace(SAMPLE_ADDRESS, "{{ email }}")
