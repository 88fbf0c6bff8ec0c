"""Helpers for whole-site tests: make a site in a temp dir, build it, check its links."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"


def make_site(
    root: Path,
    seeds: dict[str, str | bytes] | None = None,
    files: dict[str, str] | None = None,
    copy_seeds: bool = False,
    site_yaml: str | None = None,
) -> Path:
    """A site folder with the repo's templates, the given seeds and any other files."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "seeds").mkdir()
    if copy_seeds:
        for path in SEEDS.iterdir():
            shutil.copy(path, root / "seeds" / path.name)
    for name, text in (seeds or {}).items():
        target = root / "seeds" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")
    (root / "site.yaml").write_text(site_yaml or "title: Test briefing\nbase_url: https://example.org/\n", encoding="utf-8")
    for name, text in (files or {}).items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@dataclass
class Run:
    """The outcome of one CLI run."""

    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path) -> Run:
    """Run ``python -m generator ARGS`` in ``cwd`` as a user would."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def load_api(output: Path, name: str) -> list[dict]:
    """One file of the JSON API."""
    return json.loads((output / "api" / f"{name}.json").read_text(encoding="utf-8"))


def read_tree(folder: Path, search: bool = False) -> dict[str, bytes]:
    """Every file below ``folder``: relative path → bytes.

    The Pagefind bundle (``pagefind/``) is left out unless ``search``: Pagefind names
    its filter and meta files by a hash that differs between runs on the same input
    (upstream issue Pagefind/pagefind#638), so it is the one part of the output that
    is not byte-identical. Everything our code writes is compared.
    """
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and (search or not p.relative_to(folder).as_posix().startswith("pagefind/"))
    }


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def _page_of(output: Path, path: str) -> Path | None:
    target = output / unquote(path).lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def broken_links(output: Path, base_url: str) -> list[str]:
    """Every internal href/src (and #fragment) in the built site that leads nowhere."""
    base = urlsplit(base_url)
    pages: dict[Path, _Links] = {}
    for html in sorted(output.rglob("*.html")):
        parser = _Links()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html] = parser
    broken: list[str] = []
    for html, parser in pages.items():
        relative = html.relative_to(output).as_posix()
        page_url = urljoin(base_url, relative)
        for link in parser.links:
            target = urlsplit(urljoin(page_url, link))
            if target.scheme not in ("http", "https", "") or target.netloc != base.netloc:
                continue
            if not target.path.startswith(base.path):
                broken.append(f"{relative}: {link} (outside the base path)")
                continue
            found = _page_of(output, target.path[len(base.path):])
            if found is None:
                broken.append(f"{relative}: {link}")
            elif target.fragment and found.suffix == ".html":
                ids = pages[found].ids if found in pages else set()
                if target.fragment not in ids:
                    broken.append(f"{relative}: {link} (no #{target.fragment})")
    return broken
