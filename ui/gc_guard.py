"""Python's cycle collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate. When it frees a Qt object
(a dialog's helper, a task's signal carrier) on a pool thread, the object's destructor
takes Qt's connection lock and then waits for the GIL, while the UI thread holds the
GIL and waits for that lock: the app freezes. So automatic collection is off while the
app runs, and this timer collects on the UI thread instead (the pattern pyqtgraph uses).
Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations that are over their thresholds, as gc would."""
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            gc.collect(0)
            if counts[1] > self.threshold[1]:
                gc.collect(1)
                if counts[2] > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
