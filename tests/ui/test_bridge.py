import threading

import pytest
from tests.records import put

from memoryapp.core.changes import Changes
from memoryapp.core.ids import ItemId, new_item_id
from memoryapp.core.items import Item
from memoryapp.core.progress import ProgressInfo


def test_bridge_runs_work_off_the_gui_thread_and_answers_on_it(bridge, qtbot):
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> str:
        seen["worker"] = threading.get_ident()
        return "done"

    def done(result: str) -> None:
        seen["answer"] = threading.get_ident()

    with qtbot.waitSignal(bridge.finished, timeout=5000) as blocker:
        bridge.run(work, on_done=done)
    assert blocker.args == ["done"]
    assert seen["worker"] != gui
    assert seen["answer"] == gui


def test_bridge_announces_changes_returned_by_a_write(bridge, library, qtbot):
    item = Item(id=new_item_id(), title="Henna")
    with qtbot.waitSignal(bridge.collection_changed, timeout=5000) as blocker:
        bridge.run(lambda: put(library, item))
    assert blocker.args[0] == Changes(items=frozenset({ItemId(item.id)}))


def test_bridge_reports_a_failed_job_and_keeps_working(bridge, qtbot):
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("no such photo")

    with qtbot.waitSignal(bridge.failed, timeout=5000) as blocker:
        bridge.run(broken, on_error=errors.append)
    assert blocker.args == ["no such photo"]
    assert isinstance(errors[0], ValueError)
    with qtbot.waitSignal(bridge.finished, timeout=5000):
        bridge.run(lambda: 42)
    assert not bridge.is_busy


def test_bridge_runs_writes_in_the_order_they_were_queued(bridge, qtbot):
    order: list[int] = []
    with qtbot.waitSignal(bridge.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        for n in range(20):
            bridge.run(lambda n=n: order.append(n))
    assert order == list(range(20))


def test_bridge_lets_the_first_and_last_progress_through_and_throttles_the_rest(bridge, qtbot):
    seen: list[ProgressInfo] = []
    bridge.progress.connect(seen.append)

    def work() -> None:
        for done in range(1001):
            bridge.report_progress(ProgressInfo(done=done, total=1000))

    with qtbot.waitSignal(bridge.finished, timeout=5000):
        bridge.run(work)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].done == 1000)
    assert seen[0].done == 0
    assert len(seen) < 1001


@pytest.mark.parametrize("lane", ["run", "query"])
def test_bridge_lanes_each_answer(bridge, qtbot, lane):
    with qtbot.waitSignal(bridge.finished, timeout=5000) as blocker:
        getattr(bridge, lane)(lambda: lane)
    assert blocker.args == [lane]


def test_work_is_freed_on_the_gui_thread_never_on_a_worker(bridge, qtbot):
    """A closure may hold the last reference to a widget: freeing it off the GUI thread
    would destroy the widget there and corrupt Qt's memory."""
    freed_on: list[int] = []

    class Sentinel:
        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    def submit() -> None:
        sentinel = Sentinel()
        bridge.run(lambda: sentinel and None)

    with qtbot.waitSignal(bridge.finished, timeout=5000):
        submit()
    qtbot.waitUntil(lambda: bool(freed_on))
    assert freed_on == [threading.get_ident()]


def test_answers_for_a_deleted_receiver_are_dropped(bridge, qtbot):
    from PySide6.QtCore import QObject
    from shiboken6 import delete

    class Receiver(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.answers: list[object] = []

        def on_done(self, result: object) -> None:
            self.answers.append(result)

    receiver = Receiver()
    started = threading.Event()
    release = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "late"

    bridge.query(slow, on_done=receiver.on_done)
    started.wait(5)
    delete(receiver)  # the dialog was closed while its answer was on the way
    with qtbot.waitSignal(bridge.finished, timeout=5000) as blocker:
        release.set()
    assert blocker.args == ["late"]
