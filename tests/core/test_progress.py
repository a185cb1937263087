"""Rate and time left follow the recent pace, not the start-up (issue 16: ETA far off)."""

import pytest

from memoryapp.core.progress import ProgressClock


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_start_up_time_does_not_slow_the_estimate():
    time = FakeTime()
    clock = ProgressClock(20, now=time)
    clock.info(0, message="Starting")
    time.now = 4.0  # workers starting, first file opening
    info = clock.info(1)
    for n in range(2, 11):
        time.now = 4.0 + 0.1 * (n - 1)  # then ten files a second
        info = clock.info(n)
    assert info.rate == pytest.approx(10.0)
    assert info.eta_s == pytest.approx(1.0)  # not 4.6 s from the average since the start


def test_bytes_left_drive_the_estimate_when_files_differ_in_size():
    time = FakeTime()
    clock = ProgressClock(4, bytes_total=1000, now=time)
    clock.info(0)
    time.now = 1.0
    clock.info(1, bytes_done=100)
    time.now = 2.0
    info = clock.info(2, bytes_done=200)  # 100 bytes a second; 800 left, in 2 large files
    assert info.eta_s == 8.0


def test_first_report_falls_back_to_the_average():
    time = FakeTime()
    clock = ProgressClock(10, now=time)
    time.now = 2.0
    info = clock.info(1)
    assert info.rate == 0.5
    assert info.eta_s == 18.0
