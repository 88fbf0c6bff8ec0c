"""The fuzz target runs in every test run: over its seed corpus, over seeded mutations of
it (a poor man's fuzzer, deterministic), and under atheris for a moment when installed."""

from __future__ import annotations

import importlib.util
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fuzz_ingest import CORPUS, check_one

INPUTS = sorted(CORPUS.iterdir())
MUTATIONS = 1000


def mutate(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    """One random edit of ``data``: flip, insert, delete, duplicate, splice or truncate."""
    buffer = bytearray(data or b"\x00")
    at = rng.randrange(len(buffer))
    choice = rng.randrange(6)
    if choice == 0:
        buffer[at] ^= 1 << rng.randrange(8)
    elif choice == 1:
        buffer[at:at] = bytes(rng.choice(b"\x00\r\n \"'\xe2\x80\x9c\x9d-:#*&[]{}<>\xff") for _ in range(rng.randint(1, 8)))
    elif choice == 2:
        del buffer[at : at + rng.randint(1, 16)]
    elif choice == 3:
        chunk = buffer[at : at + rng.randint(1, 64)]
        buffer[at:at] = chunk * rng.randint(1, 20)
    elif choice == 4:
        other = rng.choice(others)
        buffer[at:] = other[rng.randrange(len(other) or 1) :]
    else:
        del buffer[at:]
    return bytes(buffer)


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_the_fuzz_target_accepts_every_input_of_its_corpus(path: Path) -> None:
    check_one(path.read_bytes())


def test_the_fuzz_target_survives_seeded_mutations_of_its_corpus() -> None:
    rng = random.Random(20240304)
    seeds = [p.read_bytes() for p in INPUTS]
    for _ in range(MUTATIONS):
        data = rng.choice(seeds)
        for _ in range(rng.randint(1, 4)):
            data = mutate(data, rng, seeds)
        check_one(data[:8192])


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is an optional extra (.[fuzz])")
def test_the_fuzz_target_runs_under_atheris(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("fuzz_ingest.py")), "-runs=300", "-max_len=4096", "-timeout=10", str(corpus)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,  # crash files land here
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done 300 runs" in done.stderr or "DONE" in done.stderr, done.stderr[-3000:]
