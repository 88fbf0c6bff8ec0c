"""Write: the output folder is replaced atomically and unchanged files keep their inode."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.write import safe_relative, write_site

SITE = {
    "index.html": b"<h1>Home</h1>\n",
    "people/keir-starmer/index.html": b"<h1>Keir Starmer</h1>\n",
    "api/people.json": b"[]\n",
}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}."))


def test_write_site_creates_the_output_folder_and_its_parents(tmp_path: Path) -> None:
    output = tmp_path / "deep" / "output"
    stats = write_site(SITE, output)
    assert tree(output) == SITE
    assert (stats.files, stats.changed, stats.removed) == (3, 3, 0)
    assert leftovers(output) == []


def test_a_second_identical_write_changes_nothing_and_keeps_every_inode(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    inodes = {name: (output / name).stat().st_ino for name in SITE}
    stats = write_site(dict(SITE), output)
    assert (stats.files, stats.changed, stats.removed) == (3, 0, 0)
    assert {name: (output / name).stat().st_ino for name in SITE} == inodes
    assert tree(output) == SITE


def test_only_files_whose_bytes_differ_count_as_changed(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    home = (output / "index.html").stat().st_ino
    stats = write_site({**SITE, "index.html": b"<h1>Home, again</h1>\n"}, output)
    assert stats.changed == 1
    assert (output / "index.html").read_bytes() == b"<h1>Home, again</h1>\n"
    assert (output / "people/keir-starmer/index.html").read_bytes() == SITE["people/keir-starmer/index.html"]
    # The old inode is not written through: a server still holding it sees the old bytes.
    assert (output / "index.html").stat().st_ino != home


def test_files_no_longer_in_the_site_disappear(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    smaller = {k: v for k, v in SITE.items() if not k.startswith("people/")}
    stats = write_site(smaller, output)
    assert stats.removed == 1
    assert tree(output) == smaller
    assert not (output / "people").exists()


@pytest.mark.parametrize("bad", ["../x", "/abs", "a/../../x", "people/../../x", "", "a//../b"])
def test_a_path_outside_the_output_folder_raises_and_leaves_the_previous_site(tmp_path: Path, bad: str) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    before = tree(output)
    with pytest.raises(BuildError) as raised:
        write_site({**SITE, "zzz.html": b"new", bad: b"evil"}, output)
    assert raised.value.diagnostics[0].path == bad
    assert "outside the output folder" in raised.value.diagnostics[0].message
    assert tree(output) == before
    assert leftovers(output) == []
    assert not (tmp_path / "x").exists()


def test_safe_relative_accepts_plain_nested_paths() -> None:
    assert safe_relative("people/keir-starmer/index.html").parts == ("people", "keir-starmer", "index.html")


def test_stale_temporary_folders_are_removed_by_the_next_write(tmp_path: Path) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    for name in (".output.tmp-99999", ".output.old-12345"):
        (tmp_path / name / "sub").mkdir(parents=True)
        (tmp_path / name / "sub" / "page.html").write_bytes(b"half")
    (tmp_path / ".unrelated").mkdir()
    write_site(SITE, output)
    assert leftovers(output) == []
    assert (tmp_path / ".unrelated").is_dir()
    assert tree(output) == SITE


def test_an_error_mid_write_leaves_the_previous_site_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    before = tree(output)
    inodes = {name: (output / name).stat().st_ino for name in SITE}
    real_write = Path.write_bytes
    written: list[Path] = []

    def failing_write(self: Path, data: bytes) -> int:  # type: ignore[override]
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(self)
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    site = {f"new/{i}.html": f"page {i}".encode() for i in range(5)}
    with pytest.raises(OSError, match="No space left"):
        write_site({**SITE, **site}, output)
    monkeypatch.undo()
    assert len(written) == 2
    assert tree(output) == before
    assert {name: (output / name).stat().st_ino for name in SITE} == inodes
    assert leftovers(output) == []


def test_a_failed_swap_puts_the_previous_site_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "output"
    write_site(SITE, output)
    before = tree(output)
    real_rename = Path.rename

    def failing_rename(self: Path, target: Path) -> Path:  # type: ignore[override]
        if self.name.startswith(".output.tmp-"):
            raise OSError(16, "Device or resource busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_rename)
    monkeypatch.setattr("generator.write._exchange", lambda first, second: False)  # the two-rename fallback
    with pytest.raises(OSError, match="busy"):
        write_site({"index.html": b"other"}, output)
    monkeypatch.undo()
    assert tree(output) == before
    assert leftovers(output) == []


def test_an_output_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.write_bytes(b"not a folder")
    with pytest.raises(BuildError):
        write_site(SITE, output)
    assert output.read_bytes() == b"not a folder"
    assert leftovers(output) == []
