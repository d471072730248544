"""The word lists and tables the figure rules read, as plain data.

Every table here is contributed to the merged vocabulary through the
``newsparse_vocabulary`` hook under the name in :data:`VOCABULARY`, so another
plugin can add entries (``{"currency_words": {"zloty": "PLN"}}``).  Keys are
matched case-insensitively unless the table's comment says otherwise.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

#: Currency signs written before or after an amount, to ISO 4217 codes (case-sensitive).
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "₽": "RUB",
    "¥": "JPY",
    "₴": "UAH",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "zł": "PLN",
}

#: ISO 4217 codes recognised before or after an amount (``USD 5 million``, ``5bn EUR``); case-sensitive.
CURRENCY_CODES = [
    "USD", "EUR", "GBP", "RUB", "UAH", "CNY", "RMB", "JPY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD",
    "INR", "BRL", "TRY", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BGN", "RSD", "KZT", "BYN",
    "GEL", "AMD", "AZN", "MDL", "ILS", "IRR", "SAR", "AED", "QAR", "EGP", "ZAR", "NGN", "KRW", "MXN",
    "ARS", "VND", "IDR", "THB", "MYR", "PKR",
]

#: Currency names written after an amount (``5 million euros``), to ISO 4217 codes.
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "Australian dollars": "AUD",
    "Canadian dollars": "CAD",
    "Hong Kong dollars": "HKD",
    "New Zealand dollars": "NZD",
    "Singapore dollars": "SGD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "Swiss francs": "CHF",
    "rupees": "INR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "lira": "TRY",
    "liras": "TRY",
    "shekels": "ILS",
    "forints": "HUF",
    "tenge": "KZT",
    "lari": "GEL",
    "manat": "AZN",
    "dinars": "RSD",
}

#: Written-out numbers below a hundred, to their values.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Words that multiply the number before them (``5.1 billion``, ``three hundred``, ``two dozen``).
SCALE_WORDS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "tn": 1e12,
    "trn": 1e12,
}

#: Scale abbreviations read as such only in money (``$5m``, ``£20k``), since ``5m`` is also five metres.
MONEY_SCALE_WORDS = {"m": 1e6, "k": 1e3, "b": 1e9}

#: Vague amounts reported with value null (``hundreds of``, ``tens of billions``, ``several thousand``).
VAGUE_WORDS = ["tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"]

#: Qualifiers printed before a figure (``more than 250``), as printed (lower case).
QUALIFIERS_BEFORE = [
    "more than", "over", "nearly", "almost", "around", "about", "roughly", "up to", "at least", "some",
    "above", "below", "under", "a maximum of", "a minimum of", "at most", "fewer than", "less than",
    "approximately", "close to", "upwards of", "in excess of", "as many as", "as much as", "as few as",
    "as little as", "just over", "just under", "well over", "well above", "an estimated", "an average of",
    "no more than", "no fewer than", "no less than", "not more than", "a little over", "circa", "approx.",
    "beyond", "exceeding", "estimated",
]

#: Qualifiers printed after a figure (``5,000 or more``).
QUALIFIERS_AFTER = ["or more", "or so", "or fewer", "or less"]

#: Units of measure, as printed (singular forms included for ``24-hour``), to the unit reported.
MEASURE_UNITS = {
    "km/h": "km/h", "kph": "km/h", "mph": "mph", "knots": "knots",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "meters", "meter": "meters", "meters": "meters", "metre": "meters", "metres": "meters",
    "cm": "cm", "mm": "mm", "centimeters": "cm", "centimetres": "cm", "millimeters": "mm", "millimetres": "mm",
    "mile": "miles", "miles": "miles", "feet": "feet", "foot": "feet", "ft": "feet", "inches": "inches",
    "nautical miles": "nautical miles", "yards": "yards",
    "sq km": "sq km", "square kilometers": "sq km", "square kilometres": "sq km", "square miles": "square miles",
    "square meters": "square meters", "square metres": "square meters", "hectares": "hectares", "acres": "acres",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "grams": "grams",
    "tons": "tons", "tonnes": "tonnes", "ton": "tons", "tonne": "tonnes",
    "liters": "liters", "litres": "liters", "barrels": "barrels", "bpd": "barrels per day",
    "cubic meters": "cubic meters", "cubic metres": "cubic meters", "bcm": "bcm",
    "kW": "kW", "MW": "MW", "GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "megawatts": "MW", "gigawatts": "GW", "kilotons": "kilotons", "megatons": "megatons",
    "degrees": "degrees", "°C": "°C", "°F": "°F",
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months", "year": "years", "years": "years",
    "year-old": "years", "year-olds": "years",
    "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
    "times": "times", "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "basis points", "basis point": "basis points",
}

#: Plural nouns that do not end in ``s`` (counted nouns: ``900,000 people``).
IRREGULAR_PLURALS = [
    "people", "men", "women", "children", "personnel", "staff", "police", "aircraft", "crew", "cattle",
    "livestock", "sheep", "fish", "deer", "infantry", "militia", "youth", "offspring", "spacecraft",
    "hovercraft", "equipment", "data", "media", "alumni", "criteria", "phenomena", "feet", "teeth", "geese",
    "mice",
]

#: Words that end a counted noun phrase (``60 Ukrainian servicemen were``): function words and common verbs.
UNIT_STOP_WORDS = [
    "a", "an", "the", "this", "that", "these", "those", "its", "it", "his", "her", "their", "our", "my", "your",
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "near", "across",
    "along", "among", "amid", "after", "before", "since", "during", "per", "than", "as", "via", "within",
    "against", "toward", "towards", "through", "throughout", "between", "including", "inside", "outside",
    "under", "over", "behind", "about", "around", "above", "below", "beyond", "upon", "off", "out", "up",
    "down", "away", "back", "each", "every", "and", "or", "but", "nor", "so", "yet", "if", "while", "when",
    "where", "who", "whom", "whose", "which", "what", "was", "were", "is", "are", "be", "been", "being", "am",
    "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "not", "also", "all", "both", "alone", "only", "said", "says", "say", "according",
    "us", "them", "him", "me", "we", "they", "he", "she", "you", "i", "there", "here", "thus", "then", "now",
    "still", "already", "just", "even", "ever", "never", "again", "ago", "earlier", "later", "apiece",
    "respectively", "percent", "cent",
]

#: Verbs of change: ``lowered from 27 to 25`` states two figures, not a range.
CHANGE_VERBS = [
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
    "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases", "decreasing",
    "drop", "dropped", "drops", "dropping", "lower", "lowered", "lowers", "lowering", "raise", "raised",
    "raises", "raising", "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "grow", "grew",
    "grown", "grows", "growing", "climb", "climbed", "climbs", "climbing", "jump", "jumped", "jumps",
    "jumping", "decline", "declined", "declines", "declining", "slip", "slipped", "slips", "surge", "surged",
    "plunge", "plunged", "soar", "soared", "shrink", "shrank", "shrunk", "slash", "slashed", "hike", "hiked",
    "boost", "boosted", "up", "down", "change", "changed", "moved", "went", "revised", "adjusted",
]

#: Capitalised words that may stand right before a number without making it part of a name.
NUMBER_LEADERS = ["Some", "Over", "About", "Around", "Nearly", "Almost", "Roughly", "Only", "Just", "All",
                  "Another", "Up", "Approximately", "Those", "These", "The", "At", "Under", "Below", "Above",
                  "More", "Fewer", "Less", "By", "With", "And", "Of", "To", "For", "From", "In", "On"]

#: Words after ``one`` that make it part of an idiom, not a count (``one of the``, ``at one point``).
ONE_IDIOMS = ["of", "point", "way", "another", "hand", "side", "thing", "day", "time", "moment", "stage", "sense"]

#: Words before ``one`` that make it a pronoun (``the one``, ``no one``).
ONE_BLOCKERS = ["the", "no", "any", "every", "each", "this", "that", "which", "another", "anyone", "someone"]

#: Words after which a number is part of a name, even at the start of a sentence or in lower case
#: (``No 10``, ``Article 5``, ``phase 2``, ``category 5``).
NAME_MARKERS = [
    "No", "No.", "Nos", "Nos.", "Number", "Article", "Articles", "Section", "Chapter", "Paragraph", "Clause",
    "Annex", "Protocol", "Resolution", "Decree", "Page", "Pages", "Flight", "Room", "Gate", "Terminal",
    "Platform", "Route", "Highway", "Channel", "Episode", "Season", "Volume", "Phase", "Stage", "Round",
    "Category", "Level", "Grade", "Tier", "Unit", "Block", "Reactor", "Step",
]

#: Month names and abbreviations; a number beside one is a date.
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]

#: Words after a number that make it a time of day (``5 pm``).
TIME_WORDS = ["am", "pm", "a.m.", "p.m.", "o'clock", "o’clock", "GMT", "UTC", "CET", "EST", "MSK", "hrs"]

#: Words before a number that make it an age: the figure is counted in years (``the draft age from 27 to 25``).
AGE_WORDS = ["age", "aged", "ages"]

#: Words for parts of a whole: a number before one and ``of`` is a fraction, not a count (``two thirds of``).
FRACTION_WORDS = [
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
    "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
]

#: Words that join the two numbers of a ratio, which is not a figure (``one in five``, ``nine out of ten``).
RATIO_WORDS = ["in", "out of"]

#: Words that keep a number printed like a year (1100 to 2199) a year when one of them is among
#: the two words before it, even before a plural noun (``the 2022 elections``, ``since 2014
#: sanctions``); otherwise, in mid-sentence, such a number counts the plural noun after it
#: (``deployed 1500 troops``).  Matched without edge punctuation, in lower case.
YEAR_LEADERS = [
    "in", "since", "by", "from", "until", "till", "to", "of", "the", "during", "before", "after", "early",
    "late", "mid", "between", "and", "or", "its", "their", "his", "her", "our", "this", "that", "last",
    "next", "through", "throughout", "for", "at", "as", "circa", "c", "spring", "summer", "autumn", "fall",
    "winter", "year", "fiscal",
]

#: Words after a number and a hyphen that make an idiom, not a figure (``two-way``, ``three-time``).
COMPOUND_IDIOMS = ["way", "fold", "sided", "odd", "plus", "something", "off", "time", "timer", "state", "tier"]

#: Everything above under its vocabulary name.
VOCABULARY = {
    "currency_symbols": CURRENCY_SYMBOLS,
    "currency_codes": CURRENCY_CODES,
    "currency_words": CURRENCY_WORDS,
    "number_words": NUMBER_WORDS,
    "scale_words": SCALE_WORDS,
    "money_scale_words": MONEY_SCALE_WORDS,
    "vague_amount_words": VAGUE_WORDS,
    "approx_before": QUALIFIERS_BEFORE,
    "approx_after": QUALIFIERS_AFTER,
    "measure_units": MEASURE_UNITS,
    "irregular_plurals": IRREGULAR_PLURALS,
    "unit_stop_words": UNIT_STOP_WORDS,
    "change_verbs": CHANGE_VERBS,
    "number_leaders": NUMBER_LEADERS,
    "one_idioms": ONE_IDIOMS,
    "one_blockers": ONE_BLOCKERS,
    "name_markers": NAME_MARKERS,
    "months": MONTHS,
    "time_words": TIME_WORDS,
    "age_words": AGE_WORDS,
    "fraction_words": FRACTION_WORDS,
    "ratio_words": RATIO_WORDS,
    "year_leaders": YEAR_LEADERS,
    "compound_idioms": COMPOUND_IDIOMS,
}
