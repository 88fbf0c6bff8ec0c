"""Search: a Pagefind index of the pages readers search, as files under ``pagefind/``.

Pagefind (https://pagefind.app) splits its index into small fragments that the browser
fetches as a query needs them, so a 10,000-article site never loads one huge file and
any static host can serve it. Only pages whose main region carries
``data-pagefind-body`` (articles, people, quotes, events, sources) are indexed; indexes,
the timeline and the home page are left out. Each indexed page names its kind
(``data-pagefind-filter="kind:…"``) so the search page can group results by kind.

The binary comes from the ``pagefind[bin]`` package (or ``$PAGEFIND_BINARY_PATH``, or
``pagefind`` on PATH). Without it the build goes on without search, with a warning.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from generator.errors import Diagnostic

#: Output folders holding the pages that carry ``data-pagefind-body``.
SEARCHED = ("articles", "people", "quotes", "events", "sources")
#: Where the bundle lives in the output folder.
BUNDLE = "pagefind"
#: The marker a page must carry to be indexed.
MARKER = b"data-pagefind-body"
TIMEOUT_SECONDS = 600


def find_pagefind() -> Path | None:
    """The Pagefind binary: ``$PAGEFIND_BINARY_PATH``, the ``pagefind_bin`` package, or PATH."""
    configured = os.environ.get("PAGEFIND_BINARY_PATH")
    if configured:
        return Path(configured) if Path(configured).is_file() else None
    try:
        from pagefind_bin import get_executable  # type: ignore[import-not-found]

        return Path(get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        return Path(found) if found else None


def missing_binary() -> Diagnostic:
    """The warning a build gives when it cannot index."""
    return Diagnostic(
        path="pagefind",
        message="search index not built: the Pagefind binary was not found",
        severity="warning",
        hint="pip install 'briefing[search]' (pagefind[bin]), or build with --no-search",
        stage="search",
    )


def searched(name: str) -> bool:
    """True for an output file that may be indexed (an HTML page under a searched folder)."""
    return name.endswith(".html") and name.split("/", 1)[0] in SEARCHED


#: The digest of the pages a bundle was built from, kept next to it.
DIGEST = f"{BUNDLE}/briefing-pages.txt"


def bundle_digest(prints: dict[str, str]) -> str:
    """A digest of the searched pages (output file → page fingerprint)."""
    digest = hashlib.sha256()
    for name in sorted(prints):
        digest.update(f"{name}\0{prints[name]}\n".encode())
    return digest.hexdigest()


def reusable_bundle(output_dir: Path, digest: str) -> dict[str, bytes | None] | None:
    """The bundle in ``output_dir`` as "keep these files", when it was built from ``digest``."""
    try:
        if output_dir.joinpath(DIGEST).read_text(encoding="utf-8") != digest:
            return None
    except OSError:
        return None
    folder = output_dir / BUNDLE
    return {f"{BUNDLE}/{p.relative_to(folder).as_posix()}": None for p in sorted(folder.rglob("*")) if p.is_file()}


def run_pagefind(binary: Path, site: Path, bundle: Path) -> None:
    """Index the HTML under ``site`` into the folder ``bundle``; raises on failure."""
    glob = "{" + ",".join(SEARCHED) + "}/**/*.html"
    done = subprocess.run(
        [str(binary), "--site", str(site), "--output-path", str(bundle), "--glob", glob, "--silent"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError((done.stderr or done.stdout).strip() or f"pagefind exited with {done.returncode}")


def read_bundle(bundle: Path) -> dict[str, bytes]:
    """Every file of a Pagefind bundle as ``pagefind/…`` → bytes."""
    return {f"{BUNDLE}/{p.relative_to(bundle).as_posix()}": p.read_bytes() for p in sorted(bundle.rglob("*")) if p.is_file()}


def index_pages(binary: Path, pages: Iterable[tuple[str, bytes]], scratch: Path | None = None) -> dict[str, bytes]:
    """The bundle for ``pages`` (output file → HTML), built in a scratch folder.

    Used by ``build``: the bundle joins the other output files, so the write stays
    atomic. Only pages carrying the marker are staged, so Pagefind reads no more.
    """
    with tempfile.TemporaryDirectory(prefix="briefing-search-", dir=scratch) as folder:
        site, bundle = Path(folder, "site"), Path(folder, "bundle")
        for name, html in pages:
            if MARKER in html:
                target = site.joinpath(*name.split("/"))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(html)
        site.mkdir(exist_ok=True)
        run_pagefind(binary, site, bundle)
        return read_bundle(bundle)


def index_output(binary: Path, output_dir: Path) -> Path:
    """Index the pages in ``output_dir`` into a fresh folder next to it; returns that folder.

    Used by the preview, which swaps the folder in as ``output/pagefind`` itself.
    """
    bundle = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}-search-", dir=output_dir.parent))
    try:
        run_pagefind(binary, output_dir, bundle)
    except BaseException:
        shutil.rmtree(bundle, ignore_errors=True)
        raise
    return bundle


def swap_bundle(bundle: Path, output_dir: Path) -> None:
    """Put ``bundle`` in place as ``output_dir/pagefind``, removing the previous one."""
    target = output_dir / BUNDLE
    old = output_dir.parent / f"{bundle.name}-old"
    if target.exists():
        target.rename(old)
    bundle.rename(target)
    shutil.rmtree(old, ignore_errors=True)


__all__ = ["BUNDLE", "DIGEST", "bundle_digest", "reusable_bundle", "SEARCHED", "find_pagefind", "index_output", "index_pages", "missing_binary", "read_bundle", "run_pagefind", "searched", "swap_bundle"]
