"""Find and read the seed files of a site: sorted, hidden files skipped, links kept inside.

Everything in seeds/ is untrusted: names may hold control characters or bytes that are
not UTF-8, files may be named pipes, devices, links out of the folder or loops, may be
huge, or may vanish between being listed and being read. :func:`discover_seeds` lists
what can be read and names what it skips; :func:`read_input` reads one file with a size
limit and never blocks on something that is not a regular file.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from generator.errors import Diagnostic
from generator.ingest import SEED_SUFFIXES

#: Largest seed or content file read, in bytes. News articles are tens of kilobytes; a
#: file this big is a dump or a mistake, and reading it would only slow every build down.
MAX_INPUT_BYTES = 5 * 1024 * 1024

_READ_CHUNK = 1 << 20


class Unreadable(Exception):
    """A seed file that cannot be read as an article; ``message`` says why."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def shown_name(text: str) -> str:
    """``text`` safe to print on one line: bytes that are not UTF-8 and control
    characters appear as backslash escapes ("caf\\xe9.txt", "two\\nlines.txt")."""
    raw = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(repr(c)[1:-1] if _breaks_line(c) else c for c in raw)


def _breaks_line(char: str) -> bool:
    """Control characters and line or paragraph separators."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def bad_name(name: str) -> str | None:
    """Why ``name`` (a path relative to its folder) cannot name an input file, or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8; rename the file"
    if any(_breaks_line(c) for c in name):
        return "file name contains control characters; rename the file"
    return None


def discover_seeds(seeds_dir: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Every article file below ``seeds_dir`` in a stable order, and what was skipped.

    Hidden files and editor backups are skipped silently. A link that points outside the
    seeds folder, or into a loop, is skipped with a warning; files that are not articles
    are skipped with a warning so a dropped-in PDF does not go unnoticed. An article
    whose name cannot be shown or hashed (bytes that are not UTF-8, control characters)
    is skipped with an error.
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
            naming = bad_name(relative.as_posix())
            if naming is not None:
                problems.append(Diagnostic(path=_display(seeds_dir, path), message=naming, stage="ingest"))
                continue
            problem = link_problem(path, root, "seeds folder")
            if problem is not None:
                problems.append(_skipped(seeds_dir, path, problem))
                continue
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(seeds_dir).as_posix()), problems


def link_problem(path: Path, root: Path, folder: str) -> str | None:
    """Why the link at ``path`` must not be read, or None when it is no link or stays
    inside ``root`` (a resolved folder, called ``folder`` in the message)."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "broken or looping link; skipped"
    if root not in target.parents:
        return f"link points outside the {folder}; skipped"
    return None


def read_input(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the input file at ``path``, at most ``limit`` of them.

    Raises :class:`Unreadable` when the file vanished, cannot be opened, is not a
    regular file (a named pipe would block the build forever) or is over ``limit``.
    The checks are made on the open file, so a file swapped after discovery is caught.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise Unreadable("file disappeared while the site was building; skipped", "build again") from None
    except OSError as error:
        raise Unreadable(f"cannot read file: {error.strerror or error}; skipped") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"not a regular file ({_kind(info.st_mode)}); skipped", "only text files are read")
        if info.st_size > limit:
            raise Unreadable(_too_large(info.st_size, limit), _LARGE_HINT)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_READ_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while we read it
            raise Unreadable(_too_large(size, limit), _LARGE_HINT)
        return b"".join(chunks)
    except OSError as error:
        raise Unreadable(f"cannot read file: {error.strerror or error}; skipped") from None
    finally:
        os.close(fd)


_LARGE_HINT = "split it into one file per article, or move it out of seeds/"


def _too_large(size: int, limit: int) -> str:
    return f"file is {_megabytes(size)}; files over {_megabytes(limit)} are not read; skipped"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a plain file"


def _skipped(seeds_dir: Path, path: Path, message: str) -> Diagnostic:
    # A warning, as the docstring promises: the rest of the site builds; --strict fails.
    return Diagnostic(path=_display(seeds_dir, path), message=message, severity="warning", stage="ingest")


def _display(seeds_dir: Path, path: Path) -> str:
    return shown_name((Path(seeds_dir.name) / path.relative_to(seeds_dir)).as_posix())
