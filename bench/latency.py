"""Edit-to-reload latency of the live preview: file saved → reload event sent.

``python bench/latency.py SITE --edits 10`` starts the real preview (watcher, debounce,
incremental rebuild, live state) on SITE, then repeatedly appends a sentence to one seed
and waits for the build loop to publish the reload event. Prints one JSON line with
every latency in seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.serve import Preview  # noqa: E402


def main() -> int:
    """Measure and print the latencies."""
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    root = args.site.resolve()
    seed = sorted((root / "seeds").glob("*.txt"))[len(list((root / "seeds").glob("*.txt"))) // 2]
    original = seed.read_text(encoding="utf-8")
    preview = Preview(root, port=0).start()
    latencies = []
    try:
        for n in range(args.edits):
            epoch = preview.live.current.epoch
            time.sleep(0.2)  # let the previous build settle, as between real saves
            started = time.perf_counter()
            seed.write_text(original + f"\n\nThe mayor said the vote would be held on day {n}.\n", encoding="utf-8")
            snapshot = preview.live.wait_after(epoch, timeout=60)
            latencies.append(time.perf_counter() - started)
            if snapshot.errors:
                print(f"build errors: {snapshot.errors[0].headline()}", file=sys.stderr)
    finally:
        seed.write_text(original, encoding="utf-8")
        preview.stop()
    print(json.dumps({"latencies": latencies}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
