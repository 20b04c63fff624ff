"""Everything factx draws or serializes for output: `facts` (the fact list as json, jsonl, csv, tsv or
tables), `review` (the check and diff tables), `timeline`, `show` and `stats` (their terminal views), and
`values` (human-readable values, type colours and sentence excerpts shared by all of them).

Terminal renderers take a rich console made by `factx.cli.env.Environment`, so width and colour are decided
in one place; none of them reads the terminal itself.
"""
