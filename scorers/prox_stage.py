"""`assay prox`: refine every document with a ProX program (drop / remove lines / normalize)."""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyarrow as pa
from pydantic import Field

from pipeline.stage import Stage, StageContext, StageParams, StageResult

PROGRAM = "prox_program"
ORIGINAL = "text_original"
ERRORS = "prox_errors"


class ProxParams(StageParams):
    doc_model: Optional[str] = Field(None, description="Local HF causal-LM directory that writes doc-level programs "
                                                        "(keep_doc()/drop_doc()).")
    chunk_model: Optional[str] = Field(None, description="Local HF causal-LM directory that writes chunk-level programs "
                                                          "(remove_lines/normalize/skip_chunk).")
    program_col: Optional[str] = Field(None, description="Input column that already holds a ProX program per row "
                                                          "(instead of models or rules).")
    chunk_tokens: int = Field(1500, ge=16, description="Token budget a chunk is packed to (lines numbered per chunk).")
    min_chars: int = Field(20, ge=0, description="Post-rule: drop a refined document with fewer visible characters.")
    min_ratio: float = Field(0.05, ge=0, le=1, description="Post-rule: drop a refined document that keeps less than this "
                                                            "share of its visible characters.")
    batch_size: int = Field(8, ge=1, description="Prompts per generate() call when models write the programs.")
    max_new_tokens: int = Field(64, ge=1, description="Most tokens a model may write per chunk program.")
    num_actors: Optional[int] = Field(None, ge=1, description="Model actors (default: one per GPU, else one).")


def rule_programs(batch: pa.Table, budget: int) -> pa.Table:
    from pipeline.schema import TEXT, with_column

    from .prox_rules import generate

    progs = [generate(t, budget) for t in batch[TEXT].to_pylist()]
    return with_column(batch, PROGRAM, pa.array(progs, pa.large_string()))


def execute_batch(batch: pa.Table, program_col: str, min_chars: int, min_ratio: float) -> pa.Table:
    """Run each row's program; adds text_original, prox_program, prox_errors, reject_reason."""
    from pipeline.schema import REJECT_REASON, TEXT, with_column

    from .prox import run

    texts = batch[TEXT].to_pylist()
    col = batch[program_col]
    if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
        col = col.cast(pa.large_string(), safe=False) if pa.types.is_binary(col.type) else pa.nulls(len(col),
                                                                                                   pa.large_string())
    progs = col.to_pylist()
    refined, errors, reasons = [], np.zeros(len(texts), np.int64), []
    for i, (t, p) in enumerate(zip(texts, progs)):
        r = run(t, p, min_chars=min_chars, min_ratio=min_ratio)
        errors[i] = r.errors
        if r.text is None:
            refined.append(t)  # a dropped row keeps its text for inspection in rejected/
            reasons.append("prox_drop")
        else:
            refined.append(r.text)
            reasons.append(None)
    out = with_column(batch, ORIGINAL, batch[TEXT].cast(pa.large_string()))
    out = with_column(out, TEXT, pa.array(refined, pa.large_string()))
    out = with_column(out, PROGRAM, pa.array(progs, pa.large_string()))
    out = with_column(out, ERRORS, pa.array(errors, pa.int64()))
    return with_column(out, REJECT_REASON, pa.array(reasons, pa.large_string()))


def _summary(ctx: StageContext, counts: dict) -> dict:
    """Refinement statistics read back from the written outputs (column-projected)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    stats = {"prox_errors": 0, "docs_with_errors": 0, "docs_changed": 0, "chars_in": 0, "chars_out": 0}
    for split in ("kept", "rejected"):
        for f in sorted((ctx.work_dir / split).glob("*.parquet")):
            t = pq.read_table(f, columns=[c for c in ("text", ORIGINAL, ERRORS, "reject_reason")
                                          if c in pq.read_schema(f).names])
            if ERRORS not in t.column_names or t.num_rows == 0:
                continue
            errs = pc.fill_null(t[ERRORS], 0)
            stats["prox_errors"] += int(pc.sum(errs).as_py() or 0)
            stats["docs_with_errors"] += int(pc.sum(pc.greater(errs, 0)).as_py() or 0)
            if split == "kept":
                stats["docs_changed"] += int(pc.sum(pc.not_equal(t["text"], t[ORIGINAL])).as_py() or 0)
                stats["chars_in"] += int(pc.sum(pc.utf8_length(t[ORIGINAL])).as_py() or 0)
                stats["chars_out"] += int(pc.sum(pc.utf8_length(t["text"])).as_py() or 0)
    return stats


class ProxStage(Stage):
    """Each document gets a program in the ProX grammar (drop_doc/keep_doc, remove_lines,
    normalize, skip_chunk) from local HF models (--doc-model/--chunk-model), from a column
    (--program-col) or, by default, from offline rules (boilerplate/navigation/footer lines,
    repeated lines, mojibake). Programs are parsed, never evaluated; a program with errors
    leaves the text unchanged and is counted in prox_errors. Dropped documents (drop_doc()
    or almost nothing left) go to rejected/ with reject_reason=prox_drop."""

    name = "prox"
    help = "Refine documents with ProX programs (model-, column- or rule-written), drop the bad ones."
    Params = ProxParams

    def output_fields(self) -> list[pa.Field]:
        return [pa.field("text", pa.large_string()), pa.field(ORIGINAL, pa.large_string()),
                pa.field(PROGRAM, pa.large_string()), pa.field(ERRORS, pa.int64())]

    def row_local(self) -> bool:
        return True          # one program per document: a killed run resumes per shard

    def apply(self, ds, ctx: StageContext) -> StageResult:
        from pipeline.errors import ConfigError

        p = self.params
        if p.program_col and (p.doc_model or p.chunk_model):
            raise ConfigError("prox: give either --program-col or --doc-model/--chunk-model, not both")
        source = "rules"
        if p.program_col:
            if ctx.input_schema is not None and p.program_col not in ctx.input_schema.names:
                raise ConfigError(f"prox: input has no column '{p.program_col}' (--program-col)")
            prog_col, source = p.program_col, f"column:{p.program_col}"
        elif p.doc_model or p.chunk_model:
            from ray.data import ActorPoolStrategy

            from .prox_models import ProxModelActor, _local

            for path, what in ((p.doc_model, "--doc-model"), (p.chunk_model, "--chunk-model")):
                if path:
                    _local(path, what)
            gpus = ctx.num_gpus
            n = p.num_actors or (max(1, int(gpus)) if gpus >= 1 else 1)
            ds = ds.map_batches(ProxModelActor, fn_constructor_args=(p.doc_model, p.chunk_model, p.chunk_tokens,
                                                                     p.batch_size, p.max_new_tokens),
                                batch_format="pyarrow", batch_size=64, compute=ActorPoolStrategy(size=n), max_restarts=0,
                                num_gpus=1 if gpus >= 1 else 0)
            prog_col, source = PROGRAM, "models"
        else:
            ds = ds.map_batches(rule_programs, fn_kwargs={"budget": p.chunk_tokens}, batch_format="pyarrow",
                                batch_size=1024)
            prog_col = PROGRAM
        out = ds.map_batches(execute_batch, fn_kwargs={"program_col": prog_col, "min_chars": p.min_chars,
                                                       "min_ratio": p.min_ratio},
                             batch_format="pyarrow", batch_size=1024)
        return StageResult(out, stats={"program_source": source}, finalize=_summary)
