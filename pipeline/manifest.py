"""manifest.json: what a stage (or a whole run) read, kept, rejected and why."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .io import write_text_atomic

MANIFEST = "manifest.json"


def fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        st = os.stat(f)
        h.update(f"{Path(f).resolve()}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def params_hash(stage: str, params: dict, extra: dict) -> str:
    blob = json.dumps({"stage": stage, "params": params, **extra}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def write_manifest(data: dict, directory: Path) -> None:
    write_text_atomic(json.dumps(data, indent=2, sort_keys=False, default=str) + "\n", directory / MANIFEST)


def read_manifest(directory: Path) -> dict | None:
    p = Path(directory) / MANIFEST
    if not p.exists():
        return None
    try:
        return json.loads(p.read_text())
    except json.JSONDecodeError:
        return None
