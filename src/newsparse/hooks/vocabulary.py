"""Declared vocabularies: the word lists and tables the rules read, and the changes plugins make to them.

Each vocabulary is declared once, by the module or plugin that reads it, with a
:class:`Declaration`: its name, its kind (:data:`WORDS`, a set of words, or
:data:`TABLE`, a mapping from words to values), how its words are normalised
(:data:`CASEFOLD`, :data:`LOWER` or :data:`AS_PRINTED`), a docstring and its
built-in entries.  Other plugins then add or remove entries (see
:func:`read_change`); a :class:`Vocabulary` holds the result, read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from attrs import field, frozen

from newsparse.errors import UnknownNameError

__all__ = [
    "WORDS",
    "TABLE",
    "KINDS",
    "CASEFOLD",
    "LOWER",
    "AS_PRINTED",
    "NORMALISERS",
    "Change",
    "Declaration",
    "Vocabulary",
    "read_change",
    "declare_all",
]

#: A vocabulary that is a set of words (read as a :class:`frozenset`).
WORDS = "words"
#: A vocabulary that is a table from words to values (read as a read-only mapping).
TABLE = "table"
#: The kinds of vocabulary.
KINDS = (WORDS, TABLE)

#: Words are compared case-insensitively (:meth:`str.casefold`).
CASEFOLD = "casefold"
#: Words are compared lower-cased (:meth:`str.lower`).
LOWER = "lower"
#: Words are kept exactly as printed (case matters: ``$`` and ``US$``, ``mL`` and ``ML``).
AS_PRINTED = "as printed"
#: How each normalisation turns a word into its key.
NORMALISERS: Mapping[str, Callable[[str], str]] = MappingProxyType(
    {CASEFOLD: str.casefold, LOWER: str.lower, AS_PRINTED: str}
)


def _entries_of(entries: Iterable[Any] | Mapping[Any, Any]) -> frozenset[Any] | Mapping[Any, Any]:
    return MappingProxyType(dict(entries)) if isinstance(entries, Mapping) else frozenset(entries)


@frozen
class Declaration:
    """One vocabulary as its owner declares it."""

    #: The name rules and plugins ask for (``speech_verbs``).
    name: str
    #: :data:`WORDS` or :data:`TABLE`.
    kind: str
    #: What the vocabulary holds and how the rules read it.
    doc: str
    #: How words (a table's keys) are normalised: :data:`CASEFOLD`, :data:`LOWER` or :data:`AS_PRINTED`.
    normalise: str = AS_PRINTED
    #: The built-in entries: words, or a table's words and values.
    entries: frozenset[Any] | Mapping[Any, Any] = field(factory=frozenset, converter=_entries_of)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise TypeError(f"a vocabulary needs a name, not {self.name!r:.40}")
        if self.kind not in KINDS:
            raise TypeError(f"vocabulary {self.name!r} has kind {self.kind!r:.40}, not one of {', '.join(KINDS)}")
        if self.normalise not in NORMALISERS:
            known = ", ".join(NORMALISERS)
            raise TypeError(f"vocabulary {self.name!r} is normalised {self.normalise!r:.40}, not one of {known}")
        if not isinstance(self.doc, str) or not self.doc.strip():
            raise TypeError(f"vocabulary {self.name!r} has no docstring")
        if isinstance(self.entries, Mapping) != (self.kind == TABLE):
            raise TypeError(f"vocabulary {self.name!r} is declared a {self.kind} but its entries are not")

    def key(self, word: Any) -> Any:
        """``word`` normalised the way this vocabulary compares words (non-strings as they are)."""
        return NORMALISERS[self.normalise](word) if isinstance(word, str) else word


def declare_all(
    entries: Mapping[str, Iterable[Any] | Mapping[Any, Any]], docs: Mapping[str, str], normalise: str
) -> tuple[Declaration, ...]:
    """One declaration per name of ``entries`` (a word list or table each), with its doc from ``docs``.

    Raises :class:`TypeError` when a name has no doc or a doc no name: each vocabulary is documented.
    """
    if set(entries) != set(docs):
        raise TypeError(f"vocabularies and docs differ: {', '.join(sorted(set(entries) ^ set(docs)))}")
    return tuple(
        Declaration(name, TABLE if isinstance(found, Mapping) else WORDS, docs[name], normalise, found)
        for name, found in entries.items()
    )


@frozen
class Change:
    """What one plugin adds to and removes from one vocabulary."""

    #: Words to add, or (for a table) words and their values.
    add: frozenset[Any] | Mapping[Any, Any]
    #: Words (a table's keys) to remove; removal comes after the addition.
    remove: frozenset[Any] = frozenset()


def read_change(declaration: Declaration, value: object) -> Change:
    """A plugin's change to ``declaration``, from what its ``newsparse_vocabulary`` hook gave.

    A word list takes an iterable of words (added) or ``{"add": [...], "remove": [...]}``;
    a table takes a mapping (added) or ``{"add": {...}, "remove": [...]}``.  A
    mapping whose only keys are ``add`` and ``remove`` is always read as the latter.
    Raises :class:`TypeError` on anything else.
    """
    if isinstance(value, Mapping) and value and set(value) <= {"add", "remove"}:
        add, remove = value.get("add", {} if declaration.kind == TABLE else ()), value.get("remove", ())
    else:
        add, remove = value, ()
    for part, what in ((add, "entries to add"), (remove, "entries to remove")):
        if isinstance(part, str | bytes) or not isinstance(part, Iterable):
            raise TypeError(f"{declaration.name!r}: {what} are {type(part).__name__}, not a list")
    if isinstance(add, Mapping) != (declaration.kind == TABLE):
        wanted = "a mapping" if declaration.kind == TABLE else "a list of words"
        raise TypeError(f"{declaration.name!r} is a {declaration.kind}: entries to add must be {wanted}")
    return Change(add=_entries_of(add), remove=frozenset(remove))


class Vocabulary:
    """Read-only word lists and tables by name: the declared entries with every change applied.

    ``declarations`` are the declared vocabularies; ``changes`` maps the name
    of each to the changes made to it, applied in order.  Words are normalised
    as their vocabulary declares.  Asking for a name nobody declared raises
    :class:`~newsparse.UnknownNameError`, listing the known names.
    """

    def __init__(
        self, declarations: Iterable[Declaration] = (), changes: Mapping[str, Iterable[Change]] | None = None
    ) -> None:
        self._declarations = {declaration.name: declaration for declaration in declarations}
        self._changes = {name: tuple(found) for name, found in (changes or {}).items()}
        unknown = set(self._changes) - set(self._declarations)
        if unknown:
            raise UnknownNameError(f"changes to undeclared vocabularies: {', '.join(sorted(unknown))}")
        # Each vocabulary is merged when first asked for: most users read a few of them.
        self._entries: dict[str, frozenset[Any] | Mapping[Any, Any]] = {}

    @classmethod
    def of(cls, *contributions: Mapping[str, Iterable[Any] | Mapping[str, Any]]) -> Vocabulary:
        """An ad hoc vocabulary (for tests and scripts): each name declared :data:`AS_PRINTED` by
        the shape of its first contribution, every contribution added."""
        declarations: dict[str, Declaration] = {}
        changes: dict[str, list[Change]] = {}
        for contribution in contributions:
            for name, value in contribution.items():
                kind = TABLE if isinstance(value, Mapping) else WORDS
                empty: dict[str, Any] | tuple[()] = {} if kind == TABLE else ()
                declaration = declarations.setdefault(name, Declaration(name, kind, "(declared ad hoc)", entries=empty))
                if declaration.kind != kind:
                    raise TypeError(f"vocabulary {name!r} mixes a word list and a table")
                changes.setdefault(name, []).append(read_change(declaration, value))
        return cls(declarations.values(), changes)

    def changed(self, *contributions: Mapping[str, Any]) -> Vocabulary:
        """This vocabulary with more changes, given as a ``newsparse_vocabulary`` hook gives them."""
        changes = {name: list(found) for name, found in self._changes.items()}
        for contribution in contributions:
            for name, value in contribution.items():
                changes.setdefault(name, []).append(read_change(self.declaration(name), value))
        changed = Vocabulary(self._declarations.values(), changes)
        # What no contribution touches merges the same: share what this vocabulary merged already.
        touched = {name for contribution in contributions for name in contribution}
        changed._entries.update((name, found) for name, found in self._entries.items() if name not in touched)
        return changed

    @staticmethod
    def _merged(declaration: Declaration, changes: Iterable[Change]) -> frozenset[Any] | Mapping[Any, Any]:
        key = declaration.key
        if declaration.kind == WORDS:
            words = {key(word) for word in declaration.entries}
            for change in changes:
                words = (words | {key(word) for word in change.add}) - {key(word) for word in change.remove}
            return frozenset(words)
        assert isinstance(declaration.entries, Mapping)
        table = {key(word): value for word, value in declaration.entries.items()}
        for change in changes:
            assert isinstance(change.add, Mapping)
            table.update((key(word), value) for word, value in change.add.items())
            for word in change.remove:
                table.pop(key(word), None)
        return MappingProxyType(table)

    def __getitem__(self, name: str) -> Any:
        found = self._entries.get(name)
        if found is None:
            found = self._entries[name] = self._merged(self.declaration(name), self._changes.get(name, ()))
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._declarations

    def declaration(self, name: str) -> Declaration:
        """How ``name`` is declared; :class:`~newsparse.UnknownNameError` when nobody declared it."""
        try:
            return self._declarations[name]
        except KeyError:
            raise self._unknown(name) from None

    def names(self) -> list[str]:
        """The names of all vocabularies, sorted."""
        return sorted(self._declarations)

    def _unknown(self, name: str) -> UnknownNameError:
        known = ", ".join(self.names()) or "none"
        return UnknownNameError(f"unknown vocabulary {name!r} (known: {known})")
