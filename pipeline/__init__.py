"""assay: data curation and selection for ML training corpora, on Ray."""
__version__ = "0.1.0"

__all__ = ["__version__", "Stage", "StageParams", "StageResult", "StageContext", "make_stage",
           "run_stage", "run_job", "ColumnMap"]


def __getattr__(name):  # lazy: importing `pipeline` must not start Ray or import torch
    if name in ("Stage", "StageParams", "StageResult", "StageContext", "make_stage"):
        from . import stage

        return getattr(stage, name)
    if name == "run_stage":
        from .runner import run_stage

        return run_stage
    if name == "run_job":
        from .job import run_job

        return run_job
    if name == "ColumnMap":
        from .schema import ColumnMap

        return ColumnMap
    raise AttributeError(name)
