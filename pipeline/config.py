"""Job files: YAML that lists the stages of a pipeline and their parameters.

    name: quickstart
    input: samples/corpus          # file, directory of shards, or glob (relative to CWD)
    output: runs/quickstart        # `assay run --output` overrides
    seed: 0
    columns: {id: id, text: text, label: label}
    stages:
      - dedup: {mode: both, threshold: 0.8}
      - stage: decontam            # long form, same thing
        params: {benchmark: [humaneval]}
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from .errors import ConfigError
from .schema import ColumnMap
from .validate import DEFAULT_MAX_DOC_BYTES


class StageSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stage: str
    params: dict[str, Any] = Field(default_factory=dict)
    name: Optional[str] = None  # directory name suffix; defaults to the stage name
    num_gpus: Optional[float] = None  # GPUs this stage may use (default: what the cluster has)


class Columns(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = "id"
    text: str = "text"
    label: str = "label"

    def to_map(self) -> ColumnMap:
        return ColumnMap(self.id, self.text, self.label)


class RayOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    address: Optional[str] = None
    num_cpus: Optional[int] = None


class JobConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = "job"
    description: str = ""
    input: str
    output: Optional[str] = None
    seed: int = 0
    max_doc_bytes: int = DEFAULT_MAX_DOC_BYTES
    columns: Columns = Field(default_factory=Columns)
    ray: RayOptions = Field(default_factory=RayOptions)
    report: bool = True
    stages: list[StageSpec]

    @field_validator("stages", mode="before")
    @classmethod
    def _short_form(cls, v):
        out = []
        for item in v or []:
            if isinstance(item, dict) and "stage" not in item and len(item) == 1:
                (name, params), = item.items()
                item = {"stage": name, "params": params or {}}
            elif isinstance(item, str):
                item = {"stage": item}
            out.append(item)
        return out


def load_job(path: str | Path) -> JobConfig:
    p = Path(path)
    if not p.exists():
        raise ConfigError(f"{p}: job file not found")
    try:
        raw = yaml.safe_load(p.read_text())
    except yaml.YAMLError as e:
        raise ConfigError(f"{p}: not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{p}: a job file is a YAML mapping with at least `input` and `stages`")
    try:
        job = JobConfig(**raw)
    except Exception as e:
        from .stage import _one_line

        raise ConfigError(f"{p}: {_one_line(e)}") from None
    if not job.stages:
        raise ConfigError(f"{p}: `stages` is empty")
    return job
