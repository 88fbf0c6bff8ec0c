"""Extraction: an ordered list of named rules run over one article.

Like markdown-it-py's core ruler, each rule is one small function in its own module that
reads and extends one shared :class:`ExtractState`. Rules can be switched off by name in
site.yaml (``extraction: {rules: {events: false}}``). Extraction is a pure function of the
article and the options, so its result can be cached and computed in parallel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.errors import Diagnostic
from generator.extract import events, names, quotes, roles, source, speakers
from generator.extract.state import ExtractOptions, ExtractState
from generator.model import Article, Extraction, Paragraph


@dataclass(frozen=True)
class Rule:
    """A named extraction step."""

    name: str
    run: Callable[[ExtractState], None]
    doc: str


RULES: tuple[Rule, ...] = (
    Rule("names", names.find_names, "find people's names and group their mentions"),
    Rule("roles", roles.find_roles, "attach the roles the text states to each person"),
    Rule("quotes", quotes.find_quotes, "find direct and partial quotations"),
    Rule("speakers", speakers.attribute_quotes, "attribute each quote to its speaker"),
    Rule("events", events.find_events, "find events with dates, places, participants"),
    Rule("source", source.infer_source, "infer the outlet from the text when unknown"),
)

RULE_NAMES: tuple[str, ...] = tuple(rule.name for rule in RULES)


#: A paragraph longer than this is not a paragraph a reporter wrote; extraction skips it.
MAX_PARAGRAPH = 6000
#: Nor is one with more quote marks than this (real ones have a dozen at most).
MAX_QUOTE_MARKS = 80
QUOTE_MARKS = frozenset("\"“”‘’«»„")


def _readable(article: Article) -> tuple[Article, list[Diagnostic]]:
    """The article with absurd paragraphs blanked, and a warning for each.

    Rules look for names and quotes with patterns whose cost grows faster than the text
    in the worst case; blanking what no newsroom writes keeps every article's
    extraction bounded. The page still shows the paragraph; offsets stay valid.
    """
    kept: list[Paragraph] = []
    blanked: list[int] = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        marks = sum(text.count(mark) for mark in QUOTE_MARKS) if len(text) > MAX_QUOTE_MARKS else 0
        if len(text) > MAX_PARAGRAPH or marks > MAX_QUOTE_MARKS:
            blanked.append(paragraph.line)
            kept.append(replace(paragraph, text=""))
        else:
            kept.append(paragraph)
    if not blanked:
        return article, []
    # One line per article, however many paragraphs: the user needs the file and where.
    many = f"{len(blanked)} paragraphs" if len(blanked) > 1 else "a paragraph"
    warning = Diagnostic(
        path=article.file,
        line=blanked[0],
        severity="warning",
        stage="extract",
        message=f"{many} too long or too full of quote marks (over {MAX_PARAGRAPH:,} characters or {MAX_QUOTE_MARKS} marks): not extracted",
    )
    return replace(article, paragraphs=kept), [warning]


def extract_article(article: Article, options: ExtractOptions | None = None) -> Extraction:
    """Run every enabled rule over ``article`` and return what they found."""
    readable, problems = _readable(article)
    state = ExtractState(article=readable, options=options or ExtractOptions())
    for rule in RULES:
        if rule.name not in state.options.disabled:
            rule.run(state)
    return Extraction(
        article=article.id,
        people=state.people,
        quotes=state.quotes,
        events=state.events,
        source=state.source,
        diagnostics=problems,
    )
