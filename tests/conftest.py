import os
import tempfile

# Keep the lexicon cache of test runs out of the user's home.
os.environ.setdefault("FACTX_CACHE_DIR", os.path.join(tempfile.gettempdir(), "factx-test-cache"))
