"""Where per-article work runs: this machine's cores, or a Dask cluster.

Ingest and extraction are pure functions of one article, so any
``concurrent.futures.Executor`` can run them. ``local`` (the default) is a process pool
sized to the machine; ``dask://HOST:PORT`` sends the work to a Dask scheduler (install
the ``dask`` extra, and briefing itself on every worker).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

from generator.errors import BuildError, Diagnostic

DASK_SCHEME = "dask://"


def describe(spec: str | None) -> str:
    """A readable name of an executor spec, for progress output."""
    return spec or "local"


@contextmanager
def open_executor(spec: str | None, workers: int | None = None) -> Iterator[Executor | None]:
    """The executor ``spec`` names, shut down (and disconnected) on exit.

    ``None`` or ``"local"``: a process pool of ``workers`` processes (default: one per
    core), or no pool at all for one worker. ``"dask://HOST:PORT"``: a Dask cluster.
    """
    if spec is None or spec == "local":
        count = workers if workers is not None else (os.cpu_count() or 1)
        if count < 2:
            yield None
            return
        with ProcessPoolExecutor(max_workers=count) as pool:
            yield pool
        return
    if not spec.startswith(DASK_SCHEME):
        raise BuildError([Diagnostic(path="command line", message=f"unknown executor '{spec}' (use 'local' or 'dask://HOST:PORT')", stage="config")])
    try:
        from distributed import Client  # an optional extra: imported only when asked for
    except ImportError as error:
        raise BuildError([Diagnostic(path="command line", message="the Dask executor needs the optional extra: pip install 'briefing[dask]'", stage="config")]) from error
    address = "tcp://" + spec[len(DASK_SCHEME):]
    try:
        client = Client(address, timeout="10s")
    except OSError as error:
        raise BuildError([Diagnostic(path="command line", message=f"cannot reach the Dask scheduler at {address}: {error}", stage="config")]) from error
    try:
        with client.get_executor() as executor:
            yield executor
    finally:
        client.close()
