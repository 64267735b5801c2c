"""An import's pace: files per second since it started and the time left at that rate."""

from __future__ import annotations

import pytest

from proofdesk.pace import Pace


def test_rate_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr("proofdesk.pace.time.monotonic", lambda: now[0])
    measured = Pace()
    assert measured.of(0, 100) == (0.0, "")  # nothing done yet: no rate
    now[0] = 110.0
    assert measured.of(20, 100) == (2.0, "0:40")
    assert measured.of(20, 7420) == (2.0, "1:01:40")
    assert measured.of(100, 100) == (10.0, "0:00")
