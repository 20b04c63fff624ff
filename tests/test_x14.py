"""A unit word reported as another unit (`zh.tables.QUANTITY_UNIT_ALIASES`: 方 → 立方) is reported as a unit the
unit table knows, as every unit a recognizer emits must be."""

from __future__ import annotations

import factx
from factx import units
from factx.zh import tables as zh


def test_every_alias_is_reported_as_a_known_unit() -> None:
    assert zh.QUANTITY_UNIT_ALIASES
    assert all(units.lookup(target) is not None for target in zh.QUANTITY_UNIT_ALIASES.values())


def test_fang_is_reported_as_the_cubic_metre() -> None:
    facts = factx.analyze("抢险队已累计清理土石方3.4万方。", lang="zh").facts
    assert [(f.text, f.unit) for f in facts if f.type == "quantity"] == [("3.4万方", "立方")]
