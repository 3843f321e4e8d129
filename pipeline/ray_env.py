"""Connect to Ray: an embedded local head by default, a cluster with RAY_ADDRESS/--address."""
from __future__ import annotations

import logging
import os
import warnings


def ensure_ray(address: str | None = None, num_cpus: int | None = None, quiet: bool = True) -> None:
    import ray

    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_DEDUP_LOGS", "1")
    # errors are re-raised to the user as one line; don't let Ray print them again
    os.environ.setdefault("RAY_IGNORE_UNHANDLED_ERRORS", "1")
    # workers of a local head inherit these: offline models, no per-actor loading bars
    for key, value in (("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"), ("TRANSFORMERS_VERBOSITY", "error"),
                       ("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TOKENIZERS_PARALLELISM", "false")):
        os.environ.setdefault(key, value)
    os.environ.setdefault("RAY_ACCEL_ENV_VAR_OVERRIDE_ON_ZERO", "0")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    address = address or os.environ.get("RAY_ADDRESS") or None
    kwargs: dict = dict(logging_level=logging.WARNING, log_to_driver=True, ignore_reinit_error=True)
    if address:
        ray.init(address=address, **kwargs)
    else:
        # the embedded head keeps Ray's default token authentication; Ray announces that
        # default with a warning on every start, which is not news to an assay user
        logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(logging.ERROR)
        ray.init(num_cpus=num_cpus, include_dashboard=False, **kwargs)
    configure_data_context(quiet)
    for name in ("ray.data", "ray"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # "the cluster does not have any available CPUs" is printed whenever a pipeline starts
    # while the previous stage's actors are still being released; it is not actionable here
    logging.getLogger("ray.data.dataset").setLevel(logging.ERROR)


def configure_data_context(quiet: bool = True) -> None:
    """Deterministic block order for every Ray Data pipeline assay builds."""
    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.execution_options.preserve_order = True
    if quiet:
        try:
            ctx.enable_progress_bars = os.environ.get("ASSAY_NO_PROGRESS") is None
            ctx.print_on_execution_start = False
        except AttributeError:
            pass


def cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def cluster_gpus() -> float:
    import ray

    return float(ray.cluster_resources().get("GPU", 0))
