"""The vocabularies of the quote rules, declared: each name with its docstring and built-in entries."""

from __future__ import annotations

from newsparse.hooks.vocabulary import LOWER, Declaration, declare_all

from .vocabulary import VOCABULARY

__all__ = ["DECLARATIONS"]

#: What each word list holds (the comments in :mod:`newsparse_quotes.vocabulary` say more).
DOCS = {
    "attribution_rules": "Attribution rules other plugins add, by name: a :class:`~newsparse_quotes.Rule` each.",
    "speech_verbs": 'Verb forms that report what someone said or wrote.',
    "speech_nouns": 'Nouns for what is said.',
    "speaker_roles": 'Titles and roles printed before a name or standing for one (``Kremlin spokesman``).',
    "role_prefixes": "Prefixes that keep a role a role, shared with others (``co`` of ``co-founder``, ``co-trainer``).",
    "generic_roles": 'Roles that stand for any top post.',
    "epithet_nouns": "Nouns of a star's fame (``heartthrob``): ``the heartthrob`` stands for the person the text is about.",
    "asking_roles": "Roles of those who question the people quoted (``reporter``): a definite one is never the person followed.",
    "particle_verbs": "Speech verbs that speak only with ``out`` or ``to`` after them (``points out``); else no cue.",
    "onward_verbs": "Speech verbs that before ``to`` mean going on doing something (``continued to``): no cue there.",
    "receiving_verbs": "Verbs of receiving (``received``): a speech-verb form after one is its object (``received reports``), no cue.",
    "rank_words": "Rank words that make a distinct office of a role (``prime``, ``deputy``).",
    "surname_titles": "Titles that also end people's names after two plain name words (``Abdul Karim Sheikh``).",
    "given_name_titles": "Titles that are also common given names, before one word that is no given name (``Dean Varga``).",
    "professions": "Professions a person practises, not posts held in a body (``biologist``): a role with a body's name may take up an untitled person.",
    "title_tails": "Words that close a title after a role and ``in`` (``Special Agent in Charge``, ``Editor in Chief``).",
    "clause_verbs": "Finite verb forms that open a clause after a noun phrase (``would``, ``was``).",
    "body_words": 'Organisation words.',
    "body_kinds": 'Kinds of body, by the head noun of its name.',
    "generic_bodies": "Words for a body of any kind (``the organization``): they take up the body that spoke last.",
    "role_acronyms": "Acronyms of titles, by the title's words.",
    "person_nouns": 'People described by what they do, use or undergo (shopper, passenger, resident): heads of described sources.',
    "anonymous_sources": 'Heads of noun phrases that name unnamed or collective speakers.',
    "manner_words": "Words of a person's manner of speaking (``She is candid about …``).",
    "documents": "Nouns for documents that speak for their authors (``report``, ``review``, ``audit``).",
    "messages": "Messages a body issues in its own voice (``post``, ``statement``): they speak for their issuer or nobody.",
    "data_nouns": "Nouns of data a body releases (``figures``): before an issuing verb and ``by`` they stand for the issuer.",
    "issuing_verbs": "Verbs of issuing (``released``, ``published``): ``figures released by X`` stand for X.",
    "asking_verbs": "Verbs of asking (``asked``, ``posed``): a quote opening their object after a determiner describes it.",
    "anonymity_words": "Words of a clause withholding a source's name (``who asked not to be named``).",
    "result_verbs": "Speech verbs that also announce a company's figures (``post``, ``report``): before a word of ``result_nouns`` they are no cue.",
    "result_nouns": "Nouns of a company's figures (``earnings``, ``net loss``): ``would post earnings`` is no speech.",
    "irregular_past": "Irregular past forms that are no noun or adjective (``broke``, ``took``): a noun phrase ends before one.",
    "party_members": "Members of a political party, as nouns (``the Ohio Democrat`` stands for the person the text is about).",
    "demonyms": 'Nationality adjectives.',
    "source_modifiers": 'Adjectives that tie a source to a prepositional phrase (``a source close to the talks``, ``officials familiar with the matter``).',
    "male_words": 'Titles and kin words that tell a person is a man, for ``he``.',
    "female_words": 'Titles and kin words that tell a person is a woman, for ``she``.',
    "kin_words": "Kin and partner words: ``his partner, NAME,`` names whom ``His partner`` stands for later.",
    "naming_verbs": "Verbs that name rather than quote (``called``, ``dubbed``): a single-marked fragment they credit stays a term.",
    "utterance_verbs": "Speech verbs that carry the words said (``whispered “I love you.”``, ``told reporters, “…”``), not a thing praised or blamed.",
    "verdict_verbs": "Verbs passing a verdict on a thing (``found X's speech “…”``): its quote is the finder's words.",
    "term_markers": 'Words right before a quote that make it a name or term, not speech.',
    "speaker_pronouns": 'Pronouns that stand for a speaker.',
    "auxiliaries": 'Auxiliaries and adverbs that may sit between a speaker and the speech verb.',
    "clause_words": 'Words that end a noun phrase.',
    "clause_openers": "Subordinating conjunctions opening a clause, never part of a name after them (``When``, ``Although``).",
    "mood_openers": "Words opening a sentence before its subject's name, never part of it (``Said``, ``Delighted``).",
    "topic_words": "Words opening an interview question's topic ending in a colon (``On the new captain:``).",
    "lead_words": 'Prepositions and adverbs that open a lead-in (``In a Tuesday interview, X said``).',
    "prepositions": 'Prepositions.',
    "name_titles": 'Abbreviated titles printed with a full stop before a name (``Dr.',
    "page_chrome": 'Words of page chrome that are never a speaker (``Advertisement``, ``FILE PHOTO``).',
    "quote_imperatives": "Imperatives before a pronoun that introduce its quote (``Hear him, “…”``).",
    "time_openers": "Words opening a time adverbial between a subject and its verb (``on``, ``last``).",
    "time_parts": "Words of a time ending such an adverbial besides dates (``night``, ``week``).",
    "calendar": 'Dates: months and the days around today.',
    "weekdays": "Days of the week: one printed right after a name ends it (``said Mayor Ann Lee Monday``).",
    "adjective_heads": "Last words of a hyphenated adjective (``US-led``, ``Soviet-era``) besides ``-ed`` forms.",
    "quantifiers": 'Quantifiers.',
    "partitives": 'Words of a part or number of a group (``Most of the residents``).',
    "place_prepositions": 'Prepositions before a place.',
    "place_heads": "Last words of a place's name (``Sonoma County``): such a name is no person.",
    "document_heads": "Last words of the name of a law or a pact (``Terrorism Act``): such a name is no person.",
    "place_openers": "First words of a place's name of two words or more (``South Korea``): such a name is no person.",
    "bloc_codes": "Two-letter codes of countries and blocs (``US Navy``): no person's initials (``AR Rahman``).",
    "determiners": 'Words that open a noun phrase.',
    "abbreviations": 'Words after which a full stop does not end a sentence.',
}

#: Every vocabulary of the quote rules, lower.
DECLARATIONS: tuple[Declaration, ...] = declare_all(VOCABULARY, DOCS, LOWER)
