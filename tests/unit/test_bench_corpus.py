"""bench/corpus.py: a deterministic, realistic synthetic seed corpus (N=20, fast)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus, write_hugo_site

N = 20
_NAME = re.compile(r"\d{7}_[0-9a-f]{8}\.(txt|md)")


def _read(paths: list[Path]) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths}


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n", 2)[1])


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", N, seed=7)
    second = write_corpus(tmp_path / "b", N, seed=7)
    assert len(first) == N
    assert _read(first) == _read(second)


def test_same_output_under_another_hash_seed(tmp_path: Path) -> None:
    here = _read(write_corpus(tmp_path / "here", N, seed=3))
    script = ROOT / "bench" / "corpus.py"
    cmd = [
        sys.executable,
        str(script),
        "--n",
        str(N),
        "--seed",
        "3",
        "--out",
        str(tmp_path / "sub"),
    ]
    subprocess.run(cmd, check=True, capture_output=True, env={"PYTHONHASHSEED": "12345"})
    there = _read(sorted((tmp_path / "sub").iterdir()))
    assert here == there


def test_different_seed_gives_different_files(tmp_path: Path) -> None:
    one = _read(write_corpus(tmp_path / "a", N, seed=1))
    two = _read(write_corpus(tmp_path / "b", N, seed=2))
    assert sorted(one.values()) != sorted(two.values())
    assert set(one) != set(two)


def test_files_are_utf8_named_and_quoted(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, N)
    for path in paths:
        assert _NAME.fullmatch(path.name), path.name
        text = path.read_bytes().decode("utf-8")
        assert any(mark in text for mark in '“”"'), path.name
        paragraphs = [p for p in re.split(r"\n+", text) if len(p) > 80]
        assert len(paragraphs) >= 4, path.name


def test_layouts_are_mixed(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in write_corpus(tmp_path, 200)]
    joined = "\n".join(texts)
    assert any(re.match(r".+ (—|\||-) [A-Z]", t.split("\n", 1)[0]) for t in texts)
    assert re.search(r"^ date \d{4}-\d\d-\d\d .+ - [^/\n]+/[^/\n]+$", joined, re.MULTILINE)
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", joined, re.MULTILINE)
    assert re.search(r"^https://\S+$", joined, re.MULTILINE)
    assert "Exit mobile version" in joined
    assert re.search(r"^By [A-Z]", joined, re.MULTILINE)
    assert re.search(r"^[A-Z]+(, [A-Z][a-z]+)? \((AP|CNN)\) — ", joined, re.MULTILINE)
    assert '"' in joined and "“" in joined
    # A quote running on: a paragraph opening a quote it does not close.
    assert re.search(r"^“[^”\n]*$", joined, re.MULTILINE)
    # A split quote: "A," he said, "b."
    assert re.search(r",” [^“”\n]{2,60} \w+, “[a-z]", joined)


def test_people_recur_across_articles(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, N, markdown=True)
    counts = Counter(name for p in paths for name in _front_matter(p)["people"])
    assert counts.most_common(1)[0][1] >= 3
    assert sum(1 for c in counts.values() if c >= 2) >= 3


def test_markdown_front_matter_parses(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, N, markdown=True)
    assert len(paths) == N
    for path in paths:
        assert path.suffix == ".md"
        fm = _front_matter(path)
        assert isinstance(fm["title"], str) and fm["title"]
        assert fm["date"].year in (2023, 2024, 2025)
        assert isinstance(fm["source"], str) and fm["source"]
        assert isinstance(fm["people"], list) and all(isinstance(n, str) for n in fm["people"])


def test_markdown_and_text_are_the_same_articles(tmp_path: Path) -> None:
    txt = write_corpus(tmp_path / "t", N)
    md = write_corpus(tmp_path / "m", N, markdown=True)
    assert [p.stem for p in txt] == [p.stem for p in md]


def test_hugo_site_has_config_layouts_and_content(tmp_path: Path) -> None:
    paths = write_hugo_site(tmp_path, N)
    config = (tmp_path / "config.toml").read_text(encoding="utf-8")
    assert "[taxonomies]" in config and 'person = "people"' in config
    for name in ("baseof", "single", "list", "terms", "taxonomy"):
        assert (tmp_path / "layouts" / "_default" / f"{name}.html").is_file()
    assert len(paths) == N
    assert all(p.parent == tmp_path / "content" / "articles" for p in paths)
    fm = _front_matter(paths[0])
    assert set(fm) >= {"title", "date", "people"}
    assert isinstance(fm["people"], list)
