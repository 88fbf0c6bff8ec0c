"""The JSON-LD of each page kind parses in the browser and names the page's entity."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import Served

QUOTE = "the-budget-is-balanced-and-the-libraries-stay-1d8bf2"
CASES = [
    ("articles/a/", "NewsArticle", "headline", "Council passes budget"),
    ("people/jane-roe/", "Person", "name", "Jane Roe"),
    (f"quotes/{QUOTE}/", "Quotation", "text", "The budget is balanced and the libraries stay open."),
    ("events/riverside-summit-2024-03-01/", "Event", "name", "Riverside Summit"),
    ("sources/northern-herald/", "NewsMediaOrganization", "name", "Northern Herald"),
]


@pytest.mark.parametrize(("path", "kind", "field", "value"), CASES, ids=[c[1] for c in CASES])
def test_json_ld_parses_and_names_the_entity(page: Any, small_site: Served, path: str, kind: str, field: str, value: str) -> None:
    page.goto(small_site.url + path)
    blocks = page.locator('script[type="application/ld+json"]').all_text_contents()
    assert len(blocks) == 1
    graph = json.loads(blocks[0])["@graph"]
    nodes = [n for n in graph if n.get("@type") == kind]
    assert nodes and nodes[0][field] == value
    assert nodes[0]["@id"].startswith("https://example.org/" + path)
