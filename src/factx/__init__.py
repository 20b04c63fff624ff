"""factx: every figure in a news article, normalized, located and explained."""

from .model import FACT_TYPES, DateValue, DurationValue, Fact, PartialDate
from .pipeline import Analysis, analyze, extract

__version__ = "0.1.0"

__all__ = [
    "FACT_TYPES", "Analysis", "DateValue", "DurationValue", "Fact", "PartialDate", "__version__", "analyze",
    "extract",
]  # fmt: skip
