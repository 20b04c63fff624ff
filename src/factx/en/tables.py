"""English language data for the recognizers in `factx.en`: tables only.

Words are lower case unless the table says otherwise; the engine matches them case-insensitively where
the case carries no meaning (money words, units) and case-sensitively where it does (month names, names
before model numbers). A new currency, unit or count noun is a new row here, not new engine code.
"""

from __future__ import annotations

import math

# --- numbers ----------------------------------------------------------------------------------------
# Fraction characters, alone or after a whole number: "1½ hours", "¾ of a mile".
VULGAR_FRACTIONS: dict[str, str] = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅓": "1/3", "⅔": "2/3", "⅛": "0.125"}
UNIT_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
TEEN_WORDS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
# Multipliers written as words after a number (two million, 1.2 billion, Rs 50 crore).
SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5, "lakh crore": 10**12,
    "thousand crore": 10**10,
}  # fmt: skip
# Abbreviated multipliers glued to digits ($42.8m, £5bn, $1.2tn, £500k). "b" only after a currency sign.
SCALE_ABBREV: dict[str, int] = {
    "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12, "k": 1_000,
}  # fmt: skip

# --- money ------------------------------------------------------------------------------------------
# Signs written before the amount. Case matters: "Rs" is the rupee, "rs" is nothing.
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₽": "RUB", "RMB": "CNY",
}  # fmt: skip
# ISO codes, written before (USD 5m) or after (5m USD) the amount.
CURRENCY_CODES: tuple[str, ...] = (
    "USD", "GBP", "EUR", "JPY", "CNY", "HKD", "TWD", "INR", "AUD", "CAD", "CHF", "NZD", "SGD", "KRW",
    "RUB", "BRL", "ZAR", "SEK", "NOK", "DKK", "MXN", "AED", "SAR",
)  # fmt: skip
# Currency words after the amount → (code, factor to the main unit). Longer names win (Hong Kong dollars).
CURRENCY_WORDS: dict[str, tuple[str, str]] = {
    "dollars": ("USD", "1"), "dollar": ("USD", "1"), "us dollars": ("USD", "1"), "u.s. dollars": ("USD", "1"),
    "hong kong dollars": ("HKD", "1"), "australian dollars": ("AUD", "1"), "canadian dollars": ("CAD", "1"),
    "new zealand dollars": ("NZD", "1"), "singapore dollars": ("SGD", "1"), "taiwan dollars": ("TWD", "1"),
    "pounds": ("GBP", "1"), "pound": ("GBP", "1"), "pounds sterling": ("GBP", "1"), "sterling": ("GBP", "1"),
    "euros": ("EUR", "1"), "euro": ("EUR", "1"), "yen": ("JPY", "1"), "yuan": ("CNY", "1"),
    "renminbi": ("CNY", "1"), "rupees": ("INR", "1"), "rupee": ("INR", "1"), "francs": ("CHF", "1"),
    "swiss francs": ("CHF", "1"), "roubles": ("RUB", "1"), "rubles": ("RUB", "1"), "rand": ("ZAR", "1"),
    "ringgit": ("MYR", "1"), "baht": ("THB", "1"), "pesos": ("MXN", "1"), "dirhams": ("AED", "1"),
    "riyals": ("SAR", "1"), "lira": ("TRY", "1"), "zloty": ("PLN", "1"), "shekels": ("ILS", "1"),
    "naira": ("NGN", "1"), "kronor": ("SEK", "1"), "kroner": ("NOK", "1"), "reais": ("BRL", "1"),
    "pence": ("GBP", "0.01"), "penny": ("GBP", "0.01"), "cents": ("USD", "0.01"), "cent": ("USD", "0.01"),
    "soles": ("PEN", "1"), "rupiah": ("IDR", "1"), "hryvnias": ("UAH", "1"), "hryvnia": ("UAH", "1"),
    "forints": ("HUF", "1"), "philippine pesos": ("PHP", "1"), "chilean pesos": ("CLP", "1"),
    "colombian pesos": ("COP", "1"), "argentine pesos": ("ARS", "1"), "mexican pesos": ("MXN", "1"),
}  # fmt: skip
# Currency words that are also ordinary English words: money only after a multiplier (5 billion won).
CURRENCY_WORDS_AFTER_SCALE: dict[str, tuple[str, str]] = {"won": ("KRW", "1")}
# Pence glued to the digits: 8p, 4.2p.
PENCE_SUFFIX = "p"
# Money role from the nearest cue word before the amount in its clause (or right after it).
ROLE_CUES: dict[str, str] = {
    **dict.fromkeys(
        ("invest", "invests", "invested", "investing", "investment", "investments", "investor", "stake",
         # an injection is money only "of" it or of capital: "weight-loss injection" is a drug
         "injection of", "capital injection", "cash injection", "equity injection", "inject", "injected",
         "capital"), "investment"),
    **dict.fromkeys(
        ("donate", "donated", "donates", "donating", "donation", "donations", "donor", "donors", "gave",
         "give", "gives", "given", "gift", "gifts", "bequest", "bequeathed", "raised for"),
        "donation"),
    **dict.fromkeys(
        ("fund", "funds", "funding", "funded", "grant", "grants", "subsidy", "subsidies", "aid", "bailout",
         "bail-out", "allocated", "allocation", "set aside", "sets aside", "setting aside", "earmarked",
         "pledged", "pledge", "pledges",
         "series a", "series b", "series c", "series d", "seed round", "funding round"), "funding"),
    **dict.fromkeys(("budget", "budgets", "budgeted", "spending plan"), "budget"),
    **dict.fromkeys(
        ("revenue", "revenues", "sales", "turnover", "takings", "took", "taken", "taking",
         "receipts", "box office", "grossed"), "revenue"),
    # "income" in company news is a profit line ("net income", "income from continuing operations").
    **dict.fromkeys(
        ("profit", "profits", "earnings", "income", "surplus", "pre-tax", "pretax", "ebitda", "earned",
         "earn", "earns"), "profit"),
    **dict.fromkeys(
        ("fine", "fines", "fined", "penalty", "penalties", "penalised", "penalized"), "fine"),
    **dict.fromkeys(
        ("compensation", "compensate", "compensated", "payout", "pay-out", "settlement", "settle", "settled",
         "reimbursement", "refund", "refunds", "restitution"), "compensation"),
    **dict.fromkeys(("damages",), "damages"),
    **dict.fromkeys(
        ("salary", "salaries", "wage", "wages", "paycheck", "pay packet", "bonus", "bonuses", "pension",
         "pensions"), "salary"),
    **dict.fromkeys(
        ("loss", "losses", "lost", "deficit", "write-down", "writedown", "shortfall"), "loss"),
    **dict.fromkeys(
        ("price", "prices", "priced", "cost", "costs", "costing", "fee", "fees", "fare", "fares", "paid",
         "pay", "pays", "charge", "charges", "charged", "rent", "sold for", "bought for", "tariff",
         "last at", "closed at", "settled at", "settle at", "settling at", "trading at", "traded at", "trades at",
         "ended at"), "price"),
    # A tax bill is none of the listed kinds: "will pay $1,317 in city property taxes".
    **dict.fromkeys(
        ("bond", "bail", "taxes", "tax bill", "property taxes", "tax", "income tax", "income taxes", "tax cut",
         "tax cuts", "debt", "debts"), "other"),
    **dict.fromkeys(
        ("value", "valued", "valuing", "worth", "valuation", "market value", "capitalisation",
         "capitalization"), "value"),
}  # fmt: skip
# Cues before an amount that say only that money moved ("the city paid $1.2 million to settle the lawsuit"):
# a cue shortly after the amount in its clause says what kind of payment it was, and wins.
WEAK_ROLE_CUES: tuple[str, ...] = ("paid", "pay", "pays")
# … the kinds of payment such a later cue may name (not "pay $412 million from a sales-tax fund": revenue).
PAYMENT_ROLES: tuple[str, ...] = ("compensation", "fine", "damages", "salary", "donation")
# Money subject: "for …" right after an amount names what it pays for ("$5m for a new hospital"), unless
# its first word (after an article) is a period ("$42.8m for the year") or a pronoun ("paid $5 for it").
MONEY_SUBJECT_LEAD: tuple[str, ...] = ("for",)
MONEY_SUBJECT_STOP: tuple[str, ...] = (
    "in", "on", "at", "by", "and", "or", "to", "from", "with", "that", "which", "who", "as", "of", "after",
    "before", "since", "over", "under", "while", "but", "when", "than", "its", "this", "next", "last",
    "was", "were", "is", "are", "will", "would", "has", "had", "have", "said", "says",
    # prepositions that start a place or a time after the thing paid for: "upgrades along the corridor"
    "along", "across", "through", "throughout", "into", "during", "between", "near", "around", "including",
    "the", "a", "an",
)  # fmt: skip
MONEY_SUBJECT_VETO: tuple[str, ...] = (
    "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "period", "half", "time",
    "season", "day", "days", "first", "second", "third", "fourth", "fiscal", "full", "whole", "each", "every",
    "same", "it", "them", "him", "her", "us", "me", "you", "this", "that", "these", "those", "sale", "less",
    "more", "behalf", "top", "average", "track", "course", "hold", "record",
)  # fmt: skip
# Nouns that say what a sum is, as the subject: "a $250,000 fine", "revenue of $27.5 billion".
MONEY_HEAD_NOUNS: tuple[str, ...] = (
    "revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "loss", "losses", "budget",
    "budgets", "fine", "fines", "penalty", "bond", "bail", "bonds", "tax", "taxes", "price", "prices", "cost",
    "costs", "fee", "fees", "fare", "fares", "rent", "salary", "salaries", "wage", "wages", "pension",
    "bonus", "grant", "grants", "subsidy", "subsidies", "donation", "donations", "gift", "investment",
    "funding", "fund", "settlement", "compensation", "damages", "refund", "restitution", "value",
    "valuation", "deal", "contract", "loan", "loans", "debt", "deficit", "surplus", "savings", "bill",
    "package", "payment", "payments", "payout", "spending", "reserves",
    # what a sum buys or settles, named after it: "a $3.2 billion transport plan", "a $148m settlement"
    "plan", "project", "programme", "program", "scheme", "bailout", "stimulus", "upgrade", "expansion",
    "renovation", "takeover", "acquisition", "offer", "bid", "award", "prize", "lawsuit",
)  # fmt: skip
# Verbs after which "on …" says what an amount is spent on: "will spend £2bn on new hospitals".
MONEY_SPEND_VERBS: tuple[str, ...] = (
    "spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing", "splashed", "splurged",
    "allocate", "allocated", "earmarked",
)  # fmt: skip
# Verbs whose subject earned, paid or gave the amount right after them: "the retailer earned $2.8 billion".
MONEY_AGENT_VERBS: tuple[str, ...] = (
    "earned", "earns", "made", "paid", "pays", "will pay", "would pay", "donated", "gave", "raised",
    "invested", "spent", "lost", "received", "collected", "owes", "owed",
)  # fmt: skip
# Verbs of a price or level that moved or stood somewhere: "crude fell 3% to $55.12", "Brent was last at $60.73".
PRICE_MOVER_VERBS: tuple[str, ...] = (
    "fell", "rose", "dropped", "climbed", "jumped", "slipped", "slid", "gained", "declined", "tumbled", "surged",
    "edged up", "edged down", "edged higher", "edged lower", "closed", "settled", "ended", "finished", "traded",
    "was last", "stood", "opened",
)  # fmt: skip
# States of people after a bare number and its verb: "nine are still missing", "three remain in hospital".
BARE_STATE_WORDS: tuple[str, ...] = (
    "missing", "dead", "injured", "hurt", "wounded", "trapped", "unaccounted for", "hospitalised", "hospitalized",
    "in hospital", "in critical condition", "in serious condition", "in a critical condition", "in custody",
    "evacuated", "rescued", "arrested", "detained", "killed", "displaced", "stranded", "infected", "sickened",
)  # fmt: skip
# Words before an amount that compare it with the one before ("up from $38,373 a year ago and from $34,410").
RESTATE_BEFORE: tuple[str, ...] = ("from", "and from", "compared with", "compared to", "versus", "vs.", "than")
# Words after an amount that make it a change of the figure before it: "a $66.87 increase".
RESTATE_AFTER: tuple[str, ...] = ("increase", "decrease", "rise", "drop", "jump", "cut", "hike", "gain", "decline")
# Words right after an amount that make it a price: 4.2p a share, £100 per night.
PER_UNIT_WORDS: tuple[str, ...] = (
    "share", "barrel", "tonne", "ton", "ounce", "kg", "kilo", "litre", "gallon", "night",
    "head", "person", "ticket", "unit", "square foot", "square metre",
)  # fmt: skip

# --- approximation ----------------------------------------------------------------------------------
APPROX_BEFORE: dict[str, str] = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "nearly": "about", "almost": "about", "close to": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "approx.": "about", "in the region of": "about", "just about": "about",
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "just over": "more_than", "well over": "more_than", "topping": "more_than",
    "exceeding": "more_than", "greater than": "more_than", "higher than": "more_than",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least", "no fewer than": "at_least",
    "up to": "at_most", "as much as": "at_most", "as many as": "at_most", "as high as": "at_most",
    "no more than": "at_most", "not more than": "at_most", "at most": "at_most", "a maximum of": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "short of": "less_than", "lower than": "less_than",
}  # fmt: skip
# Words before "minus" that make it a margin, not a sign: "plus or minus 3.5 points" is a margin of 3.5.
PLUS_OR_MINUS_LEAD: tuple[str, ...] = ("plus or", "plus and")
APPROX_AFTER: dict[str, str] = {
    "or so": "about", "or more": "at_least", "or less": "at_most", "or fewer": "at_most", "-plus": "more_than",
    "plus": "more_than", "-odd": "about", "odd": "about", "and over": "at_least", "and above": "at_least",
    "and older": "at_least", "or older": "at_least", "and younger": "at_most", "or younger": "at_most",
}  # fmt: skip
# "A to B" is a range only when B is at most this many times A: "$3m to $5m" is a range, "a rise of £200m
# to £3.4bn" a change.
TO_RANGE_MAX_RATIO = 4
# After a change word ("grew by 8% to 8.5%", "cut by 0.25% to 4.5%") the ends of a range lie closer still.
CHANGE_RANGE_MAX_RATIO = 1.5
# A word before "A to B" that makes it a change from A to B rather than the range A–B.
CHANGE_WORDS: tuple[str, ...] = (
    "from", "by", "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "up", "down", "increased", "increase", "increases", "decreased", "decrease", "grew", "grow", "grows",
    "growing", "cut", "cuts", "raised", "raise", "lifted", "lowered", "dropped", "drop", "jumped", "jump",
    "climbed", "slipped", "slid", "gained", "lost", "declined", "dipped", "eased", "surged", "soared",
    "slumped", "plunged", "tumbled", "edged", "rallied", "added", "shed", "boosted", "trimmed", "reduced",
    "doubled", "halved", "moved", "went", "changed", "revised",
    # verbs whose object is what changes: "would reduce capital spending by 20%"
    "reduce", "lower", "boost", "trim", "slash", "expand", "shrink",
)  # fmt: skip
# Verbs of a level moving, before "up to": "inched up to 4.2%" reaches 4.2% (not "at most"), where after other
# verbs "up to" is a bound ("waited up to five months", "paid up to $500").
# Words before "over" / "under" and a length of time that make them a bound, not "during": "worked for over six
# hours", "the strike lasted over six months" ("took over" is phrasal: not here).
BOUND_LENGTH_BEFORE: tuple[str, ...] = (
    "for", "lasted", "lasts", "last", "lasting", "spent", "waited", "served", "stretched", "spanned", "spans",
    "spanning",
)  # fmt: skip
RISE_UP_TO_VERBS: tuple[str, ...] = (
    "inched", "ticked", "crept", "shot", "spiked", "ramped", "bounced", "rebounded", "recovered", "crawled",
    "notched", "stepped", "scaled", "firmed", "advanced", "picked", "revved", "creeps", "inches", "ticks",
)  # fmt: skip

# --- percent ----------------------------------------------------------------------------------------
# What a rate measures (percent_about): words between the measure and the rate ("turnout was 67.3%",
# "unemployment edged up to 4.6%", "rose by about 5%") besides CHANGE_WORDS, and words that end the phrase.
PERCENT_SUBJECT_LINKS: tuple[str, ...] = (
    "was", "were", "is", "are", "be", "been", "stood", "stands", "at", "to", "by", "reached", "hit", "has",
    "have", "had", "averaged", "narrowed", "widened", "shrank", "expanded", "improved", "worsened",
    "accelerated", "slowed", "about", "nearly", "almost", "around", "roughly", "some", "just", "over",
    "more", "than", "less", "further", "sharply", "slightly", "only", "an", "a", "estimated", "another",
    # holding still: "yields were little changed at 5.12%", "the rate held steady at 4.1%"
    "little", "unchanged", "steady", "flat", "held", "holds", "remained", "remains", "stayed", "stays",
    # a market's session: "shares closed up 5.9%", "the index ended 0.3 per cent lower"
    "closed", "ended", "finished", "opened", "traded", "settled",
    # a change ahead: "bills are due to fall to 9 per cent", "rates, expected to rise 5% to 7%"
    "due", "expected", "forecast", "projected", "set", "likely", "poised", "seen", "tipped", "predicted",
    # a change ahead or a phrasal verb of change: "the state pension will go up by 4.1 per cent", "prices came
    # down 2%", "fares could rise 3%"
    "will", "would", "could", "may", "might", "should", "go", "goes", "going", "gone", "come", "came", "comes",
    "reach", "reaches", "made", "make", "makes", "accounted", "account", "accounts", "represented", "represent",
    "represents",
)  # fmt: skip
# Words opening a clause set off by commas between a measure and its verb ("sales, which strip out store
# openings, grew 4.2%"): the measure stands before the clause.
PERCENT_SUBJECT_ASIDES: tuple[str, ...] = ("which", "who", "whose")
# Nouns that end the "of" phrase of a rate besides the counted nouns: "40% of general fund spending", "52% of
# likely voters" (the words before the head describe it; without a head within three words only the first
# word after "of" is kept).
PERCENT_OF_HEADS: tuple[str, ...] = (
    "spending", "budget", "revenue", "revenues", "sales", "income", "output", "gdp", "vote", "votes",
    "population", "market", "workforce", "electorate", "assets", "debt", "exports", "imports", "economy",
    "emissions", "electricity", "energy", "power", "land", "supply", "stock", "profits", "earnings", "costs",
    "capacity", "production", "demand", "funding", "share", "shares", "total", "rent", "pay", "wages",
    "rate", "rates", "price", "prices", "fees", "fares", "bills", "taxes", "premiums", "tuition", "salaries",
    "benefits", "pensions", "rents", "investment", "inflation", "unemployment",
)  # fmt: skip
PERCENT_OF_HEAD_WORDS = 3
PERCENT_SUBJECT_STOP: tuple[str, ...] = (
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "it", "they", "he", "she", "we", "i", "you", "and", "or", "but", "in", "on", "at", "for", "from", "with",
    "as", "than", "while", "when", "which", "who", "whose", "said", "says", "say", "will", "would", "could",
    "may", "might", "should", "can", "per", "cent", "percent", "there", "also", "only", "year", "years",
    "month", "months", "quarter", "week", "day", "time", "times", "them", "him", "us", "all", "each",
    "both", "some", "most", "many", "more", "less", "about", "over", "under", "by", "to", "of", "up", "down",
    "what", "whom", "where", "not", "no", "so", "if", "then", "now", "just", "still", "yet", "been", "being",
    "was", "were", "is", "are", "be", "had", "has", "have", "did", "do", "does",
)  # fmt: skip
# A period's adjective between "a N%" and the change it rates ("a 0.1% monthly rise"): the rate measures what
# the change is in, not the period.
PERCENT_PERIOD_ADJECTIVES: tuple[str, ...] = (
    "monthly", "quarterly", "annual", "annualised", "annualized", "yearly", "weekly", "daily",
)  # fmt: skip
# Words skipped before a rate's phrase, and the prepositions that make the phrase before them no measure
# ("turnout among the 1.2 million eligible voters was 58%": voters are not what 58% is of).
PERCENT_SUBJECT_DETERMINERS: tuple[str, ...] = (
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
)  # fmt: skip
PERCENT_SUBJECT_PREPOSITIONS: tuple[str, ...] = (
    "among", "of", "for", "in", "from", "with", "between", "at", "on", "by", "to", "across",
)  # fmt: skip
# The unit of a change just before a rate ("rose 0.5 points to 4.6%"): the phrase stands before the change.
PERCENT_CHANGE_UNITS: tuple[str, ...] = ("points", "point", "cent", "percent", "pc", "percentage")
# "a 5% rise in sales": a change noun after the rate hands the subject to its "in" phrase.
# Measures a rate is "of": "a turnout of 31.4%", "an interest rate of 5%" (the noun is the rate's subject).
PERCENT_OF_MEASURES: tuple[str, ...] = (
    "turnout", "rate", "yield", "stake", "margin", "majority", "share", "swing", "occupancy", "approval rating",
    "unemployment rate", "inflation rate", "tax rate", "discount", "dividend yield", "vacancy rate",
)  # fmt: skip
PERCENT_CHANGE_NOUNS: tuple[str, ...] = (
    "rise", "increase", "fall", "drop", "decline", "jump", "gain", "cut", "reduction", "hike", "growth",
    "slump", "surge", "climb", "decrease", "dip", "slide", "boost",
)  # fmt: skip
# Unit words after a number → (kind, factor to percent points).
PERCENT_UNITS: dict[str, tuple[str, str]] = {
    "%": ("percent", "1"), "per cent": ("percent", "1"), "percent": ("percent", "1"), "pc": ("percent", "1"),
    "per-cent": ("percent", "1"),
    "percentage points": ("points", "1"), "percentage point": ("points", "1"), "points": ("points", "1"),
    "basis points": ("points", "0.01"), "basis point": ("points", "0.01"), "bps": ("points", "0.01"),
    "bp": ("points", "0.01"),
}  # fmt: skip
# Words of a text about a poll (`POLL_DOCUMENT_CUES` of them or more): there a lead in points is a percent.
POLL_WORDS: tuple[str, ...] = (
    "poll", "polls", "polling", "pollster", "pollsters", "survey", "surveyed", "respondents", "margin of error",
    "likely voters", "registered voters", "percentage points", "percentage point", "undecided",
)  # fmt: skip
POLL_DOCUMENT_CUES = 3
# Words right before "N points" that make it a margin: "led by 2 points", "a lead of 5 points".
POLL_POINTS_LEAD: tuple[str, ...] = (
    "by", "lead of", "edge of", "margin of", "gap of", "advantage of", "deficit of", "ahead by", "behind by",
    "led by", "leads by", "trails by", "trailed by", "up", "down", "narrowed to", "widened to", "just",
    "only", "about", "nearly", "some",
)  # fmt: skip
# Nouns after a hyphenated "N-point" that make it a margin: "a 9-point edge".
POLL_POINTS_NOUNS: tuple[str, ...] = (
    "lead", "edge", "margin", "advantage", "gap", "deficit", "swing", "lead", "drop", "jump", "rise", "fall",
)  # fmt: skip
# "points" alone is a percent only right after a percentage in the same sentence (a rise of 0.5 points).
BARE_POINTS = "points"
# Fractions spoken before "a percentage point": half a percentage point → 0.5.
POINT_FRACTIONS: dict[str, str] = {
    "half": "0.5", "a quarter of": "0.25", "three quarters of": "0.75", "a third of": "0.3333",
    "a tenth of": "0.1",
}  # fmt: skip

# Fractions stated as a rate → (numerator, denominator): "two-thirds of voters", "rose by a fifth".
FRACTIONS: dict[str, tuple[int, int]] = {
    "half": (1, 2), "one half": (1, 2), "a third": (1, 3), "one third": (1, 3), "one-third": (1, 3),
    "two thirds": (2, 3), "two-thirds": (2, 3), "a quarter": (1, 4), "one quarter": (1, 4),
    "one-quarter": (1, 4), "three quarters": (3, 4), "three-quarters": (3, 4), "a fifth": (1, 5),
    "one fifth": (1, 5), "one-fifth": (1, 5), "two fifths": (2, 5), "two-fifths": (2, 5),
    "three fifths": (3, 5), "a tenth": (1, 10), "one tenth": (1, 10), "one-tenth": (1, 10),
    # the rest of the proper fractions news writes out: "three-fifths", "four fifths", "nine-tenths", "an eighth"
    **{
        f"{num}{sep}{den}": (n, d)
        for n, num in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1)
        for d, den in ((3, "thirds"), (4, "quarters"), (5, "fifths"), (6, "sixths"), (8, "eighths"), (10, "tenths"))
        for sep in (" ", "-")
        if 1 < n < d and math.gcd(n, d) == 1  # "two quarters" (of growth) is a length of time, not a half
    },
    "a sixth": (1, 6), "one sixth": (1, 6), "one-sixth": (1, 6), "an eighth": (1, 8), "one eighth": (1, 8),
    "one-eighth": (1, 8),
}  # fmt: skip
# A fraction is a rate only before "of" (a third of voters) or after "by" (rose by a fifth); not before
# a length of time ("a quarter of a century", "half of the year") and not after these words ("the second
# half", "two and a half", "one half").
FRACTION_NOT_BEFORE_OF: tuple[str, ...] = (
    "year", "years", "century", "decade", "month", "months", "hour", "day", "week", "season", "match", "game",
    "mile", "the year", "the month", "the season", "the century", "the decade", "the match", "the game",
    "a century", "a year", "an hour", "a mile",
)  # fmt: skip
FRACTION_NOT_AFTER: tuple[str, ...] = ("first", "second", "latter", "other", "the", "a", "one", "two")
# Words before a fraction that ends its clause and make it a share of a total named before: "1.6 million of
# those trips, or just over a quarter", "visitors from abroad accounted for a third".
FRACTION_SHARE_LEAD: tuple[str, ...] = (
    ", or", "accounted for", "accounts for", "account for", "accounting for", "made up", "makes up",
    "make up", "making up", "represented", "represents", "represent", "representing",
)  # fmt: skip
# "visitors rose to 1.2 million, up a fifth on 2023", "sales were down a third": a change by a fraction, after
# up/down led by a comma or one of these words (not "set up a third office", where the fraction is an ordinal).
FRACTION_CHANGE_LEAD: tuple[str, ...] = ("is", "was", "were", "are", "be", "been", "being")
# Words before a finishing time written with colons (`duration._RACE_TIME`): "finished in 2:05:30".
RACE_TIME_BEFORE: tuple[str, ...] = (
    "in",
    "time of",
    "times of",
    "clocked",
    "clocking",
    "timed",
    "record of",
    "best of",
    "finished in",
    "won in",
)
# Counts a tally sets against another, "312 votes to 204" (`count_bare`).
TALLY_NOUNS: tuple[str, ...] = ("votes", "seats", "ballots", "delegates")
# A verb right after a fraction that makes it a share of a group: "just over half were female".
FRACTION_VERB_NEXT: tuple[str, ...] = (
    "were", "was", "are", "is", "said", "say", "says", "voted", "agreed", "agree", "believe", "believed",
    "think", "thought", "supported", "support", "opposed", "oppose", "reported", "own", "owned", "lived",
    "live", "died", "survived",
)  # fmt: skip
# Fractions of a percentage point written with a hyphen: "a quarter-point cut" → 0.25 points.
POINT_HYPHEN_FRACTIONS: dict[str, str] = {"quarter": "0.25", "half": "0.5", "three-quarter": "0.75"}

# --- durations --------------------------------------------------------------------------------------
# Unit word → (ISO designator, multiplier). Plural and singular; the hyphenated adjective (13-month) too.
DURATION_UNITS: dict[str, tuple[str, str]] = {
    "year": ("Y", "1"), "years": ("Y", "1"), "yr": ("Y", "1"), "yrs": ("Y", "1"),
    "decade": ("Y", "10"), "decades": ("Y", "10"), "century": ("Y", "100"), "centuries": ("Y", "100"),
    "month": ("M", "1"), "months": ("M", "1"),
    "week": ("W", "1"), "weeks": ("W", "1"), "fortnight": ("D", "14"), "fortnights": ("D", "14"),
    "day": ("D", "1"), "days": ("D", "1"), "night": ("D", "1"), "nights": ("D", "1"),
    "hour": ("TH", "1"), "hours": ("TH", "1"), "hrs": ("TH", "1"),
    "minute": ("TM", "1"), "minutes": ("TM", "1"), "mins": ("TM", "1"),
    "second": ("TS", "1"), "seconds": ("TS", "1"), "secs": ("TS", "1"),
}  # fmt: skip
# Units that a lone article may count ("a decade", "a fortnight") in any context; other units take an
# article only after a duration cue ("for a year"), since "$5m a year" is a rate and "a year earlier" a date.
ARTICLE_DURATION_UNITS: tuple[str, ...] = ("decade", "century", "fortnight")
DURATION_CUES: tuple[str, ...] = (
    "for", "over", "within", "in", "during", "after", "nearly", "almost", "about", "around", "than", "only",
    "just", "lasting", "lasted", "took", "spent", "spend", "to", "least", "roughly", "barely", "under",
)  # fmt: skip
# Words before "a second" / "a minute" that make it a length ("in under a minute", "less than a second"):
# elsewhere the two are an ordinal and an idiom.
SHORT_DURATION_CUES: tuple[str, ...] = ("under", "than", "within", "nearly", "almost", "about", "around", "roughly")
# Units that make a "-long" adjective of one unit: "a month-long strike", "a yearlong inquiry".
LONG_ADJ_UNITS: tuple[str, ...] = ("year", "month", "week", "day", "decade", "hour", "century", "fortnight")
# Verbs whose object may stand between them and a length of time: "it took firefighters a day".
TAKE_VERBS: tuple[str, ...] = ("took", "take", "takes", "taking", "spent", "spend", "spends", "gave", "give")
# Words before "one day" that make it a length of time ("took only one day", "after just one day"); alone
# "one day" is "some day" ("one day he will").
ONE_DAY_CUES: tuple[str, ...] = (
    "only", "just", "took", "for", "within", "lasted", "lasting", "than", "about", "nearly", "almost", "after",
    "spent", "barely", "least",
)  # fmt: skip
# Words before "N years ago" that round it: a length of time, not a year ("about 10 years ago").
AGO_APPROX_BEFORE: tuple[str, ...] = (
    "about", "around", "roughly", "nearly", "almost", "some", "over", "than", "approximately", "circa", "least",
)  # fmt: skip
# Words after "a year" / "a month" that make it a point in time ("a year earlier", "a month ago").
ARTICLE_DURATION_VETO_NEXT: tuple[str, ...] = ("earlier", "ago", "before", "later", "previously", "on", "after")
# Periods named with "the past/next …" that are lengths of time: "over the past decade" → P10Y.
THE_PERIOD_WORDS: tuple[str, ...] = ("past", "last", "next", "coming", "previous", "following")
THE_PERIOD_UNITS: tuple[str, ...] = ("decade", "century", "fortnight")
# … and a year, a month or a week after "the past / last / next / coming" ("lost 1,200 nurses in the past year"
# → P1Y); "the following year" and "the previous month" name a date instead.
THE_SPAN_WORDS: tuple[str, ...] = ("past", "last", "next", "coming")
THE_SPAN_UNITS: tuple[str, ...] = ("year", "month", "week")
# Approximation words that mean something else before a length of time: "over three years" is "during".
# Words that may stand between the number and the unit of a length of time: "five straight months".
DURATION_ADJECTIVES: tuple[str, ...] = ("straight", "consecutive", "successive", "full", "whole", "working")
DURATION_NOT_APPROX: tuple[str, ...] = ("over", "under", "some", "below", "above")
# Words after a number and a time unit that make it an age or a date rather than a length of time.
DURATION_VETO_NEXT: tuple[str, ...] = ("old", "-old", "olds")
# After "one-day": a format of cricket named by its length ("a one-day international", "the one-day series").
ONE_DAY_FORMAT_NEXT: tuple[str, ...] = (
    "international", "internationals", "series", "cricket", "format", "cup", "hundred", "hundreds", "century",
    "centuries", "debut", "squad", "side", "career", "captain", "captaincy", "ranking", "rankings",
)  # fmt: skip

# --- counts -----------------------------------------------------------------------------------------
# Counted nouns → category. Plural forms (and the collective nouns that take a number unchanged).
COUNT_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ("people", "persons", "person", "staff", "employees", "workers", "jobs", "children", "adults",
         "students", "pupils", "teachers", "patients", "doctors", "nurses", "residents", "citizens", "voters",
         "members", "customers", "clients", "consumers", "users", "subscribers", "passengers", "visitors",
         "inhabitants", "tourists", "fans", "spectators", "soldiers", "troops", "officers", "police", "officials",
         "civilians", "refugees", "migrants", "immigrants", "victims", "casualties", "deaths", "dead",
         "survivors", "men", "women", "boys", "girls", "babies", "families", "households", "homeowners",
         "buyers", "sellers", "shareholders", "investors", "traders", "analysts", "economists", "executives",
         "directors", "managers", "ministers", "mps", "peers", "lords", "councillors", "candidates",
         "delegates", "players", "athletes", "volunteers", "protesters", "demonstrators", "prisoners",
         "inmates", "suspects", "hostages", "miners", "farmers", "drivers", "pilots", "crew", "engineers",
         "scientists", "researchers", "journalists", "lawyers", "judges", "justices", "pensioners", "graduates",
         "applicants", "recruits", "seekers", "donors", "bidders", "founders", "partners", "musicians", "artists",
         "actors", "authors", "writers", "viewers", "listeners", "readers", "participants", "attendees",
         "individuals", "personnel", "hires", "redundancies", "layoffs", "vacancies", "positions",
         "firefighters", "paramedics", "bodies", "commanders", "fighters", "militants", "gunmen", "rebels",
         "detainees", "defendants", "witnesses", "coaches", "referees", "senators", "representatives",
         "lawmakers", "legislators", "mayors", "governors", "cadets", "sailors", "marines", "guards",
         "agents", "diplomats", "envoys", "hikers", "climbers", "swimmers", "runners", "cyclists",
         "pedestrians", "motorists", "occupants", "tenants", "landlords", "owners", "physicians",
         "surgeons", "veterans", "teenagers", "youths", "infants", "relatives", "inspectors", "republicans",
         "democrats", "conservatives", "liberals", "tories", "independents", "leaders", "chiefs",
         "presidents", "ceos", "employers", "contractors", "subcontractors", "dealers", "physicists",
         "injured", "wounded", "missing", "others", "attendants", "britons", "americans", "australians",
         "canadians", "germans", "italians", "indians", "israelis", "palestinians", "iranians", "iraqis",
         "afghans", "syrians", "ukrainians", "russians", "europeans", "africans", "asians", "mexicans",
         "brazilians", "filipinos", "nigerians", "pakistanis", "koreans", "scots", "irish", "jurors",
         "grandchildren", "siblings", "sons", "daughters", "brothers", "sisters", "goalkeepers", "strikers",
         "defenders", "batsmen", "bowlers", "riders", "crews", "guests", "diners", "shoppers", "commuters",
         "rescuers", "responders", "lifeguards", "divers", "fishermen", "growers"),
        "people"),
    **dict.fromkeys(
        ("operations", "surgeries", "procedures", "transplants", "treatments", "tests", "scans",
         "vaccinations", "injections", "examinations", "screenings", "deliveries", "births", "admissions",
         "consultations", "appointments"), "procedures"),
    **dict.fromkeys(
        ("companies", "firms", "businesses", "banks", "parties", "groups", "organisations", "organizations",
         "charities", "schools", "universities", "colleges", "hospitals", "clinics", "clubs", "teams",
         "airlines", "carriers", "retailers", "manufacturers", "carmakers", "suppliers", "lenders", "insurers",
         "brokers", "funds", "agencies", "unions", "councils", "departments", "ministries", "institutions",
         "operators", "providers", "publishers", "broadcasters", "networks", "startups", "start-ups",
         "brands", "chains", "studios", "rivals", "competitors", "subsidiaries", "newspapers", "utilities",
         "pubs", "restaurants", "hotels", "bakeries", "practices", "trusts", "associations", "societies",
         "nations", "sectors", "industries", "blue chips"), "organizations"),
    **dict.fromkeys(
        ("countries", "cities", "towns", "villages", "states", "regions", "provinces", "counties",
         "districts", "areas", "sites", "locations", "branches", "stores", "shops", "outlets", "offices",
         "factories", "plants", "mines", "airports", "stations", "ports", "markets", "territories",
         "constituencies", "seats", "wards", "venues", "stadiums", "centres", "centers", "depots",
         "warehouses", "campuses", "continents", "islands", "neighbourhoods", "neighborhoods", "communities",
         "premises", "farms", "properties", "homes", "houses", "flats", "apartments", "buildings",
         "dwellings", "towers", "bridges", "roads", "streets", "precincts", "polling stations",
         "checkpoints", "camps", "shelters", "bases"), "places"),
    **dict.fromkeys(
        ("projects", "schemes", "programmes", "programs", "initiatives", "developments", "contracts",
         "plans", "proposals", "deals", "ventures"), "projects"),
    **dict.fromkeys(
        ("times", "terms", "hikes", "rate hikes", "rate cuts", "visits", "trips", "meetings", "rounds",
         "games", "matches", "races", "attempts", "attacks",
         "strikes", "raids", "incidents", "accidents", "crashes", "elections", "votes", "sessions",
         "hearings", "flights", "journeys", "goals", "wins", "defeats", "victories", "occasions", "bids",
         "offers", "launches", "episodes", "seasons", "homestands"), "times"),
    **dict.fromkeys(
        ("films", "movies", "donations", "cars", "vehicles", "trucks", "lorries", "buses", "trains", "planes",
         "aircraft", "jets", "helicopters", "drones", "ships", "vessels", "boats", "products", "items", "books",
         "songs", "albums",
         "singles", "records", "titles", "copies", "units", "devices", "phones", "handsets", "computers",
         "machines", "weapons", "missiles", "bombs", "guns", "trees", "loans", "mortgages", "policies", "claims",
         "applications",
         "complaints", "orders", "letters", "emails", "messages", "calls", "documents", "pages", "files",
         "reports", "articles", "stories", "laws", "rules", "bills", "charges", "counts", "offences",
         "crimes", "awards", "prizes", "medals", "trophies", "nominations", "shares", "tickets",
         "beds", "rooms", "models", "versions", "channels", "websites", "apps",
         "packages", "parcels", "questions", "answers", "categories", "languages",
         "species", "genes", "drugs", "medicines", "vaccines", "doses", "meals", "bottles", "boxes",
         "warrants", "citations", "summonses", "indictments", "convictions", "arrests", "rifles", "shotguns",
         "handguns", "pistols", "firearms", "knives", "stocks", "bonds", "patents", "paintings", "photos",
         "photographs", "videos", "images", "signatures", "petitions", "sentences", "studies", "surveys",
         "polls", "provisions", "amendments", "measures", "sanctions", "lawsuits", "suits", "recommendations",
         "requests", "cameras", "samples", "kits", "masks", "ventilators", "batteries", "panels", "turbines",
         "resolutions", "motions", "events", "concerts", "shows", "exhibitions"),
        "items"),
    # More people, events and things news counts (checked against the corpora's negative cases).
    **dict.fromkeys(
        ("apprentices", "trainees", "interns", "retirees", "evacuees", "nominees", "activists", "specialists",
         "experts", "scholars", "priests", "nuns", "monks", "worshippers", "pilgrims", "parents", "mothers",
         "fathers", "husbands", "wives", "toddlers", "newborns", "orphans", "contestants", "finalists",
         "labourers", "laborers", "builders", "plumbers", "electricians", "carers", "caregivers", "staffers",
         "aides", "advisers", "advisors", "consultants", "dentists", "pharmacists", "midwives", "veterinarians",
         "therapists", "psychologists", "psychiatrists", "lecturers", "professors", "academics", "astronauts",
         "holidaymakers", "travellers", "travelers", "smugglers", "traffickers", "thieves", "burglars",
         "robbers", "attackers", "assailants", "shooters", "terrorists", "extremists", "insurgents",
         "jihadists", "separatists", "campaigners", "villagers", "islanders", "settlers", "foreigners",
         "expatriates", "expats", "constables", "troopers", "detectives", "prosecutors", "attorneys",
         "solicitors", "barristers", "clerks", "cleaners", "chefs", "waiters", "cashiers", "couriers",
         "janitors", "medics", "wardens", "outpatients", "inpatients", "beneficiaries", "claimants",
         "newcomers", "undergraduates", "postgraduates", "schoolchildren", "youngsters", "kids", "teens",
         "adolescents", "seniors", "widows", "mourners", "onlookers", "bystanders", "eyewitnesses",
         "supporters", "opponents", "critics", "dissidents", "defectors", "captives", "convicts", "offenders",
         "criminals", "smokers", "addicts", "sufferers"),
        "people"),
    **dict.fromkeys(
        ("protests", "rallies", "demonstrations", "riots", "clashes", "explosions", "blasts", "fires",
         "wildfires", "earthquakes", "floods", "storms", "landslides", "outbreaks", "cyberattacks", "breaches",
         "executions", "resignations", "evictions", "deportations", "closures", "mergers", "acquisitions",
         "takeovers", "bankruptcies", "foreclosures", "conferences", "summits", "festivals", "tournaments"),
        "times"),
    **dict.fromkeys(
        ("apprenticeships", "internships", "scholarships", "grants", "vouchers", "permits", "licences",
         "licenses", "visas", "passports", "ballots", "lessons", "courses", "classes", "exams", "shipments",
         "containers", "tankers", "novels", "poems", "plays", "artefacts", "artifacts", "exhibits", "objects",
         "documentaries", "podcasts", "chapters", "volumes", "editions", "tweets", "downloads", "recipes",
         "poles", "pylons", "transformers"),
        "items"),
    # Sports figures: "25 points, 11 rebounds and 10 assists", "four of their 15 overs".
    **dict.fromkeys(
        ("rebounds", "assists", "turnovers", "steals", "triple-doubles", "double-doubles",
         "wickets", "overs", "innings", "runs", "touchdowns", "birdies", "bogeys", "eagles", "aces",
         "saves", "tackles", "sacks", "interceptions", "fouls", "laps", "sets", "frames", "caps",
         "appearances", "starts", "homers", "home runs", "hat-tricks"),
        "other"),
    # What wire and local news count besides: survey answers, crimes and rescues, vehicles, buildings and works.
    **dict.fromkeys(
        ("respondents", "fatalities", "followers", "entrants", "arrivals", "departures", "deputies", "sheriffs",
         "marshals", "rangers", "clerics", "imams", "bishops", "rabbis", "pastors", "squatters", "patrons",
         "punters", "gamblers", "anglers", "hunters", "passers-by", "newlyweds", "twins", "triplets"), "people"),
    **dict.fromkeys(
        ("squads", "platoons", "battalions", "brigades", "regiments", "delegations"), "organizations"),
    **dict.fromkeys(
        ("inquiries", "enquiries", "burglaries", "robberies", "murders", "homicides", "killings", "shootings",
         "stabbings", "assaults", "thefts", "collisions", "derailments", "evacuations", "rescues",
         "prosecutions", "appeals", "rulings", "verdicts", "transactions", "hospitalisations",
         "hospitalizations", "recoveries", "fixtures", "championships", "voyages"), "times"),
    **dict.fromkeys(
        ("entries", "submissions", "responses", "accounts", "ambulances", "tanks", "warships", "submarines",
         "satellites", "rockets", "bicycles", "bikes", "motorcycles", "scooters", "taxis", "carriages", "wagons",
         "cargoes", "laptops", "tablets", "smartphones", "passwords", "desks", "chairs", "crops", "golds",
         "silvers", "bronzes"), "items"),
    **dict.fromkeys(
        ("classrooms", "nurseries", "kindergartens", "playgrounds", "parks", "libraries", "museums", "galleries",
         "theatres", "theaters", "cinemas", "churches", "mosques", "temples", "synagogues", "prisons", "jails",
         "pharmacies", "laboratories", "labs", "facilities", "cottages", "villas", "mansions", "skyscrapers",
         "routes", "forests", "lakes", "rivers", "dams", "reservoirs", "pipelines", "reactors", "quarries",
         "oilfields", "rigs", "refineries", "smelters", "mills", "foundries", "shipyards", "hubs", "terminals",
         "runways", "harbours", "harbors", "marinas", "piers", "tunnels", "highways", "motorways", "junctions",
         "crossings", "hamlets", "suburbs", "boroughs", "municipalities", "prefectures"), "places"),
    # What crime, transport, disaster, science and consumer news counts besides (the nouns a number counts
    # and nothing else: "stars", "lots", "lines" and "views" also rate, quantify or name, and stay out).
    **dict.fromkeys(
        ("bars", "nightclubs", "casinos", "gyms", "pools", "residences", "dormitories", "floors", "storeys",
         "lanes", "wells", "tents", "gates"), "places"),
    **dict.fromkeys(
        ("signs", "posters", "ads", "advertisements", "bullets", "shots", "eggs", "tables", "doors", "windows",
         "trailers", "vans", "suvs", "sedans", "trams", "ferries", "yachts", "canoes", "kayaks", "tractors",
         "pumps", "generators", "cards", "gifts", "toys", "servers", "chips", "pills", "capsules", "pizzas",
         "burgers", "sandwiches", "drinks", "beers", "fossils", "bones", "skeletons", "skulls", "regulations",
         "ordinances", "statutes", "comments", "posts", "words", "warnings", "alerts", "fines", "violations",
         "felonies", "misdemeanors", "misdemeanours", "planets", "asteroids", "galaxies", "moons", "comets"),
        "items"),
    **dict.fromkeys(
        ("carjackings", "overdoses", "suicides", "aftershocks", "tremors", "quakes", "attendances"), "times"),
    # "the flood claimed 112 lives": lives lost are people; and the people of courts, money and trade.
    **dict.fromkeys(
        ("lives", "plaintiffs", "petitioners", "appellants", "complainants", "informants", "recipients",
         "borrowers", "taxpayers", "ratepayers", "homebuyers", "renters", "minors", "juveniles", "learners",
         "enrollees", "bikers", "truckers", "dockworkers", "landowners", "shopkeepers", "vendors", "merchants",
         "entrepreneurs"), "people"),
    **dict.fromkeys(
        ("illnesses", "whales", "sharks", "bears", "wolves", "deer", "elephants", "fish", "strikeouts", "passes",
         "completions", "receptions", "catches", "carries", "punts", "field goals", "corners",
         "shots on goal", "shots on target", "balls", "strokes", "break points"), "other"),
    # More that reports count: "made 318 transfers", "the two actions", "three losses", "14 cancellations".
    **dict.fromkeys(
        ("transfers", "actions", "losses", "draws", "tries", "conversions", "marriages", "divorces",
         "failures", "delays", "cancellations"), "times"),
    **dict.fromkeys(
        ("offenses", "roles", "papers", "changes", "improvements", "steps", "conditions", "restrictions",
         "penalties"), "items"),
    # Seizures and hauls, places and shifts: "packed in 412 bundles", "nine courts", "12-hour shifts".
    **dict.fromkeys(
        ("bundles", "bricks", "packets", "bales", "cartons", "canisters", "vials", "cartridges", "magazines",
         "plates", "platforms", "berths"), "items"),
    **dict.fromkeys(("courts", "pitches", "stops"), "places"),
    **dict.fromkeys(("referrals", "shifts"), "times"),
    **dict.fromkeys(("services",), "items"),  # "about 300 passenger services each weekday"
    # Floods and disasters: "above the danger mark at six places", "72 embankments were breached".
    **dict.fromkeys(
        ("places", "embankments", "dykes", "levees", "culverts", "spots", "mountains", "ridgelines", "hills",
         "valleys", "blocks", "estates", "barangays", "booths"), "places"),
    **dict.fromkeys(("gauges", "dinghies"), "items"),
    **dict.fromkeys(("buffaloes",), "other"),
    # Cricket: "six fours and two sixes", "14 extras, including nine wides", "two maidens".
    **dict.fromkeys(
        ("fours", "sixes", "extras", "wides", "no-balls", "noballs", "byes", "leg-byes", "maidens", "boundaries",
         "stumpings", "run-outs", "half-centuries", "fifties", "ducks"), "other"),
    **dict.fromkeys(("finals", "semifinals", "semi-finals", "quarterfinals", "quarter-finals", "majors"), "times"),
    **dict.fromkeys(("winners", "losers", "champions", "medallists", "medalists"), "people"),
    # More that news counts and nothing else measures: the people of inquiries, groups, buildings, events,
    # papers and objects of courts, councils and business, and animals ("214 checks", "2,300 objections").
    **dict.fromkeys(
        ("airmen", "auditors", "investigators", "magistrates", "regulators", "speakers", "counselors",
         "counsellors", "substitutes"), "people"),
    **dict.fromkeys(("spells", "sales", "cruises"), "times"),
    **dict.fromkeys(("3-pointers",), "other"),
    **dict.fromkeys(("engines", "approvals"), "items"),
    **dict.fromkeys(("realtors", "great-grandchildren", "grandsons", "granddaughters", "stepchildren"), "people"),
    **dict.fromkeys(("listings", "drawings", "sketches", "maps", "charts", "manuscripts"), "items"),
    **dict.fromkeys(("structures", "outbuildings"), "places"),
    **dict.fromkeys(
        ("cartels", "coalitions", "factions", "federations", "leagues", "militias", "gangs", "alliances"),
        "organizations"),
    **dict.fromkeys(
        ("arenas", "cafes", "hostels", "motels", "hangars", "parishes", "substations", "datacentres",
         "data centres", "data centers", "shrines", "monuments", "canals", "bathrooms", "bedrooms", "fabs"),
        "places"),
    **dict.fromkeys(
        ("acquittals", "audits", "battles", "blackouts", "blazes", "bookings", "campaigns", "ceasefires",
         "conflicts", "debates", "detentions", "disputes", "droughts", "heatwaves", "hurricanes", "cyclones",
         "typhoons", "tornadoes", "interviews", "investigations", "leaks", "marches", "missions", "outages",
         "pardons", "patrols", "performances", "probes", "recalls", "searches", "seizures", "signings",
         "skirmishes", "speeches", "substitutions", "tours", "walkouts", "withdrawals", "gigs", "hacks",
         "truces", "wars"), "times"),
    **dict.fromkeys(
        ("accords", "agreements", "allegations", "accusations", "announcements", "alarms", "artworks", "bags",
         "banknotes", "bugs", "cans", "checks", "cheques", "cigarettes", "clauses", "coins", "crates", "cups",
         "databases", "decisions", "decrees", "defects", "deposits", "dishes", "errors", "exemptions", "faults",
         "fences", "flaws", "gloves", "gowns", "guidelines", "invoices", "judgments", "judgements", "lamps",
         "masts", "mistakes", "notices", "objections", "pallets", "partnerships", "payments", "pledges",
         "promises", "prescriptions", "processors", "receipts", "refunds", "reviews", "roadblocks",
         "sculptures", "sensors", "settlements", "sirens", "statements", "statues", "subpoenas", "swabs",
         "treaties", "trials", "variants", "vulnerabilities", "waivers", "wallets", "chargers", "jabs",
         "symptoms", "mutations", "commitments", "demands", "grievances", "infractions", "modules"), "items"),
    **dict.fromkeys(
        ("bees", "dolphins", "foxes", "goats", "insects", "lions", "mosquitoes", "rats", "rhinos", "tigers",
         "turtles", "hives"), "other"),
    # Cases of a disease are neither persons nor procedures; animals are not objects.
    **dict.fromkeys(
        ("cases", "infections", "injuries", "breeds", "varieties",
         "cattle", "animals", "sheep", "cows", "pigs", "chickens", "birds", "dogs",
         "cats", "horses", "livestock", "poultry"),
        "other"),
}  # fmt: skip
# Words ending like people ("-ists", "-ians") that are things: "five playlists" (see count_words.NOUNS).
NOT_PEOPLE_ENDING: tuple[str, ...] = (
    "playlists", "checklists", "shortlists", "wishlists", "blacklists", "whitelists", "waitlists", "setlists",
)  # fmt: skip
# A count noun written after a hyphen as an adjective: "a four-game homestand", "a 12-member panel", "a
# 200-strong crowd" → category. Lengths of time ("three-day") are durations, not counts.
HYPHEN_COUNT_NOUNS: dict[str, str] = {
    "game": "times", "match": "times", "race": "times", "round": "times", "fight": "times",
    "member": "people", "person": "people", "man": "people", "woman": "people", "strong": "people",
    "seat": "places", "bed": "items", "room": "items", "nation": "places", "country": "places",
    "run": "other", "wicket": "other", "ball": "other",  # "a 146-run stand", "a six-wicket win", "a 40-ball 62"
}  # fmt: skip
# Plurals whose singular is no plain "-s" away; "one" counts only with a singular from these nouns (and
# only people and items: "in one case" or "one time" are idioms, "one woman" is a count).
SINGULAR_IRREGULAR: dict[str, str] = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "knives": "knife",
    "bodies": "body", "gunmen": "gunman", "youths": "youth", "summonses": "summons",
}  # fmt: skip
ONE_COUNT_CATEGORIES: tuple[str, ...] = ("people", "items")
# Plurals with no counted singular: "one other budget" is no count of "others".
NO_SINGULAR: tuple[str, ...] = (
    "others",
    # "one sign of", "one shot at the title", "one fine day", "one live grenade": idioms more than counts
    "signs", "shots", "words", "posts", "cards", "fines", "tables", "doors", "windows", "comments", "warnings",
    "alerts", "lives", "chips", "planets", "moons", "drinks", "bones", "gifts",
)  # fmt: skip
# Words before "one" that make it no count: "from one building to the next", "the one man who".
ONE_VETO_BEFORE: tuple[str, ...] = ("from", "the", "no", "any", "each", "every", "this", "that", "number")
# Words after "one …" that make it an idiom: "one step at a time", "one house after another".
ONE_VETO_AFTER: tuple[str, ...] = ("to the next", "to another", "after another", "at a time", "or another")
# "Of the 30 Dow stocks, 22 rose and 8 fell": after a sentence opening "Of the … NOUN", a bare number
# followed by one of these verbs counts that noun.
OF_GROUP_VERBS: tuple[str, ...] = (
    "rose", "fell", "gained", "advanced", "declined", "dropped", "climbed", "slipped", "were", "was", "are",
    "is", "had", "have", "has", "won", "lost", "said", "say", "died", "survived", "voted", "passed", "failed",
    "remain", "remained", "finished", "closed", "ended", "came", "went", "did", "do", "received", "got",
)  # fmt: skip
# A bare number right after these verbs counts people: "killing at least 12", "injured 40 and".
HARM_VERBS: tuple[str, ...] = (
    "killed", "killing", "kills", "kill", "injured", "injuring", "injures", "wounded", "wounding", "wounds",
    "rescued", "rescuing", "evacuated", "evacuating", "arrested", "arresting", "detained", "detaining",
    "hospitalised", "hospitalized", "displaced", "displacing", "stranded", "sickened", "infected", "infecting",
    # work: "the company employs 4,000", "laid off 300"
    "employs", "employed", "employing", "laid off", "lays off", "laying off",
)  # fmt: skip
# Words right after a bare number that make it a count of people, as headlines write it: "3 killed in downtown
# shooting", "2 dead, 14 hurt".
HARM_AFTER_WORDS: tuple[str, ...] = (
    "killed", "dead", "injured", "hurt", "wounded", "missing", "arrested", "rescued", "evacuated",
    "hospitalized", "hospitalised", "detained", "displaced",
)  # fmt: skip
# Words after a bare number that make it people driven from home: "forcing more than 300,000 to flee", "left
# 2,000 homeless", "sent 5,000 into evacuation centres".
DISPLACED_AFTER: tuple[str, ...] = (
    "to flee", "to evacuate", "to leave their homes", "to leave home", "from their homes", "homeless",
    "into shelters", "into evacuation centres", "into evacuation centers", "into relief camps",
    "in evacuation centres", "in evacuation centers", "in shelters", "in relief camps",
)  # fmt: skip
# Words after a bare count that let the clause go on: "killed 12 and wounded 40", "rose to 128, officials".
BARE_COUNT_NEXT: tuple[str, ...] = (
    "and", "as", "after", "on", "in", "from", "by", "with", "since", "set", "off", "for", "to", "at",
)  # fmt: skip
# Words before a bare number that give it again for another time or another part, so it counts what the
# count just before it in the sentence counts: "1,049 derailments last year, down from 1,360 in 2013",
# "1,250 homes were destroyed and another 3,800 damaged".
# The count changed by a decision, right after its noun: "a plan to hire 30 counselors was cut to 10" (not
# "hired 20 staff, and the budget was cut to 10 million").
COUNT_CHANGED_LEAD: tuple[str, ...] = (
    "was cut to", "were cut to", "was reduced to", "were reduced to", "was raised to", "was increased to",
    "was trimmed to",
)  # fmt: skip
COUNT_RESTATE_LEAD: tuple[str, ...] = (
    "up from", "down from", "compared with", "compared to", "another", "a further", "an additional",
    # the top or bottom the count moved from: "200,000 homes were without power, down from a peak of 310,000"
    "down from a peak of", "down from a high of", "up from a low of",
    # a total reached: "added 1,850 customers, bringing the total to more than 27,000"
    "bringing the total to", "taking the total to", "bringing its total to", "taking its total to",
    # another estimate of the same count: "About 1,200 people attended; police put the figure at 800"
    "put the figure at", "put the number at", "put the crowd at", "put the turnout at", "estimated the crowd at",
    "put attendance at",
    *COUNT_CHANGED_LEAD,
)  # fmt: skip
# The same, after a count found any way (a bare toll too): "dropped to about 74,000 from nearly 76,000".
COUNT_RESTATE_FROM: tuple[str, ...] = ("from", "up from", "down from", "compared with", "compared to")
# Prepositions before a bare number ending its clause that make it a part of the count just before, its noun
# left out: "inspected all 57 of its jets and replaced sensors on six", "tested 200 people and found it in 12"
# ("at" is left out: "sold 10 shares at 5" is a price).
COUNT_ELIDED_BEFORE: tuple[str, ...] = ("on", "in", "from", "among", "across")
# Verbs that take a count as their object, after which a bare number ending the sentence is such a part too:
# "The Greens won 14 seats, up from nine, while Labour lost 6" (verbs of rising or falling are left out: "grew
# 12" is more often a rate or a level than a count).
COUNT_ELIDED_VERBS: tuple[str, ...] = (
    "won", "lost", "gained", "held", "kept", "sold", "bought", "closed", "opened", "built", "hired", "signed",
    "saved", "claimed", "retained", "shed", "approved", "rejected", "refused", "granted", "issued", "received",
)  # fmt: skip
# "We've played 18 games. There are 28 left.": what is left of the count just before, said bare in the next
# sentence. The leads and the words after the number.
COUNT_LEFT_LEAD: tuple[str, ...] = ("there are", "there were", "there are only", "there were only", "there are still")
COUNT_LEFT_AFTER: tuple[str, ...] = ("left", "remaining", "to go", "to play")
# Prepositions that set the items of a list of counts apart: "200 jobs in Leeds and 150 in York".
COUNT_PARALLEL_PREPOSITIONS: tuple[str, ...] = ("in", "at", "on", "for", "among", "from", "across")
# What may follow "six more" for it to be more of the count before: a time or a place.
COUNT_MORE_NEXT: tuple[str, ...] = (
    "on", "in", "at", "by", "for", "from", "over", "this", "last", "next", "since", "during", "after", "before",
    "were", "are", "have", "had",
)  # fmt: skip
COUNT_ELIDED_CATEGORIES: tuple[str, ...] = ("people", "items", "places", "organizations", "procedures")
# A bare number opening the next clause as its subject is a part of that count too: "Three people were treated
# at the scene and two were taken to hospital", "1,200 homes lost power; by evening, 300 were still without it".
# The words that may lead it, and the verbs (with an adverb between) that must follow it.
COUNT_SUBJECT_LEAD: tuple[str, ...] = ("and", "but", "while", "whereas")
COUNT_SUBJECT_VERBS: tuple[str, ...] = ("were", "are", "remain", "remained", "had", "have")
COUNT_SUBJECT_ADVERBS: tuple[str, ...] = ("still", "also", "later", "now", "then")
# Nouns before "of" that make a bare number after them a count of people: "a population of 38 million".
PEOPLE_OF_NOUNS: tuple[str, ...] = (
    "population", "populations", "workforce", "membership", "crowd", "electorate", "staff", "headcount",
)  # fmt: skip
# Nouns made of people that lead a level verb before a bare number: "Attendance at the league's matches averaged
# 38,500", "the crowd was 40,000", "ridership reached 1.2 million". A rate stays a rate ("turnout was 41%").
PEOPLE_LEVEL_NOUNS: tuple[str, ...] = (
    *PEOPLE_OF_NOUNS, "attendance", "attendances", "ridership", "footfall", "audience", "audiences",
    "crowds", "enrolment", "enrollment", "enrolments", "enrollments", "viewership", "readership",
)  # fmt: skip
PEOPLE_LEVEL_VERBS: tuple[str, ...] = ("averaged", "was", "were", "is", "are")
# What may follow such a number besides the clause end: a participle ("another 3,800 damaged") or a verb.
COUNT_RESTATE_VERBS: tuple[str, ...] = ("were", "are", "was", "is", "had", "have", "remain", "remained")
COUNT_RESTATE_BACK = 90
# Leads that may open the next sentence and still give more of the count before: "Crews rescued 23 people
# overnight. A further 60 were moved to a shelter."
COUNT_RESTATE_NEXT_SENTENCE: tuple[str, ...] = ("another", "a further", "an additional")
# Cricket words near "a target of 230" that make it runs.
RUNS_CONTEXT_WORDS: tuple[str, ...] = ("overs", "wickets", "innings", "runs", "bowled", "batting", "batted")
# A counted noun as the subject of these verbs gives a bare number after them its noun: "confirmed cases
# rose to 1,200", "the number of applicants reached 350".
LEVEL_VERBS: tuple[str, ...] = (
    "rose to", "risen to", "climbed to", "jumped to", "increased to", "grew to", "fell to", "dropped to",
    "declined to", "reached", "hit", "topped", "stood at", "stands at", "totalled", "totaled", "now stands at",
    # headlines in the present: "Measles cases climb to 87"
    "climb to", "climbs to", "rise to", "rises to", "jump to", "jumps to", "grow to", "grows to", "fall to",
    "falls to", "drop to", "drops to", "reach", "reaches", "hits", "top", "tops",
    # the wire's other moves: "Single-family starts slid to 892,000"
    "slid to", "slipped to", "dipped to", "eased to", "tumbled to", "plunged to", "surged to", "soared to",
)  # fmt: skip
# Verbs that give a length of time as a level when a unit leads them: "Days on market averaged 39".
DURATION_LEVEL_VERBS: tuple[str, ...] = (*LEVEL_VERBS, "averaged", "averages", "average", "was", "were")
# What may follow such a bare length: the clause ends, or goes on with the group or the time it is for.
DURATION_BARE_NEXT: tuple[str, ...] = ("for", "in", "on", "at", "among", "and", "last", "this", "across")
# Another source's figure for the length just given: "cost 19,500 working days, by union figures; the
# government's figure is closer to 15,000". The nouns, the verbs, and the hedges that may stand before the number.
# A standard it is measured against is such a figure too: "took 90 minutes, against a target of 20".
OTHER_ESTIMATE_NOUNS: tuple[str, ...] = (
    "figure", "estimate", "tally", "count", "total", "target", "limit", "goal", "average", "maximum", "minimum",
    "standard", "benchmark",
)  # fmt: skip
OTHER_ESTIMATE_VERBS: tuple[str, ...] = ("is", "was", "stands at", "stood at", "is put at", "was put at", "of")
# Words before a bare number that give the length just before again for another time: "waited 62 days last
# year, up from 45 in 2024".
DURATION_RESTATE_LEAD: tuple[str, ...] = ("up from", "down from", "compared with", "compared to", "against")
# "spent 11 years at the bank, the last four as head of trading": a part of the length at its end or start.
DURATION_PART_SPANS: tuple[str, ...] = ("last", "first", "final", "past", "previous", "latter")
OTHER_ESTIMATE_HEDGES: tuple[str, ...] = (
    "closer to", "nearer to", "nearer", "about", "around", "roughly", "nearly", "almost", "some", "just", "only",
)  # fmt: skip
# The plural units that may lead such a verb, and the words that may stand before them at a clause start.
DURATION_LEVEL_UNITS: tuple[str, ...] = ("days", "hours", "minutes", "weeks", "months", "years")
DURATION_LEVEL_LEAD: tuple[str, ...] = ("the", "average", "median", "mean", "total")
# Verbs that carry a count to a new level with the noun between: "will hire 75 teachers, bringing staff to
# 2,310", "cut 40 jobs, reducing its workforce to 960".
COUNT_CARRY_VERBS: tuple[str, ...] = (
    "bringing", "taking", "raising", "lifting", "pushing", "cutting", "reducing", "lowering",
)  # fmt: skip
# Categories whose noun alone may lead such a verb; any noun may after "the number of".
LEVEL_CATEGORIES: tuple[str, ...] = ("people", "procedures")
# Nouns of other categories that may lead it too: "cases rose to 1,200" (cases are "other", not procedures).
LEVEL_NOUNS: tuple[str, ...] = (
    "cases", "infections", "listings", "approvals", "applications", "claims", "complaints", "arrests",
    "admissions", "referrals", "registrations",
    # a housing report's counts of homes: "Building permits rose 2.4% to 1.49 million", "Homes completed fell
    # to 1.41 million"
    "starts", "permits", "completions", "homes", "houses",
)  # fmt: skip
# Heads of "… of NOUN" that leave the count the noun's: "the number of cases rose 5% to 1,200".
LEVEL_COUNT_HEADS: tuple[str, ...] = ("number", "total", "count", "tally")
# Participles that may stand between such a noun and its verb: "Homes completed fell to 1.41 million".
LEVEL_NOUN_PARTICIPLES: tuple[str, ...] = ("completed", "started", "sold", "built", "approved", "issued")
# A bare number after these words is a count of the dead: "the death toll rose to 128", "deaths rose to 46".
TOLL_CUES: tuple[str, ...] = (
    "death toll", "toll", "number of dead", "number of deaths", "deaths", "fatalities", "number of victims",
    "number of casualties", "casualties",
)  # fmt: skip
# The word right before the bare number after a toll cue: "rose to 128", "stood at 12", "reached 40".
TOLL_NUMBER_LEAD: tuple[str, ...] = ("to", "at", "of", "reached", "hit", "passed", "topped", "surpassed")
# Verbs before "N points" that make the points a player's score (a count), not an index move (a quantity);
# "had" or "with" are not enough ("the index had 3,000 points"), a list of rebounds and assists is.
SCORE_CUES: tuple[str, ...] = (
    "scored", "scores", "scoring", "tallied", "netted", "averaging", "averages", "averaged",
)  # fmt: skip
# … and these, in a text about a game only (`GAME_DOCUMENT_CUES`): "Davis added 24 points" (but "the Dow added
# 120 points").
GAME_SCORE_CUES: tuple[str, ...] = ("added", "with", "had", "contributed")
# Words after a bare "N of M" that leave both numbers bare counts: "won 12 of 13 after", "scored 3 of 4."
# Words between "won 7 of" and the whole: "won seven of their last 10".
# Words between "the" and the whole a part is counted of: "1,800 of the combined 27,000 jobs".
OF_WHOLE_ADJECTIVES: tuple[str, ...] = ("combined", "total", "estimated", "remaining", "existing", "current")
OF_WHOLE_DETERMINERS: tuple[str, ...] = ("their", "its", "his", "her", "our", "the")
OF_WHOLE_SPANS: tuple[str, ...] = ("last", "past", "first", "previous", "opening", "final")
OF_COUNT_NEXT: tuple[str, ...] = (
    "after", "before", "in", "on", "at", "this", "last", "since", "with", "and", "but", "for", "against",
    "so", "as", "while", "when", "during", "through", "under",
)  # fmt: skip
# Words after "N times" that make it a multiplier ("three times as much"), not a count of occasions.
# What a valuation multiple is of: "trades at 15 times earnings", "valued at 3.2 times sales".
VALUATION_BASES: tuple[str, ...] = (
    "earnings", "forward earnings", "sales", "revenue", "revenues", "book value", "ebitda", "profits", "income",
)  # fmt: skip
# … but "over" followed by a stretch of time counts occasions: "a dozen times over the years".
TIMES_OVER_PERIOD: tuple[str, ...] = (
    "the years", "the past", "the last", "the next", "the course", "the decades", "the months", "the weeks",
    "the weekend", "the season", "the summer", "the winter", "the holidays", "time",
)  # fmt: skip
TIMES_MULTIPLIER_NEXT: tuple[str, ...] = (
    "as", "more", "less", "higher", "lower", "larger", "bigger", "greater", "smaller", "faster", "slower",
    "the", "that", "its", "their", "his", "her", "over", "what", *VALUATION_BASES,
)  # fmt: skip
# Written-out numbers counted only from two on: "one" is too often a pronoun or an article ("one trader").
# Plural words after a number that never make an open-class count (`count._open_plural`): lengths of time,
# units and currencies (read as durations, quantities and money, or not figures at all), and verbs of the
# third person ("the top 10 remains"), which a plural's "s" ending would let through.
OPEN_PLURAL_NOT: tuple[str, ...] = (
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "nights", "mornings",
    "afternoons", "evenings", "weekends", "quarters", "halves", "semesters", "seasons", "innings", "overs", "times",
    "points", "percent", "pounds", "dollars", "euros", "cents", "pence", "rupees", "pesos", "francs", "shekels",
    "rubles", "roubles", "dinars", "riyals", "dirhams", "ringgits", "bahts", "lakhs", "crores", "metres", "meters",
    "kilometres", "kilometers", "miles", "feet", "inches", "yards", "acres", "hectares", "tons", "tonnes", "ounces",
    "grams", "kilograms", "kilos", "litres", "liters", "gallons", "barrels", "degrees", "calories", "watts",
    "kilowatts", "megawatts", "gigawatts", "volts", "bytes", "megabytes", "gigabytes", "terabytes", "pixels",
    "knots", "milligrams", "micrograms", "millilitres", "milliliters", "bushels", "pints", "quarts", "carats",
    "horsepower", "newtons", "joules", "decibels", "centimetres", "centimeters", "millimetres", "millimeters",
    "mins", "secs", "hrs", "yrs", "kms", "kgs", "bucks", "shillings", "zlotys", "rands", "cedis", "nairas",
    "bitcoins", "weekdays", "notches", "levels", "places", "spots", "ranks", "odds", "results", "series", "news",
    "means", "remains", "lengths", "stakes", "thanks", "goods", "ones", "others", "hundreds", "thousands",
    "millions", "billions", "dozens", "tens", "scores", "lots", "plenty", "does", "goes", "says", "gets", "makes",
    "takes", "comes", "needs", "rises", "falls", "gains", "adds", "drops", "climbs", "jumps", "leads", "trails",
    "tops", "hits", "ends", "begins", "opens", "closes", "looks", "seems", "shows", "gives", "keeps", "puts",
    "sets", "lets", "plays", "works", "lives", "dies", "wins", "beats", "loses", "stands", "sits", "holds", "runs",
    "turns", "moves", "marks", "tracks", "includes", "remained", "reaches", "stays", "slips", "slides", "surges",
    "soars", "plunges", "tumbles", "edges", "eases", "firms", "rallies", "advances", "declines", "sells", "buys",
    "pays", "costs", "owns",
)  # fmt: skip
MIN_WORD_COUNT = 2
# Words that may not stand between a number and its noun (1,200 of the people, 3 more companies).
COUNT_GAP_STOP: tuple[str, ...] = (
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "than", "as",
    "others", "that", "this", "these", "those", "its",
    "their", "his", "her", "our", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "per", "cent", "percent", "times", "years", "months", "weeks", "days", "hours",
    "minutes", "seconds", "million", "billion", "trillion", "thousand", "hundred", "who", "which", "where",
    "when", "while", "if", "but", "not", "no", "so", "said", "says", "after", "before", "since", "until",
    "up", "down", "over", "under", "into", "out", "off", "about", "around", "per", "each", "every", "all",
    "against", "near", "across", "through", "without", "within", "among", "between", "during", "via", "like",
    "behind", "beyond", "inside", "outside", "toward", "towards", "upon", "despite", "including", "amid",
    "last", "next", "ago", "then", "now", "also", "just", "only", "still", "yet", "here", "there",
    # clock words: "by 5 PM police had left" counts no police
    "am", "pm", "gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "et", "pt", "hrs",
    # longer spans of time: "highest in two decades kept buyers away" counts no buyers
    "decades", "centuries",
)  # fmt: skip
# Words before a number that make it the base of a rate, not a count: "42 cases per 100,000 residents",
# "one death for every 1,000 births".
COUNT_RATE_BASE_BEFORE: tuple[str, ...] = ("per", "every")
# Nouns a decimal may count: cricket overs are written "48.3 overs" (48 overs and 3 balls).
DECIMAL_COUNT_NOUNS: tuple[str, ...] = ("overs",)
# Bare numbers that are a cricket or baseball total of runs: "bowled out for 212", "a target of 260".
RUNS_CUES: tuple[str, ...] = (
    "target of", "bowled out for", "all out for", "chasing", "chase of", "set a target of", "were all out for",
    "was all out for", "reached", "total of",
)  # fmt: skip
# Words that make a text a cricket report (`CRICKET_DOCUMENT_CUES` of them or more, anywhere); only there are
# the batters' bare scores below read as runs.
# Baseball shares "innings", "batter" and "batting", so those are left out.
CRICKET_WORDS: tuple[str, ...] = (
    "wicket", "wickets", "overs", "bowled", "bowler", "bowlers", "bowling", "batsman", "batsmen", "lbw",
    "stumps", "stumped", "wicketkeeper", "wicket-keeper", "seamer", "seamers", "spinner", "spinners",
    "off-spinner", "leg-spinner", "all-rounder", "crease", "cricket", "ODI", "T20",
)  # fmt: skip
CRICKET_DOCUMENT_CUES = 3
# A batter's or a side's bare score in a cricket text: "made an unbeaten 104", "scored 58 before", "a stand
# of 146", "needed 61 off the last 10 overs". Up to two describing words may follow an article ("a
# career-best 88", "an unbeaten 104"); the number must then stand bare (`BARE_COUNT_NEXT`).
CRICKET_RUNS_VERBS: tuple[str, ...] = (
    "made", "makes", "making", "scored", "scores", "scoring", "hit", "hits", "struck", "smashed", "blasted",
    "compiled", "compiling", "posted", "posting", "added", "adding", "contributed", "top-scored with",
    "needed", "needing", "need", "needs", "required", "requiring", "chased", "chased down", "chasing down",
    "racked up", "put on", "amassed", "stand of", "partnership of", "score of", "scores of", "knock of",
    "innings of", "total of", "wicket for", "wickets for", "conceded", "conceding", "leaked", "went for",
    "reply of", "response of", "fell for", "out for", "dismissed for", "caught for", "lbw for", "closed on",
    "declared on", "resumed on", "finished on", "ended on", "dropped on", "reprieved on", "unbeaten on",
    "partnership worth", "stand worth", "chasing", "target of", "cost", "costing", "gave away", "giving away",
    "skittled for", "routed for", "raced to", "cruised to", "moved to", "slumped to", "collapsed to",
    "crashed to", "slipped to", "recovered to", "lifted them to", "took them to", "score was", "total was",
    "overs for", "over for", "plundered", "blasted", "smashing", "hitting", "striking",
)  # fmt: skip
# Verbs before a bowler's figures "took four for 58": the first number counts wickets, the second runs.
CRICKET_FIGURES_LEAD: tuple[str, ...] = (
    "took", "takes", "taking", "claimed", "claims", "claiming", "finished with", "ended with", "returned",
    "returning", "figures of", "grabbed", "picked up", "bagged", "snared",
)  # fmt: skip
# A bowler takes at most ten wickets in an innings: the first number of such figures is one to ten.
CRICKET_FIGURES_MAX_WICKETS = 10
# Nouns of a bare score "N off M balls": the second number counts these, the first runs.
CRICKET_BALLS: tuple[str, ...] = ("balls", "deliveries", "ball", "delivery")
# A rate of scoring: "5.3 an over", "at 6.2 runs per over", "a run rate of 5.8" (a quantity, `runs/over`).
CRICKET_RATE_LEAD: tuple[str, ...] = (
    "run rate of", "run-rate of", "required rate of", "asking rate of", "required run rate of",
    "scoring rate of", "economy rate of", "economy of",
)  # fmt: skip

# --- quantities -------------------------------------------------------------------------------------
# Names of a stock index before its move, which make the level after "rose 52 points to" a level in points.
INDEX_WORDS: tuple[str, ...] = (
    "index", "indices", "Dow", "FTSE", "S&P", "Nasdaq", "Nikkei", "Hang Seng", "ASX", "TSX", "Sensex", "Nifty",
    "DAX", "CAC", "Stoxx", "STOXX", "Kospi", "KOSPI", "Composite", "Average", "benchmark",
)  # fmt: skip
# Unit word as written → unit name in the output.
QUANTITY_UNITS: dict[str, str] = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "nautical miles": "nmi", "nautical mile": "nmi", "nmi": "nmi",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm",
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in", "yards": "yd",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "kg": "kg", "kilograms": "kg", "kilogrammes": "kg",
    "kilos": "kg", "grams": "g", "grammes": "g", "lb": "lb", "lbs": "lb", "ounces": "oz", "oz": "oz",
    "mg": "mg", "milligrams": "mg", "milligram": "mg", "milligrammes": "mg",
    "ml": "ml", "millilitres": "ml", "milliliters": "ml",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gal", "barrels": "barrel",
    "barrels a day": "barrel/day", "barrels per day": "barrel/day", "bpd": "barrel/day",
    "boe/d": "boe/day", "boepd": "boe/day", "barrels of oil equivalent per day": "boe/day",
    "barrels of oil equivalent a day": "boe/day",
    "cubic metres": "m3", "cubic meters": "m3", "cubic feet": "ft3",
    "square metres": "m2", "square meters": "m2", "sq m": "m2", "square feet": "ft2", "sq ft": "ft2",
    "square miles": "mi2", "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2",
    "acres": "acre", "hectares": "ha", "bushels": "bushel",
    "degrees celsius": "°C", "degrees centigrade": "°C", "degrees fahrenheit": "°F", "degrees": "°",
    "°c": "°C", "°f": "°F", "c": "°C",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knot",
    "miles per hour": "mph", "miles an hour": "mph", "kilometers per hour": "km/h", "kilometres per hour": "km/h",
    "kilometers an hour": "km/h", "kilometres an hour": "km/h",
    "mw": "MW", "megawatts": "MW", "gw": "GW", "gigawatts": "GW", "kw": "kW", "kilowatts": "kW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "years old": "years old", "year old": "years old", "-year-old": "years old", "-years-old": "years old",
    "-year-olds": "years old",
    "points": "points",
    # joined to the number by a hyphen as an adjective: "the 2.5-mile route", "a 5,000-square-foot home"
    "-mile": "mile", "-kilometre": "km", "-kilometer": "km", "-metre": "m", "-meter": "m", "-foot": "ft",
    "-inch": "in", "-square-foot": "ft2", "-square-metre": "m2", "-square-meter": "m2", "-acre": "acre",
    "-hectare": "ha", "-tonne": "t", "-ton": "t", "-megawatt": "MW", "-gigawatt": "GW", "-yard": "yd",
    "-kilogram": "kg", "-kilogramme": "kg", "-centimetre": "cm", "-centimeter": "cm",
    # an earthquake's magnitude ("a 6.4-magnitude quake"; "magnitude 6.4" is read in quantity.py)
    "-magnitude": "magnitude",
}  # fmt: skip
# "pounds" is a weight, not money, after a weight word in its clause: "the boxer weighs 200 pounds".
WEIGHT_CUES: tuple[str, ...] = ("weigh", "weighs", "weighed", "weighing", "weight", "weighted", "heavy")
WEIGHT_CUE_WINDOW = 24
WEIGHT_POUND_WORDS: tuple[str, ...] = ("pounds", "pound")
# … and before "of" and any word but these, which "pounds of" money names ("two million pounds of funding").
MONEY_OF_WORDS: tuple[str, ...] = (
    "funding", "investment", "investments", "taxpayers", "taxpayer", "public", "cash", "savings", "debt", "debts",
    "money", "revenue", "revenues", "sales", "spending", "cuts", "damage", "assets", "stock", "shares", "aid",
    "support", "contracts", "compensation", "fines", "profit", "profits", "losses", "bonds", "income", "tax",
    "taxes", "benefits", "grants", "loans", "deals", "business", "trade", "goods", "orders", "bets", "prize",
)  # fmt: skip
# Words that show a text counts money in sterling (then "pounds" may be money anywhere).
STERLING_WORDS: tuple[str, ...] = ("sterling", "GBP", "pence", "penny", "quid")
# Units a lone article counts as one, before "of": "an inch of snow", "a mile of coastline". Not after
# "within" ("within an inch of his life") and not "a ton of" (an idiom).
ARTICLE_QUANTITY_UNITS: dict[str, str] = {
    "inch": "in", "foot": "ft", "mile": "mile", "yard": "yd", "metre": "m", "meter": "m", "kilometre": "km",
    "kilometer": "km", "centimetre": "cm", "centimeter": "cm", "tonne": "t", "litre": "l", "liter": "l",
    "gallon": "gal", "acre": "acre", "hectare": "ha",
}  # fmt: skip
# Approximation words that make a lone article count one unit without "of": "about an inch a year".
ARTICLE_QUANTITY_APPROX: tuple[str, ...] = (
    "about", "nearly", "almost", "roughly", "around", "more than", "less than", "just over", "just under",
)  # fmt: skip
ARTICLE_QUANTITY_VETO_BEFORE: tuple[str, ...] = ("within", "every", "by", "give", "budge", "inch")
# Words shortly before a bare signed number that make it a temperature: "lows will fall between -15 to
# -25", "wind chills of minus 30".
TEMPERATURE_CUES: tuple[str, ...] = (
    "temperature", "temperatures", "temps", "lows", "low", "highs", "high", "wind chill", "wind chills",
    "windchill", "windchills", "thermometer", "thermometers", "frost", "degrees",
)  # fmt: skip
TEMPERATURE_CUE_WINDOW = 60
# People and a comparison before a bare number that make it an age: "people over 75", "adults under 50".
AGE_GROUP_NOUNS: tuple[str, ...] = (
    "people", "adults", "children", "kids", "women", "men", "patients", "residents", "those", "voters",
    "drivers", "girls", "boys", "teenagers", "workers", "employees", "smokers", "participants", "respondents",
    "americans", "britons", "australians", "canadians", "mothers", "fathers", "parents", "users", "anyone",
)  # fmt: skip
AGE_GROUP_COMPARE: tuple[str, ...] = ("over", "under", "older than", "younger than", "aged over", "aged under")
MAX_AGE = 120
# Words before a bare number that make it an age at death or a person's age: "dies at 93", "She was 93.",
# "when he was 38" (the number must end its clause or go on with "when" / "at the time").
AGE_DIED_BEFORE: tuple[str, ...] = ("died at", "dies at", "dead at", "died aged", "dies aged")
AGE_PRONOUN_BEFORE: tuple[str, ...] = (
    "she was", "he was", "she is", "he is", "she turned", "he turned", "she turns", "he turns",
)  # fmt: skip
AGE_PRONOUN_NEXT: tuple[str, ...] = ("when", "at the time", "and", "but")
# A person opening the sentence whose age ends it: "The man killed in the crash was 71.", "A teenage driver
# is 17, police said."
AGE_SUBJECT_NOUNS: tuple[str, ...] = (
    "man", "woman", "boy", "girl", "victim", "driver", "suspect", "passenger", "pilot", "teenager", "motorist",
    "pedestrian", "cyclist", "gunman", "shooter", "defendant", "worker", "firefighter", "officer", "mother",
    "father", "son", "daughter", "husband", "wife", "child", "toddler", "baby", "hiker", "climber", "swimmer",
    "student", "patient", "resident", "farmer", "fisherman", "soldier", "rider", "runner", "survivor",
)  # fmt: skip
# What may follow the person before "was": a participle or a place ("killed in the crash", "from Ohio"), never a
# report ("The officer said the total was 71.") or a clause of its own.
AGE_SUBJECT_PARTICIPLES: tuple[str, ...] = ("shot", "hit", "struck", "found", "held", "taken", "born", "stabbed")
AGE_SUBJECT_NOT_BETWEEN: tuple[str, ...] = (
    "said", "says", "told", "reported", "estimated", "noted", "added", "confirmed", "announced", "believed",
    "that", "total", "number", "score", "average", "rate", "count", "speed",
)  # fmt: skip
# Words after a bare number that make it an age: "people 65 and older", "children 12 or younger".
AGE_AFTER: tuple[str, ...] = ("and older", "or older", "and younger", "or younger")
# Verbs before "over N km" where "over" means "across", not "more than": "spread over 48 kilometres".
ACROSS_VERBS: tuple[str, ...] = (
    "spread", "spreads", "spreading", "stretch", "stretches", "stretching", "stretched", "extend", "extends",
    "extending", "extended", "run", "runs", "running", "ran", "scattered", "flew", "fly", "flying", "travel",
    "travelled", "traveled", "travelling", "traveling", "walked", "walk", "drove", "drive", "driving", "sprawls",
    "sprawling", "covers", "covering",
)  # fmt: skip
# Words before a bare number that make it an age: "aged 45", "ranging in age from 40 to 63", "ages 12 to 17".
AGE_CUES: tuple[str, ...] = (
    "aged", "aged between", "aged from", "ages", "ages of", "age of", "in age from", "ages from", "age from",
    "ages between", "in age between",
)  # fmt: skip
# After "N times" / "twice": the words that make it a multiplier (a comparison), not a count of occasions.
MULTIPLIER_NEXT: tuple[str, ...] = (
    "as", "the", "that", "than", "more", "higher", "larger", "bigger", "greater", "faster", "lower", "smaller",
    "what", "its", "their", "his", "her", "over", "normal", "usual", *VALUATION_BASES,
)  # fmt: skip
# Percent units glued to the digits: 67.3pc (British papers), 12bps.
GLUED_PERCENT_UNITS: tuple[str, ...] = ("pc", "bps", "bp")
# Units glued to the digits are read only from this list (5km, 10kg, 30mph, 40C).
GLUED_QUANTITY_UNITS: tuple[str, ...] = (
    "km", "cm", "mm", "kg", "lb", "lbs", "oz", "ft", "mph", "kph", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh",
    "°c", "°f", "c", "mg", "ml", "km/h",
)  # fmt: skip

# --- ordinals ---------------------------------------------------------------------------------------
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
# Ordinal words that stop being ordinals in these phrases ("at first", "a second" of time).
ORDINAL_VETO_BEFORE: tuple[str, ...] = ("at", "per", "split", "every", "each")
ORDINAL_VETO_AFTER: tuple[str, ...] = ("of all", "hand", "aid", "class", "person", "lady")

# --- dates ------------------------------------------------------------------------------------------
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}  # fmt: skip
# Month names that are also common words: alone (without a day or year) they need a cue word before them.
AMBIGUOUS_MONTHS: tuple[str, ...] = ("May", "March")
# Abbreviations are months only next to a day or a year ("Dec 5", "Oct 2004"), never alone.
MONTH_ABBREVIATIONS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                        "Nov", "Dec")  # fmt: skip
# Words before a month or a year that make a bare one a date ("in May", "since 1947", "whole of 2004").
DATE_CUES: tuple[str, ...] = (
    "in", "since", "by", "until", "till", "from", "to", "through", "throughout", "during", "before", "after",
    "between", "and", "or", "of", "for", "early", "late", "mid", "mid-", "last", "next", "this", "each",
    "every", "than", "around", "circa", "on", "as", "year", "fiscal", "financial", "calendar", "the",
    "whole", "end", "start", "beginning", "spring", "summer", "autumn", "winter", "same", "that",
    # possessives: "its 2019 elections", "their 1998 album" (a count writes "its 2,000 staff")
    "its", "their", "his", "her", "our", "my", "your", "whose",
)  # fmt: skip
# Parts of a month → (first day, last day); 0 is the month's last day (as 上旬 / 中旬 / 下旬 / 月底).
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "the beginning of": (1, 10), "the start of": (1, 10), "mid": (11, 20), "mid-": (11, 20),
    "the middle of": (11, 20), "late": (21, 0), "the end of": (0, 0), "end-": (0, 0),
    # weeks and halves counted from the first day: "the first week of March" is 1-7 March
    "the first week of": (1, 7), "the second week of": (8, 14), "the third week of": (15, 21),
    "the first half of": (1, 15), "the second half of": (16, 0),
}  # fmt: skip
# Parts of a year → (first month, last month), as 年初 / 年底: "the end of 2004" → 2004-12.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "the end of": (12, 12), "end-": (12, 12), "the start of": (1, 1), "the beginning of": (1, 1),
    "the middle of": (6, 7), "mid-": (6, 7), "mid": (6, 7),
}  # fmt: skip
# Words of a game in the sentence of a quarter with no year make it a period of play, not of the calendar:
# "with 2:11 left in the fourth quarter", "scored 12 points in the third quarter". ("points" and "led" are
# left out: index moves and business news use them beside real quarters.)
GAME_QUARTER_CUES: tuple[str, ...] = (
    "touchdown", "touchdowns", "field goal", "scored", "scoring", "quarterback", "interception", "fumble",
    "halftime", "half-time", "overtime", "three-pointer", "three-pointers", "3-pointer", "3-pointers",
    "free throws", "rebounds", "assists",
    "left in the", "remaining in the", "to play in the", "timeout", "buzzer", "tipoff", "tip-off", "kickoff",
)  # fmt: skip
# Months after a quarter or a half ends within which results for it are reported: a yearless period reported as
# done is the latest such period only when it ended this recently (else a fiscal period).
REPORT_LAG_MONTHS: dict[str, int] = {"quarter": 3, "half": 4}
# A quarter with no year in a text that names this many game words anywhere is a period of a game ("trailed
# by 14 in the second quarter" in a basketball report), even when its own sentence names none.
GAME_DOCUMENT_CUES = 3
QUARTER_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4,
    "last": 4,
}  # fmt: skip
HALF_WORDS: dict[str, tuple[int, int]] = {
    "first": (1, 6), "second": (7, 12), "1st": (1, 6), "2nd": (7, 12), "latter": (7, 12),
}  # fmt: skip
# Nouns after "first-half" / "second-quarter" that make the adjective a period of a year.
PERIOD_ADJ_NOUNS: tuple[str, ...] = (
    "profit", "profits", "results", "earnings", "sales", "revenue", "revenues", "loss", "losses", "growth",
    "figures", "performance", "output", "gdp", "income", "turnover", "margin", "margins", "dividend",
    "trading", "net", "pre-tax", "operating", "underlying", "deficit", "surplus", "numbers",
)  # fmt: skip
RELATIVE_YEARS: dict[str, int] = {"last year": -1, "this year": 0, "next year": 1, "the current year": 0}
RELATIVE_MONTHS: dict[str, int] = {"last month": -1, "this month": 0, "next month": 1}
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}
# The week (Monday to Sunday) of the reference date, the one before or after it, as 本周 / 上周 / 下周.
RELATIVE_WEEKS: dict[str, int] = {"last week": -1, "this week": 0, "next week": 1}
WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip
# "last Tuesday" is the latest Tuesday before the reference date, "next Tuesday" the first after it; "this"
# changes nothing (the nearest one).
WEEKDAY_DIRECTIONS: dict[str, int | None] = {"last": -1, "next": 1, "this": None, "on": None}
# Capitalised words that make a weekday part of a name: Black Friday, Super Tuesday, Bloody Sunday…
WEEKDAY_NAME_BEFORE: tuple[str, ...] = (
    "Black", "Good", "Super", "Cyber", "Ash", "Holy", "Palm", "Easter", "Bloody", "Giving", "Maundy",
    "Shrove", "Whit", "Remembrance", "Mothering", "Manic", "Blue", "Big", "Small", "Business", "Red",
)  # fmt: skip
# … and after it: the Sunday Times, Saturday Night Live, Monday Night Football.
WEEKDAY_NAME_AFTER: tuple[str, ...] = (
    "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Night", "Mail", "People", "Sport",
    "Independent", "Observer", "Service", "School", "Club", "Market", "League",
)  # fmt: skip
# Words before a weekday that make it a habit, not a day: "every Monday", "on Mondays" is plural already.
# A weekday or month in a clause with a verb in the past ("said Friday", "died early Sunday", "output fell in
# June") is the latest such day or month up to the reference date, not the nearest one, which may lie ahead: a
# Wednesday story's "police said Friday" is five days back (en/tense.py). Past forms not ending in -ed:
PAST_VERBS: tuple[str, ...] = (
    "said", "told", "met", "began", "fell", "rose", "won", "lost", "died", "left", "held", "made", "took",
    "came", "went", "saw", "hit", "shot", "struck", "found", "gave", "sent", "sold", "bought", "paid",
    "spent", "kept", "led", "ran", "broke", "brought", "caught", "drew", "flew", "grew", "knew", "put", "quit",
    "read", "rode", "shut", "slid", "sought", "spoke", "stood", "stole", "swept", "threw", "wrote",
    "was", "were", "had", "did", "got", "became", "beat", "bid", "cut", "dropped", "let", "split", "tore",
    "swung",
)  # fmt: skip
# Words that make a clause look ahead (en/tense.py): "will open in April", "scheduled a hearing for Monday".
TENSE_AHEAD_CUES: tuple[str, ...] = (
    "will", "would", "shall", "won't", "scheduled", "schedules", "planned", "plans", "plan to", "expected to",
    "expects", "is due", "are due", "due to", "set to", "set for", "is to", "are to", "to be held", "upcoming",
    "next", "intends", "aims to", "slated", "going to", "forecast to", "projected to", "to be", "coming",
    # outlooks, which keep a reported period in the calendar: "expects third-quarter sales to rise"
    "expect", "forecast", "forecasts", "sees", "outlook", "guidance", "projects", "predicts", "estimates",
    "targets", "ahead", "by the end of", "later this",
    # a date moved later than the statement: "talks were postponed until July"
    "postponed", "delayed", "pushed back", "deferred", "rescheduled",
    # a payment or a term that falls due: "a dividend … payable Dec. 15", "the offer expires Friday"
    "payable", "expires", "expiring", "matures", "maturing",
    # a start in the present: "the fiscal year that begins July 1", "the law takes effect Jan. 1"
    "begins", "starts", "takes effect", "take effect", "kicks off", "opens",
    # a threat is of what has not happened yet: "the union has threatened strikes from early December"; the bare
    # "threatened" is left out, since "threatened in March to quit" dates the threat itself
    "threatens", "threatening", "threatened to", "has threatened", "have threatened",
    # an expected return: "power was restored to 80%, with the rest expected back by Sunday" ("expected by" is
    # left out: "the report, expected by March, was published in April" dates a past plan)
    "expected back", "due back",
)  # fmt: skip
# Joining words a title leaves in lower case ("Notes from the Deep"); the shorter ones are not looked at.
TITLE_MINOR_WORDS: tuple[str, ...] = ("from", "with", "into", "over", "upon", "onto", "than", "that", "under")
# Words opening an aside set off by commas (", who joined in 2009,"); "when" is left out, since its clause
# dates what is around it (", when she was 38").
ASIDE_OPENERS: tuple[str, ...] = ("who", "which", "whose", "where")
# Leads before a bare scaled number that make it more of the amount just before ("and a further 120 crore in
# 2028"), and what may follow such a number (the clause ends, or a time or a recipient comes next).
MONEY_MORE_LEAD: tuple[str, ...] = ("another", "a further", "an additional", "an extra")
MONEY_MORE_NEXT: tuple[str, ...] = ("in", "on", "for", "to", "by", "from", "over", "this", "next", "last", "and")
# After a fraction, "a" and these words make a rate in time ("fell by a third a year"); "a" and any other word
# make a part of one unit ("by half a cent"), which is no rate.
FRACTION_A_PERIODS: tuple[str, ...] = ("year", "month", "week", "day", "decade", "quarter")
# Reporting verbs after a comma that open a clause of their own for the tense of a date in it.
TENSE_REPORTING_VERBS: tuple[str, ...] = ("saying", "adding", "citing", "noting", "warning")
# Words right before a date that make it an end point ahead: "extended through midday Wednesday", "until June".
TENSE_END_LEAD: tuple[str, ...] = ("until", "till", "through", "thru", "extended to")
# Auxiliary verbs: after a counted noun among a count's describing words they end the count ("two firefighters
# were hurt in 2 incidents").
AUXILIARY_VERBS: tuple[str, ...] = ("is", "are", "was", "were", "has", "have", "had", "will", "would")
# Words in -ed that are no verbs in the past (a number, adjectives, words that merely end so).
PAST_ED_NOT: tuple[str, ...] = (
    "hundred", "indeed", "need", "speed", "proceed", "succeed", "exceed", "feed", "seed", "breed", "bed",
    "red", "scheduled", "planned", "expected", "slated", "billed", "timed", "based", "aged", "unmanned",
    "armed", "skilled", "related", "united", "limited", "advanced", "detailed", "registered", "licensed",
    "qualified", "experienced",
)  # fmt: skip
# Words that may stand before a date opening its sentence ("In March, …", "On Friday, …", "Late Tuesday, …").
TENSE_OPENING_LEAD: tuple[str, ...] = ("in", "on", "by", "during", "early", "late", "early in", "late in", "since")
WEEKDAY_HABIT_BEFORE: tuple[str, ...] = ("every", "each", "most", "some", "any", "other")
# A four-digit number before a street name is a house number or a block, not a year: "the 2100 block of
# Washtenaw", "of 1909 Jolinda Drive", "1800 W. Main St." (STREET_SUFFIXES below).
# Time zones written between a time and its day: "4:30 p.m. ET on Friday", "11 a.m. local time Tuesday".
TIME_ZONES: tuple[str, ...] = (
    "GMT", "BST", "CET", "CEST", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
    "PDT", "local time",
)  # fmt: skip
ADDRESS_NEXT: tuple[str, ...] = ("block", "blocks")
# Named days → (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26), "New Year's Day": (1, 1),
    "New Year's Eve": (12, 31), "New Years Day": (1, 1), "New Years Eve": (12, 31), "Valentine's Day": (2, 14),
    "Halloween": (10, 31), "Hogmanay": (12, 31), "Bonfire Night": (11, 5), "St Patrick's Day": (3, 17),
    "St. Patrick's Day": (3, 17), "Christmas": (12, 25),
}  # fmt: skip
# Holiday names that are dates only after a date preposition ("days before Christmas"); alone they name a
# season or its trade ("Christmas takings").
CUED_HOLIDAYS: tuple[str, ...] = ("Christmas",)
HOLIDAY_CUES: tuple[str, ...] = (
    "before", "after", "on", "at", "until", "till", "by", "since", "over", "for", "around", "ahead of",
    "in time for", "from", "to",
)  # fmt: skip

# --- vetoes -----------------------------------------------------------------------------------------
# Capitalised names right before a number make it part of a name, not a figure: FTSE 100, Boeing 747.
NAME_BEFORE_NUMBER: tuple[str, ...] = (
    "FTSE", "Boeing", "Airbus", "Windows", "iPhone", "iPad", "Galaxy", "PlayStation", "Xbox", "Formula",
    "Channel", "Radio", "BBC", "Apollo", "Fortune", "Nasdaq", "DAX", "CAC", "Nikkei", "Stoxx", "Seng",
    "Russell", "S&P", "STOXX", "Top", "Catch", "Model", "Version", "Series", "Mark", "Section", "Article", "Chapter",
    "Clause", "Paragraph", "Rule", "Room", "Flight", "Route", "Highway", "Interstate", "Gate", "Platform",
    "Terminal", "Level", "Grade", "Class", "Page", "Vol", "Volume", "Category", "Stage", "Phase", "Type",
    "Euro", "Expo", "Agenda", "Vision", "Office", "Android", "Covid", "League", "Division", "Proposition",
    "Amendment", "Tier", "Band", "Studio", "Box", "Unit", "Block", "Pier", "Bay", "Lot", "Door", "Act",
    "Ward", "Year", "Key", "Number", "No", "No.", "Nos", "Nos.", "Tel", "Tel.", "Fax", "Ext", "PO",
)  # fmt: skip
# A capitalised word right before a small number names a model or a title ("the Pixel 8 chips", "Apollo 13
# astronauts") unless it is one of these, after which a count may follow: "on Tuesday 12 people".
COUNT_NAME_LEAD_OK: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
)  # fmt: skip
COUNT_NAME_MAX_DIGITS = 3
# Street names after a house number make it an address, not a figure: "of 1909 Jolinda Drive", "2134
# Caldwell Place", "3170 W. County Road". Case matters.
STREET_SUFFIXES: tuple[str, ...] = (
    "Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Drive", "Dr", "Dr.", "Lane", "Ln",
    "Boulevard", "Blvd", "Blvd.", "Way", "Court", "Ct", "Ct.", "Place", "Pl", "Pl.", "Terrace", "Parkway", "Pkwy",
    "Highway", "Hwy", "Circle", "Trail", "Pike", "Square", "Crescent", "Close",
)  # fmt: skip
# Words before "NUMBER Name Street" that leave the number a year: "in 1990 Main Street was rebuilt".
STREET_YEAR_LEADS: tuple[str, ...] = ("in", "since", "by", "until", "during", "before", "after", "from", "to")
# Phrases whose numeral is not a figure ("one-off", "no one"). Matched case-insensitively as whole words.
VETO_PHRASES: tuple[str, ...] = (
    "one-off", "one off", "one of", "no one", "one another", "one by one", "one or two", "one or more",
    "one-time", "one-to-one", "one-on-one", "one-sided", "one-way", "one-stop", "one and only", "one day",
    "twenty-four seven", "24/7", "catch-22", "fifty-fifty", "nine-to-five", "one-nil", "two-nil",
    "first-class", "second-hand", "third-party", "first-hand", "first aid", "second-guess", "at first",
    "first of all", "first and foremost", "one-two",
)  # fmt: skip

# --- facets: what a figure is about, in words that contrast ------------------------------------------
# Word near a figure → facet "group:value", as in the Chinese table (the values are shared, so a draft in one
# language can be checked against a source in the other). Matched as whole words, case-insensitively; words in
# FACET_NEAR_ONLY count only right beside the figure ("down 5%", but not "up to 5%").
FACET_WORDS: dict[str, str] = {
    **dict.fromkeys(("dead", "died", "die", "dies", "killed", "killing", "kill", "kills", "deaths", "death",
                     "fatalities", "fatality", "fatally", "lives", "deceased", "perished", "death toll", "bodies"),
                    "casualty:dead"),
    **dict.fromkeys(("injured", "injuries", "injury", "wounded", "hurt", "injuring", "wounding", "injures"),
                    "casualty:injured"),
    **dict.fromkeys(("minor injuries", "slightly injured", "lightly injured", "minor injury"),
                    "casualty:injured.minor"),
    **dict.fromkeys(("seriously injured", "critically injured", "critical condition", "serious injuries", "critically",
                     "seriously wounded", "badly injured"), "casualty:injured.serious"),
    **dict.fromkeys(("missing", "unaccounted for"), "casualty:missing"),
    **dict.fromkeys(("rescued", "survivors", "survived", "saved"), "casualty:rescued"),
    **dict.fromkeys(("confirmed cases", "confirmed"), "case:confirmed"),
    **dict.fromkeys(("suspected cases", "suspected"), "case:suspected"),
    **dict.fromkeys(("recovered", "recoveries"), "case:recovered"),
    **dict.fromkeys(("men", "male", "males", "boys"), "sex:male"),
    **dict.fromkeys(("women", "female", "females", "girls"), "sex:female"),
    **dict.fromkeys(("fine", "fined", "fines", "penalty", "penalties", "penalised", "penalized"), "money:fine"),
    **dict.fromkeys(("restitution", "repay", "repaid", "refund", "refunded", "forfeit", "forfeited"),
                    "money:restitution"),
    **dict.fromkeys(("bribe", "bribes", "bribery", "kickbacks", "kickback"), "money:bribe"),
    **dict.fromkeys(("compensation", "damages", "settlement", "compensate", "compensated"),
                    "money:compensation"),
    **dict.fromkeys(("reward", "prize", "bonus", "bounty"), "money:reward"),
    **dict.fromkeys(("invest", "invested", "investment", "investing"), "money:investment"),
    **dict.fromkeys(("donate", "donated", "donation", "donations"), "money:donation"),
    **dict.fromkeys(("revenue", "revenues", "sales", "turnover"), "money:revenue"),
    **dict.fromkeys(("profit", "profits", "net income", "earnings"), "money:profit"),
    **dict.fromkeys(("loss", "losses", "net loss"), "money:loss"),
    **dict.fromkeys(("rose", "rise", "rises", "risen", "up", "increase", "increased", "increases", "gained",
                     "gain", "grew", "growth", "jumped", "climbed", "higher", "surged"), "direction:up"),
    **dict.fromkeys(("fell", "fall", "falls", "fallen", "down", "decrease", "decreased", "decline", "declined",
                     "dropped", "drop", "slipped", "lower", "shrank", "plunged"),
                    "direction:down"),
    **dict.fromkeys(("prison", "jail", "imprisonment", "jailed", "imprisoned"), "sentence:prison"),
    **dict.fromkeys(("life imprisonment", "life in prison"), "sentence:life"),
    **dict.fromkeys(("probation", "suspended sentence"), "sentence:probation"),
}  # fmt: skip
FACET_NEAR_ONLY: frozenset[str] = frozenset(("up", "down", "men", "women", "fine"))
# Between a total and an amount after it in one sentence: the amount is a part of the total (stats adds it once).
PART_CUES: tuple[str, ...] = ("of which", "including", "includes", "included")
# Words that say nothing about what a figure is about (check compares the other words around two figures).
FUNCTION_WORDS: frozenset[str] = frozenset((
    "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "over", "under", "than",
    "was", "were", "are", "has", "had", "have", "been", "being", "will", "would", "could", "should", "may", "might",
    "its", "their", "his", "her", "our", "your", "they", "them", "she", "him", "who", "whom", "which", "what",
    "when", "where", "while", "also", "said", "says", "say", "about", "around", "some", "more", "most", "less",
    "than", "then", "there", "here", "not", "but", "all", "any", "each", "per", "cent", "percent", "per cent",
    "total", "totalled", "totaled", "according", "reported", "report", "year", "years", "after", "before",
    "during", "since", "until", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "million", "billion", "thousand", "hundred", "mln", "bln", "just", "only", "nearly", "almost", "up", "down",
))  # fmt: skip
