"""`assay dedup`: exact and/or near-duplicate removal."""
from __future__ import annotations

from typing import Literal, Optional

import pyarrow as pa
from pydantic import Field

from pipeline.stage import Stage, StageContext, StageParams, StageResult

from .normalize import Normalization


class DedupParams(StageParams):
    mode: Literal["exact", "fuzzy", "both"] = Field(
        "exact", description="exact: identical normalised text; fuzzy: MinHash-LSH near duplicates; "
                             "both: exact first, then fuzzy on the survivors.")
    keep: Literal["first", "longest", "score"] = Field(
        "first", description="Which row of a duplicate group to keep: first = smallest id, longest = most "
                             "bytes, score = highest value of --score-col.")
    score_col: Optional[str] = Field(None, description="Column used by --keep score (higher is better).")
    nfkc: bool = Field(True, description="Unicode NFKC normalisation before comparing.")
    lowercase: bool = Field(True, description="Compare case-insensitively.")
    whitespace: bool = Field(True, description="Collapse whitespace runs and trim before comparing.")
    punctuation: bool = Field(False, description="Strip punctuation and symbols before comparing.")
    # near-duplicate (MinHash LSH) options
    threshold: float = Field(0.8, gt=0, lt=1, description="Jaccard similarity above which documents are near duplicates.")
    ngram_kind: Literal["word", "char"] = Field("word", description="Shingle kind: word n-grams or character n-grams.")
    ngram: int = Field(5, ge=1, description="Shingle length (words or characters; 24 is a good char default).")
    num_perm: int = Field(128, ge=8, le=1024, description="MinHash permutations (signature length).")
    bands: Optional[int] = Field(None, ge=1, description="LSH bands (default: chosen from --threshold).")
    rows: Optional[int] = Field(None, ge=1, description="Rows per band (default: chosen from --threshold).")
    verify: bool = Field(False, description="Check candidate pairs by signature Jaccard and drop those below --threshold.")
    verify_exact: bool = Field(False, description="With --verify: compare the exact shingle Jaccard of each candidate "
                                                  "pair (re-shingled in the blocks holding the texts) instead of the "
                                                  "signature estimate.")
    gpu: bool = Field(False, description="Compute the MinHash permutations on a CUDA GPU (torch; same signatures "
                                         "as the CPU path). Signature tasks then ask Ray for one GPU each.")
    keep_signatures: bool = Field(False, description="Write each row's MinHash signature as a fixed-size list "
                                                     "column `minhash` (fuzzy modes).")

    def normalization(self) -> Normalization:
        return Normalization(nfkc=self.nfkc, lowercase=self.lowercase, whitespace=self.whitespace,
                             punctuation=self.punctuation)


class DedupStage(Stage):
    name = "dedup"
    help = "Remove exact and near-duplicate documents (hash shuffle / MinHash LSH on Ray)."
    Params = DedupParams

    def output_fields(self) -> list[pa.Field]:
        fields = [pa.field("dup_group_size", pa.int64()), pa.field("duplicate_of", pa.large_string())]
        if self.params.mode != "exact":
            fields += [pa.field("dup_cluster", pa.large_string()), pa.field("jaccard_estimate", pa.float64())]
            if self.params.keep_signatures:
                fields.append(pa.field("minhash", pa.list_(pa.uint32(), self.params.num_perm)))
        return fields

    def apply(self, ds, ctx: StageContext) -> StageResult:
        p = self.params
        if p.keep == "score" and not p.score_col:
            from pipeline.errors import ConfigError

            raise ConfigError("dedup: --keep score needs --score-col")
        if p.keep == "score" and ctx.input_schema is not None and p.score_col not in ctx.input_schema.names:
            from pipeline.errors import ConfigError

            raise ConfigError(f"dedup: --score-col '{p.score_col}' is not a column of the input "
                              f"(columns: {', '.join(ctx.input_schema.names)})")
        if p.gpu and p.mode != "exact" and ctx.num_gpus < 1:
            from pipeline.errors import ConfigError

            raise ConfigError("dedup: --gpu needs a GPU in the Ray cluster, and it has none")
        if p.mode == "exact":
            from .exact import exact_dedup

            return StageResult(exact_dedup(ds, p.normalization(), p.keep, p.score_col))
        from .fuzzy import fuzzy_dedup

        return fuzzy_dedup(ds, p, ctx)
