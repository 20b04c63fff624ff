"""Looser statements of a figure: a claim less precise than its source, still true of it.

约4700万元 for 4725万元, 超过4000万元 for 4725万元, 700多人 for 约720多人, 约4年半 for 54个月, and a quantity
restated in units the source's cannot be converted to exactly, rounded where the claim writes its last digit
(56 mph for 90 km/h). `check` supports such a claim with a note; `verdict.other_thing` does too when second
thoughts move a claim onto a figure it loosely states.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from .. import units
from ..model import DateValue, DurationValue, Fact
from .classify import power_of_ten
from .range_ends import amount_end
from .values import as_number, same_measure


def _significant_round(y: Fraction, like: Fraction) -> Fraction:
    """`y` rounded to as many significant digits as `like` is written with (4725万 like 4700万 → 4700万)."""
    if like == 0 or y == 0:
        return y
    d = Decimal(like.numerator) / Decimal(like.denominator)
    exp = d.normalize().as_tuple().exponent  # 4.7E+7 → 6 (a trailing zero is not significant)
    assert isinstance(exp, int)
    q = Decimal(1).scaleb(exp)
    return Fraction((Decimal(y.numerator) / Decimal(y.denominator)).quantize(q, rounding=ROUND_HALF_UP))


def _last_digit(x: Fraction) -> Fraction:
    """The value of one unit in the last significant digit `x` is written with (1.1万 → 1000; 4000万 → 1000万)."""
    if x == 0:
        return Fraction(1)
    d = (Decimal(x.numerator) / Decimal(x.denominator)).normalize()
    exp = d.as_tuple().exponent
    assert isinstance(exp, int)
    return Fraction(Decimal(1).scaleb(exp))


def _in_claim_units(claim: Fact, source: Fact) -> tuple[Fraction, Fraction] | None:
    """Both values as numbers in the claim's own unit (14.5 kilometers as 9.0098 miles beside "about 9 miles"), so that
    rounding is done where the claim was written; other types as `as_number` gives them."""
    if claim.type == "quantity":
        a, b = units.lookup(claim.unit), units.lookup(source.unit)
        if a is not None and b is not None and isinstance(claim.value, Decimal) and isinstance(source.value, Decimal):
            return Fraction(claim.value), Fraction(source.value) * b.factor / a.factor
    x, y = as_number(claim, claim.value), as_number(source, source.value)
    return None if x is None or y is None else (x, y)


def _rounded_conversion(claim: Fact, source: Fact) -> str | None:
    """A note when the claim restates a quantity in units the source's cannot be converted to exactly, rounded
    where its last digit stands (56 mph for 90 km/h, 9 miles for 14.5 kilometers), else None. Between units a power
    of ten apart nothing needs rounding (5.1公里 for 5000米 is another figure)."""
    a, b = units.lookup(claim.unit), units.lookup(source.unit)
    if a is None or b is None or a.dimension != b.dimension:
        return None
    ratio = b.factor / a.factor
    if ratio == 1 or power_of_ten(ratio) is not None:
        return None
    both = _in_claim_units(claim, source)
    if both is None or not isinstance(claim.value, Decimal):
        return None
    # Rounded at the last digit as written: with no "about", 60 mph says sixty, not "sixty or so" (55.9 mph).
    exp = claim.value.as_tuple().exponent
    assert isinstance(exp, int)
    y = Decimal(both[1].numerator) / Decimal(both[1].denominator)
    if y.quantize(Decimal(1).scaleb(exp), rounding=ROUND_HALF_UP) != claim.value:
        return None
    return f"the same amount in other units, rounded ({claim.text} for {source.text})"


# One unit of each part of a duration as `values.as_number` weighs it (months ahead of seconds).
_DURATION_UNITS = {"Y": 12 * 10**9, "M": 10**9, "W": 7 * 86400, "D": 86400, "TH": 3600, "TM": 60, "TS": 1}


def _duration_step(claim: Fact) -> Fraction | None:
    """How precise a duration is, in `as_number`'s weights: one unit of its last digit in the unit it is written in
    (一年多 is "one year and some": more than 12 months and less than 24, so 14个月 lies in it), else None."""
    if claim.type != "duration" or not isinstance(claim.value, DurationValue) or len(claim.value.parts) != 1:
        return None
    [(amount, unit)] = claim.value.parts
    weight = _DURATION_UNITS.get(unit)
    return None if weight is None else _last_digit(Fraction(amount)) * weight


# How many days a reporter writes for a month ("within 90 days" for "within three months", 180天 for 半年 read as
# 6个月): the whole months a 30-day month makes, never another number of days (100天 is no 3个月).
_DAYS_A_MONTH = 30


def _months_as_days(claim: Fact, source: Fact) -> str | None:
    """A note when one duration is a whole number of months and the other that many 30-day months in days (90 days
    for three months), else None."""
    cv, sv = claim.value, source.value
    if not (isinstance(cv, DurationValue) and isinstance(sv, DurationValue)):
        return None
    if len(cv.parts) != 1 or len(sv.parts) != 1:
        return None
    [(a, ua)], [(b, ub)] = cv.parts, sv.parts
    pair = {ua: a, ub: b}
    if set(pair) != {"D", "M"} or pair["D"] != pair["M"] * _DAYS_A_MONTH:
        return None
    return f"the same length in days and in months ({claim.text} for {source.text})"


def less_precise(claim: Fact, source: Fact) -> str | None:
    """A note when the claim's approximate figure holds for the source's (约4700万元 for 4725万元; 超过4000万元 for
    4725万元; 700多人 for 约720多人; 约172万元 for 172万余元; 约4年半 for 54个月), or restates it in other units
    rounded (56 mph for 90 km/h), or names the end of the source's range it gives (up to 15 mph for 5 to 15 mph),
    else None."""
    if claim.max is None and source.max is not None:
        return amount_end(claim, source)
    if claim.max is not None or source.max is not None:
        return None
    if claim.type == "quantity" and (claim.approx or None) == (source.approx or None):
        return _rounded_conversion(claim, source)
    if claim.type == "duration" and (claim.approx or None) == (source.approx or None):
        return _months_as_days(claim, source)
    if claim.approx is None:
        return None
    # A bound holds for an approximate source figure beyond it (700多人 for 约720多人); "about" rounds what is
    # exact, a little more (约172万元 for 172万余元) or itself about (约4700 for 约4730).
    bound_ok = claim.approx in ("more_than", "at_least") and source.approx in ("about", "more_than")
    about_ok = claim.approx == "about" and source.approx in ("more_than", "about")
    if source.approx is not None and not (bound_ok or about_ok):
        return None
    if claim.type not in ("money", "count", "quantity", "percent", "duration") or not same_measure(claim, source):
        return None
    both = _in_claim_units(claim, source)
    if both is None:
        return None
    x, y = both
    if x == y and claim.approx in ("more_than", "less_than") and source.approx is None:
        return None
    # A bound is as precise as its last significant digit: 1.1万余处 says 11,000 to 12,000 (never the 7.7万余处 of
    # another count), 超过4000万元 holds for 4725万元, 700多人 for 720多人.
    step = _duration_step(claim) or _last_digit(x)
    holds = {
        "about": _significant_round(y, x) == x,
        "more_than": x < y < x + step,
        "at_least": x <= y < x + step,
        "less_than": x - step < y < x,
        "at_most": x - step < y <= x,
    }.get(claim.approx, False)
    if not holds:
        return None
    return f"the draft is less precise ({claim.text}) than the source ({source.text})"


# The context a looser statement needs when it is the only figure of the source it can be true of: less than the
# usual bar (a rounded figure rarely shares the few characters around the source's exact one: "The Conservatives
# raised roughly £4.6 million" for "donations totalling £4,610,849"), but not none. (The same for a coarser date, the
# only source date inside the claim's month or year, was measured and not kept: it let wrong dates through.)
LONE_SIM = 0.15


def lone(s: Fact, pool: Sequence[Fact], holds: Callable[[Fact], bool], score: float, shared: frozenset[str]) -> bool:
    """Whether source figure `s` is the only one of `pool` a looser claim holds for (`holds`), in a context alike
    at least `LONE_SIM` and sharing a word of the claim (`shared`): such a claim can be about nothing else the source
    states. A rounding that two source figures satisfy still needs the usual context."""
    return score >= LONE_SIM and bool(shared) and all(x is s or not holds(x) for x in pool)


def lone_rounding(claim: Fact, s: Fact, pool: Sequence[Fact], score: float, shared: frozenset[str]) -> bool:
    """`lone` for a rounded claim, which must also not have its own number in the source: "about A$1.1 billion" where
    the source says "about US$1.1 billion" is that figure in another currency, not A$1.05 billion rounded."""
    number = as_number(claim, claim.value)
    if any(as_number(x, x.value) == number for x in pool):
        return False
    return lone(s, pool, lambda x: less_precise(claim, x) is not None, score, shared)


def following_words(f: Fact, facts: Sequence[Fact]) -> frozenset[str]:
    """The words after a date up to the next date of its sentence or the end of its sentence part: the event it
    dates when it opens its statement (本报讯 2019年7月2日，县污水处理厂改扩建项目正式开工), which a dateline or
    a reporter's byline before it keeps `similarity` from reading as its scope."""
    from .roles import position
    from .similarity import PART, terms

    at = position(f) + len(f.text)
    later = [position(x) for x in facts if x.type == "date" and x.sentence_start == f.sentence_start
             and x.sentence == f.sentence and position(x) >= at]  # fmt: skip
    end = PART.search(f.sentence, at)
    stop = min([*later, end.start() if end else len(f.sentence)])
    return terms(f.sentence[at:stop])


def event_words(j: int, facts: Sequence[Fact], ctx: Sequence[Any]) -> frozenset[str]:
    """The words naming the event source date `j` dates: its own stretch and the words after it (`following_words`),
    and its clause and scope less the words another date of its sentence has in its own stretch or after it ("on
    Tuesday approved a budget for the fiscal year that begins October 1": the approval is Tuesday's, not October
    1's)."""
    f = facts[j]
    own = ctx[j].terms | following_words(f, facts)
    others: frozenset[str] = frozenset()
    for k, x in enumerate(facts):
        if k != j and x.type == "date" and x.sentence_start == f.sentence_start and x.sentence == f.sentence:
            others |= ctx[k].terms | following_words(x, facts)
    return own | ((ctx[j].clause | ctx[j].scope) - (others - own))


def same_event_words(claim: Fact, claim_words: frozenset[str], near: frozenset[str], score: float) -> bool:
    """Whether a coarser date (March 2024 for "on Tuesday", 2019年 for 2019年7月2日) dates the source date's event:
    most of the claim's words (its event and what it is about: approved, plan; 项目, 开工) stand around the source
    date (`near`: its stretch, clause and scope, and the words after it up to the next date), in a context alike at
    least `LONE_SIM`. A year or a month alone holds many events of an article, so one shared noun is not enough:
    项目 beside 2019年6月获批复 dates the approval, not a claimed 2019年开工."""
    from .owners import _absent

    # (a period the claim states, "between 2006 and 2016", says where it starts and ends: a wider one around the
    # source's 2008 to 2016 is another period, not a looser statement of it)
    if score < LONE_SIM or not claim_words or not isinstance(claim.value, DateValue) or claim.value.end is not None:
        return False
    from .similarity import terms
    from .wordsets import DATE_QUALIFIERS

    # ("the autumn of 2026" for September 2026: autumn places the date, the event is what the rest of the claim says)
    claim_words = claim_words - terms(" ".join(DATE_QUALIFIERS))
    if not claim_words:
        return False
    missing = _absent(claim_words, near)
    return len(claim_words) - len(missing) > len(missing)
