"""Watch a site's inputs with watchdog and hand bursts of changes to the build loop."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

#: Folders and files whose changes trigger a rebuild, relative to the site root.
WATCHED = ("seeds", "content", "templates", "site.yaml")


def is_editor_temp(name: str) -> bool:
    """Swap, backup and lock files editors write while saving."""
    return (
        name.endswith((".swp", ".swx", ".swo", "~", ".tmp", ".part"))
        or name.startswith((".#", "#"))
        or name == "4913"
        or name.startswith(".")
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
    def __init__(self, root: Path, output_dir: Path, queue: ChangeQueue):
        self.root, self.output_dir, self.queue = root, output_dir, queue

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self._consider(Path(str(raw)))

    def _consider(self, path: Path) -> None:
        try:
            relative = path.relative_to(self.root)
        except ValueError:
            return
        if not relative.parts or relative.parts[0] not in WATCHED:
            return
        if is_editor_temp(path.name):
            return
        self.queue.add(relative.as_posix())


def start_watching(root: Path, output_dir: Path, queue: ChangeQueue) -> Observer:  # type: ignore[valid-type]
    """Start a watchdog observer on the site root; changes go to ``queue``."""
    observer = Observer()
    observer.schedule(_Handler(root, output_dir, queue), str(root), recursive=True)
    observer.daemon = True
    observer.start()
    return observer
