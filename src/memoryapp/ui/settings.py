"""UiSettings: a typed wrapper over an injected QSettings (UI state only).

What travels with a collection (tags, names, privacy defaults) lives in the collection; this
holds only the window layout, the recent collections, the thumbnail size and the UI language.
Tests pass ``QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)``.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

_LAST = "collections/last"
_RECENT = "collections/recent"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_THUMB = "view/thumbnail_size"
_TIMELINE = "view/timeline"
_LANGUAGE = "ui/language"
_USER_NAME = "history/user_name"
_SLIDESHOW = "viewer/slideshow_seconds"
_DETECT_FACES = "faces/detect_after_import"
_READ_TEXT = "ocr/read_after_import"

MAX_RECENT = 8
THUMB_SIZES = (96, 144, 192, 256)
DEFAULT_THUMB = 144
DEFAULT_SLIDESHOW = 4
SLIDESHOW_RANGE = (1, 60)  # seconds per picture in the viewer's slideshow


class UiSettings:
    """Window layout and recent collections; what travels with a collection lives in it."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._s.sync()

    @property
    def last_collection(self) -> Path | None:
        """The collection opened last, if any."""
        value = self._s.value(_LAST, "", type=str)
        return Path(str(value)) if value else None

    @last_collection.setter
    def last_collection(self, path: Path) -> None:
        self._s.setValue(_LAST, str(path))
        self.add_recent(path)

    @property
    def recent_collections(self) -> list[Path]:
        """Collections opened lately, newest first (at most ``MAX_RECENT``)."""
        value = self._s.value(_RECENT, [], type=list)
        return [Path(str(v)) for v in value if v] if isinstance(value, list) else []

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list."""
        paths = [p for p in self.recent_collections if p != path]
        self._s.setValue(_RECENT, [str(p) for p in [path, *paths][:MAX_RECENT]])

    def forget_recent(self, path: Path) -> None:
        """Drop ``path`` from the recent list (it was moved or deleted)."""
        self._s.setValue(_RECENT, [str(p) for p in self.recent_collections if p != path])

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        return self._bytes(_GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's toolbars and docks (QMainWindow.saveState)."""
        return self._bytes(_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue(_STATE, value)

    @property
    def splitter(self) -> QByteArray | None:
        """The sizes of the sidebar, the grid and the details panel."""
        return self._bytes(_SPLITTER)

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._s.setValue(_SPLITTER, value)

    @property
    def thumbnail_size(self) -> int:
        """Longest side of the grid's thumbnails, in pixels (one of ``THUMB_SIZES``)."""
        raw = self._s.value(_THUMB, DEFAULT_THUMB, type=int)
        value = raw if isinstance(raw, int) else DEFAULT_THUMB
        return value if value in THUMB_SIZES else DEFAULT_THUMB

    @thumbnail_size.setter
    def thumbnail_size(self, value: int) -> None:
        self._s.setValue(_THUMB, int(value))

    @property
    def timeline_visible(self) -> bool:
        """Whether the timeline strip above the grid is shown."""
        return bool(self._s.value(_TIMELINE, True, type=bool))

    @timeline_visible.setter
    def timeline_visible(self, value: bool) -> None:
        self._s.setValue(_TIMELINE, bool(value))

    @property
    def language(self) -> str:
        """The UI language as a BCP 47 code ("fr"), or "" to follow the system."""
        return str(self._s.value(_LANGUAGE, "", type=str))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue(_LANGUAGE, value)

    @property
    def user_name(self) -> str:
        """The name the collection's history gives for this user's changes ("": the OS user)."""
        return str(self._s.value(_USER_NAME, "", type=str))

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._s.setValue(_USER_NAME, value.strip())

    @property
    def slideshow_seconds(self) -> int:
        """How long the viewer's slideshow shows each item, in seconds (4 unless set)."""
        raw = self._s.value(_SLIDESHOW, DEFAULT_SLIDESHOW, type=int)
        value = raw if isinstance(raw, int) else DEFAULT_SLIDESHOW
        return min(max(value, SLIDESHOW_RANGE[0]), SLIDESHOW_RANGE[1])

    @slideshow_seconds.setter
    def slideshow_seconds(self, value: int) -> None:
        self._s.setValue(_SLIDESHOW, int(value))

    @property
    def detect_faces(self) -> bool:
        """Whether faces are searched for after each import (a background job; off at first)."""
        return bool(self._s.value(_DETECT_FACES, False, type=bool))

    @detect_faces.setter
    def detect_faces(self, value: bool) -> None:
        self._s.setValue(_DETECT_FACES, bool(value))

    @property
    def read_text(self) -> bool:
        """Whether new documents and backs of prints are read by OCR after an import (on)."""
        return bool(self._s.value(_READ_TEXT, True, type=bool))

    @read_text.setter
    def read_text(self, value: bool) -> None:
        self._s.setValue(_READ_TEXT, bool(value))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
