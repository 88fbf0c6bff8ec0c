"""Seed files that change under the build: vanish, turn into folders or pipes, lose
their permissions, or grow past the size limit between being listed and being read."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_corpus import article
from support import make_site

import generator.corpus
from generator.build import build
from generator.discover import discover_seeds


def _build_with(root: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None]) -> list[str]:
    """Build ``root``, doing ``change`` to seeds/doomed.txt right after the seeds are listed."""

    def listed_then_changed(seeds_dir: Path):  # type: ignore[no-untyped-def]
        found = discover_seeds(seeds_dir)
        change(seeds_dir / "doomed.txt")
        return found

    monkeypatch.setattr(generator.corpus, "discover_seeds", listed_then_changed)
    result = build(root, use_cache=False, workers=1)
    assert result.library is not None and list(result.library.articles) == ["survivor"]
    return [d.headline() for d in result.report.sorted()]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site", seeds={
        "doomed.txt": article("Doomed article", "Ann Lee", "Gone soon."),
        "survivor.txt": article("Survivor article", "Bo Chan", "Still here."),
    })


def _swap_for_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _swap_for_pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _grow(path: Path) -> None:
    with open(path, "ab") as handle:
        handle.truncate(6 * 1024 * 1024)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (Path.unlink, "file disappeared while the site was building; skipped"),
        (_swap_for_folder, "not a regular file (a folder); skipped"),
        (_swap_for_pipe, "not a regular file (a named pipe); skipped"),
        (_grow, "files over 5.0 MB are not read; skipped"),
    ],
    ids=["vanishes", "becomes-a-folder", "becomes-a-pipe", "grows-past-the-limit"],
)
def test_a_seed_that_changes_mid_build_is_one_error_and_the_rest_builds(
    root: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None], message: str
) -> None:
    lines = _build_with(root, monkeypatch, change)
    assert len(lines) == 1 and lines[0].startswith("seeds/doomed.txt: error: ") and message in lines[0], lines
    assert (root / "output" / "articles" / "survivor" / "index.html").is_file()
    assert not (root / "output" / "articles" / "doomed").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_seed_that_becomes_unreadable_mid_build_is_one_error(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _build_with(root, monkeypatch, lambda path: path.chmod(0))
    assert lines == ["seeds/doomed.txt: error: cannot read file: Permission denied; skipped"]


def test_a_seed_folder_that_vanishes_mid_build_is_reported_not_a_crash(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def listed_then_gone(seeds_dir: Path):  # type: ignore[no-untyped-def]
        found = discover_seeds(seeds_dir)
        shutil.rmtree(seeds_dir)
        return found

    monkeypatch.setattr(generator.corpus, "discover_seeds", listed_then_gone)
    result = build(root, use_cache=False, workers=1)
    lines = [d.headline() for d in result.report.sorted() if d.path.startswith("seeds")]
    assert [line.split(": ")[0] for line in lines] == ["seeds/doomed.txt", "seeds/survivor.txt"]
    assert all("file disappeared while the site was building" in line for line in lines)
