"""Optional LLM judge for rephrase candidates (off by default, never required).

The prompt follows the LLM Decontaminator paper: show the benchmark item and the training
text, ask whether they are the same problem (rephrasing, renaming, translation to another
language included), answer True or False. The answer is parsed by matching the first
word against True/False: model output is never executed or evaluated.

  api    OpenAI-compatible /chat/completions at ASSAY_JUDGE_BASE_URL with the key in
         ASSAY_JUDGE_API_KEY and the model ASSAY_JUDGE_MODEL (credentials only from env);
  local  a Hugging Face causal LM directory (--judge-model), greedy decoding on CPU/GPU.
Verdicts are cached on disk (JSONL keyed by a hash of model + prompt); failed calls are
retried with backoff and then count as False (the row is kept: a judge outage never
deletes data).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path

from pipeline.errors import ConfigError

PROMPT = """I will now give you two texts. Text 1 is a test problem from a benchmark. Text 2 comes from a \
training corpus. Please help me determine whether Text 2 is the same problem as Text 1, possibly \
rephrased: with renamed functions or variables, reworded instructions, changed example values, or \
translated into another programming or natural language. Only answer True or False.

Text 1:
{item}

Text 2:
{doc}

Answer (True or False):"""
MAX_CHARS = 6000


def parse_verdict(text: str) -> bool | None:
    m = re.search(r"\b(true|false)\b", text.strip().lower())
    return None if m is None else m.group(1) == "true"


class Judge:
    def __init__(self, model_id: str, cache: str | None = None, retries: int = 3):
        self.model_id = model_id
        self.retries = retries
        self.cache_path = Path(cache or Path.home() / ".cache" / "assay" / "judge.jsonl")
        self.cache: dict[str, bool] = {}
        if self.cache_path.exists():
            for line in self.cache_path.read_text().splitlines():
                try:
                    rec = json.loads(line)
                    self.cache[rec["key"]] = bool(rec["verdict"])
                except (ValueError, KeyError):
                    continue

    def _ask(self, prompt: str) -> str:  # pragma: no cover - implemented by subclasses
        raise NotImplementedError

    def verdicts(self, pairs: list[tuple[str, str]]) -> list[bool]:
        """pairs of (training text, benchmark item) -> True when the judge says contaminated."""
        out = []
        for doc, item in pairs:
            prompt = PROMPT.format(item=item[:MAX_CHARS], doc=doc[:MAX_CHARS])
            key = hashlib.sha256(f"{self.model_id}\0{prompt}".encode()).hexdigest()
            if key not in self.cache:
                verdict = None
                for attempt in range(self.retries):
                    try:
                        verdict = parse_verdict(self._ask(prompt))
                        if verdict is not None:
                            break
                    except Exception:  # network / server errors: retry, then give up (keep the row)
                        pass
                    time.sleep(min(8.0, 0.5 * 2 ** attempt))
                if verdict is None:
                    out.append(False)
                    continue
                self.cache[key] = verdict
                self.cache_path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.cache_path, "a") as f:
                    f.write(json.dumps({"key": key, "verdict": verdict}) + "\n")
            out.append(self.cache[key])
        return out


class ApiJudge(Judge):
    def __init__(self, cache: str | None = None):
        self.base = os.environ.get("ASSAY_JUDGE_BASE_URL", "").rstrip("/")
        self.key = os.environ.get("ASSAY_JUDGE_API_KEY", "")
        model = os.environ.get("ASSAY_JUDGE_MODEL", "")
        if not self.base or not model:
            raise ConfigError("decontam: --judge api needs ASSAY_JUDGE_BASE_URL and ASSAY_JUDGE_MODEL "
                              "(and ASSAY_JUDGE_API_KEY if the endpoint wants one)")
        super().__init__(f"api:{self.base}:{model}", cache)
        self.model = model

    def _ask(self, prompt: str) -> str:
        import requests

        headers = {"Content-Type": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        r = requests.post(f"{self.base}/chat/completions", headers=headers, timeout=60, json={
            "model": self.model, "temperature": 0, "max_tokens": 4,
            "messages": [{"role": "user", "content": prompt}]})
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"] or ""


class LocalJudge(Judge):
    def __init__(self, path: str | None, cache: str | None = None):
        if not path or not os.path.isdir(path):
            raise ConfigError(f"decontam: --judge local needs --judge-model pointing at a local HF model "
                              f"directory (got {path!r}; nothing is downloaded)")
        super().__init__(f"local:{os.path.abspath(path)}", cache)
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True).to(self.device).eval()

    def _ask(self, prompt: str) -> str:
        import torch

        if getattr(self.tok, "chat_template", None):
            text = self.tok.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                add_generation_prompt=True)
        else:
            text = prompt
        enc = self.tok(text, return_tensors="pt", truncation=True, max_length=4096).to(self.device)
        with torch.inference_mode():
            gen = self.model.generate(**enc, max_new_tokens=4, do_sample=False,
                                      pad_token_id=self.tok.pad_token_id or self.tok.eos_token_id)
        return self.tok.decode(gen[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)


def make_judge(kind: str, model_path: str | None = None, cache: str | None = None) -> Judge:
    if kind == "api":
        return ApiJudge(cache)
    if kind == "local":
        return LocalJudge(model_path, cache)
    raise ConfigError(f"decontam: unknown judge '{kind}' (use off, api or local)")
