"""Write: pages → output/, atomically.

The whole site is written into a fresh temporary folder next to output/, then swapped
in, so an interrupted or failed build leaves the previous site whole. On Linux the swap
is one atomic ``renameat2(RENAME_EXCHANGE)``: even a build killed with SIGKILL at any
instant leaves output/ either wholly old or wholly new. Elsewhere it is two renames, and
a build killed between them leaves the previous site in ``.output.old-PID``, which the
next build puts back before anything else. Stale temporary folders left by a killed
build are removed by the next one. Every path is checked to stay inside the output folder.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import BuildError, Diagnostic

_TMP = ".tmp-"
_OLD = ".old-"


@dataclass(frozen=True)
class WriteStats:
    """What a write did: files in the site, and which differ from the last build."""

    files: int
    changed_paths: frozenset[str]
    removed_paths: frozenset[str]

    @property
    def changed(self) -> int:
        """How many files were new or different."""
        return len(self.changed_paths)

    @property
    def removed(self) -> int:
        """How many files of the last build are gone."""
        return len(self.removed_paths)


def safe_relative(path: str) -> PurePosixPath:
    """``path`` as a relative POSIX path that cannot leave the folder it is joined to."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(p in ("..", ".", "") for p in pure.parts):
        raise BuildError([Diagnostic(path=path, message="refusing to write outside the output folder", stage="write")])
    return pure


def _stale(output_dir: Path) -> list[Path]:
    parent = output_dir.parent
    prefix = "." + output_dir.name
    if not parent.is_dir():
        return []
    return sorted(
        p for p in parent.iterdir()
        if (p.name.startswith(prefix + _TMP) or p.name.startswith(prefix + _OLD)) and not _owner_alive(p)
    )


def _owner_alive(folder: Path) -> bool:
    """True when the build that made ``folder`` (named ``…-PID``) is another live process.

    Its temporary folder is in use (a preview and a build of the same site at once)."""
    pid = folder.name.rsplit("-", 1)[-1]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def clean_stale(output_dir: Path) -> int:
    """Remove temporary folders a killed build left next to ``output_dir``.

    A build killed between the two renames of a non-atomic swap leaves no output folder
    and the previous site in ``.output.old-PID``: that site is put back, not deleted.
    """
    stale = _stale(output_dir)
    if not output_dir.exists() and not output_dir.is_symlink():
        previous = [p for p in stale if p.name.startswith(f".{output_dir.name}{_OLD}")]
        if previous:
            newest = max(previous, key=lambda p: (p.stat().st_mtime_ns, p.name))
            newest.rename(output_dir)
            stale.remove(newest)
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return len(stale)


def _unchanged(old: Path, data: bytes) -> bool:
    try:
        return old.stat().st_size == len(data) and old.read_bytes() == data
    except OSError:
        return False


def _link(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
    except OSError:
        return False
    return True


def _keep(previous: Path, target: Path) -> None:
    if previous.is_symlink():
        # Only builds write output/; a link there was put by someone else, and keeping
        # it could publish a file from outside the site.
        raise BuildError([Diagnostic(path=str(previous), message="the previous output holds a symbolic link; refusing to keep it; delete the output folder and build again", stage="write")])
    if not _link(previous, target):
        try:
            shutil.copy2(previous, target)
        except OSError as error:
            raise BuildError([Diagnostic(path=str(previous), message=f"the previous output changed during the build ({error.strerror}); build again", stage="write")]) from error


def write_site(files: dict[str, bytes | None], output_dir: Path) -> WriteStats:
    """Replace ``output_dir`` with exactly ``files`` (relative path → bytes), atomically.

    ``None`` instead of bytes means "unchanged since the last build": the file is taken
    from the current output folder as it is (a hard link, so no bytes are copied).
    """
    output_dir = output_dir.absolute()
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(output_dir)
    tmp = output_dir.parent / f".{output_dir.name}{_TMP}{os.getpid()}"
    tmp.mkdir()
    changed: set[str] = set()
    try:
        for name in sorted(files):
            relative = safe_relative(name)
            target = tmp.joinpath(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            data = files[name]
            previous = output_dir.joinpath(*relative.parts)
            if data is None:
                _keep(previous, target)
                continue
            # An unchanged file keeps the old inode and time stamp: hosts and rsync see
            # no change. A file system without hard links gets a fresh copy instead.
            if not (_unchanged(previous, data) and _link(previous, target)):
                target.write_bytes(data)
                changed.add(name)
        removed = _removed(output_dir, files)
        _swap(tmp, output_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return WriteStats(files=len(files), changed_paths=frozenset(changed), removed_paths=removed)


def _removed(output_dir: Path, files: dict[str, bytes | None]) -> frozenset[str]:
    if not output_dir.is_dir():
        return frozenset()
    old = {p.relative_to(output_dir).as_posix() for p in output_dir.rglob("*") if p.is_file()}
    return frozenset(old - set(files))


def _swap(tmp: Path, output_dir: Path) -> None:
    if output_dir.is_symlink() or output_dir.is_file():
        raise BuildError([Diagnostic(path=str(output_dir), message="output path is not a folder; refusing to replace it", stage="write")])
    if not output_dir.exists():
        tmp.rename(output_dir)
        return
    if _exchange(tmp, output_dir):
        shutil.rmtree(tmp, ignore_errors=True)  # now the previous site
        return
    old = output_dir.parent / f".{output_dir.name}{_OLD}{os.getpid()}"
    output_dir.rename(old)
    try:
        tmp.rename(output_dir)
    except BaseException:
        # Put the previous site back; otherwise the next build's stale clean-up would
        # delete the only copy of it.
        old.rename(output_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _renameat2() -> object | None:
    """libc's ``renameat2``, or None where the C library has none (macOS, musl < 1.2)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    return getattr(libc, "renameat2", None)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step; False when the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    done = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)  # type: ignore[operator]
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False  # an old kernel or a file system without exchange: two renames
    raise OSError(code, os.strerror(code), str(second))


def update_site(
    files: dict[str, bytes | None],
    output_dir: Path,
    previous: set[str],
    guard: AbstractContextManager[object] | None = None,
) -> WriteStats:
    """Bring ``output_dir`` to ``files`` in place, touching only what changed.

    Used by the preview, where swapping the whole folder would cost more than the edit:
    each changed file is written to a temporary name and renamed over the old one, so no
    reader ever sees half a file, and the renames and deletions all happen inside
    ``guard`` (the server's write lock), so no request sees half a rebuild. ``previous``
    is the set of files the last build wrote.
    """
    staged: list[tuple[Path, Path]] = []
    changed: set[str] = set()
    root = os.path.realpath(output_dir)
    try:
        for name in sorted(files):
            data = files[name]
            if data is None:
                continue
            target = output_dir.joinpath(*safe_relative(name).parts)
            _check_inside(root, target)
            if _unchanged(target, data):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.parent / f".{target.name}{_TMP}{os.getpid()}"
            temporary.write_bytes(data)
            staged.append((temporary, target))
            changed.add(name)
        removed = previous - set(files)
        with guard if guard is not None else nullcontext():
            for temporary, target in staged:
                os.replace(temporary, target)
            for name in sorted(removed):
                output_dir.joinpath(*safe_relative(name).parts).unlink(missing_ok=True)
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    _prune_empty(output_dir, removed)
    return WriteStats(files=len(files), changed_paths=frozenset(changed), removed_paths=frozenset(removed))


def _check_inside(root: str, target: Path) -> None:
    """Refuse to write ``target`` when a linked folder on its way leads out of ``root``.

    Writing in place goes through whatever is in output/ now, and someone may have put
    a link there (``output/articles`` → ``/etc``)."""
    folder = target.parent
    while not os.path.lexists(folder) and folder != folder.parent:
        folder = folder.parent
    real = os.path.realpath(folder)
    if real != root and not real.startswith(root + os.sep):
        raise BuildError([Diagnostic(path=str(target), message="a linked folder leads out of the output folder; refusing to write through it", stage="write")])


def _prune_empty(output_dir: Path, removed: set[str]) -> None:
    """Remove folders that deleting pages left empty (people/x/ after x's index.html)."""
    for name in sorted(removed, reverse=True):
        folder = output_dir.joinpath(*PurePosixPath(name).parts).parent
        while folder != output_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
