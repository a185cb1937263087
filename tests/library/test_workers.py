import os
import time

from memoryapp.core.progress import CancelToken
from memoryapp.library.workers import TaskFailed, WorkerPool


def square(setup: int, x: int) -> int:
    return setup * x * x


def hang_on_three(setup: None, x: int) -> int:
    if x == 3:
        while True:  # a pathological file: the worker never returns
            time.sleep(1)
    return x


def die_on_two(setup: None, x: int) -> int:
    if x == 2:
        os._exit(11)  # a decoder that crashes the process
    return x


def test_pool_returns_every_result() -> None:
    with WorkerPool(square, 2, jobs=2) as pool:
        results = dict(pool.run([(x,) for x in range(10)]))
    assert results == {i: 2 * i * i for i in range(10)}


def test_runaway_task_times_out_and_the_rest_goes_on() -> None:
    with WorkerPool(hang_on_three, None, jobs=2, time_limit_s=3.0) as pool:
        results = dict(pool.run([(x,) for x in range(6)]))
    assert isinstance(results.pop(3), TaskFailed)
    assert results == {i: i for i in (0, 1, 2, 4, 5)}


def test_crashing_worker_becomes_a_failed_task() -> None:
    with WorkerPool(die_on_two, None, jobs=1) as pool:
        results = dict(pool.run([(x,) for x in range(4)]))
    assert results[2] == TaskFailed("crashed", "the decoder process died")
    assert [results[i] for i in (0, 1, 3)] == [0, 1, 3]


def test_cancel_stops_new_tasks() -> None:
    token = CancelToken()
    seen = []
    with WorkerPool(square, 1, jobs=1) as pool:
        for index, _ in pool.run([(x,) for x in range(20)], cancel=token):
            seen.append(index)
            token.cancel()
    assert len(seen) < 20


def raise_on_one(setup: None, x: int) -> int:
    if x == 1:
        raise TypeError("Missing dimensions")  # what Pillow's n_frames raises on some TIFFs
    return os.getpid()


def test_a_raising_task_fails_alone_and_its_worker_goes_on(capfd) -> None:
    with WorkerPool(raise_on_one, None, jobs=1) as pool:
        results = dict(pool.run([(x,) for x in range(3)]))
    failed = results.pop(1)
    assert failed == TaskFailed("error", "reading the file failed (TypeError)")
    assert len(set(results.values())) == 1  # the same worker process did all the others
    assert "Traceback" not in capfd.readouterr().err


def slow_square(setup: None, x: int) -> int:
    time.sleep(0.05)
    return x * x


def test_tasks_a_worker_holds_are_not_run_after_a_cancel() -> None:
    token = CancelToken()
    seen = []
    with WorkerPool(slow_square, None, jobs=1) as pool:
        for index, result in pool.run([(x,) for x in range(20)], cancel=token):
            seen.append((index, result))
            token.cancel()
    assert seen[0] == (0, 0)
    assert len(seen) <= 2  # the one running when the cancel came may finish; none after it


def test_a_crashed_worker_gives_back_the_tasks_it_held() -> None:
    with WorkerPool(die_on_two, None, jobs=1) as pool:
        results = dict(pool.run([(x,) for x in range(8)]))
    assert results.pop(2) == TaskFailed("crashed", "the decoder process died")
    assert results == {i: i for i in (0, 1, 3, 4, 5, 6, 7)}


def test_the_pool_forks_only_a_single_threaded_process_without_qt() -> None:
    import sys
    import threading

    from memoryapp.library import workers

    if any(name.startswith("PySide6") for name in sys.modules):
        assert not workers._fork_is_safe()  # Qt's threads are invisible to Python
    box: list[bool] = []
    thread = threading.Thread(target=lambda: box.append(workers._fork_is_safe()))
    thread.start()
    thread.join()
    assert box == [False]  # never from another thread


def test_a_warmed_up_fork_server_runs_the_pool() -> None:
    import threading

    from memoryapp.library.workers import warm_up

    box: list[dict[int, int]] = []

    def in_a_thread() -> None:  # a thread: the fork server, as in the desktop app
        warm_up(("json",))
        with WorkerPool(square, 3, jobs=2) as pool:
            box.append(dict(pool.run([(x,) for x in range(5)])))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert box == [{i: 3 * i * i for i in range(5)}]


def test_a_task_run_again_is_yielded_again() -> None:
    got: list[tuple[int, int]] = []
    with WorkerPool(square, 1, jobs=2) as pool:
        for index, result in pool.run([(x,) for x in range(3)]):
            got.append((index, result))
            if (index, result) == (2, 4):  # the last task, run again with other arguments
                pool.retry(2, (5,))
    assert sorted(got) == [(0, 0), (1, 1), (2, 4), (2, 25)]
    assert got.index((2, 25)) > got.index((2, 4))  # task 1 may end before or after either
