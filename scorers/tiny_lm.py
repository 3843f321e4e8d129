"""The tiny local causal LMs under samples/models/ (built by samples/build_models.py).

A ladder of four Llama-architecture models sharing one 512-token byte-level BPE tokenizer
trained on samples/corpus; bigger rungs have more parameters and more training steps, so
their loss on the corpus is lower (useful for PreSelect-style "which model predicts this
document better" scores). All load offline:

    from scorers.tiny_lm import model_path
    AutoModelForCausalLM.from_pretrained(model_path(2), local_files_only=True)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODELS_DIR = REPO / "samples" / "models"
DEFAULT_RUNG = 2
VOCAB_SIZE = 512
CONTEXT = 128
SPECIAL = "<|endoftext|>"
SEED = 1234


@dataclass(frozen=True)
class Rung:
    hidden: int
    layers: int
    heads: int
    steps: int
    lr: float = 3e-3
    batch: int = 16


LADDER: tuple[Rung, ...] = (
    Rung(hidden=32, layers=1, heads=2, steps=40),
    Rung(hidden=48, layers=2, heads=3, steps=100),
    Rung(hidden=64, layers=2, heads=4, steps=200),
    Rung(hidden=80, layers=3, heads=4, steps=240),
)


def model_path(rung: int = DEFAULT_RUNG) -> str:
    """Path of samples/models/tiny-lm-<rung> (1..4)."""
    if not 1 <= rung <= len(LADDER):
        raise ValueError(f"tiny-lm rung must be 1..{len(LADDER)}, got {rung}")
    return str(MODELS_DIR / f"tiny-lm-{rung}")


def ladder_paths() -> list[str]:
    return [model_path(i) for i in range(1, len(LADDER) + 1)]


def _corpus_texts(corpus: str) -> list[str]:
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    t = pq.read_table(corpus, columns=["id", "text"])
    t = t.take(pc.sort_indices(t, [("id", "ascending")]))
    return t["text"].to_pylist()


def train_tokenizer(corpus: str):
    """A 512-token byte-level BPE (deterministic for a given corpus) as a PreTrainedTokenizerFast."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=VOCAB_SIZE, special_tokens=[SPECIAL], show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(_corpus_texts(corpus), trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token=SPECIAL, eos_token=SPECIAL,
                                   pad_token=SPECIAL, unk_token=SPECIAL, model_max_length=CONTEXT)


def build_model(spec: Rung, tokenizer, corpus: str, out: Path) -> dict:
    """Train one rung on next-token prediction over the corpus stream and save it to `out`."""
    import numpy as np
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(SEED)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # bit-for-bit reproducible on a given machine
    try:
        cfg = LlamaConfig(vocab_size=len(tokenizer), hidden_size=spec.hidden, intermediate_size=spec.hidden * 8 // 3,
                          num_hidden_layers=spec.layers, num_attention_heads=spec.heads,
                          num_key_value_heads=spec.heads, max_position_embeddings=CONTEXT,
                          bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                          pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=True)
        model = LlamaForCausalLM(cfg)
        ids = tokenizer.backend_tokenizer.encode_batch(_corpus_texts(corpus), add_special_tokens=False)
        ids = [e.ids for e in ids]
        eos = tokenizer.eos_token_id
        stream = np.fromiter((t for doc in ids for t in (eos, *doc)), dtype=np.int64)
        n_seq = len(stream) // CONTEXT
        data = torch.from_numpy(stream[: n_seq * CONTEXT].reshape(n_seq, CONTEXT))
        gen = torch.Generator().manual_seed(SEED)
        opt = torch.optim.AdamW(model.parameters(), lr=spec.lr, weight_decay=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 10) * (1 - s / spec.steps) + 0.05)
        model.train()
        loss = torch.tensor(float("nan"))
        for _ in range(spec.steps):
            batch = data[torch.randint(0, n_seq, (spec.batch,), generator=gen)]
            loss = model(input_ids=batch, labels=batch).loss
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        model.eval()
        out.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(out, safe_serialization=True)
        tokenizer.save_pretrained(out)
        return {"params": sum(p.numel() for p in model.parameters()), "final_loss": float(loss.detach())}
    finally:
        torch.set_num_threads(threads)
