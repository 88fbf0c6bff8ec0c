"""The write stage under attack: kills between steps, stale and foreign temporary
folders, and links planted in the output folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import read_tree

from generator import write
from generator.errors import BuildError
from generator.write import clean_stale, update_site, write_site

OLD = {"index.html": b"old home", "articles/a/index.html": b"old a"}
NEW = {"index.html": b"new home", "articles/b/index.html": b"new b"}


def dead_pid() -> int:
    """The id of a process that has just ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_on_linux_the_new_site_replaces_the_old_in_one_atomic_exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "output"
    write_site(OLD, output)
    renames: list[str] = []
    real_rename = Path.rename
    monkeypatch.setattr(Path, "rename", lambda self, target: renames.append(self.name) or real_rename(self, target))
    write_site(NEW, output)
    assert renames == []  # no moment without an output folder
    assert read_tree(output) == NEW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_build_killed_between_the_two_renames_gets_the_previous_site_back(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(OLD, output)
    pid = dead_pid()
    output.rename(tmp_path / f".output.old-{pid}")  # the fallback swap, killed halfway
    (tmp_path / f".output.tmp-{pid}").mkdir()  # and its half-written new site
    (tmp_path / f".output.tmp-{pid}" / "index.html").write_bytes(b"half")
    assert clean_stale(output) == 1
    assert read_tree(output) == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_the_next_write_after_such_a_kill_starts_from_the_previous_site(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(OLD, output)
    output.rename(tmp_path / f".output.old-{dead_pid()}")
    stats = write_site({"index.html": None, "articles/a/index.html": b"old a"}, output)
    assert read_tree(output) == OLD and stats.changed == 0


def test_the_two_rename_fallback_also_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "_exchange", lambda first, second: False)
    output = tmp_path / "output"
    write_site(OLD, output)
    write_site(NEW, output)
    assert read_tree(output) == NEW
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_temporary_folders_of_a_build_still_running_are_left_alone(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(OLD, output)
    running = tmp_path / f".output.tmp-{os.getppid()}"
    running.mkdir()
    dead = tmp_path / f".output.tmp-{dead_pid()}"
    dead.mkdir()
    write_site(NEW, output)
    assert running.is_dir() and not dead.exists()


def test_writing_in_place_refuses_a_linked_folder_that_leads_outside(tmp_path: Path) -> None:
    output, outside = tmp_path / "output", tmp_path / "outside"
    write_site(OLD, output)
    outside.mkdir()
    (output / "people").symlink_to(outside)
    with pytest.raises(BuildError, match="leads out of the output folder"):
        update_site({**OLD, "people/x/index.html": b"planted"}, output, set(OLD))
    assert list(outside.iterdir()) == []


def test_a_link_planted_in_the_previous_output_is_never_carried_over(tmp_path: Path) -> None:
    output, secret = tmp_path / "output", tmp_path / "secret.txt"
    secret.write_bytes(b"secret")
    write_site(OLD, output)
    (output / "index.html").unlink()
    (output / "index.html").symlink_to(secret)
    with pytest.raises(BuildError, match="symbolic link"):
        write_site({"index.html": None, "articles/a/index.html": None}, output)
    assert (output / "index.html").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "secret.txt"]


@pytest.mark.parametrize("name", ["../escape.html", "/etc/passwd", "a/../../b", "", ".", "a/.."])
def test_no_page_name_can_leave_the_output_folder(tmp_path: Path, name: str) -> None:
    output = tmp_path / "site" / "output"
    with pytest.raises(BuildError, match="outside the output folder"):
        write_site({name: b"x"}, output)
    assert not (tmp_path / "escape.html").exists()
    assert [p.name for p in (tmp_path / "site").iterdir()] == []
