"""The words that deny what follows them, for `polarity` (Traditional text is folded to Simplified first)."""

from __future__ import annotations

from ..patterns import compiled

# Chinese negators before a verb or an adjective (不满意, 没有投票, 未获批准).
ZH_NEGATORS = compiled(r"并未|并非|从未|尚未|未曾|未能|没有|沒有|不|没|未|非|无")
# Words opening with a negator that deny nothing after them: luck, amounts and bounds (不足/不到 bound a figure),
# "ranging" (不等), "continually" (不断), "drone" (无人机), "unlawful" is left to the facets.
ZH_NOT_DENIALS = (
    "不幸", "不良", "不足", "不到", "不等", "不断", "不少", "不同", "不过", "不仅", "不但", "不久", "不得不",
    "不管", "不论", "不如", "非常", "非法", "非洲", "无论", "无人机", "无法", "没多久", "未来", "未成年", "未满",
    "未超过", "不超过", "不低于", "不少于", "不高于", "不多于", "不小于", "不大于",
)  # fmt: skip
# English negators; a contraction (wasn't, didn't) is read by its ending.
EN_NEGATORS = frozenset({"not", "never", "no"})
# Words between a negator and the word it denies ("were not yet paid", "did not fully recover").
EN_AUX = frozenset(
    {
        "be",
        "been",
        "being",
        "yet",
        "fully",
        "all",
        "always",
        "even",
        "to",
        "have",
        "had",
        "a",
        "an",
        "the",
        "so",
        "very",
        "too",
        "entirely",
        "completely",
        "quite",
        "really",
        "ever",
        "only",
        "just",
        "necessarily",
        "longer",
    }
)
# Words after "not" that bound or compare rather than deny ("not only", "not less than", "not least").
EN_NOT_DENIALS = frozenset({"only", "less", "more", "fewer", "least", "just", "including", "until"})  # fmt: skip
