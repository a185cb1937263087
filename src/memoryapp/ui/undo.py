"""Adapter: a core command on Qt's undo stack. No domain logic lives here.

``QUndoStack.push()`` calls ``redo()`` at once, so never apply a command before pushing it.
The write itself runs on the bridge's collection worker; undo and redo are queued there in
the order they were asked for, and the views repaint from ``collection_changed``.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from memoryapp.core.commands import Command
from memoryapp.ui.bridge import LibraryBridge


class CoreCommand(QUndoCommand):
    """Wraps one ``memoryapp.core.commands.Command``."""

    def __init__(self, command: Command, bridge: LibraryBridge, text: str = "") -> None:
        super().__init__(text or command_text(command))
        self.command = command
        self._bridge = bridge

    def redo(self) -> None:
        self._bridge.apply(self.command)

    def undo(self) -> None:
        self._bridge.revert(self.command)


def push_command(
    stack: QUndoStack, command: Command, bridge: LibraryBridge, text: str = ""
) -> bool:
    """Push ``command`` (which applies it) unless it would change nothing; return whether pushed."""
    if command.is_empty:
        return False
    stack.push(CoreCommand(command, bridge, text))
    return True


def command_text(command: Command) -> str:
    """The menu text for a core command ("Undo Tag (3 items)"), translated where known."""
    verb, _, rest = command.label.partition(" (")
    count = sum(1 for slot in command.after if slot.kind.__name__ == "Item")
    texts = {
        "Edit": QCoreApplication.translate("CoreCommand", "Edit %n item(s)", "", count),
        "Tag": QCoreApplication.translate("CoreCommand", "Tag %n item(s)", "", count),
        "Tag face": QCoreApplication.translate("CoreCommand", "Tag a face"),
        "Edit person": QCoreApplication.translate("CoreCommand", "Edit person"),
        "Edit place": QCoreApplication.translate("CoreCommand", "Edit place"),
        "Move to trash": QCoreApplication.translate(
            "CoreCommand", "Move %n item(s) to the trash", "", count
        ),
        "Restore from trash": QCoreApplication.translate(
            "CoreCommand", "Restore %n item(s) from the trash", "", count
        ),
        "Empty trash": QCoreApplication.translate("CoreCommand", "Empty the trash"),
    }
    return texts.get(verb, command.label if not rest else verb)
