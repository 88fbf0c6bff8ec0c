"""Kill the build with SIGKILL at random (seeded) moments: output/ is always the previous
site byte for byte, and the next build removes what the killed one left behind."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import REPO, broken_links, load_api, make_site, run_cli

sys.path.insert(0, str(REPO))
from bench.corpus import write_corpus

ARTICLES = 40
KILLS = 8
SEED = 20240304


def digests(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` → sha256 of its bytes (links and pipes would show)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() or p.is_symlink()
    }


def leftovers(root: Path) -> list[str]:
    """Temporary folders of builds next to output/."""
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".output"))


def start_build(root: Path) -> subprocess.Popen[bytes]:
    """``briefing build`` in its own process group, so a kill takes its workers too."""
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "-q"], cwd=root,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def edit(seed: Path, n: int) -> str:
    """Append a sentence to ``seed``; the build after it must show the sentence."""
    marker = f"Killed build number {n} left no trace."
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    return marker


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_a_build_killed_at_random_moments_never_leaves_a_half_written_site(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    seeds = sorted(write_corpus(root / "seeds", ARTICLES, seed=7))
    assert run_cli("build", "-q", cwd=root).code == 0
    marker = edit(seeds[0], 0)
    started = time.monotonic()
    assert run_cli("build", "-q", cwd=root).code == 0
    duration = time.monotonic() - started  # one incremental build, as every killed one is
    good = digests(root / "output")
    rng = random.Random(SEED)
    kills: list[str] = []
    for n in range(1, KILLS + 1):
        marker = edit(seeds[n], n)
        build = start_build(root)
        time.sleep(rng.uniform(0.02, duration))
        if build.poll() is not None:  # finished first: a whole new site, the baseline from now on
            assert build.returncode == 0, build.communicate()[1].decode()
            good, _ = digests(root / "output"), kills.append("finished")
            continue
        os.killpg(build.pid, signal.SIGKILL)
        build.communicate()
        assert (root / "output").is_dir(), f"kill {n}: no output folder"
        now = digests(root / "output")
        if now == good:
            kills.append("before the swap" + (", temporary folder left" if leftovers(root) else ""))
            continue
        # Killed after the swap: output/ must then be the whole new site, exactly what a
        # build of the same inputs that runs to the end writes.
        rebuilt = run_cli("build", "-q", cwd=root)
        assert rebuilt.code == 0, rebuilt.err
        assert digests(root / "output") == now, f"kill {n}: output is neither the old site nor the new one"
        good, _ = now, kills.append("after the swap")
    finished = run_cli("build", cwd=root)
    assert finished.code == 0, finished.err
    assert leftovers(root) == []
    output = root / "output"
    assert len(load_api(output, "articles")) == ARTICLES
    article = next(a for a in load_api(output, "articles") if a["file"] == seeds[KILLS].name)
    assert marker in (output / "articles" / article["id"] / "index.html").read_text(encoding="utf-8")
    assert broken_links(output, "https://example.org/") == []
    print(f"build took {duration:.2f} s; kills: {kills}")
