"""Resolve events: the same happening reported by several articles is one event."""

from __future__ import annotations

from generator.model import Article, ContentPage, Event, Extraction
from generator.names import fold
from generator.slugs import slugify, unique_slug


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal dates, or one a more precise form of the other ("2024-02" and "2024-02-17")."""
    if a is None or b is None:
        return a is b
    return a.startswith(b) or b.startswith(a)


class _Index:
    """Events by kind and folded name, and by kind and participant."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.keys: dict[tuple[str, str], list[int]] = {}

    def keys_of(self, event: Event) -> list[tuple[str, str]]:
        names = [("name", fold(event.name))]
        return names + [(event.kind, "p:" + p) for p in event.participants]

    def add(self, event: Event) -> int:
        number = len(self.events)
        self.events.append(event)
        self.register(number)
        return number

    def register(self, number: int) -> None:
        for key in self.keys_of(self.events[number]):
            bucket = self.keys.setdefault(key, [])
            if number not in bucket:
                bucket.append(number)

    def find(self, event: Event) -> int | None:
        """An earlier event this one is another report of."""
        for key in self.keys_of(event):
            for number in self.keys.get(key, []):
                other = self.events[number]
                if not dates_compatible(other.date, event.date):
                    continue
                if key[0] == "name" or other.kind == event.kind:
                    return number
        return None


def _curated_event(page: ContentPage) -> Event:
    meta = page.meta
    date = meta.get("date")
    return Event(
        id=page.slug,
        name=str(meta["name"]),
        kind=str(meta.get("kind", "event")),
        date=str(date) if date is not None else None,
        place=meta.get("place"),
        participants=[],
        curated=page,
    )


def resolve_events(
    articles: dict[str, Article],
    extractions: dict[str, Extraction],
    person_of: dict[tuple[str, str], str],
    curated: list[ContentPage],
    person_by_name: dict[str, str],
) -> dict[str, Event]:
    """Merge article event reports into corpus events; curated events are fixed points."""
    index = _Index()
    for page in curated:
        number = index.add(_curated_event(page))
        event = index.events[number]
        event.participants = sorted(
            {person_by_name[fold(str(p))] for p in page.meta.get("participants", []) if fold(str(p)) in person_by_name}
        )
        for alias in page.meta.get("aliases", []):
            index.keys.setdefault(("name", fold(str(alias))), []).append(number)
        index.register(number)

    order = sorted(extractions, key=lambda a: (articles[a].date or "9999", a))
    for article_id in order:
        for ref in extractions[article_id].events:
            participants = sorted(
                {person_of[(article_id, p)] for p in ref.participants if (article_id, p) in person_of}
            )
            incoming = Event(
                id="",
                name=ref.name,
                kind=ref.kind,
                date=ref.date,
                place=ref.place,
                participants=participants,
                articles=[article_id],
                sentences=[(article_id, ref.sentence)],
                date_end=ref.date_end,
            )
            found = index.find(incoming)
            if found is None:
                index.add(incoming)
                continue
            event = index.events[found]
            if len(incoming.date or "") > len(event.date or ""):
                event.date, event.date_end = incoming.date, incoming.date_end
            event.place = event.place or incoming.place
            event.participants = sorted(set(event.participants) | set(participants))
            if article_id not in event.articles:
                event.articles.append(article_id)
            event.sentences.append((article_id, ref.sentence))
            index.register(found)

    events: dict[str, Event] = {}
    taken: set[str] = set()
    for number, event in sorted(enumerate(index.events), key=lambda p: (p[1].date or "", p[1].name, p[0])):
        wanted = event.id or slugify(f"{event.name} {event.date or ''}", "event")
        event.id = unique_slug(wanted, taken, f"{event.name}{number}")
        taken.add(event.id)
        events[event.id] = event
    return dict(sorted(events.items()))
