"""``briefing serve``: build, serve output/ on loopback, rebuild when inputs change.

One process (MkDocs' shape): a watchdog observer only records which paths changed; a
build loop waits for a quiet moment (debounce), rebuilds, and bumps an epoch. When a
build fails the last good site stays served.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.build import Builder, BuildResult
from generator.config import load_config
from generator.errors import BuildError
from generator.search import find_pagefind, index_output, swap_bundle
from generator.serve.server import start_server
from generator.serve.state import LiveState, Snapshot
from generator.serve.watch import ChangeQueue, start_watching

__all__ = ["Preview", "serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _output_dir(root: Path, overrides: dict[str, Any]) -> Path:
    """Where the site is written; the default when site.yaml cannot be read yet."""
    try:
        return load_config(root, overrides).output_dir
    except BuildError:
        return Path(overrides.get("paths.output") or root / "output")


def _input_dirs(root: Path, overrides: dict[str, Any]) -> list[Path]:
    """The folders a change in which needs a rebuild."""
    try:
        config = load_config(root, overrides)
    except BuildError:
        return [root / "seeds", root / "content", root / "templates"]
    return [config.seeds_dir, config.content_dir, config.templates_dir]


class Preview:
    """A running preview: server, watcher and build loop, started and stopped together."""

    def __init__(
        self,
        root: Path,
        overrides: dict[str, Any] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        report: Callable[[BuildResult, set[str]], None] = lambda _r, _c: None,
        debounce: float = 0.05,
        search: bool = True,
    ):
        self.root = root
        self.overrides = overrides or {}
        self.host, self.requested_port = host, port
        self.report = report
        self.debounce = debounce
        self.epoch = 0  # bumped after every build, good or bad
        self.last: BuildResult | None = None
        self.live = LiveState()
        # The preview keeps the last good site when a build has errors (the overlay
        # shows them), and swaps changed files in under the server's files lock.
        # Search is indexed by a background thread after each good build (never by the
        # build itself), so a reload never waits for Pagefind.
        self.builder = Builder(root, self.overrides, guard=self.live.files, keep_last_good=True, search=False)
        self.pagefind = find_pagefind() if search else None
        self.search_epoch = 0  # bumped after every finished search index
        self._index_wanted = threading.Event()
        self._stop = threading.Event()
        self._queue = ChangeQueue()
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        """The port actually bound (useful with port 0)."""
        return int(self._server.server_address[1])

    def start(self) -> Preview:
        """Build once, then serve and watch in background threads."""
        self._rebuild(set())
        self._server = start_server(_output_dir(self.root, self.overrides), self.host, self.requested_port, self.live)
        self._observer = start_watching(self.root, _input_dirs(self.root, self.overrides), self._queue)
        loop = threading.Thread(target=self._loop, name="briefing-build", daemon=True)
        loop.start()
        self._threads.append(loop)
        if self.pagefind is not None:
            indexer = threading.Thread(target=self._index_loop, name="briefing-search", daemon=True)
            indexer.start()
            self._threads.append(indexer)
        return self

    def _rebuild(self, changed: set[str]) -> None:
        # The first build is a full one; later ones rebuild only what ``changed`` touches.
        result = self.builder.build(changed or None)
        self.last = result
        written = result.written
        self.live.publish(
            Snapshot(
                epoch=self.epoch + 1,
                changed=written.changed_paths if written else frozenset(),
                removed=written.removed_paths if written else frozenset(),
                errors=tuple(result.report.errors),
            )
        )
        self.epoch += 1
        if written is not None and result.ok:
            self._index_wanted.set()
        self.report(result, changed)

    def _index_loop(self) -> None:
        """Re-index after each good build; edits made meanwhile just set the flag again."""
        assert self.pagefind is not None
        output = _output_dir(self.root, self.overrides)
        while not self._stop.is_set():
            if not self._index_wanted.wait(timeout=0.1):
                continue
            self._index_wanted.clear()
            try:
                bundle = index_output(self.pagefind, output)
                with self.live.files:
                    swap_bundle(bundle, output)
            except (OSError, RuntimeError) as error:
                print(f"warning: search index not rebuilt: {error}", file=sys.stderr)
            self.search_epoch += 1

    def wait_for_search(self, epoch: int, timeout: float = 20.0) -> bool:
        """Block until a search index after ``epoch`` is in place (for tests and tools)."""
        deadline = time.monotonic() + timeout
        while self.search_epoch <= epoch and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.search_epoch > epoch

    def _loop(self) -> None:
        while not self._stop.is_set():
            changed = self._queue.wait_quiet(self._stop, self.debounce)
            if changed and not self._stop.is_set():
                self._rebuild(changed)

    def wait_for_epoch(self, epoch: int, timeout: float = 10.0) -> bool:
        """Block until a build after ``epoch`` finished (for tests and tools)."""
        deadline = time.monotonic() + timeout
        while self.epoch <= epoch and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.epoch > epoch

    def stop(self) -> None:
        """Stop watcher, build loop and server; waits for the threads."""
        self._stop.set()
        self.live.close()
        self._observer.stop()
        self._observer.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self._server.shutdown()
        self._server.server_close()


def serve(root: Path, overrides: dict[str, Any], host: str, port: int, quiet: bool = False, search: bool = True) -> int:
    """Run the preview until Ctrl-C; returns the exit status (0)."""

    def report(result: BuildResult, changed: set[str]) -> None:
        for diagnostic in result.report.sorted():
            # The preview always shows the offending lines: the author is at the editor.
            print(diagnostic.format(), file=sys.stderr)
        if not quiet:
            prefix = f"{len(changed)} changed: " if changed else ""
            print(prefix + result.summary(), flush=True)

    if host not in LOOPBACK:
        print(f"warning: serving on {host}: the preview is reachable from other machines", file=sys.stderr)
    preview = Preview(root, overrides, host, port, report, search=search).start()
    if not quiet:
        print(f"Serving on http://{host}:{preview.port}/ (Ctrl-C to stop)", flush=True)
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()
    return 0
