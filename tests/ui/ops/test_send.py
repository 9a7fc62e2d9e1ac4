"""The send worker: whole runs, batching, control, errors."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from mailer.errors import AccountError
from mailer.sending.progress import Progress
from mailer.settings import data_dir
from mailer.states import describe
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript
from tests.ui.send_fixtures import new_request
from ui.ops.send import ProgressBuffer, SendController, SendRequest


def collect(controller: SendController) -> tuple[list[Progress], dict[int, str]]:
    seen: list[Progress] = []
    rows: dict[int, str] = {}

    def got(p: Progress) -> None:
        seen.append(p)
        rows.update(p.changes)

    controller.progress.connect(got)
    return seen, rows


def test_buffer_merges_changes_and_keeps_the_newest() -> None:
    buffer = ProgressBuffer()
    assert buffer.take() is None
    base = dict(campaign_id=1, counts={}, total=3, rate=0.0, max_rate=0.0, eta_seconds=None)
    buffer.push(Progress(status="running", changes=((0, "sending"), (1, "sending")), **base))
    buffer.push(Progress(status="paused", changes=((0, "sent"),), **base))
    taken = buffer.take()
    assert taken is not None and taken.status == "paused"
    assert dict(taken.changes) == {0: "sent", 1: "sending"}
    assert buffer.take() is None


def test_whole_send_finishes_and_reports_every_row(qtbot: Any, tmp_path: Path) -> None:
    script = FakeScript()
    controller = SendController(new_request(tmp_path, 120, script))
    _seen, rows = collect(controller)
    with qtbot.waitSignal(controller.finished, timeout=20_000) as finished:
        controller.start()
    final: Progress = finished.args[0]
    assert final.status == "finished"
    assert final.sent == 120 and final.remaining == 0
    assert controller.campaign_id is not None
    assert rows == {i: "sent" for i in range(120)}
    assert len(script.sent) == 120


def test_at_most_ten_signals_a_second_at_500_per_second(qtbot: Any, tmp_path: Path) -> None:
    script = FakeScript()
    controller = SendController(new_request(tmp_path, 800, script, rate=500))
    seen, rows = collect(controller)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        started = time.monotonic()
        controller.start()
    elapsed = time.monotonic() - started
    assert elapsed > 1.0  # really paced at about 500/s
    assert len(seen) <= 11 * elapsed + 2, (len(seen), elapsed)
    journal = Journal(data_dir() / "journal.sqlite3")
    assert controller.campaign_id is not None
    stored = {r.idx: r.state for r in journal.rows.page(controller.campaign_id)}
    journal.close()
    assert rows == stored  # not one row change lost on the way


def test_pause_resume_cancel(qtbot: Any, tmp_path: Path) -> None:
    controller = SendController(new_request(tmp_path, 400, FakeScript(), rate=40))
    seen, _rows = collect(controller)
    controller.start()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].sent > 3, timeout=10_000)
    controller.pause()
    qtbot.waitUntil(lambda: seen[-1].status == "paused", timeout=5_000)
    paused_at = seen[-1].sent
    qtbot.wait(300)
    assert seen[-1].sent <= paused_at + 4  # at most the sends already under way
    controller.resume()
    qtbot.waitUntil(lambda: seen[-1].status == "running" and seen[-1].sent > paused_at + 4)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.cancel()
    final: Progress = finished.args[0]
    assert final.status == "cancelled"
    assert 0 < final.counts["pending"] < 400


def test_account_error_stops_resumably(qtbot: Any, tmp_path: Path) -> None:
    script = FakeScript()
    script.fail("user5@example.com", AccountError("Sending is paused for this account."))
    controller = SendController(new_request(tmp_path, 50, script))
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.start()
    final: Progress = finished.args[0]
    assert final.status == "stopped"
    assert "Sending is paused" in describe(final.reason)
    assert final.counts["pending"] > 0


def test_a_missing_campaign_fails_with_the_core_sentence(qtbot: Any) -> None:
    controller = SendController(SendRequest(campaign_id=999))
    with qtbot.waitSignal(controller.failed, timeout=10_000) as failed:
        controller.start()
    assert "There is no campaign 999" in failed.args[0]
    assert not controller.running


def test_cancel_before_the_runner_exists_still_ends_cleanly(qtbot: Any, tmp_path: Path) -> None:
    controller = SendController(new_request(tmp_path, 30, FakeScript(), rate=5))
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.start()
        controller.cancel()  # usually lands while the campaign is still being created
    final: Progress = finished.args[0]
    assert final.status == "cancelled"
    assert final.sent <= 1
