"""Fuzz target: seed-file bytes through ingest and extraction.

Run with atheris (``pip install -e '.[fuzz]'``) for a fixed time, starting from the
small corpus next to this file (see README.md)::

    python tests/fuzz/fuzz_ingest.py -max_total_time=60 -max_len=8192 -timeout=10 tests/fuzz/corpus

Without atheris the module still imports, so ``test_fuzz_target.py`` runs
:func:`check_one` over the corpus in every test run.

The first byte of an input picks the file name (plain text or Markdown, at the top or in
a folder); the rest are the file's bytes. Each input must ingest to an article or be
refused with a :class:`BuildError` that names the file; an article's quote and mention
spans must lie inside their paragraphs, and its id must be a safe slug.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import atheris
except ImportError:  # the pytest wrapper runs the target without it
    atheris = None

if atheris is not None:
    with atheris.instrument_imports(include=["generator"]):
        from generator.errors import BuildError
        from generator.extract import extract_article
        from generator.ingest import ingest_bytes
else:
    from generator.errors import BuildError
    from generator.extract import extract_article
    from generator.ingest import ingest_bytes

NAMES = ("seed.txt", "seed.md", "world/seed.markdown", "Ünï Côdé.TXT")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CORPUS = Path(__file__).resolve().parent / "corpus"


def check_one(data: bytes) -> None:
    """Ingest and extract one input; raise AssertionError when an invariant breaks."""
    name = NAMES[data[0] % len(NAMES)] if data else NAMES[0]
    try:
        article = ingest_bytes(data[1:], name)
    except BuildError as error:
        assert error.diagnostics and all(d.path == name for d in error.diagnostics), error
        return
    assert SLUG.fullmatch(article.id) and len(article.id) <= 80, article.id
    texts = [p.text for p in article.paragraphs]
    assert all(texts), texts
    extraction = extract_article(article)
    for quote in extraction.quotes:
        assert texts[quote.para][quote.start : quote.end] == quote.text, quote
    for person in extraction.people:
        for mention in person.mentions:
            # A byline's people are mentioned in the author line (para -1), not a paragraph.
            source = (article.author or "") if mention.para == -1 else texts[mention.para]
            assert source[mention.start : mention.end] == mention.text, mention


def TestOneInput(data: bytes) -> None:
    """The atheris entry point."""
    check_one(data)


def main() -> None:
    """Fuzz until libFuzzer's limits (``-max_total_time=N``, ``-runs=N``) stop it."""
    if atheris is None:
        sys.exit("atheris is not installed: pip install -e '.[fuzz]'")
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
