"""Words by which an English sentence names its holder only by referring back, inside its subject.

"Deposits at the bank were flat at $9.1 billion", "Shares of the company fell 3 percent": the holder is whoever the
sentences before named, as for a sentence opening with "It" or "The company" (`wordsets.REFERRING`). `owners` reads
such a sentence's holder from the sentences before it.
"""

from __future__ import annotations

import re

from ..patterns import compiled

# (the nouns of `wordsets.REFERRING`, after a preposition that makes them the holder of the noun before)
REFERRING_INSIDE: re.Pattern[str] = compiled(
    r"^[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:at|of|for|from)\s+the\s+(?:company|airline|carrier|firm|group|retailer|bank|"
    r"team|club|chain|insurer|lender|developer|automaker|carmaker)\b"
)
