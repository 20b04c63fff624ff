#!/usr/bin/env python3
"""Build the eval4 texts and gold files from the annotated sources in ann/ (the builder is
bench/blindset_build.py).

usage: build.py [ID ...]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset_build import main

if __name__ == "__main__":
    main(sys.argv[1:], os.path.dirname(os.path.abspath(__file__)))
