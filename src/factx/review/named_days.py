"""Which named day a date is: 权益登记日为2009年2月26日，红利分配日为2月27日.

Chinese fund, bond and company notices give several dates of one event side by side, each right after the name of
the day it is (权益登记日, 除息日, 红利发放日, 到期回售日, 上市日), and a draft that moves one date onto another
day's name keeps the event and every other word. A claim date written right after a day's name (…的红利分配日为2月26日)
is about another thing than a source date written right after a different day's name, when the source's sentence
also names the claim's day: the source tells the two days apart, and this date is the other one. (When the source
never names the claim's day, its name may be the draft's own word for the same day: nothing is said.)

A day's name is the run of Chinese characters ending in 日 right before the date, with 为/是/定为/定于/： between;
names listed with 、和及与 before one date all name it (权益登记日、除息日为2月20日). Names are compared by their last
three characters (权益登记日 and 登记日 are one day). Words for a day relative to another (当日, 次日, 今日, 周日) and
runs holding a year or month are no names.
"""

from __future__ import annotations

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position

_NAMES_BEFORE = compiled(
    r"((?:[\u4e00-\u9fff]{1,8}?日[、和及与])*[\u4e00-\u9fff]{1,8}?日)(?:为|是|定为|定于|：|:)?\s*$"
)
_SPLIT = compiled(r"[、和及与]")
# The last two characters of words that say which day by its place among others, not by its name.
_NOT_NAMES = frozenset(
    ("今日", "昨日", "当日", "次日", "同日", "近日", "每日", "期日", "拜日", "周日", "终日", "前日", "翌日", "即日",
     "本日", "是日", "该日", "节日", "作日", "月日", "后日", "明日", "首日", "日日")
)  # fmt: skip
_REACH = 24


def _names(f: Fact) -> dict[str, str]:
    """The names of the day written right before the date `f`, by their last three characters; none if not."""
    at = position(f)
    before = normalize(f.sentence[max(0, at - _REACH) : at])
    m = _NAMES_BEFORE.search(before)
    if m is None:
        return {}
    names = {}
    for name in _SPLIT.split(m.group(1)):
        if len(name) < 3 or name[-2:] in _NOT_NAMES or any(c in name for c in "年月"):
            return {}  # one word of the list is no name: the list is not read
        names[name[-3:]] = name
    return names


def other_named_day(claim: Fact, source: Fact) -> str | None:
    """Why the source date is another named day than the claim's (see the module doc), said of the source's
    figure; None when nothing says so."""
    if claim.type != "date" or source.type != "date":
        return None
    wanted = _names(claim)
    if not wanted:
        return None
    given = _names(source)
    if not given or wanted.keys() & given.keys():
        return None
    sentence = normalize(source.sentence)
    if not any(tail in sentence for tail in wanted):
        return None
    return f"is the {next(iter(given.values()))}, not the {next(iter(wanted.values()))}"
