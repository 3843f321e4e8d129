"""Running a document's own Python functions on an item's tests (contamination.execute), and the
seccomp sandbox it runs them in."""
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np

from contamination.execute import exec_features, program, python_program, run

ROOT = Path(__file__).resolve().parents[1]

# item 0: "largest gap between neighbours after sorting"; item 1: "count vowels"
TESTS = [[(([1, 9, 4],), 5), (([3, 3],), 0), (([10, 1, 2, 30],), 20), (([5, 7, 20, 21],), 13)],
         [(("banana",), 3), (("sky",), 0), (("education",), 5)]]

PARAPHRASE = '''A warm-up from our study group: after ordering the readings, what is the widest jump?

def widest_jump(readings):
    """Sort, then the biggest difference of two neighbours."""
    ordered = sorted(readings)
    best = 0
    for a, b in zip(ordered, ordered[1:]):
        best = max(best, b - a)
    return best

print(widest_jump([2, 8]))
'''
LOOKALIKE = '''def narrowest_jump(readings):
    ordered = sorted(readings)
    return min(b - a for a, b in zip(ordered, ordered[1:]))
'''


def test_program_keeps_functions_from_prose_and_drops_unsafe_code():
    src, fns = python_program(PARAPHRASE)
    assert fns == [("widest_jump", 1, 1)]
    assert "print(" not in src                       # top-level calls are not kept
    doc = "def f(x):\n    return eval(x)\n\ndef g(x):\n    return x.__class__\n\ndef h(x):\n    return x + 1\n"
    src, fns = python_program(doc)
    assert [f[0] for f in fns] == ["h"] and "eval" not in src and "__class__" not in src
    assert python_program("import os\ndef f(x):\n    return os.getcwd()\n")[0].count("import os") == 0
    assert program("int main(void) { return 0; }") is None


def test_exec_features_pass_for_a_paraphrase_and_fail_for_a_lookalike():
    programs = [program(PARAPHRASE), program(LOOKALIKE), None]
    d, i = np.array([0, 0, 1, 2]), np.array([0, 1, 0, 0])
    out = exec_features(programs, TESTS, d, i)
    assert out.tolist() == [[1.0, 0.0, 0.0],    # the paraphrase reproduces item 0's tests
                            [0.0, 0.0, 1.0],    # ... and not item 1's (it raises / differs on strings)
                            [0.0, 0.0, 1.0],    # the look-alike computes a different function
                            [0.0, 0.0, 0.0]]    # no Python code: no evidence


def test_sandbox_cannot_touch_the_filesystem_or_spawn(tmp_path):
    target = tmp_path / "written"
    doc = textwrap.dedent(f'''
        def writer(x):
            with open({str(target)!r}, "w") as f:
                f.write("x")
            return x
        def reader(x):
            return open("/etc/hostname").read()
        def spawn(x):
            import os
            return os.system("touch {target}")
        def compute(x):
            return sum(range(x))
    ''')
    src, fns = python_program(doc)
    # the static filter already drops open / import os: run the raw source to test the sandbox itself
    res = run([(doc, [("writer", (1,)), ("reader", (1,)), ("spawn", (1,)), ("compute", (10,))])])[0]
    assert res[0][0] == "error" and res[1][0] == "error"
    assert res[3] == ("ok", 45)
    assert not target.exists()
    assert [f[0] for f in fns] == ["compute"]


def test_seccomp_filter_blocks_open_socket_and_exec():
    code = textwrap.dedent(f'''
        import sys, os, socket
        sys.path.insert(0, {str(ROOT / "contamination")!r})
        import seccomp
        assert seccomp.install()
        for what, fn in [("open", lambda: open("/etc/hostname")), ("socket", lambda: socket.socket()),
                         ("exec", lambda: os.execv("/bin/true", ["true"]))]:
            try:
                fn()
                print(what, "ALLOWED")
            except PermissionError:
                print(what, "blocked")
        print(sum(range(1000)))
    ''')
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["open", "blocked", "socket", "blocked", "exec", "blocked", "499500"], out.stderr


JS_DOC = '''Here is how I solved the "widest jump" exercise in JavaScript:

```js
// order the readings, then the biggest step between neighbours
const widestJump = (readings) => {
  const s = [...readings].sort((a, b) => a - b);
  return s.slice(1).reduce((best, v, k) => Math.max(best, v - s[k]), 0);
};
console.log(widestJump([2, 8])); // 6
```
'''

C_DOC = r'''#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* sort a copy, report the widest step between neighbours */
int widest_jump(const int *vals, int n)
{
    int *s = malloc(sizeof(int) * (n ? n : 1)), best = 0;
    for (int k = 0; k < n; k++) s[k] = vals[k];
    qsort(s, n, sizeof(int), cmp);
    for (int k = 1; k < n; k++) if (s[k] - s[k - 1] > best) best = s[k] - s[k - 1];
    free(s);
    return best;
}

int count_vowels(const char *w)
{
    int c = 0;
    for (; *w; w++) c += (*w == 'a' || *w == 'e' || *w == 'i' || *w == 'o' || *w == 'u');
    return c;
}

int main(void) { printf("%d\n", widest_jump((int[]){2, 8}, 2)); return 0; }
'''


def test_javascript_and_c_documents_run_on_the_items_tests():
    progs = [program(JS_DOC), program(C_DOC)]
    assert progs[0][0] == "js" and [f[0] for f in progs[0][2]] == ["widestJump"]
    assert progs[1][0] == "c" and [f[0] for f in progs[1][2]] == ["widest_jump", "count_vowels"]  # cmp: void * args
    d, i = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])
    out = exec_features(progs, TESTS, d, i)
    assert out.tolist() == [[1.0, 0.0, 0.0],   # JS: item 0 reproduced
                            [0.0, 0.0, 1.0],   # ... item 1 not
                            [1.0, 0.0, 0.0],   # C: widest_jump reproduces item 0 (array + length)
                            [1.0, 0.0, 0.0]]   # C: count_vowels reproduces item 1 (a string)


def test_c_and_javascript_sandboxes_cannot_write_files(tmp_path):
    target = tmp_path / "written"
    c_doc = f'#include <stdio.h>\nint touch(int x) {{ FILE *f = fopen("{target}", "w"); return f ? 1 : 0; }}\n'
    js_doc = f"function touch(x) {{ require('fs').writeFileSync({str(target)!r}, 'x'); return 1; }}\n"
    c_prog, js_prog = program(c_doc), program(js_doc)
    assert run([(c_prog[1], [("touch", (1,))])], lang="c")[0] == [("ok", 0)]     # fopen failed: EPERM
    assert run([(js_prog[1], [("touch", (1,))])], lang="js")[0][0][0] == "error"
    assert not target.exists()


def test_exec_agreeing_finds_the_item_a_documents_code_computes():
    from contamination.execute import exec_agreeing

    programs = [program(PARAPHRASE), None, program(LOOKALIKE)]
    d, i = exec_agreeing(programs, TESTS)
    assert list(zip(d.tolist(), i.tolist())) == [(0, 0)]
    # restricted to items similar enough to the document: item 0 is out of reach of document 0
    sim = np.array([[0.1, 0.5], [0.9, 0.9], [0.9, 0.9]])
    d, i = exec_agreeing(programs, TESTS, similarity=sim, min_similarity=0.2)
    assert len(d) == 0


def test_javascript_static_methods_and_object_members_are_called_qualified():
    doc = '''class Gaps {
  // the widest step between neighbours once sorted
  static widest(readings) {
    const s = [...readings].sort((a, b) => a - b);
    let best = 0;
    for (let k = 1; k < s.length; k++) best = Math.max(best, s[k] - s[k - 1]);
    return best;
  }
}
export const text = {
  vowels: (w) => [...w].filter((c) => 'aeiou'.includes(c)).length,
  shout(w) { return w.toUpperCase(); },
};
'''
    prog = program(doc)
    assert prog[0] == "js" and [f[0] for f in prog[2]] == ["Gaps.widest", "text.vowels", "text.shout"]
    out = exec_features([prog], TESTS, np.array([0, 0]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]
