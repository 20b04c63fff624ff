#!/usr/bin/env python3
"""Score factx on the eval3 blind set, or validate its gold files (the runner is bench/blindset.py).

usage:
  run.py [--ids e01,h03] [--verbose] [--cmd "factx extract --format jsonl"]  (default: this Python -m factx)
  run.py --validate [--ids ...]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], os.path.dirname(os.path.abspath(__file__))))
