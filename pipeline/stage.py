"""The stage protocol every assay stage follows.

A stage receives the validated input as a Ray Dataset (canonical columns `id`, `text`,
optional `label`, plus whatever else the input had) and returns a Dataset with *every*
input row, its own columns added, and `reject_reason` (null = keep). The runner splits
that into `kept/` and `rejected/`, writes the manifest and checks
`input_rows == kept_rows + rejected_rows`.

    class MyStage(Stage):
        name = "my-stage"
        help = "One line for `assay --help`."
        Params = MyParams                     # pydantic model; fields become CLI options

        def output_fields(self): return [pa.field("score", pa.float64())]
        def apply(self, ds, ctx): return StageResult(ds.map_batches(...), stats={...})

`stage.run(INPUT, OUTPUT)` (or `stage(table)`) is the Python API that mirrors the CLI.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ClassVar

import pyarrow as pa
from pydantic import BaseModel, ConfigDict

from .errors import ConfigError


class StageParams(BaseModel):
    """Base for stage parameters: unknown keys are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class StageContext:
    """What the runner hands a stage besides its data."""

    work_dir: Path          # the stage's staging output directory (artifacts go here)
    seed: int = 0
    num_cpus: int = 1
    num_gpus: float = 0.0
    has_label: bool = False
    input_schema: pa.Schema | None = None
    log: Callable[[str], None] = print


@dataclass
class StageResult:
    ds: Any                                   # ray.data.Dataset with reject_reason
    stats: dict = field(default_factory=dict)  # goes to manifest["stats"]
    # called after the outputs are written: (ctx, counts) -> more stats
    finalize: Callable[[StageContext, dict], dict] | None = None


class Stage:
    name: ClassVar[str] = "stage"
    help: ClassVar[str] = ""
    Params: ClassVar[type[StageParams]] = StageParams
    needs_label: ClassVar[bool] = False

    def __init__(self, params: StageParams | dict | None = None, **kwargs):
        if isinstance(params, StageParams):
            self.params = params.model_copy(update=kwargs)
        else:
            try:
                self.params = self.Params(**{**(params or {}), **kwargs})
            except Exception as e:  # pydantic ValidationError -> one line
                raise ConfigError(f"{self.name}: bad parameters: {_one_line(e)}") from None

    # --- to implement -------------------------------------------------------------
    def output_fields(self) -> list[pa.Field]:
        """Columns this stage adds (present on kept and rejected rows)."""
        return []

    def apply(self, ds, ctx: StageContext) -> StageResult:  # pragma: no cover - abstract
        raise NotImplementedError

    def row_local(self) -> bool:
        """True when every output row depends only on its own input row and the parameters
        (no global step such as a top-k or a shuffle). The runner then writes each input
        shard's rows to files of their own, so a killed run resumes from finished shards."""
        return False

    # --- Python API ---------------------------------------------------------------
    def run(self, input, output, **run_kwargs) -> dict:
        """Run on INPUT (path, glob or pyarrow Table), write OUTPUT; returns the manifest."""
        from .runner import run_stage

        return run_stage(self, input, output, **run_kwargs)

    def __call__(self, table: pa.Table | str | Path, output: str | Path | None = None, **run_kwargs):
        """Run and read back: returns (kept, rejected) pyarrow Tables."""
        import tempfile

        from .io import read_dir

        with tempfile.TemporaryDirectory(prefix="assay-") as tmp:
            out = Path(output) if output else Path(tmp) / "out"
            self.run(table, out, **run_kwargs)
            return read_dir(out / "kept"), read_dir(out / "rejected")

    def params_dict(self) -> dict:
        return self.params.model_dump(mode="json")


def _one_line(e: Exception) -> str:
    errs = getattr(e, "errors", None)
    if callable(errs):
        parts = [f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}" for err in errs()]
        return "; ".join(parts)
    return str(e).splitlines()[0]


# name -> "module:Class"; imported lazily so `assay --help` stays fast.
STAGES: dict[str, str] = {
    "dedup": "dedup.stage:DedupStage",
    "decontam": "contamination.stage:DecontamStage",
    "label-errors": "scorers.label_errors:LabelErrorsStage",
    "prune": "scorers.prune:PruneStage",
    "lm-score": "scorers.lm_scorer:LMScoreStage",
    "preselect": "scorers.preselect:PreSelectStage",
    "prox": "scorers.prox_stage:ProxStage",
    "select": "pipeline.select:SelectStage",
}


def get_stage_class(name: str) -> type[Stage]:
    target = STAGES.get(name)
    if target is None:
        raise ConfigError(f"unknown stage '{name}' (known: {', '.join(STAGES)})")
    mod, cls = target.split(":")
    try:
        return getattr(importlib.import_module(mod), cls)
    except (ImportError, AttributeError) as e:
        raise ConfigError(f"stage '{name}' is not available ({_one_line(e)})") from None


def make_stage(name: str, params: dict | None = None) -> Stage:
    return get_stage_class(name)(params or {})
