"""Search in a real browser: the header form, the Pagefind index, results grouped by kind."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Served


def _search(page: Any, site: Served, query: str) -> None:
    if not (site.output / "pagefind" / "pagefind.js").is_file():
        pytest.skip("no search index: the Pagefind binary is not installed")
    page.goto(site.url + "articles/")
    page.get_by_label("Search the site").fill(query)
    page.get_by_label("Search the site").press("Enter")
    page.wait_for_selector("body[data-search-done]")


def test_searching_a_person_name_finds_their_page_under_people(page: Any, seed_site: Served) -> None:
    _search(page, seed_site, "Keir Starmer")
    first = page.locator('[data-kind="People"] a').first
    assert "Starmer" in first.inner_text()
    first.click()
    page.wait_for_url("**/people/**")
    assert "Starmer" in page.locator("h1").inner_text()


def test_searching_a_phrase_from_a_quote_finds_the_quote_page(page: Any, seed_site: Served) -> None:
    _search(page, seed_site, "take care of themselves")
    groups = page.locator("[data-kind]").evaluate_all("els => els.map(e => e.dataset.kind)")
    assert "Quotes" in groups
    page.locator('[data-kind="Quotes"] a').first.click()
    page.wait_for_url("**/quotes/**")
    assert "take care of themselves" in page.locator("main").inner_text()


def test_search_works_under_a_sub_path_base_url(page: Any, subpath_site: Served) -> None:
    _search(page, subpath_site, "Jane Roe")
    link = page.locator('[data-kind="People"] a').first
    assert link.get_attribute("href").startswith(subpath_site.url)
    link.click()
    page.wait_for_url(subpath_site.url + "people/jane-roe/")
    # The stylesheet resolved under the sub-path too.
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgba(0, 0, 0, 0)"
