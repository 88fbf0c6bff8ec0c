"""Fixtures for the browser tests: Debian's Chromium through Playwright, built sites served over http.

Every test here is skipped when playwright or /usr/bin/chromium is missing, and the
search tests when the Pagefind binary is missing. No browser download, no network:
Chromium runs with background networking off and pages only load from 127.0.0.1.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from support import make_site

from generator.build import build

TIMEOUT_MS = 10_000
ARTIFACTS = Path(__file__).parent / "artifacts"

GAZETTE = (
    "---\ntitle: Council passes budget\nsource: Example Gazette\ndate: 2024-03-02\n---\n\n"
    "Mayor Jane Roe spoke at the Riverside Summit on 1 March 2024.\n\n"
    "Jane Roe said: “The budget is balanced and the libraries stay open.”\n"
)
HERALD = (
    "---\ntitle: Budget vote ends late\nsource: Northern Herald\ndate: 2024-03-03\n---\n\n"
    "The Riverside Summit in Leeds ended on 1 March 2024 with a vote.\n\n"
    "“The budget is balanced and the libraries stay open,” Mayor Jane Roe said.\n"
)
PLANET = (
    "---\ntitle: Opposition responds\nsource: Daily Planet\ndate: 2024-03-04\n---\n\n"
    "Councillor John Smith said: “We will scrutinise every line.”\n"
)
#: The small site: one quote reported by two outlets, one event both articles report.
SMALL_SEEDS = {"a.md": GAZETTE, "b.md": HERALD, "c.md": PLANET}


class _Quiet(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


class _Prefixed(_Quiet):
    """Serves the folder under a sub-path, as a host does for ``base_url: …/briefs/``."""

    prefix = "/briefs"

    def translate_path(self, path: str) -> str:
        if path.startswith(self.prefix + "/"):
            path = path[len(self.prefix):]
        else:
            path = "/__outside__"
        return super().translate_path(path)


@dataclass
class Served:
    """A built site and the address it is served at."""

    root: Path
    output: Path
    url: str  # ends with "/"


def _serve(folder: Path, handler: type[_Quiet], prefix: str = "") -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}/"
    finally:
        server.shutdown()
        server.server_close()


def _built(root: Path) -> Path:
    result = build(root, use_cache=False)
    assert result.ok, [d.format() for d in result.report.errors]
    return root / "output"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    yield opened
    context.close()


@pytest.fixture(scope="session")
def small_site(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[Served]:
    """The three-article site, built with search and served at a domain root."""
    root = make_site(tmp_path_factory.mktemp("small") / "site", seeds=SMALL_SEEDS)
    output = _built(root)
    for url in _serve(output, _Quiet):
        yield Served(root, output, url)


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[Served]:
    """The repository's seeds, built with search and served at a domain root."""
    root = make_site(tmp_path_factory.mktemp("seeds") / "site", copy_seeds=True)
    output = _built(root)
    for url in _serve(output, _Quiet):
        yield Served(root, output, url)


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[Served]:
    """The small site with ``base_url`` under /briefs/, served under that sub-path."""
    root = make_site(
        tmp_path_factory.mktemp("subpath") / "site",
        seeds=SMALL_SEEDS,
        site_yaml="title: Test briefing\nbase_url: https://example.org/briefs/\n",
    )
    output = _built(root)
    for url in _serve(output, _Prefixed, "/briefs"):
        yield Served(root, output, url)
