"""Event-loop stalls of the app while a campaign sends at 500/s.

A real (offscreen) QApplication shows the live dashboard and a recipients table whose
rows are coloured as they change; ``ui.ops.send.SendController`` runs the campaign with
the fake transport at ``--rate`` sends per second. A 5 ms precise QTimer records the
gaps between its timeouts: a gap much above 5 ms is time the UI thread was busy.
Prints one JSON line: {"bench": "ui_stall", "rate", "p50_ms", "p99_ms", "max_ms",
"signals_per_s", "sent", "seconds", "cores", "date"}. Target: p99 under 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_stall.py [--rate 500] [--rows 3000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit, log, percentiles_ms, temp_data_dir, use_mailer_env, write_recipients

TICK_MS = 5


def run(rate: float, rows: int, data: Path) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QSplitter

    from mailer.content.message import SenderSettings
    from mailer.content.recipients import load_recipients
    from mailer.content.templates import TemplateSet
    from mailer.sending.runner import Limits
    from mailer.service import CampaignDraft
    from mailer.settings import Profile
    from mailer.transports.fake import FakeScript, fake_factory
    from ui.models.recipients import RecipientModel
    from ui.ops.send import SendController, SendRequest
    from ui.pages.send_dashboard import DashboardPanel
    from ui.widgets.recipient_view import RecipientView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    table = load_recipients(write_recipients(data / "list.csv", rows))
    template = TemplateSet.load(Path(__file__).resolve().parent.parent / "templates" / "newsletter")
    model = RecipientModel()
    model.set_table(table)
    view = RecipientView()
    view.setModel(model)
    dashboard = DashboardPanel()
    window = QSplitter(Qt.Orientation.Vertical)
    window.addWidget(dashboard)
    window.addWidget(view)
    window.resize(1180, 900)
    window.show()

    script = FakeScript()
    new = CampaignDraft(
        "bench",
        table,
        template,
        SenderSettings.parse("Bench <bench@example.com>"),
        Profile(outbox_dir=str(data / "outbox")),
    )
    request = SendRequest(
        new=new, transport_factory=fake_factory(script), limits=Limits(rate=rate, daily=None)
    )
    controller = SendController(request)
    dashboard.begin("bench")
    signals = 0
    sending_since: list[float] = []

    def progress(p: Any) -> None:
        nonlocal signals
        signals += 1
        if not sending_since and p.sent:
            sending_since.append(time.perf_counter())
        dashboard.show_progress(p)
        model.set_row_states(list(p.changes))

    controller.progress.connect(progress)
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=TICK_MS)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)

    def tick() -> None:
        if sending_since:  # measure while sending, not while the campaign is created
            gaps.append(clock.nsecsElapsed() / 1e9)
        clock.restart()

    ticker.timeout.connect(tick)
    ended: list[float] = []

    def finished(_final: Any) -> None:
        ended.append(time.perf_counter())
        app.quit()

    def failed(message: str) -> None:
        log(message)
        app.quit()

    controller.finished.connect(finished)
    controller.failed.connect(failed)
    clock.start()
    ticker.start()
    controller.start()
    app.exec()
    ticker.stop()
    seconds = (ended[0] - sending_since[0]) if ended and sending_since else 0.0
    final = controller.last
    stalls = percentiles_ms(gaps)
    return {
        "rate": rate,
        "p50_ms": stalls["p50"],
        "p99_ms": stalls["p99"],
        "max_ms": stalls["max"],
        "signals_per_s": round(signals / seconds, 2) if seconds else 0.0,
        "sent": final.sent if final else 0,
        "seconds": round(seconds, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=500)
    parser.add_argument("--rows", type=int, default=3000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with temp_data_dir("bench-ui-") as data:
        use_mailer_env(data)
        log(f"sending {args.rows} at {args.rate}/s through ui.ops.send")
        result = run(args.rate, args.rows, data)
    emit("ui_stall", **result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
