"""Word lists the extraction rules consult, loaded once from ``generator/data/extract_*.txt``.

The lists are constant data, not state: they are read lazily and cached, so every rule sees
the same words and nothing an article does can change them.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

from nameparser.config import CONSTANTS

# Honorifics kept in a mention's surface text ("Mr Trump", "Sir Keir") with a gender hint.
HONORIFICS: dict[str, str] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "u", "dr": "u", "sir": "m",
    "dame": "f", "lord": "m", "lady": "f", "prof": "u", "professor": "u", "rev": "u",
    "baroness": "f", "baron": "m",
}
# Short political titles written before a name, with or without a full stop.
SHORT_TITLES: frozenset[str] = frozenset({
    "sen", "rep", "gov", "lt", "gen", "col", "capt", "sgt", "adm", "maj", "cmdr", "supt",
    "insp", "det", "pm", "mp", "amb", "atty", "pres", "dist", "asst",
})
# Lower-case name particles ("von der Leyen", "de Blasio", "bin Salman"); a hand-picked
# subset of nameparser's prefixes, leaving out ones that are also English words ("do").
PARTICLES: frozenset[str] = frozenset(
    {"bin", "ibn", "bint", "van", "von", "der", "den", "de", "del", "della", "da", "di",
     "du", "la", "le", "ter", "ten", "zu", "dos", "das", "al", "el", "vom", "dei", "degli",
     "los", "las"}
) & frozenset(CONSTANTS.prefixes)
# Particles that may also be written capitalised ("Alexander De Croo", "Mr Van Dyke").
CAP_PARTICLES: frozenset[str] = frozenset({
    "de", "van", "von", "der", "den", "di", "du", "le", "la", "bin", "ibn", "dos", "das",
    "del", "della", "ter", "ten", "los", "las", "ó", "ní", "nic", "uí", "ua",
})
# AP-style abbreviations of US states that are one word: "Jackson Hole, Wyo.".
STATE_ABBREVIATIONS: frozenset[str] = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
    "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
})
PRONOUN_GENDER: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
}


# nameparser titles that are ordinary English words before a name in running text
_NOT_TITLES = frozenset({"met", "air", "wing", "her", "his", "me", "most", "law", "risk",
                         "rock", "tax", "high", "host", "film", "flag", "pro", "heir", "us",
                         "uk", "state", "maid"})


def _lines(name: str) -> list[str]:
    text = resources.files("generator.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The lower-cased entries of ``extract_<name>.txt``."""
    return frozenset(line.lower() for line in _lines(f"extract_{name}.txt"))


@cache
def expansions(name: str) -> dict[str, str]:
    """``extract_<name>.txt`` read as "key rest of line" pairs, keys lower-cased."""
    out: dict[str, str] = {}
    for line in _lines(f"extract_{name}.txt"):
        key, _, value = line.partition(" ")
        out[key.lower()] = value.strip()
    return out


@cache
def not_surnames() -> frozenset[str]:
    """Words that never end a person's name: organisation heads, places, nationalities
    and the other non-name words."""
    return words("org_heads") | words("non_names") | words("places") | words("demonyms")


@cache
def first_names() -> dict[str, str]:
    """Given names (lower case) mapped to a gender hint: ``m``, ``f`` or ``u``."""
    out: dict[str, str] = {}
    for line in _lines("extract_first_names.txt"):
        name, _, gender = line.partition(" ")
        out[name.lower()] = gender.strip() or "u"
    return out


@cache
def titles() -> frozenset[str]:
    """Job titles and honorifics that may precede a name (nameparser's list plus ours)."""
    extra = {"shadow", "foreign", "home", "prime", "interior", "defence", "defense",
             "finance", "justice", "health", "education", "trade", "former", "acting",
             "interim", "deputy", "vice", "senior", "junior", "first", "opposition",
             "leader", "chairwoman", "spokesman", "spokeswoman", "secretary-general",
             "speaker", "congressman", "congresswoman", "councillor", "minority",
             "majority", "whip", "premier", "commissioner", "ex", "tempore",
             "councilwoman", "councilman", "councilmember", "assemblywoman", "assemblyman",
             "assemblymember", "alderman", "alderwoman", "selectman", "selectwoman",
             "superintendent", "constable"}  # police ranks
    base = {t for t in CONSTANTS.titles if t.isalpha() or "-" in t} - _NOT_TITLES
    return frozenset(base | extra | SHORT_TITLES | set(HONORIFICS)) - set(first_names())


@cache
def speech_verb_forms() -> frozenset[str]:
    """Every inflected form of the speech verbs: say, says, said, saying, told ..."""
    irregular = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"],
                 "tweet": [], "admit": ["admitted"], "refer": ["referred"],
                 "plead": ["pleaded", "pled"]}
    forms: set[str] = set()
    for verb in words("speech_verbs"):
        forms.add(verb)
        forms.add(verb + "es" if verb.endswith(("s", "sh", "ch")) else verb + "s")
        stem = verb.removesuffix("e")
        if verb.endswith("y") and verb[-2] not in "aeiou":
            forms.update({verb[:-1] + "ied", verb[:-1] + "ies"})
        else:
            forms.add(stem + "ed")
        forms.add(stem + "ing")
        forms.update(irregular.get(verb, []))
    forms -= {"stated", "states", "state"} - {"stated"}
    return frozenset(forms)


def gender_of_first(name: str) -> str | None:
    """The gender hint of a given name, or None when the name is not a known given name."""
    found = first_names().get(name.lower()) or first_names().get(_fold(name))
    if found is None and "-" in name.strip("-"):
        return gender_of_first(name.split("-", 1)[0])  # "Klaus-Dieter", "Jean-Pierre"
    return found


def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()
