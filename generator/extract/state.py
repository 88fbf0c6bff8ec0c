"""The one typed object extraction rules share while working on one article."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract.text import Token, name_tokens, sentence_spans
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
class Reference:
    """A phrase that refers to a person: a name, a pronoun, a description or an unnamed source.

    ``person`` is the ``ArticlePerson.name`` it resolves to (None when unresolved or an unnamed
    source); ``subject`` says whether it stands as the subject of its clause.
    """

    para: int
    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "description", "source", "unnamed" or "other"
    person: str | None = None
    subject: bool = False
    possessive: bool = False
    # a subject of a main clause, not of one opened by "which", "when", "because" ...
    main: bool = False
    sentence: int = 0  # start offset of the sentence it stands in
    gender: str | None = None  # of an unnamed person: "A woman … said" is "f"


@dataclass
class ExtractState:
    """Working state for one article; each rule reads and adds to it in order."""

    article: Article
    options: ExtractOptions = field(default_factory=ExtractOptions)
    people: list[ArticlePerson] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    source: str | None = None
    # every person reference in text order, with descriptions and pronouns resolved
    # (filled by the roles rule, read by speakers)
    references: list[Reference] = field(default_factory=list)
    # (para, start) of mentions in bylines and photo credits (filled by names): people by
    # convention, but no antecedent for a pronoun or a description in the text
    credit_mentions: set[tuple[int, int]] = field(default_factory=set)

    # per-paragraph work several rules need, computed once (see :meth:`sentences`)
    _sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _tokens: dict[int, list[Token]] = field(default_factory=dict, repr=False)

    def name_tokens(self, para: int) -> list[Token]:
        """The words of paragraph ``para`` that names are made of (see
        :func:`~generator.extract.text.name_tokens`), tokenised once and cached."""
        toks = self._tokens.get(para)
        if toks is None:
            toks = self._tokens[para] = name_tokens(self.article.paragraphs[para].text)
        return toks

    def sentences(self, para: int) -> list[tuple[int, int]]:
        """The sentence spans of paragraph ``para``, split once and cached."""
        spans = self._sentences.get(para)
        if spans is None:
            spans = self._sentences[para] = sentence_spans(self.article.paragraphs[para].text)
        return spans

    def person(self, name: str) -> ArticlePerson | None:
        """The article person with this local name, if any."""
        for person in self.people:
            if person.name == name:
                return person
        return None
