"""UiSettings: a typed wrapper over an injected QSettings (UI state only)."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

_LAST = "collections/last"
_GEOMETRY = "window/geometry"
_STATE = "window/state"


class UiSettings:
    """Window layout and recent collections; what travels with a collection lives in it."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    @property
    def last_collection(self) -> Path | None:
        """The collection opened last, if any."""
        value = self._s.value(_LAST, "", type=str)
        return Path(str(value)) if value else None

    @last_collection.setter
    def last_collection(self, path: Path) -> None:
        self._s.setValue(_LAST, str(path))

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self._s.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue(_GEOMETRY, value)
