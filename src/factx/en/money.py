"""Money in English: $42.8m, £23.7m, US$1.2 billion, 3,000 yuan, 22,201bn yen, 8 pence, 4.2p, Rs 50 crore,
ranges ($3m-$5m, between $3m and $5m, 3 to 5 million euros), approximations (more than £5m) and a
minus sign (-$3.5m keeps a negative value).

An amount is a number from the shared scan with a currency sign or code before it or a currency word
after it; "multi-million pound" has no number and is never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, words_re
from . import context
from . import money_about as about
from . import tables as en
from .numbers import Num, scan

_SIGNS: dict[str, str] = {**en.CURRENCY_SIGNS, **{c: c for c in en.CURRENCY_CODES}}
_SIGN_MAX = max(map(len, _SIGNS)) + 1
_SIGN_BEFORE = compiled(rf"(?<![A-Za-z])(?:{words_re(_SIGNS)})\s?$")
_WORDS: dict[str, tuple[str, str]] = {k.lower(): v for k, v in en.CURRENCY_WORDS.items()}
_WORD_AFTER = compiled(rf"\s+(?i:{words_re(_WORDS)})(?![A-Za-z])")
_SCALED_WORD_AFTER = compiled(rf"\s+(?:{words_re(en.CURRENCY_WORDS_AFTER_SCALE)})(?![A-Za-z])")
_CODE_AFTER = compiled(rf"\s?(?:{words_re(en.CURRENCY_CODES)})(?![A-Za-z])")
_PENCE = compiled(rf"{en.PENCE_SUFFIX}(?![A-Za-z0-9])")
_RANGE_SEP = compiled(r"\s*(?:[-–—]|to|and)\s*", re.I)
_PER_UNIT = compiled(rf"(?:\s+(?:a|an|per)\s+|/)(?i:{words_re(en.PER_UNIT_WORDS)})(?![A-Za-z])")
# A conversion in brackets right after an amount shares its role: $630m (£481.5m), ($214.6bn;£114.5bn).
_CONVERSION_GAP = compiled(r"\s*[(;/,]\s*")
_WEIGHT_WORDS = frozenset(en.WEIGHT_POUND_WORDS)
# Earnings per share: "$2.53 per diluted share", "$2.52 a share on revenue of $27.5 billion".
_PER_SHARE = compiled(r"\s+(?:a|per)\s+(?:diluted\s+|basic\s+|adjusted\s+)?share(?![A-Za-z])", re.I)
_ON_REVENUE = compiled(r"\s+on\s+(?:revenue|revenues|sales)(?![A-Za-z])", re.I)
_SUBJECT_STOP = rf"(?!(?i:{words_re(en.MONEY_SUBJECT_STOP)})(?![A-Za-z]))"


def _phrase_after(lead: str) -> re.Pattern[str]:
    """Up to four words after `lead`, up to a stop word or punctuation."""
    return compiled(
        rf"\s+(?i:{lead})\s+(?P<np>(?:the\s+|an?\s+)?{_SUBJECT_STOP}[A-Za-z][A-Za-z'’\-]*"
        rf"(?:\s+{_SUBJECT_STOP}[A-Za-z][A-Za-z'’\-]*){{0,3}})"
    )


# "$5m for a new children's hospital"
_SUBJECT = _phrase_after(words_re(en.MONEY_SUBJECT_LEAD))
_SUBJECT_VETO = frozenset(en.MONEY_SUBJECT_VETO)
_CALENDAR_WORDS = frozenset((*en.WEEKDAYS, *en.MONTHS))
# "will spend £2bn on new hospitals": after a spending verb, "on …" names what the amount buys.
_SPENT_ON = _phrase_after("on")
_SPEND_VERB = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.MONEY_SPEND_VERBS)})\s+(?:[A-Za-z]+\s+)?$")
# "stock worth an estimated NZ$12 million": the noun before "worth" is what the amount values.
_WORTH_STOP = frozenset(w.lower() for w in en.MONEY_SUBJECT_STOP) | {"a", "an", "the", "be", "been", "being"}
_WORTH = compiled(r"(?<![A-Za-z])(?P<np>[A-Za-z][a-z'’\-]*(?:\s+[a-z][a-z'’\-]*)?)\s+worth\s+$")


@dataclass(slots=True)
class _Amount:
    """One end of an amount: where it is written and what currency marks it."""

    start: int  # the sign, or the number
    end: int  # after the currency word, or after the number
    num: Num
    currency: str | None
    factor: Decimal
    signed: bool  # the currency is written before the number


def _read(doc: Doc, n: Num) -> _Amount:
    norm = doc.norm
    start, end, currency, factor, signed = n.start, n.end, None, Decimal(1), False
    if not n.words:
        m = _SIGN_BEFORE.search(norm, max(0, n.start - _SIGN_MAX), n.start)
        if m is not None:
            sign = m.group().rstrip()
            return _Amount(m.start(), n.end, n, _SIGNS[sign], factor, True)
    m = _WORD_AFTER.match(norm, n.end)
    if m is not None:
        word = re.sub(r"\s+", " ", m.group().strip().lower())
        if word in _WEIGHT_WORDS and context.pounds_weigh(doc, n.start, m.end()):
            return _Amount(start, end, n, None, factor, signed)  # "weighs 200 pounds": a weight (quantity.py)
        currency, f = _WORDS[word]
        return _Amount(start, m.end(), n, currency, Decimal(f), signed)
    if n.scaled:
        m = _SCALED_WORD_AFTER.match(norm, n.end)
        if m is not None:
            currency, f = en.CURRENCY_WORDS_AFTER_SCALE[m.group().strip()]
            return _Amount(start, m.end(), n, currency, Decimal(f), signed)
    if not n.words:
        m = _CODE_AFTER.match(norm, n.end)
        if m is not None:
            return _Amount(start, m.end(), n, m.group().strip(), factor, signed)
        if not n.scaled and _PENCE.match(norm, n.end):
            return _Amount(start, n.end + 1, n, "GBP", Decimal("0.01"), signed)
    return _Amount(start, end, n, currency, factor, signed)


def is_amount(doc: Doc, n: Num) -> bool:
    """True when `n` carries a currency (a sign before it or a currency word after it)."""
    return _read(doc, n).currency is not None


def recognize(doc: Doc) -> Iterator[Fact]:
    sc = scan(doc)
    nums = sc.nums
    norm = doc.norm
    prev: Fact | None = None
    # The last figure of each kind, per unit or whole: a whole amount restates a whole one ("$412 million, or
    # $1.87 a share, from $318 million"), not the share price between them.
    last_of_kind: dict[bool, Fact] = {}
    i = 0
    while i < len(nums):
        a = _read(doc, nums[i])
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        b = _range_end(doc, a, nxt)
        if a.currency is None and b is None:
            more = _more_of(doc, nums, i, prev)
            if more is not None:
                prev = last_of_kind[False] = more
                yield more
            i += 1
            continue
        low = a.num.value * a.factor
        high = None
        start, end, currency = a.start, a.end, a.currency
        lead = context.word_before(doc, start)
        if b is not None:
            currency = currency or b.currency
            factor = b.factor if a.currency is None else a.factor
            low = a.num.value * factor
            high = b.num.value * factor
            if b.num.scaled and not a.num.scaled:
                low = _lend(a.num.value, b.num) * factor
            end = b.end
            if lead == "between":
                start = context.between_start(doc, start)
            i += 1
        minus = context.minus_before(doc, start) if high is None else None
        if minus is not None:
            start, low = minus, -low  # "a loss of -$3.5 million" keeps its sign
        start, end, approx = context.with_approx(doc, start, end)
        role = _per_unit_role(doc, start, end) or context.role(doc, start, end)
        subject = _subject(doc, start, end) or about.noun_after(doc, end)
        if role == "profit" and (share := _PER_SHARE.match(norm, end)):
            subject = doc.text[share.start() : share.end()].strip()  # earnings "per diluted share"
        span = doc.index.sentence_span(start)
        per_unit = _per_unit(doc, end)
        kin = last_of_kind.get(per_unit)
        before = [x for x in (kin,) if x is not None and doc.index.sentence_span(x.start) == span]
        if prev is not None and _CONVERSION_GAP.fullmatch(norm, prev.end, start):
            role, subject = prev.role or role, subject or prev.subject
        elif (again := about.restated(doc, Fact("money", "", start, end, low), before)) is not None:
            # "up from $38,373 … and from $34,410", "a $66.87 increase": the figure before says what it is
            role, subject = again.role or role, subject or again.subject
        subject = (
            subject
            or about.change_in(doc, end)
            or about.cue_before(doc, start)
            or about.agent_before(doc, start)
            or about.mover_before(doc, start)
            or about.valued_at(doc, start)
        )
        fact = Fact(
            type="money", text=doc.text[start:end], start=start, end=end, value=low, max=high, approx=approx,
            currency=currency, role=role, subject=subject, rule="money.en",
        )  # fmt: skip
        prev = last_of_kind[per_unit] = fact
        yield fact
        i += 1


def _per_unit(doc: Doc, end: int) -> bool:
    """Whether the amount ending at `end` is per unit: "$1.87 a share", "£100 per night"."""
    return _PER_UNIT.match(doc.norm, end) is not None or _PER_SHARE.match(doc.norm, end) is not None


def _per_unit_role(doc: Doc, start: int, end: int) -> str | None:
    """An amount per unit is a price, except earnings per share: "$2.53 per diluted share" after "earned",
    "$2.52 a share on revenue of …"."""
    m = _PER_UNIT.match(doc.norm, end) or _PER_SHARE.match(doc.norm, end)
    if m is None:
        return None
    if "share" in m.group().lower() and (
        _ON_REVENUE.match(doc.norm, m.end()) or context.role(doc, start, end) == "profit"
    ):
        return "profit"
    return "price" if _PER_UNIT.match(doc.norm, end) else None


def _subject(doc: Doc, start: int, end: int) -> str | None:
    """What an amount pays for, when "for …" follows it ("$5m for a new hospital" → "a new hospital"), or
    "on …" after a spending verb; what it values, before "worth" ("stock worth $12m" → "stock")."""
    norm = doc.norm
    w = _WORTH.search(norm, max(0, start - 40), start)
    if w is not None:
        words = w.group("np").split()
        if len(words) > 1 and words[-1].lower() in _WORTH_STOP:
            words.pop()  # "the deal is worth": the noun before the verb
        head = words[-1]
        if head.lower() not in _WORTH_STOP and head.lower() not in _SUBJECT_VETO:
            at = w.start("np") + w.group("np").rfind(head)
            return doc.text[at : at + len(head)]
    m = _SUBJECT.match(norm, end)
    if m is None and _SPEND_VERB.search(norm, max(0, start - 30), start):
        m = _SPENT_ON.match(norm, end)
    if m is None:
        return None
    words = m.group("np").split()
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0].lower() in _SUBJECT_VETO or " ".join(words[:2]).lower() in _SUBJECT_VETO:
        return None  # "$42.8m for the year", "£5 for each", "$30m on behalf of"
    if words[0] in _CALENDAR_WORDS:
        return None  # "spent $5 on Tuesday": a day, not what was bought
    if any(c.isdigit() for c in m.group("np")):
        return None
    return doc.text[m.start("np") : m.end("np")]


def _lend(low: Decimal, high: Num) -> Decimal:
    """In "$3-5m" the low end borrows the high end's multiplier: 3 → 3,000,000."""
    for scale in (10**12, 10**9, 10**6, 10**3):
        if high.value >= scale:
            return low * scale
    return low


def _range_end(doc: Doc, a: _Amount, b: Num | None) -> _Amount | None:
    """The high end of "A-B", "A to B" or "between A and B", when `b` is one."""
    if b is None:
        return None
    norm = doc.norm
    sep = _RANGE_SEP.fullmatch(norm, a.end, b.start)
    if sep is None:
        # "$3m-$5m": the second sign sits between the separator and the number.
        m = _RANGE_SEP.match(norm, a.end)
        sign = None if m is None else _SIGN_BEFORE.search(norm, m.end(), b.start)
        if m is None or not a.signed or sign is None or sign.start() != m.end():
            return None  # the sign must follow the separator: "$2.5 million-a-year deal … $300m" is no range
        sep = m
    word = sep.group().strip().lower()
    lead = context.word_before(doc, a.start)
    if word == "and" and lead != "between":
        return None
    end = _read(doc, b)
    if a.currency is None and (end.currency is None or end.signed):
        return None  # "3 to $5m": the first number is not an amount
    if a.currency is not None and end.currency is not None and end.currency != a.currency:
        return None
    if a.currency is not None and end.currency is None and not a.signed:
        return None  # "5 euros to 10" is not written; keep the amount alone
    low = _lend(a.num.value, b) if b.scaled and not a.num.scaled else a.num.value
    if b.value <= low:
        return None
    if word == "to" and a.currency is not None and not context.to_range(doc, a.start, low, b.value):
        return None  # "rose from $3m to $5m", "a rise of £200m to £3.4bn": a change, not a range
    if end.currency is None:
        end.currency, end.factor = a.currency, a.factor
    return end


# "1.2 billion euros …, 200 million of it to the state", "Rs 450 crore …, and a further 120 crore in 2028": a
# bare amount written with its scale, more of the amount just before or a part of it, in its currency.
_MORE_LEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.MONEY_MORE_LEAD)})\s+$")
_PART_OF_IT = compiled(r"\s+of\s+(?:it|which|that|them)(?![A-Za-z])")
_MORE_NEXT = compiled(
    rf"\s*(?:[.,;:!?)]|$)|\s+(?:(?i:{words_re(en.MONEY_MORE_NEXT)})(?![A-Za-z])|of\s+(?:it|which|that|them)(?![A-Za-z]))"
)
_MORE_BACK = 16


def _more_of(doc: Doc, nums: list[Num], i: int, prev: Fact | None) -> Fact | None:
    """Bare scaled `nums[i]` as more of, or a part of, the amount just before it in its sentence."""
    n, norm = nums[i], doc.norm
    if prev is None or not n.scaled or prev.max is not None or prev.currency is None or i == 0:
        return None
    if prev.end > n.start or doc.index.sentence_span(prev.start) != doc.index.sentence_span(n.start):
        return None
    if not _MORE_NEXT.match(norm, n.end):
        return None
    if _MORE_LEAD.search(norm, max(0, n.start - _MORE_BACK), n.start) is None:
        # a part ("200 million of it") follows its whole with no other figure between
        adjacent = prev.start <= nums[i - 1].start < prev.end
        if not (adjacent and _PART_OF_IT.match(norm, n.end) and n.value < prev.value):
            return None
    start, end, approx = context.with_approx(doc, n.start, n.end)
    return Fact(type="money", text=doc.text[start:end], start=start, end=end, value=n.value, approx=approx,
                currency=prev.currency, role=prev.role, subject=prev.subject, rule="money.en.more")  # fmt: skip
