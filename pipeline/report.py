"""RUN_DIR/report.html: what an `assay run` did, in words, a table and PNG plots.

Reads RUN_DIR/manifest.json and every stage's NN-stage/{manifest.json,kept,rejected}
(only the columns a plot needs, through polars) and draws, when the data exists:
rows in/out per stage with reasons, time per stage, score histograms, duplicate group
sizes, contaminated benchmark items and selection cluster budgets. Plots are written to
RUN_DIR/report/*.png and referenced by relative path.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import pyarrow.parquet as pq

from .errors import AssayError
from .io import write_text_atomic

SCORE_COLUMNS = {
    "lm_loss": "LM loss (nats/token)",
    "preselect_score": "PreSelect score",
    "el2n": "EL2N score",
    "contam_score": "contamination score",
    "label_quality": "label quality",
    "degradation": "capability degradation (target - reference)",
}
COLORS = {"kept": "#4c9a2a"}
PALETTE = ["#d1495b", "#edae49", "#00798c", "#30638e", "#003d5b", "#8d6a9f", "#c5a880", "#66a182",
           "#e07a5f", "#3d405b"]


def _plt():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _parts(d: Path) -> list[Path]:
    return sorted(p for p in d.glob("*.parquet") if not p.name.startswith(".")) if d.is_dir() else []


def _has_column(files: list[Path], col: str) -> bool:
    return any(col in pq.read_schema(f).names for f in files[:1])


def _read_col(files: list[Path], col: str):
    """One column of a set of shards as a numpy array (nulls dropped)."""
    import polars as pl

    files = [f for f in files if col in pq.read_schema(f).names]
    if not files:
        return None
    s = pl.scan_parquet([str(f) for f in files]).select(pl.col(col)).collect()[col].drop_nulls()
    if s.dtype.is_float():
        s = s.filter(s.is_finite())
    return s.to_numpy()


def _reasons_label(reasons: dict) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])) or "-"


# --- plots ---------------------------------------------------------------------------------

def plot_rows(stages: list[dict], path: Path) -> None:
    plt = _plt()
    names = [s["dir"] for s in stages]
    reasons = sorted({r for s in stages for r in s.get("reject_reasons", {})})
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(stages) + 1.6))
    left = [0] * len(stages)
    kept = [s["kept_rows"] for s in stages]
    ax.barh(names, kept, color=COLORS["kept"], label="kept")
    left = kept[:]
    for i, r in enumerate(reasons):
        vals = [s.get("reject_reasons", {}).get(r, 0) for s in stages]
        ax.barh(names, vals, left=left, color=PALETTE[i % len(PALETTE)], label=f"rejected: {r}")
        left = [a + b for a, b in zip(left, vals)]
    ax.invert_yaxis()
    ax.set_xlabel("rows")
    ax.set_title("Rows into each stage: kept and rejected by reason")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def plot_time(stages: list[dict], path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(stages) + 1.4))
    ax.barh([s["dir"] for s in stages], [s.get("seconds", 0) for s in stages], color="#30638e")
    ax.invert_yaxis()
    ax.set_xlabel("seconds")
    ax.set_title("Wall time per stage")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def plot_hist(kept, rejected, label: str, path: Path) -> None:
    import numpy as np

    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 3.4))
    data = [x for x in (kept, rejected) if x is not None and len(x)]
    allv = np.concatenate(data).astype(float)
    bins = np.histogram_bin_edges(allv, bins=40) if np.ptp(allv) > 0 else 10
    if kept is not None and len(kept):
        ax.hist(kept.astype(float), bins=bins, alpha=0.7, color=COLORS["kept"], label=f"kept ({len(kept)})")
    if rejected is not None and len(rejected):
        ax.hist(rejected.astype(float), bins=bins, alpha=0.7, color=PALETTE[0], label=f"rejected ({len(rejected)})")
    ax.set_xlabel(label)
    ax.set_ylabel("documents")
    ax.set_title(f"Distribution of {label}")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def plot_dup_sizes(sizes, path: Path) -> None:
    import numpy as np

    plt = _plt()
    vals, counts = np.unique(sizes, return_counts=True)
    fig, ax = plt.subplots(figsize=(7, 3.4))
    ax.bar([str(v) for v in vals], counts, color="#00798c", width=0.6 if len(vals) > 3 else 0.3)
    ax.set_xlabel("copies in the duplicate group")
    ax.set_ylabel("groups")
    if counts.max() > 50 * counts.min():
        ax.set_yscale("log")
    ax.set_title("Duplicate groups by size")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def plot_contamination(items: list[tuple[str, str, int]], path: Path, top: int = 30) -> None:
    plt = _plt()
    items = sorted(items, key=lambda t: (-t[2], t[0], t[1]))[:top]
    benches = sorted({b for b, _, _ in items})
    color = {b: PALETTE[i % len(PALETTE)] for i, b in enumerate(benches)}
    fig, ax = plt.subplots(figsize=(8, 0.3 * len(items) + 1.6))
    ax.barh([f"{b}: {i}" for b, i, _ in items], [h for _, _, h in items], color=[color[b] for b, _, _ in items])
    ax.invert_yaxis()
    ax.set_xlabel("contaminated training documents")
    ax.set_title(f"Contaminated benchmark items (top {len(items)})")
    ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def plot_budgets(clusters: list[dict], unit: str, path: Path) -> None:
    import numpy as np

    plt = _plt()
    c = [str(x["cluster"]) for x in clusters]
    x = np.arange(len(c))
    fig, ax = plt.subplots(figsize=(8, 3.6))
    ax.bar(x - 0.2, [k.get("capacity", k["size"]) for k in clusters], 0.4, color="#c5a880",
           label=f"available ({unit})")
    ax.bar(x + 0.2, [k["budget"] for k in clusters], 0.4, color="#30638e", label=f"budget ({unit})")
    ax.set_xticks(x, c)
    ax.set_xlabel("capability cluster")
    ax.set_ylabel(unit)
    ax2 = ax.twinx()
    ax2.plot(x, [k["degradation"] for k in clusters], "o-", color=PALETTE[0], label="mean degradation")
    ax2.set_ylabel("mean degradation")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, fontsize=8, loc="upper right")
    ax.set_title("Selection: budget per capability cluster")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


# --- contamination.json (tolerant reader) ------------------------------------------------

_ITEM_KEYS = ("item", "item_id", "task_id", "benchmark_id", "id", "name")
_HIT_KEYS = ("hits", "count", "n_hits", "documents", "docs", "matches")


def contamination_items(data) -> list[tuple[str, str, int]]:
    """(benchmark, item, hits) from NN-decontam/contamination.json.

    Accepts {bench: {"hits": {item: [documents]}}} (what the decontam stage writes),
    {bench: {item: hits}}, {bench: {"items": {item: hits} | [{item, hits}]}},
    {bench: [{item, hits}]}, [{benchmark, item, hits}] and any of those under "benchmarks"."""
    out = []

    def count(v):
        if isinstance(v, (int, float)):
            return int(v)
        if isinstance(v, list):
            return len(v)
        if isinstance(v, dict):
            for k in _HIT_KEYS:
                if k in v:
                    return count(v[k])
        return 0

    def rows(bench, v):
        if isinstance(v, dict) and isinstance(v.get("hits"), (dict, list)):
            v = v["hits"]          # contamination/stage.py: {"items": size, "hits": {item: [docs]}}
        elif isinstance(v, dict) and isinstance(v.get("items"), (dict, list)):
            v = v["items"]
        if isinstance(v, dict):
            for item, h in v.items():
                out.append((bench, str(item), count(h)))
        elif isinstance(v, list):
            for r in v:
                if isinstance(r, dict):
                    item = next((r[k] for k in _ITEM_KEYS if k in r), "?")
                    out.append((str(r.get("benchmark", bench)), str(item), count(r)))

    if isinstance(data, dict) and isinstance(data.get("benchmarks"), (dict, list)):
        data = data["benchmarks"]
    if isinstance(data, list):
        rows("?", data)
    elif isinstance(data, dict):
        for bench, v in data.items():
            if isinstance(v, (dict, list)):
                rows(str(bench), v)
    return [t for t in out if t[2] > 0]


# --- the report ------------------------------------------------------------------------------

def write_report(run_dir: Path) -> Path:
    run_dir = Path(run_dir)
    mpath = run_dir / "manifest.json"
    if not mpath.exists():
        raise AssayError(f"{run_dir}: no manifest.json (not a finished `assay run` directory)")
    try:
        run = json.loads(mpath.read_text())
        stages = run["stages"]
    except (json.JSONDecodeError, KeyError) as e:
        raise AssayError(f"{mpath}: not a run manifest ({type(e).__name__}: {e})") from None
    img_dir = run_dir / "report"
    img_dir.mkdir(exist_ok=True)
    for old in img_dir.glob("*.png"):
        old.unlink()
    figures: list[tuple[str, str, str]] = []  # (file, title, caption)

    def add(name, title, caption, fn, *args):
        fn(*args, img_dir / name)
        figures.append((f"report/{name}", title, caption))

    stage_info = []
    for s in stages:
        d = run_dir / s["dir"]
        sm = {}
        if (d / "manifest.json").exists():
            sm = json.loads((d / "manifest.json").read_text())
        stage_info.append((s, d, sm))

    if stages:
        add("rows.png", "Rows per stage", "Each bar is the rows a stage read: green were kept, the other colours "
            "were rejected, one colour per reason.", plot_rows, stages)
        add("time.png", "Time per stage", "Wall-clock seconds of each stage (a resumed stage shows the time of "
            "the run that produced it).", plot_time, stages)

    # score histograms: each column from the first stage that has it (all rows that stage saw)
    for col, label in SCORE_COLUMNS.items():
        for s, d, _ in stage_info:
            kf, rf = _parts(d / "kept"), _parts(d / "rejected")
            if not (_has_column(kf, col) or _has_column(rf, col)):
                continue
            k, r = _read_col(kf, col), _read_col(rf, col)
            if (k is None or not len(k)) and (r is None or not len(r)):
                break
            add(f"hist_{col}.png", f"{label} ({s['dir']})",
                f"Histogram of `{col}` over the rows that reached stage {s['dir']}, kept vs rejected there.",
                plot_hist, k, r, label)
            break

    # duplicate groups: each group counted once, via its kept representative
    for s, d, _ in stage_info:
        if s["stage"] != "dedup":
            continue
        sizes = _read_col(_parts(d / "kept"), "dup_group_size")
        if sizes is not None and len(sizes) and (sizes > 1).any():
            sizes = sizes[sizes > 1]
            add(f"dup_sizes_{s['dir']}.png", f"Duplicate groups ({s['dir']})",
                f"{len(sizes)} groups of duplicates ({int(sizes.sum() - len(sizes))} copies removed); bar height "
                "= number of groups with that many copies.", plot_dup_sizes, sizes)

    # contamination
    for s, d, _ in stage_info:
        cj = d / "contamination.json"
        if not cj.exists():
            continue
        try:
            items = contamination_items(json.loads(cj.read_text()))
        except json.JSONDecodeError:
            items = []
        if items:
            benches = sorted({b for b, _, _ in items})
            add(f"contamination_{s['dir']}.png", f"Contaminated benchmark items ({s['dir']})",
                f"{len(items)} items of {', '.join(benches)} were found in training documents; bar = how many "
                "documents contained each item.", plot_contamination, items)

    # selection budgets
    for s, d, sm in stage_info:
        clusters = (sm.get("stats") or {}).get("clusters")
        if s["stage"] == "select" and clusters:
            st = sm["stats"]
            add(f"budgets_{s['dir']}.png", f"Selection budgets ({s['dir']})",
                f"Budget {st.get('budget')} {st.get('budget_unit', 'rows')} split over {len(clusters)} capability "
                "clusters in proportion to their " + ("total" if st.get("cluster_weight") == "total" else "mean")
                + " degradation (line: the mean), capped by what each cluster holds.",
                plot_budgets, clusters, st.get("budget_unit", "rows"))

    out = run_dir / "report.html"
    write_text_atomic(_html(run, stage_info, figures), out)
    return out


def _html(run: dict, stage_info, figures) -> str:
    e = html.escape
    n_in, n_cur = run.get("input_rows", 0), run.get("curated_rows", 0)
    pct = 100.0 * n_cur / n_in if n_in else 0.0
    total_reasons: dict = {}
    for s, _, _ in stage_info:
        for r, c in s.get("reject_reasons", {}).items():
            total_reasons[r] = total_reasons.get(r, 0) + c
    words = [f"The job <b>{e(str(run.get('job', '?')))}</b> read <b>{n_in}</b> rows and kept <b>{n_cur}</b> "
             f"({pct:.1f}%) in <code>curated/</code>; <b>{run.get('rejected_rows', 0)}</b> rows were rejected"]
    if total_reasons:
        words.append(" (" + e(_reasons_label(total_reasons)) + ")")
    words.append(f" over {len(stage_info)} stage(s) in {run.get('seconds', 0):.1f} s.")
    steps = []
    for s, _, sm in stage_info:
        line = (f"<li><b>{e(s['dir'])}</b> ({e(s['stage'])}): {s['input_rows']} in, {s['kept_rows']} kept, "
                f"{s['rejected_rows']} rejected")
        if s.get("reject_reasons"):
            line += f" ({e(_reasons_label(s['reject_reasons']))})"
        st = sm.get("stats") or {}
        if s["stage"] == "select" and "budget" in st:
            line += (f"; it spent a budget of {st['budget']} {st.get('budget_unit', 'rows')} "
                     f"({st.get('selected_rows')} rows, {st.get('selected_tokens')} tokens) over "
                     f"{st.get('num_clusters')} capability clusters ({e(str(st.get('cluster_method')))}), "
                     f"degradation from {e(str(st.get('degradation_source')))}")
        note = st.get("note")
        if note:
            line += f". Note: {e(str(note))}"
        steps.append(line + ".</li>")
    rows = "".join(
        f"<tr><td>{e(s['dir'])}</td><td>{e(s['stage'])}</td><td>{s['input_rows']}</td><td>{s['kept_rows']}</td>"
        f"<td>{s['rejected_rows']}</td><td>{e(_reasons_label(s.get('reject_reasons', {})))}</td>"
        f"<td>{s.get('seconds', 0):.1f}</td></tr>" for s, _, _ in stage_info)
    stats_html = []
    for s, _, sm in stage_info:
        flat = {k: v for k, v in (sm.get("stats") or {}).items() if isinstance(v, (int, float, str, bool))}
        if flat:
            items = "".join(f"<tr><td>{e(k)}</td><td>{e(str(v))}</td></tr>" for k, v in flat.items())
            stats_html.append(f"<h3>{e(s['dir'])}</h3><table class='kv'>{items}</table>")
    figs = "".join(f"<figure><h3>{e(t)}</h3><img src='{e(f)}' alt='{e(t)}'><figcaption>{e(c)}</figcaption>"
                   "</figure>" for f, t, c in figures)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>assay report: {e(str(run.get('job', '')))}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 960px; margin: 2em auto; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ border: 1px solid #ccc; padding: 4px 8px; }}
th {{ background: #f0f0f0; }} td:nth-child(n+3) {{ text-align: right; }} table.kv td {{ text-align: left; }}
figure {{ margin: 1.5em 0; }} img {{ max-width: 100%; }} figcaption {{ color: #555; font-size: 0.9em; }}
</style></head><body>
<h1>assay run report: {e(str(run.get('job', '')))}</h1>
<p>{''.join(words)}</p>
<p>Input: <code>{e(str(run.get('input', '')))}</code>; output: <code>{e(str(run.get('output', '')))}</code>;
seed {e(str(run.get('seed', '')))}.</p>
<h2>What each stage did</h2><ol>{''.join(steps)}</ol>
<table><tr><th>directory</th><th>stage</th><th>rows in</th><th>kept</th><th>rejected</th><th>reasons</th>
<th>seconds</th></tr>{rows}</table>
<h2>Plots</h2>{figs or '<p>No plots: the run has no stages with data.</p>'}
<h2>Stage statistics</h2>{''.join(stats_html) or '<p>None recorded.</p>'}
</body></html>
"""
