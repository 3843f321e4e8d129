"""ProX: grammar, parser safety (fuzzed), every operation, rules, and the stage via CLI/API."""
from __future__ import annotations

import json

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorers import prox
from scorers.prox import Op, ProgramError, chunk_lines, execute, format_chunk, format_program, parse, run
from scorers.prox_rules import generate

DOC = "\n".join([
    "Home | Products | About | Contact",            # 0
    "Widgets are small mechanical parts.",          # 1
    "They are used in many machines everywhere.",   # 2
    "Ã© is broken unicode for an accented e.",      # 3
    "Copyright 2024 Widget Corp. All rights reserved.",  # 4
])


# --- every operation ------------------------------------------------------------------

def test_keep_and_drop_doc():
    assert execute(DOC, "keep_doc()") == DOC
    assert execute(DOC, "drop_doc()") is None
    assert run(DOC, "drop_doc()").dropped_by == "program"


def test_remove_lines_inclusive_and_clipped():
    assert execute(DOC, "remove_lines(line_start=0, line_end=0)") == "\n".join(DOC.split("\n")[1:])
    out = execute(DOC, "remove_lines(line_start=3, line_end=99)")  # end clipped to the last line
    assert out == "\n".join(DOC.split("\n")[:3])
    # positional arguments are accepted too
    assert execute(DOC, "remove_lines(0, 0)\nremove_lines(4, 4)") == "\n".join(DOC.split("\n")[1:4])


def test_normalize_replaces_every_occurrence():
    out = execute(DOC, 'normalize(source_str="Ã©", target_str="é")\nnormalize(source_str="machines", target_str="devices")')
    assert "Ã©" not in out and "é is broken" in out and "many devices" in out


def test_skip_chunk_is_a_no_op():
    assert execute(DOC, "skip_chunk()") == DOC
    assert execute(DOC, "keep_doc()\n# chunk 0-2\nskip_chunk()\n# chunk 3-4\nskip_chunk()") == DOC


def test_chunk_relative_line_numbers_and_scoped_normalize():
    prog = ("keep_doc()\n# chunk 0-2\nremove_lines(line_start=0, line_end=0)\n"
            "# chunk 3-4\nremove_lines(line_start=1, line_end=1)\nnormalize(source_str='e', target_str='E')")
    out = execute(DOC, prog).split("\n")
    assert out[:2] == DOC.split("\n")[1:3]            # chunk 0 lost its line 0, untouched by normalize
    assert out[2] == DOC.split("\n")[3].replace("e", "E")  # normalize only inside chunk 3-4
    assert len(out) == 3                               # chunk line 1 = document line 4 removed


def test_post_rule_drops_when_almost_nothing_remains():
    r = run(DOC, "remove_lines(line_start=0, line_end=4)")
    assert r.text is None and r.dropped_by == "too_short" and r.errors == 0
    short = "tiny\n" + "x" * 200
    assert run(short, "remove_lines(line_start=1, line_end=1)", min_chars=20).text is None
    assert run(short, "remove_lines(line_start=0, line_end=0)").text == "x" * 200


def test_errors_keep_the_original_and_are_counted():
    for bad in ["remove_lines(line_start=3, line_end=1)", "remove_lines(line_start='1', line_end=2)",
                "normalize(source_str='', target_str='x')", "keep_doc()\ndrop_doc()",
                "remove_lines(line_start=40, line_end=50)", "os.remove('x')", "drop_doc(1)"]:
        r = run(DOC, bad)
        assert r.text == DOC and r.errors >= 1, bad
    r = run(DOC, "keep_doc()\nfoo(\nbar()\nremove_lines(0, 0)")
    assert r.errors == 2 and r.text == DOC


def test_strict_parse_and_round_trip():
    ops = [Op("remove_lines", (1, 2), (0, 9)), Op("normalize", ('a"b\'\n', "c"), (0, 9)), Op("skip_chunk", (), (10, 12))]
    text = format_program("keep_doc", [((0, 9), ops[:2]), ((10, 12), ops[2:])])
    assert parse(text) == [Op("keep_doc")] + ops
    with pytest.raises(ProgramError):
        parse("remove_lines(line_start=1)")


def test_chunking_packs_to_budget_and_numbers_per_chunk():
    text = "\n".join(f"line {i} " + "w" * 30 for i in range(40))
    spans = chunk_lines(text, budget=60)
    assert spans[0][0] == 0 and spans[-1][1] == 39
    assert all(b + 1 == c for (_, b), (c, _) in zip(spans, spans[1:]))
    assert all(sum(prox.approx_tokens(l) + 2 for l in text.split("\n")[a:b + 1]) <= 60 for a, b in spans if b > a)
    assert len(spans) > 1
    shown = format_chunk(text, spans[1]).split("\n")
    assert shown[0].startswith("[000] line %d " % spans[1][0])


# --- fuzz: malformed programs never raise, never run code, never lose the document ----

HOSTILE = [
    "__import__('os').system('touch {s}')", "open('{s}', 'w').write('x')", "exec(\"open('{s}','w')\")",
    "eval('1')", "remove_lines.__globals__", "keep_doc().__class__", "drop_doc()()", "remove_lines(line_start=(1), line_end=[2])",
    "remove_lines(line_start=" + "9" * 5000 + ", line_end=1)", "remove_lines(line_start=10**100, line_end=1)",
    "normalize(source_str='abc, target_str='d')", 'normalize(source_str="x", target_str=f"{open(\'{s}\')}")',
    "remove_lines(line_start=-1, line_end=2)", "remove_lines(start=0, end=1)", "keep_doc(**{{}})", "skip_chunk(*[])",
    "lambda: 0", "import os", "x = drop_doc()", "remove_lines(line_start=True, line_end=False)",
    "normalize(source_str=b'a', target_str='b')", "((((((((((((((((((((((((((((((((((((((((((((((((((",
    "keep_doc(keep_doc(drop_doc()))", "# chunk 9-3\nremove_lines(0, 0)", "# chunk 999999999-999999999\nskip_chunk()",
    "drop_doc", "'''", "\x00\ufffd", "remove_lines(line_start=0, line_end=0); os.system('x')",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=0, max_size=300),
       pieces=st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60),
                                 st.sampled_from(["keep_doc()", "skip_chunk()", "remove_lines(0, 1)",
                                                  "normalize('a', 'b')", "# chunk 0-3", "drop_doc()"])),
                       max_size=6))
def test_fuzz_malformed_programs(tmp_path, text, pieces):
    sentinel = tmp_path / "pwned"
    program = "\n".join(p.replace("{s}", str(sentinel)) for p in pieces)
    r = run(text, program)                      # must not raise
    assert not sentinel.exists()                # nothing was executed
    if r.errors:
        assert r.text == text                   # errors keep the original untouched
    elif r.text is None:
        assert r.dropped_by in ("program", "too_short")
    else:
        assert isinstance(r.text, str)
    assert execute(text, program) == r.text


def test_parser_does_not_call_eval(monkeypatch):
    import builtins

    def boom(*a, **k):
        raise AssertionError("eval/exec called")

    monkeypatch.setattr(builtins, "eval", boom)
    monkeypatch.setattr(builtins, "exec", boom)
    for p in HOSTILE:
        run(DOC, p)


# --- rules ------------------------------------------------------------------------------

def test_rules_on_crafted_boilerplate():
    doc = "\n".join([
        "Skip to content",
        "Home | Blog | Shop | Contact",
        "The river delta supports a large population of migrating birds each spring.",
        "Researchers counted over forty species near the estuary last year.",
        "Researchers counted over forty species near the estuary last year.",
        "Local guides say the best viewing time is early morning.",
        "The cafÃ© by the harbour serves visitors \ufffd all day.",
        "Share on Facebook",
        "© 2024 Delta News. All rights reserved. Privacy Policy",
    ])
    program = generate(doc)
    assert program.startswith("keep_doc()")
    assert parse(program)  # the rules emit the grammar
    out = execute(doc, program)
    assert "Skip to content" not in out and "Home | Blog" not in out and "Share on" not in out
    assert "All rights reserved" not in out
    assert out.count("Researchers counted") == 1
    assert "café" in out and "\ufffd" not in out
    assert "river delta" in out and "early morning" in out
    # a page that is nothing but boilerplate is dropped
    junk = "Home | About | Contact\nSkip to content\nLog in\nAll rights reserved."
    assert generate(junk) == "drop_doc()" and execute(junk, generate(junk)) is None
    clean = "A plain description of a package.\nIt does one thing well, and nothing else."
    assert execute(clean, generate(clean)) == clean


def test_rules_chunked_program_round_trips():
    doc = "\n".join(["Skip to content"] + [f"Paragraph {i} has some genuine words in it." for i in range(60)])
    program = generate(doc, budget=100)
    assert program.count("# chunk") > 1
    out = execute(doc, program)
    assert not out.startswith("Skip") and out.count("Paragraph") == 60


# --- stage ------------------------------------------------------------------------------

def test_prox_stage_cli_program_col(shards, tmp_path):
    from pipeline.cli import main
    from pipeline.io import read_dir

    rows = [
        {"id": "a", "text": DOC, "prog": "keep_doc()\nremove_lines(line_start=0, line_end=0)"},
        {"id": "b", "text": DOC, "prog": "drop_doc()"},
        {"id": "c", "text": DOC, "prog": "__import__('os').system('echo hi')"},
        {"id": "d", "text": DOC, "prog": None},
        {"id": "e", "text": DOC, "prog": "remove_lines(0, 4)"},
    ]
    inp = shards(rows, n=2)
    out = tmp_path / "out"
    assert main(["prox", str(inp), str(out), "--program-col", "prog"]) == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == 5
    assert m["reject_reasons"] == {"prox_drop": 2}
    kept = {r["id"]: r for r in read_dir(out / "kept").to_pylist()}
    rej = {r["id"]: r for r in read_dir(out / "rejected").to_pylist()}
    assert set(kept) == {"a", "c", "d"} and set(rej) == {"b", "e"}
    assert kept["a"]["text"] == "\n".join(DOC.split("\n")[1:]) and kept["a"]["text_original"] == DOC
    assert kept["c"]["text"] == DOC and kept["c"]["prox_errors"] == 1
    assert kept["d"]["text"] == DOC and kept["d"]["prox_errors"] == 0
    assert m["stats"]["prox_errors"] == 1 and m["stats"]["docs_changed"] == 1
    # a missing column is a one-line error
    assert main(["prox", str(inp), str(tmp_path / "o2"), "--program-col", "nope"]) == 2


def test_prox_stage_rules_python_api():
    from scorers.prox_stage import ProxStage

    table = pa.table({"id": ["x", "y"], "text": [DOC, "Skip to content\nHome | About | Contact\nLog in"]})
    kept, rejected = ProxStage()(table)
    assert kept.num_rows + rejected.num_rows == 2
    assert rejected["id"].to_pylist() == ["y"] and rejected["reject_reason"].to_pylist() == ["prox_drop"]
    text = kept["text"].to_pylist()[0]
    assert "Home | Products" not in text and "Widgets are small" in text and "é is broken" in text


def test_model_generator_with_a_local_causal_lm():
    """A real (tiny, untrained-for-this) HF model writes programs; whatever it writes is only
    parsed, and the document is never lost."""
    from scorers.prox_models import ModelProgramGenerator, clean_output
    from scorers.tiny_lm import model_path

    gen = ModelProgramGenerator(model_path(1), model_path(1), device="cpu", budget=40, batch_size=4,
                                max_new_tokens=6, max_length=128)
    docs = [DOC, "short one\nsecond line of it"]
    programs = gen.programs(docs)
    assert len(programs) == 2 and all(isinstance(p, str) and p for p in programs)
    assert "# chunk" in programs[0]            # DOC is longer than one 40-token chunk
    for d, p in zip(docs, programs):
        r = run(d, p)
        assert r.text is None or isinstance(r.text, str)
        if r.errors:
            assert r.text == d
    assert clean_output("```python\nremove_lines(0, 1)\n\nlater") == "remove_lines(0, 1)"
