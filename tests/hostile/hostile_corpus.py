"""A hostile site, written at test time: every broken, odd or malicious input in one place.

:func:`write_hostile_site` builds a site folder from the repo's templates with good
articles next to bad ones, and says what a build must do with each file: build it (and
which title its page shows), or report it once with an error or a warning. Big and
binary files are made here, never committed. Nothing in the corpus depends on the clock,
so two calls give the same bytes.
"""

from __future__ import annotations

import codecs
import os
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from generator.extract import MAX_PARAGRAPH, MAX_QUOTE_MARKS, QUOTE_MARKS
from support import make_site

#: Markers that must never reach the built site: they live only outside it or in hidden files.
SECRET = "hostile-secret-7f3a"
HIDDEN = "hostile-hidden-c41d"
#: What a template expression in the input would print if anything evaluated it.
EVALUATED = "pwned-by-template"
TEMPLATE_EXPR = '{{ "pwned-by-" ~ "template" }}'
TEMPLATE_STMT = '{% for x in [1] %}{{ "pwned-by-" ~ "template" }}{% endfor %}'

SCRIPT = "<script>alert('x')</script>"
BREAKOUT = "</script><script>alert('breakout')</script>"
HANDLER = '<img src=x onerror="alert(1)">'
JS_URL = "javascript:alert(document.domain)"

#: Sizes of the pathological inputs: the full sizes the issue names, and the small
#: versions the whole hostile site carries while extraction is superlinear on them
#: (see test_hostile_sizes.py, which builds the full sizes one by one under a deadline).
FULL, SMALL = 1.0, 0.004


SITE_YAML = f"""\
title: "Hostile {SCRIPT} & <b>co</b>"
description: '{BREAKOUT.replace("'", "")} <svg onload=alert(1)> {TEMPLATE_EXPR}'
base_url: https://example.org/
extra:
  note: '{TEMPLATE_STMT}'
"""


def article(headline: str, speaker: str, words: str, date: str = "2024-03-04") -> str:
    """A small plain-text article in the scraped layout, with one attributed quote."""
    return (
        f"{headline} — Example News\n\n"
        f"{speaker}, the mayor, said on Monday: “{words}”\n\n"
        f"The council will meet again next week, officials said.\n\n"
        f"{date} 10:00:00\n"
    )


@dataclass
class HostileSite:
    """The site and what a build must make of each of its inputs."""

    root: Path
    outside: Path  # a folder next to the site: never read into output, never written
    good: dict[str, str] = field(default_factory=dict)  # seed file → text its title holds
    # Reported path → the (severity, message part) of each line the build must print for
    # it, in order; every other input must build without a word.
    reported: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def report(self, path: str, severity: str, message: str) -> None:
        """Expect one more ``path: severity: …message…`` line."""
        self.reported.setdefault(path, []).append((severity, message))


def _seed(site: HostileSite, name: str, data: str | bytes) -> Path:
    path = site.root / "seeds" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _good(site: HostileSite, name: str, data: str | bytes, title: str) -> None:
    _seed(site, name, data)
    site.good[name] = title


def _bad(site: HostileSite, name: str, data: str | bytes, message: str) -> None:
    _seed(site, name, data)
    site.report(f"seeds/{name}", "error", message)


def _warned(site: HostileSite, name: str, data: str | bytes, message: str, title: str | None) -> None:
    _seed(site, name, data)
    site.report(f"seeds/{name}", "warning", message)
    if title is not None:
        site.good[name] = title


def write_hostile_site(base: Path, scale: float = SMALL) -> HostileSite:
    """The hostile site in ``base/site``, with ``base/outside`` as the world around it;
    ``scale`` sizes the inputs that stress time (:func:`pathological_inputs`)."""
    outside = base / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.txt").write_text(article(f"Secret {SECRET}", "Eve Spy", SECRET), encoding="utf-8")
    (outside / "secret.md").write_text(f"---\ntitle: {SECRET}\n---\n{SECRET}\n", encoding="utf-8")
    root = make_site(base / "site", site_yaml=SITE_YAML)
    site = HostileSite(root, outside)
    _encodings(site)
    _sizes(site, scale)
    _binaries(site)
    _front_matter(site)
    _injection(site)
    _names(site)
    _links_and_special_files(site)
    _content(site)
    return site


def _encodings(site: HostileSite) -> None:
    _good(site, "plain.txt", article("Bridge reopens after repairs", "Jane Roe", "We kept our promise."), "Bridge reopens after repairs")
    _good(site, "crlf.txt", article("Windows line ends kept", "Ann Lee", "It works.").replace("\n", "\r\n"), "Windows line ends kept")
    _good(site, "lone_cr.txt", article("Old Mac line ends kept", "Bo Chan", "Still fine.").replace("\n", "\r"), "Old Mac line ends kept")
    _good(site, "utf8_bom.txt", "\ufeff" + article("Byte order mark stripped", "Cy Dee", "No mark."), "Byte order mark stripped")
    _good(site, "utf16_bom.txt", article("Sixteen bit text decoded", "Di Eno", "Wide text.").encode("utf-16"), "Sixteen bit text decoded")
    cp1252 = article("Legacy encoding decoded", "Ed Fox", "Smart quotes") .encode("utf-8").replace("“".encode(), b"\x93").replace("”".encode(), b"\x94").replace("—".encode(), b"\x97")
    _warned(site, "cp1252.txt", cp1252, "decoded as cp1252", "Legacy encoding decoded")
    # 0x81 is undefined in cp1252: only latin-1 decodes it.
    _warned(site, "latin1.txt", article("Latin one fallback used", "Flo Gil", "Caf\xe9").encode("latin-1", "replace").replace(b"Caf", b"\x81Caf"), "decoded as latin-1", "Latin one fallback used")
    invalid = article("Broken bytes survive", "Gus Hale", "Half a character").encode("utf-8") + b"\xc3\x28 trailing \xff\n"
    _warned(site, "invalid_utf8.txt", invalid, "not UTF-8", "Broken bytes survive")
    _bad(site, "empty.txt", b"", "empty file")
    _bad(site, "blank.txt", b"  \n\t\r\n   \n", "empty file")
    _bad(site, "bad_utf16.txt", codecs.BOM_UTF16_LE + "Title".encode("utf-16-le") + b"\x00\xd8\x41\x00", "undecodable")
    _bad(site, "boilerplate_only.txt", "Exit mobile version\n\nExit mobile version\n", "no article text")


def pathological_inputs(scale: float) -> dict[str, tuple[bytes, str]]:
    """Seed file → (bytes, title part) of the inputs that stress time, not parsing.

    At ``scale=FULL``: a 1 MB single line of prose, millions of quote marks of every
    kind, 20,000 quotes opened and never closed, and 100 KB of back-to-back short quotes.
    """
    prose = "the committee met again on a grey morning and talked about the budget for the river works "
    n = max(1, int(1_050_000 * scale) // len(prose))
    marks = max(10, int(1_000_000 * scale))
    nested = "".join(f"“level {i} ‘quoted “again " for i in range(max(10, int(20_000 * scale))))
    texts = {
        "one_line_1mb.txt": ("A very long line holds everything", prose * n),
        "quote_marks.txt": ("Millions of quote marks", '"' * marks + "\n\n" + "“" * (marks // 2) + "”" * (marks // 2) + "\n\n" + "„‚«»‹›‘’" * (marks // 25)),
        "unbalanced.txt": ("Quotes that never close", f"Lu Park said: {nested}\n\n” ” ” closing marks first “ then one opening and the end."),
        "dense_quotes.txt": ("Quotes back to back", "“a” " * max(10, int(25_000 * scale))),
    }
    return {
        name: ((f"{title} — Example News\n\nKim Moss said on Monday: “This one is real.”\n\n{body}\n").encode(), title)
        for name, (title, body) in texts.items()
    }


def _sizes(site: HostileSite, scale: float) -> None:
    for name, (data, title) in pathological_inputs(scale).items():
        _good(site, name, data, title)
        text = data.decode("utf-8")
        marks = max(sum(line.count(m) for m in QUOTE_MARKS) for line in text.splitlines())
        if marks > MAX_QUOTE_MARKS or max(len(line) for line in text.splitlines()) > MAX_PARAGRAPH:
            # Built, but the absurd paragraph is left out of extraction, with one warning.
            site.report(f"seeds/{name}", "warning", "not extracted")
    # 50 MB: refused before it is read, so it costs a stat, not a parse.
    block = article("Enormous file", "Ned Ross", "Too big.").encode("utf-8")
    with open(site.root / "seeds" / "huge_50mb.txt", "wb") as handle:
        handle.writelines(block for _ in range(50 * 1024 * 1024 // len(block) + 1))
    site.report("seeds/huge_50mb.txt", "error", "files over")


def _binaries(site: HostileSite) -> None:
    noise = random.Random(20240304).randbytes(4096)
    _bad(site, "photo.txt", b"\x89PNG\r\n\x1a\n" + noise, "PNG image")
    _bad(site, "scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + noise, "PDF document")
    _bad(site, "noise.txt", noise, "binary file")
    _bad(site, "archive.md", b"PK\x03\x04" + noise, "ZIP archive")
    _warned(site, "scan.pdf", b"%PDF-1.4\n" + noise, "not an article file", None)
    _warned(site, "photo.jpg", b"\xff\xd8\xff\xe0" + noise, "not an article file", None)


def _front_matter(site: HostileSite) -> None:
    body = "\nOla Pike said on Monday: “Front matter is checked.”\n"
    pwned = site.outside / "pwned"
    _bad(site, "unclosed.md", "---\ntitle: Never closed\n" + body, "front matter is not closed")
    _bad(site, "malformed.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\n" + body, "invalid YAML")
    _bad(site, "python_tag.md", f"---\ntitle: !!python/object/apply:os.system ['touch {pwned}']\n---\n" + body, "explicit YAML tag")
    _bad(site, "python_new.md", "---\ntitle: !!python/object/new:os.system [echo]\n---\n" + body, "explicit YAML tag")
    laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    _bad(site, "alias_bomb.md", "---\n" + laughs + "title: Laughs\n---\n" + body, "alias")
    _bad(site, "duplicate_keys.md", "---\ntitle: One\ntitle: Two\n---\n" + body, "duplicate key 'title'")
    _bad(site, "list_front_matter.md", "---\n- a\n- b\n---\n" + body, "must be a mapping")
    _warned(site, "wrong_types.md", "---\ntitle: [1, 2]\n---\n# Typed heading wins\n" + body, "key 'title': expected text", "Typed heading wins")


def _injection(site: HostileSite) -> None:
    text = (
        f"Council meets {SCRIPT} tonight — <b onmouseover=alert(1)>Outlet</b>\n\n"
        f"https://example.org/\"><script>alert('url')</script>\n\n"
        f"Rita Stone, the mayor, said on Monday: “{BREAKOUT} and {HANDLER} and {TEMPLATE_EXPR}”\n\n"
        f"Visit {JS_URL} or <a href=\"{JS_URL}\" onclick=\"alert(1)\">here</a>; {TEMPLATE_STMT} {{# c #}} {{{{ raw }}}}.\n\n"
        f"Sam Tate said: “<iframe src=\"{JS_URL}\"></iframe> <style>body{{display:none}}</style>”\n\n"
        "2024-03-05 10:00:00\n"
    )
    _good(site, "injection.txt", text, "Council meets")
    markdown = (
        "---\n"
        f"title: \"{BREAKOUT.replace(chr(39), '')} {TEMPLATE_EXPR.replace(chr(34), '')}\"\n"
        "source: \"<svg onload=alert(1)>\"\n"
        f"url: \"{JS_URL}\"\n"
        f"image: \"{JS_URL}\"\n"
        f"author: \"{HANDLER.replace(chr(34), '')}\"\n"
        "date: 2024-03-06\n"
        "---\n\n"
        f"{SCRIPT}\n\n"
        f"Uma Vance said on Monday: “[click me]({JS_URL}) {HANDLER} ![img]({JS_URL})”\n\n"
        f"<a href=\"{JS_URL}\">raw link</a> {TEMPLATE_EXPR} {TEMPLATE_STMT}\n"
    )
    _good(site, "injection_md.md", markdown, "</script>")
    site.report("seeds/injection_md.md", "warning", "key 'url': expected an http(s) URL")
    site.report("seeds/injection_md.md", "warning", "key 'image': expected an http(s) URL")


def _names(site: HostileSite) -> None:
    _good(site, "CON.txt", article("Reserved device name", "Val West", "Con job."), "Reserved device name")
    _good(site, "aux.md", "# Another reserved name\n\nWes Xu said on Monday: “Aux cable.”\n", "Another reserved name")
    _good(site, "%2e%2e%2F%2e%2e%2Fetc%2Fpasswd.txt", article("Dots and slashes in a name", "Xi Yang", "Stay inside."), "Dots and slashes in a name")
    _good(site, "<script>alert(1)<.txt", article("Markup in a file name", "Yo Zed", "Escaped."), "Markup in a file name")
    long_name = ("very-long-name-" * 16)[:240] + ".txt"
    _good(site, long_name, article("A very long file name", "Zoe Abel", "Long."), "A very long file name")
    _good(site, "Case.txt", article("Upper case wins the id", "Al Bart", "First."), "Upper case wins the id")
    _bad(site, "case.txt", article("Lower case collides", "Bea Cole", "Second."), "already used by Case.txt")
    nfd, nfc = unicodedata.normalize("NFD", "Café.txt"), unicodedata.normalize("NFC", "Café.txt")
    # NFD sorts first ("e" + combining accent < "é"), so it owns the id "cafe".
    _good(site, nfd, article("Decomposed accent wins", "Cid Dunn", "First."), "Decomposed accent wins")
    _bad(site, nfc, article("Composed accent collides", "Dee Erin", "Second."), f"already used by {nfd}")
    _good(site, "world/europe/deep.txt", article("Nested folders work", "Eli Ford", "Deep."), "Nested folders work")
    _seed(site, "line\nbreak.txt", article("Newline in a name", "Fay Gray", "Split."))
    site.report("seeds/line\\nbreak.txt", "error", "control characters")
    name = os.fsdecode(b"latin1-caf\xe9.txt")
    _seed(site, name, article("Bytes in a name", "Gil Hart", "Bytes."))
    site.report("seeds/latin1-caf\\xe9.txt", "error", "not valid UTF-8")


def _links_and_special_files(site: HostileSite) -> None:
    seeds = site.root / "seeds"
    for name in (".hidden.txt", ".git/config.txt", ".drafts/draft.md", "backup.txt~", "#autosave.txt#"):
        _seed(site, name, article(f"Hidden {HIDDEN}", "Hal Ivy", HIDDEN))
    (seeds / "outside_link.txt").symlink_to(site.outside / "secret.txt")
    site.report("seeds/outside_link.txt", "warning", "outside the seeds folder")
    (seeds / "outside_dir").symlink_to(site.outside)
    site.report("seeds/outside_dir", "warning", "outside the seeds folder")
    (seeds / "absolute_passwd.txt").symlink_to("/etc/passwd")
    site.report("seeds/absolute_passwd.txt", "warning", "outside the seeds folder")
    (seeds / "self_loop.txt").symlink_to("self_loop.txt")
    site.report("seeds/self_loop.txt", "warning", "looping link")
    (seeds / "loop_a.txt").symlink_to("loop_b.txt")
    (seeds / "loop_b.txt").symlink_to("loop_a.txt")
    site.report("seeds/loop_a.txt", "warning", "looping link")
    site.report("seeds/loop_b.txt", "warning", "looping link")
    (seeds / "world" / "up").symlink_to("..")
    site.report("seeds/world/up", "warning", "looping link")
    (seeds / "dangling.txt").symlink_to("nowhere.txt")
    site.report("seeds/dangling.txt", "warning", "broken or looping link")
    (seeds / "inside_link.txt").symlink_to("plain.txt")
    site.good["inside_link.txt"] = "Bridge reopens after repairs"
    os.mkfifo(seeds / "pipe.txt")
    site.report("seeds/pipe.txt", "error", "named pipe")


def _content(site: HostileSite) -> None:
    files = {
        "content/pages/evil.md": (
            f"---\ntitle: \"{BREAKOUT.replace(chr(39), '')}\"\nslug: ../../../etc/passwd\nnav: true\n---\n"
            f"{SCRIPT}\n\n<img src=x onerror=alert(1)>\n\n[click]({JS_URL}) [[Rita Stone]] "
            f"<a href=\"{JS_URL}\" onclick=\"alert(1)\">x</a>\n\n{TEMPLATE_EXPR} {TEMPLATE_STMT}\n"
        ),
        "content/pages/absolute.md": "---\ntitle: Absolute slug\nslug: /etc/shadow\n---\nText.\n",
        "content/pages/con.md": "---\ntitle: Reserved\nslug: CON\n---\nText.\n",
        "content/people/rita.md": (
            "---\nname: Rita Stone\naliases: [\"<img src=x onerror=alert(1)>\"]\n"
            f"summary: \"{BREAKOUT.replace(chr(39), '')}\"\nslug: ../../outside/owned\n---\n{SCRIPT}\n"
        ),
        "content/events/meeting.md": f"---\nname: \"Meeting {SCRIPT.replace(chr(39), '')}\"\nplace: \"<svg onload=alert(1)>\"\nslug: \"..\"\n---\nBody.\n",
    }
    for name, text in files.items():
        target = site.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    bad = {
        "content/sources/js.md": ("---\nname: Example News\nurl: \"javascript:alert(1)\"\n---\n", "url"),
        "content/pages/bomb.md": ("---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: Bomb\n---\n", "alias"),
        "content/pages/tag.md": ("---\ntitle: !!python/object/apply:os.system [echo]\n---\n", "explicit YAML tag"),
        "content/pages/wrong.md": ("---\ntitle: [not, text]\n---\n", "title"),
    }
    for name, (text, message) in bad.items():
        (site.root / name).parent.mkdir(parents=True, exist_ok=True)
        (site.root / name).write_text(text, encoding="utf-8")
        site.report(name, "error", message)
    (site.root / "content/pages/latin1.md").write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    site.report("content/pages/latin1.md", "error", "not UTF-8")
    (site.root / "content/pages/leak.md").symlink_to(site.outside / "secret.md")
    site.report("content/pages/leak.md", "warning", "outside the content folder")
    (site.root / "content/pages/loop.md").symlink_to("loop.md")
    site.report("content/pages/loop.md", "warning", "looping link")
