"""A real Ray head on loopback (`ray start --head`), `ray job submit` of `assay run`,
and the Parquet it wrote read back by polars, duckdb and pyarrow."""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.parquet as pq

from conftest import REPO


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ray_job_submit_runs_assay(tmp_path):
    ray_cli = [sys.executable, "-c", "from ray.scripts.scripts import main; main()"]
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    env["RAY_AUTH_MODE"] = "token"
    env["RAY_AUTH_TOKEN"] = secrets.token_hex(32)  # the head and the client share it via the env
    env.pop("RAY_AUTH_TOKEN_PATH", None)
    env.pop("RAY_ADDRESS", None)
    # every port explicit: other Ray instances on the machine (the test session's own, a
    # developer's) hold the defaults, and a head whose job agent can't bind never accepts jobs
    gcs, dash, agent, agent_grpc, rt_agent, metrics, client = (_free_port() for _ in range(7))
    temp = Path("/tmp") / f"assay-ray-{os.getpid()}"
    head = subprocess.Popen(
        [*ray_cli, "start", "--head", "--block", f"--port={gcs}", "--node-ip-address=127.0.0.1",
         "--dashboard-host=127.0.0.1", f"--dashboard-port={dash}", "--include-dashboard=true",
         f"--dashboard-agent-listen-port={agent}", f"--dashboard-agent-grpc-port={agent_grpc}",
         f"--runtime-env-agent-port={rt_agent}", f"--metrics-export-port={metrics}",
         f"--ray-client-server-port={client}",
         "--num-cpus=2", "--disable-usage-stats", f"--temp-dir={temp}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    out = tmp_path / "run"
    try:
        address = f"http://127.0.0.1:{dash}"
        deadline = time.time() + 90
        while time.time() < deadline:
            ok = subprocess.run([*ray_cli, "job", "list", "--address", address], env=env, capture_output=True)
            if ok.returncode == 0:
                break
            time.sleep(2)
        else:
            raise AssertionError("the Ray head did not come up")
        runtime_env = '{"excludes": [".venv", ".git", "runs", "benchmarks", "tests"]}'
        for _ in range(20):  # the head's job agent can take a while to register on a busy machine
            job = subprocess.run(
                [*ray_cli, "job", "submit", "--address", address, "--working-dir", str(REPO),
                 "--runtime-env-json", runtime_env, "--",
                 "python", "-m", "pipeline.cli", "run", "jobs/smoke.yaml", "--output", str(out)],
                env=env, capture_output=True, text=True, timeout=300)
            if "No available agent" not in job.stdout + job.stderr:
                break
            time.sleep(3)
        assert job.returncode == 0, job.stdout[-3000:] + job.stderr[-3000:]
        assert "succeeded" in job.stdout + job.stderr
    finally:
        os.killpg(head.pid, signal.SIGTERM)
        try:
            head.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)

    files = sorted((out / "curated").glob("*.parquet"))
    assert files
    by_polars = pl.read_parquet(out / "curated" / "*.parquet")
    by_duck = duckdb.sql(f"select count(*), count(distinct id) from read_parquet('{out}/curated/*.parquet')").fetchall()[0]
    by_arrow = sum(pq.read_metadata(f).num_rows for f in files)
    assert by_polars.height == by_duck[0] == by_duck[1] == by_arrow == 3799 - 120
    rejected = duckdb.sql(f"select reject_reason, count(*) from read_parquet('{out}/01-dedup/rejected/*.parquet') "
                          "group by 1").fetchall()
    assert rejected == [("exact_duplicate", 120)]
