"""The vocabulary sets and token tests the speaker rules share, and the passage view they read."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import compress, count

from attrs import Factory, field, frozen

from newsparse.hooks.vocabulary import Vocabulary
from newsparse.lazy_regex import lazy_compile
from newsparse.page.lines import NAME_PARTICLES

from .lexicon import is_first_name
from .segments import IS_WORD, TEXT, Columns, Token

__all__ = [
    "ARTICLES",
    "DASHES",
    "DEGREE_WORDS",
    "INDEFINITE",
    "NAME_PARTICLES",
    "ORDINAL_ENDS",
    "ORIGIN_WORDS",
    "PERSONAL",
    "POSSESSIVE_PRONOUNS",
    "POSSESSIVE_ENDS",
    "RELATIVE_PRONOUNS",
    "WINDOW",
    "Cue",
    "Mention",
    "PassageView",
    "Words",
    "age_close",
    "ampersand",
    "base_speech_form",
    "modifies_head",
    "bare",
    "bridged_particle",
    "initial_dot",
    "saints_dot",
    "title_hyphen",
    "opens_initials",
    "label_end",
    "label_start",
    "is_possessive",
    "name_in_s",
    "name_key",
    "party_label_end",
    "party_label_start",
    "past_region",
    "proxy_of_role",
    "retired_mark",
    "retired_mark_before",
    "singular",
    "title_in",
    "title_surname",
]

WINDOW = 60
#: The most words between a verb announcing figures and their noun (``reported a record net loss``).
_RESULT_WORDS = 4
#: The most words between ``that`` and the verb of its clause that :func:`demanded` reads back over.
_DEMANDED_REACH = 7

#: Small words that sit inside a name (``Ursula von der Leyen``).
#: Particles naming a father (``bin Salman``: son of Salman): the word after one is no surname of its own.
PATRONYMICS = frozenset("bin ibn bint ould".split())
#: The Arabic article joined to a surname by a hyphen (``al-Naimi``, ``el-Sisi``): the surname printed without it
#: (``Naimi said``) names the same person.
SURNAME_ARTICLES = ("al-", "el-")
POSSESSIVE_ENDS = ("’s", "'s")
#: Finite verbs that are never a noun nor an adjective: after a word ending in ``'s`` they make it a name's own
#: ending, no possessive (``Sainsbury's said``, ``Moody's has cut``; but ``Russia's claim``).
_FINITE_AFTER_NAME = frozenset("said says told tells has had is was will would could can may might must should does did".split())
DASHES = frozenset("-–—")
#: The most tokens of a dateline before its dash (``NAIROBI, Kenya (AP) —``, ``SAN JUAN, P.R. (AP) —``).
DATELINE_TOKENS = 12
INDEFINITE = frozenset("a an one some another".split())
#: Words that say where a person named in apposition is from, set off by commas: ``Ann Lee, from Mill Lane, said``,
#: ``Dr Ann Lee, of the University of Leeds, said``.
ORIGIN_WORDS = frozenset(["from", "of"])
#: The articles: ``the``, ``a``, ``an``.
ARTICLES = frozenset(["the", "a", "an"])
#: The pronouns of one person: ``he`` or ``she`` names someone the text resolves, never a body.
PERSONAL = frozenset(["he", "she"])
#: Possessive pronouns, which own a phrase without naming its owner (``its literature``, ``their statement``).
POSSESSIVE_PRONOUNS = frozenset(["its", "his", "her", "their", "our", "my", "your"])
#: The pronouns opening a relative clause (``A paramedic who asked not to be named``).
#: Marks that join a number to another (``2-1``, ``3:30``, ``5/6``) or make it a percentage.
_NUMBER_JOINS = frozenset(["-", "–", "—", ":", "/", "%"])
RELATIVE_PRONOUNS = frozenset(["who", "whom", "whose", "that", "which"])
#: Degree words before an adjective or a word of manner (``less sure``, ``the most severe``): what follows them is no
#: noun.
DEGREE_WORDS = frozenset(["less", "more", "most", "least", "very", "so", "quite", "rather", "still", "far", "much", "even", "too"])
#: Prepositions that tie a name to a place or a body after another name (``Ann Lee of Ringvik``, ``Tom Roe from Leeds``).
PLACE_TIES = frozenset(["in", "at", "of", "from"])
#: Words before an age set off by commas (``X, now 81, said``, ``X, aged 81, who``).
AGE_WORDS = frozenset(["now", "aged"])
#: A party and state label after a US politician's name, joined: ``D-N.M.``, ``R-Idaho``, ``(I-Vt.)``.
#: The most words of a town's name after a party's letter in a label set off by commas (``, D-Sault Ste. Marie,``).
_LABEL_TOWN_WORDS = 3
PARTY_LABEL = lazy_compile(r"\(?+[DRI]-[A-Z][A-Za-z]*+(?:\.[A-Z])*+\.?+\)?+")


def compound_adjective(text: str, heads: Collection[str]) -> bool:
    """``Tokyo-based``, ``Kremlin-backed``, ``US-led``: a capitalized word joined to an ``-ed`` form or one of
    ``heads`` describes the noun that follows; it is no name (``Reyes-Ong``, ``Hoi-lam`` are)."""
    first, _, last = text.rpartition("-")
    return bool(first) and first[:1].isupper() and last[:1].islower() and (last.endswith("ed") or last in heads)


def and_in_title(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """The ``and`` at token ``j`` joins the words of a title before a name: capitalized words after it end in a title
    (or a role in lower case) within four, a capitalized name after that, and a capitalized word no first name before
    it (``Trade and Industry Minister Jane Doe``, ``Fermanagh and South Tyrone MLA Jane Doe``, ``Leeds and Bradford
    councillor Jane Doe``; not ``Ann and Health Minister Bo Reyes``, nor a titled name before it: ``Premier Lars Holt
    and President Anne Dahl``)."""
    first = j
    while first > 0 and j - first < _TITLE_JOIN_REACH and tokens[first - 1].is_capitalized and not tokens[first - 1].quoted:
        first -= 1
    if first == j or any(is_first_name(t.lower) or bare(t.text) in words.titles for t in tokens[first:j]):
        return False  # "Danish Premier Lars Holt and Norwegian President Anne Dahl": two people
    for k in range(j + 1, min(len(tokens) - 1, j + _TITLE_JOIN_REACH + 1)):
        token = tokens[k]
        if token.quoted or not (token.is_capitalized or (k > j + 1 and bare(token.text) in words.roles)):
            return False  # a role in lower case may close it after a capitalized word: "Leeds and Bradford councillor X"
        if bare(token.text) in words.titles or not token.is_capitalized:
            return tokens[k + 1].is_capitalized and not tokens[k + 1].quoted
    return False


#: The most capitalized words between ``and`` and the title it joins (``… and South Tyrone MLA``).
_TITLE_JOIN_REACH = 4


def bridged_particle(tokens: Sequence[Token], j: int, stop: int) -> bool:
    """The particle at token ``j`` and one lower-case noun after it lead, through another particle or two, to a
    capitalized word before ``stop``: a name in another language (``Conseil du patronat du Québec``)."""
    k = j + 2
    if k >= stop or not (tokens[j + 1].is_word and tokens[j + 1].text.islower()) or tokens[k].lower not in NAME_PARTICLES:
        return False
    while k < stop and k - j <= 3 and tokens[k].lower in NAME_PARTICLES:
        k += 1
    return k < stop and tokens[k].is_capitalized and not tokens[k].quoted


def is_possessive(token: Token) -> bool:
    return token.text.endswith(POSSESSIVE_ENDS)


#: Words after a name's own ``'s`` and a comma: a relative pronoun or an apposition's article (``Moody's, which cut …``,
#: ``Carrow’s, the department store group,``).
_AFTER_NAMES_OWN_S = frozenset(["which", "who", "the", "a", "an"])


def base_speech_form(words: Words, low: str) -> bool:
    """The speech verb ``low`` is a base form, whose ``-s`` form is a speech verb too (``state``, ``report``): it may
    modify a noun (``state media``), where ``said``, ``told`` or ``adds`` never do."""
    return f"{low}s" in words.speech_verbs or f"{low}es" in words.speech_verbs


def modifies_head(words: Words, low: str, after: str) -> bool:
    """The speech verb ``low`` is a base form (its ``-s`` form is one too) before the head of a body, a source or a
    role (``after``): ``state media``, ``state news agency``, ``union state secretary``; a modifier, no verb."""
    return base_speech_form(words, low) and (after in words.anonymous or after in words.bodies or after in words.roles)


def name_in_s(words: Words, tokens: Sequence[Token], cut: int, end: int) -> bool:
    """The ``'s`` ending the name at tokens ``cut:end`` is the name's own, owning nothing: a finite verb follows
    (``Sainsbury's said``, ``Moody's has cut``: :data:`_FINITE_AFTER_NAME`), a relative clause or an apposition set off
    by a comma does (``Moody's, which cut …``, ``at Carrow’s, the department store group,``), or a speech verb comes before and no word after (``said Macy's, which …``); not
    ``Warsaw’s response``, ``Russia's claim``, nor after a title; a saint's name is an institution's own where no
    word follows (``said St. John's, the college``; not ``St. Mary's board``)."""
    last = end - 1
    if tokens[cut].text in ("St", "Saint") and end - cut > 1 and (end == len(tokens) or not tokens[end].is_word):
        return True
    if last > 0 and (tokens[last - 1].text == "." or bare(tokens[last - 1].text) in words.name_titles):
        return False
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.text == "," and end + 1 < len(tokens) and tokens[end + 1].lower in _AFTER_NAMES_OWN_S:
        return True
    if after is not None and after.is_word:
        return after.lower in _FINITE_AFTER_NAME and not after.is_capitalized
    return cut > 0 and tokens[cut - 1].lower in words.speech_verbs


#: The letters of an ordinal after its digits, a token of their own: ``2nd``, ``21st``.
ORDINAL_ENDS = frozenset(["st", "nd", "rd", "th"])


def numbered(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """Token ``j``, a number of one to four digits, closes the name before it (``Local 1472``, ``Precinct 9``,
    ``Gate 5``): not after a date's month or day (``March 3``), nor one side of a score or range (``Leeds 2-1``), nor
    an ordinal (``Albay 2nd District Rep. X``)."""
    text = tokens[j].text
    if not (j and len(text) <= 4 and text.isdigit() and tokens[j - 1].is_capitalized and tokens[j - 1].lower not in words.calendar):
        return False
    return j + 1 >= len(tokens) or (tokens[j + 1].text not in _NUMBER_JOINS and tokens[j + 1].lower not in ORDINAL_ENDS)


def initial_dot(tokens: Sequence[Token], j: int, titles: Collection[str]) -> bool:
    """The full stop of an initial or a title inside a name (``J.D. Vance``, ``George W. Bush``, ``Sen. Ann Lee``, ``Lt.-Cmdr.``), or the
    last of an initialism's before a word of the phrase (``Two U.S. senators``).

    ``titles`` are the abbreviated titles in lower case (``dr``, ``sen``, ``lt``).
    """
    if tokens[j].text != "." or not 0 < j < len(tokens) - 1:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    initial = len(before.text) == 1 and before.is_capitalized
    if initial and j > 2 and tokens[j - 2].text == "." and len(tokens[j - 3].text) == 1 and tokens[j - 3].is_capitalized:
        return after.is_word and not after.quoted  # the last of an initialism's: "Two U.S. senators", "U.K. officials"
    if before.lower in titles and after.lower in NAME_PARTICLES:
        return _particle_leads_to_name(tokens, j + 1)  # "Ms. de Mattos", "Dr. van der Berg": the surname's particle
    if after.text == "-":
        return title_hyphen(tokens, j + 1, titles)  # "Lt.-Cmdr. Ann Lee"
    return (initial or before.lower in titles) and after.is_capitalized and not after.quoted


def title_hyphen(tokens: Sequence[Token], j: int, titles: Collection[str]) -> bool:
    """The hyphen at token ``j`` joins two abbreviated titles of ``titles`` with no space, the first closed by its
    full stop (``Lt.-Cmdr. Ann Lee``, ``Maj.-Gen. Tom Roe``)."""
    if not 2 <= j < len(tokens) - 1 or tokens[j].text != "-":
        return False
    title, dot, hyphen, after = tokens[j - 2], tokens[j - 1], tokens[j], tokens[j + 1]
    return (
        dot.text == "." and dot.end == hyphen.start and hyphen.end == after.start and title.lower in titles
        and after.lower in titles and after.is_capitalized
    )


def _particle_leads_to_name(tokens: Sequence[Token], k: int) -> bool:
    """The particle at token ``k``, maybe through one more (``van der``), comes right before a capitalized word."""
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in NAME_PARTICLES)
    return k < len(tokens) and tokens[k].is_capitalized and not tokens[k].quoted


def saints_dot(tokens: Sequence[Token], j: int) -> bool:
    """The full stop at token ``j`` closes ``St`` opening a name (``St. Agnes Regional Medical Center``, ``St. Louis``),
    a saint's name a hospital, school or town bears, or a surname after a first name (``Karen St. Hilaire``); not a
    street's ``St.`` after its name (``Main St. Police``)."""
    return (
        0 < j < len(tokens) - 1 and tokens[j - 1].text == "St" and tokens[j + 1].is_capitalized and not tokens[j + 1].quoted
        and (j < 2 or not tokens[j - 2].is_capitalized or is_first_name(tokens[j - 2].lower))
    )


def opens_initials(tokens: Sequence[Token], k: int, titles: Collection[str]) -> bool:
    """Token ``k`` opens a name with initials: ``A. J. Lee``, or ``A K Lee`` (a one-letter capital
    after it, then a capitalized word: initials printed with no full stops)."""
    if k + 1 < len(tokens) and initial_dot(tokens, k + 1, titles):
        return True
    if k + 2 >= len(tokens) or len(tokens[k].text) != 1:
        return False
    second, after = tokens[k + 1], tokens[k + 2]
    return len(second.text) == 1 and second.text.isupper() and after.is_capitalized and not after.quoted


def ampersand(tokens: Sequence[Token], j: int) -> bool:
    """An ``&`` between capitalized words, inside a name: ``Smith & Wesson``."""
    return tokens[j].text == "&" and 0 < j < len(tokens) - 1 and tokens[j - 1].is_capitalized and tokens[j + 1].is_capitalized


def label_end(tokens: Sequence[Token], j: int, hi: int) -> int:
    """The end of a label in parentheses at ``j`` (``(NABU)``, ``(R-Tenn.)``), or ``j`` when there is none.

    A label holds at most five tokens, none a lower-case word.
    """
    if j >= hi or tokens[j].text != "(":
        return j
    for k in range(j + 1, min(hi, j + 7)):
        text = tokens[k].text
        if text == ")":
            return k + 1 if k > j + 1 else j
        if text[0].islower() or tokens[k].quoted or text == "(":
            return j
    return j


def label_start(tokens: Sequence[Token], i: int, lo: int) -> int:
    """The start of a label in parentheses ending just before ``i``, or ``i`` when there is none."""
    if i <= lo or tokens[i - 1].text != ")":
        return i
    for k in range(i - 2, max(lo, i - 8) - 1, -1):
        if tokens[k].text == "(":
            return k if label_end(tokens, k, i) == i else i
    return i


def past_region(tokens: Sequence[Token], k: int, stop: int) -> int:
    """Past the state or country set off by commas after a town that ends at token ``k`` (``of Theodore, Ala.,``,
    ``of Leeds, England,``): the token after the region's comma; else ``k``."""
    if k + 2 >= stop or tokens[k].text != "," or not tokens[k + 1].is_capitalized or not tokens[k + 1].is_word:
        return k
    close = k + 2
    while close + 1 < stop and tokens[close].text == "." and len(tokens[close + 1].text) == 1 and tokens[close + 1].is_capitalized:
        close += 2  # "N.Y.": its initials
    close += close < stop and tokens[close].text == "."  # "Ala." may be read as its word and its full stop
    return close + 1 if close < stop and tokens[close].text == "," else k


def age_close(tokens: Sequence[Token], comma: int, stop: int) -> int:
    """The comma closing an age set off by commas that opens at the comma ``comma`` (``Selvi, 34,``,
    ``X, now 81,``, ``X, aged 81,``), else ``-1``."""
    if comma + 2 >= stop or tokens[comma].text != ",":
        return -1
    k = comma + 1 + (tokens[comma + 1].lower in AGE_WORDS)
    if k + 1 >= stop or not tokens[k].text.isdigit() or len(tokens[k].text) > 3 or tokens[k + 1].text != ",":
        return -1
    return k + 1


#: The marks of a retired officer printed in brackets after the rank (``Col (Rtd) Ann Lee``, ``Gen. (ret.) Tom Roe``).
_RETIRED = frozenset(["rtd", "retd", "ret", "retired"])


def retired_mark(tokens: Sequence[Token], j: int, stop: int) -> int:
    """How many tokens the bracketed mark of a retired officer at token ``j`` takes after a capitalized rank, a name
    following it (``Col (Rtd) Joseph Kamau``): 3 or 4 (with a full stop: ``(Ret.)``); else 0."""
    if tokens[j].text != "(" or not (tokens[j - 1].is_capitalized or tokens[j - 1].text == ".") or j + 3 >= stop or tokens[j + 1].lower not in _RETIRED:
        return 0
    close = j + 2 + (tokens[j + 2].text == ".")
    return close - j + 1 if tokens[close].text == ")" and close + 1 < stop and tokens[close + 1].is_capitalized else 0


def retired_mark_before(tokens: Sequence[Token], k: int) -> int:
    """The ``(`` opening a retired officer's mark whose ``)`` is token ``k`` (``Rear Admiral (retd) Ann Lee``), else -1."""
    for j in (k - 2, k - 3):
        if j >= 1 and retired_mark(tokens, j, len(tokens)) == k - j + 1:
            return j
    return -1


def party_label_end(tokens: Sequence[Token], j: int, hi: int) -> int:
    """The end of a party label set off by commas at ``j`` (``, D-N.M.,``, ``, R-Idaho,``), past its
    closing comma or at the end of the passage, or ``j`` when there is none; ``tokens[j]`` is the comma."""
    if j + 1 >= hi or tokens[j].text != "," or len(tokens[j + 1].text) < 3 or tokens[j + 1].text[1] != "-":
        return j
    k = j + 2
    while k + 1 < hi and tokens[k].text == "." and len(tokens[k + 1].text) == 1 and tokens[k + 1].text.isupper():
        k += 2  # "D-N" "." "M"
    if k < hi and tokens[k].text == ".":
        k += 1
    label = "".join(t.text for t in tokens[j + 1 : k])
    if not PARTY_LABEL.fullmatch(label):
        return j
    town = k
    while k < hi and k - town < _LABEL_TOWN_WORDS and tokens[k].is_capitalized and tokens[k].text.isalpha():
        k += 1  # a legislator's home town: "R-Idaho Falls", "D-St. Paul"
    if k < hi and tokens[k].text == ",":
        return k + 1
    return k if k == hi or (k == hi - 1 and tokens[k].text in ".!?") else j


def party_label_start(tokens: Sequence[Token], i: int, lo: int) -> int:
    """The comma opening a party label whose closing comma is token ``i - 1`` (``X, R-Idaho, said``),
    or ``i`` when there is none."""
    for c in range(i - 3, max(lo, i - 8) - 1, -1):
        if tokens[c].text == ",":
            return c if party_label_end(tokens, c, i) == i else i
    return i


def name_key(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The words of a name in lower case, without possessive endings and the full stops of initials."""
    return tuple(map(bare, map(TEXT, filter(IS_WORD, tokens))))


class _BareWords(dict[str, str]):
    """Each word read so far without a possessive ending, in lower case: names recur through an article.
    Emptied when it holds :data:`_BARE_WORDS` words, so distinct words never fill memory."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _BARE_WORDS:
            self.clear()
        low = word.lower()
        low = self[word] = low[:-2] if low.endswith(POSSESSIVE_ENDS) else low
        return low


_BARE_WORDS = 1 << 16
#: A word without a possessive ending, in lower case; a look-up in a dict (in C) once the word was seen.
bare: Callable[[str], str] = _BareWords().__getitem__


#: The word sets of :class:`Words` named as their vocabulary list.
_SAME_NAMED = tuple(
    """
    speech_verbs speech_nouns generic_roles elected_offices offices_of_state judicial_roles court_panels top_roles asking_roles proxy_roles epithet_nouns origin_nouns receiving_verbs onward_verbs causing_verbs particle_verbs it_speech_verbs mandative_verbs rank_words other_office_ranks unheld_ranks own_offices portfolios clause_verbs surname_titles given_name_titles
    title_tails professions generic_bodies association_modifiers jurisdiction_words documents court_documents seated_bodies messages data_nouns issuing_verbs asking_verbs contact_verbs counterpart_words party_prepositions body_voices denial_verbs perception_verbs ly_adjectives masthead_words outlet_words modals auxiliaries clause_words lead_words prepositions determiners
    source_modifiers partitives body_units plural_counts demonyms irregular_past irregular_participles traded_nouns party_members result_verbs result_nouns plea_verbs plea_words change_nouns name_titles
    adjective_heads page_chrome weekdays naming_verbs utterance_verbs verdict_verbs finding_verbs name_endings post_nominals time_openers quote_imperatives mood_openers adverb_endings honorifics
    place_prepositions place_heads place_openers bloc_codes document_heads topic_words person_nouns clause_openers
    speech_means work_nouns
    """.split()
)

@frozen
class Words:
    """The vocabulary sets the rules read, in lower case."""

    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    roles: frozenset[str]
    generic_roles: frozenset[str]
    #: The bench's roles (``judge``): held alone, never with another post.
    elected_offices: frozenset[str]
    #: Posts of government (``minister``): with ``elected_offices``, the public offices.
    offices_of_state: frozenset[str]
    judicial_roles: frozenset[str]
    #: A court's panels of judges (``bench``): ``a bench of Justice X`` speaks as X.
    court_panels: frozenset[str]
    #: Top posts of a body (``president``): with a body's word, the one person named so far who spoke last.
    top_roles: frozenset[str]
    #: Roles of those who question the people quoted (``the reporter``): never the person followed.
    asking_roles: frozenset[str]
    #: Roles held for someone else (``spokesman``): a definite one is never the person followed.
    proxy_roles: frozenset[str]
    #: Nouns of a star's fame (``the heartthrob``): they stand for the person the text is about.
    epithet_nouns: frozenset[str]
    #: Verbs of receiving (``received``): a speech-verb form after one is a noun, their object (``received reports``).
    receiving_verbs: frozenset[str]
    #: Speech verbs that before ``to`` go on doing something (``continued to “outperform”``): no one speaks.
    onward_verbs: frozenset[str]
    causing_verbs: frozenset[str]
    #: Speech verbs only with a particle after them (``points out``, ``pointed to``): ``Key points from …`` is a noun.
    particle_verbs: frozenset[str]
    it_speech_verbs: frozenset[str]
    mandative_verbs: frozenset[str]
    #: Rank words that make a distinct office of a role (``the prime minister``).
    rank_words: frozenset[str]
    #: Ranks that make another office than the plain role (``deputy``): ``the mayor`` is no deputy mayor.
    other_office_ranks: frozenset[str]
    #: Ranks of an office not held (``former``, ``shadow``): ``the health secretary`` is no shadow health secretary.
    unheld_ranks: frozenset[str]
    #: Offices of their own without a rank word (``taoiseach``): only a person printed with the title holds one.
    own_offices: frozenset[str]
    #: Portfolios of a minister or secretary (``health``): a role's portfolio must agree with its holder's.
    portfolios: frozenset[str]
    #: Finite verb forms that open a clause after a noun phrase (``… said the money saved would go``).
    clause_verbs: frozenset[str]
    #: Titles that also end people's names (``Abdul Karim Sheikh``).
    surname_titles: frozenset[str]
    #: Titles that are also common given names (``Dean Varga``).
    given_name_titles: frozenset[str]
    #: Words that close a title after a role and ``in`` (``Special Agent in Charge``).
    title_tails: frozenset[str]
    #: Professions a person practises, not posts held in a body (``biologist``, not ``spokeswoman``).
    professions: frozenset[str]
    bodies: frozenset[str]
    #: Words for a body of any kind (``organization``): ``the organization`` takes up the body that spoke last.
    generic_bodies: frozenset[str]
    association_modifiers: frozenset[str]
    #: Units of government that name a body with ``of`` and a place (``the Southern District of New York``).
    jurisdiction_words: frozenset[str]
    #: The kind of body each head noun names (``bureau`` → ``agency``), for ``the agency``.
    body_kinds: Mapping[str, str]
    #: The line of business each word of a company's name or description tells (``lender`` → ``bank``).
    trades: Mapping[str, str]
    #: The words of the title each acronym stands for (``cs`` → ``cabinet secretary``).
    role_acronyms: Mapping[str, tuple[str, ...]]
    #: The role each title names by another word (``gov`` → ``governor``, ``justice`` → ``judge``).
    title_roles: Mapping[str, str]
    #: The titles whose holder each office phrase names (``head of government`` → ``prime minister``, ``premier``).
    role_paraphrases: Mapping[str, tuple[tuple[str, ...], ...]]
    anonymous: frozenset[str]
    #: People described by what they do (``shopper``, ``passenger``): heads of described sources, one person each.
    person_nouns: frozenset[str]
    #: Texts that speak through their words (``report``, ``audit``): a colon after them introduces a quote.
    documents: frozenset[str]
    court_documents: frozenset[str]
    seated_bodies: frozenset[str]
    #: Messages a body issues (``post``, ``statement``): ``the post said`` credits their issuer or nobody.
    messages: frozenset[str]
    #: Nouns of data (``figures``) and verbs of issuing (``released``): ``figures released by X`` stand for X.
    data_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    #: Words opening a subordinate clause (``while``, ``although``): a quote in one fronted is its subject's.
    clause_openers: frozenset[str]
    #: Modal verbs (``will``, ``could``): a speech verb after one tells of speech not yet made.
    modals: frozenset[str]
    #: Verbs of asking, whose object a quote may only describe (``asked an “odd” question``).
    asking_verbs: frozenset[str]
    #: Verbs of the writer reaching someone (``I asked X``): the one reached is who the text is about next.
    contact_verbs: frozenset[str]
    counterpart_words: frozenset[str]
    party_prepositions: frozenset[str]
    #: Voices of a body (``spokesman``): ``A spokesman said`` right after a named body is that body's.
    body_voices: frozenset[str]
    #: Verbs of denying a claim (``rejected``): a quote inside the claim after them is not the subject's.
    denial_verbs: frozenset[str]
    #: Verbs of seeing or recording (``shows``): their object does the participle after it.
    perception_verbs: frozenset[str]
    ly_adjectives: frozenset[str]
    masthead_words: frozenset[str]
    #: Words of a news outlet's name or description (``paper``, ``Reuters``): an outlet relays what others do.
    outlet_words: frozenset[str]
    #: Words of a clause withholding a source's name (``who asked not to be named``).
    anonymity: frozenset[str]
    #: A person's manner of speaking (``candid``, ``blunt``): ``She is candid about …`` introduces a quote.
    manners: frozenset[str]
    pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    clause_words: frozenset[str]
    lead_words: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    source_modifiers: frozenset[str]
    #: A part or number of a group (``most``, ``two``): ``Most of the residents`` are the residents.
    partitives: frozenset[str]
    #: Parts of a body (``branch``, ``wing``): ``the Ohio chapter of the union`` speaks as a whole.
    body_units: frozenset[str]
    #: Counts above one (``two``, ``several``): ``two GP posts`` is a plural noun, no verb.
    plural_counts: frozenset[str]
    #: Nationality adjectives (``Chinese``): never a person or speaker on their own.
    demonyms: frozenset[str]
    #: Speech verbs that also announce figures (``post``), no cue before a noun of ``result_nouns`` (``earnings``).
    result_verbs: frozenset[str]
    result_nouns: frozenset[str]
    #: Speech verbs that also enter a plea (``plead``), no cue before a word of ``plea_words`` (``guilty``).
    plea_verbs: frozenset[str]
    plea_words: frozenset[str]
    #: Nouns of a change in figures (``decline``): never a speaker.
    change_nouns: frozenset[str]
    #: Irregular past forms (``broke``, ``took``) that end a noun phrase.
    irregular_past: frozenset[str]
    #: Irregular past participles opening a participle clause (``Told of the plan, …``).
    irregular_participles: frozenset[str]
    traded_nouns: frozenset[str]
    #: Members of a political party as nouns (``Democrat``): ``the Ohio Democrat`` stands for a person.
    party_members: frozenset[str]
    origin_nouns: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    #: Kin and partner words (``partner``, ``son``): ``his partner, NAME,`` gives NAME that title.
    kin: frozenset[str]
    #: Abbreviated titles whose full stop stays inside a name (``Dr.``, ``Sen.``, ``Lt.``).
    name_titles: frozenset[str]
    adjective_heads: frozenset[str]
    #: Words of page chrome (``Advertisement``) and of dates: never a speaker.
    page_chrome: frozenset[str]
    calendar: frozenset[str]
    #: Verbs that name rather than quote (``called``): a single-marked fragment they credit stays a term.
    naming_verbs: frozenset[str]
    #: Speech verbs whose object may be the words said: ``whispered “I love you.”``.
    utterance_verbs: frozenset[str]
    #: Nouns of a work: a short capitalized name in marks after one is its title (``the series “Westworld”``).
    work_nouns: frozenset[str]
    #: Verbs passing a verdict on a thing: ``found X's speech “…”``.
    verdict_verbs: frozenset[str]
    #: Verbs of a finding that cue a quote before ``that``: ``The jury found that … “…”``.
    finding_verbs: frozenset[str]
    #: Words closing a name, perhaps with a full stop: ``Jr.``, ``III``, ``Inc.``, ``Co.``.
    name_endings: frozenset[str]
    #: Letters in capitals after a name, set off by commas: ``Emeka Obi, SAN, said``.
    post_nominals: frozenset[str]
    #: Days of the week, which end a name printed before them (``said Mayor Ann Lee Monday``).
    weekdays: frozenset[str]
    speech_means: frozenset[str]
    #: Words opening a time adverbial between a subject and its verb (``on``, ``last``, ``earlier``).
    time_openers: frozenset[str]
    quote_imperatives: frozenset[str]
    #: Words opening a sentence before its subject, never part of a name: ``Said``, ``Delighted``, ``Instead``.
    mood_openers: frozenset[str]
    #: Endings of sentence adverbs: ``Initially`` opens no name (``Initially Harbour Council said``).
    adverb_endings: frozenset[str]
    #: Courtesy titles before a surname that is a role word too: ``Mr Trainer``.
    honorifics: frozenset[str]
    #: Words ending one: dates and times (``Tuesday``, ``night``, ``week``).
    time_words: frozenset[str]
    #: Prepositions before a place: a name after one is no person (``in Nevada County``).
    place_prepositions: frozenset[str]
    #: Last words of a place's name (``Sonoma County``): a name ending in one is no person.
    place_heads: frozenset[str]
    #: Last words of the name of a law or a pact (``Terrorism Act``): a name ending in one is no person.
    document_heads: frozenset[str]
    #: First words of a place's name of two words or more (``South Korea``): no person either.
    place_openers: frozenset[str]
    #: Two-letter codes of countries and blocs (``US Navy``): no person's initials.
    bloc_codes: frozenset[str]
    #: Words opening an interview question's topic (``On the new captain:``).
    topic_words: frozenset[str]
    #: Function words that are never a speaker on their own (``As``, ``Both``): clause words,
    #: determiners, prepositions, auxiliaries and lead-in words.
    function_words: frozenset[str]
    #: Capitalized words that are no name on their own: pronouns, function words, nationalities.
    never_names: frozenset[str]
    #: Words that may open a phrase before a name: determiners, lead-in words and clause openers (``When``).
    openers: frozenset[str]
    #: Nouns that head a speaker phrase: roles, bodies, anonymous sources.
    speaker_heads: frozenset[str]
    #: Words of a title printed before a name: roles and bodies (``Kremlin spokesman``).
    titles: frozenset[str]
    #: Words that may credit a quote: speech verbs and nouns, ``according``.
    cues: frozenset[str]
    #: Words that make a name a person's when printed around it: roles, titles, gendered and kin words
    #: (one set, so that a name's words are checked against all at once).
    person_words: frozenset[str] = field(
        init=False, default=Factory(lambda words: words.roles | words.male | words.female | words.kin, takes_self=True)
    )
    #: Words that are a verb after a name on their own: speech verbs and auxiliaries.
    name_verbs: frozenset[str] = field(
        init=False, default=Factory(lambda words: words.speech_verbs | words.auxiliaries, takes_self=True)
    )
    #: Clause words that are no preposition (``that``, ``who``, ``and``): they open a clause, where
    #: ``after`` may open a phrase (``told reporters after the game, “…”``).
    conjunctions: frozenset[str] = field(
        init=False, default=Factory(lambda words: words.clause_words - words.prepositions, takes_self=True)
    )
    #: Words that make a lead-in before a quote a clause the quote goes on (``When it rained,``, ``You will see,``).
    clause_marks: frozenset[str] = field(
        init=False, default=Factory(lambda words: words.conjunctions | words.clause_verbs, takes_self=True)
    )

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary) -> Words:
        """The sets of the merged ``vocabulary``."""

        def get(name: str) -> frozenset[str]:
            return frozenset(w.lower() for w in vocabulary[name])

        shared = get("speaker_roles") | get("name_titles")
        shared |= {f"{prefix}-{role}" for prefix in get("role_prefixes") for role in shared}  # "co-founder"

        return cls(
            **{name: get(name) for name in _SAME_NAMED},
            roles=shared,
            bodies=get("body_words"),
            body_kinds={word.lower(): kind.lower() for word, kind in vocabulary["body_kinds"].items()},
            trades={word.lower(): trade.lower() for word, trade in vocabulary["trades"].items()},
            role_acronyms={k.lower(): tuple(v.lower().split()) for k, v in vocabulary["role_acronyms"].items()},
            title_roles={k.lower(): v.lower() for k, v in vocabulary["title_roles"].items()},
            role_paraphrases={
                k.lower(): tuple(tuple(t.split()) for t in v.lower().split("|")) for k, v in vocabulary["role_paraphrases"].items()
            },
            anonymous=get("anonymous_sources"),
            anonymity=get("anonymity_words"),
            manners=get("manner_words"),
            pronouns=get("speaker_pronouns"),
            male=get("male_words"),
            female=get("female_words"),
            kin=get("kin_words"),
            calendar=get("calendar") | get("weekdays"),
            time_words=get("time_parts") | get("calendar") | get("weekdays"),
            function_words=get("clause_words") | get("determiners") | get("prepositions") | get("auxiliaries")
            | get("lead_words") | get("quantifiers"),
            never_names=get("speaker_pronouns") | get("demonyms") | get("clause_words") | get("determiners")
            | get("prepositions") | get("auxiliaries") | get("lead_words") | get("quantifiers") | get("currency_marks"),
            openers=get("determiners") | get("lead_words") | get("quantifiers") | get("clause_openers")
            | get("mood_openers"),
            speaker_heads=shared | get("body_words") | get("anonymous_sources") | get("person_nouns"),
            titles=shared | get("body_words"),
            cues=get("speech_verbs") | get("speech_nouns") | get("quote_imperatives") | get("finding_verbs") | get("it_speech_verbs") | {"according"},
        )


@frozen
class Mention:
    """Words of a passage that point at a speaker: tokens ``lo:hi`` of the passage."""

    lo: int
    hi: int


@frozen
class Cue:
    """The words that credit a quote (``said``, ``according to``, a headline's colon) at tokens
    ``lo:hi`` of a passage, and the mention of the speaker they point at (``None`` for a verb
    standing alone: ``“…,” concluded.``).  A ``binding`` cue has the quote as its complement
    (``X’s message was, “…”``): its mention speaks, or nobody does."""

    lo: int
    hi: int
    mention: Mention | None
    binding: bool = False

    def text(self, view: PassageView) -> str:
        """The cue as printed in ``view``."""
        return view.text[view.tokens[self.lo].start : view.tokens[self.hi - 1].end]


@frozen
class PassageView:
    """A passage prepared for the rules: its text, offset into the article text, and tokens.

    ``cues`` are the indexes of the tokens that may credit a quote (speech verbs and
    nouns, ``according``), so the rules skip the words between them; a passage
    without quotes has none.  ``columns`` are three fields of the tokens as lists, for
    the scans over every token.
    """

    text: str
    offset: int
    tokens: Sequence[Token]
    cues: Sequence[int]
    columns: Columns = field(default=Factory(lambda view: Columns.of(view.tokens), takes_self=True))
    #: The first token outside quotes that is no quotation mark (the passage's length when there is none): the
    #: tokens before it are quotes alone (``“We wait.” “No setback yet.” – Eddie Howe``).
    unquoted: int = field(default=Factory(lambda view: _first_unquoted(view.tokens), takes_self=True))

    @classmethod
    def of(
        cls, text: str, offset: int, tokens: Sequence[Token], words: Words, quoted: bool, columns: Columns | None = None
    ) -> PassageView:
        """The view of passage ``text`` at ``offset`` with its ``tokens`` (and their ``columns``, made
        when not given); ``quoted`` tells it is read for cues (it holds or comes before a quote)."""
        columns = Columns.of(tokens) if columns is None else columns
        lowers = columns.lowers
        cues = list(compress(count(), map(words.cues.__contains__, lowers))) if quoted else []
        if cues and not words.result_verbs.isdisjoint(map(lowers.__getitem__, cues)):
            cues = [k for k in cues if not announces_results(words, lowers, k)]
        if cues and not words.plea_verbs.isdisjoint(map(lowers.__getitem__, cues)):
            cues = [k for k in cues if not enters_plea(words, lowers, k)]
        if cues and "that" in lowers and not words.mandative_verbs.isdisjoint(lowers):
            cues = [k for k in cues if not demanded(words, lowers, k)]
        return cls(text, offset, tokens, cues, columns)


def demanded(words: Words, lowers: Sequence[str], k: int) -> bool:
    """The speech verb at ``k`` is a base form in a ``that`` clause after a verb of demand (``mandative_verbs``),
    its subject of a few words between: ``demanded that the mayor declare “…”`` names what the mayor is to do, no
    speech of theirs."""
    low = lowers[k]
    if low + "s" not in words.speech_verbs and low + "es" not in words.speech_verbs:
        return False  # "declared", "says": no base form
    for j in range(k - 1, max(0, k - _DEMANDED_REACH) - 1, -1):
        if lowers[j] == "that":
            return j > 0 and lowers[j - 1] in words.mandative_verbs
        if not lowers[j].isalpha():
            return False
    return False


def _first_unquoted(tokens: Sequence[Token]) -> int:
    """The index of the first token of ``tokens`` outside quotes that is no quotation mark, else their number."""
    return next((k for k, token in enumerate(tokens) if not (token.quoted or token.mark)), len(tokens))


def enters_plea(words: Words, lowers: Sequence[str], k: int) -> bool:
    """The verb at ``k`` enters a plea in court (``pleaded guilty``, ``pleads not guilty``, ``pleaded no contest``):
    no speech, so no cue for a quote later in its sentence (``pleaded for calm`` is one)."""
    if lowers[k] not in words.plea_verbs or k + 1 >= len(lowers):
        return False
    plea = lowers[k + 2] if lowers[k + 1] in ("not", "no") and k + 2 < len(lowers) else lowers[k + 1]
    return plea in words.plea_words


def announces_results(words: Words, lowers: Sequence[str], k: int) -> bool:
    """The verb at ``k`` announces a company's figures (``would post earnings``, ``reported a net loss of``,
    ``posts record quarterly profit``): a noun of them within four words after it, before ``that`` or a mark
    other than a number's (``reported that sales were “weak”`` is speech)."""
    if lowers[k] not in words.result_verbs:
        return False
    for low in lowers[k + 1 : k + 1 + _RESULT_WORDS]:
        if low in words.result_nouns:
            return True
        if low == "that" or not (low.isalnum() or low in ("$", "%", "£", "€")):
            return False
    return False


def title_in(words: Words, tokens: Sequence[Token], j: int) -> bool:
    """The ``in`` at token ``j`` joins a capitalized role and a capitalized word of the ``title_tails`` list
    into one title (``Special Agent in Charge``, ``Editor in Chief``)."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].lower != "in":
        return False
    role, tail = tokens[j - 1], tokens[j + 1]
    return role.is_capitalized and bare(role.text) in words.roles and tail.is_capitalized and tail.lower in words.title_tails


def title_surname(words: Words, run: Sequence[Token]) -> bool:
    """The run ends in a title that is also a surname after capitalized words that are no title, body or
    nationality -- two or more, or one known first name -- maybe after titles: a name (``Abdul Karim
    Sheikh``, ``Finance Minister Nadia Sheikh``), not a title (``Kuwaiti Sheikh``, ``Minister Sheikh``)."""
    if bare(run[-1].text) not in words.surname_titles:
        return False
    start = next((k + 1 for k in range(len(run) - 2, -1, -1) if bare(run[k].text) in words.titles), 0)
    given = run[start:-1]
    if not given or not all(t.is_capitalized and bare(t.text) not in words.demonyms for t in given):
        return False
    return len(given) >= 2 or is_first_name(given[0].lower)


#: Plural endings that add ``es`` to the singular (``bosses``, ``coaches``, ``witnesses``).
_ES_PLURALS = ("sses", "shes", "ches", "xes", "zzes")


def singular(noun: str) -> str:
    """The singular of a plural noun (``unions``, ``parties``, ``bosses``, ``coaches``), else ``""``."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(_ES_PLURALS):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else ""


def proxy_of_role(words: Words, tokens: Sequence[Token], outer: Mention) -> bool:
    """The phrase ``outer`` is someone who speaks for another, named by a role only (``A spokesperson for the environment
    minister``, ``a lawyer for the mayor``): a name set in apposition right after it is the role's holder, not the
    proxy's; a proxy for a body (``A spokeswoman for the company, Jane Doe,``) is named by it."""
    low = [t.lower for t in tokens[outer.lo : outer.hi]]
    head = 1 if low and low[0] in words.determiners else 0
    if len(low) < head + 3 or low[head] not in words.proxy_roles or low[head + 1] not in ("for", "to"):
        return False
    return low[-1] in words.roles and low[-1] not in words.proxy_roles and not tokens[outer.hi - 1].is_capitalized
