"""Who appears with whom: the data behind the network pictures.

The person page's picture and its fingerprint both come from :func:`ego_network`, so
the page is rendered again exactly when the picture would change.
"""

from __future__ import annotations

from generator.link import Library

#: People around a person in their network picture.
EGO_SIZE = 12
#: Lines between a person's neighbours: only ties of at least this many articles, and
#: at most this many of them, so the picture stays a picture and not a hairball.
EGO_MIN_LINK = 2
EGO_LINKS = 20
#: People in the picture on the people index.
OVERVIEW_SIZE = 30
#: Links drawn between them, strongest first.
OVERVIEW_EDGES = 90
# Links among a person's neighbours are looked up in each neighbour's strongest ties
# only, so a page costs the same however many people a neighbour has met.
_SCAN = 40

Pair = tuple[str, str, int]


def ego_network(library: Library, person_id: str) -> tuple[list[tuple[str, int]], list[Pair]]:
    """A person's most frequent co-mentions (id, articles together) and the links
    (a, b, articles together) between those people."""
    around = library.co_mentions.get(person_id, [])[:EGO_SIZE]
    members = {other for other, _ in around}
    pairs: dict[tuple[str, str], int] = {}
    for a, _ in around:
        for b, n in library.co_mentions.get(a, [])[:_SCAN]:
            if b in members and n >= EGO_MIN_LINK:
                pairs[(min(a, b), max(a, b))] = n
    strongest = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:EGO_LINKS]
    return list(around), [(a, b, n) for (a, b), n in sorted(strongest)]


def most_connected(library: Library) -> tuple[list[tuple[str, int]], list[Pair]]:
    """The people mentioned with the most others (id, how many others), and the
    strongest links between them."""
    ranked = sorted(
        library.co_mentions.items(),
        key=lambda item: (-len(item[1]), -sum(n for _, n in item[1]), library.people[item[0]].name, item[0]),
    )[:OVERVIEW_SIZE]
    members = {person_id for person_id, _ in ranked}
    pairs: dict[tuple[str, str], int] = {}
    for a, others in ranked:
        for b, n in others:
            if b in members:
                pairs[(min(a, b), max(a, b))] = n
    strongest = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:OVERVIEW_EDGES]
    return [(p, len(others)) for p, others in ranked], [(a, b, n) for (a, b), n in sorted(strongest)]


__all__ = ["EGO_SIZE", "OVERVIEW_SIZE", "ego_network", "most_connected"]
