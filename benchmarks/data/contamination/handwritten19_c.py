"""Nineteenth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C19: positives keyed by HumanEval item number, items 1, 4, 13, 17, 21, 24, 25, 33, 34, 38, 40, 50, 52, 53, 56, 64, 68, 73, 90, 100, 101, 102, 108, 109, 113, 118, 122, 133, 136, 137, 138, 148, 153, 154, 156, 162.
  C_HELDOUT19: held-out documents, items 3, 15, 23, 35, 39, 47, 75, 83, 99, 127, 151, 163.
  OTHER_C19: seven C look-alikes with a different rule:
    0. mean absolute difference over all pairs of samples (no centre point), not deviation from the mean
    1. reverse the characters inside each complete block of three (self-inverse), instead of rotating the block
    2. progressive shift cipher: each lowercase letter moved by its position index mod 26, not a fixed shift of 5
    3. minimum number of +1/-1 unit steps to make an array palindromic (sum of |a[i]-a[n-1-i]|), not the count of mismatched pairs
    4. additive (old-style) lowercase Roman numerals with no subtractive pairs (4 -> iiii, 9 -> viiii)
    5. minimum number of brackets to insert so a '<'/'>' string becomes balanced (a count), not a yes/no check
    6. whether b is a whole-string rotation of a (equal lengths, b inside a+a), not whether a rotation of b is a substring of a
"""

C19 = {}
C_HELDOUT19 = {}
OTHER_C19 = []

C19[1] = r'''/*
 * clusters.c - pull apart a string of top-level parenthesis clusters
 *
 * Given something like "(()) ()  ((()()))" we want the three pieces
 * "(())", "()" and "((()()))" back as separate strings.  Whitespace and
 * any other characters that are not brackets are simply thrown away.
 * The input is expected to be well formed: each cluster is closed before
 * the next one starts, clusters never sit inside one another.
 *
 * Build:  cc -Wall -o clusters clusters.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char **items;
    size_t count;
} cluster_list;

static void push_piece(cluster_list *list, size_t *cap, const char *buf, size_t len)
{
    if (list->count == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        list->items = realloc(list->items, *cap * sizeof *list->items);
    }
    char *piece = malloc(len + 1);
    memcpy(piece, buf, len);
    piece[len] = '\0';
    list->items[list->count++] = piece;
}

cluster_list split_clusters(const char *text)
{
    cluster_list list = { NULL, 0 };
    size_t cap = 0;
    char *scratch = malloc(strlen(text) + 1);
    size_t used = 0;
    int level = 0;

    for (; *text; text++) {
        if (*text == '(') {
            level++;
            scratch[used++] = '(';
        } else if (*text == ')') {
            level--;
            scratch[used++] = ')';
            if (level == 0) {          /* a cluster just closed */
                push_piece(&list, &cap, scratch, used);
                used = 0;
            }
        }
        /* everything else (spaces, tabs...) is ignored */
    }
    free(scratch);
    return list;
}

void free_clusters(cluster_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

int main(void)
{
    /* expected: "(())", "()", "((()()))" */
    cluster_list got = split_clusters("(()) ()  ((()()))");
    for (size_t i = 0; i < got.count; i++)
        printf("%zu: %s\n", i, got.items[i]);
    free_clusters(&got);
    return 0;
}
'''

C19[4] = r'''/* stats_basic.c -- a few descriptive statistics over plain double arrays.
 *
 * All functions take the array and its element count; none of them
 * allocate.  Callers must not pass n == 0.
 */
#include <math.h>
#include <stddef.h>

double stats_mean(const double *xs, size_t n)
{
    double total = 0.0;
    for (size_t i = 0; i < n; i++)
        total += xs[i];
    return total / (double)n;
}

/* Population variance: mean of squared distances from the mean. */
double stats_variance(const double *xs, size_t n)
{
    double mu = stats_mean(xs, n);
    double acc = 0.0;
    for (size_t i = 0; i < n; i++) {
        double d = xs[i] - mu;
        acc += d * d;
    }
    return acc / (double)n;
}

/* Average of |x - mean| over the sample.  Less sensitive to a single
 * outlier than the standard deviation, since the distances are not
 * squared before averaging. */
double stats_mean_abs_dev(const double *xs, size_t n)
{
    double mu = stats_mean(xs, n);
    double acc = 0.0;
    for (size_t i = 0; i < n; i++)
        acc += fabs(xs[i] - mu);
    return acc / (double)n;
}

double stats_range(const double *xs, size_t n)
{
    double lo = xs[0], hi = xs[0];
    for (size_t i = 1; i < n; i++) {
        if (xs[i] < lo) lo = xs[i];
        if (xs[i] > hi) hi = xs[i];
    }
    return hi - lo;
}
'''

C19[13] = r'''Q: What's the simplest way to get the GCD of two ints in C? I'm currently looping from min(a, b) down to 1 and checking both remainders, which is painfully slow for big inputs.

A: Use Euclid's algorithm. The key fact is that gcd(a, b) == gcd(b, a mod b), and the second argument shrinks very quickly, so you reach zero in a logarithmic number of steps. When the second value hits 0, the first one is your answer.

```c
#include <stdio.h>

int gcd(int a, int b)
{
    while (b != 0) {
        int r = a % b;
        a = b;
        b = r;
    }
    return a;
}

int main(void)
{
    printf("%d\n", gcd(48, 18));   /* 6  */
    printf("%d\n", gcd(17, 4));    /* 1  */
    printf("%d\n", gcd(84, 36));   /* 12 */
    return 0;
}
```

If you prefer recursion, it's a one-liner:

```c
int gcd_rec(int a, int b) { return b == 0 ? a : gcd_rec(b, a % b); }
```

Note that order doesn't matter: with gcd(18, 48) the first iteration just swaps the two numbers (18 % 48 == 18).
'''

C19[17] = r'''CS 102 - Lab 6: a tiny rhythm parser
====================================

We encode a melody's rhythm as text. Each note is a short token and tokens
are separated by single spaces:

    o     whole note    -> 4 beats
    o|    half note     -> 2 beats
    .|    quarter note  -> 1 beat

Write a function that turns such a string into an array holding the beat
length of every note, in order. For the input "o| o .| .|" your program
should produce 2 4 1 1, and for "o o| .|" it should produce 4 2 1.
An empty string contains no notes.

Reference solution (posted after the deadline):

```c
#include <stdio.h>
#include <string.h>

static int beats_for(const char *tok, size_t len)
{
    if (len == 1 && tok[0] == 'o')
        return 4;
    if (len == 2 && tok[1] == '|') {
        if (tok[0] == 'o') return 2;
        if (tok[0] == '.') return 1;
    }
    return -1;                      /* not a note we know */
}

/* Writes at most `cap` beat values into `out`, returns how many notes
 * were read, or -1 on a malformed token. */
int rhythm_to_beats(const char *line, int *out, int cap)
{
    int n = 0;
    const char *p = line;

    while (*p) {
        while (*p == ' ')
            p++;                    /* skip separators (and doubled spaces) */
        if (!*p)
            break;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        int b = beats_for(start, (size_t)(p - start));
        if (b < 0)
            return -1;
        if (n < cap)
            out[n] = b;
        n++;
    }
    return n;
}

int main(void)
{
    int beats[64];
    int n = rhythm_to_beats("o| o .| .|", beats, 64);
    for (int i = 0; i < n; i++)
        printf("%d ", beats[i]);
    putchar('\n');
    return 0;
}
```
'''

C19[21] = r'''#ifndef MINMAX_SCALE_H
#define MINMAX_SCALE_H
/*
 * minmax_scale.h - single-header min-max normalisation.
 *
 * Maps the values of a buffer linearly so that the minimum ends up at 0.0
 * and the maximum at 1.0; everything in between keeps its relative
 * position.  Works in place.  Needs at least two distinct values,
 * otherwise the span is zero and we'd be dividing by it.
 */
#include <stddef.h>

static inline void minmax_scale(double *v, size_t count)
{
    double lo = v[0];
    double hi = v[0];
    size_t i;

    for (i = 1; i < count; ++i) {
        if (v[i] < lo)
            lo = v[i];
        else if (v[i] > hi)
            hi = v[i];
    }

    double span = hi - lo;
    for (i = 0; i < count; ++i)
        v[i] = (v[i] - lo) / span;
}

#endif /* MINMAX_SCALE_H */
'''

C19[24] = r'''Finding the biggest proper divisor of an integer

The naive version counts down from n - 1 and stops at the first value that
divides n. That works, but for a large prime it walks through every number
below n. There's a neat shortcut: the largest divisor below n is always n
divided by its smallest divisor greater than 1. And the smallest such divisor
is either found before sqrt(n), or n is prime and the answer is just 1.

    #include <stdio.h>

    long biggest_proper_divisor(long n)
    {
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0)
                return n / d;       /* d is the smallest factor */
        }
        return 1;                   /* prime: only 1 divides it besides itself */
    }

The loop runs at most sqrt(n) times instead of n. It assumes n >= 2; for
n = 1 there is no divisor smaller than n, so don't call it with that.
'''

C19[25] = r'''// prime_factors.c
// Trial-division factorisation.  Factors come out in non-decreasing order
// and repeated primes are repeated in the output, so multiplying all the
// entries together gives back the original number.
//
//   360 -> 2 2 2 3 3 5
//   97  -> 97
//   1001 -> 7 11 13

#include <stdio.h>

// Writes the factors into out[] (64 slots is plenty for a 64-bit value)
// and returns how many were written.
int prime_factors(unsigned long long n, unsigned long long out[64])
{
    int k = 0;
    unsigned long long p = 2;

    while (p * p <= n) {
        if (n % p == 0) {
            out[k++] = p;
            n /= p;          // stay on the same p, it may divide again
        } else {
            p += (p == 2) ? 1 : 2;
        }
    }
    if (n > 1)
        out[k++] = n;        // whatever is left is itself prime
    return k;
}

int main(void)
{
    unsigned long long samples[] = { 360, 97, 1001 };
    unsigned long long f[64];

    for (int s = 0; s < 3; s++) {
        int k = prime_factors(samples[s], f);
        printf("%llu:", samples[s]);
        for (int i = 0; i < k; i++)
            printf(" %llu", f[i]);
        printf("\n");
    }
    return 0;
}
'''

C19[33] = r'''Code review: "sort every third slot" helper (PR #212)

> Author: I need a copy of an int array where the entries at positions
> 0, 3, 6, ... are put in ascending order among themselves, while all
> the other positions stay exactly as they were. Here's my first go.

```c
#include <stdlib.h>
#include <string.h>

/* Returns a freshly allocated copy of src (len elements) in which the
 * elements at indices divisible by 3 have been sorted amongst each other.
 * Elements at all other indices are copied unchanged. */
int *sort_stride3(const int *src, size_t len)
{
    int *dst = malloc(len * sizeof *dst);
    if (!dst)
        return NULL;
    memcpy(dst, src, len * sizeof *dst);

    /* insertion sort that only ever looks at slots 0, 3, 6, ... */
    for (size_t i = 3; i < len; i += 3) {
        int key = dst[i];
        size_t j = i;
        while (j >= 3 && dst[j - 3] > key) {
            dst[j] = dst[j - 3];
            j -= 3;
        }
        dst[j] = key;
    }
    return dst;
}
```

> Reviewer (mkovac): Nice trick running the insertion sort with a step of 3
> directly in the copy, no temporary array needed. It's O(m^2) in the number
> of strided slots, which is fine for the sizes we have. Please document
> that the caller owns the returned buffer.
>
> Author: Done, see the comment above the function.
>
> Reviewer: LGTM.
'''

C19[34] = r'''/* dedup.c
 *
 * sorted_distinct(): sort an int array in place and squeeze out the
 * duplicates, returning the number of distinct values that remain at the
 * front of the array.
 *
 *   int v[] = { 4, 1, 4, 7, 1, 0 };
 *   size_t k = sorted_distinct(v, 6);   // k == 4, v starts with 0 1 4 7
 *
 *   int w[] = { -3, -3, -3 };
 *   sorted_distinct(w, 3);              // returns 1, w[0] == -3
 */
#include <stdlib.h>

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa;
    int b = *(const int *)pb;
    return (a > b) - (a < b);
}

size_t sorted_distinct(int *v, size_t n)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof v[0], cmp_int);

    size_t w = 1;
    for (size_t r = 1; r < n; r++) {
        if (v[r] != v[w - 1])
            v[w++] = v[r];
    }
    return w;
}
'''

C19[38] = r'''/*
 * triad.c - a toy scrambler that works on blocks of three characters.
 *
 * The text is cut into consecutive blocks of three.  Every complete block
 * is rotated one position to the left ("xyz" -> "yzx"); a trailing block
 * of one or two characters is left alone.  Unscrambling rotates each
 * complete block one position to the right again.  Both functions work
 * in place on a NUL-terminated buffer.
 */
#include <string.h>

void triad_scramble(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char first = s[i];
        s[i]     = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = first;
    }
}

void triad_unscramble(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char last = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i]     = last;
    }
}
'''

C19[40] = r'''// zero_triple.c
//
// Does the array contain three entries, at three different positions,
// whose sum is exactly zero?
//
// Sort a copy, then for each anchor element sweep two pointers inward
// over the rest: O(n^2) instead of the obvious O(n^3) triple loop.
//
//   {4, -1, 9, -3}   -> true   (4 + -1 + -3 == 0)
//   {2, 5, 8}        -> false
//   {0, 0}           -> false  (needs three elements)
//   {6, 0, 0, 0}     -> true   (three separate zeros)

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

bool has_zero_triple(const long *vals, size_t n)
{
    if (n < 3)
        return false;

    long *s = malloc(n * sizeof *s);
    memcpy(s, vals, n * sizeof *s);
    qsort(s, n, sizeof *s, by_value);

    bool found = false;
    for (size_t i = 0; i + 2 < n && !found; i++) {
        size_t lo = i + 1, hi = n - 1;
        while (lo < hi) {
            long sum = s[i] + s[lo] + s[hi];
            if (sum == 0) { found = true; break; }
            if (sum < 0) lo++;
            else         hi--;
        }
    }
    free(s);
    return found;
}
'''

C19[50] = r'''A Caesar cipher in a dozen lines of C

The Caesar cipher moves every letter a fixed number of places along the
alphabet, wrapping around from z back to a. With a key of 5, "a" becomes
"f", "v" becomes "a" and "hello" turns into "mjqqt". Decoding is the same
walk in the other direction: "mjqqt" goes back to "hello".

The only subtle part is the wrap-around. In C the % operator can return a
negative result for a negative left operand, so when decoding I add 26
before taking the remainder.

```c
#include <stdio.h>

#define KEY 5

void caesar_encode(char *msg)
{
    for (; *msg; msg++)
        if (*msg >= 'a' && *msg <= 'z')
            *msg = (char)('a' + (*msg - 'a' + KEY) % 26);
}

void caesar_decode(char *msg)
{
    for (; *msg; msg++)
        if (*msg >= 'a' && *msg <= 'z')
            *msg = (char)('a' + (*msg - 'a' - KEY + 26) % 26);
}

int main(void)
{
    char word[] = "hello";
    caesar_encode(word);
    printf("%s\n", word);      /* mjqqt */
    caesar_decode(word);
    printf("%s\n", word);      /* hello */
    return 0;
}
```

Only lowercase letters are touched here; extending it to uppercase is a
matter of repeating the same arithmetic with 'A' as the base.
'''

C19[52] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Sensor sanity check used by the polling loop: a batch is accepted only
 * if every reading in it stays strictly under the configured ceiling.
 * A reading equal to the ceiling already counts as a violation.
 * An empty batch is trivially fine.
 */
bool readings_under_limit(const int *readings, size_t count, int ceiling)
{
    for (size_t i = 0; i < count; i++) {
        if (readings[i] >= ceiling)
            return false;
    }
    return true;
}
'''

C19[53] = r'''Your first C function

Up to now everything has lived inside main(). Let's write a function of
our own: it takes two whole numbers and hands back their sum.

    #include <stdio.h>

    int sum_two(int first, int second)
    {
        return first + second;
    }

    int main(void)
    {
        printf("7 + 8 = %d\n", sum_two(7, 8));      /* prints 15 */
        printf("-4 + 10 = %d\n", sum_two(-4, 10));  /* prints 6 */
        return 0;
    }

The line `int sum_two(int first, int second)` says three things: the
function is called sum_two, it expects two ints, and it gives back an int.
The `return` statement is how that value gets back to the caller.
'''

C19[56] = r'''You don't need a real stack for this since there's only one kind of bracket. A single counter is enough: add one for every `<`, subtract one for every `>`. The string is properly nested if the counter never dips below zero while scanning and is back at exactly zero at the end.

```c
#include <stdbool.h>

bool angles_balanced(const char *s)
{
    int open = 0;
    for (; *s; ++s) {
        if (*s == '<')
            ++open;
        else
            --open;
        if (open < 0)
            return false;   /* a '>' with nothing left to close */
    }
    return open == 0;
}
```

Some quick checks:

```
angles_balanced("<<>>")   -> true
angles_balanced("<><>")   -> true
angles_balanced("<><")    -> false   (one left open)
angles_balanced("><")     -> false   (closes before opening)
angles_balanced("")       -> true
```

The early return matters: `"><"` ends at zero too, but it goes negative on the first character.
'''

C19[64] = r'''/* wordutil.c - small helpers for the spelling game */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

/* Lower-cases the word in place. */
void word_lower(char *w)
{
    for (; *w; w++)
        *w = (char)tolower((unsigned char)*w);
}

static int is_plain_vowel(char c)
{
    return strchr("aeiouAEIOU", c) != NULL && c != '\0';
}

/*
 * Number of vowels in a single word.  a, e, i, o and u count in either
 * case wherever they appear.  The letter y is treated as a vowel too, but
 * only when it is the final letter of the word.
 */
int word_vowels(const char *w)
{
    size_t len = strlen(w);
    int n = 0;

    for (size_t i = 0; i < len; i++)
        if (is_plain_vowel(w[i]))
            n++;
    if (len > 0 && (w[len - 1] == 'y' || w[len - 1] == 'Y'))
        n++;
    return n;
}

/* Counts characters that are letters (used for scoring). */
int word_letters(const char *w)
{
    int n = 0;
    for (; *w; w++)
        if (isalpha((unsigned char)*w))
            n++;
    return n;
}
'''

C19[68] = r'''/*
 * pick_even.c
 *
 * From an array of non-negative ints, pick the element with the smallest
 * even value.  If that value occurs more than once, the earliest position
 * wins.  The result carries both the value and where it was found; when
 * there is no even element at all (or the array is empty) `found` is 0.
 *
 *   {7, 6, 3, 6, 10}  -> value 6, index 1
 *   {9, 12, 8, 8}     -> value 8, index 2
 *   {1, 3}            -> nothing found
 */
#include <stdio.h>

struct pick {
    int found;
    int value;
    size_t index;
};

struct pick pick_smallest_even(const int *a, size_t n)
{
    struct pick best = { 0, 0, 0 };

    for (size_t i = 0; i < n; i++) {
        if (a[i] % 2 != 0)
            continue;
        /* strict < keeps the first occurrence on ties */
        if (!best.found || a[i] < best.value) {
            best.found = 1;
            best.value = a[i];
            best.index = i;
        }
    }
    return best;
}

int main(void)
{
    int a[] = { 7, 6, 3, 6, 10 };
    struct pick p = pick_smallest_even(a, sizeof a / sizeof a[0]);
    if (p.found)
        printf("[%d, %zu]\n", p.value, p.index);
    else
        printf("[]\n");
    return 0;
}
'''

C19[73] = r'''#include <stddef.h>

/*
 * How many single-element edits are needed before the array reads the same
 * from both ends?  One edit overwrites one element with any value we like.
 *
 * Each mirrored pair (a[i], a[n-1-i]) that disagrees costs exactly one
 * edit: overwrite either side with the other.  Pairs that already match
 * cost nothing, and the middle element of an odd-length array never
 * matters.
 */
int edits_to_mirror(const int *a, size_t n)
{
    int edits = 0;
    if (n == 0)
        return 0;
    for (size_t left = 0, right = n - 1; left < right; left++, right--) {
        if (a[left] != a[right])
            edits++;
    }
    return edits;
}
'''

C19[90] = r'''// runner_up.c
//
// Second smallest *distinct* value of an int array.  Duplicates of the
// minimum don't count as a second value, so {2, 2, 2} has no answer.
// The function returns 1 and stores the value through `out` when such a
// value exists, 0 otherwise (including for an empty array).
//
//   {8, 3, 3, 5}    -> 1, *out = 5
//   {10, -4, 7}     -> 1, *out = 7
//   {2, 2, 2}       -> 0
//   {}              -> 0
#include <limits.h>
#include <stddef.h>

int second_lowest(const int *xs, size_t n, int *out)
{
    int have_min = 0, have_second = 0;
    int lowest = INT_MAX, second = INT_MAX;

    for (size_t i = 0; i < n; i++) {
        int x = xs[i];
        if (!have_min || x < lowest) {
            if (have_min) {
                second = lowest;
                have_second = 1;
            }
            lowest = x;
            have_min = 1;
        } else if (x != lowest && (!have_second || x < second)) {
            second = x;
            have_second = 1;
        }
    }
    if (have_second)
        *out = second;
    return have_second;
}
'''

C19[100] = r'''/*
 * Stone staircase.
 *
 * Build a pile with n layers.  The bottom layer holds n stones; every layer
 * above it holds two more stones than the one below, so the counts keep the
 * parity of n: odd n gives consecutive odd numbers, even n gives consecutive
 * even numbers.  levels[i] receives the size of layer i + 1; the caller
 * provides room for n ints.
 */
void stone_levels(int n, int *levels)
{
    int stones = n;
    for (int i = 0; i < n; i++) {
        levels[i] = stones;
        stones += 2;
    }
}
'''

C19[101] = r'''/*
 * tokens.c - split a line into words where the separators are commas,
 * spaces or any mix of the two.  Runs of separators never produce empty
 * words, and leading or trailing separators are ignored.
 *
 *   "red, green blue,yellow"  -> "red" "green" "blue" "yellow"
 *   " ,,alpha ,  beta"        -> "alpha" "beta"
 *   ""                        -> (no words)
 *
 * The words are written into the caller's array as pointers into a
 * private copy of the line, handed back through *storage; release that
 * copy with free_words() once the words are no longer needed.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_sep(char c)
{
    return c == ',' || isspace((unsigned char)c);
}

/* Returns the number of words; at most max_words are stored. */
size_t tokenize_line(const char *line, char **words, size_t max_words, char **storage)
{
    char *copy = malloc(strlen(line) + 1);
    strcpy(copy, line);
    *storage = copy;

    size_t n = 0;
    char *p = copy;
    while (*p) {
        while (*p && is_sep(*p))
            *p++ = '\0';
        if (!*p)
            break;
        if (n < max_words)
            words[n] = p;
        n++;
        while (*p && !is_sep(*p))
            p++;
    }
    return n;
}

void free_words(char *storage)
{
    free(storage);
}

int main(void)
{
    char *words[16];
    char *buf;
    size_t n = tokenize_line("red, green blue,yellow", words, 16, &buf);
    for (size_t i = 0; i < n; i++)
        printf("[%s]\n", words[i]);
    free_words(buf);
    return 0;
}
'''

C19[102] = r'''/* Largest even integer in the closed range [lo, hi], or -1 when the range
 * holds no even number at all (which also covers lo > hi).  Both bounds
 * are positive. */
int top_even_in_range(int lo, int hi)
{
    int candidate = (hi % 2 == 0) ? hi : hi - 1;
    return candidate >= lo ? candidate : -1;
}
'''

C19[108] = r'''/*
 * signed_digits.c
 *
 * Count how many numbers in an array have a positive "signed digit sum".
 * For a negative number the leading digit carries the minus sign and the
 * remaining digits stay positive, so -52 contributes -5 + 2 = -3 and -19
 * contributes -1 + 9 = 8.  Zero has digit sum 0, which is not positive.
 *
 *   {-21, 5, -9, 30}   -> 2     (sums: -1, 5, -9, 3)
 *   {-19, -52, 0}      -> 1     (sums: 8, -3, 0)
 */
#include <stdio.h>
#include <stdlib.h>

static int signed_digit_sum(int v)
{
    int neg = v < 0;
    int m = abs(v);
    int sum = 0, lead = 0;

    while (m > 0) {
        lead = m % 10;       /* after the loop this is the leading digit */
        sum += lead;
        m /= 10;
    }
    if (neg)
        sum -= 2 * lead;     /* flip the sign of the leading digit only */
    return sum;
}

int count_positive_digit_sums(const int *arr, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        if (signed_digit_sum(arr[i]) > 0)
            count++;
    return count;
}

int main(void)
{
    int a[] = { -21, 5, -9, 30 };
    int b[] = { -19, -52, 0 };
    printf("%d\n", count_positive_digit_sums(a, 4));   /* 2 */
    printf("%d\n", count_positive_digit_sums(b, 3));   /* 1 */
    return 0;
}
'''

C19[109] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * can_rotate_into_order
 *
 * We may rotate the array to the right as many times as we like (the last
 * element moves to the front each time).  Is there a rotation that leaves
 * it in non-decreasing order?  The values are all distinct.
 *
 * Think of the array as a circle.  A rotation of it is sorted exactly when,
 * walking once around the circle, the value goes down at most one time:
 * that one drop is the seam between the largest and the smallest element.
 * An empty array (or a single element) is already sorted.
 */
bool can_rotate_into_order(const int *arr, size_t n)
{
    size_t drops = 0;

    for (size_t i = 0; i < n; i++) {
        int cur = arr[i];
        int next = arr[(i + 1) % n];
        if (cur > next)
            drops++;
    }
    return drops <= 1;
}
'''

C19[113] = r'''Kata notes: the "odd digit" sentence generator

Input is a list of strings made only of digits. For every string we count
its odd digits, call that count k, and emit the sentence

    the number of odd elements kn the strkng k of the knput.

where every k is replaced by the count (yes, including the ones that land
in the middle of words; that's the joke of the kata). So "2468" has no odd
digits and gives "the number of odd elements 0n the str0ng 0 of the 0nput.",
while "13579" gives "the number of odd elements 5n the str5ng 5 of the 5nput.".

My C version fills an array of heap strings, one per input:

```c
#include <stdio.h>
#include <stdlib.h>

static int odd_digits(const char *s)
{
    int k = 0;
    for (; *s; s++)
        if ((*s - '0') % 2 == 1)
            k++;
    return k;
}

char **odd_sentences(const char *const *inputs, size_t n)
{
    char **out = malloc(n * sizeof *out);
    for (size_t i = 0; i < n; i++) {
        int k = odd_digits(inputs[i]);
        const char *fmt = "the number of odd elements %dn the str%dng %d of the %dnput.";
        int len = snprintf(NULL, 0, fmt, k, k, k, k);
        out[i] = malloc((size_t)len + 1);
        snprintf(out[i], (size_t)len + 1, fmt, k, k, k, k);
    }
    return out;
}

int main(void)
{
    const char *in[] = { "2468", "13579" };
    char **res = odd_sentences(in, 2);
    for (int i = 0; i < 2; i++) {
        puts(res[i]);
        free(res[i]);
    }
    free(res);
    return 0;
}
```
'''

C19[118] = r'''/*
 * inner_vowel.c
 *
 * Scan a word from the right and return the first vowel that has a
 * consonant directly on both sides of it.  The first and last letters can
 * never qualify because they lack a neighbour on one side.  Upper- and
 * lowercase vowels both count (a e i o u; y is a consonant here), and the
 * vowel is returned in its original case.  Returns '\0' when nothing
 * matches.  The word consists of English letters only.
 *
 *   "planet" -> 'e'
 *   "Orbit"  -> 'i'
 *   "aide"   -> '\0'   (the i touches the a)
 *   "go"     -> '\0'
 */
#include <string.h>

static int vowel(char c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

char inner_vowel_from_right(const char *word)
{
    size_t len = strlen(word);
    if (len < 3)
        return '\0';

    for (size_t i = len - 2; i >= 1; i--) {
        if (vowel(word[i]) && !vowel(word[i - 1]) && !vowel(word[i + 1]))
            return word[i];
    }
    return '\0';
}
'''

C19[122] = r'''#include <stdio.h>

/*
 * Sum of the "short" numbers among the first k entries of arr.
 * A number is short when its decimal text is at most two characters long,
 * minus sign included: 7, 42 and -3 are short, while 100 and -15 are not.
 * k is between 1 and the array length.
 */
static int is_short(int v)
{
    char text[16];
    return snprintf(text, sizeof text, "%d", v) <= 2;
}

int sum_short_prefix(const int *arr, int k)
{
    int total = 0;
    for (int i = 0; i < k; i++)
        if (is_short(arr[i]))
            total += arr[i];
    return total;
}
'''

C19[133] = r'''#include <math.h>
#include <stddef.h>

/*
 * Round every value up to the nearest integer (ceiling), square it, and
 * add the squares together.  Rounding up means 2.1 becomes 3 but -2.7
 * becomes -2, so negative values move toward zero.
 */
long long ceil_square_total(const double *vals, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++) {
        long long r = (long long)ceil(vals[i]);
        total += r * r;
    }
    return total;
}
'''

C19[136] = r'''// sign_edges.c
//
// For an int array, report two things at once:
//   - the negative number closest to zero (the largest negative), and
//   - the positive number closest to zero (the smallest positive).
// Zero belongs to neither group.  Either part may be missing, which the
// has_* flags signal.
//
//   {-7, -2, 0, 5, 3}  -> neg = -2, pos = 3
//   {4, 9}             -> no neg,   pos = 4
//   {0, 0}             -> neither
#include <stdio.h>

typedef struct {
    int has_neg, neg;
    int has_pos, pos;
} sign_edges;

sign_edges closest_to_zero_each_side(const int *v, size_t n)
{
    sign_edges r = { 0, 0, 0, 0 };
    for (size_t i = 0; i < n; i++) {
        if (v[i] < 0 && (!r.has_neg || v[i] > r.neg)) {
            r.neg = v[i];
            r.has_neg = 1;
        } else if (v[i] > 0 && (!r.has_pos || v[i] < r.pos)) {
            r.pos = v[i];
            r.has_pos = 1;
        }
    }
    return r;
}

static void show(const int *v, size_t n)
{
    sign_edges e = closest_to_zero_each_side(v, n);
    printf("(");
    if (e.has_neg) printf("%d", e.neg); else printf("none");
    printf(", ");
    if (e.has_pos) printf("%d", e.pos); else printf("none");
    printf(")\n");
}

int main(void)
{
    int a[] = { -7, -2, 0, 5, 3 };
    int b[] = { 4, 9 };
    int c[] = { 0, 0 };
    show(a, 5);   // (-2, 3)
    show(b, 2);   // (none, 4)
    show(c, 2);   // (none, none)
    return 0;
}
'''

C19[137] = r'''/*
 * mixed_max.c
 *
 * Values arrive from a loosely typed config format: they may be integers,
 * floating point numbers, or strings holding a real number.  Strings may
 * use either '.' or ',' as the decimal separator (European spreadsheets
 * love the comma).  We want the bigger of two such values, returned as it
 * was given (same variant, same spelling), or NULL if they are numerically
 * equal.
 */
#include <stdlib.h>
#include <string.h>

enum vkind { V_INT, V_REAL, V_TEXT };

struct value {
    enum vkind kind;
    union {
        long i;
        double r;
        const char *text;
    } as;
};

static double numeric(const struct value *v)
{
    switch (v->kind) {
    case V_INT:
        return (double)v->as.i;
    case V_REAL:
        return v->as.r;
    case V_TEXT: {
        char buf[128];
        size_t k;
        strncpy(buf, v->as.text, sizeof buf - 1);
        buf[sizeof buf - 1] = '\0';
        for (k = 0; buf[k]; k++)
            if (buf[k] == ',')
                buf[k] = '.';
        return strtod(buf, NULL);
    }
    }
    return 0.0;
}

const struct value *larger_value(const struct value *a, const struct value *b)
{
    double x = numeric(a), y = numeric(b);
    if (x == y)
        return NULL;
    return x > y ? a : b;
}
'''

C19[138] = r'''#include <stdbool.h>

/*
 * Can n be written as a + b + c + d with each term a positive even number?
 *
 * The smallest such sum is 2 + 2 + 2 + 2 = 8.  Any even number above 8 is
 * reachable by growing one of the terms in steps of 2, and an odd number
 * can never be a sum of even numbers.  So the whole question reduces to a
 * parity test and a lower bound.
 */
bool four_even_parts(int n)
{
    return n >= 8 && n % 2 == 0;
}
'''

C19[148] = r'''/*
 * orbits.c
 *
 * List the planets whose orbits lie strictly between the orbits of two
 * given planets, ordered from the one nearest the Sun outwards.  The two
 * planets may be given in either order.  If either name is not one of the
 * eight planets (names are case sensitive), or both names are the same,
 * the result is empty.
 *
 *   between("Venus", "Jupiter")  -> Earth, Mars
 *   between("Saturn", "Earth")   -> Mars, Jupiter
 *   between("Mars", "Pluto")     -> (nothing, Pluto is not on the list)
 */
#include <stdio.h>
#include <string.h>

static const char *const PLANETS[8] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune"
};

static int orbit_index(const char *name)
{
    for (int i = 0; i < 8; i++)
        if (strcmp(PLANETS[i], name) == 0)
            return i;
    return -1;
}

/* Stores pointers to the in-between names in out[] (room for 8 is always
 * enough) and returns how many there are. */
int planets_between(const char *p, const char *q, const char *out[8])
{
    int a = orbit_index(p);
    int b = orbit_index(q);
    int n = 0;

    if (a < 0 || b < 0 || a == b)
        return 0;
    if (a > b) {
        int t = a; a = b; b = t;
    }
    for (int i = a + 1; i < b; i++)
        out[n++] = PLANETS[i];
    return n;
}

int main(void)
{
    const char *mid[8];
    int n = planets_between("Saturn", "Earth", mid);
    for (int i = 0; i < n; i++)
        printf("%s%s", i ? ", " : "", mid[i]);
    printf("\n");
    return 0;
}
'''

C19[153] = r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * Plugin loader helper.  Every candidate extension name gets a score:
 * (number of uppercase letters) - (number of lowercase letters).  The
 * extension with the highest score is chosen; when several share the top
 * score the one listed earliest wins.  The result is written to `dst` as
 * "<base>.<extension>".  At least one extension must be supplied.
 */
static int caps_score(const char *name)
{
    int score = 0;
    for (; *name; name++) {
        unsigned char c = (unsigned char)*name;
        if (isupper(c))
            score++;
        else if (islower(c))
            score--;
    }
    return score;
}

void pick_extension(const char *base, const char *const *exts, size_t n_exts,
                    char *dst, size_t dst_size)
{
    size_t best = 0;
    int best_score = caps_score(exts[0]);

    for (size_t i = 1; i < n_exts; i++) {
        int s = caps_score(exts[i]);
        if (s > best_score) {        /* strictly greater: earlier entry keeps ties */
            best_score = s;
            best = i;
        }
    }
    snprintf(dst, dst_size, "%s.%s", base, exts[best]);
}
'''

C19[154] = r'''Rotated substring check in C

Problem: given a text and a pattern, report whether the pattern itself or
any rotation of it (move some leading characters to the back) appears as
a contiguous substring of the text.

Examples I used while writing it:

    text "programming", pattern "ammgr"  -> yes ("gramm" is a rotation)
    text "banana",      pattern "nab"    -> no  (nab, abn, bna: none occur)
    text "waterbottle", pattern "ttlewaterbo" -> yes

```c
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

bool contains_some_rotation(const char *text, const char *pat)
{
    size_t m = strlen(pat);
    char *rot = malloc(m + 1);
    bool hit = false;

    for (size_t shift = 0; shift < m || (m == 0 && shift == 0); shift++) {
        /* rot = pat[shift..] followed by pat[..shift] */
        memcpy(rot, pat + shift, m - shift);
        memcpy(rot + (m - shift), pat, shift);
        rot[m] = '\0';
        if (strstr(text, rot) != NULL) {
            hit = true;
            break;
        }
    }
    free(rot);
    return hit;
}
```

Building each rotation explicitly costs O(m) per shift; for short patterns
that's nothing. For big inputs you could search for every length-m window
of pat+pat instead, but the result is the same.
'''

C19[156] = r'''/*
 * Lowercase Roman numerals for 1..1000, e.g. for numbering the front
 * matter pages of a document.  Greedy conversion over the table of values,
 * including the subtractive pairs (cm, cd, xc, xl, ix, iv).  The caller's
 * buffer must hold at least 16 bytes, which covers the longest result in
 * the range.
 */
#include <string.h>

static const struct {
    int value;
    const char *glyphs;
} ROMAN[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
    { 100, "c" },  { 90, "xc" },  { 50, "l" },  { 40, "xl" },
    { 10, "x" },   { 9, "ix" },   { 5, "v" },   { 4, "iv" },
    { 1, "i" }
};

void to_roman_lower(int num, char *buf)
{
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof ROMAN / sizeof ROMAN[0]; i++) {
        while (num >= ROMAN[i].value) {
            strcat(buf, ROMAN[i].glyphs);
            num -= ROMAN[i].value;
        }
    }
}
'''

C19[162] = r'''/*
 * md5hex.c - hex MD5 digest of a C string using OpenSSL's EVP interface.
 *
 *   md5_hex("abc") -> "900150983cd24fb0d6963f7d28e17f72"
 *   md5_hex("")    -> NULL   (empty input is treated as "no value")
 *
 * The returned string is heap allocated (33 bytes) and must be freed.
 * Link with -lcrypto.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *md5_hex(const char *text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;

    if (text == NULL || *text == '\0')
        return NULL;

    if (!EVP_Digest(text, strlen(text), digest, &dlen, EVP_md5(), NULL))
        return NULL;

    char *hex = malloc(2 * dlen + 1);
    for (unsigned int i = 0; i < dlen; i++)
        sprintf(hex + 2 * i, "%02x", digest[i]);
    hex[2 * dlen] = '\0';
    return hex;
}

int main(void)
{
    char *h = md5_hex("abc");
    printf("%s\n", h ? h : "(null)");
    free(h);
    return 0;
}
'''

C_HELDOUT19[3] = r'''/*
 * overdraft.c
 *
 * An account starts at a balance of zero and then sees a sequence of
 * transactions: positive amounts are deposits, negative ones withdrawals.
 * went_negative() tells whether the running balance is ever below zero
 * after some transaction.  Touching exactly zero is fine.
 *
 *   {10, -4, -7}     -> true   (balance goes 10, 6, -1)
 *   {5, -5, 3}       -> false  (5, 0, 3)
 *   {}               -> false
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

bool went_negative(const int *tx, size_t n)
{
    long balance = 0;
    for (size_t i = 0; i < n; i++) {
        balance += tx[i];
        if (balance < 0)
            return true;
    }
    return false;
}

int main(void)
{
    int a[] = { 10, -4, -7 };
    int b[] = { 5, -5, 3 };
    printf("%s\n", went_negative(a, 3) ? "true" : "false");
    printf("%s\n", went_negative(b, 3) ? "true" : "false");
    return 0;
}
'''

C_HELDOUT19[15] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * count_up_string(n): the numbers 0, 1, ..., n written in decimal and
 * joined by single spaces, e.g. n = 4 gives "0 1 2 3 4" and n = 0 gives
 * just "0".  The result is malloc'ed; the caller frees it.
 */
char *count_up_string(int n)
{
    size_t need = 1;                       /* terminating NUL */
    for (int i = 0; i <= n; i++)
        need += (size_t)snprintf(NULL, 0, "%d", i) + 1;

    char *out = malloc(need);
    char *w = out;
    for (int i = 0; i <= n; i++)
        w += sprintf(w, i == 0 ? "%d" : " %d", i);
    *w = '\0';
    return out;
}
'''

C_HELDOUT19[23] = r'''/* Exercise 5-4 style: string length with pointer arithmetic.
 *
 * Walk a pointer to the terminating NUL and return the distance
 * from the start.  The empty string has length 0.
 */
#include <stddef.h>

size_t text_length(const char *s)
{
    const char *p = s;
    while (*p != '\0')
        p++;
    return (size_t)(p - s);
}
'''

C_HELDOUT19[35] = r'''#include <stddef.h>

/* Largest value in a non-empty int array.  Works with negative numbers too,
 * since we seed the running maximum with the first element instead of 0. */
int array_peak(const int *a, size_t n)
{
    int peak = a[0];
    for (size_t i = 1; i < n; i++)
        if (a[i] > peak)
            peak = a[i];
    return peak;
}
'''

C_HELDOUT19[39] = r'''/*
 * fibprime.c
 *
 * Walk the Fibonacci sequence 1, 2, 3, 5, 8, 13, ... and return the k-th
 * term (counting from 1) that is also a prime number.  Values grow fast,
 * so this is only meant for small k; the 64-bit type and trial division
 * are fine up to roughly the first dozen hits.
 */
#include <stdint.h>

static int is_prime_u64(uint64_t v)
{
    if (v < 2)
        return 0;
    if (v % 2 == 0)
        return v == 2;
    for (uint64_t d = 3; d * d <= v; d += 2)
        if (v % d == 0)
            return 0;
    return 1;
}

uint64_t nth_prime_fibonacci(int k)
{
    uint64_t prev = 0, cur = 1;
    for (;;) {
        uint64_t next = prev + cur;
        prev = cur;
        cur = next;
        if (is_prime_u64(cur) && --k == 0)
            return cur;
    }
}
'''

C_HELDOUT19[47] = r'''Computing a median in C

Sort a copy of the data (so the caller's array stays untouched), then look
at the middle. With an odd count the middle element is the median; with an
even count it's the average of the two middle elements, which is why the
function returns a double.

```c
#include <stdlib.h>
#include <string.h>

static int asc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

double median_of(const int *data, size_t n)
{
    int *tmp = malloc(n * sizeof *tmp);
    memcpy(tmp, data, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, asc);

    double m;
    if (n % 2 == 1)
        m = tmp[n / 2];
    else
        m = (tmp[n / 2 - 1] + tmp[n / 2]) / 2.0;

    free(tmp);
    return m;
}
```

Quick sanity checks: median_of({7, 1, 4}, 3) gives 4, and
median_of({8, 2, 6, 4}, 4) gives 5.0 (the mean of 4 and 6).
'''

C_HELDOUT19[75] = r'''#include <stdbool.h>

/*
 * True when n is the product of exactly three primes, not necessarily
 * different ones (so 2*2*7 = 28 qualifies, as does 3*3*3 = 27).  Intended
 * for small n (below 100).  We strip prime factors off one at a time and
 * count them; the count must come out at exactly three.
 */
bool is_three_prime_product(int n)
{
    int factors = 0;
    if (n < 2)
        return false;
    for (int p = 2; p * p <= n; p++) {
        while (n % p == 0) {
            n /= p;
            factors++;
        }
    }
    if (n > 1)
        factors++;              /* leftover prime factor */
    return factors == 3;
}
'''

C_HELDOUT19[83] = r'''/*
 * How many n-digit positive integers begin with a 1, end with a 1, or both?
 *
 * For n == 1 the only such number is 1 itself.
 * For n >= 2, count by inclusion-exclusion:
 *     start with 1:        10^(n-1)
 *     end with 1:          9 * 10^(n-2)   (first digit 1..9)
 *     both:                10^(n-2)
 *   total = 10^(n-1) + 9*10^(n-2) - 10^(n-2) = 18 * 10^(n-2)
 */
unsigned long long one_at_an_end(int n)
{
    if (n == 1)
        return 1;
    unsigned long long total = 18;
    for (int i = 2; i < n; i++)
        total *= 10;
    return total;
}
'''

C_HELDOUT19[99] = r'''// nearest_int.c
//
// Parse a decimal number given as text and return the nearest integer.
// Exact halves are rounded away from zero, which is precisely what C99's
// round() does, so the work is mostly parsing:
//
//   "3.5"   ->  4
//   "-7.5"  -> -8
//   "2.2"   ->  2
//   "-0.4"  ->  0
//   "42"    -> 42
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

long nearest_integer(const char *text)
{
    double v = strtod(text, NULL);
    return (long)round(v);
}

int main(void)
{
    const char *samples[] = { "3.5", "-7.5", "2.2", "-0.4", "42" };
    for (int i = 0; i < 5; i++)
        printf("%-5s -> %ld\n", samples[i], nearest_integer(samples[i]));
    return 0;
}
'''

C_HELDOUT19[127] = r'''/*
 * overlap_prime.c
 *
 * Two closed integer intervals [s1, e1] and [s2, e2] (start <= end) are
 * intersected.  We answer "YES" if the intersection's length, measured as
 * end - start, is a prime number and "NO" otherwise, including when the
 * intervals don't meet at all.
 *
 *   [2, 9]  and [5, 12] -> overlap [5, 9], length 4 -> "NO"
 *   [0, 8]  and [3, 6]  -> overlap [3, 6], length 3 -> "YES"
 *   [1, 4]  and [6, 10] -> disjoint              -> "NO"
 */
#include <stdio.h>

static int prime(int v)
{
    if (v < 2)
        return 0;
    for (int d = 2; d * d <= v; d++)
        if (v % d == 0)
            return 0;
    return 1;
}

const char *overlap_length_prime(int s1, int e1, int s2, int e2)
{
    int lo = s1 > s2 ? s1 : s2;
    int hi = e1 < e2 ? e1 : e2;
    return prime(hi - lo) ? "YES" : "NO";
}

int main(void)
{
    printf("%s\n", overlap_length_prime(2, 9, 5, 12));
    printf("%s\n", overlap_length_prime(0, 8, 3, 6));
    printf("%s\n", overlap_length_prime(1, 4, 6, 10));
    return 0;
}
'''

C_HELDOUT19[151] = r'''#include <math.h>
#include <stddef.h>

/*
 * Adds up the squares of the entries that are positive odd whole numbers.
 * Negative values, zero, even values and anything with a fractional part
 * are skipped.  An empty array sums to 0.
 */
long long odd_square_sum(const double *xs, size_t n)
{
    long long acc = 0;
    for (size_t i = 0; i < n; i++) {
        double x = xs[i];
        if (x <= 0 || x != floor(x))
            continue;
        long long k = (long long)x;
        if (k % 2 == 1)
            acc += k * k;
    }
    return acc;
}
'''

C_HELDOUT19[163] = r'''/*
 * Even single digits (2, 4, 6, 8) lying between a and b inclusive, in
 * ascending order; a and b may come in either order.  Only the digits are
 * reported, so a range like [20, 40] produces nothing.
 *
 *   (3, 7)  -> 4 6
 *   (12, 5) -> 6 8
 *   (1, 2)  -> 2
 *
 * Writes into out[] (at most 4 values) and returns the count.
 */
int even_digits_between(int a, int b, int out[4])
{
    int lo = a < b ? a : b;
    int hi = a < b ? b : a;
    int n = 0;

    if (lo < 2) lo = 2;
    if (hi > 8) hi = 8;
    for (int d = lo; d <= hi; d++)
        if (d % 2 == 0)
            out[n++] = d;
    return n;
}
'''

OTHER_C19.append(r'''/*
 * pair_spread.c
 *
 * Mean absolute difference between every pair of samples: take all
 * n*(n-1)/2 unordered pairs (i < j), average |x[i] - x[j]| over them.
 * Unlike the usual spread measures there is no centre point involved at
 * all; it only looks at how far the samples sit from each other.  (Twice
 * this value divided by the mean gives the Gini coefficient.)
 *
 *   {2, 4, 9}   -> pairs 2, 7, 5       -> 14 / 3 = 4.667
 *   {5, 5, 5}   -> 0
 *
 * Needs at least two samples.  The naive double loop is O(n^2); sorting
 * first would allow O(n log n), but the inputs here are small.
 */
#include <math.h>
#include <stddef.h>

double mean_pair_difference(const double *x, size_t n)
{
    double total = 0.0;
    size_t pairs = 0;

    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            total += fabs(x[i] - x[j]);
            pairs++;
        }
    }
    return total / (double)pairs;
}
''')

OTHER_C19.append(r'''#include <string.h>

/*
 * Block mirror: cut the text into consecutive groups of three characters
 * and reverse the order of the characters inside every complete group,
 * so "abcdefgh" becomes "cbafedgh" (the trailing "gh" is too short and
 * stays as it is).  Applying it twice gives back the original text, so
 * the same routine both scrambles and unscrambles.  Works in place.
 */
void mirror_triples(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char t = s[i];
        s[i] = s[i + 2];
        s[i + 2] = t;
    }
}
''')

OTHER_C19.append(r'''Progressive shift cipher

A plain Caesar cipher moves every letter by the same amount, which makes
it trivial to break with letter frequencies. A slightly better toy is to
move each letter by its position in the message: the first character by
0, the second by 1, the third by 2 and so on, wrapping around the alphabet.
So "aaaa" encodes to "abcd" and "hello" to "hfnos". Decoding subtracts the
same position-dependent amounts.

```c
#include <stdio.h>
#include <string.h>

void progressive_encode(char *s)
{
    for (size_t i = 0; s[i]; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = (char)('a' + (s[i] - 'a' + (int)(i % 26)) % 26);
}

void progressive_decode(char *s)
{
    for (size_t i = 0; s[i]; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = (char)('a' + (s[i] - 'a' - (int)(i % 26) + 26) % 26);
}

int main(void)
{
    char msg[] = "hello";
    progressive_encode(msg);
    printf("%s\n", msg);   /* hfnos */
    progressive_decode(msg);
    printf("%s\n", msg);   /* hello */
    return 0;
}
```

The position counts every character, including ones that are not
lowercase letters and therefore aren't shifted themselves.
''')

OTHER_C19.append(r'''#include <stddef.h>
#include <stdlib.h>

/*
 * Minimum number of +1 / -1 steps needed to turn the array into a
 * palindrome, where one step adds or subtracts 1 from a single element.
 * For every mirrored pair the cheapest fix is to move one side onto the
 * other, which costs |a[i] - a[n-1-i]| steps; the pairs are independent,
 * so the total is the sum of those gaps.
 */
long unit_steps_to_palindrome(const int *a, size_t n)
{
    long steps = 0;
    for (size_t i = 0; i < n / 2; i++)
        steps += labs((long)a[i] - (long)a[n - 1 - i]);
    return steps;
}
''')

OTHER_C19.append(r'''/*
 * old_roman.c
 *
 * Additive ("old style") Roman numerals in lowercase, the way they appear
 * on many clock faces and in medieval manuscripts: no subtractive pairs
 * at all, so 4 is "iiii", 9 is "viiii" and 40 is "xxxx".  Valid for
 * 1..3999; the buffer needs room for the longest output (around 40
 * characters is safe).
 *
 *   4   -> "iiii"
 *   19  -> "xviiii"
 *   944 -> "dccccxxxxiiii"
 */
#include <stdio.h>
#include <string.h>

void additive_roman(int num, char *out)
{
    static const int vals[] = { 1000, 500, 100, 50, 10, 5, 1 };
    static const char sym[] = "mdclxvi";
    char *w = out;

    for (int i = 0; i < 7; i++) {
        while (num >= vals[i]) {
            *w++ = sym[i];
            num -= vals[i];
        }
    }
    *w = '\0';
}

int main(void)
{
    char buf[64];
    int tests[] = { 4, 19, 944 };
    for (int i = 0; i < 3; i++) {
        additive_roman(tests[i], buf);
        printf("%d -> %s\n", tests[i], buf);
    }
    return 0;
}
''')

OTHER_C19.append(r'''Fixing up angle brackets with the fewest insertions

Instead of only asking "is this string of < and > balanced?", this asks
how many brackets have to be inserted (anywhere) to make it balanced. Scan
left to right with a counter of currently open '<'. A '>' arriving when
nothing is open needs a new '<' inserted before it; whatever is still open
at the end needs that many '>' appended.

    #include <stddef.h>

    size_t insertions_to_balance(const char *s)
    {
        size_t open = 0, inserted = 0;
        for (; *s; s++) {
            if (*s == '<') {
                open++;
            } else if (*s == '>') {
                if (open > 0)
                    open--;
                else
                    inserted++;     /* unmatched closer */
            }
        }
        return inserted + open;     /* plus unmatched openers */
    }

For example "<<>" needs 1, "><" needs 2, "<><>" needs 0 and ">>>" needs 3.
''')

OTHER_C19.append(r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/*
 * Is `b` a rotation of `a`?  That is, can `b` be obtained by moving some
 * prefix of `a` to its end?  Both strings must have the same length;
 * then b is a rotation of a exactly when b occurs inside a + a.
 * A string counts as a rotation of itself.
 */
bool is_rotation_of(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (strlen(b) != n)
        return false;

    char *twice = malloc(2 * n + 1);
    memcpy(twice, a, n);
    memcpy(twice + n, a, n);
    twice[2 * n] = '\0';

    bool ok = strstr(twice, b) != NULL;
    free(twice);
    return ok;
}
''')
