"""Prompter GIL hand-offs while a paced campaign runs (see prompt_gil_hand_offs)."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

# While a paced campaign runs, the GIL changes hands after at most 1 ms instead of
# Python's 5 ms: a worker whose rate slot has come gets the interpreter back sooner,
# so requests reach the service closer to their slots (at 500/s over SES the largest
# slot-to-arrival delay fell from 10-20 ms to about 5 ms). The rate guard now counts a
# request from when it leaves (throttle.RateLimiter.left), so a late one costs pace,
# not a throttle; what is left between that moment and the write still waits for
# the GIL, and that must stay under the guard's margin. Process-wide, so it is
# counted: the last paced run to end restores it.
GIL_SWITCH_INTERVAL = 0.001
_switch_lock = threading.Lock()
_switch_users = 0
_switch_saved = 0.0


@contextlib.contextmanager
def prompt_gil_hand_offs(enabled: bool) -> Iterator[None]:
    global _switch_users, _switch_saved
    if not enabled:
        yield
        return
    with _switch_lock:
        if _switch_users == 0:
            _switch_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_saved, GIL_SWITCH_INTERVAL))
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_saved)
