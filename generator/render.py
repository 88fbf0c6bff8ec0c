"""Render: view objects + Jinja templates → pages (site path, HTML bytes).

Autoescape is on for every template and undefined names fail the build
(``StrictUndefined``), so a misspelled field is an error, not an empty string.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

#: Template file for each page kind.
TEMPLATES = {
    "home": "home.html",
    "article": "article.html",
    "person": "person.html",
    "quote": "quote.html",
    "event": "event.html",
    "source": "source.html",
    "index": "index.html",
    "timeline": "timeline.html",
    "page": "page.html",
    "404": "404.html",
}


def make_environment(template_dir: Path, url_for: Callable[[str], str]) -> Environment:
    """A Jinja environment over ``template_dir`` with autoescape and StrictUndefined.

    ``url_for(site_path)`` turns a site path (``/people/x/``) into the link to print.
    """
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["url_for"] = url_for
    return env


def render_page(env: Environment, kind: str, context: dict[str, Any]) -> str:
    """Render the template of ``kind`` with ``context`` (``site``, ``page`` and the view)."""
    return env.get_template(TEMPLATES[kind]).render(**context)
