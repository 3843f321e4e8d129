"""Shared fixtures: one real local Ray head for the whole test session."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

os.environ.setdefault("ASSAY_NO_PROGRESS", "1")
os.environ.setdefault("RAY_IGNORE_UNHANDLED_ERRORS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "corpus"


@pytest.fixture(scope="session", autouse=True)
def ray_session():
    import ray

    from pipeline.ray_env import configure_data_context

    if not ray.is_initialized():
        ray.init(num_cpus=2, include_dashboard=False, object_store_memory=1_000_000_000,
                 logging_level="ERROR", log_to_driver=False)
    configure_data_context()
    yield
    ray.shutdown()


# three topics of a tiny labelled corpus (label-errors and prune tests)
POOLS = {
    "games": "dragon quest puzzle level player arcade sword castle monster dungeon".split(),
    "math": "algebra matrix theorem integral equation polynomial calculus prime vector proof".split(),
    "sound": "audio mixer synth midi volume codec speaker record tempo waveform".split(),
}
COMMON = "the a of and for with this package provides tool program".split()


def topic_rows(per_class: int, topic_words: int, common_words: int, seed: int = 0) -> list[dict]:
    """`per_class` rows per topic: `topic_words` words from its pool and `common_words`
    shared words, shuffled; label = topic."""
    rng = np.random.default_rng(seed)
    rows = []
    for label, pool in POOLS.items():
        for i in range(per_class):
            words = list(rng.choice(pool, topic_words)) + list(rng.choice(COMMON, common_words))
            rows.append({"id": f"{label}-{i:03d}", "text": " ".join(rng.permutation(words)), "label": label})
    return rows


def write_shards(directory: Path, rows: list[dict], shards: int = 1, schema: pa.Schema | None = None) -> Path:
    """Write `rows` round-robin into `shards` Parquet files under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for s in range(shards):
        part = rows[s::shards]
        table = pa.Table.from_pylist(part, schema=schema) if schema else pa.Table.from_pylist(part)
        pq.write_table(table, directory / f"part-{s:05d}.parquet")
    return directory


@pytest.fixture
def shards(tmp_path):
    def make(rows, n=1, schema=None, name="in"):
        return write_shards(tmp_path / name, rows, n, schema)

    return make
