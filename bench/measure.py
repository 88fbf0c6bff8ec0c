"""One measured build, run in its own process so its peak memory is its own.

``python bench/measure.py SITE [--no-cache] [--edit FILE]`` builds SITE and prints one JSON
line: wall seconds, seconds per stage, counts, and peak resident memory (MB) of this
process and of its largest worker. With ``--edit FILE`` it first builds, then appends a
sentence to FILE (a seed) and times an in-memory rebuild of just that change, as the
preview does: that second number is the edit-to-rebuild time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.build import Builder  # noqa: E402


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    """Measure one build (or one edit) and print it as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--edit", type=Path, help="seed file to edit after a first build")
    parser.add_argument("--edits", type=int, default=5, help="how many edits to time")
    args = parser.parse_args()
    builder = Builder(args.site.resolve(), use_cache=not args.no_cache)
    started = time.perf_counter()
    result = builder.build()
    wall = time.perf_counter() - started
    out: dict[str, object] = {
        "wall": wall,
        "timings": result.timings,
        "counts": result.counts,
        "errors": len(result.report.errors),
    }
    if args.edit is not None:
        seed = args.edit.resolve()
        original = seed.read_text(encoding="utf-8")
        relative = seed.relative_to(args.site.resolve()).as_posix()
        times = []
        for n in range(args.edits):
            seed.write_text(original + f"\n\nThe council said it would meet again on day {n}.\n", encoding="utf-8")
            started = time.perf_counter()
            edited = builder.build({relative})
            times.append(time.perf_counter() - started)
            out["edit_rendered"] = edited.counts.get("rendered", 0)
        seed.write_text(original, encoding="utf-8")
        out["edit_times"] = times
    out["rss_mb"] = _peak_mb(resource.RUSAGE_SELF)
    out["worker_rss_mb"] = _peak_mb(resource.RUSAGE_CHILDREN)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
