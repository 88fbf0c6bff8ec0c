"""Extraction: an ordered list of named rules run over one article.

Like markdown-it-py's core ruler, each rule is one small function in its own module that
reads and extends one shared :class:`ExtractState`. Rules can be switched off by name in
site.yaml (``extraction: {rules: {events: false}}``). Extraction is a pure function of the
article and the options, so its result can be cached and computed in parallel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.extract import events, names, quotes, roles, source, speakers
from generator.extract.state import ExtractOptions, ExtractState
from generator.model import Article, Extraction


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


def extract_article(article: Article, options: ExtractOptions | None = None) -> Extraction:
    """Run every enabled rule over ``article`` and return what they found."""
    state = ExtractState(article=article, options=options or ExtractOptions())
    for rule in RULES:
        if rule.name not in state.options.disabled:
            rule.run(state)
    return Extraction(
        article=article.id,
        people=state.people,
        quotes=state.quotes,
        events=state.events,
        source=state.source,
    )
