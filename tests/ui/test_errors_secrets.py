"""The app's error reports carry no secret the core knows, in any echoed form."""

from __future__ import annotations

import base64
from typing import Any

from mailer.errors import AccountError
from mailer.redaction import register
from ui.errors import report_for, show_error


def test_crash_reports_and_message_boxes_mask_known_secrets(qapp: Any, boxes: Any) -> None:
    register("ui-Secret-51", user="ui-user")
    plain = base64.b64encode(b"\0ui-user\0ui-Secret-51").decode()
    bug = RuntimeError(f"server echoed AUTH PLAIN {plain} and ui-Secret-51")
    report = report_for(RuntimeError, bug, None)
    assert "RuntimeError" in report and plain not in report and "ui-Secret-51" not in report
    show_error(None, AccountError(f"530 refused {plain}"))
    assert boxes.texts() == ["530 refused ***"]
