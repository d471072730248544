"""The word lists and tables the figure rules read, as plain data.

Every table here is contributed to the merged vocabulary through the
``newsparse_vocabulary`` hook under the name in :data:`VOCABULARY`, so another
plugin can add entries (``{"currency_words": {"zloty": "PLN"}}``).  Keys are
matched case-insensitively unless the table's comment says otherwise.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

#: Currency signs written before or after an amount, to ISO 4217 codes (case-sensitive).
#: Letters before a sign (``HK$``) may be in either case and spaced from it (``HK $2.5 billion``);
#: capitals right after a sign name the dollar too (``$US5 million``, ``$A20``).
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "AR$": "ARS",
    "COL$": "COP",
    "CLP$": "CLP",
    "UY$": "UYU",
    "NT$": "TWD",
    "MOP$": "MOP",
    "Mex$": "MXN",
    "MX$": "MXN",
    "TT$": "TTD",
    "J$": "JMD",
    "EC$": "XCD",
    "RD$": "DOP",
    "FJ$": "FJD", "F$": "FJD",
    "BZ$": "BZD",
    "Bds$": "BBD",
    "N$": "NAD",
    "SAT$": "WST",
    "WS$": "WST",
    "ST$": "WST",
    "T$": "TOP",
    "SI$": "SBD",
    "SBD$": "SBD",
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "$Can": "CAD",
    "$HK": "HKD",
    "€": "EUR",
    "£": "GBP",
    "E£": "EGP",
    "₽": "RUB",
    "¥": "JPY",
    "₴": "UAH",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "₱": "PHP",
    "₡": "CRC",
    "zł": "PLN",
}

#: Letters written right before an amount (no sign) that name its currency (``Rs 20``, ``RM42``); case-sensitive.
CURRENCY_PREFIXES = {
    "RMB": "CNY", "Rmb": "CNY", "STG": "GBP", "Stg": "GBP", "Rs": "INR", "Rs.": "INR", "Re": "INR", "Re.": "INR", "RM": "MYR", "Rp": "IDR", "Dh": "AED", "Dhs": "AED",
    "ZiG": "ZWG",
    "Sh": "KES", "Sh.": "KES", "KSh": "KES", "KSh.": "KES", "Ksh": "KES", "Ksh.": "KES", "Kshs": "KES", "Kshs.": "KES",
    "KShs": "KES", "KShs.": "KES", "Kes": "KES", "Shs": "KES", "Shs.": "KES", "USh": "UGX", "Ush": "UGX", "TSh": "TZS", "Tsh": "TZS", "GH₵": "GHS", "GH¢": "GHS", "GHC": "GHS",
    "NIS": "ILS", "Tk": "BDT", "Tk.": "BDT", "S/": "PEN", "LE": "EGP", "L.E.": "EGP", "Kč": "CZK",
    "NLe": "SLE", "Rwf": "RWF", "RWF": "RWF", "FRw": "RWF", "Php": "PHP", "PhP": "PHP",
    "FCFA": "XOF", "CFA": "XOF", "SFr": "CHF", "SFr.": "CHF",
    # archives that print the sign as a word before the amount: ``euro 187,500``, ``pounds 8,000``, ``Dollars 40m``
    "euro": "EUR", "pounds": "GBP", "Pounds": "GBP", "Dollars": "USD",
}

#: Currency letters that stand for a name several currencies share (``Sh`` for ``shilling``): the article
#: decides which (table ``currency_context``: ``Sh 500`` in an article naming Uganda alone is UGX);
#: otherwise the currency of table ``currency_prefixes`` stands.
SHARED_PREFIXES = {"Sh": "shilling", "Sh.": "shilling", "Shs": "shilling", "Shs.": "shilling", "Rs": "rupee",
                   "Rs.": "rupee", "Re": "rupee", "Re.": "rupee"}

#: Letters written against an amount that name its currency only in an article that names that currency
#: (table ``currency_context``): ``N250 billion`` is naira where the article speaks of naira or Nigeria,
#: ``R127 billion`` rand in one about South Africa, ``SR27.80`` riyals in one about Saudi Arabia, ``P5,000``
#: pesos in one about the Philippines, ``K4,800`` kina in one about Papua New Guinea, ``RO142 million`` Omani
#: rials in one about Oman, ``MK3,300`` Malawian kwacha in one about Malawi, ``QR5 million`` riyals in one about Qatar,
#: ``Fr. 45`` francs in one about Switzerland,
#: ``KD 120 million``, ``BD 85 million`` and ``JD 18 million`` dinars in one about Kuwait, Bahrain or Jordan.
CONTEXT_PREFIXES = {
    "N": "NGN", "R": "ZAR", "SR": "SAR", "P": "PHP", "K": "PGK", "RO": "OMR", "MK": "MWK", "W": "KRW",
    "QR": "QAR", "KD": "KWD", "BD": "BHD", "JD": "JOD", "Hr": "UAH", "VT": "VUV",
    # the Swiss franc as Swiss papers print it: ``Fr. 6.8 million`` in one about Switzerland
    "Fr.": "CHF", "Fr": "CHF",
}

#: Names several currencies share that are money only in an article naming one of them (table
#: ``currency_context`` or ``currency_places``: ``35 crowns`` in a story from Prague is CZK, ``380 soles`` in one
#: from Peru PEN, ``8,000 kip`` in one from Vientiane LAK, ``500 drams`` in one from Yerevan AMD); elsewhere they are a
#: count (``20 Grand Slam crowns``, ``400 soles`` of shoes, ``two drams`` of whisky, ``a 20-minute kip``).
CONTEXT_CURRENCY_NAMES = ["crown", "soles", "kip", "dram"]

#: Words that, printed anywhere in an article, name a currency it speaks of, to that currency (case-sensitive,
#: whole words).  They decide ``N250`` (naira), a bare ``$`` (the one foreign dollar an article names in amounts,
#: unless it names the US dollar too or prints a conversion in brackets) and a name several currencies share
#: (``francs`` in an article that names Switzerland and no other franc).
CURRENCY_CONTEXT = {
    **dict.fromkeys(["naira", "Naira", "Nigeria", "Nigerian", "Nigerians", "CBN", "₦", "NGN", "Abuja", "Lagos", "Kano",
                     "Ibadan", "Port Harcourt", "Kaduna", "Enugu", "Ilorin", "Abeokuta", "Owerri", "Calabar", "Maiduguri",
                     "Sokoto", "Zaria", "Onitsha", "Warri", "Asaba", "Akure", "Bauchi"], "NGN"),
    **dict.fromkeys(["C$", "CA$", "Can$", "CAD", "Canadian dollars"], "CAD"),
    **dict.fromkeys(["hryvnia", "hryvnias", "hryvnas", "UAH", "₴", "Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "Lviv",
                     "Odesa", "Dnipro", "Zaporizhzhia", "National Bank of Ukraine"], "UAH"),
    **dict.fromkeys(["A$", "AU$", "AUD", "Australian dollars"], "AUD"),
    **dict.fromkeys(["NZ$", "NZD", "New Zealand dollars"], "NZD"),
    **dict.fromkeys(["S$", "SGD", "Singapore dollars"], "SGD"),
    **dict.fromkeys(["HK$", "HKD", "Hong Kong dollars", "HK dollars"], "HKD"),
    **dict.fromkeys(["US$", "U.S.$", "USD", "US dollars", "U.S. dollars", "American dollars", "$US"], "USD"),
    **dict.fromkeys(["CHF", "Swiss francs", "Switzerland", "Swiss"], "CHF"),
    **dict.fromkeys(["KRW", "South Korea", "South Korean", "South Koreans", "Seoul", "Bank of Korea", "million won",
                     "billion won", "trillion won"], "KRW"),
    **dict.fromkeys(["KES", "KSh", "Kenya", "Kenyan", "Kenyans", "Nairobi"], "KES"),
    **dict.fromkeys(["UGX", "Uganda", "Ugandan", "Ugandans", "Kampala"], "UGX"),
    **dict.fromkeys(["CDF", "Congolese francs"], "CDF"),
    **dict.fromkeys(["TZS", "Tanzania", "Tanzanian", "Tanzanians", "Dodoma", "Dar es Salaam"], "TZS"),
    **dict.fromkeys(["ZAR", "rand", "South Africa", "South African", "South Africans", "Johannesburg", "Pretoria",
                     "Cape Town", "Durban", "Gqeberha", "JSE", "SARB", "Transnet", "Eskom", "Gauteng", "KwaZulu-Natal",
                     "Western Cape", "Eastern Cape", "Soweto", "Sandton", "Bloemfontein", "Stellenbosch", "Springbok",
                     "Springboks", "Proteas", "Bafana Bafana"], "ZAR"),
    **dict.fromkeys(["SAR", "Saudi", "Saudis", "Saudi Arabia", "Riyadh", "Jeddah", "Tadawul", "Aramco"], "SAR"),
    **dict.fromkeys(["PHP", "₱", "Philippine peso", "Philippine pesos", "Philippines", "Philippine", "Filipino",
                     "Filipinos", "Manila"], "PHP"),
    **dict.fromkeys(["TT$", "TTD", "Trinidad and Tobago dollars"], "TTD"),
    **dict.fromkeys(["J$", "JMD", "Jamaican dollars"], "JMD"),
    **dict.fromkeys(["FJ$", "FJD", "Fijian dollars", "Fiji dollars"], "FJD"),
    **dict.fromkeys(["VUV", "vatu", "Vanuatu", "Port Vila"], "VUV"),
    **dict.fromkeys(["BSD", "Bahamian dollars", "Bahamas dollars"], "BSD"),
    **dict.fromkeys(["Bds$", "BBD", "Barbados dollars", "Barbadian dollars"], "BBD"),
    **dict.fromkeys(["EC$", "XCD", "Eastern Caribbean dollars", "EC dollars"], "XCD"),
    **dict.fromkeys(["BZ$", "BZD", "Belize dollars", "Belizean dollars"], "BZD"),
    # pounds named by their country's adjective, and sterling marked: they decide a plain ``pounds``
    **dict.fromkeys(["Egyptian pound", "Egyptian pounds", "EGP"], "EGP"),
    **dict.fromkeys(["Lebanese pound", "Lebanese pounds", "LBP"], "LBP"),
    **dict.fromkeys(["Syrian pound", "Syrian pounds", "SYP"], "SYP"),
    **dict.fromkeys(["£", "GBP", "sterling", "British pound", "British pounds"], "GBP"),
    # the United Kingdom's places: a plain ``pounds`` in a story from there is sterling, never a weight
    **dict.fromkeys(["Britain", "British", "UK", "U.K.", "United Kingdom", "England", "Scotland", "Scottish", "Wales",
                     "Welsh", "Northern Ireland", "London", "Westminster", "Bank of England", "NHS"], "GBP"),
    # the euro printed: plain cents with no money around them are its cents where no dollar is printed
    **dict.fromkeys(["€", "EUR", "euro", "euros"], "EUR"),
}

#: Words that may stand between an opening bracket and a bare ``$`` of a conversion, which names the US dollar
#: (``A$3 billion (about $2 billion)``, ``C$40 (or $29)``); at most two of them.
CONVERSION_LEADS = ["about", "around", "roughly", "approximately", "nearly", "almost", "some", "or", "just",
                    "over", "under", "equivalent to", "worth"]

#: The nationality of a dollar printed after a bare ``$`` amount, to its currency: ``$31.2 billion Canadian (US$22.9
#: billion)`` is in Canadian dollars (only before a bracket, a stop or comma, ``dollars``, or one word and a bracket:
#: not ``a $5 million Canadian company``); in an article whose marked US dollar converts a bare ``$``, the one of
#: them it names as a word decides that ``$`` (``The Canadian miner will pay $2 billion (US$1.5 billion)``).
DOLLAR_NATIONALITIES = {"Canadian": "CAD", "Australian": "AUD", "New Zealand": "NZD", "Hong Kong": "HKD",
                        "Singapore": "SGD", "Jamaican": "JMD", "Fijian": "FJD", "Fiji": "FJD",
                        "Bahamian": "BSD", "Barbados": "BBD", "Barbadian": "BBD", "Eastern Caribbean": "XCD",
                        "Belize": "BZD"}

#: Marks of the US dollar that set it apart from a bare ``$`` in a conversion: ``$12 billion (US$8.8 billion)``
#: and ``$US11.42 billion ($15.6 billion)`` make the bare ``$`` of the article a dollar of its own place.
US_DOLLAR_MARKS = ["US$", "U.S.$", "U.S. $", "US $", "$US", "USD"]

#: Agencies whose copy marks a foreign dollar (``A$``): in an article they dateline (``SYDNEY (Reuters) -``) the
#: places it names leave a bare ``$`` USD.  Not ``UPI``, whose copy prints Canadian and Australian amounts with a
#: bare ``$`` (``OTTAWA, March 1 (UPI) -- … $265 billion budget``).
WIRE_AGENCIES = ["Reuters", "AFP", "AP", "Bloomberg", "Dow Jones", "Associated Press", "CNN"]

#: Units of goods traded in US dollars the world over: a bare ``$`` before ``a``/``an``/``per`` and one of them (or
#: ``/bbl``) is the US dollar in any article (``Brent traded near $83 a barrel`` in a market report from Hong Kong).
DOLLAR_PRICED_UNITS = ["barrel", "MMBtu", "mmBtu", "million British thermal units"]

#: Currencies a bare ``$`` may stand for, decided by :data:`CURRENCY_CONTEXT`.
DOLLAR_CURRENCIES = ["CAD", "AUD", "NZD", "SGD", "HKD", "TTD", "JMD", "FJD", "BSD", "BBD", "XCD", "BZD"]

#: Places and public bodies of a country, to its currency: they decide money the print leaves open where an
#: article names the places of one of the currencies it could be (case-sensitive, whole words).  A bare ``$``
#: (or ``dollars`` right after the number) in an article naming no currency of table ``currency_context`` is the dollar of its places (``$4 billion`` in
#: a story from Canberra or an Ontario court is AUD or CAD); places of the United States, and names shared with
#: it (``Lake Ontario``, ``Ontario, California``), map to USD: an article naming them keeps a bare ``$`` as it
#: is, and so does one naming the places of two dollars, unless it names one three times and twice as often as the
#: others together (the story's country).  A name several currencies share (``pesos``,
#: ``rupees``, ``dinars``) is the one of them whose places, or words of table ``currency_context``, the article
#: names (``pesos`` in a story from Bogotá are COP).  Outlets abroad mark a foreign dollar (``A$``), so only
#: places whose name is theirs alone decide (not ``Sydney``, ``Victoria``, but ``Victorian Government``; not ``Hamilton``, ``Wellington``,
#: ``Santiago``, ``Jordan``, ``Georgia``); a time zone of one country in a timestamp (``2:14pm AEDT``) names it too,
#: and so does the abbreviation of a country, state or province that no other place or word shares (``NZ Super``,
#: ``NSW``, ``Qld``, ``YARMOUTH, N.S. —``, ``Ont.``; not ``WA``, ``SA``, ``NT``, ``ACT``, ``Vic``, ``Tas``, ``B.C.``, ``Man.``, ``N.B.``).  A place joined
#: to ``-based`` is where a company is from, no place of the story (``the Brisbane-based jeweller``).
CURRENCY_PLACES = {
    **dict.fromkeys(["Canberra", "Queensland", "New South Wales", "Tasmania", "Western Australia", "South Australia",
                     "Northern Territory", "Australian Bureau of Statistics", "Reserve Bank of Australia",
                     "Australian Taxation Office", "Centrelink", "Bureau of Meteorology", "Gippsland", "Brisbane",
                     "Geelong", "Ballarat", "Bendigo", "Townsville", "Wollongong", "Australia", "Pilbara", "ASX",
                     "Kalgoorlie", "Toowoomba", "Rockhampton", "TEQSA", "ACCC", "APRA", "ASIC", "AEST", "AEDT",
                     "ACST", "ACDT", "AWST", "Australian Capital Territory", "NSW", "Qld", "QLD", "Geraldton",
                     "Fremantle", "Mandurah", "Kununurra", "Australians", "NRMA", "NRL", "Victorian Government",
                     "Victorian government", "RBA"], "AUD"),
    **dict.fromkeys(["Ottawa", "Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan",
                     "Nova Scotia", "Newfoundland", "Bank of Canada", "Canada Revenue Agency", "Saskatoon",
                     "Mississauga", "Gatineau", "Yukon", "Nunavut", "N.S.", "Ont.", "Que.", "Alta.", "Sask.",
                     "P.E.I.", "Nfld.", "N.W.T.", "Whitehorse", "Yellowknife", "Iqaluit", "Dawson City",
                     "Kootenay", "Kootenays", "Okanagan", "Canada", "Canadian Real Estate Association",
                     "Canadian Press", "Canadians", "CBC", "CTV", "Globe and Mail", "Toronto Star", "TSX",
                     "National Post", "New Brunswick", "N.B.", "Moncton", "Fredericton", "Edmonton", "Charlottetown",
                     "Prince Edward Island", "Kelowna", "Kitchener", "Thunder Bay", "Sherbrooke"], "CAD"),
    **dict.fromkeys(["Jamaica", "Jamaican", "Jamaicans", "Bank of Jamaica", "Montego Bay", "Portmore",
                     "Spanish Town", "Ocho Rios", "Negril"], "JMD"),
    **dict.fromkeys(["Auckland", "Reserve Bank of New Zealand", "Aotearoa", "New Zealand", "Taranaki", "Waikato",
                     "Otago", "Tauranga", "Rotorua", "Christchurch", "Fonterra", "KiwiSaver", "Bay of Plenty",
                     "Hawke's Bay", "Hawke’s Bay", "NZST", "NZDT", "Whanganui", "Wanganui", "Palmerston North",
                     "Whangārei", "Whangarei", "Invercargill", "Manawatū", "Manawatu", "Kāpiti", "Kapiti", "Timaru",
                     "Te Whatu Ora", "New Zealanders", "BNZ", "Bank of New Zealand", "NZX", "RNZ", "Radio New Zealand",
                     "Kermadec", "Kermadecs", "NZ", "RBNZ"], "NZD"),
    **dict.fromkeys(["Trinidad", "Tobago", "Trinidad and Tobago", "T&T", "Port of Spain", "Chaguanas"], "TTD"),
    **dict.fromkeys(["Fiji", "Fijian", "Fijians", "Suva", "Nadi", "Lautoka", "Labasa"], "FJD"),
    **dict.fromkeys(["Bahamas", "Bahamian", "Bahamians", "Nassau", "New Providence", "Grand Bahama", "Eleuthera",
                     "Abaco", "Exuma", "Central Bank of The Bahamas"], "BSD"),
    **dict.fromkeys(["Barbados", "Barbadian", "Barbadians", "Bajan", "Bajans", "Bridgetown",
                     "Central Bank of Barbados"], "BBD"),
    **dict.fromkeys(["St Lucia", "St. Lucia", "Saint Lucia", "Grenada", "Antigua", "Antigua and Barbuda", "Dominica",
                     "St Kitts", "St. Kitts", "Castries", "Roseau",
                     "Basseterre", "Eastern Caribbean Central Bank", "OECS"], "XCD"),
    **dict.fromkeys(["Belize", "Belizean", "Belizeans", "Belize City", "Belmopan"], "BZD"),
    **dict.fromkeys(["US", "U.S.", "USA", "U.S.A.", "United States", "America", "American", "Americans",
                     "Washington", "Wall Street", "Federal Reserve", "White House", "Congress", "Lake Ontario",
                     "Ontario, Calif", "Ontario, California", "Ottawa County", "Nassau County", "Ottawa, Illinois", "Ottawa, Kansas",
                     "California", "Texas", "Florida", "New York", "Illinois", "Michigan", "Ohio",
                     "Minnesota", "Vermont", "Maine", "Alaska", "Arizona", "Nevada", "Oregon",
                     # AP abbreviations of states in datelines (``RIDGEFIELD, Minn. —``; not ``Ga.``, ``Ind.``,
                     # ``Miss.``, ``Del.``: a country, a party label, a title, a delegate)
                     "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Fla.", "Ill.", "Kan.", "Ky.", "La.", "Md.",
                     "Mass.", "Mich.", "Minn.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
                     "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Va.", "Vt.", "Wash.",
                     "W.Va.", "Wis.", "Wyo.",
                     # the other states (not ``Georgia``, a country too) and the largest cities and markets
                     "Alabama", "Arkansas", "Colorado", "Connecticut", "Delaware", "Hawaii", "Idaho", "Indiana", "Iowa",
                     "Kansas", "Kentucky", "Louisiana", "Maryland", "Massachusetts", "Mississippi", "Missouri", "Montana",
                     "Nebraska", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Oklahoma",
                     "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah", "Virginia",
                     "West Virginia", "Wisconsin", "Wyoming", "San Francisco", "Los Angeles", "Chicago", "Boston",
                     "Seattle", "Houston", "Dallas", "Atlanta", "Miami", "Philadelphia", "Detroit", "Denver", "Phoenix",
                     "San Diego", "San Jose", "Nashville", "Baltimore", "Pittsburgh", "Minneapolis", "New Orleans",
                     "Las Vegas", "Silicon Valley", "Manhattan", "Brooklyn", "Nasdaq", "NYSE", "S&P 500"], "USD"),
    **dict.fromkeys(["Colombia", "Colombian", "Colombians", "Bogotá", "Bogota", "Medellín", "Medellin", "Cali",
                     "Barranquilla", "Cartagena", "Banco de la República", "Antioquia", "Bucaramanga", "Cúcuta",
                     "Ecopetrol"], "COP"),
    **dict.fromkeys(["Mexico", "Mexican", "Mexicans", "Guadalajara", "Monterrey", "Banxico", "Pemex", "Oaxaca",
                     "Jalisco", "Chiapas", "Yucatán", "Yucatan", "Puebla", "Veracruz", "Sinaloa", "Sonora",
                     "Chihuahua", "Tijuana", "Cancún", "Cancun", "Acapulco", "Michoacán", "Michoacan",
                     "Tamaulipas", "Nuevo León", "Nuevo Leon", "Ciudad Juárez", "Ciudad Juarez", "Querétaro",
                     "Zacatecas", "Coahuila", "Culiacán", "Mazatlán", "Mexicali"], "MXN"),
    **dict.fromkeys(["Argentina", "Argentine", "Argentinian", "Argentines", "Buenos Aires", "Córdoba", "Tucumán",
                     "Mar del Plata", "Bariloche", "Casa Rosada", "INDEC"], "ARS"),
    **dict.fromkeys(["Chile", "Chilean", "Chileans", "Valparaíso", "Codelco", "Antofagasta", "Viña del Mar",
                     "Punta Arenas", "Temuco"], "CLP"),
    **dict.fromkeys(["Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Cebu", "Mindanao", "Davao",
                     "Quezon City", "Makati", "Luzon", "Visayas", "Iloilo", "Taguig", "Bulacan", "Pampanga", "Cavite",
                     "Batangas", "Pasig", "Mandaue", "Bacolod", "Zamboanga", "Cagayan de Oro", "Baguio", "Malacañang",
                     "Bangko Sentral"], "PHP"),
    **dict.fromkeys(["Cuba", "Cuban", "Cubans", "Havana"], "CUP"),
    **dict.fromkeys(["Uruguay", "Uruguayan", "Uruguayans", "Montevideo", "Punta del Este", "Canelones"], "UYU"),
    **dict.fromkeys(["Dominican Republic", "Santo Domingo", "Punta Cana", "Santiago de los Caballeros"], "DOP"),
    **dict.fromkeys(["India", "Indian", "Indians", "New Delhi", "Mumbai", "Bengaluru", "Reserve Bank of India",
                     "Lok Sabha", "Delhi", "Kolkata", "Chennai", "Bangalore", "Pune", "Ahmedabad", "Jaipur", "Lucknow",
                     "Kerala", "Tamil Nadu", "Karnataka", "Maharashtra", "Uttar Pradesh", "Bihar", "Gujarat",
                     "Rajasthan", "West Bengal", "Telangana"], "INR"),
    **dict.fromkeys(["Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi", "Lahore", "Rawalpindi",
                     "Peshawar", "Quetta", "Faisalabad", "Multan", "Khyber Pakhtunkhwa", "Sindh", "Balochistan",
                     "Gilgit-Baltistan", "Federal Board of Revenue", "National Accountability Bureau"], "PKR"),
    **dict.fromkeys(["Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo", "Jaffna", "Kandy", "Galle", "Trincomalee",
                     "Batticaloa"], "LKR"),
    **dict.fromkeys(["Nepal", "Nepali", "Nepalese", "Kathmandu"], "NPR"),
    **dict.fromkeys(["Senegal", "Ivory Coast", "Côte d'Ivoire", "Côte d’Ivoire", "Burkina Faso", "Niger", "Togo",
                     "Benin", "Dakar", "Abidjan", "Bamako"], "XOF"),
    **dict.fromkeys(["Rwanda", "Rwandan", "Rwandans", "Kigali"], "RWF"),
    **dict.fromkeys(["DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Kinshasa", "Lubumbashi",
                     "Kolwezi", "Goma", "Bukavu"], "CDF"),
    **dict.fromkeys(["Serbia", "Serbian", "Serbians", "Belgrade"], "RSD"),
    **dict.fromkeys(["Romania", "Romanian", "Romanians", "Bucharest", "Cluj", "Cluj-Napoca", "Timisoara", "Iasi",
                     "Constanta", "Brasov"], "RON"),
    **dict.fromkeys(["Moldova", "Moldovan", "Moldovans", "Chisinau", "Chișinău", "Tiraspol", "Transnistria",
                     "Gagauzia", "Balti"], "MDL"),
    **dict.fromkeys(["Kuwait", "Kuwaiti", "Kuwaitis"], "KWD"),
    **dict.fromkeys(["Iraq", "Iraqi", "Iraqis", "Baghdad", "Basra", "Erbil"], "IQD"),
    **dict.fromkeys(["Jordanian", "Jordanians", "Amman"], "JOD"),
    **dict.fromkeys(["Bahrain", "Bahraini", "Manama"], "BHD"),
    **dict.fromkeys(["Algeria", "Algerian", "Algerians", "Algiers"], "DZD"),
    **dict.fromkeys(["Tunisia", "Tunisian", "Tunisians", "Tunis"], "TND"),
    **dict.fromkeys(["Qatar", "Qatari", "Qataris", "Doha"], "QAR"),
    **dict.fromkeys(["Oman", "Omani", "Omanis", "Muscat"], "OMR"),
    **dict.fromkeys(["Papua New Guinea", "Port Moresby", "Waigani", "Bougainville", "Lae", "Mount Hagen", "Goroka",
                     "Madang", "Kokopo", "Wewak", "Kimbe"], "PGK"),
    **dict.fromkeys(["Mauritius", "Mauritian", "Mauritians", "Port Louis", "Bank of Mauritius"], "MUR"),
    **dict.fromkeys(["Yemen", "Yemeni", "Yemenis", "Sanaa", "Aden"], "YER"),
    **dict.fromkeys(["Iran", "Iranian", "Iranians", "Tehran"], "IRR"),
    **dict.fromkeys(["United Arab Emirates", "UAE", "Emirati", "Emiratis", "Dubai", "Abu Dhabi", "Sharjah"], "AED"),
    **dict.fromkeys(["Morocco", "Moroccan", "Moroccans", "Rabat", "Casablanca", "Marrakesh"], "MAD"),
    **dict.fromkeys(["Norway", "Norwegian", "Norwegians", "Oslo", "Bergen", "Equinor", "Stavanger", "Trondheim"],
                    "NOK"),
    **dict.fromkeys(["Denmark", "Danish", "Danes", "Copenhagen", "Aarhus"], "DKK"),
    **dict.fromkeys(["Zambia", "Zambian", "Zambians", "Lusaka"], "ZMW"),
    **dict.fromkeys(["Malawi", "Malawian", "Malawians", "Lilongwe", "Blantyre", "Mzuzu", "Zomba"], "MWK"),
    **dict.fromkeys(["Czech Republic", "Czechia", "Czech", "Czechs", "Prague", "Brno", "Ostrava"], "CZK"),
    **dict.fromkeys(["Sweden", "Swedish", "Swedes", "Stockholm", "Gothenburg", "Malmö"], "SEK"),
    **dict.fromkeys(["Iceland", "Icelandic", "Icelanders", "Reykjavik", "Reykjavík"], "ISK"),
    **dict.fromkeys(["Peru", "Peruvian", "Peruvians", "Cusco", "Cuzco", "Arequipa", "Trujillo"], "PEN"),
    **dict.fromkeys(["Zurich", "Zürich", "Geneva", "Basel", "Bern", "Lausanne", "Lugano"], "CHF"),
    **dict.fromkeys(["Laos", "Lao", "Laotian", "Vientiane", "Luang Prabang"], "LAK"),
    **dict.fromkeys(["Armenia", "Armenian", "Armenians", "Yerevan", "Gyumri"], "AMD"),
    **dict.fromkeys(["Kyrgyzstan", "Kyrgyz", "Bishkek", "Osh", "Jalal-Abad", "Karakol", "Issyk-Kul"], "KGS"),
    **dict.fromkeys(["Uzbekistan", "Uzbek", "Uzbeks", "Tashkent", "Samarkand", "Bukhara", "Namangan", "Andijan",
                     "Fergana", "Khiva"], "UZS"),
    **dict.fromkeys(["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"], "KES"),
    **dict.fromkeys(["Kampala", "Entebbe", "Jinja", "Gulu", "Mbarara", "Masaka", "Mbale"], "UGX"),
    **dict.fromkeys(["Dar es Salaam", "Dodoma", "Arusha", "Zanzibar", "Mwanza"], "TZS"),
}

#: Words that name a country of a dollar only weakly, to its currency: its people's adjective and cities whose name
#: other places, teams or people share (``Australian``, ``Sydney``, ``Toronto``).  They count among its places (table
#: ``currency_places``) where an article prints words of this table for that dollar twice at least (``the Australian
#: government`` … ``Australian workers``; ``an Australian miner`` … ``its Melbourne office``), not once (``a $5
#: million Canadian company``), nor in the line that heads the page, nor before ``dollar`` (``the Canadian dollar
#: slipped``: the currency as a market).
NATIONALITY_PLACES = {
    **dict.fromkeys(["Australian", "Aussie", "Aussies", "Sydney", "Melbourne", "Adelaide"], "AUD"),
    **dict.fromkeys(["Canadian", "Toronto", "Vancouver", "Montreal", "Calgary", "Winnipeg"], "CAD"),
    **dict.fromkeys(["Kiwi", "Kiwis"], "NZD"),
}

#: Places whose dollar a bare ``$`` is only where they dateline the article, as their own papers print it
#: (``SINGAPORE -``, ``HONG KONG:``), not where they are named in passing: deals there are often in US dollars;
#: and abbreviations that name a province only after a town in a dateline (``KAMLOOPS, B.C. —``; ``500 B.C.`` is a year).
DATELINE_PLACES = {"Singapore": "SGD", "Hong Kong": "HKD", "B.C.": "CAD"}

#: ISO 4217 codes recognised before or after an amount (``USD 5 million``, ``5bn EUR``, ``US$``); case-sensitive.
CURRENCY_CODES = [
    "USD", "EUR", "GBP", "RUB", "UAH", "CNY", "RMB", "JPY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD",
    "INR", "BRL", "TRY", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BGN", "RSD", "KZT", "BYN",
    "GEL", "AMD", "AZN", "MDL", "ILS", "IRR", "SAR", "AED", "QAR", "EGP", "ZAR", "NGN", "KRW", "MXN",
    "ARS", "VND", "IDR", "THB", "MYR", "PKR", "TWD", "PHP", "KWD", "BHD", "OMR", "JOD", "LBP", "MAD",
    "KES", "GHS", "BDT", "LKR", "MNT", "CLP", "COP", "PEN", "ISK", "UZS", "UGX", "TZS", "ETB", "RWF", "ZMW",
    "XOF", "XAF", "NAD", "WST", "SLE", "PGK", "MUR", "UYU", "DOP", "NPR", "MWK", "BBD", "KGS", "BWP", "LAK", "CRC", "SZL", "LSL", "ERN", "HRK", "BAM", "VUV",
    # more of ISO 4217 (not ``SDG``, also the UN's goals: ``SDG 13``; not ``ALL``, ``TOP``, ``CUP``, ``BOB``: words in capitals)
    "IQD", "SYP", "YER", "LYD", "TND", "DZD", "AFN", "MMK", "KHR", "BND", "FJD", "XPF", "HTG", "JMD", "TTD", "BSD",
    "BZD", "GTQ", "HNL", "NIO", "PAB", "PYG", "VES", "AOA", "MZN", "ZWG", "MGA", "SCR", "CDF", "GNF", "BIF", "DJF",
    "KMF", "LRD", "GMD", "CVE", "STN", "MRU", "TJS", "TMT", "MVR", "BTN", "MKD", "SSP", "MOP",
]

#: ISO codes that are also an acronym in the news (``COP30``: the climate summit; ``AMD``, ``CAD``, ``PEN``; ``RON95``:
#: a petrol's octane grade): glued to digits, money only where printed as an amount (``COP30,000``, ``CAD1.5m``,
#: ``RON2,500``), never before a bare count (``COP30``).
ACRONYM_CODES = ["COP", "AMD", "CAD", "PEN", "MAD", "GEL", "BAM", "TRY", "RON"]

#: ISO codes also read in lower case (``20 usd``, ``rmb 10``): those that are no English word.
LOWER_CASE_CODES = {
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rmb": "CNY", "cny": "CNY", "jpy": "JPY", "chf": "CHF", "cad": "CAD",
    "aud": "AUD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "inr": "INR",
}

#: Currency names written after an amount (``5 million euros``, ``42 Malaysian ringgit``), to ISO 4217
#: codes; a plural ``s`` may follow each.  A name several currencies share maps to ``""`` (money of
#: no stated currency: ``528 million francs``) unless a country adjective before it decides
#: (``Swiss francs``); ``dollar`` alone is read as USD, as the outlets of this project write it.  Names that
#: are also a place or people written with a capital (``Córdoba``, ``Afghani``) are left out: they are
#: matched in either case.
CURRENCY_WORDS = {
    "dollar": "USD", "US dollar": "USD", "U.S. dollar": "USD", "American dollar": "USD",
    "Australian dollar": "AUD", "Canadian dollar": "CAD", "Hong Kong dollar": "HKD", "HK dollar": "HKD",
    "New Zealand dollar": "NZD", "NZ dollar": "NZD", "NT dollar": "TWD", "Singapore dollar": "SGD", "Taiwan dollar": "TWD",
    "New Taiwan dollar": "TWD", "Zimbabwe dollar": "ZWL", "buck": "USD",
    "euro": "EUR",
    "pound": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "stg": "GBP",
    "British pound": "GBP", "Egyptian pound": "EGP", "Lebanese pound": "LBP", "Syrian pound": "SYP",
    "Sudanese pound": "SDG", "South Sudanese pound": "SSP",
    "ruble": "RUB", "rouble": "RUB", "Russian ruble": "RUB", "Russian rouble": "RUB",
    "Belarusian ruble": "BYN", "Belarusian rouble": "BYN",
    "hryvnia": "UAH", "hryvna": "UAH", "Ukrainian hryvnia": "UAH",
    "yuan": "CNY", "renminbi": "CNY", "Chinese yuan": "CNY",
    "yen": "JPY", "Japanese yen": "JPY", "won": "KRW", "South Korean won": "KRW", "Korean won": "KRW",
    "franc": "", "Swiss franc": "CHF", "French franc": "FRF", "Belgian franc": "BEF", "CFA franc": "XOF", "CFA": "XOF",
    "rupee": "", "Indian rupee": "INR", "Pakistani rupee": "PKR", "Sri Lankan rupee": "LKR",
    "Nepalese rupee": "NPR", "Nepali rupee": "NPR", "Mauritian rupee": "MUR", "rupiah": "IDR", "Indonesian rupiah": "IDR",
    "zloty": "PLN", "Polish zloty": "PLN", "złoty": "PLN", "Polish złoty": "PLN",
    "lira": "TRY", "lire": "TRY", "Turkish lira": "TRY",
    "shekel": "ILS", "Israeli shekel": "ILS", "new Israeli shekel": "ILS",
    "forint": "HUF", "Hungarian forint": "HUF", "tenge": "KZT", "lari": "GEL", "manat": "AZN",
    "pula": "BWP", "Botswana pula": "BWP", "kip": "", "Lao kip": "LAK", "Laotian kip": "LAK", "lek": "ALL",
    "lekë": "ALL", "Albanian lek": "ALL", "colón": "CRC", "colones": "CRC", "Costa Rican colón": "CRC",
    "leone": "SLE", "Sierra Leonean leone": "SLE", "lilangeni": "SZL", "emalangeni": "SZL", "loti": "LSL",
    "maloti": "LSL", "nakfa": "ERN", "kuna": "HRK", "Croatian kuna": "HRK", "convertible mark": "BAM",
    "vatu": "VUV", "pa'anga": "TOP", "pa’anga": "TOP", "paʻanga": "TOP", "tala": "WST", "Samoan tala": "WST",
    "dram": "",
    "som": "", "Kyrgyz som": "KGS", "Kyrgyzstani som": "KGS", "Uzbek som": "UZS", "Uzbekistani som": "UZS",
    "dinar": "", "Serbian dinar": "RSD", "Kuwaiti dinar": "KWD", "Iraqi dinar": "IQD",
    "Jordanian dinar": "JOD", "Bahraini dinar": "BHD", "Algerian dinar": "DZD", "Tunisian dinar": "TND",
    "riyal": "", "Saudi riyal": "SAR", "Qatari riyal": "QAR", "Omani rial": "OMR", "Yemeni rial": "YER",
    "rial": "", "Iranian rial": "IRR",
    "ringgit": "MYR", "Malaysian ringgit": "MYR", "Malaysia ringgit": "MYR",
    "rand": "ZAR", "South African rand": "ZAR", "naira": "NGN", "Nigerian naira": "NGN",
    "dirham": "", "UAE dirham": "AED", "Emirati dirham": "AED", "Moroccan dirham": "MAD",
    "peso": "", "Mexican peso": "MXN", "Argentine peso": "ARS", "Argentinian peso": "ARS",
    "Philippine peso": "PHP", "Chilean peso": "CLP", "Colombian peso": "COP", "Cuban peso": "CUP",
    "Uruguayan peso": "UYU", "Dominican peso": "DOP",
    "krona": "SEK", "kronor": "SEK", "Swedish krona": "SEK", "Swedish kronor": "SEK",
    "krone": "", "kroner": "", "Norwegian krone": "NOK", "Norwegian kroner": "NOK",
    "Danish krone": "DKK", "Danish kroner": "DKK", "Swedish kroner": "SEK", "Icelandic krona": "ISK",
    "koruna": "CZK", "Czech koruna": "CZK", "Czech crown": "CZK", "Swedish crown": "SEK",
    "Norwegian crown": "NOK", "Danish crown": "DKK", "crown": "", "Icelandic crown": "ISK",
    "soles": "", "Peruvian soles": "PEN", "Peruvian sol": "PEN",
    "reais": "BRL", "reals": "BRL", "Brazilian real": "BRL", "Brazilian reais": "BRL",
    "baht": "THB", "Thai baht": "THB", "pataca": "MOP", "patacas": "MOP", "dong": "VND", "Vietnamese dong": "VND", "taka": "BDT",
    "tugrik": "MNT", "tugrug": "MNT", "Mongolian tugrik": "MNT", "cedi": "GHS",
    "Ghanaian cedi": "GHS", "Ghana cedi": "GHS", "kwacha": "", "Zambian kwacha": "ZMW", "Malawian kwacha": "MWK",
    "Malawi kwacha": "MWK", "birr": "ETB",
    "Ethiopian birr": "ETB", "Rwandan franc": "RWF", "Congolese franc": "CDF",
    "shilling": "", "Kenyan shilling": "KES", "Ugandan shilling": "UGX", "Tanzanian shilling": "TZS",
    "leu": "", "lei": "", "Romanian leu": "RON", "Romanian lei": "RON", "Moldovan leu": "MDL",
    "Moldovan lei": "MDL",
    "lev": "BGN", "leva": "BGN", "Bulgarian lev": "BGN", "Armenian dram": "AMD",
    "quetzal": "GTQ", "quetzales": "GTQ", "lempira": "HNL", "guaraní": "PYG", "guarani": "PYG",
    "guaraníes": "PYG", "boliviano": "BOB", "bolívar": "VES", "bolivar": "VES", "bolívares": "VES",
    "gourde": "HTG", "kyat": "MMK", "riel": "KHR", "kwanza": "AOA", "kina": "PGK",
    "metical": "MZN", "meticais": "MZN", "dalasi": "GMD", "ariary": "MGA", "ouguiya": "MRU", "denar": "MKD",
    "denari": "MKD", "somoni": "TJS", "rufiyaa": "MVR", "ngultrum": "BTN",
    "peseta": "ESP", "Spanish peseta": "ESP", "guilder": "NLG", "Dutch guilder": "NLG",
    "markka": "FIM", "Finnish markka": "FIM", "Deutsche mark": "DEM", "Deutschmark": "DEM",
    "German mark": "DEM", "escudo": "", "Portuguese escudo": "PTE", "drachma": "GRD",
    "Greek drachma": "GRD", "Italian lira": "ITL", "Italian lire": "ITL", "Austrian schilling": "ATS",
}

#: Small coins, worth a hundredth of the main unit (``45 cents`` = 0.45, ``a 10-cent dividend``),
#: to the currency they are read in when no money near them in the article names one (``""``: none, as
#: for ``centimes``, a hundredth of several francs, ``centavos``, of several pesos and the real, and ``sen``, of
#: the ringgit or the riel), and the slang of
#: table ``coin_shares`` worth a multiple of it (``ten grand``, in the currency of the money before it).
#: Capitalised before a full stop, a coin is an abbreviated title (``5 Sen.``), no coin.
MINOR_CURRENCY_WORDS = {
    "cent": "USD", "penny": "USD", "pennies": "USD", "pence": "GBP", "centime": "", "sen": "", "grand": "",
    "centavo": "",
}

#: Cents of a named currency (``18 HK cents`` = 0.18 HKD, ``40 euro cents``) and the hundredth coins of one
#: currency (``11 paise`` = 0.11 INR, ``40 kopecks`` = 0.40 RUB): their currency, whatever money came before
#: them.  Matched case-insensitively, a plural ``s`` may follow.  Coins shared by currencies that differ in
#: their share of the main unit (``fils``, ``centimes``, ``öre``, ``sen``) are left out.
NAMED_CENTS = {
    "US cent": "USD", "U.S. cent": "USD", "HK cent": "HKD", "Hong Kong cent": "HKD", "euro cent": "EUR",
    "Singapore cent": "SGD", "Australian cent": "AUD", "Canadian cent": "CAD",
    "NZ cent": "NZD", "New Zealand cent": "NZD", "South African cent": "ZAR", "SA cent": "ZAR", "Namibian cent": "NAD",
    "Fijian cent": "FJD", "Jamaican cent": "JMD",
    "paisa": "INR", "paise": "INR", "Pakistani paisa": "PKR", "Pakistani paise": "PKR",
    "kopeck": "RUB", "kopek": "RUB", "agorot": "ILS", "grosz": "PLN",
    "groszy": "PLN", "kobo": "NGN", "halala": "SAR", "halalas": "SAR", "kurus": "TRY", "kuruş": "TRY", "satang": "THB",
    "santim": "ETB", "piastre": "EGP", "Egyptian piastre": "EGP", "baisa": "OMR", "baiza": "OMR", "millime": "TND",
    "ngwee": "ZMW", "thebe": "BWP", "tambala": "MWK",
}

#: Coins of :data:`NAMED_CENTS` and words of :data:`MINOR_CURRENCY_WORDS` worth other than a hundredth of the
#: main unit, to their share of it (``500 baisa`` = 0.5 OMR, ``250 millimes`` = 0.25 TND); slang worth a multiple of
#: it (``ten grand`` = 10,000) is money only in lower case and before no noun (not ``two grand pianos``).
COIN_SHARES = {"baisa": 0.001, "baiza": 0.001, "millime": 0.001, "grand": 1000}

#: Currencies with no cents: whose hundredth is not in use (``¥590``) or is a penny (the pound's ``pence``): like
#: those of :data:`NAMED_CENTS`, money in them lends no currency to plain ``cents`` near it (``¥590 … between 62 and
#: 64 cents`` keeps the cents' own, and so does ``£5.20 … 26 cents a share``).
CENTLESS_CURRENCIES = ["JPY", "KRW", "VND", "IDR", "ISK", "CLP", "PYG", "UGX", "GBP",
                       # hundredths or thousandths named piastres, fils or dirhams: the pounds and dinars of the Levant and the Gulf
                       "LBP", "SYP", "IQD", "AED", "KWD", "BHD", "JOD", "QAR", "YER", "LYD"]

#: Currencies other than a dollar whose hundredth is a cent: in an article naming one of them and no dollar, plain
#: ``cents`` are its own (``45 cents a litre`` beside ``R21.43``: ZAR; beside ``€410 million``: EUR).
CENT_CURRENCIES = ["EUR", "ZAR", "KES", "LKR", "MUR", "SCR"]

#: Small coins written against the number (``412p``, ``10p``), case-sensitive.
GLUED_COINS = {"p": "GBP", "c": "USD", "¢": "USD"}

#: Units and currencies that ``a``/``an`` counts as one (``a penny``, ``a dollar``, ``a mile``, ``an ml``);
#: not units of time (``a year ago`` is no figure) nor words with other senses (``a foot``, ``a yen for``).
ONE_UNIT_WORDS = [
    "dollar", "euro", "pound", "penny", "cent", "rupee", "ruble", "rouble", "buck", "franc", "mile", "kilometre",
    "kilometer", "km", "litre", "liter", "ml", "millilitre", "milliliter", "gallon", "kilo", "kilogram", "kg",
    "gram", "lb", "ounce", "hectare", "acre", "tonne", "metric ton", "inch", "centimetre", "centimeter", "millimetre",
    "millimeter",
]

#: Words before a number in words that make it a pronoun when no noun follows (``the two met``,
#: ``the three of them``, a rank: ``behind the top two``), not a count; with a noun it counts (``the two sides``).
PRONOUN_DETERMINERS = ["the", "these", "those", "top", "bottom"]

#: Phrases with number words that state no amount (``put two and two together``, ``one by one``), starting with
#: the number or with the word before it (``net zero``).
NUMBER_IDIOMS = ["two and two", "one by one", "two by two", "one another", "one and only", "one-on-one",
                 "one on one", "fifty-fifty", "nine-to-five", "one or another", "one or the other",
                 "zero-", "zero tolerance", "net zero", "net-zero", "ground zero", "two-party", "near-zero",
                 # kinds of goal or contract written without the hyphen: ``zero emission vans``, ``zero hours contracts``
                 "zero emission", "zero emissions", "zero carbon", "zero waste", "zero hours",
                 # the road-safety policy, often printed in lower case: ``the mayor's vision zero plan``
                 "vision zero"]

#: Words that deny what follows them in a clause: ``a``/``an`` and a coin after one of them is an idiom for nothing
#: (``we will not pay a penny``, ``never earned a cent``), no amount.
NEGATIONS = ["not", "n't", "never", "without", "refuse", "refused", "refuses", "refusing"]

#: Nouns of a period or a match in a series after which, with a preposition of table ``sequence_leads`` before
#: them, a number labels one of the series, no amount: ``in year four``, ``on day 3``, ``from game two``.
SEQUENCE_NOUNS = ["year", "day", "week", "month", "game", "lap"]

#: Nouns of a school's grades or of a grade given: a number in digits after one labels a grade, no amount, and so does
#: the end of a range that opens so (``grades 4 through 8``, ``Class 9 to 12``, ``a grade 3 tumour``); not ``years``,
#: which a count may follow where a comma is missing (``In the past 12 years 40 schools closed``).
GRADE_NOUNS = ["grade", "grades", "class", "classes"]

#: Prepositions before a noun of table ``sequence_nouns`` that make the number after it a label (``in year four``;
#: not ``Each year 5,000 people``, ``Last week two men``).
SEQUENCE_LEADS = ["in", "on", "by", "from", "until", "till", "since", "of", "through", "into", "after", "before"]

#: Words that end a street name: a number before a name ending in one is an address (``221 Baker Street``).
STREET_WORDS = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Boulevard", "Blvd", "Drive", "Dr",
                "Way", "Place", "Pl", "Court", "Ct", "Terrace", "Square", "Highway", "Parkway", "Crescent", "Close", "Quay",
                "Marg", "Salai", "Mews", "Row", "Grove", "Gardens", "Walk", "Circle", "Alley", "Wharf", "Esplanade", "Promenade",
                # a shopping centre's name, addressed so: ``at 11 Narrows Shopping Center``
                "Center", "Centre", "Plaza"]

#: Words that open a street name after a house number, as Spanish, Portuguese, French, Italian and Malay print
#: it: ``45 Calle Mercado``, ``12 Rua Augusta``, ``8 Jalan Ampang``.
STREET_LEADS = ["Calle", "Avenida", "Av", "Rua", "Rue", "Via", "Viale", "Jalan", "Jl"]

#: The lines of a video's picture that a glued ``p`` follows, a resolution and no pence: ``a 1080p video``.
VIDEO_RESOLUTIONS = ["480", "576", "720", "1080", "1440", "2160", "4320"]

#: Singular nouns of a bus, train or ferry route that a number after ``the`` names (``the 38 bus``, ``the late 61 service``).
ROUTE_NOUNS = ["bus", "tram", "train", "ferry", "service", "route"]

#: Words that may follow such a route's noun: a preposition, conjunction or verb of its own, not another noun the number
#: counts (``the 38 bus to Victoria``; not ``the 15 bus drivers``).
ROUTE_FOLLOWERS = ["to", "from", "and", "or", "between", "at", "in", "on", "into", "through", "via", "which", "that",
                   "is", "was", "will", "would", "runs", "ran", "serves", "served", "leaves", "left", "every",
                   # a clause or phrase going on after the route: ``the 54 service so it only runs …``
                   "so", "but", "for", "with", "has", "had", "can", "could", "may", "should", "until", "when", "as",
                   "after", "before"]

#: Words in a figure's sentence before it that make ``pounds`` a weight, not sterling
#: (``the baby weighed over two pounds``, ``lost 25 pounds``), among them the other units of weight a conversion
#: names first (``a kilogram is 2.2 pounds``).
WEIGHT_CUES = [
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "heaviest", "lose", "loses",
    "lost", "losing", "gain", "gained", "gains", "shed", "drop", "dropped", "baby", "newborn", "born", "lift",
    "lifted", "lifting",
    "equal", "equals",
    "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kg", "kgs", "gram", "grams", "ounce",
    "ounces", "oz", "tonne", "tonnes",
]

#: Goods weighed in pounds where they are mined, grown or caught: in a sentence before ``pounds``, even a scaled amount
#: is a weight (``cut its copper production forecast by 4.1 billion pounds``; ``sold its copper unit for 40 million
#: pounds`` is money: a word of a sale or price, table ``price_words``, in the sentence too).
WEIGHED_GOODS = ["copper", "nickel", "zinc", "uranium", "cotton", "coffee", "beef", "pork", "lobster", "salmon"]

#: Words of a body's or a thing's size in a sentence that make ``pounds`` after them a weight where no word of a price
#: is in the sentence (table ``price_words``): ``5 feet, 9 inches and 70 pounds``, ``6 feet tall and 210 pounds``;
#: not ``the 40-foot yacht sold for 90,000 pounds``.
MEASURE_CUES = ["feet", "foot", "ft", "inch", "inches", "tall", "height"]

#: Words of a price in a sentence that make ``a``/``an``, a unit of measure and ``of`` the unit the price is
#: for, not a count of one: ``A litre of diesel now costs €1.90``, ``the price of a kilo of rice``.
PRICE_WORDS = [
    "cost", "costs", "costing", "price", "prices", "priced", "sell", "sells", "sold", "selling", "fetches", "fetched",
    "fetch", "retail", "retails", "retailed", "retailing", "pay", "pays", "paid", "paying", "spend", "spends",
    "spent", "spending", "charge", "charges", "charged", "charging", "lose", "loses", "lost", "losing", "earn", "earns",
    "earned", "earning", "save", "saves", "saved", "saving",
]

#: Words of money other than a price's, in a figure's sentence before a plain ``pounds`` (``fined 500 pounds``, ``won
#: 40 pounds``): they keep it sterling in an article that marks no pound (see table ``price_words``).
STERLING_CUES = [
    "fine", "fined", "fines", "worth", "wage", "wages", "salary", "salaries", "fee", "fees", "bill", "bills", "rent",
    "budget", "grant", "grants", "bonus", "prize", "prizes", "win", "wins", "won", "winning", "owe", "owes", "owed",
    "debt", "donate", "donated", "donation", "raise", "raised", "award", "awarded", "compensation", "cheque", "check",
    "fare", "fares", "ticket", "tickets", "tax", "taxes", "levy", "toll", "tolls",
]

#: Words after ``pounds of`` that keep the pounds sterling (``50,000 pounds of funding``).
MONEY_NOUNS = [
    "funding", "investment", "money", "cash", "debt", "debts", "savings", "aid", "revenue", "profit", "profits",
    "damage", "taxpayers", "taxpayer", "public", "spending", "support", "tax", "fines", "compensation", "sales",
]

#: Written-out numbers below a hundred, to their values.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Words that multiply the number before them (``5.1 billion``, ``three hundred``, ``two dozen``);
#: a plural ``s`` may follow the long ones (``three billions``).
SCALE_WORDS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "bln": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "tln": 1e12,
    "tr": 1e12,
    "bil": 1e9,
    "tril": 1e12,
}

#: Scale letters written against a number (``3.4m``, ``10k``, ``1.2M``; case-sensitive), read as such
#: unless a unit reading is clear: ``m`` is metres before a word of :data:`METRE_CUES` (``a 10m wall``
#: is not, ``a 10m-high wall`` and ``the 100m final`` are) or after ``a``/``an`` before a singular noun.
SCALE_LETTERS = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "MM": 1e6}

#: Scale letters read only in money, after a decimal or before a plural noun (``$1.2b``, ``1.2b``, ``£2b``,
#: ``$2.174T``), since ``1500b`` and ``5T`` are mostly other things.
MONEY_SCALE_WORDS = {"b": 1e9, "B": 1e9, "T": 1e12}

#: Words after ``5m`` or ``a 5m`` that make the ``m`` metres: dimensions and distances.
METRE_CUES = [
    "long", "high", "tall", "deep", "wide", "away", "thick", "across", "underground", "beneath", "sprint", "race",
    "final", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "dash", "wall",
    "tower", "fence", "drop", "radius", "square", "cubic", "run", "swim", "hurdle", "length", "lengths",
]

#: Prepositions of place after ``200m`` that make the ``m`` metres where no number follows them (``about 200m from the
#: lagoon``, ``500m off the coast``, ``40m below the surface``; not ``rose to 200m from 180m``).
METRE_PLACES = ["from", "off", "offshore", "inland", "above", "below", "behind", "ahead", "upstream", "downstream"]

#: Words before ``6.71m`` that make the ``m`` metres: a verb of jumping or throwing (``jumped 6.71m``, ``cleared
#: 2.05m``), or a noun of one or of a distance before ``of`` (``a leap of 8.35m``, ``a distance of 40m``).
METRE_LEADS = [
    "jumped", "jumps", "leapt", "leaped", "leaps", "cleared", "clears", "threw", "throws", "thrown", "vaulted",
    "hurled", "jump", "leap", "throw", "vault", "distance", "height", "depth",
    # what stretches so far: ``the queue stretched 10m``
    "stretched", "stretches", "stretching",
    # a record of one: ``a season's best of 86.30m``, ``a personal best of 8.35m``, ``a mark of 84.95m``
    "best", "mark",
    # how near a thing is to another: ``branches within 500m of a post office``, ``came within 2m of the car``
    "within",
]

#: Fractions of a scale word (``half a million``, ``a quarter million``, ``three quarters of a billion``).
SCALE_FRACTIONS = {"half": 0.5, "quarter": 0.25}

#: Fraction characters printed after whole digits, perhaps after one space, and added to them (``1 ½ lbs``: 1.5,
#: ``7½ years``, ``2¼ million``).
VULGAR_FRACTIONS = {
    "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅛": 0.125,
    "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}

#: Vague amounts reported with value null (``hundreds of``, ``tens of billions``, ``several thousand``).
VAGUE_WORDS = ["tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"]

#: Qualifiers printed before a figure (``more than 250``), as printed (lower case).
QUALIFIERS_BEFORE = [
    "more than", "over", "nearly", "almost", "around", "about", "roughly", "up to", "at least", "some",
    "above", "below", "under", "a maximum of", "a minimum of", "at most", "fewer than", "less than",
    "approximately", "close to", "upwards of", "in excess of", "as many as", "as much as", "as few as",
    "as little as", "just over", "just under", "well over", "well above",
    "no more than", "no fewer than", "no less than", "not more than", "not less than", "not fewer than",
    "a little over", "circa", "approx.",
    "beyond", "exceeding", "greater than", "higher than", "lower than", "larger than", "smaller than",
    "as low as", "as high as", "as far as", "closer to", "near", "something like",
    "longer than", "shorter than", "older than", "younger than",
]

#: A word and the first word of a qualifier after it that it governs as its own preposition or particle: then the
#: qualifier is none (``they add up to Rs 3 lakh``, ``we are talking about 100 jobs``; a rise past, which reached the
#: level: ``damage went up to P783 million``, ``the toll climbed up to 30``).
GOVERNED_QUALIFIERS = [
    *(f"{verb} up" for verb in ("add", "adds", "added", "adding")),
    *(f"{verb} up" for verb in ("went", "gone", "rose", "risen", "climbed", "jumped", "shot", "soared", "moved")),
    *(
        f"{verb} about"
        for verb in (
            "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking", "think", "thinks",
            "thought", "thinking", "worry", "worries", "worried", "care", "cares", "cared", "know", "knew", "hear",
            "heard", "learn", "learned", "learnt", "ask", "asked", "asking", "complain", "complained", "joke", "joked",
        )
    ),
]

#: Qualifiers printed after a figure (``5,000 or more``).
QUALIFIERS_AFTER = ["or more", "or so", "or fewer", "or less", "or greater", "or higher", "or above"]

#: Qualifiers joined to a figure by a hyphen (``25-plus goals``: 25, ``plus``; not ``a 20-plus-year career``).
HYPHENED_QUALIFIERS = ["plus"]

#: Units of measure, as printed (singular forms included for ``24-hour``), to the unit reported: one
#: canonical spelling per unit (``km``, ``kilometres`` and ``kilometers`` are all ``km``).  Matched
#: case-sensitively, after the number or against it (``29km``, ``128GB``, ``500bhp``).
MEASURE_UNITS = {
    "km/h": "km/h", "km/hr": "km/h", "kph": "km/h", "kmph": "km/h", "kmh": "km/h", "mph": "mph",
    "knots": "knots", "knot": "knots", "m/s": "m/s",
    "ppg": "points per game", "rpg": "rebounds per game", "apg": "assists per game",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "miles per hour": "mph", "miles an hour": "mph",
    "km": "km", "kms": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "meters", "meter": "meters", "meters": "meters", "metre": "meters", "metres": "meters",
    "cm": "cm", "mm": "mm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
    "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm", "nm": "nm",
    "nanometers": "nm", "nanometres": "nm",
    "mi": "miles", "mile": "miles", "miles": "miles", "feet": "feet", "foot": "feet", "ft": "feet",
    "inch": "inches", "inches": "inches", "in": "inches", "yard": "yards", "yards": "yards", "yd": "yards",
    "nautical miles": "nautical miles", "nautical mile": "nautical miles", "light years": "light years",
    "light-years": "light years",
    "sq km": "sq km", "km2": "sq km", "km²": "sq km", "square kilometer": "sq km", "square kilometers": "sq km",
    "square kilometre": "sq km", "square kilometres": "sq km", "sq mi": "square miles", "square mile": "square miles",
    "square miles": "square miles", "square meters": "square meters", "square metres": "square meters",
    "square meter": "square meters", "square metre": "square meters", "square foot": "square feet",
    "sq m": "square meters", "m2": "square meters", "m²": "square meters", "square feet": "square feet",
    "sq ft": "square feet", "hectare": "hectares", "hectares": "hectares", "ha": "hectares", "acre": "acres",
    "rai": "rai", "feddan": "feddans", "feddans": "feddans", "dunam": "dunams", "dunams": "dunams",
    "bigha": "bighas", "bighas": "bighas", "dwt": "dwt", "deadweight tonnes": "dwt", "deadweight tons": "dwt",
    "acres": "acres",
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilogrammes": "kg", "g": "grams", "gram": "grams", "grams": "grams", "gramme": "grams", "grammes": "grams",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "lb": "pounds", "lbs": "pounds", "oz": "ounces",
    "ounce": "ounces", "ounces": "ounces", "stone": "stone", "st": "stone", "g/t": "g/t", "gpt": "g/t",
    "t": "tonnes", "tons": "tons", "tonnes": "tonnes", "ton": "tons", "tonne": "tonnes", "metric tons": "tonnes",
    "metric tonnes": "tonnes", "metric ton": "tonnes", "MT": "tonnes",
    "l": "liters", "L": "liters", "liter": "liters", "liters": "liters", "litre": "liters", "litres": "liters",
    "ltr": "liters", "ltrs": "liters",
    "cc": "cc", "ml": "ml", "mls": "ml", "mL": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "cl": "cl", "centilitres": "cl", "centiliters": "cl", "hectolitre": "hectoliters",
    "hectolitres": "hectoliters", "hectoliter": "hectoliters", "hectoliters": "hectoliters", "hl": "hectoliters",
    "gal": "gallons", "gallon": "gallons", "gallons": "gallons", "cup": "cups", "cups": "cups", "pint": "pints",
    "pints": "pints", "barrel": "barrels", "barrels": "barrels", "bpd": "barrels per day",
    "cubic meters": "cubic meters", "cubic metres": "cubic meters", "bcm": "bcm",
    "W": "W", "watt": "W", "watts": "W", "kW": "kW", "kilowatt": "kW", "kilowatts": "kW", "MW": "MW",
    "GW": "GW", "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
    "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "megawatt-hour": "MWh",
    "megawatt-hours": "MWh", "megawatt hours": "MWh", "gigawatt-hour": "GWh", "gigawatt-hours": "GWh",
    "gigawatt hours": "GWh", "terawatt-hour": "TWh", "terawatt-hours": "TWh", "terawatt hours": "TWh",
    "Wh": "Wh", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "mAh": "mAh", "V": "volts",
    "volt": "volts", "volts": "volts", "kV": "kV", "hp": "hp", "bhp": "hp", "horsepower": "hp", "Nm": "Nm",
    "lb-ft": "pound-feet", "pound-feet": "pound-feet", "pound-foot": "pound-feet",
    "kilotons": "kilotons", "megatons": "megatons",
    "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "KB": "KB", "kB": "KB", "MB": "MB", "GB": "GB",
    "TB": "TB", "PB": "PB", "Kbps": "Kbps", "kbps": "Kbps", "Mbps": "Mbps", "Gbps": "Gbps", "Mb/s": "Mbps",
    "Gb/s": "Gbps", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "megapixels": "megapixels",
    "kilobytes": "KB", "kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
    "Kb": "Kb", "Mb": "Mb", "Gb": "Gb", "Tb": "Tb", "Tbps": "Tbps", "kilobits": "Kb", "megabits": "Mb",
    "gigabits": "Gb", "terabits": "Tb", "kilobit": "Kb", "megabit": "Mb", "gigabit": "Gb", "terabit": "Tb",
    "MP": "megapixels", "rpm": "rpm", "eV": "eV", "keV": "keV", "MeV": "MeV", "GeV": "GeV", "TeV": "TeV",
    "dB": "dB", "decibels": "dB", "rad": "radians", "radians": "radians",
    "degree": "degrees", "degrees": "degrees", "deg": "degrees", "°": "degrees",
    "°C": "degrees Celsius", "°F": "degrees Fahrenheit", "C": "degrees Celsius", "F": "degrees Fahrenheit",
    "ºC": "degrees Celsius", "ºF": "degrees Fahrenheit",
    "degrees Celsius": "degrees Celsius", "degree Celsius": "degrees Celsius", "degrees celsius": "degrees Celsius",
    "degrees centigrade": "degrees Celsius", "deg C": "degrees Celsius", "deg celsius": "degrees Celsius",
    "degrees C": "degrees Celsius", "Celsius": "degrees Celsius", "celsius": "degrees Celsius",
    "celcius": "degrees Celsius", "centigrade": "degrees Celsius",
    "degrees Fahrenheit": "degrees Fahrenheit", "degree Fahrenheit": "degrees Fahrenheit",
    "degrees fahrenheit": "degrees Fahrenheit", "degrees F": "degrees Fahrenheit", "deg F": "degrees Fahrenheit",
    "Fahrenheit": "degrees Fahrenheit", "fahrenheit": "degrees Fahrenheit",
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds", "minute": "minutes",
    "minutes": "minutes", "min": "minutes", "mins": "minutes", "hour": "hours", "hours": "hours", "hr": "hours",
    "hrs": "hours", "h": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months", "year": "years", "years": "years", "yr": "years", "yrs": "years",
    "year-old": "years", "year-olds": "years",
    "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
    "times": "times", "x": "times", "X": "times", "×": "times", "fold": "times",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "basis points", "basis point": "basis points", "bps": "basis points",
    "TEU": "TEU", "TEUs": "TEU", "ppm": "ppm", "ppb": "ppb", "parts per million": "ppm",
    "parts per billion": "ppb",
    "µg/m³": "µg/m³", "µg/m3": "µg/m³", "μg/m³": "µg/m³", "μg/m3": "µg/m³", "ug/m3": "µg/m³",
    "micrograms per cubic metre": "µg/m³", "micrograms per cubic meter": "µg/m³", "mg/L": "mg/L", "mg/l": "mg/L",
    "mg/dL": "mg/dL", "mmol/L": "mmol/L", "mmol/l": "mmol/L", "g/km": "g/km", "t/ha": "t/ha", "kg/ha": "kg/ha", "parts per trillion": "ppt", "parts per thousand": "parts per thousand",
    "part per thousand": "parts per thousand", "part per million": "ppm", "part per billion": "ppb",
}

#: Units read only when written against the number (``100t``, ``3h``, ``5W``, ``50ha``): after a space they are
#: mostly other words.  Every unit is read only where a word ends (``5 g``, not ``5 goals``).
GLUED_ONLY_UNITS = ["m", "t", "h", "W", "V", "L", "ha", "hl", "x", "X", "×", "st", "in"]

#: Degree symbols read after a space only in a passage of table ``weather_cues`` (``hit 39.8 C in Bankstown``,
#: ``from 41 C to 43 C`` on a hot day; not ``3 C grades``); against the number they are read anywhere (``46C``).
WEATHER_UNITS = ["C", "F"]

#: Words of a passage on the weather, in which table ``weather_units`` is read after a space (case-insensitive).
WEATHER_CUES = [
    "temperature", "temperatures", "mercury", "degrees", "celsius", "fahrenheit", "heat", "heatwave", "hot",
    "hotter", "hottest", "warm", "warmer", "warmest", "cold", "colder", "coldest", "cool", "cooler", "freezing",
    "frost", "weather", "thermometer", "maximum", "minimum", "highs", "lows",
]

#: Unit symbols reported by their name as the ``unit`` (``45W`` measures ``watts``, ``50MP`` ``megapixels``): capital
#: letters that alone say nothing of what they measure, a scale of degrees (``41C`` and ``−50 °C`` measure ``degrees
#: Celsius``, as the annotation writes them: ``degrees``), ``bpd`` (``barrels per day``) and the abbreviations
#: ``oz`` and ``ha`` (``574,606oz``: ``ounces``, ``1.13ha``: ``hectares``), and the short forms of miles and of
#: spans of time (``2.5 mi``: ``miles``, ``10min``, ``3 mins``: ``minutes``, ``2hrs``: ``hours``).  Symbols most often
#: printed as such (``km``, ``GB``, ``kg``, ``mph``, a bare ``°``) stay as printed.
SYMBOL_NAMES = {
    "W": "watts", "V": "volts", "MP": "megapixels", "g": "grams", "°C": "degrees Celsius",
    "ºC": "degrees Celsius", "C": "degrees Celsius", "°F": "degrees Fahrenheit", "ºF": "degrees Fahrenheit",
    "F": "degrees Fahrenheit", "deg C": "degrees Celsius", "deg F": "degrees Fahrenheit",
    "bpd": "barrels per day", "st": "stone", "oz": "ounces", "ha": "hectares", "mi": "miles", "sec": "seconds",
    "secs": "seconds", "min": "minutes", "mins": "minutes", "h": "hours", "hr": "hours", "hrs": "hours",
    "yr": "years", "yrs": "years",
}

#: Singular nouns whose plural is not made with ``s``/``es``/``ies``, to the unit of a compound: its plural
#: (``a 40-foot container`` counts ``feet``), but a noun for people sizes a group and stays as printed, as the
#: annotation writes it (``a 40-person crew``: ``person``; ``a two-man team``: ``man``).
IRREGULAR_SINGULARS = {"foot": "feet", "tooth": "teeth", "goose": "geese", "mouse": "mice", "man": "man",
                       "woman": "woman", "child": "child", "person": "person"}

#: Plural nouns that do not end in ``s`` (counted nouns: ``900,000 people``), and the peoples whose plural ends in
#: ``-is``, which in other words marks a singular (``analysis``, ``Paris``): ``300,000 Israelis``.
IRREGULAR_PLURALS = [
    "people", "men", "women", "children", "personnel", "staff", "police", "aircraft", "crew", "cattle",
    "livestock", "sheep", "fish", "deer", "infantry", "militia", "youth", "offspring", "spacecraft",
    "hovercraft", "equipment", "data", "media", "alumni", "criteria", "phenomena", "feet", "teeth", "geese",
    "mice", "head", "dead", "injured", "wounded", "missing", "elderly", "homeless",
    "Israelis", "Pakistanis", "Iraqis", "Saudis", "Somalis", "Kuwaitis", "Qataris", "Yemenis", "Omanis",
    "Bahrainis", "Emiratis", "Nepalis", "Bangladeshis", "Azeris", "Kashmiris", "Punjabis", "Bengalis", "Marathis",
    "Gujaratis", "Sindhis", "Balochis",
]

#: Words for the rest of a group, not a noun of their own: a count before one (``one person died and 18 others
#: were hurt``) counts what the figure before it counts, else nothing.
ANAPHOR_NOUNS = ["others"]

#: Armed groups that ``an 800,000-strong`` sizes, to what their strength counts, as the annotation writes it
#: (``an 800,000-strong army`` counts ``troops``); another group is kept as printed (``a 300-strong crowd``).
STRONG_GROUPS = {
    "army": "troops", "force": "troops", "forces": "troops", "contingent": "troops", "garrison": "troops",
    "brigade": "troops", "battalion": "troops", "division": "troops", "corps": "troops", "militia": "fighters",
}

#: Nouns that name what a bare count after them and ``of`` counts (``a mother of three``: ``children``).
OF_COUNT_NOUNS = {
    "mother": "children", "father": "children", "parent": "children", "parents": "children", "mum": "children",
    "dad": "children", "mom": "children", "grandmother": "grandchildren", "grandfather": "grandchildren",
}

#: Words that join the last items of a list of counts, perhaps after a comma: a bare count before one and a count
#: with a unit takes its unit (``3 and 6 km``, ``2, 4, and 7 buses``); a comma alone joins the others
#: (``5, 10 or 15 tanks``).
LIST_JOINERS = ["and", "or"]

#: Words that join two adjectives before a counted noun (``30,000 social and affordable homes``): read past
#: when one adjective of no more than lower-case letters follows, then the plural noun.
ADJECTIVE_JOINERS = ["and", "or"]

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
    "respectively", "percent", "cent", "past",
    # verbs of the third person that a count's noun phrase may run into (``his 1,422 majority falls``)
    "falls", "rises", "remains", "stands", "seems", "means", "goes", "comes", "becomes", "makes", "takes", "gets",
    "gives", "keeps", "puts", "lies", "sits", "appears", "continues", "brings", "tells",
]

#: Units (canonical) that measure a change, never a level: after ``by``, a bare number before one of them is the
#: first end of a range (``raise its allocation by two to three percentage points``), as before a percentage.
CHANGE_UNITS = ["percentage points", "basis points"]

#: Verbs of change: ``lowered from 27 to 25`` states two figures, not a range.
CHANGE_VERBS = [
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
    "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases", "decreasing",
    "drop", "dropped", "drops", "dropping", "lower", "lowered", "lowers", "lowering", "raise", "raised",
    "raises", "raising", "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "grow", "grew",
    "grown", "grows", "growing", "climb", "climbed", "climbs", "climbing", "jump", "jumped", "jumps",
    "jumping", "decline", "declined", "declines", "declining", "slip", "slipped", "slips", "surge", "surged",
    "plunge", "plunged", "soar", "soared", "shrink", "shrank", "shrunk", "slash", "slashed", "hike", "hiked",
    "boost", "boosted", "boosts", "boosting", "lift", "lifted", "lifts", "lifting", "slashes", "slashing",
    "hikes", "hiking", "expand", "expanded", "expands", "expanding", "trim", "trimmed", "trims", "trimming",
    "widen", "widened", "narrow", "narrowed", "push", "pushed", "pushes", "pushing", "add", "added", "adds", "adding",
    "shed", "sheds", "shedding",
    "up", "down", "change", "changed", "moved", "went", "revised", "adjusted",
    "go", "goes", "gone", "going", "gain", "gained", "gains", "gaining", "lose", "loses", "lost", "losing",
    "slide", "slides", "slid", "sliding", "edge", "edged", "edges", "edging", "ease", "eased", "eases", "easing",
    "advance", "advanced", "advances", "tumble", "tumbled", "tumbles", "sink", "sank", "sunk", "dip", "dipped",
    "dips", "rally", "rallied", "rallies", "double", "doubled", "doubles", "triple", "tripled", "swell",
    "swelled", "balloon", "ballooned", "spike", "spiked", "shift", "shifted", "switch", "switched", "switches",
    "switching", "bump", "bumped", "bumps", "bumping",
    "depreciate", "depreciated", "depreciates", "depreciating", "depreciation", "appreciate", "appreciated",
    "appreciates", "appreciating", "appreciation", "devalue", "devalued", "devaluation", "weaken", "weakened",
    "strengthen", "strengthened", "fade", "faded", "fades", "fading",
    # the other forms of the verbs above: "doubling from 3.4 percent to 6.8 percent" is a change too
    "doubling", "triples", "tripling", "quadruple", "quadrupled", "quadrupling", "halve", "halved", "halves", "halving",
    "slipping", "surges", "surging", "plunges", "plunging", "soars", "soaring", "shrinks", "shrinking",
    "widens", "widening", "narrows", "narrowing", "move", "moves", "moving", "changes", "changing", "revise",
    "revises", "revising", "adjust", "adjusts", "adjusting", "advancing", "tumbling", "sinks", "sinking", "dipping",
    "rallying", "swells", "swelling", "balloons", "ballooning", "spikes", "spiking", "shifts", "shifting",
    "weakens", "weakening", "strengthens", "strengthening", "devalues", "devaluing",
    # verbs of getting better or worse, faster or slower: "has improved from 76.8 per cent to 85.7 per cent"
    "improve", "improved", "improves", "improving", "worsen", "worsened", "worsens", "worsening", "deteriorate",
    "deteriorated", "deteriorates", "deteriorating", "slowed", "slowing", "accelerate", "accelerated",
    "accelerates", "accelerating", "rebound", "rebounded", "rebounds", "recover", "recovered", "recovers",
    "tighten", "tightened", "loosen", "loosened",
    # verbs of making longer or shorter, and of grading up or down: "the term was lengthened from four to five
    # years", "Moody's upgraded its forecast from 1.5% to 2%"; not "extend", which the gold reads both ways
    # ("extending the requirement from three to ten years" one range, "extended from 60 years to 63 years" two)
    "lengthen", "lengthened", "lengthens", "lengthening", "shorten", "shortened", "shortens",
    "shortening", "prolong", "prolonged", "upped", "upgrade", "upgraded", "upgrades", "upgrading", "downgrade",
    "downgraded", "downgrades", "downgrading",
]

#: Verbs that span a range: right before ``from`` they make ``from … to …`` one range though a verb of change is
#: in the clause (``the increases range from S$40 to S$120``, ``fares vary from 3 to 9 euros``), and so do the
#: verbs of a price (``Tickets go on sale on Tuesday, priced from €35 to €140``) and ``anywhere`` (``could rise
#: anywhere from four to five percent``).
RANGE_VERBS = ["range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "priced", "costing", "anywhere"]

#: Verbs of change that say the amount went down: ``fell from 3 to 5`` moves no way it says, so the two numbers are
#: the range it moved from (``down from an average of 23 to 24 million``).
FALLING_VERBS = [
    "down", "fall", "falls", "fell", "fallen", "falling", "decrease", "decreased", "decreases", "decreasing",
    "drop", "dropped", "drops", "dropping", "lower", "lowered", "lowers", "lowering", "cut", "cuts", "cutting",
    "reduce", "reduced", "reduces", "reducing", "decline", "declined", "declines", "declining", "slip", "slipped",
    "slips", "slipping", "plunge", "plunged", "plunges", "plunging", "shrink", "shrank", "shrunk", "shrinks",
    "shrinking", "slash", "slashed", "slashes", "slashing", "trim", "trimmed", "trims", "trimming", "shed", "sheds",
    "shedding", "slide", "slides", "slid", "sliding", "ease", "eased", "eases", "easing", "tumble", "tumbled",
    "tumbles", "tumbling", "sink", "sank", "sunk", "sinks", "sinking", "dip", "dipped", "dips", "dipping", "halve",
    "halved", "halves", "halving",
]

#: Verbs that carry what they take from one level to another: with their object after them, opened by a determiner or
#: a pronoun, they make ``from … to …`` two figures (``would take the hourly rate from £11.44 to £12.47``, ``brings
#: its fleet from 40 to 52``); not with no object (``can take from three to five days``).
MOVING_VERBS = ["take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing"]

#: Words that open the object of a verb of table ``moving_verbs``: a determiner, a possessive or a pronoun.
OBJECT_OPENERS = ["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
                  "those", "it", "them"]

#: Capitalised words that may stand right before a number without making it part of a name.
NUMBER_LEADERS = ["Some", "Over", "About", "Around", "Nearly", "Almost", "Roughly", "Only", "Just", "All",
                  "Another", "Up", "Approximately", "Those", "These", "The", "At", "Under", "Below", "Above",
                  "More", "Fewer", "Less", "By", "With", "And", "Of", "To", "For", "From", "In", "On"]

#: Words after which a number is part of a name, even at the start of a sentence or in lower case
#: (``No 10``, ``Article 5``, ``phase 2``, ``category 5``).
NAME_MARKERS = [
    "No", "No.", "Nos", "Nos.", "Number", "Article", "Articles", "Section", "Chapter", "Paragraph", "Clause",
    "Annex", "Protocol", "Resolution", "Decree", "Page", "Pages", "Flight", "Room", "Gate", "Terminal",
    "Platform", "Route", "Highway", "Interstate", "Freeway", "Motorway", "Channel", "Episode", "Season", "Volume", "Phase", "Stage", "Round",
    "Category", "Level", "Grade", "Tier", "Unit", "Block", "Reactor", "Step", "Advertisement", "Berth", "Milepost",
    "Version", "Prop", "Prop.", "Proposition", "Propositions", "Props", "Model", "Type", "Scope", "Serotype",
    "Sections", "Chapters", "Clauses", "Rooms", "Flights", "Gates", "Terminals", "Platforms", "Routes", "Episodes",
    "Phases", "Stages", "Categories", "Reactors", "Berths",
    # a place in a vehicle, a quay or a building: ``sitting in row 14``, ``seat 14C``, ``Pier 39``, ``ward 7``
    "Row", "Rows", "Seat", "Seats", "Pier", "Piers", "Aisle", "Aisles", "Ward", "Wards", "Suite", "Suites",
    "Apartment", "Apartments",
    # a pay band and a listing's or a postal code: ``a band 6 nurse``, ``under the stock code 3389``, ``postcode 2480``
    "Band", "Bands", "Code", "Codes", "Postcode", "Postcodes", "Zipcode", "Pincode",
    # a fare or time zone: ``Zone 1 and 2 fares``
    "Zone", "Zones",
    # a fuel's grade: ``Octane 92 petrol``
    "Octane",
    # stock indices named by their number of companies: the S&P 500, Standard & Poor's 500, the FTSE 100
    "S&P", "Poor's", "Poor’s", "FTSE", "Nikkei", "Stoxx", "CAC", "DAX", "ASX", "IBEX", "KOSPI", "Nifty", "TSX",
]

#: Words after which a number is part of a name only when they are capitalized, even at the start of a sentence: a
#: school year (``Year 3 students``, ``Years 7 to 9``); in lower case they count (``Last year 300 people died``).
CAPITAL_MARKERS = ["Year", "Years"]

#: Month names and abbreviations; a number beside one is a date.
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]

#: Words after a number that make it a time of day (``5 pm``).
TIME_WORDS = [
    "am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M.", "o'clock", "o’clock", "GMT", "UTC", "CET", "EST", "MSK",
    "hrs", "noon", "midnight",
]

#: Marks of an era after a number, which make it a year (``500 BC``, ``753 B.C.E.``, ``AD 79`` reads as a name).
ERA_MARKS = ["BC", "B.C.", "BCE", "B.C.E.", "CE", "C.E.", "AD", "A.D."]

#: Parts of the day after an hour (``four in the morning``): with a word of table ``time_leads`` before it, a
#: whole number up to 12 is a time of day, no figure.
DAY_PARTS = [
    "in the morning", "in the afternoon", "in the evening", "at night", "in the night", "tonight",
    *(f"{lead} {part}" for lead in ("every", "each", "this") for part in ("morning", "afternoon", "evening", "night")),
]

#: Words before an hour that make it a time of day where a part of the day follows it (``from six in the evening
#: until four in the morning``; not ``arrested five in the morning raid``).
TIME_LEADS = ["at", "from", "until", "till", "to", "by", "before", "after", "around", "about", "since", "past"]

#: Parts of the day right before ``at`` or ``by`` and an hour in words with no noun after it: ``every morning at
#: five before work`` is a time of day (not ``the toll stood at five``).
HOUR_DAY_WORDS = ["morning", "evening", "night", "afternoon"]

#: Days of the week: one or two digits alone in brackets after one, or after one and a part of the day of table
#: ``hour_day_words``, are the day of the month, as Brazilian agencies print it (``on Monday (13)``, ``Tuesday
#: morning (14)``).
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

#: Capitalised nouns before ``of`` that make the number after it part of a name: ``the Group of 20``.
OF_NAME_HEADS = ["Group", "Gang"]

#: Words between the comma after names and a whole number set off by commas that give the number to each as an
#: age: ``Lee and Roe, both 20, were jailed``.
AGE_SHARERS = ["both"]

#: Emergency and public service telephone numbers, no figures before a word of table ``emergency_nouns``: ``911
#: calls``; ``101`` and ``311`` are the police's and a city's lines for what is no emergency.
EMERGENCY_NUMBERS = ["911", "999", "112", "111", "000", "101", "311"]

#: Words after an emergency number that make it the number to call: ``the 911 dispatcher``, ``999 calls``.
EMERGENCY_NOUNS = ["call", "calls", "caller", "callers", "dispatch", "dispatcher", "dispatchers", "operator",
                   "operators", "centre", "center", "line", "system", "service", "services", "emergency", "hotline",
                   "director"]

#: Nouns of a line to call right before a number, perhaps and a comma, that make it the number to dial where a word of
#: table ``dial_cues`` is among the few words before it: ``call the toll-free line 719``, ``its hotline, 122``.
DIAL_NOUNS = ["line", "lines", "number", "hotline", "hotlines", "helpline", "helplines", "shortcode", "code"]

#: Words of calling among the few before a noun of table ``dial_nouns`` and a number: ``toll-free``, ``call``.
DIAL_CUES = ["toll-free", "tollfree", "call", "calling", "dial", "dialling", "dialing", "phone", "telephone", "text",
             "sms", "hotline", "hotlines", "helpline", "helplines", "shortcode", "free"]

#: Suffixes a name may end in before the comma of an age: ``Al Roe Jr., 23, of Austin``.
NAME_SUFFIXES = ["Jr.", "Sr.", "Jr", "Sr"]

#: Words before a number that make it an age: the figure is counted in years (``the draft age from 27 to 25``).
AGE_WORDS = ["age", "aged", "ages"]

#: People before ``over``, ``under``, ``above`` or ``below`` and a bare whole number that make it their age
#: (``pensioners over 65``, ``anyone under 21``, ``children under 15 travel free``).
AGE_GROUPS = [
    "anyone", "anybody", "everyone", "someone", "those", "people", "persons", "children", "kids", "adults",
    "pensioners", "retirees", "patients", "residents", "women", "men", "voters", "users", "players", "drivers",
    "students", "teenagers", "youngsters", "seniors", "citizens", "workers", "employees", "applicants", "girls",
    "boys", "athletes", "smokers", "motorists", "passengers", "visitors", "migrants", "mothers", "fathers",
    "tenants", "renters", "homeowners", "borrowers", "individuals", "pupils", "teachers", "nurses", "customers",
]

#: Words right before a bare whole number with no noun after it that make it an age (``the treasurer, who is 37``,
#: ``she was 9 when``, ``whether he's 48``, ``children younger than 11``).
AGE_CLAUSES = ["who is", "who was", "who's", "who’s", "who turns", "who turned", "he is", "she is", "he was", "she was",
               "he's", "he’s", "she's", "she’s", "older than", "younger than"]

#: Events of a life a few words before ``at`` and a whole number that ends a clause, which make the number an age
#: (``gave him his debut at 16,``, ``moved to Canada at 12.``; not ``closed at 46, up``, nor ``the school opens at 9.``).
LIFE_EVENTS = [
    "debut", "debuted", "moved", "emigrated", "immigrated", "retired", "retire", "retiring", "married", "marry",
    "died", "orphaned", "widowed", "diagnosed", "enlisted", "graduated", "adopted",
]

#: Words right before a bare count that make it an age, counted in years (``turns 58``, ``turned 40``).
AGE_VERBS = ["turn", "turns", "turned", "turning"]

NAMED_SCALES = {"magnitude": 10}

#: Prepositions between the name of a scale, singular or plural, and the number it measures: ``a magnitude of 5.9``,
#: ``aftershocks with magnitudes between 4.6 and 6.3``, ``ranging in magnitude from 3.1 to 4.6``.
NAMED_SCALE_LEADS = ["of", "from", "between", "up to", "of up to"]

#: Units that ``half a``/``half an`` measures half of (``half an hour`` = 0.5 hours, ``half a mile``).
HALF_UNIT_WORDS = [
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "mile", "kilometre",
    "kilometer", "metre", "meter", "litre", "liter", "gallon", "kilo", "kilogram", "tonne", "ton", "point",
    "percentage point", "inch",
]

#: Canonical units of time: ``over`` before a duration may mean *during* (see below).
DURATION_UNITS = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"]

#: Words before ``half`` that make it a part, not a number: ``in the second half a minute late``.
#: Words before ``between`` that compare two amounts, each a figure of its own, rather than bound one: ``the difference
#: between 6.1% and 6.9%``, ``a gap between 3% and 5% growth``, ``choose between $20 and $30``.
COMPARED_BETWEEN = [
    "difference", "differences", "gap", "gaps", "spread", "contrast", "distinction", "choice", "choose", "chose",
    "choosing", "decide", "deciding", "comparison", "compare", "comparing",
]
HALF_BLOCKERS = ["the", "first", "second", "third", "final", "last", "other", "latter", "former", "one", "a"]

#: Words before ``over`` that keep it a qualifier before a duration (``for over three years``, ``lasted
#: over a decade``); elsewhere ``over`` before a duration means *during* (``rose 8% over three years``).
#: Prepositions that make a duration after them a span of time (``fell in two decades to about 60``): the count after
#: it and ``to`` is the level reached, and takes no unit from the span.
SPAN_LEADS = ["in", "over", "within", "across"]

TIME_ADVERBIAL_LEADS = ["in", "for", "during", "over", "within", "across", "throughout"]

TIME_ADVERBIAL_WORDS = [
    "the", "last", "past", "next", "first", "previous", "coming", "those", "these", "much", "most", "all", "of",
]

WAIT_WORDS = ["wait", "waits", "waited", "waiting"]

WAIT_GAP_WORDS = [
    "more", "less", "longer", "than", "at", "least", "over", "under", "for", "up", "to", "of", "nearly", "almost",
    "about", "around", "beyond",
]

OVER_DURATION_KEEPERS = [
    "for", "to", "of", "than", "be", "is", "was", "were", "are", "been", "lasted", "lasts", "last", "took", "take",
    "takes", "taken", "spent", "spend", "after", "just", "well", "served", "serve", "serving", "aged", "age", "in",
]

#: Words right after a duration that keep ``over`` before it a qualifier: the span is counted back or on from a
#: moment, so ``over`` is *more than* (``over 30 years ago``, ``over two years later``).
OVER_DURATION_ENDS = ["ago", "later", "earlier"]

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

#: Plural nouns after a number printed like a year that keep it a year, whatever stands before it: the level or
#: price of that year (``cut emissions by 50% on 1990 levels``, ``pay below 2008 levels``, ``at 2015 prices``), and
#: the data published for it (``will release updated 2016 numbers``, ``revised 2019 figures``).
YEAR_NOUNS = ["levels", "prices", "rates", "numbers", "figures", "statistics", "estimates", "results"]

#: Words after a number and a hyphen that make an idiom or the name of a thing, not a figure (``two-way``,
#: ``three-time``, ``a two-wheeler``, ``a three-pointer``, the rating or rank ``a five-star hotel``).
COMPOUND_IDIOMS = [
    "way", "fold", "sided", "odd", "plus", "something", "off", "time", "timer", "state", "tier",
    "wheeler", "wheelers", "seater", "seaters", "pointer", "pointers", "liner", "liners", "decker", "deckers",
    "parter", "parters", "star",
    # a fuel's grade: ``92-octane petrol``
    "octane",
    # a football score: ``going two-nil down``, ``won 3-nil``
    "nil",
]

#: Everything above under its vocabulary name.
VOCABULARY = {
    "currency_symbols": CURRENCY_SYMBOLS,
    "currency_codes": CURRENCY_CODES,
    "acronym_codes": ACRONYM_CODES,
    "context_prefixes": CONTEXT_PREFIXES,
    "currency_context": CURRENCY_CONTEXT,
    "dollar_currencies": DOLLAR_CURRENCIES,
    "conversion_leads": CONVERSION_LEADS,
    "wire_agencies": WIRE_AGENCIES,
    "dollar_nationalities": DOLLAR_NATIONALITIES,
    "us_dollar_marks": US_DOLLAR_MARKS,
    "dollar_priced_units": DOLLAR_PRICED_UNITS,
    "currency_places": CURRENCY_PLACES,
    "nationality_places": NATIONALITY_PLACES,
    "dateline_places": DATELINE_PLACES,
    "shared_prefixes": SHARED_PREFIXES,
    "context_currency_names": CONTEXT_CURRENCY_NAMES,
    "currency_words": CURRENCY_WORDS,
    "number_words": NUMBER_WORDS,
    "scale_words": SCALE_WORDS,
    "scale_letters": SCALE_LETTERS,
    "money_scale_words": MONEY_SCALE_WORDS,
    "metre_cues": METRE_CUES,
    "metre_leads": METRE_LEADS,
    "metre_places": METRE_PLACES,
    "scale_fractions": SCALE_FRACTIONS,
    "vulgar_fractions": VULGAR_FRACTIONS,
    "currency_prefixes": CURRENCY_PREFIXES,
    "lower_case_codes": LOWER_CASE_CODES,
    "minor_currency_words": MINOR_CURRENCY_WORDS,
    "named_cents": NAMED_CENTS,
    "coin_shares": COIN_SHARES,
    "centless_currencies": CENTLESS_CURRENCIES,
    "cent_currencies": CENT_CURRENCIES,
    "age_verbs": AGE_VERBS,
    "named_scales": NAMED_SCALES,
    "named_scale_leads": NAMED_SCALE_LEADS,
    "age_groups": AGE_GROUPS,
    "age_clauses": AGE_CLAUSES,
    "life_events": LIFE_EVENTS,
    "half_unit_words": HALF_UNIT_WORDS,
    "half_blockers": HALF_BLOCKERS,
    "compared_between": COMPARED_BETWEEN,
    "over_duration_keepers": OVER_DURATION_KEEPERS,
    "over_duration_ends": OVER_DURATION_ENDS,
    "span_leads": SPAN_LEADS,
    "time_adverbial_leads": TIME_ADVERBIAL_LEADS,
    "time_adverbial_words": TIME_ADVERBIAL_WORDS,
    "wait_words": WAIT_WORDS,
    "wait_gap_words": WAIT_GAP_WORDS,
    "duration_units": DURATION_UNITS,
    "glued_coins": GLUED_COINS,
    "weight_cues": WEIGHT_CUES,
    "weighed_goods": WEIGHED_GOODS,
    "measure_cues": MEASURE_CUES,
    "number_idioms": NUMBER_IDIOMS,
    "negations": NEGATIONS,
    "price_words": PRICE_WORDS,
    "sequence_nouns": SEQUENCE_NOUNS,
    "grade_nouns": GRADE_NOUNS,
    "sequence_leads": SEQUENCE_LEADS,
    "pronoun_determiners": PRONOUN_DETERMINERS,
    "street_words": STREET_WORDS,
    "street_leads": STREET_LEADS,
    "video_resolutions": VIDEO_RESOLUTIONS,
    "route_nouns": ROUTE_NOUNS,
    "route_followers": ROUTE_FOLLOWERS,
    "one_unit_words": ONE_UNIT_WORDS,
    "money_nouns": MONEY_NOUNS,
    "sterling_cues": STERLING_CUES,
    "glued_only_units": GLUED_ONLY_UNITS,
    "weather_units": WEATHER_UNITS,
    "weather_cues": WEATHER_CUES,
    "symbol_names": SYMBOL_NAMES,
    "vague_amount_words": VAGUE_WORDS,
    "approx_before": QUALIFIERS_BEFORE,
    "approx_after": QUALIFIERS_AFTER,
    "hyphened_qualifiers": HYPHENED_QUALIFIERS,
    "governed_qualifiers": GOVERNED_QUALIFIERS,
    "measure_units": MEASURE_UNITS,
    "irregular_plurals": IRREGULAR_PLURALS,
    "anaphor_nouns": ANAPHOR_NOUNS,
    "strong_groups": STRONG_GROUPS,
    "of_count_nouns": OF_COUNT_NOUNS,
    "list_joiners": LIST_JOINERS,
    "irregular_singulars": IRREGULAR_SINGULARS,
    "unit_stop_words": UNIT_STOP_WORDS,
    "adjective_joiners": ADJECTIVE_JOINERS,
    "change_verbs": CHANGE_VERBS,
    "range_verbs": RANGE_VERBS,
    "falling_verbs": FALLING_VERBS,
    "moving_verbs": MOVING_VERBS,
    "object_openers": OBJECT_OPENERS,
    "change_units": CHANGE_UNITS,
    "number_leaders": NUMBER_LEADERS,
    "name_markers": NAME_MARKERS,
    "capital_markers": CAPITAL_MARKERS,
    "months": MONTHS,
    "time_words": TIME_WORDS,
    "era_marks": ERA_MARKS,
    "day_parts": DAY_PARTS,
    "time_leads": TIME_LEADS,
    "hour_day_words": HOUR_DAY_WORDS,
    "age_sharers": AGE_SHARERS,
    "emergency_numbers": EMERGENCY_NUMBERS,
    "emergency_nouns": EMERGENCY_NOUNS,
    "dial_nouns": DIAL_NOUNS,
    "dial_cues": DIAL_CUES,
    "name_suffixes": NAME_SUFFIXES,
    "weekday_names": WEEKDAY_NAMES,
    "of_name_heads": OF_NAME_HEADS,
    "age_words": AGE_WORDS,
    "fraction_words": FRACTION_WORDS,
    "ratio_words": RATIO_WORDS,
    "year_leaders": YEAR_LEADERS,
    "year_nouns": YEAR_NOUNS,
    "compound_idioms": COMPOUND_IDIOMS,
}
