"""Ninth batch of hand-written documents, C and Python (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

C9          -- dict int -> str. Hand-written C translations of benchmark items
               (positives): new identifiers, own-words comments, idiomatic C
               with varied interfaces (output buffers, malloc'ed results with
               a count, structs, in-place edits, printing), some framed as a
               short blog/tutorial snippet. About half state input/output
               examples (comments, asserts, main() with expected output);
               every stated output was checked against the reference solution.
C_HELDOUT9  -- dict int -> str. The same kind of C translation for held-out
               items (negatives).
PY9         -- dict int -> str. Python paraphrases with new names, the task
               restated in own words and an independently written solution
               (positives).
PY_HELDOUT9 -- dict int -> str. Python paraphrases of held-out items
               (negatives).
OTHER9      -- list of str (6 C, 4 Python). Small problems that are not
               benchmark items but sit close to one in topic (a variant with a
               different rule); negatives.
"""

C9 = {
    9: r'''/* running_peak.c
 *
 * Walk an int array once and, for every position, record the largest value
 * seen so far (prefix maximum). The caller owns the output buffer, which must
 * hold at least `count` ints. Aliasing src and dst is fine.
 */
#include <stdio.h>
#include <stddef.h>

void prefix_peaks(const int *src, size_t count, int *dst)
{
    if (count == 0)
        return;

    int best = src[0];
    for (size_t k = 0; k < count; k++) {
        if (src[k] > best)
            best = src[k];
        dst[k] = best;
    }
}

static void dump(const int *v, size_t count)
{
    putchar('[');
    for (size_t k = 0; k < count; k++)
        printf(k ? ", %d" : "%d", v[k]);
    puts("]");
}

int main(void)
{
    int a[] = {3, 1, 4, 1, 5, 9, 2, 6};
    int b[] = {-5, -7, -2};
    int out[8];

    prefix_peaks(a, 8, out);
    dump(out, 8);          /* [3, 3, 4, 4, 5, 9, 9, 9] */

    prefix_peaks(b, 3, b); /* in place */
    dump(b, 3);            /* [-5, -5, -2] */
    return 0;
}
''',

    34: r'''#include <stdlib.h>
#include <string.h>

/* qsort comparator for ints; avoids the overflow you get from a - b */
static int cmp_int(const void *lhs, const void *rhs)
{
    int x = *(const int *)lhs;
    int y = *(const int *)rhs;
    return (x > y) - (x < y);
}

/*
 * Produce the distinct values of `vals` in ascending order.
 * Returns a freshly malloc'ed array (caller frees) and stores its length
 * in *out_len. Returns NULL with *out_len == 0 for empty input or on
 * allocation failure.
 */
int *sorted_distinct(const int *vals, size_t n, size_t *out_len)
{
    *out_len = 0;
    if (n == 0)
        return NULL;

    int *buf = malloc(n * sizeof *buf);
    if (!buf)
        return NULL;
    memcpy(buf, vals, n * sizeof *buf);
    qsort(buf, n, sizeof *buf, cmp_int);

    /* squeeze out repeats: after sorting, equal values are adjacent */
    size_t w = 1;
    for (size_t r = 1; r < n; r++) {
        if (buf[r] != buf[w - 1])
            buf[w++] = buf[r];
    }

    int *shrunk = realloc(buf, w * sizeof *buf);
    *out_len = w;
    return shrunk ? shrunk : buf;
}
''',

    37: r'''Sorting only the even positions of an array
-------------------------------------------

A small exercise that came up in a code review: you have an array and you
want the elements sitting at indices 0, 2, 4, ... to end up in ascending
order, while everything at an odd index stays exactly where it is. The
trick is to treat the even slots as their own little array with a stride of
two. An insertion sort handles strided access nicely, so no copy is needed.

```c
#include <stdio.h>
#include <assert.h>

/* In-place: reorders seq[0], seq[2], seq[4], ... ascending; odd slots untouched. */
static void order_even_slots(int *seq, int len)
{
    for (int i = 2; i < len; i += 2) {
        int key = seq[i];
        int j = i - 2;
        while (j >= 0 && seq[j] > key) {
            seq[j + 2] = seq[j];
            j -= 2;
        }
        seq[j + 2] = key;
    }
}

static int same(const int *a, const int *b, int len)
{
    for (int i = 0; i < len; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

int main(void)
{
    int t1[] = {9, 8, 7, 6, 5};
    int e1[] = {5, 8, 7, 6, 9};
    order_even_slots(t1, 5);
    assert(same(t1, e1, 5));

    int t2[] = {4, 1, 2};
    int e2[] = {2, 1, 4};
    order_even_slots(t2, 3);
    assert(same(t2, e2, 3));

    int t3[] = {10, 3, -1, 0};
    int e3[] = {-1, 3, 10, 0};
    order_even_slots(t3, 4);
    assert(same(t3, e3, 4));

    puts("all good");
    return 0;
}
```

Insertion sort is quadratic, but for the sizes this is used with that's
irrelevant; swap in a gather/qsort/scatter if your arrays are large.
''',

    49: r'''#include <stdio.h>
#include <stdint.h>

/*
 * Compute (2 raised to `exponent`) reduced modulo `modulus` without ever
 * forming the huge power. Square-and-multiply: look at the exponent bit by
 * bit, squaring the running base each step. 64-bit intermediates keep the
 * products safe for any 32-bit modulus.
 *
 *   pow2_mod(10, 1000)  -> 24
 *   pow2_mod(5, 7)      -> 4
 *   pow2_mod(0, 13)     -> 1
 *   pow2_mod(200, 97)   -> 62
 *   pow2_mod(1000, 1009)-> 942
 */
uint32_t pow2_mod(uint32_t exponent, uint32_t modulus)
{
    uint64_t acc = 1 % modulus;
    uint64_t base = 2 % modulus;

    while (exponent) {
        if (exponent & 1u)
            acc = (acc * base) % modulus;
        base = (base * base) % modulus;
        exponent >>= 1;
    }
    return (uint32_t)acc;
}

int main(void)
{
    printf("%u\n", pow2_mod(10, 1000));
    printf("%u\n", pow2_mod(5, 7));
    printf("%u\n", pow2_mod(0, 13));
    printf("%u\n", pow2_mod(200, 97));
    printf("%u\n", pow2_mod(1000, 1009));
    return 0;
}
''',

    52: r'''#include <stdbool.h>
#include <stddef.h>

/* true when every reading is strictly under `limit`; an empty set passes */
bool all_under(const long *readings, size_t n, long limit)
{
    for (size_t i = 0; i < n; ++i)
        if (readings[i] >= limit)
            return false;
    return true;
}
''',

    68: r'''#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * Pick the smallest even value out of an array of non-negative ints and
 * report where it first occurs. If there is no even value at all (or the
 * array is empty) `found` is false and the other fields are meaningless.
 */
typedef struct {
    bool found;
    unsigned value;
    size_t pos;
} EvenPick;

EvenPick pick_min_even(const unsigned *nodes, size_t n)
{
    EvenPick r = { false, 0, 0 };

    for (size_t i = 0; i < n; i++) {
        if (nodes[i] % 2 != 0)
            continue;
        /* strict < keeps the earliest index when values tie */
        if (!r.found || nodes[i] < r.value) {
            r.found = true;
            r.value = nodes[i];
            r.pos = i;
        }
    }
    return r;
}

static void show(const unsigned *nodes, size_t n)
{
    EvenPick p = pick_min_even(nodes, n);
    if (p.found)
        printf("[%u, %zu]\n", p.value, p.pos);
    else
        puts("[]");
}

int main(void)
{
    unsigned a[] = {7, 6, 8, 6, 2};
    unsigned b[] = {1, 3, 5};
    unsigned c[] = {0, 4, 0};

    show(a, 5);   /* [2, 4] */
    show(b, 3);   /* []     */
    show(c, 3);   /* [0, 0] */
    return 0;
}
''',

    72: r'''/*
 * Can the payload take off?  Two conditions have to hold at once:
 *   - the load list reads the same forwards and backwards (it is balanced),
 *   - the total of all loads does not exceed the allowed maximum.
 * Summing in long long so a long list of big ints cannot overflow.
 */
#include <stdbool.h>

static bool is_mirrored(const int *load, int n)
{
    for (int lo = 0, hi = n - 1; lo < hi; lo++, hi--)
        if (load[lo] != load[hi])
            return false;
    return true;
}

bool can_take_off(const int *load, int n, long long max_weight)
{
    long long total = 0;
    for (int i = 0; i < n; i++)
        total += load[i];

    return total <= max_weight && is_mirrored(load, n);
}
''',

    80: r'''#include <assert.h>
#include <stdbool.h>
#include <string.h>

/*
 * A word passes the check when it has at least three characters and no
 * window of three neighbouring characters contains a repeat, i.e. s[i],
 * s[i+1], s[i+2] are pairwise different for every i.
 */
bool no_repeat_in_triples(const char *w)
{
    size_t len = strlen(w);
    if (len < 3)
        return false;

    for (size_t i = 0; i + 2 < len; i++) {
        char a = w[i], b = w[i + 1], c = w[i + 2];
        if (a == b || b == c || a == c)
            return false;
    }
    return true;
}

int main(void)
{
    assert(no_repeat_in_triples("xyzxyz"));
    assert(no_repeat_in_triples("abca"));
    assert(!no_repeat_in_triples("abac"));   /* a _ a inside one window */
    assert(!no_repeat_in_triples("qq"));     /* too short */
    return 0;
}
''',

    90: r'''#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * Find the runner-up minimum: the smallest value that is strictly larger
 * than the overall minimum. Duplicates of the minimum do not count, so an
 * array whose elements are all equal has no answer. One pass, no sorting.
 *
 * Returns true and writes *out when such a value exists, false otherwise.
 */
bool second_lowest(const int *xs, size_t n, int *out)
{
    bool have_min = false, have_next = false;
    int lo = INT_MAX, next = INT_MAX;

    for (size_t i = 0; i < n; i++) {
        int v = xs[i];
        if (!have_min || v < lo) {
            if (have_min) {
                next = lo;
                have_next = true;
            }
            lo = v;
            have_min = true;
        } else if (v > lo && (!have_next || v < next)) {
            next = v;
            have_next = true;
        }
    }

    if (have_next)
        *out = next;
    return have_next;
}
''',

    101: r'''#include <stdlib.h>
#include <string.h>

/*
 * Break a line into words. Both commas and spaces act as separators, and
 * runs of them collapse (so "a, b" gives two words, not three).
 *
 * The returned vector and the strings in it are malloc'ed; release with
 * free_words(). *n_words receives the number of words found.
 */

static int is_sep(char ch)
{
    return ch == ',' || ch == ' ' || ch == '\t' || ch == '\n';
}

void free_words(char **words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(words[i]);
    free(words);
}

char **tokenize_line(const char *line, size_t *n_words)
{
    size_t cap = 8, used = 0;
    char **words = malloc(cap * sizeof *words);
    *n_words = 0;
    if (!words)
        return NULL;

    const char *p = line;
    while (*p) {
        while (*p && is_sep(*p))
            p++;
        if (!*p)
            break;

        const char *start = p;
        while (*p && !is_sep(*p))
            p++;
        size_t len = (size_t)(p - start);

        if (used == cap) {
            cap *= 2;
            char **grown = realloc(words, cap * sizeof *words);
            if (!grown) {
                free_words(words, used);
                return NULL;
            }
            words = grown;
        }

        char *w = malloc(len + 1);
        if (!w) {
            free_words(words, used);
            return NULL;
        }
        memcpy(w, start, len);
        w[len] = '\0';
        words[used++] = w;
    }

    *n_words = used;
    return words;
}
''',

    108: r'''/* How many integers have a positive "signed digit sum"?
 *
 * The digit sum here is unusual for negatives: the sign sticks to the
 * leading digit only. So -12 contributes -1 + 2 = 1, while -30 gives
 * -3 + 0 = -3. We count the entries whose sum ends up strictly above zero.
 *
 *   {-12, 5, 0, -30, 21}  ->  3   (-12, 5 and 21 qualify)
 *   {-9, -100, 19}        ->  1   (only 19)
 *   {}                    ->  0
 */
#include <stdio.h>

static int signed_digit_sum(long v)
{
    int negative = v < 0;
    unsigned long m = negative ? 0UL - (unsigned long)v : (unsigned long)v;
    int total = 0;
    int lead = 0;

    while (m) {
        lead = (int)(m % 10);
        total += lead;
        m /= 10;
    }
    /* lead now holds the most significant digit */
    if (negative)
        total -= 2 * lead;
    return total;
}

int count_positive_digit_sums(const long *vals, int n)
{
    int hits = 0;
    for (int i = 0; i < n; i++)
        if (signed_digit_sum(vals[i]) > 0)
            hits++;
    return hits;
}

int main(void)
{
    long a[] = {-12, 5, 0, -30, 21};
    long b[] = {-9, -100, 19};
    printf("%d\n", count_positive_digit_sums(a, 5)); /* 3 */
    printf("%d\n", count_positive_digit_sums(b, 3)); /* 1 */
    printf("%d\n", count_positive_digit_sums(NULL, 0)); /* 0 */
    return 0;
}
''',

    113: r'''#include <stdio.h>
#include <stdlib.h>

/*
 * For each digit string, count how many of its digits are odd and emit the
 * fixed sentence below with every placeholder replaced by that count. The
 * joke of the exercise is that the count also replaces the letter "i" in
 * "in", "string" and "input".
 *
 * Output goes to a caller-supplied array of buffers, each `cap` bytes wide.
 * Returns the number of sentences written, or -1 if a buffer was too small.
 */
static unsigned odd_digit_tally(const char *digits)
{
    unsigned c = 0;
    for (; *digits; digits++)
        if ((*digits - '0') & 1)
            c++;
    return c;
}

int describe_odd_counts(const char *const *inputs, int n, char **out, size_t cap)
{
    for (int k = 0; k < n; k++) {
        unsigned t = odd_digit_tally(inputs[k]);
        int w = snprintf(out[k], cap,
                         "the number of odd elements %un the str%ung %u of the %unput.",
                         t, t, t, t);
        if (w < 0 || (size_t)w >= cap)
            return -1;
    }
    return n;
}
''',

    125: r'''// Three-way splitter:
//   * if the text contains a space, split on whitespace;
//   * otherwise, if it contains a comma, split on commas;
//   * otherwise there is nothing to split, and the answer becomes a number:
//     how many lowercase letters sit at an odd position in the alphabet when
//     counting a as 0 (so b, d, f, ... z).
//
// Because the result is either a list of words or a count, it comes back as a
// small tagged struct. Word pointers point into a private copy of the input.
//
// Expected:
//   "red green blue" -> words: red | green | blue
//   "a,b,c"          -> words: a | b | c
//   "one two,three"  -> words: one | two,three   (space wins, commas stay)
//   "hello"          -> count: 3   (h, l, l)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum split_kind { SPLIT_WORDS, SPLIT_COUNT };

struct split_result {
    enum split_kind kind;
    int count;        /* number of words, or the letter count */
    char **words;     /* only for SPLIT_WORDS */
    char *storage;
};

static int collect(char *buf, const char *delims, char ***words_out)
{
    size_t cap = 4;
    int n = 0;
    char **w = malloc(cap * sizeof *w);
    for (char *tok = strtok(buf, delims); tok; tok = strtok(NULL, delims)) {
        if ((size_t)n == cap) {
            cap *= 2;
            w = realloc(w, cap * sizeof *w);
        }
        w[n++] = tok;
    }
    *words_out = w;
    return n;
}

struct split_result split_text(const char *text)
{
    struct split_result r = { SPLIT_COUNT, 0, NULL, NULL };

    if (strchr(text, ' ') || strchr(text, ',')) {
        const char *delims = strchr(text, ' ') ? " \t\n\r\v\f" : ", \t\n\r\v\f";
        r.kind = SPLIT_WORDS;
        r.storage = strdup(text);
        r.count = collect(r.storage, delims, &r.words);
        return r;
    }

    for (const char *p = text; *p; p++)
        if (*p >= 'a' && *p <= 'z' && (*p - 'a') % 2 == 1)
            r.count++;
    return r;
}

void split_result_free(struct split_result *r)
{
    free(r->words);
    free(r->storage);
}

int main(void)
{
    const char *samples[] = { "red green blue", "a,b,c", "one two,three", "hello" };
    for (int i = 0; i < 4; i++) {
        struct split_result r = split_text(samples[i]);
        if (r.kind == SPLIT_COUNT) {
            printf("count: %d\n", r.count);
        } else {
            printf("words:");
            for (int k = 0; k < r.count; k++)
                printf(k ? " | %s" : " %s", r.words[k]);
            putchar('\n');
        }
        split_result_free(&r);
    }
    return 0;
}
''',

    130: r'''#include <stdio.h>
#include <stdlib.h>

/*
 * A made-up "tribonacci-like" sequence t(0), t(1), ..., t(n):
 *
 *   t(0) = 1, t(1) = 3
 *   t(k) = k/2 + 1                           for even k
 *   t(k) = t(k-1) + t(k-2) + t(k+1)          for odd k >= 3
 *
 * The odd rule looks ahead, but k+1 is even, so t(k+1) = (k+1)/2 + 1 is known
 * in closed form and everything can be filled in left to right.
 *
 * Writes n+1 terms into `seq` (caller sizes it). Terms stay integral.
 *
 *   n = 6 -> 1 3 2 8 3 15 4
 *   n = 1 -> 1 3
 *   n = 0 -> 1
 */
void fill_odd_recurrence(unsigned n, long long *seq)
{
    seq[0] = 1;
    if (n == 0)
        return;
    seq[1] = 3;

    for (unsigned k = 2; k <= n; k++) {
        if (k % 2 == 0)
            seq[k] = k / 2 + 1;
        else
            seq[k] = seq[k - 1] + seq[k - 2] + (long long)(k + 1) / 2 + 1;
    }
}

int main(int argc, char **argv)
{
    unsigned n = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 6;
    long long *seq = malloc((n + 1) * sizeof *seq);
    if (!seq)
        return 1;

    fill_odd_recurrence(n, seq);
    for (unsigned i = 0; i <= n; i++)
        printf("%lld%c", seq[i], i == n ? '\n' : ' ');

    free(seq);
    return 0;
}
''',

    136: r'''#include <stdbool.h>
#include <stddef.h>

/* Optional int: `present` says whether `v` means anything. */
typedef struct {
    bool present;
    int v;
} maybe_int;

typedef struct {
    maybe_int closest_below_zero;  /* the negative number nearest to 0 */
    maybe_int closest_above_zero;  /* the positive number nearest to 0 */
} zero_neighbours;

/* Scan once, tracking the greatest negative and the least positive entry.
 * Zeros belong to neither side. Missing sides are reported as absent. */
zero_neighbours nearest_around_zero(const int *a, size_t n)
{
    zero_neighbours z = { { false, 0 }, { false, 0 } };

    for (size_t i = 0; i < n; i++) {
        int x = a[i];
        if (x < 0) {
            if (!z.closest_below_zero.present || x > z.closest_below_zero.v) {
                z.closest_below_zero.present = true;
                z.closest_below_zero.v = x;
            }
        } else if (x > 0) {
            if (!z.closest_above_zero.present || x < z.closest_above_zero.v) {
                z.closest_above_zero.present = true;
                z.closest_above_zero.v = x;
            }
        }
    }
    return z;
}
''',

    141: r'''Validating upload names in C
============================

Our little upload daemon only accepts names of a very specific shape, and the
check ended up as a self-contained function. The rules:

* exactly one '.' in the whole name;
* the part before the dot is non-empty and begins with an ASCII letter;
* the part after the dot is one of txt, exe or dll;
* at most three decimal digits anywhere in the name.

It returns the literal strings "Yes"/"No" because that's what the config
layer wanted to log.

```c
#include <ctype.h>
#include <string.h>

const char *check_upload_name(const char *name)
{
    static const char *const allowed[] = { "txt", "exe", "dll" };
    const char *dot = strchr(name, '.');
    int digits = 0;

    if (!dot || strchr(dot + 1, '.'))
        return "No";                       /* zero dots or more than one */

    if (dot == name || !isalpha((unsigned char)name[0]))
        return "No";                       /* stem empty or starts badly */

    int ext_ok = 0;
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (strcmp(dot + 1, allowed[i]) == 0)
            ext_ok = 1;
    if (!ext_ok)
        return "No";

    for (const char *p = name; p < dot; p++)
        if (isdigit((unsigned char)*p))
            digits++;

    return digits > 3 ? "No" : "Yes";
}
```

Note the digit count only needs to look at the stem: the extension is one of
three fixed all-letter strings by the time we get there.
''',

    144: r'''#include <stdio.h>
#include <stdbool.h>

/*
 * Given two positive fractions written as "num/den", decide whether their
 * product is a whole number. Parse both with sscanf, multiply numerators and
 * denominators, and check divisibility. unsigned long long gives plenty of
 * headroom for the products.
 */
bool product_is_integer(const char *f1, const char *f2)
{
    unsigned long long a, b, c, d;

    if (sscanf(f1, "%llu/%llu", &a, &b) != 2 || sscanf(f2, "%llu/%llu", &c, &d) != 2)
        return false;

    return (a * c) % (b * d) == 0;
}

int main(void)
{
    printf("%d\n", product_is_integer("2/3", "9/4"));   /* 0: 18/12 */
    printf("%d\n", product_is_integer("3/4", "8/6"));   /* 1: 24/24 */
    printf("%d\n", product_is_integer("5/2", "4/10"));  /* 1: 20/20 */
    return 0;
}
''',

    149: r'''#include <stdlib.h>
#include <string.h>

/* Order: shorter strings first, equal lengths fall back to strcmp. */
static int by_len_then_alpha(const void *pa, const void *pb)
{
    const char *a = *(const char *const *)pa;
    const char *b = *(const char *const *)pb;
    size_t la = strlen(a), lb = strlen(b);

    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

/*
 * Drop every string whose length is odd, then sort what is left by length
 * and, within one length, alphabetically. Works in place on the pointer
 * array (the strings themselves are not touched or freed) and returns the
 * number of surviving entries, which occupy words[0 .. result-1].
 */
size_t keep_even_length_sorted(const char **words, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (strlen(words[i]) % 2 == 0)
            words[kept++] = words[i];

    qsort(words, kept, sizeof *words, by_len_then_alpha);
    return kept;
}
''',

    153: r'''#include <ctype.h>
#include <stdio.h>

/*
 * Score a plugin name by (number of uppercase letters) minus (number of
 * lowercase letters); digits and punctuation are neutral. Pick the plugin
 * with the highest score -- the earliest one wins a tie -- and write
 * "<base>.<plugin>" into `dst`.
 *
 * Returns the snprintf result (length that would have been written), or -1
 * if there are no plugins to choose from.
 */
static int caps_minus_lower(const char *s)
{
    int score = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isupper(c))
            score++;
        else if (islower(c))
            score--;
    }
    return score;
}

int pick_loudest_plugin(const char *base, const char *const *plugins, int count,
                        char *dst, size_t dst_size)
{
    if (count <= 0)
        return -1;

    int winner = 0;
    int top = caps_minus_lower(plugins[0]);
    for (int i = 1; i < count; i++) {
        int s = caps_minus_lower(plugins[i]);
        if (s > top) {
            top = s;
            winner = i;
        }
    }
    return snprintf(dst, dst_size, "%s.%s", base, plugins[winner]);
}
''',

    160: r'''/*
 * Evaluate a flat chain  v0 op0 v1 op1 v2 ... v(n-1)  where each op is one
 * of "+", "-", "*", "//" (floor division) or "**" (power), honouring normal
 * precedence: ** binds tightest and groups right-to-left, then * and //
 * left-to-right, then + and -. Operands are non-negative, so every product
 * term stays non-negative and C's truncating '/' equals floor division.
 *
 * The chain is already tokenised, so a three-level recursive-descent walk
 * over the two arrays is all we need.
 *
 *   3 * 4 + 2 ** 3   = 20
 *   10 - 7 // 2      = 7
 *   2 ** 3 ** 2      = 512   (right-associative)
 */
#include <stdio.h>
#include <string.h>

enum op { ADD, SUB, MUL, FDIV, POW };

static enum op decode(const char *s)
{
    if (!strcmp(s, "+"))  return ADD;
    if (!strcmp(s, "-"))  return SUB;
    if (!strcmp(s, "*"))  return MUL;
    if (!strcmp(s, "//")) return FDIV;
    return POW;
}

static long long ipow(long long b, long long e)
{
    long long r = 1;
    while (e > 0) {
        if (e & 1)
            r *= b;
        b *= b;
        e >>= 1;
    }
    return r;
}

/* `at` is the index of the value currently being read; ops[at] follows it */
struct cursor {
    const char *const *ops;
    const long long *vals;
    int n;
    int at;
};

static int has_op(const struct cursor *c) { return c->at < c->n - 1; }

static long long power_level(struct cursor *c)
{
    long long base = c->vals[c->at];
    if (has_op(c) && decode(c->ops[c->at]) == POW) {
        c->at++;
        return ipow(base, power_level(c));   /* recursion gives right grouping */
    }
    return base;
}

static long long product_level(struct cursor *c)
{
    long long acc = power_level(c);
    while (has_op(c)) {
        enum op o = decode(c->ops[c->at]);
        if (o != MUL && o != FDIV)
            break;
        c->at++;
        long long rhs = power_level(c);
        acc = (o == MUL) ? acc * rhs : acc / rhs;
    }
    return acc;
}

static long long sum_level(struct cursor *c)
{
    long long acc = product_level(c);
    while (has_op(c)) {
        enum op o = decode(c->ops[c->at]);
        c->at++;
        long long rhs = product_level(c);
        acc = (o == ADD) ? acc + rhs : acc - rhs;
    }
    return acc;
}

long long eval_chain(const char *const *ops, const long long *vals, int n)
{
    struct cursor c = { ops, vals, n, 0 };
    return sum_level(&c);
}

int main(void)
{
    const char *o1[] = { "*", "+", "**" };
    long long a1[] = { 3, 4, 2, 3 };
    const char *o2[] = { "-", "//" };
    long long a2[] = { 10, 7, 2 };
    const char *o3[] = { "**", "**" };
    long long a3[] = { 2, 3, 2 };

    printf("%lld\n", eval_chain(o1, a1, 4));  /* 20 */
    printf("%lld\n", eval_chain(o2, a2, 3));  /* 7 */
    printf("%lld\n", eval_chain(o3, a3, 3));  /* 512 */
    return 0;
}
''',

}

C_HELDOUT9 = {
    67: r'''#include <ctype.h>
#include <stdio.h>

/*
 * A basket holds apples, oranges and mangoes. We get a sentence such as
 * "<a> apples and <b> oranges" plus the total fruit count, and want the
 * number of mangoes: total minus every whole number that appears as its own
 * space-separated word in the sentence.
 *
 *   mango_count("7 apples and 12 oranges", 30) == 11
 *   mango_count("0 apples and 0 oranges", 4)   == 4
 */
long mango_count(const char *desc, long total)
{
    const char *p = desc;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        long value = 0;
        int all_digits = 1;

        while (*p && *p != ' ') {
            if (isdigit((unsigned char)*p))
                value = value * 10 + (*p - '0');
            else
                all_digits = 0;
            p++;
        }
        if (p > start && all_digits)
            total -= value;
    }
    return total;
}

int main(void)
{
    printf("%ld\n", mango_count("7 apples and 12 oranges", 30));
    printf("%ld\n", mango_count("0 apples and 0 oranges", 4));
    return 0;
}
''',

    75: r'''#include <stdbool.h>

/*
 * Is n the product of exactly three primes? The same prime may be used
 * more than once. Strip prime factors by trial division and count them
 * with multiplicity; bail out as soon as a fourth one shows up.
 */
bool is_three_prime_product(int n)
{
    if (n < 8)
        return false;

    int factors = 0;
    for (int d = 2; d * d <= n; d++) {
        while (n % d == 0) {
            n /= d;
            if (++factors > 3)
                return false;
        }
    }
    if (n > 1)
        factors++;          /* leftover is itself prime */

    return factors == 3;
}
''',

    91: r'''Counting "I" sentences
----------------------

Here is a quick C routine for a text-statistics tool. A sentence ends at
'.', '?' or '!', and we want to know how many sentences open with the word
"I" -- that is, the capital letter I followed by a space. Whitespace right
after a terminator is skipped before looking at the next sentence.

```c
#include <ctype.h>

static int ends_sentence(char c)
{
    return c == '.' || c == '?' || c == '!';
}

int count_first_person_openers(const char *text)
{
    int count = 0;
    const char *p = text;
    int at_start = 1;

    while (*p) {
        if (at_start) {
            if (p[0] == 'I' && p[1] == ' ')
                count++;
            at_start = 0;
        }
        if (ends_sentence(*p)) {
            p++;
            while (*p && isspace((unsigned char)*p))
                p++;
            at_start = 1;
            continue;
        }
        p++;
    }
    return count;
}
```

The `at_start` flag does the work: it is raised at the very beginning and
after every terminator, and lowered as soon as we have inspected the first
character of the new sentence.
''',

    103: r'''#include <stdio.h>

/*
 * Average of all integers lo..hi (inclusive), rounded to the closest whole number
 * and rendered in binary with a "0b" prefix. The mean of an arithmetic run is
 * just (lo + hi) / 2, so no loop is needed. Exact halves are rounded to the
 * even neighbour (banker's rounding).
 *
 * Returns -1 when lo > hi (nothing is written), 0 otherwise. `buf` needs
 * room for "0b" + 64 digits + NUL.
 *
 *   (3, 9) -> "0b110"
 *   (8, 8) -> "0b1000"
 *   (9, 3) -> -1
 *   (5, 8) -> "0b110"   (6.5 rounds to 6)
 */
int mean_in_binary(unsigned long lo, unsigned long hi, char *buf)
{
    if (lo > hi)
        return -1;

    unsigned long long s = (unsigned long long)lo + hi;
    unsigned long long q = s / 2;
    if ((s & 1) && (q & 1))
        q++;                        /* tie: move to the even value */

    char digits[65];
    int len = 0;
    do {
        digits[len++] = (char)('0' + (q & 1));
        q >>= 1;
    } while (q);

    char *w = buf;
    *w++ = '0';
    *w++ = 'b';
    while (len)
        *w++ = digits[--len];
    *w = '\0';
    return 0;
}

int main(void)
{
    char out[70];
    unsigned long cases[][2] = { {3, 9}, {8, 8}, {9, 3}, {5, 8} };

    for (int i = 0; i < 4; i++) {
        if (mean_in_binary(cases[i][0], cases[i][1], out) < 0)
            puts("-1");
        else
            puts(out);
    }
    return 0;
}
''',

    115: r'''#include <stddef.h>

/*
 * Each row of `wells` (rows x cols, row-major, entries 0 or 1) is one well;
 * every 1 is a unit of water. A bucket of size `bucket` is dropped into a
 * well repeatedly until it's dry, and buckets never share between wells.
 * Total drops = sum over rows of ceil(units_in_row / bucket).
 */
long bucket_drops(const int *wells, size_t rows, size_t cols, int bucket)
{
    long drops = 0;

    for (size_t r = 0; r < rows; r++) {
        const int *row = wells + r * cols;
        long units = 0;
        for (size_t c = 0; c < cols; c++)
            units += row[c];
        drops += (units + bucket - 1) / bucket;   /* integer ceil */
    }
    return drops;
}
''',

    123: r'''// odd_hailstone.c -- list the odd values visited by the 3x+1 process.
//
// Starting at `start`, halve even numbers and map odd x to 3x+1 until we
// reach 1. Collect every odd number seen along the way (the start included
// if it's odd, and always the final 1), sorted ascending. The result array is
// malloc'ed; its length goes to *count.
//
//   start = 6  -> 1 3 5
//   start = 7  -> 1 5 7 11 13 17
//   start = 1  -> 1
#include <stdio.h>
#include <stdlib.h>

static int ascending(const void *a, const void *b)
{
    unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;
    return (x > y) - (x < y);
}

unsigned long *odd_hailstones(unsigned long start, size_t *count)
{
    size_t cap = 16, n = 0;
    unsigned long *odds = malloc(cap * sizeof *odds);
    if (!odds) {
        *count = 0;
        return NULL;
    }

    for (unsigned long x = start;; x = (x % 2) ? 3 * x + 1 : x / 2) {
        if (x % 2) {
            if (n == cap) {
                unsigned long *tmp = realloc(odds, 2 * cap * sizeof *odds);
                if (!tmp) {
                    free(odds);
                    *count = 0;
                    return NULL;
                }
                odds = tmp;
                cap *= 2;
            }
            odds[n++] = x;
        }
        if (x <= 1)
            break;
    }

    qsort(odds, n, sizeof *odds, ascending);
    *count = n;
    return odds;
}

int main(void)
{
    unsigned long starts[] = { 6, 7, 1 };
    for (int i = 0; i < 3; i++) {
        size_t n;
        unsigned long *v = odd_hailstones(starts[i], &n);
        printf("%lu ->", starts[i]);
        for (size_t k = 0; k < n; k++)
            printf(" %lu", v[k]);
        putchar('\n');
        free(v);
    }
    return 0;
}
''',

    147: r'''/*
 * Build v[i] = i*i - i + 1 for i = 1..n and count index triples i < j < k
 * whose values add up to a multiple of 3.
 *
 * No need to enumerate triples. Look at v[i] mod 3:
 *   i = 0 (mod 3) -> 1,   i = 1 (mod 3) -> 1,   i = 2 (mod 3) -> 0.
 * With only residues 0 and 1 around, three of them sum to 0 mod 3 exactly
 * when all three are 0 or all three are 1. So the answer is
 * C(zeros, 3) + C(ones, 3).
 */
static unsigned long long choose3(unsigned long long m)
{
    return m < 3 ? 0 : m * (m - 1) * (m - 2) / 6;
}

unsigned long long triples_divisible_by_three(unsigned long n)
{
    unsigned long long zeros = (n + 1) / 3;   /* i in 1..n with i % 3 == 2 */
    unsigned long long ones = n - zeros;
    return choose3(zeros) + choose3(ones);
}
''',

    159: r'''#include <stdio.h>

/* A hungry rabbit: it has already eaten `eaten` carrots, wants `wanted` more,
 * and the pantry holds `stock`. It eats what it wants if it can, otherwise it
 * clears the pantry. Report (total eaten, carrots left over). */
struct meal { int eaten_total; int left; };

struct meal feed_rabbit(int eaten, int wanted, int stock)
{
    int bite = wanted < stock ? wanted : stock;
    return (struct meal){ eaten + bite, stock - bite };
}

int main(void)
{
    struct meal m;
    m = feed_rabbit(3, 4, 10);  printf("%d %d\n", m.eaten_total, m.left);  /* 7 6  */
    m = feed_rabbit(0, 9, 2);   printf("%d %d\n", m.eaten_total, m.left);  /* 2 0  */
    m = feed_rabbit(10, 0, 5);  printf("%d %d\n", m.eaten_total, m.left);  /* 10 5 */
    return 0;
}
''',

}

PY9 = {
    14: r'''def leading_slices(text):
    """Every non-empty beginning of `text`, from one character up to the whole thing.

    >>> leading_slices('xyz')
    ['x', 'xy', 'xyz']
    >>> leading_slices('')
    []
    """
    pieces = []
    current = ''
    for ch in text:
        current += ch
        pieces.append(current)
    return pieces
''',

    16: r'''# How many different letters/symbols does a string use, if we don't care
# whether a letter is upper or lower case? Fold everything to one case and
# count what's left in a set.

def distinct_symbols_ignoring_case(text: str) -> int:
    seen = set()
    for ch in text:
        seen.add(ch.lower())
    return len(seen)
''',

    21: r'''from typing import List


def normalise_range(values: List[float]) -> List[float]:
    """Stretch/shift the values linearly so the minimum maps to 0.0 and the
    maximum maps to 1.0; everything else lands proportionally in between.
    Assumes at least two values and that they are not all equal."""
    low, high = min(values), max(values)
    span = high - low
    return [(v - low) / span for v in values]
''',

    26: r'''from collections import Counter
from typing import List


def drop_repeated(items: List[int]) -> List[int]:
    """Keep only the values that show up exactly once, in their original order.

    Anything that appears two or more times is removed entirely (not just its
    extra copies).
    """
    tally = Counter(items)
    kept = []
    for x in items:
        if tally[x] == 1:
            kept.append(x)
    return kept


assert drop_repeated([4, 5, 4, 6, 7, 7]) == [5, 6]
assert drop_repeated([]) == []
''',

    40: r'''Quick note on the "three numbers adding to zero" check. Given a list of
integers, we want to know whether any three entries at different positions
sum to exactly zero. Sorting first lets us use the classic two-pointer sweep,
which brings it down from cubic to quadratic time:

```python
def has_zero_sum_triple(nums):
    ordered = sorted(nums)
    size = len(ordered)
    for first in range(size - 2):
        lo, hi = first + 1, size - 1
        while lo < hi:
            total = ordered[first] + ordered[lo] + ordered[hi]
            if total == 0:
                return True
            if total < 0:
                lo += 1
            else:
                hi -= 1
    return False
```

Positions must differ, but the values may repeat -- that is why we don't
deduplicate before sorting.
''',

    57: r'''def only_one_direction(seq):
    # True if the sequence never goes both up and down: it is entirely
    # non-decreasing or entirely non-increasing. Flat stretches are allowed.
    rises = falls = False
    for prev, cur in zip(seq, seq[1:]):
        if cur > prev:
            rises = True
        elif cur < prev:
            falls = True
        if rises and falls:
            return False
    return True


if __name__ == "__main__":
    print(only_one_direction([3, 3, 3]))      # True
    print(only_one_direction([5, 4, 4, 1]))   # True
    print(only_one_direction([1, 3, 2]))      # False
''',

    69: r'''from collections import Counter


def biggest_self_frequent(values):
    """Look for positive integers k that occur in the list at least k times.

    Return the largest such k, or -1 if none qualifies. The input is a
    list of positive ints with at least one element.
    """
    freq = Counter(values)
    best = -1
    for value, times in freq.items():
        if value > 0 and times >= value and value > best:
            best = value
    return best
''',

    104: r'''def all_odd_digit_numbers(nums):
    """Given some positive whole numbers, keep those made only of odd digits
    (1, 3, 5, 7, 9) -- a single even digit anywhere disqualifies a number --
    and give them back in ascending order.

    >>> all_odd_digit_numbers([13, 57, 208, 9, 31])
    [9, 13, 31, 57]
    >>> all_odd_digit_numbers([24, 68])
    []
    """
    even_digits = set("02468")
    return sorted(n for n in nums if not even_digits & set(str(n)))
''',

}

PY_HELDOUT9 = {
    163: r'''# Even single digits lying between two positive numbers (inclusive), whichever
# way round the bounds are given, returned smallest first.
#
#   even_digits_between(3, 7)   -> [4, 6]
#   even_digits_between(15, 1)  -> [2, 4, 6, 8]
#   even_digits_between(9, 12)  -> []

def even_digits_between(x, y):
    lo, hi = sorted((x, y))
    return [d for d in (2, 4, 6, 8) if lo <= d <= hi]
''',

    3: r'''def overdraws(transactions):
    """Replay a ledger of deposits (positive) and withdrawals (negative) on an
    account that opens at zero. Report True the moment the balance dips
    under zero, False if it never does."""
    from itertools import accumulate
    return any(balance < 0 for balance in accumulate(transactions))
''',

    15: r'''Building a counting string in Python is a one-liner once you remember that
`join` wants strings. We want every integer from zero up to and including
`limit`, separated by single spaces:

    def count_up_text(limit):
        return " ".join(map(str, range(limit + 1)))

Note the `+ 1`: `range` stops before its end value, and we want `limit` itself
in the output.
''',

    31: r'''import math


def prime_check(candidate):
    """Primality by trial division up to the integer square root.

    Numbers below 2 are not prime; even numbers other than 2 are rejected
    straight away, then only odd divisors are tried.
    """
    if candidate < 2:
        return False
    if candidate % 2 == 0:
        return candidate == 2
    for d in range(3, math.isqrt(candidate) + 1, 2):
        if candidate % d == 0:
            return False
    return True


assert prime_check(2) is True
assert prime_check(9) is False
assert prime_check(97) is True
assert prime_check(0) is False
''',

}

OTHER9 = [
    r'''#include <stdio.h>

/* Cumulative product: out[i] = in[0] * in[1] * ... * in[i].
 * Once a zero shows up, everything after it is zero too.
 *
 *   {2, 3, 0, 5}  -> {2, 6, 0, 0}
 *   {-1, 4, -2}   -> {-1, -4, 8}
 */
void running_product(const long long *in, int n, long long *out)
{
    long long acc = 1;
    for (int i = 0; i < n; i++) {
        acc *= in[i];
        out[i] = acc;
    }
}

int main(void)
{
    long long a[] = {2, 3, 0, 5}, b[] = {-1, 4, -2}, r[4];

    running_product(a, 4, r);
    for (int i = 0; i < 4; i++) printf("%lld ", r[i]);
    putchar('\n');                                   /* 2 6 0 0 */

    running_product(b, 3, r);
    for (int i = 0; i < 3; i++) printf("%lld ", r[i]);
    putchar('\n');                                   /* -1 -4 8 */
    return 0;
}
''',

    r'''def with_repeated_fragment(strings, fragment):
    """Keep the strings in which `fragment` occurs at least twice
    (non-overlapping occurrences), preserving the input order.

    >>> with_repeated_fragment(['banana', 'ana', 'bandana', 'xanax'], 'an')
    ['banana', 'bandana']
    >>> with_repeated_fragment(['aaa', 'aaaa'], 'aa')
    ['aaaa']
    """
    return [s for s in strings if s.count(fragment) >= 2]
''',

    r'''#include <assert.h>
#include <stddef.h>

/*
 * Add up the squares of the odd entries only; even entries are ignored.
 * Negative odd numbers count as well (their squares are positive).
 */
long long odd_square_total(const int *xs, size_t n)
{
    long long sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (xs[i] % 2 != 0)
            sum += (long long)xs[i] * xs[i];
    }
    return sum;
}

int main(void)
{
    int a[] = {1, 2, 3, 4, 5};
    int b[] = {-3, 6};
    assert(odd_square_total(a, 5) == 35);   /* 1 + 9 + 25 */
    assert(odd_square_total(b, 2) == 9);
    assert(odd_square_total(NULL, 0) == 0);
    return 0;
}
''',

    r'''#include <string.h>

/*
 * Count the questions in a paragraph. Sentences end with '.', '!' or '?';
 * a sentence is a question when its terminator is '?'. Runs like "?!" or
 * "??" close a single sentence, and a terminator with no text in front of it
 * (only spaces since the last one) does not count.
 */
int count_questions(const char *para)
{
    int questions = 0;
    int has_text = 0;

    for (const char *p = para; *p; p++) {
        if (strchr(".!?", *p)) {
            if (has_text && *p == '?')
                questions++;
            has_text = 0;
        } else if (*p != ' ') {
            has_text = 1;
        }
    }
    return questions;
}
''',

    r'''# All trailing pieces of a string, longest first.
#
#   tails("abc")  -> ['abc', 'bc', 'c']
#   tails("z")    -> ['z']
#   tails("")     -> []

def tails(word):
    out = []
    for start in range(len(word)):
        out.append(word[start:])
    return out
''',

    r'''Runner-up maximum in one pass
-----------------------------

Finding the largest value is trivial; finding the *second* largest distinct
value is a classic interview warm-up. Equal copies of the maximum must not be
mistaken for the runner-up, so `{7, 7}` has no answer at all.

```c
#include <stdbool.h>
#include <stdio.h>

bool runner_up(const int *v, int n, int *result)
{
    bool have_top = false, have_second = false;
    int top = 0, second = 0;

    for (int i = 0; i < n; i++) {
        if (!have_top || v[i] > top) {
            if (have_top) {
                second = top;
                have_second = true;
            }
            top = v[i];
            have_top = true;
        } else if (v[i] < top && (!have_second || v[i] > second)) {
            second = v[i];
            have_second = true;
        }
    }
    if (have_second)
        *result = second;
    return have_second;
}

int main(void)
{
    int a[] = {4, 9, 9, 2}, b[] = {7, 7}, c[] = {-1, -5, 0};
    int r;

    if (runner_up(a, 4, &r)) printf("%d\n", r); else puts("none");  /* 4 */
    if (runner_up(b, 2, &r)) printf("%d\n", r); else puts("none");  /* none */
    if (runner_up(c, 3, &r)) printf("%d\n", r); else puts("none");  /* -1 */
    return 0;
}
```
''',

    r'''def hailstone_steps(start: int) -> int:
    """Number of 3n+1 moves needed to go from `start` down to 1.

    Even values are halved, odd values become 3n + 1. `start` must be a
    positive integer.
    """
    steps = 0
    n = start
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
''',

    r'''#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/*
 * Would `name` be accepted as an identifier by our config language?
 *   - 1 to 31 characters long,
 *   - first character is an ASCII letter or underscore,
 *   - every other character is a letter, a digit or an underscore,
 *   - and it is not one of the reserved words.
 */
static const char *const reserved[] = { "if", "else", "while", "return", "let" };

bool valid_identifier(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || len > 31)
        return false;

    if (!(isalpha((unsigned char)name[0]) || name[0] == '_'))
        return false;

    for (size_t i = 1; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (!isalnum(c) && c != '_')
            return false;
    }

    for (size_t k = 0; k < sizeof reserved / sizeof *reserved; k++)
        if (strcmp(name, reserved[k]) == 0)
            return false;
    return true;
}
''',

    r'''#include <stddef.h>

/* Count how many of the non-negative numbers are spelled using even digits
 * only (0, 2, 4, 6, 8). */
static int only_even_digits(unsigned long v)
{
    do {
        if ((v % 10) % 2)
            return 0;
        v /= 10;
    } while (v);
    return 1;
}

size_t count_even_digit_numbers(const unsigned long *nums, size_t n)
{
    size_t hits = 0;
    for (size_t i = 0; i < n; i++)
        hits += only_even_digits(nums[i]);
    return hits;
}
''',

    r'''from collections import defaultdict


def pairs_hitting_target(nums, target):
    # Count index pairs i < j such that nums[i] + nums[j] == target.
    # Walk once, remembering how often each value has been seen so far.
    seen = defaultdict(int)
    pairs = 0
    for x in nums:
        pairs += seen[target - x]
        seen[x] += 1
    return pairs
''',

]
