"""The planner's index of the register, built on a worker while the wizard is open.

The first dry run of a list against a large register spends most of its time indexing the
partners already there (about 1.1 s of CPU for 100,000); a repeated one finds that index
cached. The wizard starts :class:`IndexWarmup` as it is shown, so the index is built while
the officer picks the file and the columns, and the first dry run reuses it. The preview
waits for a build still under way rather than starting a second
(:func:`~desktop_app.importing.duplicates.cached_existing_index`), and the cache's token
makes it build afresh if the register changed meanwhile. A build that fails is only
logged: the preview then builds the index itself, as it would without the warm-up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop_app.domain.imports import ImportService
from desktop_app.ui.worker import Task, run_task

log = logging.getLogger("peyvand.ui.imports")


class IndexWarmup:
    """One early build of the existing-partners index for one showing of the wizard."""

    def __init__(self, service: ImportService) -> None:
        self.service = service
        #: The build under way or ended, while the wizard is open; ``None`` before and after.
        self.task: Task | None = None

    def start(self) -> None:
        """Start the build on the thread pool (once per showing); returns at once."""
        if self.task is None:
            self.task = run_task(self._build, pass_progress=True)
            self.task.failed.connect(_log_failure)

    def _build(self, *, progress: Callable[[int, int], None], cancel: threading.Event) -> None:
        del progress  # nothing shows this build's progress: the officer is not waiting on it
        self.service.warm_existing_index(cancelled=cancel.is_set)

    def stop(self) -> None:
        """The wizard closed: ask a build still under way to stop (it does within a few
        thousand partners), and let the index go once no build can store it any more.
        Returns at once; the worker ends by itself."""
        task, self.task = self.task, None
        if task is None:
            return
        task.cancel()
        if task.is_done:
            self.service.drop_existing_index()
        else:
            task.done.connect(self.service.drop_existing_index)


def _log_failure(error: object) -> None:
    log.warning("building the index of the register's partners ahead of the dry run failed; "
                "the dry run builds it: %s", error)
