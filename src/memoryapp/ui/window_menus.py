"""The main window's menus and keyboard shortcuts, built from one table."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from memoryapp.ui.i18n import QT_TRANSLATE_NOOP
from memoryapp.ui.icons import icon
from memoryapp.ui.undo import HistoryActions

Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One menu entry: key (handler name), text, shortcuts, icon, checkable."""

    key: str
    text: str
    shortcuts: tuple[QKeySequence | Key | str, ...] = ()
    icon: str = ""
    checkable: bool = False


MENUS: tuple[tuple[str, tuple[ActionSpec | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Menu", "&File"),
        (
            ActionSpec(
                "new_collection",
                QT_TRANSLATE_NOOP("Menu", "&New collection…"),
                ("Ctrl+Shift+N",),
            ),
            ActionSpec(
                "open_collection",
                QT_TRANSLATE_NOOP("Menu", "&Open collection…"),
                (Key.Open,),
                "collection",
            ),
            ActionSpec("recent", QT_TRANSLATE_NOOP("Menu", "&Recent collections")),
            None,
            ActionSpec(
                "import",
                QT_TRANSLATE_NOOP("Menu", "&Import photos and documents…"),
                ("Ctrl+I",),
                "import",
            ),
            ActionSpec("export", QT_TRANSLATE_NOOP("Menu", "&Export…"), ("Ctrl+E",), "export"),
            None,
            ActionSpec("quit", QT_TRANSLATE_NOOP("Menu", "&Quit"), (Key.Quit, "Ctrl+Q")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menu", "&Edit"),
        (
            ActionSpec("undo", ""),
            ActionSpec("redo", ""),
            None,
            ActionSpec("select_all", QT_TRANSLATE_NOOP("Menu", "Select &all"), (Key.SelectAll,)),
            ActionSpec("select_none", QT_TRANSLATE_NOOP("Menu", "Select &none"), ("Ctrl+Shift+A",)),
            ActionSpec("find", QT_TRANSLATE_NOOP("Menu", "&Find…"), (Key.Find, "/"), "search"),
            None,
            ActionSpec(
                "preferences",
                QT_TRANSLATE_NOOP("Menu", "&Preferences…"),
                (Key.Preferences, "Ctrl+,"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menu", "&View"),
        (
            ActionSpec("open_item", QT_TRANSLATE_NOOP("Menu", "&Open large (Enter)"), (), "open"),
            None,
            ActionSpec(
                "zoom_in",
                QT_TRANSLATE_NOOP("Menu", "&Larger thumbnails"),
                (Key.ZoomIn, "Ctrl+="),
                "larger",
            ),
            ActionSpec(
                "zoom_out",
                QT_TRANSLATE_NOOP("Menu", "&Smaller thumbnails"),
                (Key.ZoomOut,),
                "smaller",
            ),
            None,
            ActionSpec(
                "timeline", QT_TRANSLATE_NOOP("Menu", "&Timeline"), ("Ctrl+T",), "timeline", True
            ),
            ActionSpec("sidebar", QT_TRANSLATE_NOOP("Menu", "&Sidebar"), ("Ctrl+B",), "", True),
            ActionSpec(
                "details", QT_TRANSLATE_NOOP("Menu", "&Details panel"), ("Ctrl+D",), "", True
            ),
            None,
            ActionSpec("focus_grid", QT_TRANSLATE_NOOP("Menu", "Go to the &grid"), ("Ctrl+1",)),
            ActionSpec(
                "focus_sidebar", QT_TRANSLATE_NOOP("Menu", "Go to the si&debar"), ("Ctrl+2",)
            ),
            ActionSpec(
                "focus_details", QT_TRANSLATE_NOOP("Menu", "Go to the d&etails"), ("Ctrl+3",)
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menu", "&Catalogue"),
        (
            ActionSpec(
                "people", QT_TRANSLATE_NOOP("Menu", "&People…"), ("Ctrl+Shift+P",), "people"
            ),
            ActionSpec(
                "places", QT_TRANSLATE_NOOP("Menu", "P&laces…"), ("Ctrl+Shift+L",), "places"
            ),
            ActionSpec("films", QT_TRANSLATE_NOOP("Menu", "&Films…"), ("Ctrl+Shift+F",), "film"),
            None,
            ActionSpec("attach_back", QT_TRANSLATE_NOOP("Menu", "Attach the &back of a print…")),
            ActionSpec("faces", QT_TRANSLATE_NOOP("Menu", "Fa&ces…"), ("Ctrl+Shift+U",), "people"),
            ActionSpec("detect_faces", QT_TRANSLATE_NOOP("Menu", "Fin&d faces")),
            ActionSpec(
                "read_text", QT_TRANSLATE_NOOP("Menu", "Read &text (OCR)"), ("Ctrl+Shift+R",)
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menu", "&Help"),
        (
            ActionSpec(
                "search_help",
                QT_TRANSLATE_NOOP("Menu", "&Search tips"),
                (Key.HelpContents, "F1"),
                "search",
            ),
            ActionSpec("about", QT_TRANSLATE_NOOP("Menu", "&About memoryapp"), (), "memoryapp"),
        ),
    ),
)


def build_menus(
    window: QMainWindow,
    handlers: Mapping[str, Callable[[], None]],
    history: HistoryActions,
) -> tuple[dict[str, QAction], QMenu]:
    """Fill the window's menu bar; return the actions by key and the Recent submenu.

    Undo and Redo are the window's :class:`HistoryActions`: their text names the step
    ("Undo Tag 3 items"), from the undo stack or else from the collection's history.
    """
    actions: dict[str, QAction] = {}
    recent = QMenu(QCoreApplication.translate("Menu", "&Recent collections"), window)
    bar = window.menuBar()
    for title, specs in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Menu", title))
        for spec in specs:
            if spec is None:
                menu.addSeparator()
                continue
            if spec.key == "recent":
                menu.addMenu(recent)
                continue
            action = _make(window, spec, handlers, history)
            menu.addAction(action)
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            actions[spec.key] = action
    return actions, recent


def _make(
    window: QMainWindow,
    spec: ActionSpec,
    handlers: Mapping[str, Callable[[], None]],
    history: HistoryActions,
) -> QAction:
    if spec.key == "undo":
        return history.undo_action
    if spec.key == "redo":
        return history.redo_action
    action = QAction(QCoreApplication.translate("Menu", spec.text), window)
    action.setObjectName(f"action_{spec.key}")
    shortcuts: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        for sequence in (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, Key)
            else [QKeySequence(shortcut)]
        ):
            if not sequence.isEmpty() and sequence not in shortcuts:
                shortcuts.append(sequence)
    action.setShortcuts(shortcuts)
    if spec.icon:
        action.setIcon(icon(spec.icon))
    action.setCheckable(spec.checkable)
    handler = handlers.get(spec.key)
    if handler is not None:
        if spec.checkable:
            action.toggled.connect(lambda _checked, h=handler: h())
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
    return action


TOOLBAR: tuple[tuple[str, str] | None, ...] = (
    ("import", QT_TRANSLATE_NOOP("Toolbar", "Import")),
    ("export", QT_TRANSLATE_NOOP("Toolbar", "Export")),
    None,
    ("people", QT_TRANSLATE_NOOP("Toolbar", "People")),
    ("places", QT_TRANSLATE_NOOP("Toolbar", "Places")),
    ("films", QT_TRANSLATE_NOOP("Toolbar", "Films")),
    None,
    ("open_item", QT_TRANSLATE_NOOP("Toolbar", "Open large")),
    ("zoom_out", ""),
    ("zoom_in", ""),
)


def build_toolbar(window: QMainWindow, actions: Mapping[str, QAction]) -> QToolBar:
    """The main toolbar: the few things a newcomer looks for first, with words."""
    bar = QToolBar(QCoreApplication.translate("Toolbar", "Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry is None:
            bar.addSeparator()
            continue
        key, text = entry
        action = actions[key]
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            if text:
                button.setText(QCoreApplication.translate("Toolbar", text))
            else:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setToolTip(action.text().replace("&", "") + _shortcut_hint(action))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def _shortcut_hint(action: QAction) -> str:
    shortcut = action.shortcut()
    if shortcut.isEmpty():
        return ""
    return f" ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
