"""Seed discovery: stable order, hidden and backup files skipped, links kept inside."""

from __future__ import annotations

from pathlib import Path

from generator.discover import discover_seeds


def seeds(root: Path, names: list[str]) -> Path:
    folder = root / "seeds"
    folder.mkdir()
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Headline\n\nText.\n", encoding="utf-8")
    return folder


def names(folder: Path, paths: list[Path]) -> list[str]:
    return [p.relative_to(folder).as_posix() for p in paths]


def test_articles_are_found_in_a_stable_sorted_order(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["b.txt", "A.md", "2024/z.txt", "2024/a.markdown", "c.TXT", "a.txt"])
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["2024/a.markdown", "2024/z.txt", "A.md", "a.txt", "b.txt", "c.TXT"]
    assert problems == []
    assert discover_seeds(folder) == (found, problems)


def test_hidden_files_and_editor_backups_are_skipped_silently(tmp_path: Path) -> None:
    folder = seeds(tmp_path, [
        "keep.txt", ".hidden.txt", ".keep.txt.swp", ".#keep.txt", "keep.txt~", "#keep.txt#",
        ".git/config.txt", ".drafts/draft.md",
    ])
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["keep.txt"]
    assert problems == []


def test_files_that_are_not_articles_are_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["a.txt", "report.pdf", "sub/photo.jpg"])
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["a.txt"]
    assert [(d.path, d.severity) for d in problems] == [("seeds/report.pdf", "warning"), ("seeds/sub/photo.jpg", "warning")]
    assert all("not an article file" in d.message for d in problems)


def test_a_missing_seeds_folder_is_one_error(tmp_path: Path) -> None:
    found, problems = discover_seeds(tmp_path / "nowhere")
    assert found == []
    assert [(d.message, d.severity) for d in problems] == [("seeds folder not found", "error")]


def test_a_link_to_a_file_inside_the_seeds_folder_is_kept(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["archive/a.txt"])
    (folder / "latest.txt").symlink_to(folder / "archive" / "a.txt")
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["archive/a.txt", "latest.txt"]
    assert problems == []


def test_a_linked_folder_inside_the_seeds_folder_is_read_once_through_its_real_path(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["archive/2024/a.txt"])
    (folder / "current").symlink_to(folder / "archive" / "2024", target_is_directory=True)
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["archive/2024/a.txt"]
    assert problems == []


def test_a_link_to_a_file_outside_the_seeds_folder_is_skipped_with_a_diagnostic(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["a.txt"])
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "passwd.txt").symlink_to("../../../../../../etc/passwd")
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["a.txt"]
    assert [d.path for d in problems] == ["seeds/leak.txt", "seeds/passwd.txt"]
    assert all("outside the seeds folder" in d.message for d in problems)


def test_a_linked_folder_outside_the_seeds_folder_is_skipped_with_a_diagnostic(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["a.txt"])
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.txt").write_text("x", encoding="utf-8")
    (folder / "more").symlink_to(outside, target_is_directory=True)
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["a.txt"]
    assert [d.path for d in problems] == ["seeds/more"]
    assert "outside the seeds folder" in problems[0].message


def test_a_link_loop_is_skipped_with_a_diagnostic_and_does_not_hang(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["a.txt", "sub/b.txt"])
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["a.txt", "sub/b.txt"]
    assert [d.path for d in problems] == ["seeds/loop1.txt", "seeds/loop2.txt", "seeds/sub/up"]
    assert all("broken or looping link" in d.message for d in problems)


def test_a_broken_link_is_skipped_with_a_diagnostic(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["a.txt"])
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    found, problems = discover_seeds(folder)
    assert names(folder, found) == ["a.txt"]
    assert [(d.path, d.severity) for d in problems] == [("seeds/gone.txt", "warning")]


def test_skipped_links_are_warnings_so_the_rest_of_the_site_builds(tmp_path: Path) -> None:
    folder = seeds(tmp_path, ["a.txt"])
    (folder / "leak.txt").symlink_to(tmp_path / "x.txt")
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    _, problems = discover_seeds(folder)
    assert [d.severity for d in problems] == ["warning"]
    assert {d.stage for d in problems} == {"ingest"}
