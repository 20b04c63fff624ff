"""Chinese: Simplified, and Traditional as a variant of it (`language.py` holds both entries).

Tables in `tables.py` (Traditional additions in `hant.py`), one numeral parser, one recognizer module per fact
type, the subject finder (`context.py`) and the dateline finder. Kept free of imports so that the language-neutral
modules can read the tables without loading the recognizers.
"""
