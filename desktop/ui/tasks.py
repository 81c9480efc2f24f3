"""One serial worker for library work, with results delivered on the GUI thread by signal.

The GUI never waits on SQLite: it submits a function and gets a callback. Long preparation
that nothing on screen waits for (building the suggestion model) runs on a second, background
worker, so it never holds up a search. Tests pass ``synchronous=True`` so callbacks run at once
and no thread is involved.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import report

#: How long a thread holds the GIL before another may take it (Python's default is 5 ms).
SWITCH_INTERVAL_S = 0.001


@dataclass(frozen=True)
class _Done:
    """What to call when a task ends, and its name for the log."""

    on_done: Callable[[Any], None]
    on_error: Callable[[str], None] | None
    name: str


class TaskRunner(QObject):
    """Runs functions one at a time off the GUI thread."""

    _finished = Signal(object, object)
    #: A task without its own error callback failed: the kind (desktop.core.errors.KINDS).
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
        workers: TaskRunner | None = None,
    ) -> None:
        """``workers``: a runner whose two workers this one shares (see :meth:`scope`)."""
        super().__init__(parent)
        self._closed = False
        self._owns_workers = workers is None
        self._root: TaskRunner = workers._root if workers is not None else self
        #: Background tasks and callbacks waiting for :meth:`release` (None: not held).
        self._held: list[Callable[[], None]] | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._background: ThreadPoolExecutor | None = None
        if workers is not None:
            self._pool, self._background = workers._pool, workers._background
        elif not synchronous:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="library")
            self._background = ThreadPoolExecutor(1, thread_name_prefix="background")
        self._finished.connect(self._deliver)
        if self._pool is not None:
            # The GUI thread shares the GIL with both workers; at Python's default 5 ms a
            # worker's start-up jobs (model build, CLDR and holiday loading) kept it waiting
            # up to ~100 ms while the agent typed (bench typing: 1 ms cut later stalls to
            # ~25-35 ms, from ~40-60).
            sys.setswitchinterval(SWITCH_INTERVAL_S)

    def scope(self) -> TaskRunner:
        """A runner on the same workers whose results stop at its own :meth:`shutdown`: one
        per window, so that a window rebuilt for another language is not called back for the
        work its predecessor asked for (its models are gone by then)."""
        return TaskRunner(workers=self)

    def hold(self) -> None:
        """Keep background tasks (and :meth:`when_released` callbacks) waiting until
        :meth:`release`: at start-up they would share the GIL with the agent's first search
        and copy. For this runner and every :meth:`scope` of it; a synchronous runner has no
        background to hold."""
        if self.threaded and self._root._held is None:
            self._root._held = []

    def release(self) -> None:
        """Start what :meth:`hold` kept waiting, in the order it came."""
        held, self._root._held = self._root._held, None
        for start in held or ():
            start()

    @property
    def holding(self) -> bool:
        return self._root._held is not None

    def when_released(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the GUI thread now, or at :meth:`release` when held."""
        if self._root._held is not None:
            self._root._held.append(lambda: None if self._closed else fn())
        else:
            fn()

    @property
    def threaded(self) -> bool:
        """False for the synchronous runner of the tests."""
        return self._pool is not None

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
        *,
        background: bool = False,
    ) -> None:
        """Run ``fn`` on the worker (``background``: on the background worker, beside it);
        call ``on_done(result)`` on the GUI thread. If ``fn`` raises, its traceback goes to the
        log and ``on_error(kind)`` is called, or :attr:`failed` emitted when there is none.

        After :meth:`shutdown` nothing runs and no result is delivered.
        """
        if self._closed:
            return
        done = _Done(on_done, on_error, getattr(fn, "__qualname__", "task"))
        if self._pool is None:
            future: Future[Any] = Future()
            try:
                future.set_result(fn())
            except Exception as exc:
                future.set_exception(exc)
            self._deliver(done, future)
            return
        if background and self._root._held is not None:
            self._root._held.append(lambda: self.submit(fn, on_done, on_error, background=True))
            return
        pool = self._background if background and self._background else self._pool
        pool.submit(fn).add_done_callback(lambda f: self._finished.emit(done, f))

    def _deliver(self, done: _Done, future: Future[Any]) -> None:
        if self._closed:
            return  # the window and library this result was for are gone
        exc = future.exception()
        if exc is not None:
            kind = report(done.name, exc)
            if done.on_error is not None:
                done.on_error(kind)
            else:
                self.failed.emit(kind)
            return
        done.on_done(future.result())

    def shutdown(self) -> None:
        """Deliver no more results; a runner that owns its workers also stops them (waiting
        for the task at hand), a :meth:`scope` leaves them to the runner it came from."""
        self._closed = True
        if not self._owns_workers:
            return
        for pool in (self._pool, self._background):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
