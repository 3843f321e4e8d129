"""Sixteenth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C16: positives keyed by HumanEval item number, items 1, 2, 12, 13, 16, 29, 34, 56, 60, 62, 82, 89, 93, 94, 100, 106, 109, 124, 130, 137, 141, 145, 153, 156.
  C_HELDOUT16: held-out documents, items 31, 47, 59, 63, 87, 91, 131, 155.
  OTHER_C16: seven C look-alikes with a different rule:
    0. additive (non-subtractive) lowercase Roman numerals: 4 -> "iiii", 9 -> "viiii", 94 -> "lxxxxiiii".
    1. progressive Caesar shift: the k-th lowercase letter moves forward k places; other characters unchanged and not counted.
    2. minimum number of parentheses to insert so a "()" string becomes balanced (a count, 0 when already balanced).
    3. total of the digit sums of every prime in the array (all primes, duplicates included), not just the largest prime.
    4. antiderivative of a coefficient list with zero constant term: out = {0, a[0]/1, a[1]/2, ...}.
    5. validate a 24-hour clock time "hh:mm" (exactly five characters, hours 00-23, minutes 00-59).
    6. stable sort of integers by the product of their absolute decimal digits.
"""

C16 = {}
C_HELDOUT16 = {}
OTHER_C16 = []

C16[1] = r'''/*
 * paren_split.c
 *
 * Break a string made of several top-level parenthesis clusters into the
 * individual clusters.  Anything that is not '(' or ')' (spaces, mostly) is
 * skipped, so the clusters come back without any whitespace in them.
 * The input is assumed to be well formed: every cluster is balanced and
 * clusters do not sit inside each other.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy_range(const char *src, size_t n)
{
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, src, n);
    s[n] = '\0';
    return s;
}

/*
 * Returns a malloc'd array of malloc'd strings; the number of clusters is
 * written to *out_count.  Free each element and then the array.
 */
char **split_balanced_groups(const char *text, size_t *out_count)
{
    size_t cap = 4, n = 0, blen = 0;
    char **groups = malloc(cap * sizeof *groups);
    char *scratch = malloc(strlen(text) + 1);
    int depth = 0;

    for (const char *p = text; *p != '\0'; ++p) {
        if (*p != '(' && *p != ')')
            continue;                     /* ignore blanks and noise */

        scratch[blen++] = *p;
        depth += (*p == '(') ? 1 : -1;

        if (*p == ')' && depth == 0) {    /* a cluster just closed */
            if (n == cap) {
                cap *= 2;
                groups = realloc(groups, cap * sizeof *groups);
            }
            groups[n++] = copy_range(scratch, blen);
            blen = 0;
        }
    }

    free(scratch);
    *out_count = n;
    return groups;
}

int main(void)
{
    const char *samples[] = {
        "(()) ((()())) ()",
        "( )  ( ( ) ( ( ) ) )",
    };

    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; ++i) {
        size_t n;
        char **parts = split_balanced_groups(samples[i], &n);
        printf("\"%s\" ->", samples[i]);
        for (size_t k = 0; k < n; ++k) {
            printf(" %s", parts[k]);
            free(parts[k]);
        }
        putchar('\n');
        free(parts);
    }
    /* expected:
       "(()) ((()())) ()" -> (()) ((()())) ()
       "( )  ( ( ) ( ( ) ) )" -> () (()(())) */
    return 0;
}'''

C16[2] = r'''Getting only the fractional part of a positive double in C

Any positive real value splits into a whole-number part (the biggest integer
that does not exceed it) plus a remainder that is always in [0, 1). When all
you want is that remainder, there is no need to cast to an int and subtract
(which breaks for values that do not fit in an int anyway). The standard
library already does the splitting for you: `modf` hands back both pieces,
and `fmod(x, 1.0)` gives just the leftover.

```c
#include <math.h>

/* Remainder after removing the integer part of a positive value. */
double fractional_part(double value)
{
    double whole;
    double rest = modf(value, &whole);   /* whole gets the integer part */
    return rest;
}

/* Same thing written with fmod, if you prefer a one-liner. */
double fractional_part_fmod(double value)
{
    return fmod(value, 1.0);
}
```

Link with `-lm`. Keep in mind that the result carries the usual binary
floating-point noise, so compare it against an expected value with a small
tolerance rather than with `==`.'''

C16[12] = r'''#include <stddef.h>
#include <string.h>
#include <assert.h>

/*
 * pick_longest_word: scan an array of C strings and hand back the one with
 * the most characters.  When two or more share the top length, the earliest
 * of them wins, because we only replace the current best on a strictly
 * greater length.  An empty array (count == 0) gives NULL.
 */
const char *pick_longest_word(const char *const *words, size_t count)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(words[i]);
        if (best == NULL || len > best_len) {
            best = words[i];
            best_len = len;
        }
    }
    return best;
}

#ifdef PICK_LONGEST_SELFTEST
int main(void)
{
    const char *none[1] = { NULL };
    const char *tie[] = { "pear", "plum", "fig" };
    const char *grow[] = { "ox", "cat", "horse", "mouse", "eel" };

    assert(pick_longest_word(none, 0) == NULL);
    assert(strcmp(pick_longest_word(tie, 3), "pear") == 0);   /* first of the 4-letter ones */
    assert(strcmp(pick_longest_word(grow, 5), "horse") == 0); /* "mouse" is also 5, but later */
    return 0;
}
#endif'''

C16[13] = r'''/* numutil.c -- small integer helpers shared by the fraction and grid code */

#include "numutil.h"

long nu_abs(long v)
{
    return v < 0 ? -v : v;
}

long nu_clamp(long v, long lo, long hi)
{
    if (v < lo) return lo;
    if (v > hi) return hi;
    return v;
}

/* Largest integer dividing both x and y (Euclid, remainder form). */
long nu_gcd(long x, long y)
{
    while (y != 0) {
        long r = x % y;
        x = y;
        y = r;
    }
    return x;
}

/* Round v up to the next multiple of step (step > 0). */
long nu_round_up(long v, long step)
{
    long rem = v % step;
    return rem == 0 ? v : v + (step - rem);
}'''

C16[16] = r'''**Code review: counting distinct characters without caring about case**

> I need the number of different characters in a string where 'Q' and 'q'
> count as the same one. This is what I have, is it OK?
>
>     int distinct(char *s) {
>         int n = 0;
>         for (int i = 0; s[i]; i++) {
>             int dup = 0;
>             for (int j = 0; j < i; j++)
>                 if (tolower(s[j]) == tolower(s[i])) dup = 1;
>             if (!dup) n++;
>         }
>         return n;
>     }

It gives the right answer, but it is quadratic and it passes a plain `char`
to `tolower`, which is undefined for negative values on platforms where char
is signed. A 256-entry table fixes both problems and is just as short:

```c
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>

size_t count_unique_chars_nocase(const char *s)
{
    bool seen[256] = { false };
    size_t total = 0;

    for (const unsigned char *p = (const unsigned char *)s; *p; ++p) {
        unsigned char c = (unsigned char)tolower(*p);
        if (!seen[c]) {
            seen[c] = true;
            ++total;
        }
    }
    return total;
}
```

Note that every byte counts, not only letters, so a space or a digit is one
more distinct character. A few quick checks:

    count_unique_chars_nocase("zZz")           -> 1
    count_unique_chars_nocase("Banana")        -> 3   (b, a, n)
    count_unique_chars_nocase("AbBa aB")       -> 3   (a, b and the space)
    count_unique_chars_nocase("Go GO go!")     -> 4   (g, o, space, !)'''

C16[29] = r'''In the command-line completion code we keep every known subcommand in a flat
array of strings. When the user has typed a few characters, we need the list
of entries that begin with exactly those characters, in the same order they
appear in the table. Since the caller already owns the strings, there is no
reason to copy anything: we only collect pointers into an output array that
the caller sizes (it can never need more slots than the input has).

```c
#include <stddef.h>
#include <string.h>

/*
 * Copy into `matches` every element of `items` whose text begins with
 * `prefix`, preserving order. Returns how many pointers were stored.
 * `matches` must have room for `n_items` entries.
 */
size_t keep_with_prefix(const char **items, size_t n_items,
                        const char *prefix, const char **matches)
{
    size_t plen = strlen(prefix);
    size_t kept = 0;

    for (size_t i = 0; i < n_items; i++) {
        if (strncmp(items[i], prefix, plen) == 0)
            matches[kept++] = items[i];
    }
    return kept;
}
```

An empty prefix matches everything, and an empty input simply returns 0.
`strncmp` stops at the terminating NUL of the shorter string, so an entry
shorter than the prefix is correctly rejected.'''

C16[34] = r'''#include <stdlib.h>

static int cmp_int_asc(const void *pa, const void *pb)
{
    int a = *(const int *)pa;
    int b = *(const int *)pb;
    return (a > b) - (a < b);
}

/*
 * sorted_distinct -- sort `vals` in place and squeeze out repeated values.
 *
 * After the call the first k slots hold each distinct value once, smallest
 * first; k is returned.  Whatever sits past index k-1 is left over and should
 * be ignored by the caller.
 */
size_t sorted_distinct(int *vals, size_t len)
{
    size_t write = 0;

    if (len == 0)
        return 0;

    qsort(vals, len, sizeof vals[0], cmp_int_asc);

    for (size_t read = 1; read < len; ++read) {
        if (vals[read] != vals[write])
            vals[++write] = vals[read];
    }
    return write + 1;
}'''

C16[56] = r'''/* Lab 4, exercise 2: angle-bracket matching.
 *
 * The input contains only the characters '<' and '>'.  It is considered
 * well formed when each '<' can be paired with a later '>', i.e. reading
 * left to right the number of closers never overtakes the number of openers,
 * and at the end both numbers are equal.
 */
#include <stdio.h>
#include <stdbool.h>

bool angles_balanced(const char *seq)
{
    long open = 0;

    for (; *seq; seq++) {
        if (*seq == '<')
            open++;
        else
            open--;

        if (open < 0)       /* a '>' with nothing left to close */
            return false;
    }
    return open == 0;
}

int main(void)
{
    struct { const char *in; bool want; } cases[] = {
        { "",         true  },
        { "<<>>",     true  },
        { "<><<>>",   true  },
        { "><",       false },
        { "<<><",     false },
        { "<>><",     false },
        { "<<<>>><>", true  },
    };
    int failed = 0;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool got = angles_balanced(cases[i].in);
        if (got != cases[i].want) {
            printf("FAIL: \"%s\" gave %d\n", cases[i].in, got);
            failed++;
        }
    }
    puts(failed ? "some tests failed" : "all tests passed");
    return failed != 0;
}'''

C16[60] = r'''// Week 2 warm-up: add up 1 + 2 + ... + n.
//
// Two versions are kept here on purpose: the loop is what we wrote in class,
// the recursive one is the "define it in terms of a smaller problem" variant
// from the slides. Both return 0 when n is 0 or negative (empty sum).

#include <stdint.h>

int64_t running_total_upto(int64_t n)
{
    int64_t acc = 0;
    for (int64_t k = 1; k <= n; ++k)
        acc += k;
    return acc;
}

int64_t running_total_upto_rec(int64_t n)
{
    if (n <= 0)
        return 0;
    return n + running_total_upto_rec(n - 1);
}'''

C16[62] = r'''#include <stdio.h>

/*
 * A polynomial is stored as its coefficient list, lowest power first:
 *     c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1)
 *
 * poly_diff writes the coefficients of the derivative, in the same layout,
 * into `out` (which needs n-1 slots) and returns how many it wrote.  The
 * constant term disappears, so a polynomial with n terms yields n-1 terms;
 * a constant (or an empty list) yields nothing.
 */
size_t poly_diff(const long *c, size_t n, long *out)
{
    if (n < 2)
        return 0;
    for (size_t power = 1; power < n; power++)
        out[power - 1] = (long)power * c[power];
    return n - 1;
}

static void show(const long *c, size_t n)
{
    putchar('[');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %ld" : "%ld", c[i]);
    puts("]");
}

int main(void)
{
    /* 7 - 2x + 5x^2 + x^3  ->  -2 + 10x + 3x^2 */
    long p[] = { 7, -2, 5, 1 };
    long q[] = { 0, 6 };          /* 6x -> 6 */
    long d[4];

    show(d, poly_diff(p, 4, d));  /* [-2, 10, 3] */
    show(d, poly_diff(q, 2, d));  /* [6] */
    return 0;
}'''

C16[82] = r'''#include <stdbool.h>
#include <string.h>

/* Trial division up to sqrt(n); 0 and 1 are not prime. */
static bool prime_count(size_t n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (size_t d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

/* True when the number of characters in `text` is a prime number. */
bool has_prime_length(const char *text)
{
    return prime_count(strlen(text));
}'''

C16[89] = r'''/*
 * shift4.c - a toy substitution cipher.
 *
 * Every lowercase letter is moved forward four places in the alphabet
 * (2 * 2), wrapping from 'z' back to 'a'. Characters that are not lowercase
 * letters are copied through untouched.
 *
 *   "code"  -> "gshi"
 *   "xyz"   -> "bcd"
 *   "a-b c" -> "e-f g"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHIFT (2 * 2)

char *rot_four(const char *plain)
{
    size_t n = strlen(plain);
    char *out = malloc(n + 1);
    if (out == NULL)
        return NULL;

    for (size_t i = 0; i < n; i++) {
        char ch = plain[i];
        if (ch >= 'a' && ch <= 'z')
            out[i] = (char)('a' + (ch - 'a' + SHIFT) % 26);
        else
            out[i] = ch;
    }
    out[n] = '\0';
    return out;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        char *enc = rot_four(argv[i]);
        printf("%s -> %s\n", argv[i], enc);
        free(enc);
    }
    return 0;
}'''

C16[93] = r'''#include <ctype.h>
#include <string.h>

/*
 * scramble_message -- rewrites `msg` in place.
 *
 * Two things happen to each letter:
 *   1. its case is flipped (upper becomes lower and vice versa);
 *   2. if, after flipping, it is one of the vowels a e i o u (either case),
 *      it is replaced by the letter two positions later in the alphabet,
 *      keeping the flipped case (a->c, e->g, i->k, o->q, u->w).
 *
 * The text is expected to hold letters and spaces only; spaces are left
 * as they are.
 */
void scramble_message(char *msg)
{
    static const char vowels[] = "aeiouAEIOU";

    for (char *p = msg; *p; ++p) {
        unsigned char c = (unsigned char)*p;

        if (isupper(c))
            c = (unsigned char)tolower(c);
        else if (islower(c))
            c = (unsigned char)toupper(c);

        if (c != '\0' && strchr(vowels, c) != NULL)
            c = (unsigned char)(c + 2);

        *p = (char)c;
    }
}'''

C16[94] = r'''#include <stddef.h>
#include <stdbool.h>

static bool is_prime_value(long v)
{
    if (v < 2)
        return false;
    for (long d = 2; d * d <= v; ++d)
        if (v % d == 0)
            return false;
    return true;
}

static int digit_sum(long v)
{
    int s = 0;
    if (v < 0)
        v = -v;
    do {
        s += (int)(v % 10);
        v /= 10;
    } while (v > 0);
    return s;
}

/*
 * Find the biggest prime among the `len` numbers in `xs` and add up its
 * decimal digits.  If no element is prime the result is 0.
 */
int biggest_prime_digit_sum(const long *xs, size_t len)
{
    long best = 0;

    for (size_t i = 0; i < len; ++i)
        if (xs[i] > best && is_prime_value(xs[i]))
            best = xs[i];

    return digit_sum(best);
}'''

C16[100] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Stone pyramid: the bottom layer has n stones and there are n layers.
 * Each layer above holds the next number with the same parity as n, i.e.
 * two more stones than the layer before it.  For n = 7 that gives
 * 7 9 11 13 15 17 19, and for n = 2 it gives 2 4.
 *
 * Returns a malloc'd array with n entries (layer 1 first).
 */
int *stone_layers(int n)
{
    int *layers = malloc((size_t)(n > 0 ? n : 1) * sizeof *layers);
    if (!layers)
        return NULL;

    int stones = n;
    for (int level = 0; level < n; level++) {
        layers[level] = stones;
        stones += 2;
    }
    return layers;
}

int main(void)
{
    int n = 7;
    int *layers = stone_layers(n);
    for (int i = 0; i < n; i++)
        printf("%d%c", layers[i], i + 1 < n ? ' ' : '\n');   /* 7 9 11 13 15 17 19 */
    free(layers);
    return 0;
}'''

C16[106] = r'''#include <stdlib.h>

/*
 * Builds a table of n values for positions 1..n:
 *   - an even position p stores p!            (1 * 2 * ... * p)
 *   - an odd position p stores 1 + 2 + ... + p (the p-th triangular number)
 * The value for position p ends up at index p-1 of the returned array.
 *
 * Both running quantities are advanced together, so each step is O(1).
 * Caller frees.  Values overflow 64 bits past position 20.
 */
long long *factorial_or_triangle(int n)
{
    long long *table = calloc(n > 0 ? (size_t)n : 1, sizeof *table);
    long long fact = 1, tri = 0;

    if (table == NULL)
        return NULL;

    for (int p = 1; p <= n; ++p) {
        fact *= p;
        tri += p;
        table[p - 1] = (p % 2 == 0) ? fact : tri;
    }
    return table;
}'''

C16[109] = r'''## Can a rotation sort it?

The task: you get an array of distinct integers and may apply a "rotate
right by one" step as often as you like (the last element jumps to the
front). Decide whether some number of rotations leaves the array in
ascending order. An empty array counts as already sorted.

Rotations never change the cyclic order of the elements, so the question is
really whether the array, read as a circle, goes up everywhere except at a
single place where it wraps from the maximum back to the minimum. Walk around
the circle once and count positions where an element is larger than its
successor (the successor of the last element is the first one). Zero or one
such descent means a rotation of a sorted array; two or more means no
rotation can help.

```c
#include <stdbool.h>
#include <stddef.h>

bool sortable_by_rotation(const int *a, size_t n)
{
    size_t descents = 0;

    for (size_t i = 0; i < n; i++) {
        int next = a[(i + 1) % n];
        if (a[i] > next && ++descents > 1)
            return false;
    }
    return true;
}
```

Examples:

| input             | result | why                                        |
|-------------------|--------|--------------------------------------------|
| `{5, 6, 1, 2, 3}` | true   | three right rotations give 1 2 3 5 6       |
| `{2, 1, 3}`       | false  | 2>1 and 3>2 (wrap) are two descents        |
| `{8, 9, 4}`       | true   | one rotation gives 4 8 9                   |
| `{}`              | true   | nothing to sort                            |

The loop is O(n) and needs no extra memory, unlike the obvious approach of
sorting a copy and comparing it against every rotation.'''

C16[124] = r'''/* datecheck.c - validation of user supplied dates written as mm-dd-yyyy */

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

static const int month_len[13] = {
    0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
    /* February is allowed up to the 29th, leap year or not */
};

/* Reads a run of digits from *pp up to `stop` (or end of string).
 * Fails on an empty run or on any non-digit character. */
static bool read_field(const char **pp, char stop, long *value)
{
    const char *p = *pp;
    long v = 0;
    int ndigits = 0;

    while (*p && *p != stop) {
        if (!isdigit((unsigned char)*p))
            return false;
        if (ndigits < 9)
            v = v * 10 + (*p - '0');
        ndigits++;
        p++;
    }
    if (ndigits == 0)
        return false;
    *value = v;
    *pp = p;
    return true;
}

bool date_string_ok(const char *text)
{
    long mm, dd, yyyy;
    const char *end;

    if (text == NULL)
        return false;

    /* tolerate surrounding blanks */
    while (isspace((unsigned char)*text))
        text++;
    end = text + strlen(text);
    while (end > text && isspace((unsigned char)end[-1]))
        end--;
    if (end == text)
        return false;                         /* nothing left */

    char buf[64];
    size_t len = (size_t)(end - text);
    if (len >= sizeof buf)
        return false;
    memcpy(buf, text, len);
    buf[len] = '\0';

    const char *p = buf;
    if (!read_field(&p, '-', &mm) || *p++ != '-')
        return false;
    if (!read_field(&p, '-', &dd) || *p++ != '-')
        return false;
    if (!read_field(&p, '-', &yyyy) || *p != '\0')
        return false;                         /* a fourth field, or junk */

    if (mm < 1 || mm > 12)
        return false;
    if (dd < 1 || dd > month_len[mm])
        return false;
    return true;
}'''

C16[130] = r'''/*
 * "Tribonacci" variant from a puzzle site:
 *
 *     t(0) = 1
 *     t(1) = 3
 *     t(n) = 1 + n / 2                      for even n
 *     t(n) = t(n - 1) + t(n - 2) + t(n + 1) for odd n
 *
 * The odd rule looks ahead, but n + 1 is even, so t(n + 1) is simply
 * 1 + (n + 1) / 2 = (n + 3) / 2 and the sequence can be filled left to right.
 *
 * fill_tri(n, out) stores t(0) .. t(n) into out[0..n] (n + 1 values).
 *
 *   n = 2   ->  1 3 2
 *   n = 11  ->  1 3 2 8 3 15 4 24 5 35 6 48
 */
#include <stdio.h>

void fill_tri(int n, double *out)
{
    out[0] = 1.0;
    if (n == 0)
        return;
    out[1] = 3.0;
    for (int i = 2; i <= n; i++) {
        if (i % 2 == 0)
            out[i] = 1.0 + i / 2.0;
        else
            out[i] = out[i - 1] + out[i - 2] + (i + 3) / 2.0;
    }
}

int main(void)
{
    double t[12];
    fill_tri(11, t);
    for (int i = 0; i <= 11; i++)
        printf("%g ", t[i]);
    putchar('\n');
    return 0;
}'''

C16[137] = r'''#include <stdlib.h>
#include <string.h>

/*
 * A loosely typed number, as it comes out of the config/CSV layer: it may
 * have been an integer, a floating point value, or still be the original
 * text.  Text may use either '.' or ',' as the decimal separator.
 */
typedef enum { NUM_INT, NUM_REAL, NUM_TEXT } num_kind;

typedef struct {
    num_kind kind;
    union {
        long        i;
        double      d;
        const char *text;
    } u;
} loose_num;

static double as_double(const loose_num *v)
{
    switch (v->kind) {
    case NUM_INT:
        return (double)v->u.i;
    case NUM_REAL:
        return v->u.d;
    case NUM_TEXT: {
        size_t n = strlen(v->u.text);
        char *tmp = malloc(n + 1);
        double r;
        if (tmp == NULL)
            return 0.0;
        for (size_t k = 0; k <= n; k++)
            tmp[k] = (v->u.text[k] == ',') ? '.' : v->u.text[k];
        r = strtod(tmp, NULL);
        free(tmp);
        return r;
    }
    }
    return 0.0;
}

/*
 * Returns whichever of the two arguments is numerically bigger, unchanged
 * (same kind, same representation as it was passed in), or NULL when both
 * denote the same number.
 */
const loose_num *pick_greater(const loose_num *a, const loose_num *b)
{
    double x = as_double(a);
    double y = as_double(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}'''

C16[141] = r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * Upload filter: decide whether a file name is acceptable.
 * Returns the string "Yes" or "No".
 *
 * A name is accepted only if
 *   - it contains exactly one '.';
 *   - the part before the dot is non-empty and starts with an ASCII letter;
 *   - the part after the dot is "txt", "exe" or "dll";
 *   - it has at most three decimal digits in it.
 *
 * Examples:
 *   "notes.txt"     -> Yes
 *   "9lives.exe"    -> No   (starts with a digit)
 *   "a1b2c3d4.dll"  -> No   (four digits)
 *   "report.pdf"    -> No   (extension not allowed)
 *   "back.up.txt"   -> No   (two dots)
 */
const char *check_upload_name(const char *name)
{
    static const char *const allowed[] = { "txt", "exe", "dll" };
    const char *dot = strchr(name, '.');
    int digits = 0;

    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";
    if (dot == name || !isalpha((unsigned char)name[0]))
        return "No";

    int ext_ok = 0;
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (strcmp(dot + 1, allowed[i]) == 0)
            ext_ok = 1;
    if (!ext_ok)
        return "No";

    for (const char *p = name; *p; p++)
        if (isdigit((unsigned char)*p))
            digits++;
    return digits > 3 ? "No" : "Yes";
}

#ifdef DEMO
int main(void)
{
    const char *names[] = { "notes.txt", "9lives.exe", "a1b2c3d4.dll",
                            "report.pdf", "back.up.txt" };
    for (size_t i = 0; i < 5; i++)
        printf("%-14s %s\n", names[i], check_upload_name(names[i]));
    return 0;
}
#endif'''

C16[145] = r'''Stable sort of ints by a "signed digit sum"

I needed to order a list of integers by the sum of their digits, where a
negative number contributes its leading digit with a minus sign and all the
remaining digits as positive (so -305 scores -3 + 0 + 5 = 2, while 305
scores 8). Elements with equal scores have to keep their original relative
order, which rules out plain `qsort` since it is not guaranteed to be stable.
The input sizes are small, so an insertion sort over precomputed keys is
plenty.

```c
#include <stdlib.h>
#include <string.h>

static int signed_digit_score(int v)
{
    int neg = v < 0;
    unsigned int m = neg ? 0u - (unsigned int)v : (unsigned int)v;
    int total = 0;
    int lead = 0;

    do {
        lead = (int)(m % 10);    /* the last digit seen is the leading one */
        total += lead;
        m /= 10;
    } while (m != 0);

    if (neg)
        total -= 2 * lead;        /* flip the sign of the leading digit */
    return total;
}

/* Reorders nums[0..n-1] in place, ascending by score, ties keep input order. */
void sort_by_digit_score(int *nums, size_t n)
{
    int *score = malloc(n * sizeof *score + 1);
    if (score == NULL)
        return;

    for (size_t i = 0; i < n; i++)
        score[i] = signed_digit_score(nums[i]);

    for (size_t i = 1; i < n; i++) {
        int v = nums[i], s = score[i];
        size_t j = i;
        while (j > 0 && score[j - 1] > s) {   /* strict '>' keeps it stable */
            nums[j] = nums[j - 1];
            score[j] = score[j - 1];
            j--;
        }
        nums[j] = v;
        score[j] = s;
    }
    free(score);
}
```'''

C16[153] = r'''#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Plugin picker.
 *
 * Each candidate extension name gets a score: the number of uppercase
 * letters in it minus the number of lowercase letters (digits, '_' and other
 * symbols do not count either way).  The best scoring extension is attached
 * to the base class name as "Base.Extension".  On a tie the extension that
 * appears first in the array is chosen.
 *
 *   base "Parser", {"JSON", "Yaml", "xmlX"}   -> "Parser.JSON"   (4, -2, -2)
 *   base "io",     {"aB", "Cd", "77"}         -> "io.aB"         (0, 0, 0: tie,
 *                                                                   first one wins)
 *
 * Returns a malloc'd string, or NULL if n == 0 or allocation fails.
 */
static int case_score(const char *s)
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

char *attach_strongest(const char *base, const char *const *exts, size_t n)
{
    size_t best = 0;
    int best_score;

    if (n == 0)
        return NULL;

    best_score = case_score(exts[0]);
    for (size_t i = 1; i < n; i++) {
        int s = case_score(exts[i]);
        if (s > best_score) {
            best_score = s;
            best = i;
        }
    }

    size_t len = strlen(base) + 1 + strlen(exts[best]) + 1;
    char *out = malloc(len);
    if (out != NULL)
        snprintf(out, len, "%s.%s", base, exts[best]);
    return out;
}

int main(void)
{
    const char *a[] = { "JSON", "Yaml", "xmlX" };
    const char *b[] = { "aB", "Cd", "77" };
    char *r1 = attach_strongest("Parser", a, 3);
    char *r2 = attach_strongest("io", b, 3);
    printf("%s\n%s\n", r1, r2);
    free(r1);
    free(r2);
    return 0;
}'''

C16[156] = r'''#include <stdio.h>

/*
 * to_roman_lower: write the Roman numeral for `value` (1..1000) into `buf`
 * using lowercase letters and the usual subtractive pairs (iv, ix, xl, xc,
 * cd, cm).  `buf` must hold at least 16 bytes; the longest result in range
 * is "dccclxxxviii" (888).
 *
 *   14  -> "xiv"
 *   388 -> "ccclxxxviii"
 *   649 -> "dcxlix"
 */
char *to_roman_lower(int value, char *buf)
{
    static const struct { int amount; const char *glyphs; } table[] = {
        { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
        {  100, "c" }, {  90, "xc" }, {  50, "l" }, {  40, "xl" },
        {   10, "x" }, {   9, "ix" }, {   5, "v" }, {   4, "iv" },
        {    1, "i" },
    };
    char *w = buf;

    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++) {
        while (value >= table[k].amount) {
            for (const char *g = table[k].glyphs; *g; g++)
                *w++ = *g;
            value -= table[k].amount;
        }
    }
    *w = '\0';
    return buf;
}

int main(void)
{
    char buf[16];
    int samples[] = { 14, 388, 649 };
    for (int i = 0; i < 3; i++)
        printf("%d = %s\n", samples[i], to_roman_lower(samples[i], buf));
    return 0;
}'''

C_HELDOUT16[31] = r'''#include <assert.h>
#include <stdbool.h>

/*
 * Primality by trial division with the 6k +/- 1 trick: after handling 2 and
 * 3, every prime is one more or one less than a multiple of 6, so only those
 * candidates need to be tried as divisors, and only up to sqrt(n).
 */
bool check_prime(long long n)
{
    if (n <= 1)
        return false;
    if (n <= 3)
        return true;
    if (n % 2 == 0 || n % 3 == 0)
        return false;
    for (long long k = 5; k * k <= n; k += 6) {
        if (n % k == 0 || n % (k + 2) == 0)
            return false;
    }
    return true;
}

int main(void)
{
    assert(!check_prime(0));
    assert(!check_prime(-7));
    assert(check_prime(2));
    assert(check_prime(97));
    assert(!check_prime(91));       /* 7 * 13 */
    assert(check_prime(7919));      /* the 1000th prime */
    assert(!check_prime(1000001));  /* 101 * 9901 */
    return 0;
}'''

C_HELDOUT16[47] = r'''/* stats.c -- summary statistics for the sensor log tool */

#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double stats_mean(const double *xs, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += xs[i];
    return n ? s / (double)n : 0.0;
}

/*
 * Middle value of xs[0..n-1] (n >= 1).  The input is not modified: a sorted
 * copy is made.  With an even count the two central values are averaged.
 */
double stats_median(const double *xs, size_t n)
{
    double *tmp = malloc(n * sizeof *tmp);
    double mid;

    memcpy(tmp, xs, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, by_value);

    if (n % 2 == 1)
        mid = tmp[n / 2];
    else
        mid = (tmp[n / 2 - 1] + tmp[n / 2]) / 2.0;

    free(tmp);
    return mid;
}

double stats_range(const double *xs, size_t n)
{
    double lo = xs[0], hi = xs[0];
    for (size_t i = 1; i < n; i++) {
        if (xs[i] < lo) lo = xs[i];
        if (xs[i] > hi) hi = xs[i];
    }
    return hi - lo;
}'''

C_HELDOUT16[59] = r'''/*
 * Largest prime factor of a composite number n (n > 1).
 *
 * Strip factors off from the smallest upward.  Whenever d divides n, d is
 * necessarily prime (all smaller primes have already been divided out), so
 * the last divisor found is the largest prime factor.  If what remains after
 * the loop is greater than 1, it is itself a prime bigger than sqrt of the
 * original and therefore the answer.
 *
 *   84   = 2 * 2 * 3 * 7   -> 7
 *   100  = 2^2 * 5^2       -> 5
 *   1001 = 7 * 11 * 13     -> 13
 */
#include <stdio.h>

unsigned long top_prime_factor(unsigned long n)
{
    unsigned long biggest = 1;

    for (unsigned long d = 2; d * d <= n; d++) {
        while (n % d == 0) {
            biggest = d;
            n /= d;
        }
    }
    if (n > 1)
        biggest = n;
    return biggest;
}

int main(void)
{
    printf("%lu %lu %lu\n", top_prime_factor(84), top_prime_factor(100),
           top_prime_factor(1001));   /* 7 5 13 */
    return 0;
}'''

C_HELDOUT16[63] = r'''### A three-term cousin of Fibonacci, computed without recursion

This sequence starts with 0, 0, 1 and from then on each term is the sum of
the three terms before it:

    s(0) = 0, s(1) = 0, s(2) = 1
    s(n) = s(n-1) + s(n-2) + s(n-3)   for n >= 3

Translating the definition straight into a recursive function works, but it
recomputes the same terms over and over and becomes unusable after a few
dozen terms. Since every term only depends on the previous three, a sliding
window of three variables is all we need: O(n) time, O(1) space.

```c
unsigned long long trib_window(unsigned int n)
{
    unsigned long long a = 0, b = 0, c = 1;   /* s(k), s(k+1), s(k+2) */

    if (n < 2)
        return 0;
    for (unsigned int k = 2; k < n; k++) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return c;
}
```

After the loop `c` holds s(n). With 64-bit unsigned arithmetic the values
stay exact up to n = 75; beyond that you need a bignum library.'''

C_HELDOUT16[87] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Locate every occurrence of `target` in a ragged table (each row may have
 * its own length, possibly zero) and report (row, col) pairs.
 *
 * Ordering of the result: rows from top to bottom; inside one row, columns
 * from right to left.  That is exactly the order we visit them in, so no
 * sorting is needed.
 *
 * `hits` must have room for as many pairs as there are cells in the table.
 * Returns the number of pairs written.
 */
typedef struct {
    size_t row;
    size_t col;
} cell_pos;

size_t find_cells(const int *const *rows, const size_t *row_len, size_t nrows,
                  int target, cell_pos *hits)
{
    size_t count = 0;

    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = row_len[r]; c-- > 0; ) {
            if (rows[r][c] == target) {
                hits[count].row = r;
                hits[count].col = c;
                count++;
            }
        }
    }
    return count;
}

int main(void)
{
    int r0[] = { 4, 9, 4 };
    int r1[] = { 7 };
    int r2[] = { 4, 4, 0, 4 };
    const int *rows[] = { r0, r1, NULL, r2 };
    size_t lens[] = { 3, 1, 0, 4 };
    cell_pos out[8];

    size_t n = find_cells(rows, lens, 4, 4, out);
    for (size_t i = 0; i < n; i++)
        printf("(%zu, %zu) ", out[i].row, out[i].col);
    putchar('\n');
    /* prints: (0, 2) (0, 0) (3, 3) (3, 1) (3, 0) */
    return 0;
}'''

C_HELDOUT16[91] = r'''#include <ctype.h>
#include <stddef.h>

/*
 * Count the sentences in `text` that open with the word "I".
 *
 * A sentence ends at '.', '?' or '!'.  Whitespace right after such a
 * terminator is skipped, so the next sentence starts at its first visible
 * character.  (The very first sentence starts at text[0], blanks or not.)
 * A sentence counts when its first two characters are a capital 'I'
 * followed by a space, i.e. the word "I" on its own, not "It" or "In".
 */
static int is_terminator(char c)
{
    return c == '.' || c == '?' || c == '!';
}

size_t count_i_sentences(const char *text)
{
    size_t total = 0;
    const char *start = text;

    for (;;) {
        if (start[0] == 'I' && start[1] == ' ')
            total++;

        /* advance to the end of this sentence */
        const char *p = start;
        while (*p && !is_terminator(*p))
            p++;
        if (*p == '\0')
            break;

        p++;                                   /* step over . ? ! */
        while (*p && isspace((unsigned char)*p))
            p++;
        start = p;
    }
    return total;
}'''

C_HELDOUT16[131] = r'''/* Multiply together the odd decimal digits of a positive integer.
   If it has no odd digit at all, the answer is 0 rather than the empty
   product 1. */
unsigned long odd_digit_product(unsigned long n)
{
    unsigned long prod = 1;
    int found_odd = 0;

    while (n > 0) {
        unsigned long d = n % 10;
        if (d & 1) {
            prod *= d;
            found_odd = 1;
        }
        n /= 10;
    }
    return found_odd ? prod : 0;
}'''

C_HELDOUT16[155] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Tally how many decimal digits of `num` are even and how many are odd.
 * The sign is ignored, and zero has a single (even) digit.
 *
 *   -907  -> even 1, odd 2
 *   2468  -> even 4, odd 0
 *   7000  -> even 3, odd 1
 */
struct parity_tally {
    int even;
    int odd;
};

struct parity_tally digit_parity(long long num)
{
    struct parity_tally t = { 0, 0 };
    unsigned long long m = num < 0 ? 0ULL - (unsigned long long)num
                                   : (unsigned long long)num;
    do {
        if ((m % 10) % 2 == 0)
            t.even++;
        else
            t.odd++;
        m /= 10;
    } while (m != 0);
    return t;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        struct parity_tally t = digit_parity(strtoll(argv[i], NULL, 10));
        printf("%s: (%d, %d)\n", argv[i], t.even, t.odd);
    }
    return 0;
}'''

OTHER_C16.append(r'''/*
 * Old-style ("additive") Roman numerals, lowercase.
 *
 * Clock faces and many medieval manuscripts never use the subtractive
 * pairs: four is written "iiii", nine "viiii", forty "xxxx", and so on.
 * This routine produces that form for 1..3999 by simply emitting each symbol
 * as many times as it fits, largest symbol first.
 *
 *   4    -> "iiii"
 *   9    -> "viiii"
 *   14   -> "xiiii"
 *   94   -> "lxxxxiiii"
 *   1990 -> "mdcccclxxxx"
 *
 * `out` must be large enough; 32 bytes covers the whole range.
 */
#include <stdio.h>

void additive_roman(unsigned value, char *out)
{
    static const unsigned worth[] = { 1000, 500, 100, 50, 10, 5, 1 };
    static const char letter[]    = { 'm',  'd', 'c', 'l', 'x', 'v', 'i' };

    for (int k = 0; k < 7; k++) {
        while (value >= worth[k]) {
            *out++ = letter[k];
            value -= worth[k];
        }
    }
    *out = '\0';
}

int main(void)
{
    unsigned samples[] = { 4, 9, 14, 94, 1990 };
    char buf[32];
    for (int i = 0; i < 5; i++) {
        additive_roman(samples[i], buf);
        printf("%u -> %s\n", samples[i], buf);
    }
    return 0;
}''')

OTHER_C16.append(r'''#include <stdlib.h>
#include <string.h>

/*
 * Running-key shift ("progressive Caesar").
 *
 * The k-th lowercase letter of the input (k = 1, 2, 3, ...) is moved k
 * places forward in the alphabet, wrapping around after 'z'.  Anything that
 * is not a lowercase letter is copied unchanged and does not advance k, so
 * spaces and punctuation do not disturb the key.
 *
 * Returns a newly allocated string; the caller frees it.
 */
char *progressive_shift(const char *src)
{
    size_t len = strlen(src);
    char *dst = malloc(len + 1);
    int k = 0;

    if (dst == NULL)
        return NULL;

    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c >= 'a' && c <= 'z') {
            k++;
            dst[i] = (char)('a' + (c - 'a' + k) % 26);
        } else {
            dst[i] = c;
        }
    }
    dst[len] = '\0';
    return dst;
}''')

OTHER_C16.append(r'''How many parentheses are missing?

Sometimes a yes/no answer to "is this string of parentheses balanced?" is
not enough: a linter wants to report how many characters the user would have
to add to fix it. Insertions can go anywhere, so the smallest number needed
is easy to get in one pass. Keep a count of currently open '('. A ')' that
arrives while nothing is open can only be fixed by inserting a '(' before
it, so count one insertion and move on. Whatever is still open at the end
needs one ')' each.

```c
#include <stddef.h>

/* Minimum number of '(' or ')' to insert so that `s` (made only of
   parentheses) becomes balanced. 0 means it already is. */
size_t parens_to_add(const char *s)
{
    size_t open = 0, inserts = 0;

    for (; *s; s++) {
        if (*s == '(') {
            open++;
        } else if (open > 0) {
            open--;
        } else {
            inserts++;          /* stray ')' needs a partner before it */
        }
    }
    return inserts + open;      /* every leftover '(' needs a ')' */
}
```

Some values:

    ""          0
    "(())"      0
    "())"       1
    ")("        2
    "((("       3
    "())(()"    2''')

OTHER_C16.append(r'''#include <stdbool.h>
#include <stddef.h>

static bool prime_q(long v)
{
    if (v < 2)
        return false;
    for (long d = 2; d * d <= v; d++)
        if (v % d == 0)
            return false;
    return true;
}

static long sum_of_digits(long v)
{
    long s = 0;
    for (; v > 0; v /= 10)
        s += v % 10;
    return s;
}

/*
 * Walk the array and, for every element that is a prime number, add up its
 * decimal digits; return the grand total over all the primes (duplicates
 * count each time they appear).  Non-primes, including 0, 1 and negative
 * values, contribute nothing.
 */
long prime_digit_total(const long *vals, size_t count)
{
    long total = 0;
    for (size_t i = 0; i < count; i++)
        if (prime_q(vals[i]))
            total += sum_of_digits(vals[i]);
    return total;
}''')

OTHER_C16.append(r'''/*
 * poly_integrate: antiderivative of a polynomial, constant of integration 0.
 *
 * Coefficients are stored lowest degree first:
 *     p(x) = a[0] + a[1] x + a[2] x^2 + ... + a[n-1] x^(n-1)
 * The integral has one more term:
 *     P(x) = 0 + a[0] x + a[1]/2 x^2 + ... + a[n-1]/n x^n
 * so `out` needs n + 1 slots.  Returns the number of coefficients written.
 *
 * Example: {6, 4, 3}  (6 + 4x + 3x^2)  ->  {0, 6, 2, 1}  (6x + 2x^2 + x^3)
 *          {5}                         ->  {0, 5}
 */
#include <stdio.h>
#include <stddef.h>

size_t poly_integrate(const double *a, size_t n, double *out)
{
    out[0] = 0.0;
    for (size_t i = 0; i < n; i++)
        out[i + 1] = a[i] / (double)(i + 1);
    return n + 1;
}

int main(void)
{
    double p[] = { 6, 4, 3 }, r[4];
    size_t m = poly_integrate(p, 3, r);
    for (size_t i = 0; i < m; i++)
        printf("%g ", r[i]);          /* 0 6 2 1 */
    putchar('\n');
    return 0;
}''')

OTHER_C16.append(r'''/* timefmt.c -- checks for the "hh:mm" fields in the alarm settings form */

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

static bool two_digits(const char *p, int *value)
{
    if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]))
        return false;
    *value = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

/*
 * Accepts a 24-hour clock time written as exactly five characters,
 * "hh:mm", with hours 00-23 and minutes 00-59.  Leading zeros are
 * mandatory; anything else (empty string, seconds, am/pm suffix, a
 * different separator) is rejected.
 */
bool clock_time_valid(const char *s)
{
    int hh, mm;

    if (s == NULL || strlen(s) != 5 || s[2] != ':')
        return false;
    if (!two_digits(s, &hh) || !two_digits(s + 3, &mm))
        return false;
    return hh <= 23 && mm <= 59;
}''')

OTHER_C16.append(r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Order integers by the product of their decimal digits (the sign is
 * ignored, and any number containing a 0 digit has product 0).  Numbers
 * with the same product keep their original relative order, so a simple
 * stable insertion sort is used instead of qsort.
 *
 *   {25, 7, 31, 40, 19, -6}  ->  {40, 31, -6, 7, 19, 25}
 *   products:  10, 7, 3, 0, 9, 6  ->  0, 3, 6, 7, 9, 10
 *
 *   {12, 21, 3, 111}         ->  {111, 12, 21, 3}
 *   products:  2, 2, 3, 1
 */
static long digit_product(long v)
{
    long p = 1;
    if (v < 0)
        v = -v;
    do {
        p *= v % 10;
        v /= 10;
    } while (v != 0);
    return p;
}

void sort_by_digit_product(long *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        long cur = a[i];
        long key = digit_product(cur);
        size_t j = i;
        while (j > 0 && digit_product(a[j - 1]) > key) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = cur;
    }
}

int main(void)
{
    long a[] = { 25, 7, 31, 40, 19, -6 };
    long b[] = { 12, 21, 3, 111 };
    sort_by_digit_product(a, 6);
    sort_by_digit_product(b, 4);
    for (int i = 0; i < 6; i++) printf("%ld ", a[i]);
    putchar('\n');
    for (int i = 0; i < 4; i++) printf("%ld ", b[i]);
    putchar('\n');
    return 0;
}''')
