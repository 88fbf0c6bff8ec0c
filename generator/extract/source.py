"""Extraction rule ``source``: the outlet, when the article itself says who published it.

An article that speaks of itself ("told this newspaper", "The Telegraph understands",
"The Times can reveal") names its outlet; the outlet is the one it says people talked to
("told The Telegraph", "speaking to the Guardian"). Citing another outlet ("reported by
The Independent") is not enough.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.extract.state import ExtractState

_OUTLET = r"((?:[Tt]he\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})"
_SELF = re.compile(r"\b(?:this|our)\s+(?:newspaper|paper|publication|website|site|outlet|"
                   r"programme|magazine|reporter|correspondent)\b", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:told|telling|speaking to|spoke to|said to|in an interview with|"
                   r"interviewed by|wrote in|writing in)\s+" + _OUTLET)
_OWN = re.compile(_OUTLET + r"\s+(?:understands|has learned|has learnt|can reveal|has seen|"
                  r"can disclose|has established)\b")
_OWN_VERB = re.compile(r"\b(?:understands|has learned|has learnt|can reveal|has seen|"
                       r"can disclose|has established)\b")
_NOT_OUTLET = frozenset({"he", "she", "they", "it", "reporters", "journalists"})


def _clean(name: str) -> str:
    name = re.sub(r"^the\s+", "The ", name.strip())
    return name


def infer_source(state: ExtractState) -> None:
    """Set ``state.source`` when the text names the outlet that published it."""
    text = "\n".join(p.text for p in state.article.paragraphs)
    # the outlet patterns try every capital letter: look for their verbs first
    own = [_clean(m.group(1)) for m in _OWN.finditer(text)
           if m.group(1).lower().startswith("the ")] if _OWN_VERB.search(text) else []
    candidates = own or ([_clean(m.group(1)) for m in _TOLD.finditer(text)
                          if m.group(1).split()[0].lower() not in _NOT_OUTLET
                          and not re.match(r"[’']s\b", text[m.end():])]  # "the BBC's Today"
                         if _SELF.search(text) else [])
    candidates = [c for c in candidates if c.lower() not in _NOT_OUTLET]
    if candidates:
        state.source = Counter(candidates).most_common(1)[0][0]
