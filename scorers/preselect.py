"""PreSelect ("Predictive Data Selection"): keep the documents whose loss predicts ability.

fit: for K reference models with known benchmark scores, each sample document's normalised
loss (bits per character) comes from scorers.lm_scorer.LMScorer. Its predictive strength is
the fraction of model pairs (with different benchmark scores) whose order by loss agrees with
their order by score (lower loss <-> higher score). Documents in perfect agreement (or the top
quantile) are positives, as many of the weakest are negatives, and a fastText classifier
learns to tell them apart (paper defaults: epoch 3, lr 0.1, wordNgrams 2, newlines as spaces;
seeded, one thread).

score: every document gets `preselect_score` = P(positive); the top documents are kept until
their share of characters (default 10%) or of rows is reached, by one exact global threshold
on (score desc, id asc); the rest get reject_reason = "low_quality".
"""
from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Optional

import numpy as np
import pyarrow as pa
from pydantic import Field

from pipeline.stage import Stage, StageContext, StageParams, StageResult

SCORE = "preselect_score"
POS, NEG = "__label__pos", "__label__neg"
_CHARS = "__preselect_chars"
LN2 = math.log(2.0)
REPO = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = REPO / "samples" / "models" / "preselect.bin"


# --- reference models -------------------------------------------------------------------

def load_models(path: str | os.PathLike) -> list[tuple[str, float]]:
    """models.yaml -> [(local model dir, benchmark score)]; relative paths resolve against
    the YAML's directory, then the working directory, then the repository root."""
    import yaml

    from pipeline.errors import ConfigError

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{path}: no such models file")
    try:
        doc = yaml.safe_load(p.read_text())
    except Exception as e:
        raise ConfigError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
    items = doc.get("models") if isinstance(doc, dict) else doc
    if not isinstance(items, list) or len(items) < 2:
        raise ConfigError(f"{path}: expected `models:` with at least two entries of `path` and `score`")
    out = []
    for i, it in enumerate(items):
        if not isinstance(it, dict) or "path" not in it or "score" not in it:
            raise ConfigError(f"{path}: models[{i}] needs `path` and `score`")
        mp = Path(str(it["path"]))
        cands = [mp] if mp.is_absolute() else [p.parent / mp, Path.cwd() / mp, REPO / mp]
        found = next((c for c in cands if c.is_dir()), None)
        if found is None:
            raise ConfigError(f"{path}: models[{i}].path '{it['path']}' is not a local model directory")
        try:
            score = float(it["score"])
        except (TypeError, ValueError):
            raise ConfigError(f"{path}: models[{i}].score must be a number") from None
        out.append((str(found), score))
    if len({s for _, s in out}) < 2:
        raise ConfigError(f"{path}: the benchmark scores must not all be equal")
    return out


def bits_per_char(model_path: str, texts: list[str], **scorer_kwargs) -> np.ndarray:
    """Each text's total loss under one model in bits per character."""
    from .lm_scorer import LMScorer

    out = LMScorer(model_path, **scorer_kwargs).score(texts)
    chars = np.array([max(1, len(t)) for t in texts], dtype=np.float64)
    return np.asarray(out["lm_loss"], np.float64) * np.asarray(out["lm_tokens"], np.float64) / LN2 / chars


# --- predictive strength ----------------------------------------------------------------

def predictive_strength(losses: np.ndarray, scores) -> np.ndarray:
    """Fraction of model pairs whose loss order agrees with their benchmark order.

    losses: [n_docs, K] normalised losses; scores: [K] benchmark scores. For every pair
    (i, j) with score_i != score_j the pair agrees when the better model (higher score) has
    the strictly lower loss; pairs with equal scores are not counted."""
    L = np.asarray(losses, np.float64)
    s = np.asarray(scores, np.float64)
    if L.ndim != 2 or L.shape[1] != s.shape[0]:
        raise ValueError(f"losses must be [n, {s.shape[0]}], got {L.shape}")
    i, j = np.triu_indices(len(s), k=1)
    keep = s[i] != s[j]
    i, j = i[keep], j[keep]
    better_first = s[i] > s[j]                         # [P]
    # the better model of the pair has the strictly lower loss
    lower_i, lower_j = L[:, i] < L[:, j], L[:, j] < L[:, i]   # [n, P]
    agree = np.where(better_first, lower_i, lower_j)
    return agree.mean(axis=1) if len(i) else np.zeros(len(L))


def loss_correlation(losses: np.ndarray, scores) -> np.ndarray:
    """Per document, the Pearson correlation between -loss and the benchmark scores: a
    continuous tie-break among documents with equal predictive strength (on a ladder where
    bigger models win everywhere almost every document agrees perfectly)."""
    L = -np.asarray(losses, np.float64)
    s = np.asarray(scores, np.float64)
    Lc = L - L.mean(axis=1, keepdims=True)
    sc = s - s.mean()
    den = np.sqrt((Lc ** 2).sum(axis=1) * (sc ** 2).sum())
    return np.divide(Lc @ sc, den, out=np.zeros(len(L)), where=den > 0)


def choose_examples(strength: np.ndarray, seed: int = 0, positive_quantile: float | None = None,
                    min_positives: int = 2, tiebreak: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(positive indices, negative indices). Positives: perfect agreement, or the top
    `positive_quantile` (also when fewer than `min_positives` agree perfectly); at most half
    the sample. Negatives: as many from the bottom. Documents are ranked by strength, then
    by `tiebreak` (e.g. loss_correlation), then by a seeded shuffle."""
    n = len(strength)
    rng = np.random.default_rng(seed)
    tb = np.zeros(n) if tiebreak is None else np.asarray(tiebreak, np.float64)
    order = np.lexsort((rng.permutation(n), -tb, -np.asarray(strength)))  # strongest first
    if positive_quantile is not None:
        k = int(math.ceil(positive_quantile * n))
    else:
        k = int(np.sum(strength >= 1.0))
        if k < min_positives:
            k = int(math.ceil(0.1 * n))
    k = max(1, min(k, n // 2))
    return np.sort(order[:k]), np.sort(order[::-1][:k])


# --- fastText -----------------------------------------------------------------------------

def one_line(texts) -> list[str]:
    """fastText reads one example per line: newlines (and other line breaks) become spaces."""
    import pyarrow.compute as pc

    arr = texts if isinstance(texts, (pa.Array, pa.ChunkedArray)) else pa.array(list(texts), pa.large_string())
    arr = pc.fill_null(arr, "")
    # literal scans are ~5x faster than one regex; \r \v \f are whitespace to fastText already
    for brk in ("\n", "\x85", "\u2028", "\u2029"):
        arr = pc.replace_substring(arr, brk, " ")
    return arr.to_pylist()


def train_fasttext(pos_texts: list[str], neg_texts: list[str], out: str | os.PathLike, *, epoch: int = 3,
                   lr: float = 0.1, word_ngrams: int = 2, dim: int = 16, bucket: int = 200_000,
                   min_count: int = 1, seed: int = 0) -> str:
    """Train the positive-vs-negative classifier (one thread: deterministic) and save it."""
    import tempfile

    lines = [f"{POS} {t}" for t in one_line(pos_texts)] + [f"{NEG} {t}" for t in one_line(neg_texts)]
    order = np.random.default_rng(seed).permutation(len(lines))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines[i] for i in order) + "\n")
        train = f.name
    try:
        model_bytes = _train_fresh_process(train, dict(epoch=epoch, lr=lr, wordNgrams=word_ngrams, dim=dim,
                                                       bucket=bucket, minCount=min_count, thread=1,
                                                       seed=seed, verbose=0))
    finally:
        os.unlink(train)
    from pipeline.io import write_bytes_atomic

    write_bytes_atomic(model_bytes, out)
    return str(out)


_TRAIN_CHILD = """
import sys, json, fasttext
train, kwargs, out = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
try:
    fasttext.train_supervised(train, **kwargs).save_model(out)
except RuntimeError as e:
    print(str(e), file=sys.stderr)
    sys.exit(3)
"""


def _train_fresh_process(train: str, kwargs: dict) -> bytes:
    """Train fastText once, in a fresh Python process, and return the saved model's bytes.

    fastText's trainer reads heap memory it never initialised: in a process that has already
    trained a model (or allocated and freed much), a run ends in "Encountered NaN" or in a
    different model about half the time (measured with fasttext-numpy2-wheel 0.9.2 and
    fasttext-numpy2 0.10.4, thread=1, fixed seed). The first training in a fresh process was
    byte-identical in every run measured, also with 8 processes at once. So each training
    gets its own interpreter; the cost is one interpreter start."""
    import json
    import subprocess
    import sys
    import tempfile

    from pipeline.errors import AssayError

    with tempfile.TemporaryDirectory(prefix="assay-ft-") as tmp:
        out = Path(tmp) / "model.bin"
        proc = subprocess.run([sys.executable, "-c", _TRAIN_CHILD, train, json.dumps(kwargs), str(out)],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not out.exists():
            reason = (proc.stderr.strip().splitlines() or ["no model written"])[-1]
            raise AssayError(f"preselect: fastText training failed ({reason}); "
                             "try a larger --bucket or a bigger --sample")
        return out.read_bytes()


class FastTextScorer:
    """P(positive) for texts from a saved PreSelect fastText model."""

    def __init__(self, path: str | os.PathLike):
        import fasttext

        from pipeline.errors import ConfigError

        if not Path(path).is_file():
            raise ConfigError(f"preselect: scorer '{path}' not found (train one with `assay preselect fit`)")
        try:
            self.model = fasttext.load_model(str(path))
        except Exception as e:
            raise ConfigError(f"preselect: cannot load fastText scorer '{path}': {str(e).splitlines()[0]}") from None
        if set(self.model.labels) != {POS, NEG}:
            raise ConfigError(f"preselect: '{path}' is not a PreSelect scorer (labels {self.model.labels})")

    def score(self, texts) -> np.ndarray:
        lines = one_line(texts)
        if not lines:
            return np.zeros(0, np.float64)
        labels, probs = self.model.f.multilinePredict(lines, 1, 0.0, "strict")
        p = np.fromiter((pr[0] if len(pr) else 0.5 for pr in probs), np.float64, len(lines))
        is_pos = np.fromiter((len(lb) > 0 and lb[0] == POS for lb in labels), bool, len(lines))
        return np.clip(np.where(is_pos, p, 1.0 - p), 0.0, 1.0)


# --- fit ------------------------------------------------------------------------------------

def read_sample(sample, text_col: str = "text", id_col: str = "id", max_docs: int | None = None,
                seed: int = 0) -> pa.Table:
    import pyarrow.compute as pc

    from pipeline.errors import InputError
    from pipeline.io import discover, read_table

    tables = []
    for f in discover(sample):
        t = read_table(f)
        if text_col not in t.column_names:
            raise InputError(f"{f}: no text column '{text_col}' (name it with --text-col)")
        cols = [c for c in (id_col, text_col) if c in t.column_names]
        tables.append(t.select(cols))
    t = pa.concat_tables(tables, promote_options="default")
    t = t.filter(pc.invert(pc.is_null(t[text_col])))
    if max_docs and t.num_rows > max_docs:
        idx = np.sort(np.random.default_rng(seed).choice(t.num_rows, max_docs, replace=False))
        t = t.take(pa.array(idx))
    if t.num_rows < 4:
        raise InputError(f"{sample}: need at least 4 documents with text to fit PreSelect, got {t.num_rows}")
    return t


def fit(models: str | os.PathLike, sample, out: str | os.PathLike, *, text_col: str = "text",
        id_col: str = "id", max_docs: int | None = None, positive_quantile: float | None = None,
        epoch: int = 3, lr: float = 0.1, word_ngrams: int = 2, dim: int = 16, bucket: int = 200_000,
        seed: int = 0, device: str | None = None, batch_tokens: int = 8192, log=print) -> dict:
    """Train a PreSelect scorer; returns a summary (also written next to OUT as .json)."""
    import json

    refs = load_models(models)
    table = read_sample(sample, text_col, id_col, max_docs, seed)
    texts = table[text_col].to_pylist()
    losses = np.zeros((len(texts), len(refs)), np.float64)
    for k, (path, score) in enumerate(refs):
        log(f"[preselect] loss under {path} (benchmark {score}) on {len(texts)} docs")
        losses[:, k] = bits_per_char(path, texts, device=device, batch_tokens=batch_tokens)
    bench = [s for _, s in refs]
    strength = predictive_strength(losses, bench)
    pos, neg = choose_examples(strength, seed, positive_quantile, tiebreak=loss_correlation(losses, bench))
    train_fasttext([texts[i] for i in pos], [texts[i] for i in neg], out, epoch=epoch, lr=lr,
                   word_ngrams=word_ngrams, dim=dim, bucket=bucket, seed=seed)
    summary = {
        "scorer": str(out), "models": [{"path": p, "score": s} for p, s in refs], "docs": len(texts),
        "positives": int(len(pos)), "negatives": int(len(neg)),
        "perfect_agreement": int(np.sum(strength >= 1.0)),
        "strength_mean": round(float(strength.mean()), 4),
        "mean_bits_per_char": [round(float(x), 4) for x in losses.mean(axis=0)],
        "fasttext": {"epoch": epoch, "lr": lr, "wordNgrams": word_ngrams, "dim": dim, "bucket": bucket,
                     "seed": seed, "thread": 1},
    }
    Path(str(out) + ".json").write_text(json.dumps(summary, indent=2) + "\n")
    log(f"[preselect] {summary['positives']} positives / {summary['negatives']} negatives "
        f"({summary['perfect_agreement']} in perfect agreement) -> {out}")
    return summary


# --- exact global selection -------------------------------------------------------------------

def selection_threshold(scores: np.ndarray, ids: pa.Array, chars: np.ndarray, keep_chars: float | None,
                        keep_fraction: float | None) -> tuple[float, str | None, int]:
    """(score, id) of the last kept document in (score desc, id asc) order and how many are kept.

    keep_fraction: the top ceil(F * n) rows. keep_chars: the shortest top prefix whose
    characters reach that share of all characters."""
    import pyarrow.compute as pc

    n = len(scores)
    if n == 0:
        return math.inf, None, 0
    t = pa.table({"s": pa.array(scores, pa.float64()), "id": ids})
    order = pc.sort_indices(t, [("s", "descending"), ("id", "ascending")]).to_numpy()
    if keep_fraction is not None:
        k = min(n, int(math.ceil(round(keep_fraction * n, 9))))
    else:
        share = keep_chars if keep_chars is not None else 0.10
        c = np.cumsum(np.asarray(chars, np.float64)[order])
        k = 0 if share <= 0 else min(n, int(np.searchsorted(c, share * c[-1] - 1e-9, side="left")) + 1)
    if k == 0:
        return math.inf, None, 0
    last = order[k - 1]
    return float(scores[last]), ids[int(last)].as_py(), k


def _score_batch(batch: pa.Table, scorer: str) -> pa.Table:
    import pyarrow.compute as pc

    from pipeline.schema import TEXT, with_column

    s = _scorer(scorer).score(batch[TEXT])
    out = with_column(batch, SCORE, pa.array(s, pa.float64()))
    return with_column(out, _CHARS, pc.utf8_length(pc.fill_null(batch[TEXT], "")).cast(pa.int64()))


def _mark_batch(batch: pa.Table, t_score: float, t_id: str | None) -> pa.Table:
    import pyarrow.compute as pc

    from pipeline.schema import ID, REJECT_REASON, with_column

    s = batch[SCORE]
    if t_id is None:
        keep = pa.array(np.zeros(batch.num_rows, bool))
    else:
        keep = pc.or_(pc.greater(s, t_score),
                      pc.and_(pc.equal(s, t_score), pc.less_equal(batch[ID].cast(pa.large_string()), t_id)))
    reason = pc.if_else(keep, pa.scalar(None, pa.large_string()), pa.scalar("low_quality", pa.large_string()))
    return with_column(batch.drop_columns([_CHARS]), REJECT_REASON, reason)


_SCORERS: dict[str, FastTextScorer] = {}


def _scorer(path: str) -> FastTextScorer:
    if path not in _SCORERS:
        _SCORERS[path] = FastTextScorer(path)
    return _SCORERS[path]


# --- stage ---------------------------------------------------------------------------------------

class PreSelectParams(StageParams):
    scorer: Optional[str] = Field(None, description="fastText scorer from `assay preselect fit` "
                                                    "(default: the bundled samples/models/preselect.bin).")
    keep_chars: Optional[float] = Field(0.10, gt=0, le=1, description="Keep the top-scored documents until they "
                                                                      "hold this share of all characters.")
    keep_fraction: Optional[float] = Field(None, gt=0, le=1, description="Keep this share of rows instead "
                                                                         "(overrides --keep-chars).")
    batch_size: int = Field(4096, ge=1, description="Rows per scoring batch.")


class PreSelectStage(Stage):
    """Scores each document with a PreSelect fastText classifier (`preselect_score`, the
    probability that the document's loss predicts benchmark ability) and keeps the best ones
    by one exact global threshold; the rest are rejected as low_quality."""

    name = "preselect"
    help = "PreSelect: fastText score of predictive strength; keep the top share of characters/rows."
    Params = PreSelectParams

    def scorer_path(self) -> str:
        from pipeline.errors import ConfigError

        path = self.params.scorer or str(DEFAULT_SCORER)
        if not Path(path).is_file():
            raise ConfigError(f"preselect: scorer '{path}' not found (train one with `assay preselect fit`)")
        return str(Path(path).resolve())

    def output_fields(self) -> list[pa.Field]:
        return [pa.field(SCORE, pa.float64())]

    def apply(self, ds, ctx: StageContext) -> StageResult:
        import ray

        from pipeline.schema import ID

        p = self.params
        path = self.scorer_path()
        FastTextScorer(path)  # fail fast, one line, before Ray work starts
        scored = ds.map_batches(_score_batch, fn_kwargs={"scorer": path}, batch_format="pyarrow",
                                batch_size=p.batch_size).materialize()
        # pass 1 result: only (id, score, chars) come to the driver; the threshold is global and exact
        small = [ray.get(r) for r in scored.select_columns([ID, SCORE, _CHARS]).to_arrow_refs()]
        small = [t for t in small if t.num_rows] or [pa.table({ID: pa.array([], pa.large_string()),
                                                               SCORE: pa.array([], pa.float64()),
                                                               _CHARS: pa.array([], pa.int64())})]
        t = pa.concat_tables([x.cast(small[0].schema) for x in small])
        scores = t[SCORE].to_numpy()
        chars = t[_CHARS].to_numpy()
        ids = t[ID].combine_chunks().cast(pa.large_string())
        t_score, t_id, k = selection_threshold(scores, ids, chars, p.keep_chars, p.keep_fraction)
        out = scored.map_batches(_mark_batch, fn_kwargs={"t_score": t_score, "t_id": t_id},
                                 batch_format="pyarrow", batch_size=None)
        if t_id is None:
            kept_chars = 0
        else:
            ties = pa.compute.less_equal(ids, t_id).to_numpy(zero_copy_only=False)
            kept_chars = int(chars[(scores > t_score) | ((scores == t_score) & ties)].sum())
        stats = {"scorer": path, "kept_rows": k, "threshold_score": None if t_id is None else t_score,
                 "kept_char_share": round(kept_chars / max(1, int(chars.sum())), 6),
                 "score_mean": round(float(scores.mean()), 6) if len(scores) else None}
        return StageResult(out, stats=stats)

    @classmethod
    def cli_command(cls):
        return _cli_group(cls)


def _cli_group(cls):
    import click

    from pipeline.cli import COMMON_HELP, _clean_params, common_options, params_to_options

    @click.group("preselect", help=f"{cls.help}\n\n{__doc__}",
                 short_help=cls.help)
    def group():
        pass

    @group.command("fit")
    @click.option("--models", required=True, type=click.Path(dir_okay=False),
                  help="YAML with `models:` entries of `path` (local causal LM dir) and `score` (its benchmark "
                       "score), e.g. samples/models/ladder.yaml.")
    @click.option("--sample", required=True, help="Parquet file/dir/glob of documents to fit on.")
    @click.option("--out", required=True, type=click.Path(dir_okay=False), help="Where to write the fastText scorer (.bin).")
    @click.option("--text-col", default="text", show_default=True, help="Column holding the document text.")
    @click.option("--max-docs", type=int, default=None, help="Fit on a seeded random subset of this many documents.")
    @click.option("--positive-quantile", type=float, default=None,
                  help="Positives = this top share by predictive strength (default: perfect agreement).")
    @click.option("--epoch", default=3, show_default=True, help="fastText epochs.")
    @click.option("--lr", default=0.1, show_default=True, help="fastText learning rate.")
    @click.option("--word-ngrams", default=2, show_default=True, help="fastText word n-grams.")
    @click.option("--dim", default=16, show_default=True,
                  help="fastText vector size (smaller = smaller file and faster scoring; 16 scores >50k docs/s/core).")
    @click.option("--bucket", default=200_000, show_default=True,
                  help="fastText hash buckets for n-grams (smaller = smaller file).")
    @click.option("--seed", default=0, show_default=True, help="Seed for subsetting, tie-breaks and fastText.")
    @click.option("--device", default=None, help="Torch device for the reference models (default: cuda if any, else cpu).")
    @click.option("--batch-tokens", default=8192, show_default=True, help="Padded tokens per LM scoring batch.")
    def fit_cmd(models, sample, out, text_col, max_docs, positive_quantile, epoch, lr, word_ngrams, dim, bucket,
                seed, device, batch_tokens):
        """Fit a PreSelect scorer: predictive strength under the reference models -> fastText."""
        from pipeline.errors import ConfigError

        if positive_quantile is not None and not 0 < positive_quantile <= 0.5:
            raise ConfigError("preselect fit: --positive-quantile must be in (0, 0.5]")
        s = fit(models, sample, out, text_col=text_col, max_docs=max_docs, positive_quantile=positive_quantile,
                epoch=epoch, lr=lr, word_ngrams=word_ngrams, dim=dim, bucket=bucket, seed=seed, device=device,
                batch_tokens=batch_tokens, log=lambda m: click.echo(m, err=True))
        click.echo(f"scorer: {s['scorer']} ({s['positives']} positives, {s['negatives']} negatives); "
                   f"summary: {s['scorer']}.json")

    def score_cb(input, output, id_col, text_col, label_col, seed, max_doc_bytes, address, force, **raw):
        from pipeline.runner import run_stage
        from pipeline.schema import ColumnMap

        stage = cls(_clean_params(cls.Params, raw))
        run_stage(stage, input, output, columns=ColumnMap(id_col, text_col, label_col), seed=seed,
                  max_doc_bytes=max_doc_bytes, resume=not force, address=address)
        click.echo(f"outputs: {output}/kept, {output}/rejected, {output}/manifest.json")

    score = click.Command("score", callback=score_cb,
                          help=f"Score INPUT with a PreSelect scorer and keep the top documents.\n\n{COMMON_HELP}",
                          short_help="Score and select with a fitted scorer.",
                          params=[click.Argument(["input"]), click.Argument(["output"])]
                          + params_to_options(cls.Params))
    group.add_command(common_options(score))
    return group
