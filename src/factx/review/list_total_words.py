"""Words that make a figure the sum over a list of holders, for `list_totals` (Simplified; Traditional is folded)."""

from __future__ import annotations

from ..patterns import compiled

# A total over the items named before it (郭艾伦和杨鸣一共才得到12分; 三部门成功缴费总人数达45393人).
TOTAL = compiled(r"一共|共计|合计|总计|总共|合共|总人数|总数|总额|总和|共得|共获|共拿|合砍|联手")
# Separators between the items of a list of holders (not 同, which opens 同样, 同比).
ITEM_SPLIT = compiled(r"、|和|与|及|以及")
# The longest item read as a holder's name (中共广东省委老干部局); a longer stretch is a clause, not a list item.
ITEM_MAX = 10
# A count of the list's items standing for them (三部门, 两人, 二队): the number, then a noun of holders.
ITEM_COUNT = compiled(
    r"^([两二三四五六七八九十]|\d+)(?:个|家|名|位|支)?(?:部门|人|家|队|单位|企业|公司|省|市|县|区|球员|选手)"
)
