"""Watch a site's inputs with watchdog and hand bursts of changes to the build loop.

Only the input folders are watched (seeds, content, templates and site.yaml), never the
output or cache folders, so a build never wakes the watcher it was started by.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

CONFIG_NAME = "site.yaml"


def is_editor_temp(name: str) -> bool:
    """Swap, backup and lock files editors write while saving (vim, emacs, JetBrains...)."""
    return (
        name.endswith((".swp", ".swx", ".swo", "~", ".tmp", ".part", ".crdownload"))
        or name.startswith((".#", "#", "."))
        or name == "4913"  # vim's probe file
    )


class ChangeQueue:
    """Paths changed since the last build, with a condition the build loop waits on."""

    def __init__(self) -> None:
        self._paths: set[str] = set()
        self._last = 0.0
        self._cond = threading.Condition()

    def add(self, path: str) -> None:
        """Record one changed path (called from the watcher thread)."""
        with self._cond:
            self._paths.add(path)
            self._last = time.monotonic()
            self._cond.notify_all()

    def wait_quiet(self, stop: threading.Event, quiet_seconds: float) -> set[str]:
        """Wait for changes, then until none came for ``quiet_seconds``; return them all."""
        with self._cond:
            while not self._paths and not stop.is_set():
                self._cond.wait(timeout=0.2)
            while self._paths and time.monotonic() - self._last < quiet_seconds:
                self._cond.wait(timeout=quiet_seconds)
            paths, self._paths = self._paths, set()
            return paths


class _Handler(FileSystemEventHandler):
    def __init__(self, root: Path, queue: ChangeQueue, only: str | None = None):
        self.root, self.queue, self.only = root, queue, only
        self.pending: dict[Path, BaseObserver] = {}  # input folders that do not exist yet

    def on_created(self, event: FileSystemEvent) -> None:
        """An input folder created after the preview started gets watched from now on."""
        path = Path(str(event.src_path))
        observer = self.pending.pop(path, None)
        if observer is not None and event.is_directory:
            observer.schedule(_Handler(self.root, self.queue), str(path), recursive=True)
            self.queue.add(path.relative_to(self.root).as_posix())

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        # A folder's own "modified" event only says something inside it changed,
        # which arrives as its own event.
        if event.is_directory and event.event_type == "modified":
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self._consider(Path(str(raw)))

    def _consider(self, path: Path) -> None:
        if self.only is not None and path.name != self.only:
            return
        if is_editor_temp(path.name):
            return
        try:
            self.queue.add(path.relative_to(self.root).as_posix())
        except ValueError:
            self.queue.add(path.as_posix())


def start_watching(root: Path, folders: list[Path], queue: ChangeQueue) -> BaseObserver:
    """Watch ``folders`` recursively and ``root/site.yaml``; changes go to ``queue``."""
    observer = Observer()
    top = _Handler(root, queue, only=CONFIG_NAME)
    observer.schedule(top, str(root), recursive=False)
    for folder in folders:
        if folder.is_dir():
            observer.schedule(_Handler(root, queue), str(folder), recursive=True)
        elif folder.parent == root:
            top.pending[folder] = observer
    observer.daemon = True
    observer.start()
    return observer
