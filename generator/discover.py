"""Find the seed files of a site: sorted, hidden files skipped, links kept inside."""

from __future__ import annotations

import os
from pathlib import Path

from generator.errors import Diagnostic
from generator.ingest import SEED_SUFFIXES


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def discover_seeds(seeds_dir: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Every article file below ``seeds_dir`` in a stable order, and what was skipped.

    Hidden files and editor backups are skipped silently. A link that points outside the
    seeds folder, or into a loop, is skipped with a warning; files that are not articles
    are skipped with a warning so a dropped-in PDF does not go unnoticed.
    """
    if not seeds_dir.is_dir():
        return [], [Diagnostic(path=str(seeds_dir), message="seeds folder not found", stage="ingest")]
    root = seeds_dir.resolve()
    found: list[Path] = []
    problems: list[Diagnostic] = []
    # os.walk with followlinks=False never enters a linked folder, so loops cannot hang it.
    for folder, dirs, files in os.walk(seeds_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            linked = Path(folder) / name
            if not linked.is_symlink():
                continue
            # A linked folder inside seeds/ is read through its real path anyway; say so
            # only for links that leave seeds/ or loop back to a parent.
            target = linked.resolve()
            if target != root and root not in target.parents:
                problems.append(_skipped(seeds_dir, linked, "link points outside the seeds folder; skipped"))
            elif target == linked.parent.resolve() or target in linked.parent.resolve().parents:
                problems.append(_skipped(seeds_dir, linked, "broken or looping link; skipped"))
        for name in sorted(files):
            path = Path(folder) / name
            relative = path.relative_to(seeds_dir)
            if _is_hidden(relative) or name.endswith("~") or name.startswith("#"):
                continue
            if path.suffix.lower() not in SEED_SUFFIXES:
                problems.append(
                    Diagnostic(path=_display(seeds_dir, path), message="not an article file (expected .txt, .md or .markdown); skipped", severity="warning", stage="ingest")
                )
                continue
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    problems.append(_skipped(seeds_dir, path, "broken or looping link; skipped"))
                    continue
                if root not in target.parents:
                    problems.append(_skipped(seeds_dir, path, "link points outside the seeds folder; skipped"))
                    continue
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(seeds_dir).as_posix()), problems


def _skipped(seeds_dir: Path, path: Path, message: str) -> Diagnostic:
    # A warning, as the docstring promises: the rest of the site builds; --strict fails.
    return Diagnostic(path=_display(seeds_dir, path), message=message, severity="warning", stage="ingest")


def _display(seeds_dir: Path, path: Path) -> str:
    return (Path(seeds_dir.name) / path.relative_to(seeds_dir)).as_posix()
