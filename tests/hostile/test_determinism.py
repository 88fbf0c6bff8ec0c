"""Builds are byte-identical whatever the hash seed, locale, time zone, or the order in
which the seed files were copied into the folder, and from a warm cache as from a cold one."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

from hostile_corpus import article
from support import REPO, SEEDS, make_site, read_tree

sys.path.insert(0, str(REPO))
from bench.corpus import write_corpus

FIXTURES = REPO / "tests" / "fixtures" / "articles"
CONTENT = {
    "content/people/keir.md": "---\nname: Keir Starmer\naliases: [Sir Keir, the Labour leader]\n---\nPrime Minister.\n",
    "content/pages/about.md": "---\ntitle: About\nnav: true\n---\nAbout [[Keir Starmer]] and [[Nobody Known]].\n",
    "content/events/summit.md": "---\nname: Spring summit\ndate: 2024-03\nplace: Brussels\n---\nLeaders met.\n",
}
#: (PYTHONHASHSEED, locale variables, TZ, order the seeds are copied in)
ENVIRONMENTS = [
    ("0", {"LC_ALL": "C"}, "UTC", "sorted"),
    ("4242", {"LC_ALL": "C.utf8"}, "Pacific/Kiritimati", "reversed"),
    ("random", {"LANG": "POSIX", "LC_ALL": ""}, "America/St_Johns", "shuffled"),
]


def _sources(tmp_path: Path) -> dict[str, bytes]:
    """Every seed file of the test site, by name: real seeds, fixtures, a generated batch."""
    batch = tmp_path / "batch"
    write_corpus(batch, 25, seed=11)
    files = {p.name: p.read_bytes() for p in sorted(SEEDS.iterdir())}
    files.update({p.name: p.read_bytes() for p in sorted(FIXTURES.glob("*.txt"))})
    files.update({f"batch/{p.name}": p.read_bytes() for p in sorted(batch.iterdir())})
    files["Café.txt"] = article("Accents in a file name", "Zoë Ñúñez", "Ça va.").encode("utf-8")
    files["world/Łódź.md"] = b"---\ntitle: Markdown with a date\ndate: 2024-02-29\nsource: Example News\n---\n\nJane Roe said: \xe2\x80\x9cLeap day.\xe2\x80\x9d\n"
    return files


def _site(base: Path, files: dict[str, bytes], order: str, rng: random.Random) -> Path:
    root = make_site(base, files=CONTENT)
    names = sorted(files)
    if order == "reversed":
        names.reverse()
    elif order == "shuffled":
        rng.shuffle(names)
    for name in names:
        target = root / "seeds" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[name])
    return root


def _env(hash_seed: str, locale: dict[str, str], tz: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "TZ", "PYTHONHASHSEED"))}
    env.update(locale)
    env.update({"PYTHONHASHSEED": hash_seed, "TZ": tz})
    return env


def test_builds_are_byte_identical_under_any_hash_seed_locale_time_zone_file_order_and_cache(tmp_path: Path) -> None:
    files = _sources(tmp_path)
    rng = random.Random(7)
    builds = []
    for n, (hash_seed, locale, tz, order) in enumerate(ENVIRONMENTS):
        root = _site(tmp_path / f"site{n}", files, order, rng)
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "build", "-q"], cwd=root, env=_env(hash_seed, locale, tz),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        builds.append((root, process))
    trees = []
    for root, process in builds:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        trees.append(read_tree(root / "output"))
    # And once more from a warm cache, into an empty output folder.
    root = builds[0][0]
    shutil.rmtree(root / "output")
    warm = subprocess.run([sys.executable, "-m", "generator", "build", "-q"], cwd=root, capture_output=True, text=True, timeout=300, check=False)
    assert warm.returncode == 0, warm.stderr
    trees.append(read_tree(root / "output"))
    assert len(trees[0]) > 100
    for other in trees[1:]:
        assert sorted(other) == sorted(trees[0])
        assert [name for name in trees[0] if other[name] != trees[0][name]] == []
