"""Twenty-eighth batch of hand-written documents, C (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C28B: positives keyed by HumanEval item number, items 5, 17, 18, 21, 22, 24, 32, 53, 58, 69, 70, 73, 82, 92, 96, 109, 112, 129, 133, 137, 138, 141, 152, 161.
  C_HELDOUT28B: held-out documents, items 27, 39, 67, 79, 95, 115, 155.
  OTHER_C28B: seven C look-alikes with a different rule:
    0. fence-post layout: the separator goes before the first element, between neighbours and after the last (2n+1 outputs).
    1. true if the int array can be put in ascending order by at most one swap of two (not necessarily adjacent) elements.
    2. truncate each real toward zero, cube it (sign kept), and return the sum of the cubes.
    3. username validator: 3-16 chars, only letters/digits/underscore, starts with a letter, no trailing or doubled underscore.
    4. reverse only the letters of a string, leaving every non-letter at its original index.
    5. prediction-league points per fixture: 3 for an exact score, 1 if off by exactly one, else 0; returns the total.
    6. list the lower members p < limit of twin-prime pairs (p and p+2 both prime).
"""

C28B = {}
C_HELDOUT28B = {}
OTHER_C28B = []

C28B[5] = r'''/*
 * weave.c -- put a separator value between neighbouring array entries.
 *
 * For n input values the output holds 2n-1 values (nothing at all when n
 * is 0): the originals in their original order, with `sep` placed between
 * every adjacent pair. The caller owns `out`, which needs room for 2n-1 ints.
 * Returns the number of ints written.
 */
#include <stdio.h>
#include <stddef.h>

size_t weave_separator(const int *in, size_t n, int sep, int *out)
{
    size_t w = 0;

    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            out[w++] = sep;
        out[w++] = in[i];
    }
    return w;
}

static void show(const int *v, size_t n)
{
    putchar('[');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", v[i]);
    puts("]");
}

int main(void)
{
    int buf[16];
    size_t m;

    int a[] = {9, 7, 5, 3};
    m = weave_separator(a, 4, 0, buf);
    show(buf, m);                      /* [9, 0, 7, 0, 5, 0, 3] */

    int one[] = {42};
    m = weave_separator(one, 1, -1, buf);
    show(buf, m);                      /* [42] */

    m = weave_separator(NULL, 0, 8, buf);
    show(buf, m);                      /* [] */
    return 0;
}
'''

C28B[17] = r'''You don't need a regex (or a hand-rolled state machine) for this. The notes are
separated by spaces and there are only three symbols, so `strtok` plus a few
`strcmp` calls is plenty. Work on a copy, since `strtok` writes into its
argument:

```c
#include <string.h>

/* "o" = whole note (4 beats), "o|" = half note (2), ".|" = quarter note (1) */
static int beats_for(const char *tok)
{
    if (strcmp(tok, "o") == 0)  return 4;
    if (strcmp(tok, "o|") == 0) return 2;
    if (strcmp(tok, ".|") == 0) return 1;
    return -1;                          /* not a note we know */
}

/* Fills durations[] with one beat count per note and returns how many notes
 * were stored (never more than max), or -1 on an unknown symbol. */
int score_to_beats(const char *score, int *durations, int max)
{
    char copy[1024];
    int count = 0;

    strncpy(copy, score, sizeof copy - 1);
    copy[sizeof copy - 1] = '\0';

    for (char *tok = strtok(copy, " "); tok != NULL; tok = strtok(NULL, " ")) {
        int b = beats_for(tok);
        if (b < 0)
            return -1;
        if (count < max)
            durations[count++] = b;
    }
    return count;
}
```

Runs of several spaces don't produce empty tokens with `strtok`, so you get
the same result as a split-and-drop-empties in Python. If your scores can be
longer than a kilobyte, `malloc` the copy instead of using the stack buffer.
'''

C28B[18] = r'''/* Lab 4, exercise 3.
 * Count every position at which `pat` occurs inside `text`. Matches may
 * overlap: "ana" is found twice in "banana". */
#include <assert.h>
#include <string.h>

int count_overlapping(const char *text, const char *pat)
{
    size_t n = strlen(text);
    size_t m = strlen(pat);
    int hits = 0;

    if (m > n)
        return 0;
    for (size_t i = 0; i + m <= n; i++)
        if (strncmp(text + i, pat, m) == 0)
            hits++;
    return hits;
}

int main(void)
{
    assert(count_overlapping("banana", "ana") == 2);
    assert(count_overlapping("abababa", "aba") == 3);
    assert(count_overlapping("zzzzz", "zzz") == 3);
    assert(count_overlapping("xyz", "q") == 0);
    assert(count_overlapping("", "z") == 0);
    return 0;
}
'''

C28B[21] = r'''#include <stddef.h>

/*
 * Min-max normalisation, in place.
 *
 * Maps the samples linearly onto [0, 1]: the smallest sample ends up as
 * exactly 0.0 and the largest as exactly 1.0, everything else in between
 * keeps its relative position. Requires count >= 2 and at least two
 * different values, otherwise the span is zero.
 */
void minmax_normalize(double *samples, size_t count)
{
    double lo = samples[0];
    double hi = samples[0];

    for (size_t i = 1; i < count; i++) {
        if (samples[i] < lo)
            lo = samples[i];
        if (samples[i] > hi)
            hi = samples[i];
    }

    const double span = hi - lo;
    for (size_t i = 0; i < count; i++)
        samples[i] = (samples[i] - lo) / span;
}
'''

C28B[22] = r'''/*
 * A tiny "dynamic value" type -- the kind of thing you end up writing when you
 * port a data structure from a scripting language to C -- and a filter that
 * keeps only the entries that are integers, dropping strings, floats, lists,
 * maps and nulls.
 */
#include <stdio.h>
#include <stddef.h>

typedef enum { V_INT, V_FLOAT, V_STRING, V_LIST, V_MAP, V_NULL } vkind;

typedef struct {
    vkind kind;
    union {
        long        i;
        double      f;
        const char *s;
        void       *ptr;   /* list / map payloads, unused here */
    } as;
} value;

/* Copies the integer payloads of vals[0..n-1], in order, into ints[] and
 * returns how many there were. ints[] must have room for n longs. */
size_t keep_integers(const value *vals, size_t n, long *ints)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (vals[i].kind == V_INT)
            ints[k++] = vals[i].as.i;
    return k;
}

int main(void)
{
    value mixed[] = {
        { V_STRING, { .s = "seven" } },
        { V_INT,    { .i = 7 } },
        { V_FLOAT,  { .f = 2.5 } },
        { V_NULL,   { .ptr = NULL } },
        { V_INT,    { .i = -12 } },
        { V_LIST,   { .ptr = NULL } },
        { V_INT,    { .i = 0 } },
    };
    long out[7];
    size_t k = keep_integers(mixed, 7, out);

    for (size_t i = 0; i < k; i++)
        printf("%ld ", out[i]);         /* 7 -12 0 */
    putchar('\n');
    return 0;
}
'''

C28B[24] = r'''> **Review comment on `divisors.c`, line 41**
>
> The loop counts down from `n - 1` and tries every candidate, which is O(n)
> and really slow for big primes. The largest divisor below `n` is always `n`
> divided by its *smallest* factor above 1, and that factor is at most
> `sqrt(n)` unless `n` is prime. Suggest replacing it with:

```c
/* Largest d < n with n % d == 0, for n >= 2. Gives 1 for primes. */
unsigned long biggest_proper_divisor(unsigned long n)
{
    for (unsigned long f = 2; f * f <= n; f++) {
        if (n % f == 0)
            return n / f;
    }
    return 1;
}
```

> Same results, but it does at most about sqrt(n) iterations.
'''

C28B[32] = r'''/*
 * bisect_poly.c
 *
 * Finds one real root of a polynomial
 *
 *     p(x) = c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1)
 *
 * by bisection. The coefficient count n must be even, so the degree is odd,
 * and the top coefficient must be non-zero; then p changes sign somewhere
 * and a root is guaranteed to exist. If there are several roots, whichever
 * one the bracketing lands on is returned.
 */
#include <stdio.h>

static double poly_at(const double *c, int n, double x)
{
    double acc = 0.0;

    for (int i = n - 1; i >= 0; i--)   /* Horner's rule */
        acc = acc * x + c[i];
    return acc;
}

double poly_root(const double *c, int n)
{
    double lo = -1.0, hi = 1.0;

    /* grow the interval symmetrically until the ends have opposite signs */
    while (poly_at(c, n, lo) * poly_at(c, n, hi) > 0) {
        lo *= 2.0;
        hi *= 2.0;
    }

    /* then halve it until it is tiny */
    while (hi - lo > 1e-10) {
        double mid = (lo + hi) / 2.0;
        if (poly_at(c, n, mid) * poly_at(c, n, lo) > 0)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int main(void)
{
    double lin[] = {3.0, -1.5};              /* 3 - 1.5x      -> root 2   */
    double cub[] = {-8.0, 0.0, 0.0, 1.0};    /* x^3 - 8       -> root 2   */
    double neg[] = {-27.0, 0.0, 0.0, -1.0};  /* -x^3 - 27     -> root -3  */

    printf("%.4f\n", poly_root(lin, 2));
    printf("%.4f\n", poly_root(cub, 4));
    printf("%.4f\n", poly_root(neg, 4));
    return 0;
}
'''

C28B[53] = r'''/* intops.c -- small integer helpers for the little expression evaluator.
 * Nothing clever in here; these exist so the dispatch table in eval.c can
 * hold plain function pointers. */

#include "intops.h"

int op_plus(int lhs, int rhs)
{
    return lhs + rhs;
}

int op_minus(int lhs, int rhs)
{
    return lhs - rhs;
}

int op_larger(int lhs, int rhs)
{
    return lhs > rhs ? lhs : rhs;
}

int op_clamp(int v, int lo, int hi)
{
    if (v < lo) return lo;
    if (v > hi) return hi;
    return v;
}
'''

C28B[58] = r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

/*
 * Writes every value that occurs in both a[] and b[] into out[], each value
 * once, in ascending order. out[] must hold at least min(na, nb) ints.
 * Returns the number of values written.
 *
 * Both inputs are copied and sorted, then walked in step like a merge.
 */
size_t shared_values(const int *a, size_t na, const int *b, size_t nb, int *out)
{
    size_t i = 0, j = 0, k = 0;

    if (na == 0 || nb == 0)
        return 0;

    int *sa = malloc(na * sizeof *sa);
    int *sb = malloc(nb * sizeof *sb);
    memcpy(sa, a, na * sizeof *sa);
    memcpy(sb, b, nb * sizeof *sb);
    qsort(sa, na, sizeof *sa, by_value);
    qsort(sb, nb, sizeof *sb, by_value);

    while (i < na && j < nb) {
        if (sa[i] < sb[j]) {
            i++;
        } else if (sa[i] > sb[j]) {
            j++;
        } else {
            if (k == 0 || out[k - 1] != sa[i])
                out[k++] = sa[i];
            i++;
            j++;
        }
    }

    free(sa);
    free(sb);
    return k;
}

int main(void)
{
    int x[] = {10, 3, 7, 3, 42, -1};
    int y[] = {42, 8, 3, 3, 0, -1, 99};
    int res[6];
    size_t n = shared_values(x, 6, y, 7, res);

    /* expected output: -1 3 42 */
    for (size_t i = 0; i < n; i++)
        printf("%d ", res[i]);
    putchar('\n');
    return 0;
}
'''

C28B[69] = r'''/*
 * Puzzle from this week's practice set:
 *
 *   You get a non-empty array of positive integers. Find the biggest value x
 *   such that x occurs in the array at least x times. Print -1 if no value
 *   qualifies.
 *
 *   {3, 3, 3, 1, 5}        -> 3   (3 appears three times, 5 only once)
 *   {1, 1, 2, 2, 2, 4}     -> 2
 *   {2, 7, 7}              -> -1
 *
 * Counting sort style: one pass to count, one pass down from the maximum.
 */
#include <stdio.h>
#include <stdlib.h>

int largest_self_counted(const int *v, int n)
{
    int top = 0;
    for (int i = 0; i < n; i++)
        if (v[i] > top)
            top = v[i];

    int *tally = calloc((size_t)top + 1, sizeof *tally);
    for (int i = 0; i < n; i++)
        tally[v[i]]++;

    int answer = -1;
    for (int x = top; x >= 1; x--) {
        if (tally[x] >= x) {
            answer = x;
            break;
        }
    }
    free(tally);
    return answer;
}

int main(void)
{
    int a[] = {3, 3, 3, 1, 5};
    int b[] = {1, 1, 2, 2, 2, 4};
    int c[] = {2, 7, 7};

    printf("%d %d %d\n",
           largest_self_counted(a, 5),
           largest_self_counted(b, 6),
           largest_self_counted(c, 3));
    return 0;
}
'''

C28B[70] = r'''Here's how I'd do the "zig-zag" ordering in C: the output should go smallest,
largest, second smallest, second largest, and so on until everything is used.
Instead of repeatedly scanning for the min and max (quadratic), sort once and
then walk two indices towards each other, alternating which end you take from.

```c
#include <stdlib.h>
#include <string.h>

static int asc(const void *p, const void *q)
{
    int a = *(const int *)p, b = *(const int *)q;
    return (a > b) - (a < b);
}

/* dst must have room for n ints; src is left untouched. */
void zigzag_order(const int *src, size_t n, int *dst)
{
    if (n == 0)
        return;

    int *tmp = malloc(n * sizeof *tmp);
    memcpy(tmp, src, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, asc);

    size_t lo = 0, hi = n - 1, k = 0;
    int take_low = 1;
    while (k < n) {
        if (take_low)
            dst[k++] = tmp[lo++];
        else
            dst[k++] = tmp[hi--];
        take_low = !take_low;
    }
    free(tmp);
}
```

Duplicates need no special handling: equal values just come out next to each
other wherever they fall in the pattern.
'''

C28B[73] = r'''// Minimum edits to turn an array into a palindrome.
//
// One edit = overwrite one element with any value you like. Mirror positions
// i and n-1-i must end up equal, and a mismatched pair can always be fixed by
// a single edit (copy one side onto the other), so the answer is simply the
// number of mismatched mirror pairs.
//
// Input format:  n, then n integers.
//   sample in:   6
//                1 2 3 3 9 1
//   sample out:  1
//
//   sample in:   5
//                4 8 15 16 23
//   sample out:  2
#include <stdio.h>
#include <stdlib.h>

static int edits_to_mirror(const int *a, int n)
{
    int edits = 0;
    for (int i = 0, j = n - 1; i < j; i++, j--)
        if (a[i] != a[j])
            edits++;
    return edits;
}

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1 || n < 0)
        return 1;

    int *a = malloc((n > 0 ? n : 1) * sizeof *a);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1)
            return 1;

    printf("%d\n", edits_to_mirror(a, n));
    free(a);
    return 0;
}
'''

C28B[82] = r'''#include <stdbool.h>
#include <string.h>

/* Trial division is fine here, string lengths are small. */
static bool is_prime_size(size_t k)
{
    if (k < 2)
        return false;
    for (size_t d = 2; d * d <= k; d++)
        if (k % d == 0)
            return false;
    return true;
}

/* True when the number of characters in `word` (not counting the
 * terminating NUL) is a prime number; empty and one-char strings are not. */
bool strlen_is_prime(const char *word)
{
    return is_prime_size(strlen(word));
}
'''

C28B[92] = r'''/*
 * sum_of_other_two.c
 *
 * Three numbers come in, each either an integer or a floating-point value
 * (the kind is tracked explicitly, so 4.0 stored as a real is NOT an
 * integer). Answer true only if all three are integers and one of them is
 * the sum of the remaining two.
 *
 *   (10, 4, 6)     -> true     10 = 4 + 6
 *   (-1, 5, 4)     -> true      4 = -1 + 5
 *   (1, 1, 1)      -> false
 *   (2.0r, 1, 1)   -> false     2.0 is a real, not an integer
 *   (0.5r, 0.5r, 1)-> false
 */
#include <stdbool.h>
#include <stdio.h>

typedef struct {
    enum { NUM_INT, NUM_REAL } kind;
    union { long long i; double r; } u;
} number;

static number I(long long v) { number n; n.kind = NUM_INT;  n.u.i = v; return n; }
static number R(double v)    { number n; n.kind = NUM_REAL; n.u.r = v; return n; }

bool one_is_sum_of_others(number a, number b, number c)
{
    if (a.kind != NUM_INT || b.kind != NUM_INT || c.kind != NUM_INT)
        return false;

    long long x = a.u.i, y = b.u.i, z = c.u.i;
    return x + y == z || x + z == y || y + z == x;
}

int main(void)
{
    printf("%d\n", one_is_sum_of_others(I(10), I(4), I(6)));      /* 1 */
    printf("%d\n", one_is_sum_of_others(I(-1), I(5), I(4)));      /* 1 */
    printf("%d\n", one_is_sum_of_others(I(1), I(1), I(1)));       /* 0 */
    printf("%d\n", one_is_sum_of_others(R(2.0), I(1), I(1)));     /* 0 */
    printf("%d\n", one_is_sum_of_others(R(0.5), R(0.5), I(1)));   /* 0 */
    return 0;
}
'''

C28B[96] = r'''#include <stdlib.h>
#include <string.h>

/*
 * Collects every prime p with 2 <= p < limit into primes[], smallest first,
 * and returns how many there are. limit may be 0 or 1, in which case
 * nothing is written. primes[] needs room for roughly limit/2 + 1 entries
 * (limit entries is always enough).
 *
 * Sieve of Eratosthenes over [0, limit).
 */
size_t primes_below(unsigned limit, unsigned *primes)
{
    size_t found = 0;

    if (limit < 3)
        return 0;

    unsigned char *composite = calloc(limit, 1);
    for (unsigned i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        primes[found++] = i;
        for (unsigned long long m = (unsigned long long)i * i; m < limit; m += i)
            composite[m] = 1;
    }
    free(composite);
    return found;
}
'''

C28B[109] = r'''## Can a rotation sort it?

A question that comes up in interviews: you may take the last element of an
array and move it to the front, as many times as you like (a right rotation).
Can you end up with the array in ascending order? All values are distinct,
and an empty array counts as already sorted.

You don't have to simulate the rotations. Walk around the array *circularly*
and count the "drops", i.e. positions where an element is bigger than the one
after it (with the last element followed by the first). A sorted array, seen
as a circle, has exactly one drop (from the maximum back to the minimum), and
rotating it never changes the number of drops. So the answer is yes exactly
when there is at most one drop; zero drops only happens for 0 or 1 elements.

```c
#include <stdbool.h>
#include <stddef.h>

bool sortable_by_rotation(const int *a, size_t n)
{
    size_t drops = 0;

    for (size_t i = 0; i < n; i++) {
        size_t next = (i + 1) % n;
        if (a[i] > a[next])
            drops++;
        if (drops > 1)
            return false;
    }
    return true;
}
```

One pass, no extra memory.
'''

C28B[112] = r'''/*
 * strip_and_check.c
 *
 * Remove from `text` every character that appears anywhere in `banned`,
 * then report whether what is left reads the same in both directions.
 * The stripped string is returned through the struct as well (it lives in
 * a caller-supplied buffer of at least strlen(text) + 1 bytes).
 *
 *   text "racecars", banned "s"    -> "racecar", palindrome
 *   text "lemon",    banned "xyz"  -> "lemon",   not a palindrome
 *   text "xaxbxax",  banned "x"    -> "aba",     palindrome
 *   text "qq",       banned "q"    -> "",        palindrome (empty)
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

struct strip_result {
    char *kept;          /* points into the caller's buffer */
    bool  palindrome;
};

struct strip_result strip_and_check(const char *text, const char *banned, char *buf)
{
    struct strip_result r;
    size_t len = 0;

    for (const char *p = text; *p; p++)
        if (strchr(banned, *p) == NULL)
            buf[len++] = *p;
    buf[len] = '\0';

    r.kept = buf;
    r.palindrome = true;
    for (size_t i = 0; i < len / 2; i++) {
        if (buf[i] != buf[len - 1 - i]) {
            r.palindrome = false;
            break;
        }
    }
    return r;
}

int main(void)
{
    const char *cases[][2] = {
        {"racecars", "s"}, {"lemon", "xyz"}, {"xaxbxax", "x"}, {"qq", "q"},
    };
    char buf[64];

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct strip_result r = strip_and_check(cases[i][0], cases[i][1], buf);
        printf("\"%s\" %s\n", r.kept, r.palindrome ? "yes" : "no");
    }
    return 0;
}
'''

C28B[129] = r'''/*
 * Lexicographically smallest walk of k cells on an N x N board.
 *
 * The board holds each of 1..N*N exactly once. A walk starts on any cell and
 * each step goes to an edge-adjacent cell (revisiting is allowed); walks are
 * compared by their sequence of cell values, dictionary style.
 *
 * Why the answer is so simple: the first value should be as small as
 * possible, so the walk starts on the 1. The second value is then the
 * smallest neighbour of the 1, call it m. From m we can always step back
 * onto the 1, and nothing beats 1, so the walk just bounces: 1, m, 1, m, ...
 *
 * grid is row-major (grid[r * n + c]), n >= 2; path receives k values.
 */
void smallest_walk(const int *grid, int n, int k, int *path)
{
    int best_neighbour = n * n + 1;

    for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
            if (grid[r * n + c] != 1)
                continue;
            if (r > 0     && grid[(r - 1) * n + c] < best_neighbour)
                best_neighbour = grid[(r - 1) * n + c];
            if (r < n - 1 && grid[(r + 1) * n + c] < best_neighbour)
                best_neighbour = grid[(r + 1) * n + c];
            if (c > 0     && grid[r * n + c - 1] < best_neighbour)
                best_neighbour = grid[r * n + c - 1];
            if (c < n - 1 && grid[r * n + c + 1] < best_neighbour)
                best_neighbour = grid[r * n + c + 1];
        }
    }

    for (int i = 0; i < k; i++)
        path[i] = (i % 2 == 0) ? 1 : best_neighbour;
}
'''

C28B[133] = r'''#include <math.h>
#include <stddef.h>

/*
 * Round every element up to the next whole number (ceil, so -2.4 becomes -2
 * and 3.0 stays 3), square it, and add the squares up.
 */
long long sum_ceil_squares(const double *xs, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        long long up = (long long)ceil(xs[i]);
        total += up * up;
    }
    return total;
}
'''

C28B[137] = r'''/*
 * mixed_max.c -- pick the larger of two "numbers" that may arrive as an int,
 * a double, or as text. Text may use either '.' or ',' as the decimal mark
 * (so "7,25" and "7.25" mean the same thing). The winner is handed back
 * untouched, in whatever form it came in, so callers that got a string keep
 * their string. When both sides are numerically equal there is no winner
 * and NULL comes back.
 */
#include <stdlib.h>
#include <string.h>

typedef enum { MX_INT, MX_REAL, MX_TEXT } mx_kind;

typedef struct {
    mx_kind kind;
    union {
        long        i;
        double      d;
        const char *text;
    } v;
} mixed;

static double numeric_value(const mixed *m)
{
    switch (m->kind) {
    case MX_INT:
        return (double)m->v.i;
    case MX_REAL:
        return m->v.d;
    case MX_TEXT: {
        char tmp[128];
        size_t i;
        for (i = 0; m->v.text[i] != '\0' && i < sizeof tmp - 1; i++)
            tmp[i] = (m->v.text[i] == ',') ? '.' : m->v.text[i];
        tmp[i] = '\0';
        return strtod(tmp, NULL);
    }
    }
    return 0.0;
}

/* Returns a or b, whichever is numerically bigger; NULL on a tie. */
const mixed *mixed_larger(const mixed *a, const mixed *b)
{
    double x = numeric_value(a);
    double y = numeric_value(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}
'''

C28B[138] = r'''#include <stdbool.h>

/*
 * Can n be split into exactly four positive even summands?
 *
 * Each summand is at least 2, so the smallest possible total is 2+2+2+2 = 8,
 * and a sum of even numbers is always even. Conversely any even n >= 8 works:
 * take 2 + 2 + 2 + (n - 6). So the test boils down to parity and a lower
 * bound.
 */
bool splits_into_four_evens(int n)
{
    return n >= 8 && n % 2 == 0;
}
'''

C28B[141] = r'''/*
 * upload_name_ok() -- sanity check for names of files users attach.
 *
 * Accepted names look like "<stem>.<ext>" where
 *   - there is exactly one '.' in the whole name,
 *   - the stem is non-empty and begins with an ASCII letter,
 *   - the extension is exactly "txt", "exe" or "dll",
 *   - the name contains at most three decimal digits in total.
 *
 * Returns the string "Yes" or "No" (the legacy caller prints it as is).
 *
 *   upload_name_ok("notes.txt")      -> "Yes"
 *   upload_name_ok("a1b2c3.dll")     -> "Yes"   three digits is still fine
 *   upload_name_ok("a1b2c3d4.dll")   -> "No"    four digits
 *   upload_name_ok("9lives.exe")     -> "No"    stem starts with a digit
 *   upload_name_ok("report.pdf")     -> "No"    extension not allowed
 *   upload_name_ok("archive.tar.exe")-> "No"    two dots
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

const char *upload_name_ok(const char *name)
{
    const char *dot = strchr(name, '.');
    int digits = 0;

    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";

    const char *ext = dot + 1;
    if (strcmp(ext, "txt") != 0 && strcmp(ext, "exe") != 0 && strcmp(ext, "dll") != 0)
        return "No";

    if (dot == name || !isalpha((unsigned char)name[0]))
        return "No";

    for (const char *p = name; p < dot; p++)
        if (isdigit((unsigned char)*p))
            digits++;
    if (digits > 3)
        return "No";

    return "Yes";
}

int main(void)
{
    const char *tests[] = {
        "notes.txt", "a1b2c3.dll", "a1b2c3d4.dll",
        "9lives.exe", "report.pdf", "archive.tar.exe",
    };
    for (size_t i = 0; i < sizeof tests / sizeof *tests; i++)
        printf("%-16s %s\n", tests[i], upload_name_ok(tests[i]));
    return 0;
}
'''

C28B[152] = r'''/* scoring.c -- part of the office prediction-league bot.
 *
 * actual[] holds the real scores of n fixtures, predicted[] what a player
 * guessed for the same fixtures. miss[] receives, per fixture, how far the
 * guess was from the real score: 0 for a perfect call, otherwise the
 * absolute difference. */
#include <stdlib.h>

void prediction_errors(const int *actual, const int *predicted, size_t n, int *miss)
{
    size_t i;

    for (i = 0; i < n; i++)
        miss[i] = abs(actual[i] - predicted[i]);
}

/* Total error over the round, used for the weekly table. */
long round_error(const int *miss, size_t n)
{
    long total = 0;
    size_t i;

    for (i = 0; i < n; i++)
        total += miss[i];
    return total;
}
'''

C28B[161] = r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * In-place transform:
 *   - if the string has at least one letter, swap the case of every letter
 *     and leave all other characters where they are;
 *   - if it has no letters at all, reverse the whole string instead.
 *
 *   "Hello, World 9"  ->  "hELLO, wORLD 9"
 *   "x-Y-z"           ->  "X-y-Z"
 *   "2024-07"         ->  "70-4202"
 *   ""                ->  ""
 */
char *case_swap_or_reverse(char *s)
{
    size_t len = strlen(s);
    int saw_letter = 0;

    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isupper(ch)) {
            s[i] = (char)tolower(ch);
            saw_letter = 1;
        } else if (islower(ch)) {
            s[i] = (char)toupper(ch);
            saw_letter = 1;
        }
    }

    if (!saw_letter) {
        for (size_t i = 0, j = len; i + 1 < j; i++, j--) {
            char t = s[i];
            s[i] = s[j - 1];
            s[j - 1] = t;
        }
    }
    return s;
}

int main(void)
{
    char a[] = "Hello, World 9", b[] = "x-Y-z", c[] = "2024-07", d[] = "";

    puts(case_swap_or_reverse(a));
    puts(case_swap_or_reverse(b));
    puts(case_swap_or_reverse(c));
    puts(case_swap_or_reverse(d));
    return 0;
}
'''

C_HELDOUT28B[27] = r'''/* invert_case.c
 *
 * Swap upper and lower case of every ASCII letter in a string, in place.
 * Non-letters (digits, punctuation, spaces) are copied unchanged.
 *
 *   "Good Morning!"  -> "gOOD mORNING!"
 *   "abcXYZ123"      -> "ABCxyz123"
 *   ""               -> ""
 */
#include <ctype.h>
#include <stdio.h>

char *invert_case(char *s)
{
    for (char *p = s; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        if (islower(c))
            *p = (char)toupper(c);
        else if (isupper(c))
            *p = (char)tolower(c);
    }
    return s;
}

int main(void)
{
    char a[] = "Good Morning!";
    char b[] = "abcXYZ123";
    char c[] = "";

    printf("[%s]\n[%s]\n[%s]\n", invert_case(a), invert_case(b), invert_case(c));
    return 0;
}
'''

C_HELDOUT28B[39] = r'''#include <stdbool.h>
#include <stdint.h>

static bool prime_u64(uint64_t v)
{
    if (v < 2)
        return false;
    if (v % 2 == 0)
        return v == 2;
    for (uint64_t d = 3; d * d <= v; d += 2)
        if (v % d == 0)
            return false;
    return true;
}

/*
 * Walks the Fibonacci sequence 1, 1, 2, 3, 5, 8, 13, ... and returns the
 * index-th term (counting from 1) that is a prime number. Terms grow fast;
 * with 64-bit arithmetic index up to about 12 is safe.
 */
uint64_t nth_fibonacci_prime(int index)
{
    uint64_t prev = 0, cur = 1;

    for (;;) {
        uint64_t next = prev + cur;
        prev = cur;
        cur = next;
        if (prime_u64(cur) && --index == 0)
            return cur;
    }
}
'''

C_HELDOUT28B[67] = r'''/*
 * Fruit basket exercise (week 2, string parsing).
 *
 * A basket holds apples, oranges and mangoes. You are told the total number
 * of fruits as an int, plus a sentence such as "12 apples and 4 oranges".
 * Work out how many mangoes there are: total minus every number that appears
 * as its own word in the sentence.
 *
 *   ("12 apples and 4 oranges", 30)  -> 14
 *   ("0 apples and 7 oranges", 7)    -> 0
 *   ("3 apples and 0 oranges", 50)   -> 47
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int all_digits(const char *w)
{
    if (*w == '\0')
        return 0;
    for (; *w; w++)
        if (!isdigit((unsigned char)*w))
            return 0;
    return 1;
}

int mango_count(const char *sentence, int total_fruit)
{
    char words[256];
    int listed = 0;

    strncpy(words, sentence, sizeof words - 1);
    words[sizeof words - 1] = '\0';

    for (char *w = strtok(words, " "); w; w = strtok(NULL, " "))
        if (all_digits(w))
            listed += atoi(w);

    return total_fruit - listed;
}

int main(void)
{
    printf("%d\n", mango_count("12 apples and 4 oranges", 30));
    printf("%d\n", mango_count("0 apples and 7 oranges", 7));
    printf("%d\n", mango_count("3 apples and 0 oranges", 50));
    return 0;
}
'''

C_HELDOUT28B[79] = r'''Quick one for anyone who needs the "framed binary" format from the exercise:
the binary digits of a non-negative number, with the marker `db` stuck on both
ends. Fill the digits from the right end of a scratch buffer, then copy them
out between the markers:

```c
#include <string.h>

/* out needs at least 4 + 64 + 1 bytes to be safe for any unsigned long. */
char *to_framed_binary(unsigned long value, char *out)
{
    char digits[65];
    int pos = 64;

    digits[pos] = '\0';
    do {
        digits[--pos] = (char)('0' + (value & 1u));
        value >>= 1;
    } while (value != 0);

    strcpy(out, "db");
    strcat(out, digits + pos);
    strcat(out, "db");
    return out;
}
```

The `do`/`while` matters: with a plain `while` a zero input would give you
`dbdb` instead of a single `0` between the markers.
'''

C_HELDOUT28B[95] = r'''/*
 * Header-style check for a small key/value store: the keys of a record
 * must be written in one consistent case -- every key all-lowercase, or
 * every key all-uppercase. Keys in this store can also be numbers, and a
 * numeric key immediately fails the check. An empty record fails as well.
 *
 * "Lowercase"/"uppercase" follow the usual rule for strings: the key has at
 * least one letter and no letter of the opposite case (digits and
 * punctuation don't matter, so "zip_4" counts as lowercase).
 *
 *   {"host", "port"}            -> true
 *   {"HOST", "PORT", "TTL2"}    -> true
 *   {"host", "Port"}            -> false
 *   {"host", 7}                 -> false   (numeric key)
 *   {"HOST", "port"}            -> false
 *   {}                          -> false
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>

typedef struct {
    bool is_text;
    const char *text;   /* valid when is_text */
    long number;        /* valid otherwise */
} rec_key;

/* +1 all upper, -1 all lower, 0 neither (no letters, or mixed) */
static int case_of(const char *s)
{
    bool up = false, low = false;
    for (; *s; s++) {
        if (isupper((unsigned char)*s)) up = true;
        if (islower((unsigned char)*s)) low = true;
    }
    if (up && !low) return 1;
    if (low && !up) return -1;
    return 0;
}

bool keys_same_case(const rec_key *keys, size_t n)
{
    if (n == 0)
        return false;

    int want = 0;
    for (size_t i = 0; i < n; i++) {
        if (!keys[i].is_text)
            return false;
        int c = case_of(keys[i].text);
        if (c == 0)
            return false;
        if (i == 0)
            want = c;
        else if (c != want)
            return false;
    }
    return true;
}

int main(void)
{
    rec_key a[] = {{true, "host", 0}, {true, "port", 0}};
    rec_key b[] = {{true, "HOST", 0}, {true, "PORT", 0}, {true, "TTL2", 0}};
    rec_key c[] = {{true, "host", 0}, {true, "Port", 0}};
    rec_key d[] = {{true, "host", 0}, {false, NULL, 7}};
    rec_key e[] = {{true, "HOST", 0}, {true, "port", 0}};

    printf("%d %d %d %d %d %d\n",
           keys_same_case(a, 2), keys_same_case(b, 3), keys_same_case(c, 2),
           keys_same_case(d, 2), keys_same_case(e, 2), keys_same_case(NULL, 0));
    return 0;
}
'''

C_HELDOUT28B[115] = r'''/*
 * Well-draining puzzle.
 *
 * Each row of the 0/1 matrix is one well; every 1 is a unit of water in it.
 * All wells share the same bucket size, and a bucket can only be used on a
 * single well per trip. How many times must a bucket be lowered in total to
 * empty every well?
 *
 * Per well that is ceil(units / capacity), computed with integer math as
 * (units + capacity - 1) / capacity; the answer is the sum over the rows.
 * The matrix is stored row-major, rows x cols.
 */
int bucket_trips(const int *wells, int rows, int cols, int capacity)
{
    int trips = 0;

    for (int r = 0; r < rows; r++) {
        int units = 0;
        for (int c = 0; c < cols; c++)
            units += wells[r * cols + c];
        trips += (units + capacity - 1) / capacity;
    }
    return trips;
}
'''

C_HELDOUT28B[155] = r'''#include <stdio.h>

typedef struct {
    int even;
    int odd;
} digit_parity;

/*
 * Count even and odd decimal digits of n. The sign is ignored, and 0 is a
 * single even digit.
 *
 *   digit_parity_of(2468)   -> even 4, odd 0
 *   digit_parity_of(-905)   -> even 1, odd 2
 *   digit_parity_of(0)      -> even 1, odd 0
 */
digit_parity digit_parity_of(long long n)
{
    digit_parity r = {0, 0};
    unsigned long long m = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;

    do {
        if ((m % 10) % 2 == 0)
            r.even++;
        else
            r.odd++;
        m /= 10;
    } while (m > 0);
    return r;
}

int main(void)
{
    long long samples[] = {2468, -905, 0};
    for (int i = 0; i < 3; i++) {
        digit_parity p = digit_parity_of(samples[i]);
        printf("%lld: even=%d odd=%d\n", samples[i], p.even, p.odd);
    }
    return 0;
}
'''

OTHER_C28B.append(r'''/*
 * fence.c -- "fence-post" layout: the separator goes before the first
 * element, between every pair of neighbours, and after the last element.
 * n values produce 2n+1 outputs; an empty input produces just the one
 * separator. Handy for drawing table borders as runs of cell widths.
 *
 *   {3, 5}, sep 1    -> {1, 3, 1, 5, 1}
 *   {8},    sep 0    -> {0, 8, 0}
 *   {},     sep 9    -> {9}
 */
#include <stdio.h>
#include <stddef.h>

size_t fence_posts(const int *cells, size_t n, int sep, int *out)
{
    size_t w = 0;

    out[w++] = sep;
    for (size_t i = 0; i < n; i++) {
        out[w++] = cells[i];
        out[w++] = sep;
    }
    return w;
}

int main(void)
{
    int cells[] = {3, 5};
    int out[8];
    size_t m = fence_posts(cells, 2, 1, out);

    for (size_t i = 0; i < m; i++)
        printf("%d ", out[i]);      /* 1 3 1 5 1 */
    putchar('\n');
    return 0;
}
''')

OTHER_C28B.append(r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *p, const void *q)
{
    int a = *(const int *)p, b = *(const int *)q;
    return (a > b) - (a < b);
}

/*
 * Is the array at most one swap away from ascending order? A swap exchanges
 * the values at any two positions (they need not be neighbours); an array
 * that is already sorted needs no swap and qualifies.
 *
 * Compare against a sorted copy and count the positions that disagree.
 * Zero mismatches: already sorted. Exactly two: the two misplaced values
 * must be each other's targets, so one swap fixes it. Anything else (there
 * can never be exactly one) needs more than one swap.
 */
bool one_swap_sortable(const int *a, size_t n)
{
    if (n < 2)
        return true;

    int *sorted = malloc(n * sizeof *sorted);
    memcpy(sorted, a, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_int);

    size_t mismatches = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] != sorted[i])
            mismatches++;

    free(sorted);
    return mismatches == 0 || mismatches == 2;
}
''')

OTHER_C28B.append(r'''/*
 * Sum of cubes after truncation.
 *
 * Every value is first cut down to its integer part by dropping the
 * fraction (towards zero, like a C cast: 2.9 -> 2, -2.9 -> -2), then cubed,
 * and the cubes are added. Negative values keep their sign when cubed.
 *
 *   {1.5, 2.9}        -> 1 + 8      = 9
 *   {-2.9, 3.1}       -> -8 + 27    = 19
 *   {0.99, -0.5, 4}   -> 0 + 0 + 64 = 64
 */
#include <assert.h>
#include <stddef.h>

long long truncated_cube_sum(const double *v, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++) {
        long long t = (long long)v[i];   /* cast truncates toward zero */
        total += t * t * t;
    }
    return total;
}

int main(void)
{
    double a[] = {1.5, 2.9};
    double b[] = {-2.9, 3.1};
    double c[] = {0.99, -0.5, 4};

    assert(truncated_cube_sum(a, 2) == 9);
    assert(truncated_cube_sum(b, 2) == 19);
    assert(truncated_cube_sum(c, 3) == 64);
    return 0;
}
''')

OTHER_C28B.append(r'''/* account.c -- validation for the sign-up form.
 *
 * A username is accepted when all of these hold:
 *   - length between 3 and 16 characters inclusive,
 *   - only ASCII letters, digits and '_' are used,
 *   - the first character is a letter,
 *   - it does not end with '_',
 *   - there are no two underscores in a row.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

bool username_valid(const char *u)
{
    size_t len = strlen(u);

    if (len < 3 || len > 16)
        return false;
    if (!isalpha((unsigned char)u[0]))
        return false;
    if (u[len - 1] == '_')
        return false;

    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)u[i];
        if (!isalnum(c) && c != '_')
            return false;
        if (c == '_' && i > 0 && u[i - 1] == '_')
            return false;
    }
    return true;
}
''')

OTHER_C28B.append(r'''Reverse only the letters of a string; every non-letter (digits, punctuation,
spaces) stays at exactly the index where it started. Classic two-pointer
approach: move both ends inward, skipping non-letters, and swap when both
pointers sit on a letter.

```c
#include <ctype.h>
#include <stdio.h>
#include <string.h>

char *reverse_letters_only(char *s)
{
    size_t n = strlen(s);
    if (n < 2)
        return s;

    size_t i = 0, j = n - 1;
    while (i < j) {
        if (!isalpha((unsigned char)s[i])) {
            i++;
        } else if (!isalpha((unsigned char)s[j])) {
            j--;
        } else {
            char t = s[i];
            s[i++] = s[j];
            s[j--] = t;
        }
    }
    return s;
}

int main(void)
{
    char a[] = "ab-cd";       /* -> "dc-ba"       */
    char b[] = "x1y2z";       /* -> "z1y2x"       */
    char c[] = "Tea, Pot!";   /* -> "toP, aeT!"   */
    printf("%s\n%s\n%s\n", reverse_letters_only(a), reverse_letters_only(b),
           reverse_letters_only(c));
    return 0;
}
```

Unlike a full reverse, "ab-cd" keeps its dash in the middle, and a string
with no letters at all comes back unchanged.
''')

OTHER_C28B.append(r'''/* league_points.c
 *
 * Points a player earns per fixture in the prediction game:
 *   exact score predicted ........ 3 points
 *   off by exactly one goal ...... 1 point
 *   anything further away ........ 0 points
 * points[i] is filled for each of the n fixtures; the round total is
 * returned.
 */
#include <stddef.h>
#include <stdlib.h>

int award_points(const int *actual, const int *guess, size_t n, int *points)
{
    int total = 0;

    for (size_t i = 0; i < n; i++) {
        int gap = abs(actual[i] - guess[i]);
        if (gap == 0)
            points[i] = 3;
        else if (gap == 1)
            points[i] = 1;
        else
            points[i] = 0;
        total += points[i];
    }
    return total;
}
''')

OTHER_C28B.append(r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Lower members of twin-prime pairs: every p with p < limit such that both
 * p and p + 2 are prime (p + 2 itself may reach or pass the limit).
 *
 *   limit 20  -> 3 5 11 17
 *   limit 5   -> 3
 *   limit 3   -> (none)
 */
static unsigned char *sieve_upto(unsigned n)
{
    unsigned char *is_p = malloc(n + 1);
    for (unsigned i = 0; i <= n; i++)
        is_p[i] = i >= 2;
    for (unsigned i = 2; (unsigned long)i * i <= n; i++)
        if (is_p[i])
            for (unsigned j = i * i; j <= n; j += i)
                is_p[j] = 0;
    return is_p;
}

size_t twin_lows_below(unsigned limit, unsigned *out)
{
    size_t k = 0;
    unsigned char *is_p = sieve_upto(limit + 2);

    for (unsigned p = 2; p < limit; p++)
        if (is_p[p] && is_p[p + 2])
            out[k++] = p;
    free(is_p);
    return k;
}

int main(void)
{
    unsigned buf[32];
    size_t k = twin_lows_below(20, buf);
    for (size_t i = 0; i < k; i++)
        printf("%u ", buf[i]);
    putchar('\n');
    return 0;
}
''')
