"""Hypothesis strategies for article-shaped text: the pieces real seeds are made of,
shuffled into any order, so generated inputs reach the deep paths of ingest and extraction."""

from __future__ import annotations

from hypothesis import strategies as st

#: Fragments of scraped news: names, honorifics, speech verbs, every kind of quote mark,
#: dates and timestamps, outlet suffixes, captions, URLs, boilerplate, Markdown and YAML.
PIECES = (
    "Jane", "Roe", "Keir Starmer", "Sir Keir", "Mr", "Mrs.", "Dr", "Sen.", "the Labour leader",
    "President", "O’Brien", "von der Leyen", "he", "she", "they", "said", "told", "added",
    "says", "according to", "reporters", "on Monday", "in London", "summit", "meeting",
    "“", "”", "‘", "’", '"', "'", "„", "«", "»", "‹", "›", "—", "–", "-", "…",
    ".", ",", ":", ";", "?", "!", "(", ")", "[", "]", " ", " ", " ", "\t",
    "\n", "\n", "\n\n", "\n\n", "\r\n", "\r", "\u2028", "\ufeff", "\x00", "\x1b",
    "2024-03-04", "2024-02-30", "March 4, 2024", "04/03/2024 10:00 GMT", "2024-03-04 10:00:00",
    "Updated 3 hours ago", " — Reuters", " - The Guardian", " | BBC News", "WASHINGTON (AP) —",
    "By Jane Doe", "Photo: John Smith/Getty Images", "Image caption", "Exit mobile version",
    "https://example.org/a.jpg", "https://example.org/story", "javascript:alert(1)",
    "<script>alert(1)</script>", "{{ 7*7 }}", "{% x %}", "---\n", "title: ", "date: ", "&a ", "*a",
    "# ", "## ", "> ", "* ", "1. ", "[link](https://x.org)", "![img](https://x.org/i.png)", "```",
    "Ünïcödé", "Łódź", "東京", "مرحبا", "🙂", "\u0301", "ß", "İ",
)

#: Article-shaped text: a sequence of pieces.
newsy_text = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)

#: Any text at all, or article-shaped text.
any_text = st.one_of(st.text(max_size=2000), newsy_text)

#: Bytes: arbitrary, or text in the encodings seeds arrive in.
any_bytes = st.one_of(
    st.binary(max_size=2000),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    any_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
    newsy_text.map(lambda t: t.encode("cp1252", "replace")),
    st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-", b"---\n"]), st.binary(max_size=300)).map(b"".join),
)

#: Seed file names, plain text and Markdown, some in folders.
seed_names = st.sampled_from(["a.txt", "b.md", "world/c.markdown", "D E.TXT", "Ünï/é.md"])
