"""One accessor for the app's icons, compiled from ``resources/icons/*.svg`` into resources_rc."""

from functools import cache

from PySide6.QtCore import QFile
from PySide6.QtGui import QIcon

import memoryapp.ui.resources_rc  # noqa: F401 - registers the ":/icons" resources with Qt

ICON_NAMES: tuple[str, ...] = (
    "all",
    "broken",
    "collection",
    "copies",
    "decade",
    "export",
    "failure",
    "file",
    "film",
    "folder",
    "import",
    "larger",
    "memoryapp",
    "open",
    "people",
    "person",
    "place",
    "places",
    "private",
    "scene",
    "search",
    "smaller",
    "smart",
    "tag",
    "timeline",
    "undated",
    "untagged",
)


def icon_path(name: str) -> str:
    """The resource path of an icon (":/icons/tag.svg")."""
    return f":/icons/{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (one of ``ICON_NAMES``).

    Raises:
        KeyError: no such icon (a typo fails here, in one place).
    """
    path = icon_path(name)
    if name not in ICON_NAMES or not QFile.exists(path):
        raise KeyError(f"no icon {name!r}")
    return QIcon(path)
