"""What the IANA time-zone database tells about a capitalized name: it names a country or a city.

The names are read once per process, when a rule first asks (never at import), from the database's files as the
``tzdata`` package ships them, else as the system keeps them (where :mod:`zoneinfo` reads them):

* the countries and territories of ``iso3166.tab``, each also in its other forms (``Korea (South)`` is ``Korea``
  and ``South Korea``; ``Bosnia & Herzegovina`` is ``Bosnia and Herzegovina``);
* the cities that name the zones of continents and oceans (``Addis Ababa`` of ``Africa/Addis_Ababa``, ``Tel
  Aviv``, ``Buenos Aires``, ``Tokyo``);
* the continents whose names head those zones (``Africa``, ``Asia``, ``Europe``).

A place of one word that is also a first name or a common surname (``Jordan``, ``Chad``, ``Florence``, ``Lincoln``,
``Washington``) is left out: the word alone may well be a person; one that is a rare surname only (``Ireland``,
``Spain``, ``Berlin``: fewer than one person in ten thousand, by the census list) stays a place.  A place is never a person; it may still speak for its government
(``China said``) as any name may.  Accents do not count (``Sao Paulo`` is ``São Paulo``).  Without the database
no name is a place; without the ``lexicon`` extra no place of one word is known.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from newsparse.lazy_regex import lazy_compile

from .lexicon import available, is_first_name, surname_shares

__all__ = ["is_place", "opens_with_place"]

#: Codes of ``iso3166.tab`` whose names are no place a news text names so: ``Caribbean NL``.
_NOT_PLACES = frozenset(["BQ"])
#: A place's key as read: words of letters, maybe joined by hyphens or apostrophes.
_WORDS = lazy_compile(r"[a-z]+(?:[-'’][a-z]+)*(?: [a-z]+(?:[-'’][a-z]+)*)*")
#: The most words of a place that opens a longer name (``Hong Kong`` of ``Hong Kong Disneyland``).
_OPENING_WORDS = 3
#: The areas of the time-zone database whose zones are named by cities (not ``US/Eastern`` nor ``Etc/UTC``).
_ZONE_AREAS = frozenset(["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"])
#: The areas of the time-zone database that name continents: places whatever else the word is.
_CONTINENTS = frozenset(["Africa", "Antarctica", "Asia", "Australia", "Europe"])
#: The least share of people bearing a place's one word as a surname for it to be left out: one in ten thousand
#: (``Washington``, ``Jordan``, ``Austin``); a place rarer as a surname stays one (``Ireland``, ``Spain``, ``Berlin``).
_SURNAME_SHARE = 1e-4
#: How many answers :func:`is_place` keeps.
_ASKED = 4096


@lru_cache(maxsize=_ASKED)
def is_place(key: tuple[str, ...]) -> bool:
    """``key`` (a name's words in lower case) is the whole name of a country, territory, region or city."""
    return _folded(key) in _places()


def opens_with_place(key: tuple[str, ...]) -> bool:
    """``key`` opens with the name of a place and goes on past it: ``Tokyo Electron``, ``Hong Kong Disneyland``,
    ``Jakarta Post``; a body's name, never a person's (a first name is no place here).  A name of one word goes on
    past nothing: no place is looked up."""
    return len(key) > 1 and any(is_place(key[:n]) for n in range(1, min(len(key), _OPENING_WORDS + 1)))


def _folded(key: tuple[str, ...]) -> tuple[str, ...]:
    """``key`` without accents (``são`` is ``sao``)."""
    if all(word.isascii() for word in key):
        return key
    return tuple(_fold(word) for word in key)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _places() -> frozenset[tuple[str, ...]]:
    """Every place's key (see the module); a place of one word only when it is no first name or surname."""
    countries = {_key(name) for name in _countries()}
    cities = {_key(name) for name in _cities()} - countries
    singles = {key[0] for key in countries | cities if len(key) == 1}
    # without the lexicon no word is known to be no name: no place of one word then
    surnames = (word for word, share in surname_shares(singles).items() if share >= _SURNAME_SHARE)
    people = set(surnames).union(filter(is_first_name, singles)) if available() else singles
    kept = (key for key in countries | cities if _WORDS.fullmatch(" ".join(key)) and (len(key) > 1 or key[0] not in people))
    return frozenset(kept).union((area.lower(),) for area in _CONTINENTS)  # "Asia", a first name too, is a place


def _key(name: str) -> tuple[str, ...]:
    """The words of ``name`` as a name's key: lower case, no full stops, ``&`` as ``and``."""
    return tuple(_fold(word) for word in name.replace("&", "and").replace(".", "").lower().split())


def _countries() -> Iterator[str]:
    """The countries and territories of the time-zone database's ``iso3166.tab``, each also in its other forms:
    ``Korea (South)`` is ``Korea`` and ``South Korea``, ``Britain (UK)`` is ``Britain``."""
    path = _zone_file("iso3166.tab")
    if path is None:
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        code, _, name = line.partition("\t")
        if line.startswith("#") or code in _NOT_PLACES:
            continue
        yield name
        outer, _, inner = name.partition(" (")
        if inner:
            yield outer
            yield f"{inner.rstrip(')')} {outer}"


def _zone_file(name: str) -> Path | None:
    """The time-zone database's file ``name``: the ``tzdata`` package's, else the system's; None when neither."""
    spec = find_spec("tzdata")
    folders = [Path(spec.origin).parent / "zoneinfo"] if spec is not None and spec.origin else []
    from zoneinfo import TZPATH

    return next((folder / name for folder in (*folders, *map(Path, TZPATH)) if (folder / name).is_file()), None)


def _cities() -> Iterable[str]:
    """The cities of the time-zone database: the last part of each zone's name in a continent's or an ocean's
    area (``Addis Ababa`` of ``Africa/Addis_Ababa``, ``Indiana`` of ``America/Indiana/Knox``)."""
    from zoneinfo import available_timezones

    zones = (zone.split("/") for zone in available_timezones())
    return {zone[-1].replace("_", " ") for zone in zones if len(zone) > 1 and zone[0] in _ZONE_AREAS}
