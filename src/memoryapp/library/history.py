"""The collection's history: applying a command as a logged operation, undo and redo.

:class:`History` joins the catalogue (``Repository``) and the operation log
(``OperationLog``): each command is written with its log entry under one commit point. The
:class:`~memoryapp.library.Library` holds its lock around every call.
"""

from memoryapp.core.commands import Command
from memoryapp.core.errors import HistoryError
from memoryapp.core.history import (
    Operation,
    OperationKind,
    check_current,
    replay,
    touched_by,
    undo_state,
    with_undone,
)
from memoryapp.core.items import Item
from memoryapp.storage.oplog import OperationLog
from memoryapp.storage.repository import Repository
from memoryapp.storage.schema import utc_now


class History:
    """Logged operations of one open collection (not thread-safe: the library serialises)."""

    def __init__(self, repo: Repository, log: OperationLog) -> None:
        self._repo = repo
        self._log = log

    def operations(self, item_id: str | None = None) -> list[Operation]:
        """The operations in the log, newest first (those touching an item)."""
        ops = with_undone(self._log.operations())
        if item_id is not None:
            ops = [op for op in ops if op.touches(Item, item_id)]
        return ops[::-1]

    def undoable(self) -> Operation | None:
        """The operation :meth:`undo` would revert, or None (its ``touched`` may be empty)."""
        ops = self._log.headers()
        done = replay(ops).done
        return next(op for op in ops if op.id == done[-1]) if done else None

    def redoable(self) -> Operation | None:
        """The operation :meth:`redo` would apply again, or None (its ``touched`` may be empty)."""
        ops = self._log.headers()
        redoable = replay(ops).redoable
        return next(op for op in ops if op.id == redoable[-1]) if redoable else None

    def undo(self, operation_id: int | None, by: str) -> Operation:
        """Revert the newest operation not yet undone (see ``Library.undo``)."""
        ops = self._log.headers()
        target = _next(ops, replay(ops).done, "undo", operation_id)
        command = self._log.command(target.id)
        self._check("undo", target, command, ops)
        entry = Command(
            label=f"Undo {target.label}",
            before=command.after,
            after=undo_state(command, utc_now()),
        )
        return self.commit(entry, "undo", target, by)

    def redo(self, operation_id: int | None, by: str) -> Operation:
        """Apply again the operation undone last (see ``Library.redo``)."""
        ops = self._log.headers()
        target = _next(ops, replay(ops).redoable, "redo", operation_id)
        undone = next(op for op in reversed(ops) if op.kind == "undo" and op.target == target.id)
        undo_command = self._log.command(undone.id)
        self._check("redo", target, undo_command, ops)
        entry = Command(
            label=f"Redo {target.label}",
            before=undo_command.after,
            after=self._log.command(target.id).after,
        )
        return self.commit(entry, "redo", target, by)

    def commit(
        self, command: Command, kind: OperationKind, target: Operation | None, by: str
    ) -> Operation:
        """Write ``command``'s after-states and its log entry in one commit; return the entry."""
        self._repo.settle()  # an earlier commit that failed after its commit point, with its entry
        op = Operation(
            id=self._log.next_id(),
            label=command.label,
            at=utc_now(),
            by=by,
            kind=kind,
            target=None if target is None else target.id,
            touched=touched_by(command),
        )
        relative, data = self._log.entry(op, command)
        try:
            with self._repo.transaction():
                for slot in command.after:
                    if slot.record is None:
                        self._repo.delete(slot.kind, slot.id)
                    else:
                        self._repo.put(slot.record)
                self._repo.attach(relative, data)
        except BaseException:
            self._log.reload()  # the entry may be committed (its journal durable) or not
            raise
        self._log.added(op, len(data))
        self._log.compact()
        return op

    def _check(self, verb: str, target: Operation, command: Command, ops: list[Operation]) -> None:
        current = {(s.kind, s.id): self._repo.find(s.kind, s.id) for s in command.after}
        # what each later entry wrote is read only to name the one that changed a record
        later = (self._log.with_touched(op) for op in reversed(ops) if op.id > target.id)
        check_current(verb, target, command.after, current, later)


def _next(ops: list[Operation], stack: tuple[int, ...], verb: str, wanted: int | None) -> Operation:
    if not stack:
        raise HistoryError(f"nothing to {verb}")
    target = next(op for op in ops if op.id == stack[-1])
    if wanted is not None and wanted != target.id:
        raise HistoryError(
            f"cannot {verb} operation {wanted}: the next to {verb} is operation "
            f"{target.id} \u201c{target.label}\u201d"
        )
    return target
