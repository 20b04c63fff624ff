import os
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

# Keep the lexicon cache of test runs out of the user's home.
os.environ.setdefault("FACTX_CACHE_DIR", os.path.join(tempfile.gettempdir(), "factx-test-cache"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A real two-worker Dask LocalCluster (processes) for one test module, and a client on it."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cl,
        distributed.Client(cl) as c,
    ):
        yield c
