"""The vocabularies of the figure rules, declared: each name with its docstring and built-in entries."""

from __future__ import annotations

from newsparse.hooks.vocabulary import AS_PRINTED, Declaration, declare_all

from .tables import VOCABULARY

__all__ = ["DECLARATIONS"]

#: What each table or word list holds (the comments in :mod:`newsparse_figures.tables` say more).
DOCS = {
    "currency_symbols": 'Currency signs written before or after an amount, to ISO 4217 codes (case-sensitive).',
    "currency_codes": 'ISO 4217 codes recognised before or after an amount (``USD 5 million``, ``5bn EUR``, ``US$``).',
    "context_prefixes": 'Letters written against an amount that name its currency only in an article that names that currency (table ``currency_context``).',
    "currency_context": 'Words that, printed anywhere in an article, name a currency it speaks of, to that currency (case-sensitive, whole words).',
    "dollar_currencies": 'Currencies a bare ``$`` may stand for, decided by table ``currency_context`` or ``currency_places``.',
    "currency_places": 'Places and public bodies of a country, to its currency: they make a bare ``$`` the one foreign dollar whose places an article names (``Canberra``: AUD; places of the United States keep it USD), and a name several currencies share the one whose places it names (``pesos`` near ``Bogotá``: COP).',
    "conversion_leads": 'Words between an opening bracket and a bare ``$`` of a conversion, which names the US dollar (``A$3 billion (about $2 billion)``).',
    "wire_agencies": 'Agencies whose copy marks a foreign dollar (``A$``): in an article they dateline (``SYDNEY (Reuters) -``) places leave a bare ``$`` USD.',
    "shared_prefixes": 'Currency letters that stand for a name several currencies share (``Sh`` for ``shilling``).',
    "context_currency_names": 'Names several currencies share that are money only in an article naming one of them (``35 crowns`` in a story from Prague); elsewhere a count.',
    "currency_words": 'Currency names written after an amount (``5 million euros``, ``42 Malaysian ringgit``), to ISO 4217 codes.',
    "number_words": 'Written-out numbers below a hundred, to their values.',
    "scale_words": 'Words that multiply the number before them (``5.1 billion``, ``three hundred``, ``two dozen``).',
    "scale_letters": 'Scale letters written against a number (``3.4m``, ``10k``, ``1.2M``; case-sensitive).',
    "money_scale_words": 'Scale letters read only in money, after a decimal or before a plural noun (``$1.2b``, ``1.2b``, ``£2b``, ``$2.174T``), since ``1500b`` and ``5T`` are mostly other things.',
    "metre_cues": 'Words after ``5m`` or ``a 5m`` that make the ``m`` metres.',
    "scale_fractions": 'Fractions of a scale word (``half a million``, ``a quarter million``, ``three quarters of a billion``).',
    "currency_prefixes": 'Letters written right before an amount (no sign) that name its currency (``Rs 20``, ``RM42``).',
    "lower_case_codes": 'ISO codes also read in lower case (``20 usd``, ``rmb 10``).',
    "minor_currency_words": 'Small coins, worth a hundredth of the main unit (``45 cents`` = 0.45, ``a 10-cent dividend``), to the currency they are read in when no money near them in the article names one (``sen``: none); capitalised before a full stop (``5 Sen.``) no coin.',
    "named_cents": 'Cents of a named currency (``18 HK cents`` = 0.18 HKD, ``40 euro cents``) and the hundredth coins of one currency (``11 paise`` = 0.11 INR, ``40 kopecks``).',
    "coin_shares": 'Coins of tables ``named_cents`` and ``minor_currency_words`` worth other than a hundredth of the main unit, to their share of it (``500 baisa`` = 0.5 OMR, ``ten grand`` = 10,000).',
    "centless_currencies": 'Currencies whose hundredth is not in use (``¥590``): money in them lends no currency to plain ``cents`` near it.',
    "age_groups": 'People before ``over``/``under``/``above``/``below`` and a bare whole number that make it their age (``pensioners over 65``).',
    "age_clauses": 'Words right before a bare whole number with no noun after it that make it an age (``who is 37``).',
    "life_events": 'Events of a life a few words before ``at`` and a whole number that ends a clause, which make the number an age (``his debut at 16,``).',
    "age_verbs": 'Words right before a bare count that make it an age, counted in years (``turns 58``, ``turned 40``).',
    "half_unit_words": 'Units that ``half a``/``half an`` measures half of (``half an hour`` = 0.5 hours, ``half a mile``).',
    "half_blockers": 'Words before ``half`` that make it a part, not a number.',
    "span_leads": 'Prepositions that make a duration after them a span of time (``fell in two decades to about 60``).',
    "over_duration_keepers": 'Words before ``over`` that keep it a qualifier before a duration (``for over three years``, ``lasted over a decade``).',
    "duration_units": 'Canonical units of time.',
    "glued_coins": 'Small coins written against the number (``412p``, ``10p``), case-sensitive.',
    "weight_cues": "Words in a figure's sentence before it that make ``pounds`` a weight, not sterling (``the baby weighed over two pounds``, ``lost 25 pounds``).",
    "number_idioms": 'Phrases with number words that state no amount (``put two and two together``, ``one by one``), starting with the number or the word before it (``net zero``).',
    "pronoun_determiners": 'Words before a number in words that make it a pronoun when no noun follows (``the two met``, ``the three of them``), not a count.',
    "street_words": 'Words that end a street name.',
    "one_unit_words": 'Units and currencies that ``a``/``an`` counts as one (``a penny``, ``a dollar``, ``a mile``, ``an ml``).',
    "money_nouns": 'Words after ``pounds of`` that keep the pounds sterling (``50,000 pounds of funding``).',
    "glued_only_units": 'Units read only when written against the number (``100t``, ``3h``, ``5W``, ``50ha``).',
    "symbol_names": 'Unit symbols reported by their name as the unit (``45W``: ``watts``, ``50MP``: ``megapixels``, ``200g``: ``grams``).',
    "vague_amount_words": 'Vague amounts reported with value null (``hundreds of``, ``tens of billions``, ``several thousand``).',
    "approx_before": 'Qualifiers printed before a figure (``more than 250``), as printed (lower case).',
    "approx_after": 'Qualifiers printed after a figure (``5,000 or more``).',
    "governed_qualifiers": 'A word and the first word of a qualifier it governs as its own preposition or particle, which then qualifies nothing (``add up to``, ``talking about``).',
    "measure_units": 'Units of measure, as printed (singular forms included for ``24-hour``), to the unit reported.',
    "irregular_singulars": 'Singular nouns whose plural is not made with ``s``, ``es`` or ``ies``, to the unit of a compound: that plural (``foot``: ``feet``), or a noun for people as printed (``a 40-person crew``: ``person``).',
    "irregular_plurals": 'Plural nouns that do not end in ``s`` (counted nouns.',
    "unit_stop_words": 'Words that end a counted noun phrase (``60 Ukrainian servicemen were``).',
    "adjective_joiners": 'Words that join two adjectives before a counted noun (``30,000 social and affordable homes``).',
    "change_verbs": 'Verbs of change.',
    "change_units": 'Units (canonical) that measure a change, never a level (``by two to three percentage points`` is a range).',
    "number_leaders": 'Capitalised words that may stand right before a number without making it part of a name.',
    "price_words": 'Words of a price in a sentence that make ``a``/``an``, a unit of measure and ``of`` the unit the price is for, not a count (``A litre of diesel now costs €1.90``).',
    "negations": 'Words that deny what follows them in a clause: ``a``/``an`` and a coin after one is an idiom for nothing (``will not pay a penny``), no amount.',
    "sequence_nouns": 'Nouns of a period or a match in a series after which, with a preposition of table ``sequence_leads`` before them, a number labels one of the series (``in year four``, ``on day 3``).',
    "sequence_leads": 'Prepositions before a noun of table ``sequence_nouns`` that make the number after it a label (``in year four``; not ``Each year 5,000 people``).',
    "name_markers": 'Words after which a number is part of a name, even at the start of a sentence or in lower case (``No 10``, ``Article 5``, ``phase 2``, ``category 5``).',
    "months": 'Month names and abbreviations.',
    "time_words": 'Words after a number that make it a time of day (``5 pm``).',
    "day_parts": 'Parts of the day after an hour that, with a word of table ``time_leads`` before it, make it a time of day (``at two in the morning``).',
    "hour_day_words": 'Parts of the day right before ``at`` or ``by`` and an hour in words with no noun after it, which make it a time of day (``every morning at five before work``).',
    "time_leads": 'Words before an hour and a part of the day (table ``day_parts``) that make it a time of day (``from six in the evening``).',
    "age_words": 'Words before a number that make it an age.',
    "fraction_words": 'Words for parts of a whole.',
    "ratio_words": 'Words that join the two numbers of a ratio, which is not a figure (``one in five``, ``nine out of ten``).',
    "year_leaders": 'Words that keep a number printed like a year (1100 to 2199) a year when one of them is among the two words before it, even before a plural noun (``the 2022 elections``, ``since 2014 sanctions``).',
    "compound_idioms": 'Words after a number and a hyphen that make an idiom, not a figure (``two-way``, ``three-time``).',
}

#: Every vocabulary of the figure rules, as printed.
DECLARATIONS: tuple[Declaration, ...] = declare_all(VOCABULARY, DOCS, AS_PRINTED)
