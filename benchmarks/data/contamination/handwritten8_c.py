"""Eighth batch of hand-written documents, C and Python (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation outputs were read while writing these.

C8          -- dict int -> str: hand-written C translations of benchmark items
               (new function/variable names, comments in our own words,
               varied interfaces and document styles).  Positives.
C_HELDOUT8  -- dict int -> str: the same kind of C translations for held-out
               items.  Negatives.
PY8         -- dict int -> str: hand paraphrases in Python (renamed, restated,
               independently solved).  Positives.
PY_HELDOUT8 -- dict int -> str: Python paraphrases of held-out items.
               Negatives.
OTHER8      -- list of str (6 C, 4 Python): small problems in the same style
               that sit close in topic to a benchmark item but are not one.
               Negatives.

Roughly half of the documents in each name state input/output examples; all
stated outputs were computed by running reference code, and every C document
was compiled.
"""


C8 = {
    6: r'''/*
 * paren_depth.c
 *
 * The input is a line made of several bracket groups separated by blanks,
 * e.g. something a tokenizer handed us.  For every group we want to know how
 * deep the brackets go at their deepest point.  A group such as "()" is depth
 * one, a bracket inside a bracket is depth two, and so on.
 */
#include <stdio.h>
#include <stddef.h>

/* Walks `text`, writes the depth of each group into `depths` (at most `cap`
 * entries) and returns how many groups were seen. */
size_t group_depths(const char *text, int *depths, size_t cap)
{
    size_t groups = 0;
    int level = 0, deepest = 0, in_group = 0;

    for (const char *p = text; ; ++p) {
        if (*p == ' ' || *p == '\0') {
            if (in_group) {
                if (groups < cap)
                    depths[groups] = deepest;
                ++groups;
            }
            level = deepest = in_group = 0;
            if (*p == '\0')
                break;
            continue;
        }
        in_group = 1;
        if (*p == '(') {
            if (++level > deepest)
                deepest = level;
        } else if (*p == ')') {
            --level;
        }
    }
    return groups;
}

int main(void)
{
    const char *samples[] = {
        "()() (((()))) (())",   /* -> 1 4 2 */
        "(()(())) ()",          /* -> 3 1   */
    };
    int out[16];

    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; ++i) {
        size_t n = group_depths(samples[i], out, 16);
        printf("%-22s ->", samples[i]);
        for (size_t k = 0; k < n; ++k)
            printf(" %d", out[k]);
        putchar('\n');
    }
    return 0;
}
''',
    10: r'''/* Extending a string into a palindrome with as few extra characters as possible.
 *
 * The trick: look for the longest tail of the input that already reads the same
 * both ways.  Whatever sits in front of that tail has to be mirrored and glued
 * onto the end.  We try tails from longest to shortest; a single character is
 * always a palindrome, so the search always stops.
 */
#include <stdlib.h>
#include <string.h>

static int reads_same_both_ways(const char *s, size_t lo, size_t hi)
{
    /* checks s[lo .. hi-1] */
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        ++lo;
        --hi;
    }
    return 1;
}

/* Returns a freshly allocated string; caller frees it.  NULL on OOM. */
char *palindrome_extend(const char *word)
{
    size_t len = strlen(word);
    size_t cut = 0;

    while (cut < len && !reads_same_both_ways(word, cut, len))
        ++cut;

    char *out = malloc(len + cut + 1);
    if (!out)
        return NULL;

    memcpy(out, word, len);
    for (size_t i = 0; i < cut; ++i)
        out[len + i] = word[cut - 1 - i];
    out[len + cut] = '\0';
    return out;
}
''',
    12: r'''#include <assert.h>
#include <stddef.h>
#include <string.h>

/*
 * Return the entry with the most characters.  When several share the maximum
 * length the earliest one wins; an empty array gives back NULL.
 */
const char *first_widest(const char *const *words, size_t count)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < count; ++i) {
        size_t len = strlen(words[i]);
        if (best == NULL || len > best_len) {   /* strict '>' keeps the first */
            best = words[i];
            best_len = len;
        }
    }
    return best;
}

int main(void)
{
    const char *fruit[] = { "kiwi", "banana", "cherry" };
    const char *tiny[]  = { "x", "yy", "zz" };

    assert(strcmp(first_widest(fruit, 3), "banana") == 0);
    assert(strcmp(first_widest(tiny, 3), "yy") == 0);
    assert(first_widest(NULL, 0) == NULL);
    return 0;
}
''',
    20: r'''#include <stdlib.h>
#include <string.h>
#include <math.h>

/* qsort comparator for doubles */
static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/*
 * Given at least two values, find the two that lie nearest to each other on
 * the number line and report them smaller-first through lo/hi.
 * Sorting first means only neighbours need comparing, so this is O(n log n)
 * instead of checking every pair.  Returns -1 if there are fewer than two
 * values or memory runs out.
 */
int nearest_pair(const double *vals, size_t n, double *lo, double *hi)
{
    if (n < 2)
        return -1;

    double *tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return -1;
    memcpy(tmp, vals, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, cmp_double);

    size_t at = 0;
    double gap = tmp[1] - tmp[0];
    for (size_t i = 1; i + 1 < n; ++i) {
        double d = tmp[i + 1] - tmp[i];
        if (d < gap) {
            gap = d;
            at = i;
        }
    }
    *lo = tmp[at];
    *hi = tmp[at + 1];
    free(tmp);
    return 0;
}
''',
    22: r'''/*
 * A little dynamically-typed value type, the sort of thing you end up writing
 * for a config parser or a toy interpreter, plus a helper that pulls only the
 * integer entries out of a mixed array.
 *
 *   input kinds:  "hi"  2.5  7  -2  none  0
 *   integers:      7  -2  0
 */
#include <stdio.h>
#include <stdlib.h>

enum value_kind { VAL_NONE, VAL_INT, VAL_REAL, VAL_TEXT };

struct value {
    enum value_kind kind;
    union {
        long        i;
        double      r;
        const char *s;
    } as;
};

/* Copies the integer payloads into `dst` (room for `n` longs is enough) and
 * returns how many were found; everything else is skipped. */
size_t keep_integers(const struct value *src, size_t n, long *dst)
{
    size_t k = 0;
    for (size_t i = 0; i < n; ++i)
        if (src[i].kind == VAL_INT)
            dst[k++] = src[i].as.i;
    return k;
}

int main(void)
{
    struct value mixed[] = {
        { VAL_TEXT, { .s = "hi" } },
        { VAL_REAL, { .r = 2.5 } },
        { VAL_INT,  { .i = 7 } },
        { VAL_INT,  { .i = -2 } },
        { VAL_NONE, { .i = 0 } },
        { VAL_INT,  { .i = 0 } },
    };
    size_t n = sizeof mixed / sizeof mixed[0];
    long ints[sizeof mixed / sizeof mixed[0]];

    size_t got = keep_integers(mixed, n, ints);
    for (size_t i = 0; i < got; ++i)
        printf("%ld ", ints[i]);        /* prints: 7 -2 0 */
    putchar('\n');
    return 0;
}
''',
    29: r'''#include <string.h>
#include <stddef.h>

/* Compacts `names` in place so that only entries beginning with `start`
 * remain (original order kept).  Returns the new number of entries.
 * An empty `start` keeps everything. */
size_t retain_with_prefix(const char **names, size_t count, const char *start)
{
    size_t plen = strlen(start);
    size_t w = 0;

    for (size_t r = 0; r < count; ++r) {
        if (strncmp(names[r], start, plen) == 0)
            names[w++] = names[r];
    }
    return w;
}
''',
    30: r'''#include <stdlib.h>

/* Return a new heap array holding only the strictly positive values of
 * `data` (zero is not positive), in their original order.  The number of
 * values copied is stored in *out_len.  Caller frees the result. */
int *positives_only(const int *data, size_t len, size_t *out_len)
{
    int *res = malloc((len ? len : 1) * sizeof *res);
    size_t n = 0;

    if (res == NULL) {
        *out_len = 0;
        return NULL;
    }
    for (size_t i = 0; i < len; i++)
        if (data[i] > 0)
            res[n++] = data[i];

    *out_len = n;
    return res;
}
''',
    33: r'''/* Sorting every third slot.
 *
 * Positions 0, 3, 6, ... of the array get their values sorted in ascending
 * order among themselves; all the other positions are left exactly where
 * they were.  A simple insertion sort with a stride of three does the job in
 * place without any extra buffer.
 */
#include <stdio.h>

void sort_stride3(int *a, size_t n)
{
    for (size_t i = 3; i < n; i += 3) {
        int key = a[i];
        size_t j = i;
        while (j >= 3 && a[j - 3] > key) {
            a[j] = a[j - 3];
            j -= 3;
        }
        a[j] = key;
    }
}

static void show(const int *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        printf("%d%s", a[i], i + 1 < n ? " " : "\n");
}

int main(void)
{
    int first[]  = { 9, 1, 2, 4, 8, 7, 0, 5 };
    int second[] = { 12, 5, 6, 1 };

    sort_stride3(first, 8);
    sort_stride3(second, 4);
    show(first, 8);    /* 0 1 2 4 8 7 9 5 */
    show(second, 4);   /* 1 5 6 12 */
    return 0;
}
''',
    36: r'''/* Look at every non-negative number below `limit` that 11 or 13 divides
 * evenly, and tally how many times the digit seven shows up across all of
 * them (a number like 77 counts twice). */
int sevens_in_multiples(int limit)
{
    int tally = 0;

    for (int v = 0; v < limit; v++) {
        if (v % 11 != 0 && v % 13 != 0)
            continue;
        for (int rest = v; rest > 0; rest /= 10)
            if (rest % 10 == 7)
                tally++;
    }
    return tally;
}
''',
    40: r'''#include <assert.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Is there any choice of three different positions in the array whose values
 * add up to 0?  Classic approach: sort a copy, fix the first element, then
 * close in on the remaining two from both ends.  O(n^2) time.
 */
bool has_zero_triplet(const int *nums, size_t n)
{
    if (n < 3)
        return false;

    int *s = malloc(n * sizeof *s);
    if (!s)
        return false;
    memcpy(s, nums, n * sizeof *s);
    qsort(s, n, sizeof *s, by_value);

    bool found = false;
    for (size_t i = 0; i + 2 < n && !found; i++) {
        size_t lo = i + 1, hi = n - 1;
        while (lo < hi) {
            long sum = (long)s[i] + s[lo] + s[hi];
            if (sum == 0) { found = true; break; }
            if (sum < 0) lo++;
            else         hi--;
        }
    }
    free(s);
    return found;
}

int main(void)
{
    int a[] = { 4, -1, 6, -3, 2 };
    int b[] = { 5, 1, 2, 10 };
    int c[] = { 0, 0 };
    int d[] = { 0, 0, 0 };
    int e[] = { -5, 2, 2, 7 };

    assert(has_zero_triplet(a, 5));     /* 4 + -1 + -3 */
    assert(!has_zero_triplet(b, 4));
    assert(!has_zero_triplet(c, 2));    /* only two values */
    assert(has_zero_triplet(d, 3));
    assert(!has_zero_triplet(e, 4));
    return 0;
}
''',
    48: r'''#include <stdio.h>
#include <string.h>

/* 1 if the text is identical when read backwards, 0 otherwise.
 * Comparison is byte-for-byte, so case and spaces matter; "" counts. */
int is_mirror_text(const char *txt)
{
    const char *front = txt;
    const char *back = txt + strlen(txt);

    while (front < back) {
        --back;
        if (*front != *back)
            return 0;
        ++front;
    }
    return 1;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        printf("%s: %s\n", argv[i], is_mirror_text(argv[i]) ? "yes" : "no");
    return 0;
}
''',
    57: r'''/* A sequence is accepted when it never goes down, or when it never goes up
 * (equal neighbours are allowed either way).  One pass: remember whether we
 * have seen a rise and whether we have seen a drop; if both happen, it is
 * not monotone. */
#include <stdbool.h>
#include <stddef.h>

bool is_monotone(const double *seq, size_t len)
{
    bool rose = false, fell = false;

    for (size_t i = 1; i < len; ++i) {
        if (seq[i] > seq[i - 1])
            rose = true;
        else if (seq[i] < seq[i - 1])
            fell = true;
        if (rose && fell)
            return false;
    }
    return true;
}
''',
    58: r'''/*
 * shared_values: intersection of two integer arrays.
 *
 * Every value that appears in both inputs is reported once, smallest first.
 * Both arrays are copied and sorted, then walked in lockstep like the merge
 * step of merge sort, skipping runs of duplicates.
 *
 * Example:
 *   {7, 3, 3, 10, -2, 8} and {3, 8, 8, 1, 7, 42}  ->  3 7 8
 *   {1, 2} and {3, 4}                            ->  (nothing)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int icmp(const void *p, const void *q)
{
    int a = *(const int *)p, b = *(const int *)q;
    return a < b ? -1 : a > b;
}

static int *sorted_copy(const int *src, size_t n)
{
    int *dup = malloc((n ? n : 1) * sizeof *dup);
    if (dup) {
        if (n)
            memcpy(dup, src, n * sizeof *dup);
        qsort(dup, n, sizeof *dup, icmp);
    }
    return dup;
}

/* `out` needs room for min(na, nb) ints.  Returns count, or -1 on OOM. */
long shared_values(const int *xs, size_t na, const int *ys, size_t nb, int *out)
{
    int *a = sorted_copy(xs, na);
    int *b = sorted_copy(ys, nb);
    long k = 0;
    size_t i = 0, j = 0;

    if (!a || !b) {
        free(a);
        free(b);
        return -1;
    }
    while (i < na && j < nb) {
        if (a[i] < b[j]) {
            i++;
        } else if (a[i] > b[j]) {
            j++;
        } else {
            int v = a[i];
            out[k++] = v;
            while (i < na && a[i] == v) i++;
            while (j < nb && b[j] == v) j++;
        }
    }
    free(a);
    free(b);
    return k;
}

int main(void)
{
    int left[]  = { 7, 3, 3, 10, -2, 8 };
    int right[] = { 3, 8, 8, 1, 7, 42 };
    int both[6];

    long n = shared_values(left, 6, right, 6, both);
    for (long i = 0; i < n; i++)
        printf("%d ", both[i]);
    printf("\n");
    return 0;
}
''',
    70: r'''Reordering a list so it zig-zags between extremes: first the smallest value,
then the largest of what is left, then the smallest of what is left, and so on
until nothing remains.  Once the array is sorted this is just two indices
moving toward each other, taking from the low end and the high end in turn.

```c
#include <stdlib.h>

static int ascending(const void *a, const void *b)
{
    const int l = *(const int *)a;
    const int r = *(const int *)b;
    return (l > r) - (l < r);
}

/* Writes the zig-zag order of `in` (length n) into `out`.  `in` is untouched. */
void zigzag_extremes(const int *in, int *out, size_t n)
{
    int *tmp;
    size_t lo, hi, pos = 0;

    if (n == 0)
        return;
    tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        tmp[i] = in[i];
    qsort(tmp, n, sizeof *tmp, ascending);

    lo = 0;
    hi = n - 1;
    while (lo <= hi) {
        out[pos++] = tmp[lo++];
        if (lo > hi)
            break;
        out[pos++] = tmp[hi];
        if (hi == 0)
            break;
        hi--;
    }
    free(tmp);
}
```
''',
    78: r'''#include <stdio.h>
#include <string.h>

/*
 * Count how many characters of an upper-case hex string are digits whose
 * value is a prime number.  Among 0..15 the primes are 2, 3, 5, 7, 11 (B)
 * and 13 (D).
 *
 *   "7F3B"   -> 3
 *   "C0FFEE" -> 0
 *   "D2D2"   -> 4
 *   ""       -> 0
 */
static int prime_hex_count(const char *hex)
{
    int n = 0;
    for (; *hex; hex++)
        if (strchr("2357BD", *hex) != NULL)   /* *hex is never '\0' here */
            n++;
    return n;
}

int main(void)
{
    const char *tests[] = { "7F3B", "C0FFEE", "D2D2", "" };
    for (int i = 0; i < 4; i++)
        printf("\"%s\" -> %d\n", tests[i], prime_hex_count(tests[i]));
    return 0;
}
''',
    81: r'''/*
 * grades.c -- turn grade-point averages into letter grades.
 *
 * A perfect 4.0 gets "A+".  Below that, each letter has a cut-off and a GPA
 * must be strictly above the cut-off to earn it; the table is scanned from
 * the top.  Anything not above 0.0 is an "E".
 */
#include <stddef.h>

struct band {
    double above;
    const char *letter;
};

static const struct band bands[] = {
    { 3.7, "A"  }, { 3.3, "A-" }, { 3.0, "B+" },
    { 2.7, "B"  }, { 2.3, "B-" }, { 2.0, "C+" },
    { 1.7, "C"  }, { 1.3, "C-" }, { 1.0, "D+" },
    { 0.7, "D"  }, { 0.0, "D-" },
};

const char *letter_for(double gpa)
{
    if (gpa == 4.0)
        return "A+";
    for (size_t i = 0; i < sizeof bands / sizeof bands[0]; i++)
        if (gpa > bands[i].above)
            return bands[i].letter;
    return "E";
}

/* Fills letters[i] for every gpas[i]; the strings are static, don't free. */
void letters_for_class(const double *gpas, size_t n, const char **letters)
{
    for (size_t i = 0; i < n; i++)
        letters[i] = letter_for(gpas[i]);
}
''',
    86: r'''// Rearrange the letters inside every word of a sentence into ascending
// character-code order, leaving the words themselves and every blank
// (including runs of several blanks) where they were.  Works in place.
//
//   "the quick fox" -> "eht cikqu fox"
//   "Zebra apple"   -> "Zaber aelpp"     (capitals sort before lower case)
//   "a  cb"         -> "a  bc"
//   "Go!"           -> "!Go"
#include <stdio.h>
#include <string.h>

static void sort_run(char *buf, size_t len)
{
    // words are short, insertion sort is plenty
    for (size_t i = 1; i < len; i++) {
        char c = buf[i];
        size_t j = i;
        while (j > 0 && (unsigned char)buf[j - 1] > (unsigned char)c) {
            buf[j] = buf[j - 1];
            j--;
        }
        buf[j] = c;
    }
}

void order_letters_in_words(char *line)
{
    char *p = line;
    while (*p) {
        if (*p == ' ') {
            p++;
            continue;
        }
        size_t len = strcspn(p, " ");
        sort_run(p, len);
        p += len;
    }
}

int main(void)
{
    char a[] = "the quick fox";
    char b[] = "Zebra apple";
    char c[] = "a  cb";
    char d[] = "Go!";

    order_letters_in_words(a);
    order_letters_in_words(b);
    order_letters_in_words(c);
    order_letters_in_words(d);
    printf("[%s]\n[%s]\n[%s]\n[%s]\n", a, b, c, d);
    return 0;
}
''',
    97: r'''#include <stdlib.h>

/* Multiply the last decimal digit of one integer by the last decimal digit
 * of another.  Signs are ignored: only the digit in the ones place counts. */
int last_digit_product(int first, int second)
{
    int d1 = abs(first % 10);
    int d2 = abs(second % 10);
    return d1 * d2;
}
''',
    104: r'''/*
 * From an array of positive integers, keep the ones written entirely with
 * odd digits (1, 3, 5, 7, 9) -- a single even digit anywhere disqualifies a
 * number -- and return them in ascending order.
 *
 *   {135, 7, 246, 19, 11, 30}  ->  {7, 11, 19, 135}
 *   {2, 40, 68}                ->  {}
 */
#include <stdio.h>
#include <stdlib.h>

static int only_odd_digits(unsigned v)
{
    do {
        if ((v % 10) % 2 == 0)
            return 0;
        v /= 10;
    } while (v);
    return 1;
}

static int cmp_uint(const void *a, const void *b)
{
    unsigned l = *(const unsigned *)a, r = *(const unsigned *)b;
    return (l > r) - (l < r);
}

/* result goes into dst (same capacity as src); returns its length */
size_t odd_digit_numbers(const unsigned *src, size_t n, unsigned *dst)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (only_odd_digits(src[i]))
            dst[m++] = src[i];
    qsort(dst, m, sizeof *dst, cmp_uint);
    return m;
}

int main(void)
{
    unsigned in[] = { 135, 7, 246, 19, 11, 30 };
    unsigned out[6];
    size_t m = odd_digit_numbers(in, 6, out);

    for (size_t i = 0; i < m; i++)
        printf("%u ", out[i]);
    puts("");
    return 0;
}
''',
    124: r'''#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/*
 * Validate a calendar date written as "mm-dd-yyyy".
 *
 * Rules we enforce:
 *   - the text (after trimming surrounding blanks) is not empty and has
 *     exactly three dash-separated numeric fields;
 *   - the month is between 1 and 12;
 *   - the day is at least 1 and no larger than the month allows:
 *     31 for Jan/Mar/May/Jul/Aug/Oct/Dec, 30 for Apr/Jun/Sep/Nov and
 *     29 for February (leap years are not checked).
 * Anything else -- slashes instead of dashes, letters, missing parts -- is
 * rejected.
 */

/* Parse up to `maxlen` digits; returns pointer past them, or NULL if none. */
static const char *read_field(const char *p, int maxlen, int *value)
{
    int v = 0, used = 0;
    while (isdigit((unsigned char)*p) && used < maxlen) {
        v = v * 10 + (*p - '0');
        p++;
        used++;
    }
    if (used == 0)
        return NULL;
    *value = v;
    return p;
}

bool date_is_valid(const char *text)
{
    static const int month_len[13] = {
        0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
    };
    int mm, dd, yy;
    const char *p = text;
    const char *end = text + strlen(text);

    while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        end--;
    if (p == end)
        return false;

    if (!(p = read_field(p, 2, &mm)) || *p++ != '-')
        return false;
    if (!(p = read_field(p, 2, &dd)) || *p++ != '-')
        return false;
    if (!(p = read_field(p, 4, &yy)) || p != end)
        return false;

    if (mm < 1 || mm > 12)
        return false;
    return dd >= 1 && dd <= month_len[mm];
}
''',
    128: r'''#include <assert.h>
#include <stdbool.h>
#include <stdlib.h>

/*
 * Add up the absolute values of the array, then give the total the combined
 * sign of all the elements: flip it once per negative entry, and force it to
 * zero if any entry is zero.  For an empty array there is no answer, which
 * we signal by returning false and leaving *result alone.
 */
bool signed_magnitude_sum(const int *vals, size_t n, long *result)
{
    long total = 0;
    int sign = 1;

    if (n == 0)
        return false;

    for (size_t i = 0; i < n; i++) {
        if (vals[i] == 0)
            sign = 0;
        else if (vals[i] < 0)
            sign = -sign;
        total += labs((long)vals[i]);
    }
    *result = sign * total;
    return true;
}

int main(void)
{
    long r;
    int a[] = { 3, -1, -2, 5 };
    int b[] = { -4, 2 };
    int c[] = { 0, -3, 9 };

    assert(signed_magnitude_sum(a, 4, &r) && r == 11);
    assert(signed_magnitude_sum(b, 2, &r) && r == -6);
    assert(signed_magnitude_sum(c, 3, &r) && r == 0);
    assert(!signed_magnitude_sum(NULL, 0, &r));
    return 0;
}
''',
    134: r'''Does a string finish with a lone letter?  "Lone" meaning the final character
is alphabetic and is a word all by itself, i.e. it is preceded by a blank or
it is the only character in the string.  A trailing space means the answer
is no, and so does an empty string.  No splitting or copying is needed; we
only have to peek at the last two bytes.

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

bool ends_with_single_letter(const char *s)
{
    size_t n = strlen(s);

    if (n == 0 || !isalpha((unsigned char)s[n - 1]))
        return false;
    return n == 1 || s[n - 2] == ' ';
}
''',
    150: r'''#include <stdio.h>

/* Trial division up to the square root. */
static int prime_p(long k)
{
    if (k < 2)
        return 0;
    for (long d = 2; d * d <= k; d++)
        if (k % d == 0)
            return 0;
    return 1;
}

/* Choose between two values depending on whether `key` is prime:
 * `if_prime` when it is, `otherwise` when it is not. */
long pick_by_primality(long key, long if_prime, long otherwise)
{
    return prime_p(key) ? if_prime : otherwise;
}

int main(void)
{
    printf("%ld\n", pick_by_primality(13, 100, -1));  /* 100 */
    printf("%ld\n", pick_by_primality(1, 4, 9));      /* 9   */
    printf("%ld\n", pick_by_primality(21, 0, 5));     /* 5   */
    printf("%ld\n", pick_by_primality(2, 8, 3));      /* 8   */
    return 0;
}
''',
    158: r'''/* Among a list of words, return the one built from the largest number of
 * different characters.  Ties go to whichever word sorts first
 * alphabetically (strcmp order).
 *
 * e.g. apple/grape/melon: grape and melon both have 5 distinct letters,
 * grape < melon, so "grape". */
#include <assert.h>
#include <stdbool.h>
#include <string.h>

static int distinct_chars(const char *w)
{
    bool seen[256] = { false };
    int count = 0;

    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (!seen[*p]) {
            seen[*p] = true;
            count++;
        }
    }
    return count;
}

const char *most_varied_word(const char **vocab, int n)
{
    const char *winner = NULL;
    int best = -1;

    for (int i = 0; i < n; i++) {
        int d = distinct_chars(vocab[i]);
        if (d > best || (d == best && strcmp(vocab[i], winner) < 0)) {
            best = d;
            winner = vocab[i];
        }
    }
    return winner;
}

int main(void)
{
    const char *a[] = { "apple", "grape", "melon" };
    const char *b[] = { "zz", "yy" };
    const char *c[] = { "abc", "cab", "ab" };

    assert(strcmp(most_varied_word(a, 3), "grape") == 0);
    assert(strcmp(most_varied_word(b, 2), "yy") == 0);
    assert(strcmp(most_varied_word(c, 3), "abc") == 0);
    return 0;
}
''',
}


C_HELDOUT8 = {
    67: r'''/*
 * A basket holds apples, oranges and mangoes.  We are told the total number
 * of fruits, plus a sentence such as "3 apples and 4 oranges".  Every number
 * that appears in the sentence is subtracted from the total; what is left is
 * the mango count.
 *
 *   ("3 apples and 4 oranges", 20)  -> 13
 *   ("10 apples and 0 oranges", 15) -> 5
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

long mangoes_left(const char *desc, long total)
{
    const char *p = desc;

    while (*p) {
        if (isdigit((unsigned char)*p)) {
            char *stop;
            total -= strtol(p, &stop, 10);
            p = stop;
        } else {
            p++;
        }
    }
    return total;
}

int main(void)
{
    printf("%ld\n", mangoes_left("3 apples and 4 oranges", 20));
    printf("%ld\n", mangoes_left("10 apples and 0 oranges", 15));
    return 0;
}
''',
    75: r'''#include <stdbool.h>

/* True when n can be written as p * q * r with p, q, r prime (a prime may
 * be used more than once).  Equivalently: n has exactly three prime
 * factors counted with multiplicity.  Intended for small n (under 100). */
bool three_prime_product(int n)
{
    int factors = 0;

    if (n < 2)
        return false;
    for (int p = 2; p * p <= n; p++) {
        while (n % p == 0) {
            n /= p;
            if (++factors > 3)
                return false;
        }
    }
    if (n > 1)
        factors++;
    return factors == 3;
}
''',
    91: r'''How many sentences in a piece of text open with the word "I"?  Sentences end
at '.', '?' or '!', and any whitespace after the punctuation is skipped before
the next sentence starts.  A sentence only counts if its first two characters
are a capital I followed by a space, so "Indeed" or "It" do not qualify.

```c
#include <ctype.h>
#include <stdio.h>

static int starts_with_I(const char *s)
{
    return s[0] == 'I' && s[1] == ' ';
}

int count_i_sentences(const char *text)
{
    int hits = starts_with_I(text);

    for (const char *p = text; *p; p++) {
        if (*p == '.' || *p == '?' || *p == '!') {
            const char *q = p + 1;
            while (isspace((unsigned char)*q))
                q++;
            hits += starts_with_I(q);
        }
    }
    return hits;
}

int main(void)
{
    printf("%d\n", count_i_sentences(
        "I like tea. You like coffee! I agree? Indeed I do"));   /* 2 */
    printf("%d\n", count_i_sentences("Is it? I think so."));      /* 1 */
    printf("%d\n", count_i_sentences("nothing here"));            /* 0 */
    return 0;
}
```
''',
    103: r'''#include <stdlib.h>
#include <string.h>

/*
 * Mean of every integer from lo to hi inclusive, rounded to the nearest whole
 * number (exact halves go to the even neighbour), rendered as a binary string
 * with a "0b" prefix.  If lo > hi there is no range and we return NULL.
 * The caller owns the returned buffer.
 */
char *range_mean_binary(long lo, long hi)
{
    if (lo > hi)
        return NULL;

    long twice = lo + hi;          /* mean = twice / 2 */
    long mean = twice / 2;
    if (twice % 2 != 0 && mean % 2 != 0)
        mean++;                    /* x.5 -> even */

    char digits[sizeof(long) * 8 + 1];
    int len = 0;
    unsigned long v = (unsigned long)mean;
    do {
        digits[len++] = (char)('0' + (v & 1u));
        v >>= 1;
    } while (v);

    char *out = malloc(len + 3);
    if (!out)
        return NULL;
    out[0] = '0';
    out[1] = 'b';
    for (int i = 0; i < len; i++)
        out[2 + i] = digits[len - 1 - i];
    out[2 + len] = '\0';
    return out;
}
''',
    115: r'''/* wells.c
 *
 * Each row of the table is a well and each 1 in it is one unit of water.
 * Every well is emptied with its own bucket, all buckets holding `cap` units.
 * How many times do buckets have to be lowered in total?  For each row that
 * is ceil(units / cap); sum over the rows.
 */
#include <stdio.h>

#define COLS 4

int bucket_trips(int rows, const int wells[][COLS], int cap)
{
    int trips = 0;
    for (int r = 0; r < rows; r++) {
        int water = 0;
        for (int c = 0; c < COLS; c++)
            water += wells[r][c];
        trips += (water + cap - 1) / cap;
    }
    return trips;
}

int main(void)
{
    const int field[3][COLS] = {
        { 1, 1, 1, 0 },
        { 0, 0, 0, 0 },
        { 1, 0, 1, 1 },
    };
    printf("capacity 2: %d trips\n", bucket_trips(3, field, 2));  /* 4 */
    printf("capacity 3: %d trips\n", bucket_trips(3, field, 3));  /* 2 */
    return 0;
}
''',
    123: r'''#include <stdlib.h>

static int cmp_ul(const void *a, const void *b)
{
    unsigned long x = *(const unsigned long *)a;
    unsigned long y = *(const unsigned long *)b;
    return (x > y) - (x < y);
}

/*
 * Follow the 3n+1 process from `start` (halve even values, triple-and-add-one
 * odd values) until it reaches 1, collecting the odd values met on the way,
 * the start and the final 1 included.  They are returned sorted ascending in
 * a malloc'd array; the count goes to *count.
 */
unsigned long *odd_hailstones(unsigned long start, size_t *count)
{
    size_t cap = 16, used = 0;
    unsigned long *buf = malloc(cap * sizeof *buf);
    unsigned long v = start;

    if (!buf)
        return NULL;
    for (;;) {
        if (v % 2 == 1) {
            if (used == cap) {
                unsigned long *grown = realloc(buf, 2 * cap * sizeof *buf);
                if (!grown) {
                    free(buf);
                    return NULL;
                }
                buf = grown;
                cap *= 2;
            }
            buf[used++] = v;
        }
        if (v <= 1)
            break;
        v = (v % 2 == 0) ? v / 2 : 3 * v + 1;
    }
    qsort(buf, used, sizeof *buf, cmp_ul);
    *count = used;
    return buf;
}
''',
    147: r'''/*
 * Build a[1..count] with a[i] = i*i - i + 1 and count the index triples i<j<k
 * whose values add up to a multiple of 3.
 *
 * No need to enumerate triples: only each value's remainder mod 3 matters.
 * A triple works when all three remainders are equal, or when they are
 * 0, 1 and 2 once each.
 */
#include <assert.h>

static long long choose3(long long m)
{
    return m < 3 ? 0 : m * (m - 1) * (m - 2) / 6;
}

long long triples_div3(int count)
{
    long long bucket[3] = { 0, 0, 0 };

    for (long long i = 1; i <= count; i++)
        bucket[(i * i - i + 1) % 3]++;

    return choose3(bucket[0]) + choose3(bucket[1]) + choose3(bucket[2])
         + bucket[0] * bucket[1] * bucket[2];
}

int main(void)
{
    assert(triples_div3(1) == 0);
    assert(triples_div3(3) == 0);
    assert(triples_div3(6) == 4);
    assert(triples_div3(10) == 36);
    return 0;
}
''',
    159: r'''/* A rabbit has already eaten some carrots and wants `want` more.  It eats
 * from the stock: if the stock covers the need, it eats exactly that many;
 * otherwise it finishes the stock and stays hungry.  Report the total eaten
 * so far and the stock that is left. */

struct meal {
    int eaten_total;
    int stock_left;
};

struct meal feed_rabbit(int already, int want, int stock)
{
    int bite = want < stock ? want : stock;
    struct meal m = { already + bite, stock - bite };
    return m;
}
''',
    163: r'''#include <stdio.h>

/* Print, smallest first, the even single digits (2, 4, 6, 8) that lie between
 * two positive integers.  The bounds can come in either order and are
 * inclusive; values outside 2..8 never appear. */
void print_even_digits_between(int p, int q)
{
    int lo = p < q ? p : q;
    int hi = p < q ? q : p;

    if (lo < 2) lo = 2;
    if (hi > 8) hi = 8;

    for (int d = lo; d <= hi; d++)
        if (d % 2 == 0)
            printf("%d\n", d);
}
''',
    3: r'''#include <assert.h>
#include <stdbool.h>
#include <stddef.h>

/* An account opens at zero and `moves` is its sequence of deposits (positive)
 * and withdrawals (negative).  Report whether the running balance ever dips
 * under zero at any point. */
bool goes_negative(const int *moves, size_t n)
{
    long balance = 0;
    for (size_t i = 0; i < n; ++i) {
        balance += moves[i];
        if (balance < 0)
            return true;
    }
    return false;
}

int main(void)
{
    const int a[] = { 5, -3, -3, 10 };   /* 5, 2, -1 ... -> true */
    const int b[] = { 2, -2, 4 };        /* 2, 0, 4      -> false */

    assert(goes_negative(a, 4));
    assert(!goes_negative(b, 3));
    assert(!goes_negative(NULL, 0));
    return 0;
}
''',
}


PY8 = {
    9: r'''from itertools import accumulate


def running_peak(values):
    """For each position, the largest value seen so far (that position included)."""
    return list(accumulate(values, max))


assert running_peak([3, 1, 4, 1, 5, 9, 2, 6]) == [3, 3, 4, 4, 5, 9, 9, 9]
assert running_peak([]) == []
assert running_peak([-2, -5, -1]) == [-2, -2, -1]
''',
    34: r'''# Distinct values of a list, smallest to largest.  Sorting first puts equal
# values next to each other, so a single pass that skips repeats is enough.

def distinct_sorted(items):
    out = []
    for v in sorted(items):
        if not out or out[-1] != v:
            out.append(v)
    return out
''',
    52: r'''def all_under(numbers, limit):
    """Check that every number is strictly smaller than ``limit``.

    >>> all_under([3, 7, 9], 10)
    True
    >>> all_under([3, 10], 10)
    False
    >>> all_under([], 0)
    True
    """
    return not any(n >= limit for n in numbers)
''',
    72: r'''A payload can take off only if it is balanced -- the list of weights reads
the same from both ends -- and its total weight does not exceed what the
craft can carry. In Python both checks are one expression each:

```python
def can_take_off(weights, max_load):
    balanced = weights == weights[::-1]
    light_enough = sum(weights) <= max_load
    return balanced and light_enough
```
''',
    90: r'''def runner_up_min(nums):
    # Second smallest *distinct* value, or None if the list does not have two
    # different values.  Tracks the two lowest values in one pass instead of
    # sorting.
    lowest = second = None
    for x in nums:
        if lowest is None or x < lowest:
            if lowest is not None:
                second = lowest
            lowest = x
        elif x != lowest and (second is None or x < second):
            second = x
    return second
''',
    113: r'''# Odd-digit report.
# Each input string is made of decimal digits.  For every string, count its
# odd digits and produce a fixed English sentence in which every letter "i"
# has been swapped for that count.
#
#   odd_digit_sentences(['2468', '13579']) ==
#       ['the number of odd elements 0n the str0ng 0 of the 0nput.',
#        'the number of odd elements 5n the str5ng 5 of the 5nput.']
#   odd_digit_sentences(['10']) ==
#       ['the number of odd elements 1n the str1ng 1 of the 1nput.']

TEMPLATE = "the number of odd elements in the string i of the input."


def odd_digit_sentences(digit_strings):
    result = []
    for s in digit_strings:
        odd = sum(1 for ch in s if ch in "13579")
        result.append(TEMPLATE.replace("i", str(odd)))
    return result
''',
    136: r'''def extremes_near_zero(seq):
    """Return (biggest negative number, smallest positive number) from seq.

    Either slot is None when the list has no value of that sign; zero is
    neither negative nor positive.
    """
    neg = pos = None
    for v in seq:
        if v < 0 and (neg is None or v > neg):
            neg = v
        elif v > 0 and (pos is None or v < pos):
            pos = v
    return neg, pos
''',
    154: r'''def rotation_inside(text, word):
    """True if ``word``, or some rotation of it, occurs inside ``text``.

    A rotation moves a block of letters from the front to the back, so
    "tati" has the rotations "tati", "atit", "tita" and "itat".
    """
    if not word:
        return True
    rotations = (word[k:] + word[:k] for k in range(len(word)))
    return any(r in text for r in rotations)


if __name__ == "__main__":
    print(rotation_inside("rotation", "tati"))   # True
    print(rotation_inside("abcdef", "fa"))       # False
    print(rotation_inside("coffee", "eef"))      # True  ("fee")
''',
}


PY_HELDOUT8 = {
    15: r'''def count_up_line(limit):
    # All whole numbers from 0 through limit, written out and joined with
    # single spaces.
    parts = []
    k = 0
    while k <= limit:
        parts.append(str(k))
        k += 1
    return " ".join(parts)
''',
    31: r'''Primality test by trial division. We only need to try divisors up to the
square root of the number, and after 2 only odd candidates matter.

```python
import math

def prime_check(num):
    if num < 2:
        return False
    if num % 2 == 0:
        return num == 2
    for d in range(3, math.isqrt(num) + 1, 2):
        if num % d == 0:
            return False
    return True

print(prime_check(2))     # True
print(prime_check(9))     # False
print(prime_check(97))    # True
print(prime_check(0))     # False
print(prime_check(221))   # False, 13 * 17
```
''',
    87: r'''def locate_value(rows, target):
    """Find every cell equal to ``target`` in a jagged table (rows may have
    different lengths).  Positions come back as (row, column) pairs, row by
    row from the top, and within one row from the rightmost column leftward.

    >>> locate_value([[7, 0, 7], [], [0, 7]], 7)
    [(0, 2), (0, 0), (2, 1)]
    >>> locate_value([[1, 2], [3]], 9)
    []
    """
    hits = []
    for r, row in enumerate(rows):
        for c in range(len(row) - 1, -1, -1):
            if row[c] == target:
                hits.append((r, c))
    return hits
''',
    107: r'''# Among the integers 1..top (both ends included), count the ones that read
# the same forwards and backwards, keeping separate tallies for even and odd
# numbers.  Result: (evens, odds).

def palindrome_parity(top):
    tally = [0, 0]
    for v in range(1, top + 1):
        digits = str(v)
        if digits == digits[::-1]:
            tally[v % 2] += 1
    return tally[0], tally[1]
''',
}


OTHER8 = [
    r'''/* Multiply together the even digits (0, 2, 4, 6, 8) of a non-negative
 * integer.  If the number contains no even digit at all, return -1 so the
 * caller can tell that case apart from a genuine product of 0.
 *
 *   2468 -> 384
 *   1357 -> -1
 *   1203 -> 0      (2 * 0)
 *   52   -> 2
 */
#include <stdio.h>

long even_digit_product(unsigned long n)
{
    long prod = 1;
    int any = 0;

    do {
        unsigned d = n % 10;
        if (d % 2 == 0) {
            prod *= d;
            any = 1;
        }
        n /= 10;
    } while (n > 0);

    return any ? prod : -1;
}

int main(void)
{
    unsigned long xs[] = { 2468, 1357, 1203, 52 };
    for (int i = 0; i < 4; i++)
        printf("%lu -> %ld\n", xs[i], even_digit_product(xs[i]));
    return 0;
}
''',
    r'''#include <stddef.h>
#include <string.h>

/* Copy into `kept` the strings from `items` whose last characters match
 * `tail` (order preserved) and return how many were copied.  `kept` must
 * have room for `n` pointers; the strings themselves are not duplicated. */
size_t select_by_suffix(const char *const *items, size_t n,
                        const char *tail, const char **kept)
{
    size_t tlen = strlen(tail), k = 0;

    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(items[i]);
        if (len >= tlen && memcmp(items[i] + len - tlen, tail, tlen) == 0)
            kept[k++] = items[i];
    }
    return k;
}
''',
    r'''Running minimum of an array: position i of the output holds the smallest
value seen in the input from the start up to and including position i.
It is a one-liner in most languages, and barely longer in C.

#include <stdio.h>

void running_min(const int *in, int *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (i == 0 || in[i] < out[i - 1]) ? in[i] : out[i - 1];
}

int main(void)
{
    int data[] = { 5, 3, 8, 1, 4 };
    int low[5];

    running_min(data, low, 5);
    for (int i = 0; i < 5; i++)
        printf("%d ", low[i]);
    printf("\n");              /* 5 3 3 1 1 */
    return 0;
}
''',
    r'''/* Over all integers 0 <= v < bound that are multiples of 7 or of 9, count the
 * total number of '3' digits in their decimal spelling. */
#include <stdio.h>
#include <string.h>

int threes_in_multiples(int bound)
{
    char buf[16];
    int total = 0;

    for (int v = 0; v < bound; v++) {
        if (v % 7 && v % 9)
            continue;
        snprintf(buf, sizeof buf, "%d", v);
        for (char *p = buf; (p = strchr(p, '3')) != NULL; p++)
            total++;
    }
    return total;
}
''',
    r'''#include <assert.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * Do two entries at different positions of `xs` add up to `goal`?
 * Plain double loop -- fine for small inputs.
 */
bool pair_hits_target(const int *xs, size_t n, int goal)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (xs[i] + xs[j] == goal)
                return true;
    return false;
}

int main(void)
{
    int a[] = { 1, 4, 6, 9 };
    int b[] = { 5, 2 };
    int c[] = { 5, 5 };
    int d[] = { 5 };

    assert(pair_hits_target(a, 4, 10));
    assert(!pair_hits_target(b, 2, 10));
    assert(pair_hits_target(c, 2, 10));   /* same value, two positions */
    assert(!pair_hits_target(d, 1, 10));
    return 0;
}
''',
    r'''/*
 * Reorder an array so that it starts from the top: largest value, then the
 * smallest of what remains, then the largest of what remains, alternating
 * until everything is placed.  Done in place via a sorted scratch copy.
 */
#include <stdlib.h>
#include <string.h>

static int desc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (y > x) - (y < x);
}

int high_low_shuffle(int *arr, size_t n)
{
    int *s;
    size_t front = 0, back = n, i = 0;

    if (n < 2)
        return 0;
    if ((s = malloc(n * sizeof *s)) == NULL)
        return -1;
    memcpy(s, arr, n * sizeof *s);
    qsort(s, n, sizeof *s, desc);       /* s[0] is the maximum */

    while (front < back) {
        arr[i++] = s[front++];
        if (front < back)
            arr[i++] = s[--back];
    }
    free(s);
    return 0;
}
''',
    r'''def second_biggest(values):
    """Second largest distinct value in the list, or None if there isn't one.

    >>> second_biggest([4, 9, 9, 2])
    4
    >>> second_biggest([7, 7]) is None
    True
    >>> second_biggest([]) is None
    True
    >>> second_biggest([-1, -5, 0])
    -1
    """
    distinct = sorted(set(values), reverse=True)
    return distinct[1] if len(distinct) > 1 else None
''',
    r'''import re


def count_questions(passage):
    # Split the text into sentences at '.', '!' and '?', keeping the
    # terminator, and count how many of them end with a question mark.
    pieces = re.findall(r"[^.!?]*[.!?]", passage)
    return sum(1 for p in pieces if p.endswith("?"))
''',
    r'''Sometimes "all values below a limit" is too strict and you only want to know
whether enough of them clear a bar. Here is a small helper for that:

def enough_above(data, bar, needed):
    # at least `needed` entries strictly greater than `bar`?
    return sum(x > bar for x in data) >= needed

assert enough_above([1, 8, 12, 5], 4, 2)     # 8, 12 and 5 clear it
assert not enough_above([1, 2], 5, 1)
assert enough_above([], 0, 0)
''',
    r'''def day_of_year(stamp):
    """Turn a 'mm-dd-yyyy' string into the ordinal day within its year
    (1 for January 1st).  Leap years follow the Gregorian rule.  Returns None
    when the string is malformed or the date does not exist."""
    try:
        month, day, year = (int(p) for p in stamp.strip().split("-"))
    except ValueError:
        return None
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        return None
    return sum(lengths[:month - 1]) + day
''',
]
