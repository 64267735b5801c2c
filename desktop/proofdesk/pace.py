"""How fast a long task goes (an import): items per second since it started, and the time left at that rate."""

from __future__ import annotations

import time


class Pace:
    """How fast an import goes: files per second since it started, and the time left at that rate."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    def of(self, done: int, total: int) -> tuple[float, str]:
        """Files per second, and the time left as `m:ss` (`h:mm:ss`), "" before a rate is known."""
        elapsed = time.monotonic() - self.started
        if done <= 0 or elapsed <= 0:
            return 0.0, ""
        rate = done / elapsed
        left = round(max(total - done, 0) / rate)
        hours, rest = divmod(left, 3600)
        return rate, f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
