"""What an English word list and a first-name gazetteer tell about a capitalized word.

Three data files shipped by packages on the package index are read, each once per
process and only when a rule first asks (never at import):

* first names with their sex, from Jörg Michael's ``nam_dict.txt`` (about 45,000
  names of many countries, the data of ``gender-guesser``);
* how often each English word is used, from the English frequency list of
  ``pyspellchecker`` (case-folded);
* how common each surname is among people in the United States, from the 1990
  census list of the ``names`` package.

An *ordinary word* is a frequent English word (``prices``, ``intense``, ``record``)
that is no known first name and is more common as a word (its share of the words
counted) than as a surname (its share of the people counted): ``Rose``, ``Mark``,
``Brown`` and ``Trump`` are not ordinary words.

The packages come with the ``lexicon`` extra (``pip install 'newsparse[lexicon]'``).  Where
one is missing, no word is an ordinary word or a first name and no first name has a sex:
the rules that ask stand down, and gender comes from titles and surname endings alone.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["available", "first_name_gender", "is_first_name", "is_ordinary_word"]

#: The packages whose data files are read (the ``lexicon`` extra).
_PACKAGES = ("gender_guesser", "spellchecker", "names")

#: ``"word": count`` in the frequency list, for a count of at least 200: a frequent word (about 36,000).
_WORD_COUNT = re.compile(rb'"([a-z]+)": ((?:[2-9]\d\d|[1-9]\d{3,}))[,}]')
#: A first-name line of ``nam_dict.txt``: the sex code, a space, the name.
_NAME_LINE = re.compile(rb"\n([MF1?][MF ]) ([^ \r\n]+)")
#: A line of the census surname list: the name in capitals and its share of people, in percent.
_SURNAME_LINE = re.compile(r"^([A-Z]+) +(\d+\.\d+)", re.M)
#: The sex codes of ``nam_dict.txt``: a man's name (``1M``: as a first part), mostly a man's, a
#: woman's, mostly a woman's, either.
_MEN, _MOSTLY_MEN = (b"M ", b"1M"), b"?M"
_WOMEN, _MOSTLY_WOMEN = (b"F ", b"1F"), b"?F"


def is_ordinary_word(low: str) -> bool:
    """``low`` (a word in lower case) is an ordinary English word, no name (see the module)."""
    return low in _ordinary_words()


def is_first_name(low: str) -> bool:
    """``low`` (a word in lower case) is a first name of the gazetteer, of either sex."""
    return low in _first_names()


def first_name_gender(low: str) -> str | None:
    """``"he"`` or ``"she"`` for a first name (lower case) the gazetteer gives one sex only;
    ``None`` for a name of either sex (``Jordan``, ``Andrea``) or one it does not know."""
    return _first_names().get(low)


def available() -> bool:
    """The three data packages are installed (the ``lexicon`` extra); without them every answer here is no."""
    return all(_data(package, "") is not None for package in _PACKAGES)


def _data(package: str, name: str) -> Path | None:
    """The path of data file ``name`` of installed ``package``, found without importing it; None when the
    package is not installed."""
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / name


@cache
def _first_names() -> dict[str, str | None]:
    """Every first name of the gazetteer (lower case), with its pronoun: ``he`` for a name only men
    bear (mostly men at some lines, surely at one at least), ``she`` likewise, else ``None``."""
    names, pronouns = _packed_first_names()
    return dict(zip(names.split("\n"), map(_PRONOUN_CODES.get, pronouns))) if names else {}


@cache
def _ordinary_words() -> frozenset[str]:
    """The frequent English words that are no first name and more common as words than as surnames."""
    words = _packed_ordinary_words()
    return frozenset(words.split("\n")) if words else frozenset()


#: The pronoun of a first name by its one-letter code in :func:`_packed_first_names`.
_PRONOUN_CODES: dict[str, str | None] = {"h": "he", "s": "she", "-": None}


# The word lists are read into many short-lived objects; each is packed into one string, from which the
# caller makes the words kept, once all the others are freed.  The kept words then fill the memory the
# others left, and the objects of the articles read later do not spread over a heap full of holes.


def _packed_first_names() -> tuple[str, str]:
    """The first names, one a line, and the codes of their pronouns (see :func:`_first_names`), one a name."""
    path = _data("gender_guesser", "data/nam_dict.txt")
    if path is None or not available():
        return "", ""
    by_code: dict[bytes, set[str]] = {}
    for line in _NAME_LINE.finditer(path.read_bytes()):
        by_code.setdefault(line[1], set()).add(line[2].decode().lower())  # "Émile": é too
    names: dict[str, str] = dict.fromkeys(set().union(*by_code.values()), "-")
    for pronoun, sure, mostly in (("h", _MEN, _MOSTLY_MEN), ("s", _WOMEN, _MOSTLY_WOMEN)):
        others = (bearers for code, bearers in by_code.items() if code not in sure and code != mostly)
        names |= dict.fromkeys(set().union(*(by_code.get(code, set()) for code in sure)).difference(*others), pronoun)
    return "\n".join(names), "".join(names.values())


def _packed_ordinary_words() -> str:
    """The ordinary words (see :func:`_ordinary_words`), one a line."""
    import gzip  # here, so that start-up does not import it

    path = _data("spellchecker", "resources/en.json.gz")
    if path is None or not available():
        return ""  # no word list, or no names to tell words from: no word is known to be ordinary
    names = _first_names()  # made first, so that its words are not made among those of the word list
    raw = gzip.decompress(path.read_bytes())
    counts = {word.decode(): int(count) for word, count in _WORD_COUNT.findall(raw)}
    total = sum(counts.values())
    surnames = _surname_shares(counts.keys())
    return "\n".join(
        word for word, count in counts.items() if word not in names and count / total > surnames.get(word, 0.0)
    )


def _surname_shares(words: Container[str]) -> dict[str, float]:
    """The share of people (a fraction) bearing each surname that is one of ``words``, for the
    surnames the census counts at least 0.001 % of people with (the list is sorted by share)."""
    path = _data("names", "dist.all.last")
    if path is None:
        return {}
    text = path.read_text(encoding="ascii")
    rare = text.find(" 0.000 ")
    return {
        low: float(share) / 100
        for name, share in _SURNAME_LINE.findall(text if rare < 0 else text[:rare])
        if (low := name.lower()) in words
    }
