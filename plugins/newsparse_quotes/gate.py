"""The one check every speaker candidate passes before it is returned.

A speaker is a person's name, a role resolved to a person, a body or outlet by
its name, or a described source as printed (``a White House official``).  The
rules that find a candidate read a few words around a cue, so they can pick up
a stray word instead: the first word of a sentence (``Intense fighting …``), a
possessive cut from its phrase (``Warsaw’s statements``), a dateline or page
chrome (``NEVADA COUNTY (CBS13)``, ``Advertisement``), the writer (``Then I``), a date, a phrase cut after
a function word (``the head of``), a letter or party label (``R-Idaho``), a
nationality (``Chinese``), a word for a kind of body that only opened sentences
(``Company`` of ``Company claims …``).  :class:`Gate` rejects those; no speaker is
better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.lazy_regex import lazy_compile

from .lexicon import is_first_name, is_ordinary_word
from .people import Entity
from .words import ARTICLES, INDEFINITE, PARTY_LABEL, POSSESSIVE_ENDS, POSSESSIVE_PRONOUNS, Words, bare, base_speech_form, compound_adjective

__all__ = ["Gate"]

_WORD = lazy_compile(r"[^\W\d_][\w’'\-.]*+")
#: Initials cut before their last full stop (``U.S`` of ``the U.S. Federal Reserve’s``): part of a longer name.
_CUT_INITIALS = lazy_compile(r"(?:[A-Z]\.)+[A-Z]")
#: The writer's own pronouns: a phrase holding one (``Then I``; not ``US``) is never a speaker.
_FIRST_PERSON = frozenset(["i", "me", "my", "we", "us", "our"])
#: The word opening a saint's, a church's or a college's name (``St. John's``), never a speaker cut from it.
_SAINT = frozenset(["st", "saint", "ste"])
#: A name joined by ``of`` or ``for`` (``Heritage Action for America``, ``Friends of the Earth``): capitalized
#: words, the preposition (maybe with ``the``) in lower case, capitalized words; possessed, linear.
_JOINED_NAME = lazy_compile(r"(?:The )?(?:[A-Z][\w’'\-]*+ )+(?:of|for) (?:the )?[A-Z][\w’'\-]*+(?: [A-Z][\w’'\-]*+)*+")
#: The most verdicts a gate keeps: enough for the speakers of many pages, bounded for a long run.
_REMEMBERED = 1 << 14


class Gate:
    """Checks speaker candidates against the vocabulary; the verdict on a phrase is remembered (a
    bounded number of them), so one gate serves every article of an extractor."""

    def __init__(self, words: Words):
        self.words = words
        self._phrases: dict[str, bool] = {}

    def admits(self, speaker: str | None, entity: Entity | None) -> bool:
        """True when ``speaker`` (found for ``entity``, if any) is a whole noun phrase that can speak."""
        if not speaker:
            return False
        if entity is not None and speaker.endswith(POSSESSIVE_ENDS) and (entity.name == speaker or speaker.endswith(" " + entity.name)):
            speaker = speaker[:-2]  # "Macy's", "Rating agency Moody's": a name's own "'s" (see .people), checked without it
        ok = self._phrases.get(speaker)
        if ok is None:
            if len(self._phrases) >= _REMEMBERED:
                self._phrases.clear()
            ok = self._phrases[speaker] = self._phrase_ok(speaker)
        if not ok or (entity is None and _bare_office(self.words, speaker)):
            return False
        if entity is not None and " " not in speaker and _common_noun_opening(self.words, entity):
            return False  # "Company claims …", "Construction is due …": a common noun that opened a sentence
        if entity is not None and not entity.person and not entity.proper and _opens_with(speaker, entity):
            # a capitalized word seen only opening sentences is an ordinary word ("Key figures …"),
            # unless it names a body, is an acronym, is joined to more capitals ("Heritage Action for America")
            # or opens with a word that is none ("Harbourview Land")
            return (
                not self.words.speaker_heads.isdisjoint(entity.words) or entity.name.isupper() or _joined_name(self.words, speaker)
                or (len(entity.words) > 1 and not is_ordinary_word(entity.words[0]))
            )
        return True

    def _phrase_ok(self, speaker: str) -> bool:
        words = self.words
        speaker = speaker.partition(" who ")[0]  # "a banker who asked not to be named": the clause describes the head
        last = speaker.rpartition(" ")[2]
        if speaker.endswith(POSSESSIVE_ENDS) or (compound_adjective(last, words.adjective_heads) and bare(last) not in words.roles):
            return False  # "Warsaw’s", "a Tokyo-based": a part of a phrase
        parts = _WORD.findall(speaker)
        if not parts:
            return False  # a date or a number
        if len(speaker.rstrip(".")) == 1 or PARTY_LABEL.fullmatch(speaker.partition(" ")[0]) or _CUT_INITIALS.fullmatch(speaker):
            return False  # "M", "R-Idaho", "R-Red Wing", "U.S": a letter, a party label or cut initials, never a speaker
        if all(part[:1].isupper() and _title_word(words, part) for part in parts) and not _honoured_surname(words, parts):
            return False  # "Minister", "Dr", "St", "Brig. Gen": a title cut from the name it stands before
        if len(parts) > 1 and parts[-2].islower() and parts[-1][:1].isupper() and bare(parts[-1].rstrip(".")) in words.name_titles:
            return False  # "state Supt", "former Sen": an abbreviated title cut from its name ("Hun Sen" is a name)
        lows = [bare(part.rstrip(".")) for part in parts]
        if len(lows) > 1 and lows[0] in words.determiners and _abbreviated_titles(words, lows[1:]):
            return False  # "The Lt. Cmdr", "The Lt.-Cmdr": abbreviated titles cut from the name after them
        if parts[0].islower() and lows[0] in words.prepositions:
            return False  # "in a statement", "at the ministry": a phrase the verb governs, not its subject
        if len(parts) > 1 and lows[0] in POSSESSIVE_PRONOUNS and lows[-1] in words.documents:
            return False  # "Its latest staff report": a pronoun's document, whose issuer the phrase does not name
        if len(parts) > 1 and parts[0].islower() and lows[0] in words.speech_verbs and not base_speech_form(words, lows[0]) and not lows[0].endswith("ing"):
            return False  # "told reporters outside Portcullis House": a verb and its object ("state media" is a phrase)
        if len(parts) > 1 and lows[0] in words.clause_openers:
            return False  # "As police": the subject of a subordinate clause, never the speaker with its conjunction
        if all(part.islower() for part in parts) and lows[0] not in words.determiners and lows[-1] in words.roles:
            return False  # "chief executive" of "Ann Lee, the bank's general secretary and chief executive said": a cut role
        if len(parts) > 2 and parts[0].islower() and lows[0] in words.roles and lows[1] in words.prepositions and not _closes_with_full_name(parts):
            return False  # "director at Severn Valley Pharmacies": a title cut from the name or article before it
        if all(low in words.demonyms or low in words.determiners for low in lows) and not (len(lows) == 2 and lows[0] in ("a", "an")):
            return False  # "Chinese", "the British": a nationality, not a speaker ("An American": one person)
        if len(parts) == 2 and lows[0] in words.unheld_ranks and parts[1][:1].isupper():
            return False  # "former India" of "former India opener …": a rank and a name, cut before the role
        if len(parts) > 1 and all(part.isupper() for part in parts):
            return False  # "NEVADA COUNTY", "WASHINGTON (AP)": a dateline
        if not words.page_chrome.isdisjoint(lows) or all(low in words.calendar or low in words.determiners for low in lows):
            return False  # "Advertisement", "Monday", "the January" (of "the January fires"): chrome or a time
        if not _FIRST_PERSON.isdisjoint(map(str.lower, parts)) and any(
            part == "I" or (part.lower() in _FIRST_PERSON and not part.isupper()) for part in parts
        ):
            return False  # "Then I": the writer, read with the word before
        if _two_phrases(words, parts, lows):
            return False  # "a charge the Kremlin" (of "a charge the Kremlin rejects"): two noun phrases, no speaker
        if any(low == "to" and nxt.islower() and bare(nxt) not in words.determiners for low, nxt in zip(lows, parts[1:])):
            return False  # "councils to pay for other": an infinitive's clause, no noun phrase ("adviser to the mayor" is one)
        if len(parts) == 2 and lows[0] in INDEFINITE and lows[1] in words.messages:
            return False  # "a statement", "another email": a message someone issued, not who issued it
        if parts[-1].islower() and _figures_noun(words, lows[-1]):
            return False  # "the result", "the revenue", "an estimate", "the decline": figures, never a speaker
        if len(parts) > 2 and parts[-2] in ("a", "an") and parts[-1][:1].isupper() and parts[-3] in words.prepositions:
            return False  # "The president of a Pilbara" (shire): a name after "of a" modifies the noun cut after it
        if lows[-1] in words.function_words:  # "As", "Both", "The head of": a cut phrase
            return _name_ending_in_a_function_word(words, parts, lows)  # but "Theresa May", "Kamal Mohd Nor"
        return True


def _closes_with_full_name(parts: list[str]) -> bool:
    """The phrase ends in a person's full name, a first name and a capitalized word after a word in lower case: the
    holder of the post it opens with (``leader of the council Judith Blake``)."""
    return len(parts) > 3 and parts[-3].islower() and parts[-1][:1].isupper() and is_first_name(parts[-2].lower())


def _honoured_surname(words: Words, parts: list[str]) -> bool:
    """``parts`` are a courtesy title and one word that is no title of its own: a surname that is a role word too
    (``Mr Trainer``, ``Dr Farmer``; not ``Dr Gen``)."""
    return (
        len(parts) == 2
        and bare(parts[0].rstrip(".")) in words.honorifics
        and bare(parts[1].rstrip(".")) not in words.name_titles
    )


def _abbreviated_titles(words: Words, lows: Sequence[str]) -> bool:
    """Every word of ``lows`` (in lower case; two joined by a hyphen count as two) is an abbreviated title, one that is
    no ordinary English word (``lt``, ``cmdr``; not ``general`` nor ``minister``)."""
    pieces = [piece.strip(".") for low in lows for piece in low.split("-")]
    return all(piece in words.name_titles and not is_ordinary_word(piece) for piece in pieces)


def _title_word(words: Words, part: str) -> bool:
    """``part`` is a title or role printed before a name (``Minister``, ``Dr.``, ``Gen``, ``St``)."""
    stem = bare(part.rstrip("."))
    return stem in words.roles or stem in words.name_titles or stem in _SAINT


def _opens_with(speaker: str, entity: Entity) -> bool:
    """``speaker`` opens with a word of ``entity``'s name, not a phrase that names it only as an object: ``Key``,
    ``Harbourview Land``; not ``Residents along the Shannon``."""
    return bare(speaker.partition(" ")[0]) in entity.words


def _bare_office(words: Words, speaker: str) -> bool:
    """``speaker`` is an office's capitalized title without ``the``, with no one resolved and no first name in it
    (``Minister of State``, ``Secretary of State for Transport``): English prints such a title bare only before its
    holder's name, here cut off (``Commissioner for Oceans Elena Marinescu`` holds the name)."""
    parts = speaker.split(maxsplit=2)
    if len(parts) < 3 or not parts[0][:1].isupper() or bare(parts[0]) not in words.roles or parts[1] not in ("of", "for"):
        return False
    return parts[2][:1].isupper() and not any(is_first_name(bare(word)) for word in parts[2].split())


def _joined_name(words: Words, speaker: str) -> bool:
    """``speaker`` is a name joined by ``of`` or ``for`` (:data:`_JOINED_NAME`) that opens with no function word
    nor partitive (``Heritage Action for America``; not ``Most of Congress``): the capitals inside it show a name."""
    first = bare(speaker.split()[0])
    return _JOINED_NAME.fullmatch(speaker) is not None and first not in words.function_words and first not in words.partitives


def _name_ending_in_a_function_word(words: Words, parts: list[str], lows: list[str]) -> bool:
    """A name whose last word is also a function word (``Theresa May``, ``Kamal Mohd Nor``): every word
    capitalized, none but the last a function word, and a first name first or three words at least."""
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return False
    if any(low in words.function_words for low in lows[:-1]):
        return False
    return len(parts) >= 3 or is_first_name(lows[0])


def _two_phrases(words: Words, parts: list[str], lows: list[str]) -> bool:
    """A determiner inside the phrase right after a noun in lower case, no preposition, conjunction or participle
    between (``a charge the Kremlin``): a phrase and the subject of a clause that describes it, run together
    (``a spokesman for the ministry``, ``a lawyer representing the family``, ``officials at the port and the airport``,
    ``Ivan the Terrible`` are one)."""
    for previous, low, part in zip(lows, lows[1:], parts):
        if low in ARTICLES and part.islower() and previous not in words.prepositions and previous not in words.conjunctions:
            if not previous.endswith(("ing", "ed")):
                return True
    return False


def _figures_noun(words: Words, low: str) -> bool:
    """``low`` is a noun of figures, results or a change in them (tables ``data_nouns``, ``result_nouns``,
    ``change_nouns``), singular or plural."""
    nouns = words.data_nouns | words.result_nouns | words.change_nouns
    return low in nouns or f"{low}s" in nouns


def _common_noun_opening(words: Words, entity: Entity) -> bool:
    """A word for a kind of body (:data:`body_kinds`), capitalized only where it opens sentences: the
    description cut from its article (``Company claims …`` of a headline, then ``the company said``),
    unless a bare one names a source (``Police said``)."""
    word = entity.words[0]
    return entity.ordinary and not entity.person and word in words.body_kinds and word not in words.anonymous
