"""``briefing serve``: build, serve output/ on loopback, rebuild when inputs change.

One process: a watchdog observer only records which paths changed; a build loop waits
for a quiet moment (debounce), rebuilds, and keeps serving the last good site when a
build fails.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from generator.build import build
from generator.config import load_config
from generator.errors import BuildError
from generator.serve.server import start_server
from generator.serve.watch import ChangeQueue, start_watching

__all__ = ["serve"]


def _print(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, flush=True)


def _output_dir(root: Path, overrides: dict[str, Any]) -> Path:
    """Where the site is written; the default when site.yaml cannot be read yet."""
    try:
        return load_config(root, overrides).output_dir
    except BuildError:
        return Path(overrides.get("paths.output") or root / "output")


def serve(
    root: Path,
    overrides: dict[str, Any],
    host: str,
    port: int,
    verbose: bool = False,
    quiet: bool = False,
    stop: threading.Event | None = None,
) -> int:
    """Run the preview until Ctrl-C (or ``stop`` is set); returns the exit status."""
    stop = stop or threading.Event()
    result = build(root, overrides)
    for diagnostic in result.report.sorted():
        print(diagnostic.format(), file=sys.stderr)
    _print(result.summary(), quiet)
    output_dir = _output_dir(root, overrides)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {host}: the preview is reachable from other machines", file=sys.stderr)
    server = start_server(output_dir, host, port)
    _print(f"Serving on http://{host}:{server.server_address[1]}/ (Ctrl-C to stop)", quiet)
    queue = ChangeQueue()
    observer = start_watching(root, output_dir, queue)
    try:
        while not stop.is_set():
            changed = queue.wait_quiet(stop, quiet_seconds=0.05)
            if not changed:
                continue
            result = build(root, overrides)
            for diagnostic in result.report.sorted():
                print(diagnostic.format(), file=sys.stderr)
            _print(f"{len(changed)} change(s): {result.summary()}", quiet)
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join(timeout=5)
        server.shutdown()
        server.server_close()
    return 0
