"""Progress reports and cancellation for long work, shared by the CLI and the GUI."""

import threading
import time
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ProgressInfo:
    """A snapshot of a long job: counts, bytes, rate and an estimate of what is left."""

    done: int
    total: int | None
    bytes_done: int = 0
    bytes_total: int | None = None
    elapsed_s: float = 0.0
    message: str = ""

    @property
    def rate(self) -> float:
        """Files per second so far (0 before the first second of work)."""
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the current rate, or None when unknown."""
        if self.total is None or self.done == 0 or self.elapsed_s <= 0:
            return None
        return (self.total - self.done) / self.rate


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
    """Builds ProgressInfo values with elapsed time measured from construction."""

    def __init__(self, total: int | None, bytes_total: int | None = None) -> None:
        self._start = time.monotonic()
        self.total = total
        self.bytes_total = bytes_total

    def info(self, done: int, bytes_done: int = 0, message: str = "") -> ProgressInfo:
        """Return a snapshot for ``done`` files."""
        return ProgressInfo(
            done=done,
            total=self.total,
            bytes_done=bytes_done,
            bytes_total=self.bytes_total,
            elapsed_s=time.monotonic() - self._start,
            message=message,
        )
