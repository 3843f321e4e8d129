"""Twenty-sixth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C26A: positives keyed by HumanEval item number, items 4, 5, 9, 12, 13, 14,
    18, 20, 28, 40, 50, 52, 57, 93, 97, 104, 110, 116, 122, 137, 138, 146,
    149, 156.
  C_HELDOUT26A: held-out documents, items 59, 67, 83, 95, 103, 151, 155.
  OTHER_C26A: seven C look-alikes with a different rule:
    0. mean absolute deviation measured around the median, not the mean.
    1. between each pair of neighbours insert their sum, not a fixed value.
    2. running spread: max minus min of the prefix seen so far.
    3. decode a cipher whose shift grows with position (letter i moved by i).
    4. lowercase Roman numerals in purely additive form (4 -> iiii, 9 -> viiii).
    5. true when three adjacent entries (a contiguous window) sum to zero.
    6. keep the numbers whose decimal digits are all different, ascending.
"""

C26A = {}
C_HELDOUT26A = {}
OTHER_C26A = []

C26A[4] = r'''Computing the mean absolute deviation in C
==========================================

Standard deviation gets all the attention, but when you want a spread
measure that does not square the outliers into oblivion, the mean absolute
deviation is handy. Take the arithmetic mean, measure how far each sample
sits from it (ignoring the sign), and average those distances. Two passes
over the data and no square root.

```c
#include <math.h>
#include <stddef.h>

/* Average distance of each sample from the arithmetic mean.
 * samples must hold at least one value. */
double avg_abs_spread(const double *samples, size_t count)
{
    double total = 0.0;
    for (size_t i = 0; i < count; i++)
        total += samples[i];
    double centre = total / (double)count;

    double dev = 0.0;
    for (size_t i = 0; i < count; i++)
        dev += fabs(samples[i] - centre);
    return dev / (double)count;
}
```

Quick sanity check: for the readings {2, 4, 4, 4, 5, 5, 7, 9} the mean is 5,
the distances are 3, 1, 1, 1, 0, 0, 2, 4, and their average is 12 / 8 = 1.5.
Remember to link with -lm because of fabs().
'''

C26A[5] = r'''/* arrutil.c - small integer-array helpers used by the report generator */

#include <stdio.h>
#include <stddef.h>

/* Print an array as "[a, b, c]" followed by a newline. */
void arr_print(const int *a, size_t n)
{
    putchar('[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputs(", ", stdout);
        printf("%d", a[i]);
    }
    puts("]");
}

/* Sum of all elements; 0 for an empty array. */
long arr_sum(const int *a, size_t n)
{
    long s = 0;
    while (n--)
        s += *a++;
    return s;
}

/*
 * Copy src into dst, putting `glue` between every two neighbouring
 * elements. dst needs room for 2*n - 1 ints (nothing at all if n == 0).
 * Returns the number of ints written.
 */
size_t arr_join_with(const int *src, size_t n, int glue, int *dst)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            dst[k++] = glue;
        dst[k++] = src[i];
    }
    return k;
}
'''

C26A[9] = r'''You are recomputing the maximum of the whole prefix for every position,
which makes the thing O(n^2). Just carry the best value seen so far while
you walk the array:

```c
#include <stdio.h>

void prefix_peaks(const int *in, int len, int *out)
{
    int best = 0;
    for (int i = 0; i < len; i++) {
        if (i == 0 || in[i] > best)
            best = in[i];
        out[i] = best;
    }
}

int main(void)
{
    int data[] = {3, 1, 4, 1, 5, 9, 2, 6};
    int peaks[8];
    prefix_peaks(data, 8, peaks);
    for (int i = 0; i < 8; i++)
        printf("%d ", peaks[i]);
    putchar('\n');   /* prints: 3 3 4 4 5 9 9 9 */
    return 0;
}
```

Every output slot holds the largest input up to and including that index.
`out` may even alias `in` if you want to do it in place, because `in[i]` is
always read before `out[i]` is written.
'''

C26A[12] = r'''**Review: `widest_label()` in ui/labels.c**

Submitted version:

```c
const char *widest_label(const char **labels, size_t n)
{
    size_t best_len = 0;
    const char *best = labels[0];
    for (size_t i = 0; i < n; i++)
        if (strlen(labels[i]) >= best_len) { best = labels[i]; best_len = strlen(labels[i]); }
    return best;
}
```

Two problems. `labels[0]` is read even when `n == 0`, and because of `>=` a
later label of the same length replaces an earlier one, while the ticket
says the earliest of the longest labels has to win. Minor: `strlen` runs
twice per element. Suggested rewrite:

```c
#include <stddef.h>
#include <string.h>

/* Longest string in labels; the first one if several tie.
 * NULL when the array is empty. */
const char *widest_label(const char **labels, size_t n)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(labels[i]);
        if (best == NULL || len > best_len) {
            best = labels[i];
            best_len = len;
        }
    }
    return best;
}
```

Callers now have to handle NULL, which is what the ticket asked for anyway.
LGTM once that is in.
'''

C26A[13] = r'''CS 102, Lab 4: Euclid's algorithm
---------------------------------

The GCD of a pair of non-negative integers can be found without
factoring either of them. Euclid observed that gcd(x, y) equals
gcd(y, x mod y) and that gcd(x, 0) is just x. Every step makes the second
argument smaller, so the recursion always stops.

Implement `euclid` below and make sure every assert in `main` passes before
you submit.

```c
#include <assert.h>
#include <stdio.h>

unsigned euclid(unsigned x, unsigned y)
{
    if (y == 0)
        return x;
    return euclid(y, x % y);
}

int main(void)
{
    assert(euclid(84, 36) == 12);
    assert(euclid(36, 84) == 12);   /* argument order does not matter */
    assert(euclid(17, 4) == 1);
    assert(euclid(9, 0) == 9);
    puts("all gcd checks passed");
    return 0;
}
```

Extra credit: turn the recursion into a loop and compare the assembly that
gcc produces for both at -O2.
'''

C26A[14] = r'''/* heads.c - every leading piece of a word, shortest first */

#include <stdlib.h>
#include <string.h>

/*
 * Returns a heap array holding the non-empty leading substrings of `word`,
 * ordered by length: entry 0 is the first character alone, the last entry
 * is the whole word. *count receives strlen(word).
 * An empty word yields NULL with *count == 0 (NULL with *count == 0 is also
 * what an allocation failure looks like). Release with free_heads().
 */
char **word_heads(const char *word, size_t *count)
{
    size_t len = strlen(word);
    *count = 0;
    if (len == 0)
        return NULL;

    char **heads = malloc(len * sizeof *heads);
    if (!heads)
        return NULL;

    for (size_t i = 0; i < len; i++) {
        heads[i] = malloc(i + 2);
        if (!heads[i]) {
            while (i--)
                free(heads[i]);
            free(heads);
            return NULL;
        }
        memcpy(heads[i], word, i + 1);
        heads[i][i + 1] = '\0';
    }
    *count = len;
    return heads;
}

void free_heads(char **heads, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(heads[i]);
    free(heads);
}
'''

C26A[18] = r'''The usual strstr() loop jumps past the whole match before searching again,
so it misses matches that overlap. If overlapping hits should count, slide
the window one character at a time instead:

```c
#include <string.h>

/* Number of offsets in `text` where `pat` starts, overlaps included. */
int count_overlapping(const char *text, const char *pat)
{
    size_t n = strlen(text), m = strlen(pat);
    int hits = 0;

    if (m > n)
        return 0;
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(text + i, pat, m) == 0)
            hits++;
    return hits;
}

/*
 * count_overlapping("banana", "ana")  -> 2
 * count_overlapping("ttttt", "tt")    -> 4
 * count_overlapping("", "q")          -> 0
 */
```

It is O(n*m) in the worst case; for long inputs switch to KMP, but for
log lines this is plenty.
'''

C26A[20] = r'''In one dimension the closest-pair problem is much easier than in the plane:
once the values are sorted, the two nearest ones must be neighbours, so a
single scan over adjacent gaps finds them. Sorting a copy keeps the caller's
array untouched.

```c
#include <stdlib.h>
#include <string.h>

struct pair {
    double lo;
    double hi;
};

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* vals needs at least two entries. Result: the two values with the
 * smallest gap between them, smaller one in .lo. */
struct pair nearest_two(const double *vals, size_t n)
{
    double *tmp = malloc(n * sizeof *tmp);
    memcpy(tmp, vals, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, cmp_double);

    struct pair best = { tmp[0], tmp[1] };
    for (size_t i = 2; i < n; i++) {
        if (tmp[i] - tmp[i - 1] < best.hi - best.lo) {
            best.lo = tmp[i - 1];
            best.hi = tmp[i];
        }
    }
    free(tmp);
    return best;
}
```

Duplicates are fine: two equal values have a gap of zero and win outright.
'''

C26A[28] = r'''/* strhelp.c - assorted string helpers */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Strip trailing whitespace in place. */
void rtrim(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
}

/* Paste all strings of `parts` together, in order, into one new heap
 * string. With nparts == 0 the result is "". Caller frees. */
char *glue_all(const char *const *parts, size_t nparts)
{
    size_t total = 0;
    for (size_t i = 0; i < nparts; i++)
        total += strlen(parts[i]);

    char *out = malloc(total + 1);
    if (!out)
        return NULL;

    char *w = out;
    for (size_t i = 0; i < nparts; i++) {
        size_t len = strlen(parts[i]);
        memcpy(w, parts[i], len);
        w += len;
    }
    *w = '\0';
    return out;
}

/* Case-insensitive "does s begin with prefix". */
int starts_with_ci(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (tolower((unsigned char)*s) != tolower((unsigned char)*prefix))
            return 0;
    return 1;
}
'''

C26A[40] = r'''3-sum, the zero-target version, in C: sort a copy, then for each anchor walk
two pointers inward from both ends. O(n^2) instead of the O(n^3) triple loop.

```c
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* true when some three entries at different positions add up to 0 */
bool has_zero_triplet(const int *nums, size_t n)
{
    if (n < 3)
        return false;

    int *v = malloc(n * sizeof *v);
    if (!v)
        return false;
    memcpy(v, nums, n * sizeof *v);
    qsort(v, n, sizeof *v, by_value);

    bool found = false;
    for (size_t i = 0; i + 2 < n && !found; i++) {
        size_t lo = i + 1, hi = n - 1;
        while (lo < hi) {
            long s = (long)v[i] + v[lo] + v[hi];
            if (s == 0) {
                found = true;
                break;
            }
            if (s < 0)
                lo++;
            else
                hi--;
        }
    }
    free(v);
    return found;
}
```

Examples:

    {-4, 1, 8, 3}  -> true   (-4 + 1 + 3)
    {2, 5, 7}      -> false
    {0, 6, 0, 0}   -> true   (three zeros at three different positions)
    {0, 0}         -> false  (fewer than three numbers)
'''

C26A[50] = r'''/*
 * rot5.c - the "move every letter five places" toy cipher from exercise 7.
 * Both routines rewrite the string in place and expect only 'a'..'z'.
 */

#include <stddef.h>

void rot5_encode(char *s)
{
    for (; *s; s++)
        *s = (char)('a' + (*s - 'a' + 5) % 26);
}

/* Reverse of rot5_encode: every letter goes back five places, and the
 * first five letters wrap around to the end of the alphabet.
 * Adding 21 is the same as subtracting 5 modulo 26, and it keeps the
 * intermediate value non-negative so % behaves. */
void rot5_decode(char *s)
{
    for (; *s; s++)
        *s = (char)('a' + (*s - 'a' + 21) % 26);
}
'''

C26A[52] = r'''#include <assert.h>
#include <stdbool.h>
#include <stddef.h>

/* Does every reading stay strictly below the limit? */
bool all_under(const int *readings, size_t n, int limit)
{
    for (size_t i = 0; i < n; i++)
        if (readings[i] >= limit)
            return false;
    return true;
}

int main(void)
{
    int r[] = {3, 7, 2};

    assert(all_under(r, 3, 8));
    assert(!all_under(r, 3, 7));      /* 7 is not below 7 */
    assert(!all_under(r, 3, 0));
    assert(all_under(NULL, 0, -50));  /* nothing to violate the limit */
    return 0;
}
'''

C26A[57] = r'''A sequence is monotone when it never goes up or never goes down; flat steps
are allowed in either case. No need to sort anything or to make two passes:
remember whether you have seen a rise and whether you have seen a fall, and
bail out as soon as both have happened.

```c
#include <stdbool.h>
#include <stddef.h>

bool is_monotone(const int *a, size_t n)
{
    bool rises = false, falls = false;

    for (size_t i = 1; i < n; i++) {
        if (a[i] > a[i - 1])
            rises = true;
        else if (a[i] < a[i - 1])
            falls = true;

        if (rises && falls)
            return false;
    }
    return true;
}
```

Arrays of length 0 or 1 come out as monotone, which is the convention most
people expect.
'''

C26A[93] = r'''/* Toy cipher for the puzzle night handout.
 *
 * Every letter has its case flipped, and after that every vowel is replaced
 * by the letter two places further on in the alphabet (a->c, e->g, i->k,
 * o->q, u->w, same for capitals). Only letters and spaces are expected.
 */

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_vowel(int c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

void scramble_msg(char *msg)
{
    for (char *p = msg; *p; p++) {
        int c = (unsigned char)*p;

        if (islower(c))
            c = toupper(c);
        else if (isupper(c))
            c = tolower(c);

        if (is_vowel(c))
            c += 2;
        *p = (char)c;
    }
}

int main(void)
{
    char a[] = "Hello World";
    char b[] = "quiet";

    scramble_msg(a);
    scramble_msg(b);
    printf("%s\n", a);   /* hGLLQ wQRLD */
    printf("%s\n", b);   /* QWKGT */
    return 0;
}
'''

C26A[97] = r'''/* digits.h - tiny helpers for the checksum module */
#ifndef DIGITS_H
#define DIGITS_H

#include <stdlib.h>

/* Ones-place digit, sign dropped. */
static inline int last_digit(int v)
{
    return abs(v % 10);
}

/* How many decimal digits v has (0 has one). */
static inline int digit_count(int v)
{
    int c = 1;
    while (v /= 10)
        c++;
    return c;
}

/* Multiply the ones digits of the two arguments, ignoring sign. */
static inline int ones_product(int a, int b)
{
    return last_digit(a) * last_digit(b);
}

#endif
'''

C26A[104] = r'''#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

static bool only_odd_digits(unsigned v)
{
    do {
        if (v % 2 == 0)        /* v % 2 is the parity of its last digit */
            return false;
        v /= 10;
    } while (v);
    return true;
}

static int cmp_uint(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

/*
 * Collect the values from `in` that contain no even digit (0, 2, 4, 6, 8
 * anywhere in the number) and store them in `out` in ascending order.
 * `out` needs room for n values. Returns how many were stored.
 *
 *   in = {357, 20, 19, 731, 8}  ->  out = {19, 357, 731}, returns 3
 *   in = {40, 12}               ->  returns 0
 */
size_t odd_digit_values(const unsigned *in, size_t n, unsigned *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (only_odd_digits(in[i]))
            out[k++] = in[i];
    qsort(out, k, sizeof *out, cmp_uint);
    return k;
}
'''

C26A[110] = r'''Puzzle: you have two integer arrays A and B and may swap elements between
them as often as you like. Can A be made to consist of even numbers only?

Nothing about positions matters. Each odd number in A has to leave, and it
can only be replaced by an even number coming from B, so the answer is yes
exactly when B has at least as many even numbers as A has odd ones.

```c
#include <stddef.h>

const char *can_make_even(const int *a, size_t na, const int *b, size_t nb)
{
    size_t odd_in_a = 0, even_in_b = 0;

    for (size_t i = 0; i < na; i++)
        if (a[i] % 2 != 0)
            odd_in_a++;
    for (size_t i = 0; i < nb; i++)
        if (b[i] % 2 == 0)
            even_in_b++;

    return even_in_b >= odd_in_a ? "YES" : "NO";
}
```

Note the `!= 0` test for odd: in C, `-3 % 2` is `-1`, so checking `== 1`
would silently treat negative odd numbers as even.
'''

C26A[116] = r'''/*
 * Order an int array by how many 1 bits each value has, fewest first;
 * values with the same number of 1 bits are ordered numerically.
 * A negative value is ranked by the bits of its magnitude (so -6 counts
 * as 110, two ones), not by its two's complement pattern.
 */

#include <stdlib.h>

static int ones(int v)
{
    unsigned long m = v < 0 ? 0UL - (unsigned long)(long)v : (unsigned long)v;
    int c = 0;
    while (m) {
        c += (int)(m & 1UL);
        m >>= 1;
    }
    return c;
}

static int by_bits_then_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int ba = ones(a), bb = ones(b);

    if (ba != bb)
        return ba - bb;
    return (a > b) - (a < b);
}

void sort_by_bitcount(int *arr, size_t n)
{
    qsort(arr, n, sizeof *arr, by_bits_then_value);
}
'''

C26A[122] = r'''> I want to add up those of the first k entries that have at most two
> digits. Right now I sprintf each one into a buffer and check strlen. Is
> there something less silly?

A range check does the same job. Be careful what "two digits" means for your
data, though: if you were measuring the printed form, the minus sign uses up
one of the two characters, so the accepted range is -9 to 99, not -99 to 99.

```c
#include <stddef.h>

/* Sum of arr[0..k-1] restricted to values that print in at most two
 * characters. */
int sum_short_prefix(const int *arr, size_t k)
{
    int total = 0;
    for (size_t i = 0; i < k; i++)
        if (arr[i] >= -9 && arr[i] <= 99)
            total += arr[i];
    return total;
}
```

With `{5, 120, -7, 88, 1000, 3}` and `k = 5` this gives 5 - 7 + 88 = 86
(the trailing 3 is outside the first five), and with `{-45, 12}`, `k = 2`
it gives 12.
'''

C26A[137] = r'''/*
 * Compare two "numbers" that may arrive as an int, a double or a string,
 * and hand back the larger one exactly as it came in. Strings may use
 * either '.' or ',' as the decimal separator ("2,75" == "2.75").
 * If both sides are numerically equal there is no winner: NULL.
 * (strtod is used in the "C" locale, where '.' is the separator.)
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { K_INT, K_REAL, K_TEXT };

struct value {
    enum kind kind;
    union {
        long i;
        double r;
        const char *text;
    } as;
};

static double numeric(const struct value *v)
{
    char buf[64];

    switch (v->kind) {
    case K_INT:
        return (double)v->as.i;
    case K_REAL:
        return v->as.r;
    default:
        strncpy(buf, v->as.text, sizeof buf - 1);
        buf[sizeof buf - 1] = '\0';
        for (char *p = buf; *p; p++)
            if (*p == ',')
                *p = '.';
        return strtod(buf, NULL);
    }
}

const struct value *bigger_of(const struct value *a, const struct value *b)
{
    double x = numeric(a), y = numeric(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}

static void show(const struct value *v)
{
    if (!v)
        puts("(equal)");
    else if (v->kind == K_INT)
        printf("%ld\n", v->as.i);
    else if (v->kind == K_REAL)
        printf("%g\n", v->as.r);
    else
        printf("\"%s\"\n", v->as.text);
}

int main(void)
{
    struct value seven = { K_INT, { .i = 7 } };
    struct value six_half = { K_REAL, { .r = 6.5 } };
    struct value three = { K_INT, { .i = 3 } };
    struct value txt = { K_TEXT, { .text = "3,5" } };
    struct value ten_txt = { K_TEXT, { .text = "10" } };
    struct value ten = { K_INT, { .i = 10 } };

    show(bigger_of(&seven, &six_half));   /* 7 */
    show(bigger_of(&three, &txt));        /* "3,5" */
    show(bigger_of(&ten_txt, &ten));      /* (equal) */
    return 0;
}
'''

C26A[138] = r'''Which integers can be split into exactly four positive even parts?

Each part is at least 2, so the total is at least 8, and a sum of even
numbers is always even. Conversely, any even n >= 8 works: take 2 + 2 + 2
and let the fourth part be n - 6, which is even and at least 2. So the whole
test collapses to two comparisons.

```c
#include <stdbool.h>

bool splits_into_four_evens(int n)
{
    return n >= 8 && n % 2 == 0;
}
```

If you do not trust the argument, a brute-force cross-check over small n is
cheap:

```c
#include <assert.h>

static bool brute_force(int n)
{
    for (int a = 2; a < n; a += 2)
        for (int b = 2; a + b < n; b += 2)
            for (int c = 2; a + b + c < n; c += 2) {
                int d = n - a - b - c;
                if (d >= 2 && d % 2 == 0)
                    return true;
            }
    return false;
}

void self_test(void)
{
    for (int n = -5; n <= 60; n++)
        assert(brute_force(n) == splits_into_four_evens(n));
}
```
'''

C26A[146] = r'''#include <stddef.h>

/* Most significant decimal digit of a positive value. */
static int leading_digit(int v)
{
    while (v >= 10)
        v /= 10;
    return v;
}

/*
 * How many entries are larger than 10 and both begin and end with an odd
 * digit (1, 3, 5, 7 or 9)? Anything <= 10, negatives included, is skipped.
 *
 *   {31, 57, 12, 9, -99, 701}  ->  3   (31, 57 and 701)
 *   {11}                       ->  1
 *   {10, 8, -31}               ->  0
 */
size_t count_odd_bookends(const int *v, size_t n)
{
    size_t c = 0;

    for (size_t i = 0; i < n; i++) {
        if (v[i] <= 10)
            continue;
        if ((v[i] % 10) % 2 == 1 && leading_digit(v[i]) % 2 == 1)
            c++;
    }
    return c;
}
'''

C26A[149] = r'''/* wordlist.c (excerpt) */

#include <stdlib.h>
#include <string.h>

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
 * Drop every word with an odd number of characters and sort what is left:
 * shorter words first, words of equal length in strcmp order. Duplicates
 * are kept. The surviving pointers are copied into `out` (room for n
 * entries); the return value is how many survived.
 */
size_t even_words_sorted(const char **words, size_t n, const char **out)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (strlen(words[i]) % 2 == 0)
            out[k++] = words[i];

    qsort(out, k, sizeof *out, by_len_then_alpha);
    return k;
}
'''

C26A[156] = r'''Roman numerals, lowercase, for 1..1000. The greedy table approach handles the
subtractive pairs (cm, cd, xc, xl, ix, iv) simply by listing them as if they
were symbols of their own:

```c
#include <stdio.h>
#include <string.h>

static const struct {
    int value;
    const char *glyph;
} numerals[] = {
    {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
    {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
    {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
    {1, "i"},
};

/* n must be in 1..1000. buf needs 16 bytes; the longest result in range
 * is 888 -> "dccclxxxviii" (12 characters). */
char *to_roman_lower(int n, char *buf)
{
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof numerals / sizeof numerals[0]; i++) {
        while (n >= numerals[i].value) {
            strcat(buf, numerals[i].glyph);
            n -= numerals[i].value;
        }
    }
    return buf;
}

int main(void)
{
    char buf[16];
    printf("%s\n", to_roman_lower(38, buf));    /* xxxviii */
    printf("%s\n", to_roman_lower(649, buf));   /* dcxlix */
    printf("%s\n", to_roman_lower(999, buf));   /* cmxcix */
    return 0;
}
```
'''

C_HELDOUT26A[59] = r'''Largest prime factor by trial division. Divide out each factor as soon as it
is found; whatever is left above 1 once d*d passes n is itself prime and is
the biggest factor. If nothing is left, the last divisor found wins.

```c
#include <stdio.h>

/* Largest prime dividing n, for n >= 2. */
unsigned long long top_prime_factor(unsigned long long n)
{
    unsigned long long last = 1;

    for (unsigned long long d = 2; d * d <= n; d++) {
        while (n % d == 0) {
            last = d;
            n /= d;
        }
    }
    return n > 1 ? n : last;
}

int main(void)
{
    printf("%llu\n", top_prime_factor(1001));           /* 13 */
    printf("%llu\n", top_prime_factor(84));             /* 7 */
    printf("%llu\n", top_prime_factor(600851475143ULL)); /* 6857 */
    return 0;
}
```

Runs in O(sqrt(n)) at worst, which is fine for anything that fits in 64 bits
and is not a huge semiprime.
'''

C_HELDOUT26A[67] = r'''/*
 * basket.c
 *
 * A basket holds apples, oranges and mangoes. We get a sentence of the form
 * "<a> apples and <b> oranges" plus the total number of fruits, and have to
 * report the mangoes. Every space-separated token that is made only of
 * digits is taken to be a count; the mangoes are whatever the counts do not
 * account for.
 */

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>

static int all_digits(const char *tok, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!isdigit((unsigned char)tok[i]))
            return 0;
    return 1;
}

long mangoes_left(const char *description, long total)
{
    const char *p = description;
    long counted = 0;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        size_t len = (size_t)(p - start);
        if (len > 0 && all_digits(start, len))
            counted += strtol(start, NULL, 10);
    }
    return total - counted;
}
'''

C_HELDOUT26A[83] = r'''How many n-digit positive integers begin or end with the digit 1?

Count the two groups and remove the overlap. Numbers that begin with 1: the
other n-1 digits are free, 10^(n-1) of them. Numbers that end with 1: the
first digit is 1..9 and the n-2 middle digits are free, 9 * 10^(n-2). Both
at once: 10^(n-2). So for n >= 2 the total is
10^(n-1) + 9*10^(n-2) - 10^(n-2) = 18 * 10^(n-2).
The one-digit case is special because there the first and last digit are
the same digit, and only the number 1 itself qualifies.

```c
unsigned long long one_bookended(unsigned n)
{
    if (n == 1)
        return 1;

    unsigned long long p = 1;
    for (unsigned i = 2; i < n; i++)
        p *= 10;
    return 18 * p;
}
```

The result overflows 64 bits past n = 19, so clamp n before calling if that
can happen.
'''

C_HELDOUT26A[95] = r'''/*
 * Config keys are either all-lowercase ("host", "port") or all-uppercase
 * ("HOST", "PORT") in a valid section; a section mixing the two, using
 * Title Case, or containing a numeric key is rejected. An empty section is
 * rejected too.
 *
 * "Lowercase" follows the usual str.islower() idea: at least one letter and
 * no uppercase letter; digits and punctuation are ignored. Uppercase is the
 * mirror image.
 */

#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>

struct key {
    bool is_text;
    const char *text;   /* valid when is_text */
    long number;        /* valid otherwise */
};

static bool cased_only(const char *s, bool want_upper)
{
    bool saw_letter = false;

    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isupper(c)) {
            if (!want_upper)
                return false;
            saw_letter = true;
        } else if (islower(c)) {
            if (want_upper)
                return false;
            saw_letter = true;
        }
    }
    return saw_letter;
}

bool keys_same_case(const struct key *keys, size_t n)
{
    bool all_upper = true, all_lower = true;

    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!keys[i].is_text)
            return false;
        if (!cased_only(keys[i].text, true))
            all_upper = false;
        if (!cased_only(keys[i].text, false))
            all_lower = false;
        if (!all_upper && !all_lower)
            return false;
    }
    return true;
}

/*
 *   {"host", "port"}      -> true
 *   {"HOST", "PORT_2"}    -> true
 *   {"Host", "port"}      -> false
 *   {"id", 42}            -> false
 *   {}                    -> false
 */
'''

C_HELDOUT26A[103] = r'''/*
 * Average of all integers from lo to hi inclusive, rounded to the nearest
 * integer with exact halves going to the even neighbour (banker's rounding,
 * the same thing Python's round() does), then written in binary with a
 * "0b" prefix.
 *
 * The average of a run of consecutive integers is just (lo + hi) / 2, so
 * there is no need to add them all up: the only rounding case is when
 * lo + hi is odd and the average ends in .5.
 *
 *   (3, 8)   -> 5.5 -> 6  -> "0b110"
 *   (4, 9)   -> 6.5 -> 6  -> "0b110"
 *   (12, 12) -> 12        -> "0b1100"
 *   (9, 2)   -> -1 (empty range)
 */

#include <stddef.h>

int mean_range_binary(long lo, long hi, char *buf, size_t bufsz)
{
    if (lo > hi)
        return -1;

    long long s = (long long)lo + hi;
    unsigned long long q = (unsigned long long)(s / 2);
    if (s % 2 != 0 && q % 2 != 0)
        q++;                      /* tie: round half to even */

    char digits[72];
    size_t nd = 0;
    do {
        digits[nd++] = (char)('0' + (q & 1));
        q >>= 1;
    } while (q);

    if (bufsz < nd + 3)
        return -2;                /* buffer too small */
    buf[0] = '0';
    buf[1] = 'b';
    for (size_t i = 0; i < nd; i++)
        buf[2 + i] = digits[nd - 1 - i];
    buf[2 + nd] = '\0';
    return 0;
}
'''

C_HELDOUT26A[151] = r'''#include <math.h>
#include <stddef.h>

/*
 * Add up the squares of the entries that are odd, positive whole numbers.
 * Negative values, zero, even values and anything with a fractional part
 * contribute nothing; an empty array gives 0.
 */
long long odd_square_total(const double *xs, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        double x = xs[i];
        if (x <= 0.0 || x != floor(x))
            continue;
        if (fmod(x, 2.0) != 1.0)
            continue;
        total += (long long)x * (long long)x;
    }
    return total;
}
'''

C_HELDOUT26A[155] = r'''Counting even and odd digits of an integer. Work on the magnitude so the
sign does not matter, and use do/while so that 0 is counted as one even
digit instead of no digits at all.

```c
#include <stdio.h>

void digit_parity(long num, int *evens, int *odds)
{
    unsigned long v = num < 0 ? 0UL - (unsigned long)num : (unsigned long)num;

    *evens = 0;
    *odds = 0;
    do {
        if ((v % 10) % 2 == 0)
            ++*evens;
        else
            ++*odds;
        v /= 10;
    } while (v);
}

int main(void)
{
    long tests[] = {-9080, 0, 13579};
    for (int i = 0; i < 3; i++) {
        int e, o;
        digit_parity(tests[i], &e, &o);
        printf("%ld: %d even, %d odd\n", tests[i], e, o);
    }
    /* -9080: 3 even, 1 odd
       0: 1 even, 0 odd
       13579: 0 even, 5 odd */
    return 0;
}
```
'''

OTHER_C26A.append(r'''Mean absolute deviation about the median
----------------------------------------

The mean absolute deviation is usually taken around the mean, but measuring
it around the median makes it less sensitive to a single wild sample (and
the median is the point that minimises the average absolute distance). The
median of an even-sized sample is the midpoint of the two middle values.

```c
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* n >= 1. Returns -1.0 if the scratch copy cannot be allocated. */
double mad_about_median(const double *xs, size_t n)
{
    double *s = malloc(n * sizeof *s);
    if (!s)
        return -1.0;
    memcpy(s, xs, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_d);

    double med = (n % 2) ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    free(s);

    double acc = 0.0;
    for (size_t i = 0; i < n; i++)
        acc += fabs(xs[i] - med);
    return acc / (double)n;
}
```

For {1, 2, 3, 10} the median is 2.5, the distances are 1.5, 0.5, 0.5 and
7.5, so the result is 10 / 4 = 2.5 (around the mean, 4, it would be 3).
''')

OTHER_C26A.append(r'''/* seq.c - sequence transforms for the plotting demo */

#include <stddef.h>

/*
 * Copy src to dst and, between every two neighbours, insert their sum, so
 * the output alternates original values and pairwise sums.
 * dst must hold 2*n - 1 values (zero if n == 0). Returns the count written.
 */
size_t weave_sums(const long *src, size_t n, long *dst)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            dst[k++] = src[i - 1] + src[i];
        dst[k++] = src[i];
    }
    return k;
}

/* Reverse an array in place. */
void reverse_longs(long *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        long t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}
''')

OTHER_C26A.append(r'''Running spread of a series: for every position, how far apart the biggest
and the smallest value seen so far are. Useful as a cheap "has this sensor
started to drift" signal. Track both extremes in one pass:

```c
#include <stdio.h>

void running_spread(const int *in, int len, int *out)
{
    int lo = 0, hi = 0;

    for (int i = 0; i < len; i++) {
        if (i == 0 || in[i] < lo)
            lo = in[i];
        if (i == 0 || in[i] > hi)
            hi = in[i];
        out[i] = hi - lo;
    }
}

int main(void)
{
    int xs[] = {4, 2, 7, 5};
    int sp[4];

    running_spread(xs, 4, sp);
    for (int i = 0; i < 4; i++)
        printf("%d ", sp[i]);
    putchar('\n');    /* 0 2 5 5 */
    return 0;
}
```

The first slot is always 0, since one sample has no spread.
''')

OTHER_C26A.append(r'''/*
 * stagger.c - decoder for the "staggered shift" cipher used in the escape
 * room clues. While encoding, the letter at index 0 stays as it is, the
 * letter at index 1 moves one place forward, index 2 moves two places, and
 * so on (wrapping after 'z', and the offset itself wraps every 26 letters).
 * Decoding walks each letter back by its own index. Lowercase a-z only.
 */

#include <stddef.h>

void stagger_decode(char *s)
{
    for (size_t i = 0; s[i]; i++) {
        int back = (int)(i % 26);
        s[i] = (char)('a' + (s[i] - 'a' + 26 - back) % 26);
    }
}

void stagger_encode(char *s)
{
    for (size_t i = 0; s[i]; i++)
        s[i] = (char)('a' + (s[i] - 'a' + (int)(i % 26)) % 26);
}
''')

OTHER_C26A.append(r'''Old-style Roman numerals
------------------------

Before the subtractive forms (iv, ix, xl...) became standard, Roman numerals
were often written purely additively: 4 was iiii, 9 was viiii, 40 was xxxx
and 900 was dcccc. Clock faces still show IIII. Writing them that way is just
the greedy algorithm with the subtractive pairs removed from the table.

```c
#include <stdio.h>
#include <string.h>

static const int vals[] = {1000, 500, 100, 50, 10, 5, 1};
static const char syms[] = "mdclxvi";

/* 1 <= n <= 1000; buf needs 16 bytes (999 -> dcccclxxxxviiii is the longest). */
char *additive_roman(int n, char *buf)
{
    size_t k = 0;
    for (int i = 0; i < 7; i++)
        while (n >= vals[i]) {
            buf[k++] = syms[i];
            n -= vals[i];
        }
    buf[k] = '\0';
    return buf;
}

int main(void)
{
    char b[16];
    printf("%s\n", additive_roman(4, b));    /* iiii */
    printf("%s\n", additive_roman(49, b));   /* xxxxviiii */
    printf("%s\n", additive_roman(994, b));  /* dcccclxxxxiiii */
    return 0;
}
```
''')

OTHER_C26A.append(r'''Sliding-window check: is there any run of three neighbouring entries whose
sum is zero? Unlike the general three-sum problem, the three values must sit
next to each other, so one pass with a window of width three is enough.

```c
#include <stdbool.h>
#include <stddef.h>

bool zero_window_of_three(const int *a, size_t n)
{
    if (n < 3)
        return false;

    long s = (long)a[0] + a[1] + a[2];
    if (s == 0)
        return true;
    for (size_t i = 3; i < n; i++) {
        s += a[i] - (long)a[i - 3];
        if (s == 0)
            return true;
    }
    return false;
}
```

The running sum is updated in O(1) per step: add the entry entering the
window, subtract the one leaving it.
''')

OTHER_C26A.append(r'''#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

/* true when no decimal digit occurs twice in v */
static bool digits_all_different(unsigned v)
{
    unsigned seen = 0;   /* bit d set once digit d has appeared */

    do {
        unsigned bit = 1u << (v % 10);
        if (seen & bit)
            return false;
        seen |= bit;
        v /= 10;
    } while (v);
    return true;
}

static int ascending(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

/*
 * Keep the numbers whose digits never repeat (7, 90, 345 qualify; 112 and
 * 1231 do not) and return them sorted from smallest to largest in `out`,
 * which must have room for n entries. Returns the number kept.
 */
size_t no_repeat_digits(const unsigned *in, size_t n, unsigned *out)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (digits_all_different(in[i]))
            out[k++] = in[i];
    qsort(out, k, sizeof *out, ascending);
    return k;
}
''')
