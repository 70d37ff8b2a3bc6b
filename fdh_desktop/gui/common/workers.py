"""Long work off the GUI thread: each task opens its OWN Store connection on the same file.

    task = start_task(parent, db_path, fn)   # fn(store, progress, cancelled) -> result
    task.progress.connect(...); task.succeeded.connect(...); task.failed.connect(...)
    task.cancel()                            # fn sees cancelled() == True and stops

Signals arrive in the GUI thread (queued) when connected to a bound method of a QObject that lives
there; never connect them to a lambda, which PySide calls in the worker thread. A task that raises one of `cancel_exceptions`
reports `cancelled`; a StoreError its Chinese message; anything else a one-line message (the
traceback goes to the log, never to the user).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from fdh_desktop.services.district import Store  # only a type name for TaskFn

TaskFn: TypeAlias = Callable[["Store", Callable[[int, int, str], None], Callable[[], bool]], object]


class Task(QObject):
    progress = Signal(int, int, str)  # done, total, message
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, db_path: Path, fn: TaskFn, cancel_exceptions: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self._db_path = db_path
        self._fn = fn
        self._cancel = threading.Event()
        self._cancel_exceptions = cancel_exceptions
        self._qthread: QThread | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self.progress.emit(done, total, message)

    @Slot()
    def run(self) -> None:
        # Imported late: the district services (and storage below them) are off the start path.
        from fdh_desktop.services.district import StoreError, open_for_task

        try:
            with open_for_task(self._db_path) as store:
                result = self._fn(store, self._progress, self._cancel.is_set)
        except self._cancel_exceptions:
            self.cancelled.emit()
        except StoreError as exc:
            self.failed.emit(str(exc))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - a Rust panic in a reader is a BaseException too
            log.exception("background task failed")
            self.failed.emit(QCoreApplication.translate("Task", "内部错误：{0}: {1}").format(type(exc).__name__, exc))
        else:
            if self._cancel.is_set() and self._cancel_exceptions:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self.done.emit()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the thread has finished (used when a window closes mid-task)."""
        thread = self._qthread
        if thread is None:
            return True
        try:
            return thread.wait(ms)
        except RuntimeError:  # the C++ thread is already gone
            return True

    def is_running(self) -> bool:
        thread = self._qthread
        try:
            return thread is not None and thread.isRunning()
        except RuntimeError:
            return False


def start_task(parent: QObject, db_path: Path, fn: TaskFn,
               cancel_exceptions: tuple[type[BaseException], ...] = ()) -> Task:
    thread = QThread(parent)
    task = Task(db_path, fn, cancel_exceptions)
    task._qthread = thread
    task.moveToThread(thread)
    thread.started.connect(task.run)
    # Direct: quit from the worker itself, so a GUI thread blocked in wait() is not waited on.
    task.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(task.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return task
