"""The Export button of the Films panel: a menu of formats, a save dialog, a worker write.

The formats come from the format registry (``library.exchange.EXPORT_FORMATS``); every
export goes through the privacy filter, and two checkable menu entries ask for private or
living people to be included.
"""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from memoryapp.core.films import Film
from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import Library
from memoryapp.library.exchange import EXPORT_FORMATS as REGISTRY
from memoryapp.library.exchange import ExportResult, Family
from memoryapp.library.film_desk import FilmDesk
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.dialogs.export_texts import format_label
from memoryapp.ui.icons import icon

AskSavePath = Callable[[QWidget, str, str, str], str | None]
"""(parent, caption, suggested path, filter) -> the chosen path, or None when cancelled."""

EXPORT_FORMATS: tuple[tuple[str, str], ...] = tuple(
    (f.name, f.suffix) for f in REGISTRY.values() if f.family is Family.FILM
)
"""The film formats of the registry, with the file suffix each gets by default."""


def ask_save_path(parent: QWidget, caption: str, suggested: str, filter_: str) -> str | None:
    """The default :data:`AskSavePath`: Qt's save dialog."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filter_)
    return path or None


class ExportButton(QToolButton):
    """Exports the film shown; ``ask_save_path`` may be replaced (tests, other dialogs).

    Signals:
        exported(object): the ``Path`` written.
        message(str): progress or an error, for the status line.
    """

    exported = Signal(object)
    message = Signal(str)

    def __init__(
        self, library: Library, bridge: LibraryBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library, self._bridge = library, bridge
        self._film: Film | None = None
        self.ask_save_path: AskSavePath = ask_save_path
        self.last_dir = Path.home()
        self.setText(self.tr("Export"))
        self.setIcon(icon("export"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for fmt, suffix in EXPORT_FORMATS:
            action = menu.addAction(self.format_label(fmt) + "\N{HORIZONTAL ELLIPSIS}")
            action.setData(fmt)
            action.triggered.connect(lambda _c=False, f=fmt, s=suffix: self.export(f, s))
        menu.addSeparator()
        self.include_private = menu.addAction(self.tr("Include private items and people"))
        self.include_living = menu.addAction(self.tr("Include living people's details"))
        for action in (self.include_private, self.include_living):
            action.setCheckable(True)
        self.setMenu(menu)
        self.set_film(None)

    def set_film(self, film: Film | None) -> None:
        """The film to export (None disables the button)."""
        self._film = film
        self.setEnabled(film is not None)

    def format_label(self, fmt: str) -> str:
        """A format's name in the menu (the registry's label, translated)."""
        return format_label(fmt)

    def policy(self) -> ExportPolicy:
        """What the privacy filter may let through (nothing withheld unless ticked)."""
        return ExportPolicy(
            include_private=self.include_private.isChecked(),
            include_living_details=self.include_living.isChecked(),
        )

    def export(self, fmt: str, suffix: str) -> None:
        """Ask where to write an export of the film, then write it on the collection worker."""
        film = self._film
        if film is None:
            return
        label = self.format_label(fmt)
        stem = re.sub(r"\s*\(.*?\)", "", label)  # "Archive log (CSV)": the suffix says CSV
        suggested = self.last_dir / f"{film.title} - {stem}{suffix}"
        filter_ = self.tr("%1 (*%2)").replace("%1", label).replace("%2", suffix)
        caption = self.tr("Export %1").replace("%1", label)
        chosen = self.ask_save_path(self.window(), caption, str(suggested), filter_)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(suffix)
        self.last_dir = path.parent
        film_id, policy = film.id, self.policy()
        self.message.emit(self.tr("Exporting %1\N{HORIZONTAL ELLIPSIS}").replace("%1", label))
        self._bridge.run(  # the save dialog asked before replacing a file
            lambda: FilmDesk(self._library).export(film_id, fmt, path, policy, overwrite=True),
            on_done=self._on_exported,
            on_error=lambda exc: self.message.emit(str(exc)),
        )

    def _on_exported(self, result: ExportResult) -> None:
        text = self.tr("Exported to %1").replace("%1", str(result.path))
        withheld = len(result.report.entries)
        if result.report.policy.get("include_private") or result.report.policy.get(
            "include_living_details"
        ):
            text += " " + self.tr("(private or living people included, as asked)")
        elif withheld:
            text += " " + self.tr("(%n thing(s) withheld or replaced for privacy)", "", withheld)
        self.message.emit(text)
        self.exported.emit(result.path)
