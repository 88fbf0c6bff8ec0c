"""The one typed object extraction rules share while working on one article."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Article, ArticlePerson, EventRef, Quote


@dataclass(frozen=True)
class ExtractOptions:
    """What the site configures for extraction.

    ``disabled`` names rules switched off in site.yaml; ``known_people`` are curated
    names and aliases (content/people) that count as names even where the rules would
    not find them.
    """

    disabled: frozenset[str] = frozenset()
    known_people: tuple[str, ...] = ()
    extra_speech_verbs: tuple[str, ...] = ()


@dataclass
class ExtractState:
    """Working state for one article; each rule reads and adds to it in order."""

    article: Article
    options: ExtractOptions = field(default_factory=ExtractOptions)
    people: list[ArticlePerson] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    source: str | None = None

    def person(self, name: str) -> ArticlePerson | None:
        """The article person with this local name, if any."""
        for person in self.people:
            if person.name == name:
                return person
        return None
