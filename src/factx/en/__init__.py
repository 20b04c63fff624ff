"""English: the registry entry (`language.py`), the tables (`tables.py`), one number scan per document
(`numbers.scan`) shared by one recognizer module per fact type (counts split into `count`, `count_bare`
and `count_words`), and the dateline finder."""
