"""The page checker the hostile tests rely on flags what it must, and passes plain pages."""

from __future__ import annotations

import pytest
from page_safety import Allowed, unexpected

PLAIN = '<!doctype html><html><head><title>x</title></head><body><a href="/people/x/">X</a></body></html>'


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        '<img src=x onerror="alert(1)">',
        "<body onload=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" java\tscript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<iframe src="https://evil.example/"></iframe>',
        '<object data="x.swf"></object>',
        '<base href="https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<form action="javascript:alert(1)"><button>x</button></form>',
        '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        '<script type="application/ld+json">{"name": "x"}</script><script>alert(1)</script>',
        '<script type="application/ld+json">{"name": "</scr' + 'ipt>',
        '<script type="application/ld+json">{"name": "<!--<script>"}</script>',
        '<div style="background:url(javascript:alert(1))">x</div>',
        "<script>never closed",
    ],
)
def test_active_content_the_templates_did_not_add_is_flagged(html: str) -> None:
    assert unexpected(PLAIN.replace("</body>", html + "</body>"), Allowed()) != []


def test_a_plain_page_and_escaped_markup_pass() -> None:
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) {{ 7*7 }}"
    assert unexpected(PLAIN.replace("</body>", f"<p title='onerror=x'>{escaped}</p></body>"), Allowed()) == []


def test_json_ld_with_escaped_markup_passes() -> None:
    json_ld = '<script type="application/ld+json">{"headline": "\\u003c/script\\u003e"}</script>'
    assert unexpected(PLAIN.replace("</head>", json_ld + "</head>"), Allowed()) == []


def test_scripts_and_handlers_the_templates_add_are_allowed() -> None:
    allowed = Allowed(scripts={("", "/static/search.js", "")}, handlers={("button", "onclick", "go()")})
    html = '<script src="/static/search.js"></script><button onclick="go()">x</button>'
    assert unexpected(PLAIN.replace("</body>", html + "</body>"), allowed) == []
    assert unexpected(PLAIN.replace("</body>", '<button onclick="steal()">x</button></body>'), allowed) != []
