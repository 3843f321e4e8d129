"""Progress bars for assay's own Ray task waves (Ray Data draws its own)."""
from __future__ import annotations

import os
import sys


def enabled() -> bool:
    return os.environ.get("ASSAY_NO_PROGRESS") is None and sys.stderr.isatty()


def wait_all(refs: list, desc: str) -> list:
    """ray.get with a progress bar while the tasks finish; returns results in order."""
    import ray

    if not refs:
        return []
    if not enabled():
        return ray.get(refs)
    from tqdm import tqdm

    pending = list(refs)
    with tqdm(total=len(refs), desc=desc, unit="task", leave=False, file=sys.stderr) as bar:
        while pending:
            done, pending = ray.wait(pending, num_returns=len(pending), timeout=0.5)
            bar.update(len(done))
    return ray.get(refs)


def bar(iterable, desc: str, total: int | None = None):
    if not enabled():
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, total=total, leave=False, file=sys.stderr)
