"""ProX program generators backed by Hugging Face causal LMs loaded from local paths.

Two models as in the paper: a doc-level one that answers `keep_doc()` / `drop_doc()` for
the (truncated) document, and a chunk-level one that writes a program for each chunk
(lines numbered `[000] ...`, chunks packed to a token budget). Generation is greedy,
left-padded and batched; on Ray the generator lives in an actor pool, one GPU per actor
when the cluster has GPUs. Model output is only ever *parsed* (scorers.prox), never run.
"""
from __future__ import annotations

import os
import re

import pyarrow as pa

from .prox import chunk_lines, format_chunk, format_program

DOC_PROMPT = ("You are a data refiner. Decide whether the document below is worth keeping for "
              "language-model pre-training. Answer keep_doc() or drop_doc().\n\n"
              "Document:\n{doc}\n\nProgram:\n")
CHUNK_PROMPT = ("You are a data refiner. Write a program that cleans the numbered text chunk below. "
                "Use remove_lines(line_start=int, line_end=int) for noisy lines, "
                "normalize(source_str=\"...\", target_str=\"...\") to fix strings, or skip_chunk() "
                "when nothing needs to change.\n\nChunk:\n{chunk}\n\nProgram:\n")
_FENCE = re.compile(r"```[a-zA-Z]*")


def _local(path: str, what: str) -> str:
    if not path or not os.path.isdir(path):
        from pipeline.errors import ConfigError

        raise ConfigError(f"prox: {what} '{path}' is not a local model directory (nothing is downloaded)")
    return path


def clean_output(text: str) -> str:
    """Strip code fences and cut at the first blank line after some content."""
    text = _FENCE.sub("", text).strip("\n")
    out = []
    for line in text.split("\n"):
        if not line.strip():
            if out:
                break
            continue
        out.append(line.strip())
    return "\n".join(out)


class _LM:
    def __init__(self, path: str, device: str | None, max_length: int):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.torch = torch
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.tok.padding_side = "left"
        if self.tok.pad_token is None:
            self.tok.pad_token = self.tok.eos_token or self.tok.unk_token
        dtype = torch.bfloat16 if self.device.startswith("cuda") else torch.float32
        self.model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, dtype=dtype,
                                                          use_safetensors=None).to(self.device).eval()
        self.max_length = max_length

    def count(self, line: str) -> int:
        return len(self.tok(line, add_special_tokens=False)["input_ids"])

    def generate(self, prompts: list[str], max_new_tokens: int, batch_size: int) -> list[str]:
        outs: list[str] = []
        for i in range(0, len(prompts), batch_size):
            enc = self.tok(prompts[i:i + batch_size], return_tensors="pt", padding=True, truncation=True,
                           max_length=self.max_length).to(self.device)
            with self.torch.inference_mode():
                gen = self.model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False,
                                          pad_token_id=self.tok.pad_token_id)
            new = gen[:, enc["input_ids"].shape[1]:]
            outs += [clean_output(t) for t in self.tok.batch_decode(new, skip_special_tokens=True)]
        return outs


class ModelProgramGenerator:
    """Programs for a list of documents from a doc-level and/or a chunk-level model."""

    def __init__(self, doc_model: str | None = None, chunk_model: str | None = None, device: str | None = None,
                 budget: int = 1500, batch_size: int = 8, max_new_tokens: int = 64, max_length: int = 2048):
        if not doc_model and not chunk_model:
            from pipeline.errors import ConfigError

            raise ConfigError("prox: give --doc-model and/or --chunk-model (or use --program-col / the rules)")
        self.doc = _LM(_local(doc_model, "--doc-model"), device, max_length) if doc_model else None
        self.chunk = None
        if chunk_model:
            self.chunk = self.doc if chunk_model == doc_model else _LM(_local(chunk_model, "--chunk-model"), device,
                                                                        max_length)
        self.budget, self.batch_size, self.max_new_tokens = budget, batch_size, max_new_tokens

    def programs(self, texts: list[str]) -> list[str]:
        doc_ops: list[str | None] = [None] * len(texts)
        if self.doc is not None:
            answers = self.doc.generate([DOC_PROMPT.format(doc=t[: self.budget * 4]) for t in texts], 8,
                                        self.batch_size)
            # the first statement decides; anything else is left for the parser to count
            doc_ops = [a.split("\n")[0] if a else "" for a in answers]
        chunks: list[list[tuple[int, int]]] = []
        flat: list[str] = []
        for t, op in zip(texts, doc_ops):
            if self.chunk is None or (op or "").startswith("drop_doc"):
                chunks.append([])
                continue
            spans = chunk_lines(t, self.budget, self.chunk.count)
            chunks.append(spans)
            flat += [CHUNK_PROMPT.format(chunk=format_chunk(t, s)) for s in spans]
        gen = iter(self.chunk.generate(flat, self.max_new_tokens, self.batch_size) if flat else [])
        out = []
        for op, spans in zip(doc_ops, chunks):
            progs = [(s, next(gen) or "skip_chunk()") for s in spans]
            head = (op + "\n") if op else ""
            out.append(head + format_program(None, progs) if progs else (op or "keep_doc()"))
        return out


class ProxModelActor:
    """Ray Data actor: adds a `prox_program` column to pyarrow batches."""

    def __init__(self, doc_model, chunk_model, budget, batch_size, max_new_tokens):
        self.gen = ModelProgramGenerator(doc_model, chunk_model, budget=budget, batch_size=batch_size,
                                         max_new_tokens=max_new_tokens)

    def __call__(self, batch: pa.Table) -> pa.Table:
        from pipeline.schema import TEXT, with_column

        progs = self.gen.programs(batch[TEXT].to_pylist())
        return with_column(batch, "prox_program", pa.array(progs, pa.large_string()))
