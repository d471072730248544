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
``Brown`` and ``Trump`` are not ordinary words.  A first name that is one of the commonest English words
(``Red``, ``Hope``, ``Mark``: :func:`is_common_word_name`) is a name only with more around it; alone, it is the word.

The packages come with the ``lexicon`` extra (``pip install 'newsparse[lexicon]'``).  Where
one is missing, no word is an ordinary word or a first name and no first name has a sex:
the rules that ask stand down, and gender comes from titles and surname endings alone.
"""

from __future__ import annotations

from array import array
from collections.abc import Container, Iterable, Iterator
from functools import cache, lru_cache
from importlib.util import find_spec
from itertools import accumulate
from pathlib import Path

from newsparse.lazy_regex import lazy_compile

__all__ = [
    "available", "first_name_gender", "is_common_word_name", "is_first_name", "is_ordinary_word", "is_rare_first_name",
    "surname_shares",
]

#: How many answers each question below keeps, so that a word asked again is not searched again.
_ASKED = 4096
#: The packages whose data files are read (the ``lexicon`` extra).
_PACKAGES = ("gender_guesser", "spellchecker", "names")

#: ``"word": count`` in the frequency list, for a count of at least 200: a frequent word (about 36,000).
_WORD_COUNT = lazy_compile(rb'"([a-z]+)": ((?:[2-9]\d\d|[1-9]\d{3,}))[,}]')
#: A line of the census surname list: the name in capitals and its share of people, in percent.
_SURNAME_LINE = lazy_compile(r"([A-Z]+) +(\d+\.\d+)")
#: A first-name line of ``nam_dict.txt``: the sex code, a space, the name.
_NAME_LINE = lazy_compile(rb"([MF1?][MF ]) ([^ \r\n]+)")
#: The sex codes of ``nam_dict.txt`` as bits: a man's name (``1M``: as a first part), mostly a man's,
#: a woman's, mostly a woman's; any other code (either sex) is ``_OTHER``.
_MEN, _MOSTLY_MEN, _WOMEN, _MOSTLY_WOMEN, _OTHER = 1, 2, 4, 8, 16
#: A bit more: a line of the name gives it a frequency above 1 (rare) in some country.
_COMMON = 32
#: Where a line of ``nam_dict.txt`` prints the name's frequency in each country, one hexadecimal digit a country.
_FREQUENCIES = slice(30, 85)
_CODE_BITS = {b"M ": _MEN, b"1M": _MEN, b"?M": _MOSTLY_MEN, b"F ": _WOMEN, b"1F": _WOMEN, b"?F": _MOSTLY_WOMEN}


@lru_cache(maxsize=_ASKED)
def is_ordinary_word(low: str) -> bool:
    """``low`` (a word in lower case) is an ordinary English word, no name (see the module); a British spelling in
    ``-is-`` is looked up in the American one the list prints (``criticising`` as ``criticizing``)."""
    words = _ordinary_words()
    if low in words:
        return True
    british = _BRITISH_ENDING.search(low)
    return british is not None and f"{low[: british.start()]}iz{british[1]}" in words


#: A British verb's or noun's ending in ``-is-`` (``criticise``, ``criticising``, ``organisation``): what follows ``is``.
_BRITISH_ENDING = lazy_compile(r"is(e|ed|es|ing|ation|ations)$")


@lru_cache(maxsize=_ASKED)
def is_common_word_name(low: str) -> bool:
    """``low`` is a first name of the gazetteer that is also one of the commonest English words (at least
    :data:`_COMMON_WORD_SHARE` of the words counted: ``red``, ``will``, ``mark``, ``key``): alone, most likely the word."""
    return low in _common_word_names()


@lru_cache(maxsize=_ASKED)
def is_first_name(low: str) -> bool:
    """``low`` (a word in lower case) is a first name of the gazetteer, of either sex."""
    return low in _first_names()[0]


@lru_cache(maxsize=_ASKED)
def first_name_gender(low: str) -> str | None:
    """``"he"`` or ``"she"`` for a first name (lower case) the gazetteer gives one sex only;
    ``None`` for a name of either sex (``Jordan``, ``Andrea``) or one it does not know."""
    names, pronouns = _first_names()
    index = names.index(low)
    return None if index < 0 else _PRONOUN_CODES[pronouns[index]]


@lru_cache(maxsize=_ASKED)
def is_rare_first_name(low: str) -> bool:
    """``low`` is a first name the gazetteer gives one sex, but rare (frequency 1) in every country it counts
    it in (``Jone``, ``Leota``): its sex is a weak guess, which the text's pronouns may correct."""
    names, pronouns = _first_names()
    index = names.index(low)
    return index >= 0 and pronouns[index] in "HS"


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


class PackedWords:
    """Words kept sorted in one string and found by binary search: about a tenth of the memory of a
    set of the same words (one object in all, not one a word), at a few microseconds a lookup."""

    def __init__(self, words: Iterable[str]):
        ordered = sorted(words)
        self._text = "".join(ordered)
        self._ends = array("L", accumulate(map(len, ordered)))

    def index(self, word: str) -> int:
        """The position of ``word`` in sorted order, or -1 when it is not one of the words."""
        text, ends = self._text, self._ends
        lo, hi = 0, len(ends)
        while lo < hi:
            mid = (lo + hi) // 2
            probe = text[ends[mid - 1] if mid else 0 : ends[mid]]
            if probe < word:
                lo = mid + 1
            elif probe > word:
                hi = mid
            else:
                return mid
        return -1

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.index(word) >= 0

    def __iter__(self) -> Iterator[str]:
        text = self._text
        return (text[start:end] for start, end in zip((0, *self._ends), self._ends))

    def __len__(self) -> int:
        return len(self._ends)


@cache
def _first_names() -> tuple[PackedWords, str]:
    """Every first name of the gazetteer (lower case), and the code of its pronoun at the same
    position: ``h`` (``he``) for a name only men bear (mostly men at some lines, surely at one at
    least), ``s`` (``she``) likewise, ``-`` for either or none (see :data:`_PRONOUN_CODES`)."""
    bits = _read_first_names()
    names = PackedWords(bits)
    return names, "".join(map(_pronoun_code, map(bits.__getitem__, names)))


#: The share of the words counted a first name has at least as a word to be one of :func:`is_common_word_name`.
_COMMON_WORD_SHARE = 3e-5


@cache
def _common_word_names() -> frozenset[str]:
    """The first names that are among the commonest English words (see :func:`is_common_word_name`)."""
    counts = _word_counts()
    total = sum(counts.values())
    names = _first_names()[0]
    return frozenset(word for word, count in counts.items() if count / total >= _COMMON_WORD_SHARE and names.index(word) >= 0)


@cache
def _ordinary_words() -> PackedWords:
    """The frequent English words that are no first name and more common as words than as surnames."""
    return PackedWords(_read_ordinary_words())


#: The pronoun of a first name by its one-letter code in :func:`_first_names`.
_PRONOUN_CODES: dict[str, str | None] = {"h": "he", "s": "she", "H": "he", "S": "she", "-": None}


def _read_first_names() -> dict[str, int]:
    """The first names of the gazetteer with the sex codes each is printed with, as bits (see
    :data:`_CODE_BITS`), read a line at a time."""
    path = _data("gender_guesser", "data/nam_dict.txt")
    if path is None or not available():
        return {}
    bits: dict[str, int] = {}
    with path.open("rb") as lines:
        for line in lines:
            found = _NAME_LINE.match(line)
            if found is not None:
                name = found[2].decode().lower()  # "Émile": é too
                common = _COMMON if line[_FREQUENCIES].strip(b" 1") else 0
                bits[name] = bits.get(name, 0) | _CODE_BITS.get(found[1], _OTHER) | common
    return bits


def _pronoun_code(bits: int) -> str:
    """``h`` for a name printed with a man's code (and otherwise only as mostly a man's), ``s``
    likewise for a woman's, ``-`` for any other; ``H`` and ``S`` for a name rare in every country
    the gazetteer counts it in."""
    for code, sure, mostly in (("h", _MEN, _MOSTLY_MEN), ("s", _WOMEN, _MOSTLY_WOMEN)):
        if bits & sure and not bits & ~(sure | mostly | _COMMON):
            return code if bits & _COMMON else code.upper()
    return "-"


def _read_ordinary_words() -> list[str]:
    """The ordinary words (see :func:`_ordinary_words`)."""
    counts = _word_counts()
    total = sum(counts.values())
    surnames = surname_shares(counts.keys())
    frequent = sorted(word for word, count in counts.items() if count / total > surnames.get(word, 0.0))
    return list(_not_in(frequent, _first_names()[0]))


def _word_counts() -> dict[str, int]:
    """How often each frequent English word is used (see :data:`_WORD_COUNT`); empty without the lexicon."""
    import gzip  # here, so that start-up does not import it

    path = _data("spellchecker", "resources/en.json.gz")
    if path is None or not available():
        return {}  # no word list, or no names to tell words from: no word is known to be ordinary
    raw = gzip.decompress(path.read_bytes())
    return {word.decode(): int(count) for word, count in _WORD_COUNT.findall(raw)}  # the groups, made in C


def _not_in(ordered: list[str], names: Iterable[str]) -> Iterator[str]:
    """The words of ``ordered`` (sorted) that ``names`` (sorted too) does not hold, read side by side."""
    others = iter(names)
    other = next(others, None)
    for word in ordered:
        while other is not None and other < word:
            other = next(others, None)
        if other != word:
            yield word


def surname_shares(words: Container[str]) -> dict[str, float]:
    """The share of people (a fraction) bearing each surname that is one of ``words``, for the
    surnames the census counts at least 0.001 % of people with (the list is sorted by share)."""
    path = _data("names", "dist.all.last")
    if path is None:
        return {}
    shares: dict[str, float] = {}
    with path.open(encoding="ascii") as lines:
        for line in lines:
            found = _SURNAME_LINE.match(line)
            if found is None or found[2] == "0.000":
                break
            if (low := found[1].lower()) in words:
                shares[low] = float(found[2]) / 100
    return shares
