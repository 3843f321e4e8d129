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


C_STRUCTS = r'''#include <stdbool.h>
#include <stddef.h>

typedef struct { long sum; long product; } totals_t;     /* a tuple returned by value */

totals_t sum_and_product(const int *xs, size_t n)
{
    totals_t t = {0, 1};
    for (size_t i = 0; i < n; i++) { t.sum += xs[i]; t.product *= xs[i]; }
    return t;
}

typedef struct { bool present; int v; } maybe_int;       /* an optional value */
typedef struct { maybe_int below; maybe_int above; } around_t;

around_t nearest_around_zero(const int *a, size_t n)
{
    around_t z = {{false, 0}, {false, 0}};
    for (size_t i = 0; i < n; i++) {
        if (a[i] < 0 && (!z.below.present || a[i] > z.below.v)) { z.below.present = true; z.below.v = a[i]; }
        if (a[i] > 0 && (!z.above.present || a[i] < z.above.v)) { z.above.present = true; z.above.v = a[i]; }
    }
    return z;
}

struct parts { long part[4]; };                          /* scratch: the flag is the answer */

bool four_evens(long total, struct parts *out)
{
    if (total < 8 || total % 2) return false;
    out->part[0] = out->part[1] = out->part[2] = 2;
    out->part[3] = total - 6;
    return true;
}

/* a status returned, the pair written */
int closest_pair(const double *v, size_t n, double *lo, double *hi)
{
    double best = -1;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double d = v[i] > v[j] ? v[i] - v[j] : v[j] - v[i];
            if (best < 0 || d < best) { best = d; *lo = v[i] < v[j] ? v[i] : v[j]; *hi = v[i] < v[j] ? v[j] : v[i]; }
        }
    return n >= 2;
}

/* a length returned, the string written */
int shout(const char *word, char *dst, size_t cap)
{
    size_t k = 0;
    for (; word[k] && k + 2 < cap; k++) dst[k] = word[k] >= 'a' && word[k] <= 'z' ? word[k] - 32 : word[k];
    dst[k++] = '!';
    dst[k] = 0;
    return (int)k;
}
'''


def test_c_structs_status_returns_and_buffers_are_read_as_results():
    prog = program(C_STRUCTS)
    assert prog[0] == "c"
    assert [f[0] for f in prog[2]] == ["sum_and_product", "nearest_around_zero", "four_evens", "closest_pair", "shout"]
    calls = [("sum_and_product", ([1, 2, 3, 4],), (10, 24)),
             ("nearest_around_zero", ([2, -3, 5, -1],), (-1, 2)),
             ("nearest_around_zero", ([2, 4],), (None, 2)),
             ("four_evens", (10,), True), ("four_evens", (7,), False),
             ("closest_pair", ([1.0, 4.0, 4.5, 9.0],), (4.0, 4.5)),
             ("shout", ("hey",), "HEY!")]
    got = run([(prog[1], calls)], lang="c")[0]
    assert got == [("ok", [10, 24]), ("ok", [-1, 2]), ("ok", [None, 2]), ("ok", 1), ("ok", 0),
                   ("ok", [4, 4.5]), ("ok", "HEY!")]


def test_javascript_instance_methods_and_module_exports_are_called():
    doc = '''class Gaps {
  constructor(step = 1) { this.step = step; }
  widest(readings) {
    const s = [...readings].sort((a, b) => a - b);
    return s.slice(1).reduce((best, v, k) => Math.max(best, (v - s[k]) * this.step), 0);
  }
}
const gaps = new Gaps();
module.exports = (xs) => gaps.widest(xs);
'''
    prog = program(doc)
    assert prog[0] == "js" and [f[0] for f in prog[2]] == ["new Gaps().widest", "module.exports"]
    out = exec_features([prog], TESTS, np.array([0, 0]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 0.0]


def test_items_without_tests_get_inputs_from_their_annotations():
    from contamination.reference import ReferenceRunner, same

    src = ('def encode(s: str):\n    return "".join(chr((ord(c) - 97 + 5) % 26 + 97) for c in s)\n\n'
           'def decode(s: str):\n    return "".join(chr((ord(c) - 97 - 5) % 26 + 97) for c in s)\n')
    tests = ReferenceRunner([src], ["decode"], examples=[""]).tests()[0]
    assert len(tests) >= 3 and all(isinstance(a[0], str) for a, _ in tests)
    assert all(out == "".join(chr((ord(c) - 97 - 5) % 26 + 97) for c in a[0]) for a, out in tests)
    # a C document that decodes in place reproduces them
    c_doc = ('#include <string.h>\nvoid unshift(char *buf) {\n  for (; *buf; buf++) *buf = (char)((*buf - 97 + 21) % 26 + 97);\n}\n')
    assert exec_features([program(c_doc)], [tests], np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]
    # JavaScript numbers past 2**53 compare at a double's precision
    assert same(-9999999999999999, -10000000000000000) and not same(10 ** 17, 10 ** 17 + 1000)



def test_c_and_javascript_are_not_tested_on_whole_floats_they_cannot_tell_from_ints():
    # Python's item says 3.0 is not an int (False); C and JavaScript see 3 (True): no evidence
    item = [[((2, 3, 1), True), ((2.5, 2, 3), False), ((3.0, 4, 7), False), ((1, 5, 9), False), ((4, 2, 2), True)]]
    js = "function anySum(a, b, c) { return [a, b, c].every(Number.isInteger) && (a + b === c || a + c === b || b + c === a); }\n"
    py = "def any_sum(a, b, c):\n    return all(isinstance(v, int) for v in (a, b, c)) and (a + b == c or a + c == b or b + c == a)\n"
    out = exec_features([program(js), program(py)], item, np.array([0, 1]), np.array([0, 0]))
    assert out.tolist() == [[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]]


def test_python_classes_are_kept_and_their_methods_called():
    doc = '''from dataclasses import dataclass, field

@dataclass
class Readings:
    values: list = field(default_factory=list)

    def _sorted(self):
        return sorted(self.values)

    def widest(self, xs):
        s = sorted(xs)
        return max((b - a for a, b in zip(s, s[1:])), default=0)

    @staticmethod
    def vowels(word):
        return sum(c in "aeiou" for c in word)


def widest_jump(xs):
    return Readings().widest(xs)
'''
    prog = program(doc)
    assert prog[0] == "python" and [f[0] for f in prog[2]] == ["Readings().widest", "Readings.vowels", "widest_jump"]
    out = exec_features([prog], TESTS, np.array([0, 0]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]
    assert program("class Evil:\n    def f(self, x):\n        return x.__class__.__subclasses__()\n") is None


def test_c_arithmetic_and_in_domain_inputs_count_for_translations():
    from contamination.reference import ReferenceRunner, in_domain

    # the item's reference floors (Python: -14 % 10 == 6); a C translation truncates (-4)
    src = "def unit_product(a, b):\n    return abs(a % 10) * abs(b % 10)\n"
    runner = ReferenceRunner([src], ["unit_product"], examples=[
        "assert unit_product(148, 412) == 16\nassert unit_product(14, -15) == 20\nassert unit_product(19, 28) == 72"])
    tests, alt = runner.tests(), runner.truncated()
    assert ((15, -14), 30) in tests[0] and alt[0][tests[0].index(((15, -14), 30))] == 20
    c_doc = "#include <stdlib.h>\nint last_digits(int x, int y) { return abs(x % 10) * abs(y % 10); }\n"
    py_doc = "import math\ndef last_digits(x, y):\n    return abs(int(math.fmod(x, 10))) * abs(int(math.fmod(y, 10)))\n"
    progs, d, i = [program(c_doc), program(py_doc)], np.array([0, 1]), np.array([0, 0])
    assert exec_features(progs, tests, d, i)[:, 0].tolist() == [0.0, 0.0]          # C semantics miss 1 of 6
    assert exec_features(progs, tests, d, i, truncated=alt)[:, 0].tolist() == [1.0, 0.0]   # only for C / JS
    # derived inputs stay where the item's own inputs are: k at most the length, brackets balanced
    assert not in_domain(([1, 2], 3), [([5, 1, 4], 3), ([2], 1)]) and in_domain(([1, 2], 2), [([5, 1, 4], 3)])
    assert not in_domain((")(())(",), [("(()) ()",), ("()",)]) and in_domain(("abc",), [("cba",)])


def test_c_output_buffer_before_the_shared_length():
    # `void f(const int *a, const int *b, int *out, size_t n)`: n is the inputs' length, not a capacity
    tests = [[(([1, 5, 3], [2, 5, 1]), [1, 0, 2]), (([4, 4], [0, 9]), [4, 5]), (([7], [7]), [0])]]
    doc = ("#include <stdlib.h>\n#include <stddef.h>\n"
           "void abs_errors(const int *guess, const int *truth, int *out, size_t n) {\n"
           "  for (size_t k = 0; k < n; k++) out[k] = abs(guess[k] - truth[k]);\n}\n")
    assert exec_features([program(doc)], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]


def test_classes_built_from_the_arguments_and_flattened_c_grids():
    # item 0: "is some rotation of b a substring of a" (a, b); the class takes the pattern b
    rot = [[(("abab", "baa"), True), (("efef", "eeff"), False), (("hello", "ell"), True), (("himenss", "simen"), True),
            (("whassup", "psus"), False)]]
    py = '''class RotationMatcher:
    def __init__(self, pattern):
        self.pattern = pattern

    def found_in(self, text):
        p = self.pattern
        return any(p[k:] + p[:k] in text for k in range(len(p)))
'''
    js = '''class Matcher {
  constructor(pattern) { this.p = pattern; }
  foundIn(text) {
    for (let k = 0; k < this.p.length; k++) if (text.includes(this.p.slice(k) + this.p.slice(0, k))) return true;
    return false;
  }
}
module.exports = Matcher;
'''
    progs = [program(py), program(js)]
    assert "RotationMatcher(-1).found_in" in [f[0] for f in progs[0][2]]
    assert exec_features(progs, rot, np.array([0, 1]), np.array([0, 0]))[:, 0].tolist() == [1.0, 1.0]
    # a square grid passed to C flattened, with its number of rows (`const int *g, int n`)
    c_doc = ("int total_of_row(const int *g, int n, int r) {\n"
             "  int s = 0;\n  for (int c = 0; c < n; c++) s += g[r * n + c];\n  return s;\n}\n")
    square = [[(([[1, 2], [3, 4]], 1), 7), (([[5, 5, 1], [0, 0, 2], [1, 1, 1]], 0), 11), (([[9]], 0), 9)]]
    assert exec_features([program(c_doc)], square, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]


def test_a_document_whose_functions_cannot_take_the_items_arguments_is_io_arity():
    from contamination.execute import exec_misfit
    from contamination.rephrase import FEATURES, N_EXEC, RephraseIndex

    base_height = [[((5, 3), 7.5), ((2, 2), 2.0), ((10, 8), 40.0)]]
    heron = "import math\ndef area(a, b, c):\n    s = (a + b + c) / 2\n    return math.sqrt(s * (s - a) * (s - b) * (s - c))\n"
    half = "def area(base, height):\n    return base * height / 2\n"
    c_doc = "double area(double a, double b, double c) { return a + b + c; }\n"
    # C: numbers-only parameters take exactly that many arguments; with an array the harness decides
    c_ptr = "#include <stddef.h>\ndouble area(const double *s, size_t n) { return s[0] * s[n - 1] / 2; }\n"
    progs, d, i = [program(heron), program(half), program(c_doc)], np.array([0, 1, 2]), np.array([0, 0, 0])
    assert exec_misfit(progs, base_height, d, i).tolist() == [1.0, 0.0, 1.0]
    assert exec_misfit([program(c_ptr)], base_height, np.array([0]), np.array([0])).tolist() == [0.0]
    # folded into the io_arity feature when there is no other evidence
    mats = {k: np.zeros((3, 1)) for k in ("similarity", "prose", "words", "literals", "concepts",
                                           "word_recall", "length_ratio")}
    exe = np.column_stack([exec_features(progs, base_height, d, i), exec_misfit(progs, base_height, d, i)])
    assert exe.shape[1] == N_EXEC + 1
    feats = RephraseIndex.features(mats, d, i, None, exe)
    col = FEATURES.index("io_arity")
    assert feats[:, col].tolist() == [1.0, 0.0, 1.0] and feats[1, FEATURES.index("exec_pass")] == 1.0


def test_a_property_of_a_class_built_from_the_input_and_a_c_sort_with_struct_scratch():
    # item 0: sum of the odd values at even indices; item 1: sort by last digit, stable
    tests = [[(([5, 8, 7, 1],), 12), (([3, 3, 3, 3, 3],), 9), (([30, 13, 24, 321],), 0)],
             [(([12, 31, 40],), [40, 31, 12]), (([9, 19, 5],), [5, 9, 19]), (([],), [])]]
    py = '''class OddOnEven:
    def __init__(self, values):
        self.values = list(values)

    @property
    def total(self):
        return sum(v for v in self.values[::2] if v % 2 == 1)
'''
    c_doc = '''#include <stddef.h>
#include <string.h>
struct keyed { int key; int value; };
void by_last_digit(int *xs, size_t n, struct keyed *work) {
    for (size_t i = 0; i < n; i++) { work[i].key = (xs[i] % 10 + 10) % 10; work[i].value = xs[i]; }
    for (size_t i = 1; i < n; i++) {
        struct keyed t = work[i]; size_t j = i;
        while (j > 0 && work[j - 1].key > t.key) { work[j] = work[j - 1]; j--; }
        work[j] = t;
    }
    for (size_t i = 0; i < n; i++) xs[i] = work[i].value;
}
'''
    out = exec_features([program(py), program(c_doc)], tests, np.array([0, 1]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]


def test_c_count_out_parameter_by_any_name_and_a_flagged_result_struct():
    # item 0: split on commas; item 1: smallest even value and its index, [] when none
    tests = [[(("a,bb,c",), ["a", "bb", "c"]), (("x",), ["x"]), (("p,q",), ["p", "q"])],
             [(([4, 2, 3],), [2, 1]), (([1, 3],), []), (([5, 0, 3, 0],), [0, 1])]]
    split = '''#include <stdlib.h>
#include <string.h>
char **pieces(const char *s, size_t *ngroups) {
    char **out = malloc(64 * sizeof *out); size_t k = 0;
    const char *start = s;
    for (const char *p = s;; p++) {
        if (*p == ',' || !*p) {
            out[k] = calloc((size_t)(p - start) + 1, 1); memcpy(out[k++], start, (size_t)(p - start));
            if (!*p) break;
            start = p + 1;
        }
    }
    *ngroups = k;
    return out;
}
'''
    pick = '''#include <stdbool.h>
#include <stddef.h>
struct pick { bool found; int value; int index; };
struct pick smallest_even(const int *xs, size_t n) {
    struct pick r = {false, 0, 0};
    for (size_t i = 0; i < n; i++)
        if (xs[i] % 2 == 0 && (!r.found || xs[i] < r.value)) { r.found = true; r.value = xs[i]; r.index = (int)i; }
    return r;
}
'''
    out = exec_features([program(split), program(pick)], tests, np.array([0, 1]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]


def test_c_word_list_struct_is_read_as_a_list_of_strings():
    tests = [[(("a, bb c",), ["a", "bb", "c"]), (("x",), ["x"]), (("p,q, r",), ["p", "q", "r"])]]
    doc = '''#include <stdlib.h>
#include <string.h>
typedef struct {
    char **items;
    size_t count;
    char *storage;
} WordList;

WordList split_words(const char *text) {
    WordList wl = {NULL, 0, NULL};
    size_t len = strlen(text);
    wl.storage = malloc(len + 1);
    memcpy(wl.storage, text, len + 1);
    wl.items = malloc((len + 1) * sizeof *wl.items);
    for (char *tok = strtok(wl.storage, ", "); tok; tok = strtok(NULL, ", "))
        wl.items[wl.count++] = tok;
    return wl;
}
'''
    assert exec_features([program(doc)], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]


def test_project_headers_length_names_and_indented_python_blocks():
    """A C file that includes its project's own header still compiles (the header is dropped); an
    array length named n_items is passed as the length; Python indented as a code block in prose
    (Markdown / reST) is read."""
    # item 0: greatest common divisor; item 1: the strings that start with a prefix;
    # item 2: the smallest palindrome that starts with the text
    tests = [[((12, 18), 6), ((7, 5), 1), ((40, 10), 10)],
             [((["ab", "b", "abc"], "a"), ["ab", "abc"]), (([], "x"), []), ((["xy", "yx"], "y"), ["yx"])],
             [(("cat",), "catac"), (("",), ""), (("abb",), "abba")]]
    gcd = '''#include "mathutil.h"
#include <stdlib.h>
long mu_gcd(long x, long y) { while (y) { long r = x % y; x = y; y = r; } return x; }
'''
    prefix = '''#include <string.h>
size_t keep_with_prefix(const char **items, size_t n_items, const char *prefix, const char **matches) {
    size_t plen = strlen(prefix), kept = 0;
    for (size_t i = 0; i < n_items; i++)
        if (strncmp(items[i], prefix, plen) == 0) matches[kept++] = items[i];
    return kept;
}
'''
    prose = '''Padding a string out to a palindrome
=====================================

Look for the longest palindromic tail, then mirror what is in front of it.

    def is_pal(s):
        return s == s[::-1]


    def pad_palindrome(text):
        for start in range(len(text)):
            if is_pal(text[start:]):
                return text + text[:start][::-1]
        return text

    print(pad_palindrome("race"))   # racecar

That is quadratic; KMP makes it linear.
'''
    assert program(prose)[2] == [("is_pal", 1, 1), ("pad_palindrome", 1, 1)]
    out = exec_features([program(gcd), program(prefix), program(prose)], tests, np.array([0, 1, 2]),
                        np.array([0, 1, 2]))
    assert out[:, 0].tolist() == [1.0, 1.0, 1.0]


def test_a_pass_by_a_helper_of_the_document_alone_is_no_evidence():
    """A function that another function of the document uses (called or passed as a value) is a
    helper: when only a helper reproduces an item, that is not the document's topic; when the
    entry function does, it counts as before. Driver functions (main, test_*) make no helpers."""
    from contamination.helpers import helpers

    # item 0: is the text a palindrome; item 1: the palindrome made by appending to the text
    tests = [[(("aba",), True), (("ab",), False), (("",), True), (("xyzzyx",), True), (("xy",), False)],
             [(("cat",), "catac"), (("",), ""), (("abb",), "abba"), (("ab",), "aba")]]
    lookalike = '''def _is_pal(s):
    return s == s[::-1]

def prepend_to_palindrome(text):
    for end in range(len(text), 0, -1):
        if _is_pal(text[:end]):
            return text[end:][::-1] + text
    return text
'''
    leak = '''def is_pal(s):
    return s == s[::-1]

def pad(text):
    for start in range(len(text)):
        if is_pal(text[start:]):
            return text + text[:start][::-1]
    return text

def main():
    print(pad("cat"))
'''
    js = '''function isBalanced(s) { let d = 0; for (const c of s) { d += c === '(' ? 1 : -1; if (d < 0) return false; }
  return d === 0; }
const canJoin = (a, b) => isBalanced(a + b) || isBalanced(b + a);
function primeLength(w) { return w.length > 1; }
function keep(words) { return words.filter(primeLength); }
'''
    c = '''#include <string.h>
int is_pal(const char *s) { size_t n = strlen(s); for (size_t i = 0; i < n / 2; i++) if (s[i] != s[n - 1 - i]) return 0; return 1; }
int count_pal(const char **w, int n) { int k = 0; for (int i = 0; i < n; i++) k += is_pal(w[i]); return k; }
int main(void) { return count_pal(0, 0); }
'''
    assert helpers(program(lookalike)) == {"_is_pal"}
    assert helpers(program(leak)) == {"is_pal"}            # pad uses it; main is a driver
    assert helpers(program(js)) == {"isBalanced", "primeLength"}
    assert helpers(program(c)) == {"is_pal"}
    assert helpers(program("def only(x):\n    return x\n")) == set()
    out = exec_features([program(lookalike), program(leak), program(leak)], tests,
                        np.array([0, 1, 2]), np.array([0, 1, 0]))
    assert out.tolist() == [[0.0, 0.0, 0.0],    # only the helper computes item 0: no evidence
                            [1.0, 0.0, 0.0],    # the entry function computes item 1
                            [0.0, 0.0, 0.0]]    # the leak of item 1 is no evidence for item 0 either
    single = "def is_pal(s):\n    return s == s[::-1]\n"
    assert exec_features([program(single)], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]
    # a helper that reproduces an item's informative results (here strings) still counts
    reused = leak.replace("def main():\n    print(pad(\"cat\"))\n", "def shout(text):\n    return pad(text).upper()\n")
    assert helpers(program(reused)) == {"is_pal", "pad"}
    assert exec_features([program(reused)], tests, np.array([0]), np.array([1]))[0].tolist() == [1.0, 0.0, 0.0]


def test_c_guards_snippet_fences_struct_inputs_and_printing_self_tests():
    """Post hoc after run 17: a header guard before the code; a Q&A post whose second fenced block
    is a statement snippet; two lists passed as word-list structs; a yes/no function that a
    printing self-test calls is still the document's topic, not a helper."""
    # item 0: the fractional part; item 1: "<" ">" balanced; item 2: of two word lists, the one
    # with fewer characters (the first on a tie); item 3: monotonic
    tests = [[((3.5,), 0.5), ((1.25,), 0.25), ((7.125,), 0.125)],
             [(("<>",), True), (("<<><>>",), True), (("><",), False), (("<",), False)],
             [(([], []), []), ((["hi", "admin"], ["hi", "hi"]), ["hi", "hi"]), ((["ab"], ["a", "b", "c"]), ["ab"])],
             [(([1, 2, 4],), True), (([4, 1, 0],), True), (([1, 20, 4],), False), (([2, 2],), True)]]
    qa = '''**Q: only the fractional part of a double?**

```c
#include <math.h>
double frac_of(double value) { return value - floor(value); }
```

or with modf:

```c
double whole;
double frac = modf(value, &whole);
```
'''
    guard = '''#ifndef ANGLES_H
#define ANGLES_H
#include <stdbool.h>
bool angles_ok(const char *s) { int d = 0; for (; *s; s++) { d += *s == '<' ? 1 : -1; if (d < 0) return false; }
  return d == 0; }
#endif
'''
    lists = '''#include <string.h>
typedef struct { const char **words; size_t count; } word_list;
static size_t total(const word_list *wl) { size_t t = 0; for (size_t i = 0; i < wl->count; i++) t += strlen(wl->words[i]);
  return t; }
const word_list *lighter(const word_list *a, const word_list *b) { return total(b) < total(a) ? b : a; }
'''
    mono = '''#include <stdbool.h>
#include <stdio.h>
bool is_mono(const int *v, size_t n) { bool up = true, down = true;
  for (size_t i = 1; i < n; i++) { if (v[i] < v[i - 1]) up = false; if (v[i] > v[i - 1]) down = false; }
  return up || down; }
static void check(const char *label, const int *v, size_t n, bool want) {
  printf("%s %s\\n", label, is_mono(v, n) == want ? "ok" : "FAIL"); }
'''
    progs = [program(qa), program(guard), program(lists), program(mono)]
    out = exec_features(progs, tests, np.arange(4), np.arange(4))
    assert out[:, 0].tolist() == [1.0, 1.0, 1.0, 1.0]


def test_wide_c_buffers_indented_javascript_and_the_search_beyond_similarity():
    """Post hoc after run 18: factors written to an `unsigned long long` buffer are read as such
    (not as ints); JavaScript indented as a code block between paragraphs runs (the prose after
    it no longer breaks the script); the exec search also takes the best items of the other
    views, and a pass on exactly one item is exec_unique."""
    from contamination.execute import exec_agreeing, exec_unique

    # item 0: prime factors with multiplicity; item 1: 1 + 2 + ... + n; item 2: count vowels
    tests = [[((4,), [2, 2]), ((12,), [2, 2, 3]), ((70,), [2, 5, 7]), ((9,), [3, 3])],
             [((1,), 1), ((5,), 15), ((10,), 55), ((30,), 465)],
             [(("banana",), 3), (("sky",), 0), (("education",), 5)]]
    factors = '''#include <stddef.h>
size_t prime_decompose(unsigned long long n, unsigned long long *out) {
    size_t count = 0;
    for (unsigned long long d = 2; d * d <= n; d++) while (n % d == 0) { out[count++] = d; n /= d; }
    if (n > 1) out[count++] = n;
    return count;
}
'''
    gauss = '''Pair the first and last terms: every pair sums to n + 1, so in JavaScript:

    function triangular(n) {
      return (n * (n + 1)) / 2;
    }

Constant time, and exact for any n you are likely to pass in.
'''
    progs = [program(factors), program(gauss)]
    assert progs[1][0] == "js" and "Constant" not in progs[1][1]
    out = exec_features(progs, tests, np.array([0, 1]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]
    # item 1 ranks last by similarity for document 1 (out of the similarity search) but first by
    # another view: the search still finds it
    sim = np.array([[0.9, 0.1, 0.5], [0.5, 0.1, 0.9]])
    words = np.array([[0.9, 0.0, 0.0], [0.0, 0.9, 0.0]])
    d, i = exec_agreeing(progs, tests, similarity=sim, min_similarity=0.2, max_items=1)
    assert list(zip(d.tolist(), i.tolist())) == [(0, 0)]
    ran = exec_agreeing(progs, tests, similarity=sim, min_similarity=0.2, max_items=1, views=[words], per_view=1)
    assert list(zip(*(x.tolist() for x in ran))) == [(0, 0), (1, 1)]
    assert exec_unique(np.array([0, 0, 1]), np.array([0, 2, 1]), ran).tolist() == [1.0, 0.0, 1.0]
    two = (np.array([0, 0]), np.array([0, 2]))       # a document whose code passes two items
    assert exec_unique(np.array([0]), np.array([0]), two).tolist() == [0.0]


def test_exec_unique_is_its_own_evidence_column_and_exec_pairs_skip_the_floor():
    from contamination.rephrase import FEATURES, N_EXEC, RephraseIndex

    mats = {k: np.zeros((2, 2)) for k in ("similarity", "prose", "words", "literals", "concepts",
                                           "word_recall", "length_ratio")}
    d, i = np.array([0, 1]), np.array([0, 1])
    exe = np.array([[1.0, 0, 0, 0, 1.0], [1.0, 0, 0, 0, 0.0]])     # both pass; only doc 0's pass is unique
    assert exe.shape[1] == N_EXEC + 2
    feats = RephraseIndex.features(mats, d, i, None, exe)
    assert feats[:, FEATURES.index("exec_unique")].tolist() == [1.0, 0.0]
    assert feats[:, FEATURES.index("exec_pass")].tolist() == [0.0, 1.0]
    # a pair the document's code passes is a candidate below the similarity floor; an agreeing
    # stated example is not
    ridx = RephraseIndex(emb=np.zeros((2, 4), np.float32))
    mats["similarity"] = np.array([[0.05, 0.0], [0.0, 0.05]])
    pd, pi = ridx.pairs(mats, (np.array([1]), np.array([1])), 1, 0.2, (np.array([0]), np.array([0])))
    assert list(zip(pd.tolist(), pi.tolist())) == [(0, 0)]


def test_c_calls_a_signature_cannot_take_are_no_evidence_either_way():
    """An item whose tests mix whole numbers and reals (one of three is the sum of the others,
    only for ints): a C translation that takes `long` is tested on the integer cases alone."""
    tests = [[((2, 3, 1), True), ((2.5, 2, 3), False), ((4, 2, 2), True), ((1.5, 5, 3.5), False),
              ((2, 6, 2), False), ((-4, 6, 2), True), ((3, 4, 2), False), ((5, 2, 7), True)]]
    ints = '''#include <stdbool.h>
bool one_is_sum(long a, long b, long c) { return a + b == c || a + c == b || b + c == a; }
'''
    wrong = '''#include <stdbool.h>
bool one_is_sum(long a, long b, long c) { return a + b == c; }
'''
    res = run([(program(ints)[1], [("one_is_sum", a) for a, _ in tests[0]])], lang="c")[0]
    assert [s for s, _ in res] == ["ok", "unfit", "ok", "unfit", "ok", "ok", "ok", "ok"]
    out = exec_features([program(ints), program(wrong)], tests, np.array([0, 1]), np.array([0, 0]))
    assert out[:, 0].tolist() == [1.0, 0.0]


def test_c_indented_in_prose_optional_pairs_and_memoised_python_helpers():
    """Post hoc after run 19: C indented as a code block between paragraphs compiles without the
    prose around it; a struct of two (flag, value) pairs prints as a tuple of optional values; a
    Python helper memoised with @lru_cache is kept (as functools.lru_cache, imported or not)."""
    # item 0: the largest divisor below n; item 1: (largest negative, smallest positive) or None;
    # item 2: the list n, n-1, ... of a memoised recursion (here: triangular numbers 0..n)
    tests = [[((15,), 5), ((7,), 1), ((49,), 7), ((100,), 50)],
             [(([2, 4, 1],), (None, 1)), (([-3, -1, 5, 0],), (-1, 5)), (([],), (None, None)), (([-6, 2],), (-6, 2))],
             [((3,), [0, 1, 3, 6]), ((5,), [0, 1, 3, 6, 10, 15]), ((1,), [0, 1])]]
    divisor = '''The largest divisor below n is n over its smallest factor:

    #include <stdio.h>

    long top_divisor(long n)
    {
        for (long d = 2; d * d <= n; d++)
            if (n % d == 0)
                return n / d;
        return 1;
    }

It assumes n >= 2; for a prime the answer is 1.
'''
    edges = '''#include <stddef.h>
typedef struct { int has_neg, neg; int has_pos, pos; } edges;
edges sign_edges(const int *v, size_t n) {
    edges r = {0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        if (v[i] < 0 && (!r.has_neg || v[i] > r.neg)) { r.neg = v[i]; r.has_neg = 1; }
        else if (v[i] > 0 && (!r.has_pos || v[i] < r.pos)) { r.pos = v[i]; r.has_pos = 1; }
    }
    return r;
}
'''
    memo = '''"""Triangular numbers through a memoised recursion."""
@lru_cache(maxsize=None)
def _tri(k):
    return 0 if k == 0 else k + _tri(k - 1)


def triangle_list(n):
    return [_tri(k) for k in range(n + 1)]
'''
    progs = [program(divisor), program(edges), program(memo)]
    assert progs[0][0] == "c" and progs[2][0] == "python" and "@functools.lru_cache" in progs[2][1]
    out = exec_features(progs, tests, np.arange(3), np.arange(3))
    assert out[:, 0].tolist() == [1.0, 1.0, 1.0]


def test_c_status_zero_means_done_for_struct_results_and_in_place_sorts():
    """Post hoc after run 20: `return -1` on failure and `return 0` on success: the struct filled
    (a word list) and the array sorted in place are the results when the call returns 0."""
    # item 0: the words of a line split on commas and spaces; item 1: sort by digit sum, stable
    tests = [[(("Hi, my name",), ["Hi", "my", "name"]), (("a,b  c",), ["a", "b", "c"]), (("",), [])],
             [(([12, 3, 30],), [12, 3, 30]), (([19, 4, 22],), [4, 22, 19]), (([5, 41, 7],), [5, 41, 7])]]
    words = '''#include <stdlib.h>
#include <string.h>
struct wordlist { char *buf; char **words; size_t count; };
int split_line(const char *line, struct wordlist *out) {
    out->count = 0;
    out->buf = malloc(strlen(line) + 1);
    if (!out->buf) return -1;
    strcpy(out->buf, line);
    out->words = malloc((strlen(line) / 2 + 1) * sizeof *out->words);
    if (!out->words) return -1;
    for (char *t = strtok(out->buf, ", "); t; t = strtok(NULL, ", ")) out->words[out->count++] = t;
    return 0;
}
'''
    sort = '''#include <stdlib.h>
static int dsum(int v) { int s = 0; for (; v; v /= 10) s += v % 10; return s; }
int sort_by_dsum(int *v, size_t n) {
    int *k = malloc((n ? n : 1) * sizeof *k);
    if (!k) return -1;
    for (size_t i = 0; i < n; i++) k[i] = dsum(v[i]);
    for (size_t i = 1; i < n; i++) {
        int kv = k[i], vv = v[i]; size_t j = i;
        while (j > 0 && k[j - 1] > kv) { k[j] = k[j - 1]; v[j] = v[j - 1]; j--; }
        k[j] = kv; v[j] = vv;
    }
    free(k);
    return 0;
}
'''
    out = exec_features([program(words), program(sort)], tests, np.array([0, 1]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]


def test_a_presenter_that_words_a_predicates_answer_makes_no_helper():
    """Post hoc after run 21: `describeBatch` turns the yes/no answer into a message; the
    predicate is still the document's topic (a real helper caller still marks it)."""
    from contamination.helpers import helpers

    tests = [[(([1, 2, 4, 10], 100), True), (([1, 20, 4, 10], 5), False), (([1, 20, 4, 10], 21), True),
              (([5, 9], 9), False)]]
    presenter = '''function allUnder(values, ceiling) {
  for (const v of values) if (v >= ceiling) return false;
  return true;
}
function describeBatch(values, ceiling) {
  return allUnder(values, ceiling) ? `ok (${values.length})` : "over limit";
}
'''
    user = presenter.replace("describeBatch", "clampedBatch")
    assert helpers(program(presenter)) == set() and helpers(program(user)) == {"allUnder"}
    out = exec_features([program(presenter), program(user)], tests, np.array([0, 1]), np.array([0, 0]))
    assert out[:, 0].tolist() == [1.0, 0.0]


def test_c_flag_value_out_parameters_and_tagged_numbers():
    """Post hoc after run 22: two optional answers as (flag, value) out-parameter pairs print as a
    tuple of optional values; numbers passed as a tagged struct (`bool is_int; long long i;
    double d;`) are filled from the item's ints and reals."""
    # item 0: (largest negative, smallest positive), None where missing; item 1: one of three
    # numbers is the sum of the other two, and all three are integers
    tests = [[(([2, 4, 1],), (None, 1)), (([-3, -1, 5, 0],), (-1, 5)), (([],), (None, None)), (([-6, 2],), (-6, 2))],
             [((2, 3, 1), True), ((2.5, 2, 3), False), ((4, 2, 2), True), ((1.5, 5, 3.5), False), ((3, 4, 2), False)]]
    pairs = '''#include <stdbool.h>
#include <stddef.h>
void sign_edges(const int *v, size_t n, bool *has_neg, int *neg, bool *has_pos, int *pos) {
    *has_neg = *has_pos = false;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < 0 && (!*has_neg || v[i] > *neg)) { *neg = v[i]; *has_neg = true; }
        else if (v[i] > 0 && (!*has_pos || v[i] < *pos)) { *pos = v[i]; *has_pos = true; }
    }
}
'''
    tagged = '''#include <stdbool.h>
typedef struct { bool is_int; long long i; double d; } num_t;
bool one_is_sum(num_t a, num_t b, num_t c) {
    if (!a.is_int || !b.is_int || !c.is_int) return false;
    return a.i + b.i == c.i || a.i + c.i == b.i || b.i + c.i == a.i;
}
'''
    out = exec_features([program(pairs), program(tagged)], tests, np.array([0, 1]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]


def test_c_tagged_unions_are_filled_and_printed_by_their_enum():
    """Post hoc after run 23 (the form recurs in batches 8-23): a value of several types as a
    struct of an enum tag and a union (`enum kind kind; union { long i; double d; const char *s;
    } as;`), or the same members inline, is filled from the item's ints, reals and strings by
    the enum constants' names; one returned is printed by its tag (NULL: None); an array of them
    takes the list with its length. A look-alike (the smaller one) still fails."""
    # item 0: the larger of two numbers given as int, real or text (',' decimal), as given, or
    # None when equal; item 1: the integers of a mixed list
    tests = [[((1, 2.5), 2.5), ((1, "2,3"), "2,3"), (("5,1", "6"), "6"), (("1", 1), None), ((3, 2), 3)],
             [(([],), []), (([4, 23.2, 9, "x"],), [4, 9]), ((["a", 3.5, 5],), [5]), (([3, "c", 3],), [3, 3])]]
    larger = '''#include <stdlib.h>
#include <string.h>
typedef enum { V_INT, V_REAL, V_TEXT } vkind;
typedef struct { vkind kind; union { long i; double r; const char *text; } as; } value;
static double num(const value *v) {
    if (v->kind == V_INT) return (double)v->as.i;
    if (v->kind == V_REAL) return v->as.r;
    char buf[64]; strncpy(buf, v->as.text, 63); buf[63] = 0;
    for (char *p = buf; *p; p++) if (*p == ',') *p = '.';
    return strtod(buf, NULL);
}
const value *LARGER(const value *a, const value *b) {
    double x = num(a), y = num(b);
    return x == y ? NULL : (x CMP y ? a : b);
}
'''
    inline = '''#include <stddef.h>
enum tag { T_NONE, T_INTEGER, T_DOUBLE, T_STRING, T_LIST };
struct item { enum tag tag; long n; double d; const char *s; };
size_t ints_of(const struct item *xs, size_t count, long *out) {
    size_t k = 0;
    for (size_t i = 0; i < count; i++) if (xs[i].tag == T_INTEGER) out[k++] = xs[i].n;
    return k;
}
'''
    docs = [larger.replace("LARGER", "larger").replace("CMP", ">"), inline,
            larger.replace("LARGER", "smaller").replace("CMP", "<")]
    out = exec_features([program(d) for d in docs], tests, np.array([0, 1, 2]), np.array([0, 1, 0]))
    assert out[:, 0].tolist() == [1.0, 1.0, 0.0]


def test_generated_inputs_tell_a_look_alike_that_passes_every_test():
    """Post hoc after runs 19 and 23: "the word with the fewest distinct letters" agrees with
    "the longest word" on every test of the item (['x', 'yyy', 'zzzz'] ...); inputs generated in
    the shape of the item's own (words strung from their letters, lengths tied as in every own
    input) tell them apart, and a faithful paraphrase still passes them."""
    from contamination.reference import ReferenceRunner, generated

    ref = '''def longest(strings):
    if not strings:
        return None
    m = max(len(s) for s in strings)
    for s in strings:
        if len(s) == m:
            return s
'''
    checks = '''def check(candidate):
    assert candidate([]) == None
    assert candidate(['x', 'y', 'z']) == 'x'
    assert candidate(['x', 'yyy', 'zzzz', 'www', 'kkkk', 'abc']) == 'zzzz'
'''
    runner = ReferenceRunner([ref], ["longest"], examples=[checks])
    gen = runner.generated_tests()
    assert len(gen[0]) >= 8 and gen == ReferenceRunner([ref], ["longest"], examples=[checks]).generated_tests()
    faithful = '''def widest(words):
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    return best
'''
    plainest = '''function plainest(words) {
  let pick = null, d = Infinity;
  for (const w of words) {
    const k = new Set(w).size;
    if (k < d || (k === d && w.length > pick.length)) { pick = w; d = k; }
  }
  return pick;
}
'''
    progs = [program(faithful), program(plainest)]
    tests = runner.tests()
    plain = exec_features(progs, tests, np.array([0, 1]), np.array([0, 0]))
    assert plain[:, 0].tolist() == [1.0, 1.0]          # both pass every test of the item
    out = exec_features(progs, tests, np.array([0, 1]), np.array([0, 0]), generated=gen)
    assert out[:, 0].tolist() == [1.0, 0.0] and out[1, 1] == 1.0
    # lengths tied across arguments stay tied (two bit strings of one length; one list one
    # longer than the other)
    own = [("0101", "1100"), ("1", "0"), ("111000", "101010")]
    assert all(len(a) == len(b) for a, b in generated(own, seed=3))
    own = [(["+", "*"], [2, 3, 4]), (["-"], [5, 1]), (["*", "+", "-"], [1, 2, 3, 4])]
    g = generated(own, seed=3)
    assert g and all(len(b) == len(a) + 1 and set(a) <= {"+", "*", "-"} for a, b in g)


def test_c_documents_calling_openssl_are_linked_with_libcrypto():
    """Post hoc after run 23: an MD5 digest through OpenSSL's EVP interface ("build with
    -lcrypto") compiles, links and runs inside the sandbox."""
    tests = [[(("Hello world",), "3e25960a79dbc69b674cd4ec67a72c62"), (("",), None),
              (("password",), "5f4dcc3b5aa765d61d8327deb882cf99")]]
    doc = '''#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
char *digest_hex(const char *text) {
    if (!*text) return NULL;
    unsigned char md[EVP_MAX_MD_SIZE]; unsigned int n = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_md5(), NULL); EVP_DigestUpdate(ctx, text, strlen(text));
    EVP_DigestFinal_ex(ctx, md, &n); EVP_MD_CTX_free(ctx);
    char *hex = malloc(2 * n + 1);
    for (unsigned int i = 0; i < n; i++) { hex[2 * i] = "0123456789abcdef"[md[i] >> 4]; hex[2 * i + 1] = "0123456789abcdef"[md[i] & 15]; }
    hex[2 * n] = 0;
    return hex;
}
'''
    out = exec_features([program(doc)], tests, np.array([0]), np.array([0]))
    assert out[0, 0] == 1.0


def test_c_length_parameter_named_after_an_earlier_array():
    """Post hoc after run 21: `eval_chain(ops, nums, nops)`: the length after two arrays is the
    one its name points at (`nops`: `ops`), not the last array's."""
    # item 0: fold the numbers left to right with the operators between them ('+', '-', '*')
    tests = [[((["+", "*"], [2, 3, 4]), 20), ((["-"], [5, 1]), 4), ((["*", "+", "-"], [1, 2, 3, 4]), 1)]]
    doc = '''#include <string.h>
long fold(const char *const *ops, const long *nums, size_t nops) {
    long v = nums[0];
    for (size_t i = 0; i < nops; i++) {
        if (!strcmp(ops[i], "+")) v += nums[i + 1];
        else if (!strcmp(ops[i], "-")) v -= nums[i + 1];
        else v *= nums[i + 1];
    }
    return v;
}
'''
    out = exec_features([program(doc)], tests, np.array([0]), np.array([0]))
    assert out[0, 0] == 1.0


def test_c_storage_out_parameter_behind_the_words_is_not_a_result():
    """Post hoc after run 19: `tokenize(line, words, max, &storage)` writes the words and hands
    back the copy they point into through a second `char **`; the words are the result."""
    tests = [[(("Hi, my name",), ["Hi", "my", "name"]), (("One,, two",), ["One", "two"]), (("",), [])]]
    doc = '''#include <stdlib.h>
#include <string.h>
size_t tokenize(const char *line, char **words, size_t max_words, char **storage) {
    char *copy = malloc(strlen(line) + 1); strcpy(copy, line); *storage = copy;
    size_t n = 0;
    for (char *p = strtok(copy, ", "); p; p = strtok(NULL, ", ")) if (n < max_words) words[n++] = p;
    return n;
}
'''
    out = exec_features([program(doc)], tests, np.array([0]), np.array([0]))
    assert out[0, 0] == 1.0


def test_prose_after_unfenced_code_and_macro_array_bounds():
    """Post hoc after run 24: a review comment whose suggested JavaScript is followed by a closing
    paragraph of prose still runs (the prose is dropped); a C output parameter `char
    out[][GROUP_MAX]` with `#define GROUP_MAX 128` is a fixed-width string array."""
    from contamination.codeblocks import drop_trailing_prose

    # item 0: the two closest values, smaller first; item 1: the top-level paren groups
    tests = [[(([1.0, 2.0, 3.9, 4.0, 5.0],), (3.9, 4.0)), (([5.0, 1.0, 5.9],), (5.0, 5.9)), (([1.0, 2.2, 3.1],), (2.2, 3.1))],
             [(("(()()) ((())) ()",), ["(()())", "((()))", "()"]), (("( ) (( ))",), ["()", "(())"])]]
    review = '''Suggested version:

function nearestPair(values) {
  const s = values.slice().sort((a, b) => a - b);
  let best = [s[0], s[1]];
  for (let k = 2; k < s.length; k++) if (s[k] - s[k - 1] < best[1] - best[0]) best = [s[k - 1], s[k]];
  return best;
}

Returning a two-element array keeps the call sites (`const [lo, hi] = nearestPair(xs)`) working.
'''
    groups = '''#include <string.h>
#define GROUP_MAX 128
int split_groups(const char *src, char out[][GROUP_MAX], int cap) {
    char cur[GROUP_MAX]; int depth = 0, used = 0, n = 0;
    for (; *src; src++) {
        if (*src != '(' && *src != ')') continue;
        cur[used++] = *src; depth += *src == '(' ? 1 : -1;
        if (!depth) { cur[used] = 0; if (n < cap) strcpy(out[n++], cur); used = 0; }
    }
    return n;
}
'''
    assert "Returning" not in drop_trailing_prose(review[review.index("function"):])
    out = exec_features([program(review), program(groups)], tests, np.array([0, 1]), np.array([0, 1]))
    assert out[:, 0].tolist() == [1.0, 1.0]


def test_c_window_width_is_not_a_capacity_and_a_reviewed_function_is_read_once():
    """Post hoc after run 25: `window_max(in, out, n, k)` has a window width the running maximum
    does not take: it is not filled with the buffer's capacity (which made the sliding maximum
    pass every test of the running maximum); a review quoting a function and then its corrected
    version compiles the corrected one (a redefinition no longer breaks the document)."""
    # item 0: running maximum; item 1: upper-case vowels at even indices
    tests = [[(([1, 2, 3, 4],), [1, 2, 3, 4]), (([4, 3, 2, 1],), [4, 4, 4, 4]), (([3, 2, 3, 100, 3],), [3, 3, 3, 100, 100])],
             [(("aBCdEf",), 1), (("EEEE",), 2), (("dBBE",), 0), (("U",), 1)]]
    window = '''void window_max(const int *in, int *out, int n, int k) {
    for (int i = 0; i < n; i++) {
        int best = in[i];
        for (int j = i - k + 1 < 0 ? 0 : i - k + 1; j <= i; j++) if (in[j] > best) best = in[j];
        out[i] = best;
    }
}
'''
    running = window.replace(", int k", "").replace("i - k + 1 < 0 ? 0 : i - k + 1", "0")
    review = '''The loop reads one past the end:

```c
int vowels_even(const char *s) { int n = 0; for (int i = 0; i <= 64; i += 2) n += s[i] == 'A'; return n; }
```

Suggested:

```c
#include <string.h>
int vowels_even(const char *s) {
    int n = 0;
    for (size_t i = 0; i < strlen(s); i += 2) if (strchr("AEIOU", s[i])) n++;
    return n;
}
```
'''
    out = exec_features([program(window), program(running), program(review)], tests,
                        np.array([0, 1, 2]), np.array([0, 0, 1]))
    assert out[:, 0].tolist() == [0.0, 1.0, 1.0]


def test_c_calls_are_compiled_in_harnesses_of_bounded_size(monkeypatch):
    """Post hoc after run 26: thousands of calls (every candidate item's tests and generated
    inputs) in one C `main` took gcc past its time limit, and the document got no evidence at
    all; the calls now go in harnesses of at most MAX_CASES, and one that does not compile is
    retried in parts, so a call the signature cannot take costs only itself."""
    from contamination import execute_c

    sizes = []
    real = execute_c._compile_and_run

    def spy(code, blocks, *a):
        sizes.append(len(blocks))
        return real(code, blocks, *a)

    monkeypatch.setattr(execute_c, "MAX_CASES", 4)
    monkeypatch.setattr(execute_c, "_compile_and_run", spy)
    doc = "long twice(long x) { return 2 * x; }\n"
    calls = [("twice", (k,), 2 * k) for k in range(10)]
    res = run([(program(doc)[1], calls)], 1024, "c")[0]
    assert [v for _, v in res] == [2 * k for k in range(10)] and max(sizes) <= 4 and len(sizes) == 3
    # a call block that does not compile (an unknown identifier) costs only itself
    sizes.clear()
    monkeypatch.setattr(execute_c, "call_block", lambda k, name, *rest: (
        "case 0: { put_int(no_such_thing); break; }" if rest[-2] == (3,) else real_block(k, name, *rest)))
    res = run([(program(doc)[1], calls)], 1024, "c")[0]
    assert [s for s, _ in res] == ["ok"] * 3 + ["unfit"] + ["ok"] * 6


real_block = __import__("contamination.execute_c", fromlist=["call_block"]).call_block


def test_c_output_array_before_the_scalar_inputs():
    """Post hoc after run 26: `fill_terms(long long *terms, int n)` takes the array it fills
    first and the count second; the array is an output sized by the expected list."""
    # item 0: the first n odd numbers
    tests = [[((3,), [1, 3, 5]), ((1,), [1]), ((5,), [1, 3, 5, 7, 9])]]
    doc = "void fill_terms(long long *terms, int n) { for (int i = 0; i < n; i++) terms[i] = 2 * i + 1; }\n"
    out = exec_features([program(doc)], tests, np.array([0]), np.array([0]))
    assert out[0, 0] == 1.0


def test_the_exec_search_has_no_similarity_floor():
    """Post hoc after run 27: a C translation whose embedding is far from its item (cosine 0.18,
    rank 52 of 123) passes every test of the item; the exec search ranks items by similarity
    but keeps those under the candidates' floor, so its code still names the item."""
    from contamination.rephrase import RephraseIndex
    from contamination.reference import ReferenceRunner

    items = ['def all_prefixes(s: str) -> list:\n    """>>> all_prefixes("abc")\n    [\'a\', \'ab\', \'abc\']\n    """\n'
             '    return [s[:i + 1] for i in range(len(s))]\n',
             'def vowels(s: str) -> int:\n    """>>> vowels("banana")\n    3\n    """\n'
             '    return sum(c in "aeiou" for c in s)\n']
    tests = ['assert all_prefixes("") == []\nassert all_prefixes("WWW") == ["W", "WW", "WWW"]\n',
             'assert vowels("sky") == 0\nassert vowels("education") == 5\n']
    entries = ["all_prefixes", "vowels"]
    for k in range(20):            # more items than any view's share of the search
        items.append(f'def plus_{k}(x: int) -> int:\n    return x + {k + 2}\n')
        tests.append(f'assert plus_{k}(1) == {k + 3}\nassert plus_{k}(5) == {k + 7}\n')
        entries.append(f"plus_{k}")
    runner = ReferenceRunner(items, entries, examples=tests)
    ridx = RephraseIndex(emb=np.zeros((len(items), 4), np.float32), reference=runner, run_documents=True)
    doc = '''#include <stdlib.h>
#include <string.h>
char **heads(const char *w, int *count) {
    int n = (int)strlen(w);
    char **out = malloc(sizeof(char *) * (n ? n : 1));
    for (int i = 0; i < n; i++) { out[i] = malloc(i + 2); memcpy(out[i], w, i + 1); out[i][i + 1] = 0; }
    *count = n;
    return out;
}
'''
    row = np.r_[0.05, np.full(len(items) - 1, 0.3)][None, :]      # the item ranks last in every view
    mats = {k: row.copy() for k in ("similarity", "prose", "words", "literals", "concepts")}
    progs = ridx.programs([doc])
    assert progs[0] is not None and progs[0][0] == "c"
    d, i = ridx.ran(progs, mats)
    assert list(zip(d.tolist(), i.tolist())) == [(0, 0)]
    pd, pi = ridx.pairs(mats, None, 1, 0.2, (d, i))
    assert (0, 0) in set(zip(pd.tolist(), pi.tolist()))


def test_c_results_handed_to_a_callback_and_a_struct_pointing_into_a_buffer():
    """Post hoc after run 28 (development misses of /117 and /112): a C function that hands each
    result to a callback (a typedef'd function pointer with a context, or one declared inline)
    is called with the harness's collector, and the values it is handed are the list; a struct
    returned whose string member points into the caller's buffer is printed member by member."""
    tests = [[(("Mary had a little lamb", 3), ["Mary", "lamb"]), (("a b c d e f", 1), ["b", "c", "d", "f"]),
              (("simple white space", 2), []), (("Hello world", 4), ["world"])]]
    typedef = '''#include <ctype.h>
#include <stddef.h>
typedef void (*word_sink)(const char *word, size_t len, void *ctx);
static int vowel(char c) { c = (char)tolower((unsigned char)c); return c && strchr("aeiou", c) != NULL; }
size_t pick_words(const char *s, int want, word_sink emit, void *ctx) {
    size_t hits = 0;
    while (*s) {
        while (*s == ' ') s++;
        const char *w = s; int k = 0;
        while (*s && *s != ' ') { if (!vowel(*s)) k++; s++; }
        if (s > w && k == want) { emit(w, (size_t)(s - w), ctx); hits++; }
    }
    return hits;
}
'''
    inline = typedef.replace("typedef void (*word_sink)(const char *word, size_t len, void *ctx);\n", "") \
        .replace("word_sink emit, void *ctx", "void (*emit)(const char *, size_t)").replace(", ctx);", ");")
    lookalike = typedef.replace("k == want", "k >= want")
    progs = [program(typedef), program(inline), program(lookalike)]
    assert [p[0] for p in progs] == ["c"] * 3
    out = exec_features(progs, tests * 3, np.arange(3), np.arange(3) * 0)
    assert out[:, 0].tolist() == [1.0, 1.0, 0.0]

    pair = [[(("abcde", "ae"), ("bcd", False)), (("abcdedcba", "ab"), ("cdedc", True)),
             (("dwik", "w"), ("dik", False)), (("a", "a"), ("", True))]]
    strip = '''#include <stdbool.h>
#include <string.h>
struct stripped { char *text; bool palindrome; };
struct stripped strip_check(const char *s, const char *drop, char *buf) {
    size_t n = 0;
    for (; *s; s++) if (!strchr(drop, *s)) buf[n++] = *s;
    buf[n] = 0;
    bool pal = true;
    for (size_t i = 0; i < n / 2; i++) if (buf[i] != buf[n - 1 - i]) pal = false;
    struct stripped r = { buf, pal };
    return r;
}
'''
    assert exec_features([program(strip)], pair, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]


def test_c_function_returning_a_const_pointer_to_const_strings():
    """Post hoc after run 28 (development miss c7-0398 of /74): `const char *const *f(...)` is a
    function like `char **f(...)`; it was not read as one at all."""
    tests = [[((["hi", "admin"], ["hi", "hi"]), ["hi", "hi"]), ((["4"], ["1", "2", "3", "4", "5"]), ["4"]),
              ((["hi", "admin"], ["hI", "hi", "hii"]), ["hi", "admin"]), (([], ["this"]), [])]]
    doc = '''#include <string.h>
static size_t weight(const char *const *w, size_t n) { size_t t = 0; while (n--) t += strlen(*w++); return t; }
const char *const *lighter(const char *const *a, size_t na, const char *const *b, size_t nb, size_t *count)
{
    if (weight(b, nb) < weight(a, na)) { *count = nb; return b; }
    *count = na;
    return a;
}
'''
    prog = program(doc)
    assert prog is not None and "lighter" in [f for f, *_ in prog[2]]
    assert exec_features([prog], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]


def test_an_object_of_one_field_is_that_fields_value():
    """Post hoc after run 28 (development miss js26-2384 of /62): a JavaScript method that returns
    a new instance of its class (`new Poly(coeffs)`) gives the instance's one field as its result."""
    from contamination.reference import same

    tests = [[(([3, 1, 2, 4, 5],), [1, 4, 12, 20]), (([1, 2, 3],), [2, 6]), (([3, 2, 1],), [2, 2]), (([1],), [])]]
    doc = '''class Poly {
  constructor(coeffs) { this.coeffs = coeffs.slice(); }
  derivative() { return new Poly(this.coeffs.slice(1).map((c, i) => c * (i + 1))); }
}
module.exports = { Poly };
'''
    prog = program(doc)
    assert prog is not None and prog[0] == "js"
    assert exec_features([prog], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]
    assert same([2, 6], {"coeffs": [2, 6]}) and not same([2, 6], {"coeffs": [2, 6], "degree": 1})


def test_review_quotes_trailing_remarks_and_an_enum_declared_inside_the_struct():
    """Post hoc after run 28 (development misses js28-2663 of /30, js28-2670 of /88, c28-2649 of
    /92): a review that quotes the code under review (`> ```js`) and then shows the fixed version
    is read from the fixed one; a closing paragraph starting "What I'd ..." after unfenced code is
    prose; a tagged number whose enum is declared inside the struct (`enum { N_INT, N_REAL }
    kind;`) is filled by its constants."""
    from contamination.codeblocks import drop_trailing_prose, unquote

    tests = [[(([-1, 2, -4, 5, 6],), [2, 5, 6]), (([5, 3, -5, 2, 0, 123],), [5, 3, 2, 123]), (([0, -1],), [])]]
    review = '''Review comment on the filters module

> ```js
> function onlyPositive(values) {
>   return values.filter((v) => v >= 0);
> }
> ```

reviewer: zero must be dropped too. author: fixed:

```js
const onlyPositive = (values) => values.filter((v) => v > 0);
```
'''
    prog = program(review)
    assert prog is not None and prog[0] == "js" and ">" not in prog[1].replace("=>", "").replace("v > 0", "")
    assert exec_features([prog], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]
    assert unquote("> a\n>\n> b") == "a\n\nb" and unquote(">>> f(1)\n2") == ">>> f(1)\n2"
    code = 'function f(x) {\n  return x;\n}\n\nWhat I\'d point out: the copy() is "the" requirement.\n'
    assert drop_trailing_prose(code).rstrip() == 'function f(x) {\n  return x;\n}'

    three = [[((2, 3, 1), True), ((2.5, 2, 3), False), ((1.5, 5, 3.5), False), ((2, 6, 2), False),
              ((4, 2, 2), True), ((-4, 6, 2), True)]]
    doc = '''#include <stdbool.h>
typedef struct {
    enum { NUM_INT, NUM_REAL } kind;
    union { long long i; double r; } u;
} number;
bool one_is_sum(number a, number b, number c) {
    if (a.kind != NUM_INT || b.kind != NUM_INT || c.kind != NUM_INT) return false;
    long long x = a.u.i, y = b.u.i, z = c.u.i;
    return x + y == z || x + z == y || y + z == x;
}
'''
    assert exec_features([program(doc)], three, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]


def test_generated_inputs_go_past_single_digit_tests():
    """Post hoc after run 28 (a look-alike of /53 flagged): when an item's own integer inputs are
    all single digits (add(2, 3), add(5, 7)), half its generated numbers have two digits, so a
    function that adds the leading digits no longer agrees with the item on them."""
    from contamination.reference import ReferenceRunner, generated

    own = [(0, 1), (1, 0), (2, 3), (5, 7), (7, 5)]
    gen = generated(own, seed=0)
    assert any(max(a) > 9 for a in gen) and all(min(a) >= 0 for a in gen)
    item = 'def add(x: int, y: int):\n    """>>> add(2, 3)\n    5\n    """\n    return x + y\n'
    runner = ReferenceRunner([item], ["add"], examples=["assert add(0, 1) == 1\nassert add(1, 0) == 1\n"
                                                        "assert add(2, 3) == 5\nassert add(5, 7) == 12\n"])
    leading = '''int add_leading(int a, int b) {
    while (a >= 10) a /= 10;
    while (b >= 10) b /= 10;
    return a + b;
}
'''
    plain = "int add_up(int a, int b) { return a + b; }\n"
    progs = [program(leading), program(plain)]
    tests = runner.tests()
    assert exec_features(progs, tests, np.array([0, 1]), np.array([0, 0]))[:, 0].tolist() == [1.0, 1.0]
    out = exec_features(progs, tests, np.array([0, 1]), np.array([0, 0]), generated=runner.generated_tests())
    assert out[:, 0].tolist() == [0.0, 1.0]


def test_c_numbers_taken_as_text_like_command_line_arguments():
    """Post hoc after run 29 (miss c29-2786 of /92): a C predicate over three numbers written to
    take them as text (`sum_rule_holds(argv[1], argv[2], argv[3])`, "4.0" is not an integer) is
    called with the numbers written out; a string function's numeric results are not (a number
    expected is never compared with its text)."""
    tests = [[((2, 3, 1), True), ((2.5, 2, 3), False), ((1.5, 5, 3.5), False), ((2, 6, 2), False),
              ((4, 2, 2), True), ((-4, 6, 2), True)]]
    doc = '''#include <errno.h>
#include <stdlib.h>
static int whole(const char *s, long long *out) {
    char *end; errno = 0;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end || errno) return 0;
    *out = v; return 1;
}
int sum_rule_holds(const char *a, const char *b, const char *c) {
    long long x, y, z;
    if (!whole(a, &x) || !whole(b, &y) || !whole(c, &z)) return 0;
    return x + y == z || x + z == y || y + z == x;
}
'''
    assert exec_features([program(doc)], tests, np.array([0]), np.array([0]))[0].tolist() == [1.0, 0.0, 0.0]
    from contamination.execute_c import Param, call_block
    echo = [Param("const char *s")]
    assert call_block(0, "echo", "char *", echo, None, False, (2.5,), 2.5) is None
