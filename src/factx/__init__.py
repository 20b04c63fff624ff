"""factx: every figure in a news article, normalized, located and explained.

The names below are loaded when first used (PEP 562), not when `factx` is imported: the command line
imports `factx.cli` through this package, and `factx --version` or a Ctrl-C during start-up should not
wait for the whole engine to load first.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .lazy import deferred_imports

# dataclasses imports inspect only to write a docstring for a class that has none. Every factx dataclass has
# one (tests/test_startup_imports.py holds that), so inspect, with the ast, dis and tokenize it imports, is
# loaded only when something else asks for it: about a tenth of a one-article run's instructions.
with deferred_imports("inspect"):
    import dataclasses  # noqa: F401

if TYPE_CHECKING:
    from .model import FACT_TYPES, DateValue, DurationValue, Fact, PartialDate
    from .pipeline import Analysis, analyze, extract

__version__ = "0.1.0"

_HOMES = {
    "FACT_TYPES": ".model", "DateValue": ".model", "DurationValue": ".model", "Fact": ".model",
    "PartialDate": ".model", "Analysis": ".pipeline", "analyze": ".pipeline", "extract": ".pipeline",
}  # fmt: skip

__all__ = [
    "FACT_TYPES", "Analysis", "DateValue", "DurationValue", "Fact", "PartialDate", "__version__", "analyze",
    "extract",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factx' has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    # Cached: later lookups are plain attribute reads, not calls of this function.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
