"""Cycle collection happens on the UI thread only (ui/gc_guard.py): a Qt object freed by
the collector on a pool thread deadlocked the UI thread (seen in the suite)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from ui.gc_guard import MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_no_automatic_collection_while_it_runs_and_the_ui_thread_collects(qtbot: Any) -> None:
    collector = MainThreadCollector(interval_ms=50)
    try:
        assert not gc.isenabled()
        freed = threading.Event()

        class Watched(Node):
            def __del__(self) -> None:
                freed.set()

        Watched()
        for _ in range(collector.threshold[0] + 10):  # enough allocations to be due
            Node()
        assert not freed.is_set()  # nothing collected it behind our back
        qtbot.waitUntil(freed.is_set, timeout=5000)  # the timer, on this thread
    finally:
        collector.stop()
    assert gc.isenabled()
