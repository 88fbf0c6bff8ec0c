"""Resolve people: every article's persons become one identity per real person.

"Sir Keir Starmer", "Keir Starmer" and "Starmer" in different articles are one person;
"Anthony Blinken" and "Antony Blinken" are one person with both spellings listed; two
people who only share a surname stay apart. Curated files in content/people win: their
name, aliases and merges are fixed points the article names attach to.

Lookups go through two indexes (folded full name, folded surname), so the cost grows with
the number of mentions, never with pairs of people.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.model import Article, ArticlePerson, ContentPage, Extraction, Person, RoleRecord
from generator.names import fold, given, same_given_name, surname, tokens
from generator.slugs import slugify, unique_slug


@dataclass
class _Cluster:
    """People found so far that are one person."""

    full_names: Counter[str] = field(default_factory=Counter)
    surface: set[str] = field(default_factory=set)
    refs: list[tuple[str, ArticlePerson]] = field(default_factory=list)
    curated: ContentPage | None = None

    def canonical(self) -> str:
        """The curated name, else the most used full name (ties: longest, then A→Z)."""
        if self.curated is not None:
            return str(self.curated.meta["name"])
        if self.full_names:
            return min(self.full_names, key=lambda n: (-self.full_names[n], -len(n), n))
        return min(self.surface, key=lambda n: (-len(n), n)) if self.surface else "Unknown"


@dataclass
class PeopleResolution:
    """The people of the corpus and which article person each one is."""

    people: dict[str, Person]
    person_of: dict[tuple[str, str], str]  # (article id, ArticlePerson.name) → person id


class _Index:
    """Clusters by folded full name and by folded surname."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_name: dict[str, int] = {}
        self.by_surname: dict[str, list[int]] = {}

    def add(self, cluster: _Cluster, names: list[str]) -> int:
        number = len(self.clusters)
        self.clusters.append(cluster)
        for name in names:
            self.remember(number, name)
        return number

    def remember(self, number: int, name: str) -> None:
        key = fold(name)
        self.by_name.setdefault(key, number)
        if len(tokens(name)) > 1:
            bucket = self.by_surname.setdefault(surname(name), [])
            if number not in bucket:
                bucket.append(number)

    def find_full(self, name: str) -> int | None:
        """The cluster of this full name: same folded name, or same surname and given name."""
        exact = self.by_name.get(fold(name))
        if exact is not None:
            return exact
        first = given(name)
        for number in self.by_surname.get(surname(name), []):
            cluster = self.clusters[number]
            known = list(cluster.full_names) or [cluster.canonical()]
            if any(same_given_name(first, given(other)) for other in known):
                return number
        return None

    def find_partial(self, name: str) -> int | None:
        """The one cluster a surname-only name can mean, or None when it is ambiguous."""
        exact = self.by_name.get(fold(name))
        if exact is not None:
            return exact
        candidates = self.by_surname.get(fold(name), [])
        return candidates[0] if len(candidates) == 1 else None


def _curated_names(page: ContentPage) -> list[str]:
    meta = page.meta
    return [str(meta["name"]), *map(str, meta.get("aliases", [])), *map(str, meta.get("merges", []))]


def resolve_people(
    articles: dict[str, Article],
    extractions: dict[str, Extraction],
    curated: list[ContentPage],
) -> PeopleResolution:
    """Group every article's people into corpus-wide :class:`Person` identities."""
    index = _Index()
    for page in curated:
        index.add(_Cluster(curated=page), _curated_names(page))

    assigned: dict[tuple[str, str], int] = {}
    order = sorted(extractions)
    # Full names first, so that surname-only mentions find them whatever the file order.
    for partial_pass in (False, True):
        for article_id in order:
            for person in extractions[article_id].people:
                is_partial = person.surname_only or len(tokens(person.name)) < 2
                if is_partial != partial_pass:
                    continue
                found = index.find_partial(person.name) if is_partial else index.find_full(person.name)
                if found is None:
                    found = index.add(_Cluster(), [person.name])
                else:
                    index.remember(found, person.name)
                cluster = index.clusters[found]
                if not is_partial:
                    cluster.full_names[person.name] += 1
                cluster.surface.update(m.text for m in person.mentions)
                cluster.surface.add(person.name)
                cluster.refs.append((article_id, person))
                assigned[(article_id, person.name)] = found

    return _build_people(index, assigned, articles)


def _build_people(
    index: _Index, assigned: dict[tuple[str, str], int], articles: dict[str, Article]
) -> PeopleResolution:
    taken: set[str] = set()
    ids: dict[int, str] = {}
    people: dict[str, Person] = {}
    # Number clusters by canonical name so ids do not depend on discovery order.
    ranked = sorted(range(len(index.clusters)), key=lambda n: (index.clusters[n].canonical(), n))
    for number in ranked:
        cluster = index.clusters[number]
        if cluster.curated is None and not cluster.refs:
            continue
        name = cluster.canonical()
        wanted = cluster.curated.slug if cluster.curated is not None else slugify(name, "person")
        person_id = unique_slug(wanted, taken, name + str(number))
        taken.add(person_id)
        ids[number] = person_id
        aliases = set(cluster.surface)
        if cluster.curated is not None:
            aliases.update(_curated_names(cluster.curated))
        aliases.discard(name)
        roles = {
            RoleRecord(role, article_id, articles[article_id].date if article_id in articles else None)
            for article_id, ref in cluster.refs
            for role in ref.roles
        }
        if cluster.curated is not None:
            roles.update(RoleRecord(str(r), "", None) for r in cluster.curated.meta.get("roles", []))
        people[person_id] = Person(
            id=person_id,
            name=name,
            aliases=sorted(aliases, key=lambda a: (fold(a), a)),
            roles=sorted(roles, key=lambda r: (r.date or "", r.article, r.title)),
            articles=sorted({article_id for article_id, _ in cluster.refs}),
            summary=str(cluster.curated.meta["summary"])
            if cluster.curated is not None and cluster.curated.meta.get("summary")
            else None,
            curated=cluster.curated,
        )
    person_of = {key: ids[number] for key, number in assigned.items()}
    return PeopleResolution(people=dict(sorted(people.items())), person_of=person_of)
