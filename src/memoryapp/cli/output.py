"""What the CLI prints: JSON for scripts, plain text for people, progress on stderr."""

import json
import sys
from typing import Any, TextIO

from memoryapp.core.progress import ProgressInfo


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    """Print ``data`` as UTF-8 JSON (stable key order, non-ASCII kept)."""
    out = stream or sys.stdout
    out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def counted(n: int, noun: str, plural: str = "") -> str:
    """``n`` with its English noun: "1 item", "3 items", "2 media files"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def say(text: str = "") -> None:
    """Print a line for a person."""
    print(text)


def warn(text: str) -> None:
    """Print a line to stderr."""
    print(text, file=sys.stderr)


class ProgressBar:
    """A one-line progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self._stream = stream or sys.stderr
        self._enabled = self._stream.isatty() if enabled is None else enabled
        self._last = ""

    def __call__(self, info: ProgressInfo) -> None:
        """Redraw the bar for ``info``."""
        if not self._enabled:
            return
        total = info.total or 0
        width = 30
        filled = int(width * info.done / total) if total else 0
        eta = "" if info.eta_s is None else f" ETA {_duration(info.eta_s)}"
        mb = info.bytes_done / 1e6
        line = (
            f"\r[{'#' * filled}{'.' * (width - filled)}] {info.done}/{total} files"
            f" {mb:.1f} MB {info.rate:.1f} files/s{eta}"
        )
        if line != self._last:
            self._stream.write(line.ljust(len(self._last)))
            self._stream.flush()
            self._last = line

    def finish(self) -> None:
        """End the bar's line."""
        if self._enabled and self._last:
            self._stream.write("\n")
            self._stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
