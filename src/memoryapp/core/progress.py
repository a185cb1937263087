"""Progress reports and cancellation for long work, shared by the CLI and the GUI."""

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ProgressInfo:
    """A snapshot of a long job: counts, bytes, rate and an estimate of what is left.

    ``recent_s``, ``recent_done`` and ``recent_bytes`` are the work of the last few seconds
    (after the first unit finished): the rate and the time left follow that pace, so the
    start-up of a job (workers starting, the first file) does not make the estimate drag.
    """

    done: int
    total: int | None
    bytes_done: int = 0
    bytes_total: int | None = None
    elapsed_s: float = 0.0
    message: str = ""
    recent_s: float = 0.0
    recent_done: int = 0
    recent_bytes: int = 0

    @property
    def rate(self) -> float:
        """Files per second at the recent pace (else on average; 0 before any work)."""
        if self.recent_s > 0 and self.recent_done > 0:
            return self.recent_done / self.recent_s
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the recent pace, by bytes when sizes are known; None when unknown."""
        if self.total is None or self.done == 0 or self.elapsed_s <= 0:
            return None
        if self.bytes_total and self.recent_s > 0 and self.recent_bytes > 0:
            return max(self.bytes_total - self.bytes_done, 0) * self.recent_s / self.recent_bytes
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None


class Progress(Protocol):
    """A callback told how far a job has come."""

    def __call__(self, info: ProgressInfo) -> None:
        """Report how far the job has come."""
        ...


def no_progress(info: ProgressInfo) -> None:
    """Ignore progress."""


class CancelToken:
    """Set from any thread to ask a job to stop at its next safe point."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop."""
        self._event.set()

    @property
    def is_cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._event.is_set()


class ProgressClock:
    """Builds ProgressInfo values with elapsed time measured from construction.

    The recent pace is measured over the last ``WINDOW_S`` seconds of reports, counted from
    the first report after the start (so start-up time is left out of the rate).
    """

    WINDOW_S = 10.0

    def __init__(
        self,
        total: int | None,
        bytes_total: int | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._now = now
        self._start = now()
        self.total = total
        self.bytes_total = bytes_total
        self._samples: deque[tuple[float, int, int]] = deque()  # (time, done, bytes)
        self._started_at: int | None = None  # ``done`` of the first report

    def info(self, done: int, bytes_done: int = 0, message: str = "") -> ProgressInfo:
        """Return a snapshot for ``done`` files."""
        t = self._now()
        if self._started_at is None:
            self._started_at = done
        recent = (0.0, 0, 0)
        if done > self._started_at:
            samples = self._samples
            while len(samples) > 1 and t - samples[1][0] >= self.WINDOW_S:
                samples.popleft()
            if samples:
                t0, done0, bytes0 = samples[0]
                recent = (t - t0, done - done0, bytes_done - bytes0)
            samples.append((t, done, bytes_done))
        return ProgressInfo(
            done=done,
            total=self.total,
            bytes_done=bytes_done,
            bytes_total=self.bytes_total,
            elapsed_s=t - self._start,
            message=message,
            recent_s=recent[0],
            recent_done=recent[1],
            recent_bytes=recent[2],
        )
