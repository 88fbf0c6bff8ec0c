"""axe-core on one page of each kind, and screenshots of each kind at desktop and phone widths.

axe-core comes bundled in axe-playwright-python (its own axe.min.js, injected into the
page): nothing is fetched. Screenshots go to tests/browser/artifacts/ (git-ignored);
``BRIEFING_UPDATE_DOCS_IMAGES=1 pytest tests/browser`` also copies the curated set the
README shows into docs/images/.
"""

from __future__ import annotations

import json
import os
import shutil
from typing import Any

import pytest
from conftest import ARTIFACTS, Served

QUOTE = "the-budget-is-balanced-and-the-libraries-stay-1d8bf2"
KINDS = {
    "home": "",
    "article": "articles/a/",
    "person": "people/jane-roe/",
    "quote": f"quotes/{QUOTE}/",
    "event": "events/riverside-summit-2024-03-01/",
    "source": "sources/northern-herald/",
    "index": "people/",
    "timeline": "timeline/",
    "search": "search/?q=budget",
    "404": "404.html",
}
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
DOCS_IMAGES = ARTIFACTS.parent.parent.parent / "docs" / "images"
#: What the README shows: the entity pages and search, at both widths.
CURATED = ("article", "person", "quote", "event", "search")
SERIOUS = ("serious", "critical")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_axe_finds_no_serious_violations(page: Any, small_site: Served, kind: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(small_site.url + KINDS[kind])
    if kind == "search" and (small_site.output / "pagefind").is_dir():
        page.wait_for_selector("body[data-search-done]")
    violations = Axe().run(page).response["violations"]
    ARTIFACTS.mkdir(exist_ok=True)
    summary = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])} for v in violations]
    (ARTIFACTS / f"axe-{kind}.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    serious = [v for v in summary if v["impact"] in SERIOUS]
    assert not serious, serious


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_screenshots_of_each_page_kind(browser: Any, small_site: Served, width: str) -> None:
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=1)
    try:
        page = context.new_page()
        ARTIFACTS.mkdir(exist_ok=True)
        for kind, path in KINDS.items():
            page.goto(small_site.url + path)
            if kind == "search" and (small_site.output / "pagefind").is_dir():
                page.wait_for_selector("body[data-search-done]")
            shot = ARTIFACTS / f"{kind}-{width}.png"
            page.screenshot(path=str(shot), full_page=False)
            assert shot.stat().st_size > 1000
            if os.environ.get("BRIEFING_UPDATE_DOCS_IMAGES") == "1" and kind in CURATED:
                DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
                shutil.copy(shot, DOCS_IMAGES / shot.name)
    finally:
        context.close()
