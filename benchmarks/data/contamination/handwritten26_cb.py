"""Twenty-sixth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C26B: positives keyed by HumanEval item number, items 10, 17, 30, 33, 36, 49, 53, 69, 76, 88, 96, 106, 108, 112, 114, 120, 128, 130, 134, 136, 141, 145, 148, 153.
  C_HELDOUT26B: held-out documents, items 23, 47, 63, 79, 119, 135, 163.
  OTHER_C26B: seven C look-alikes with a different rule:
    0. every third element (indices 0, 3, 6, ...) sorted in DESCENDING order, other positions unchanged.
    1. count the numbers below n divisible by 11 or 13 that contain the digit 7 at least once (each number counted once, not each 7).
    2. keep ONLY the characters that appear in the second string (allow list), then report the filtered text and whether it is a palindrome.
    3. sort integers by the digit sum of their absolute value (sign ignored), ties broken by smaller value first.
    4. return (most negative value, largest positive value), i.e. the extremes on each side of zero, with absent flags.
    5. sequence of n terms from k=1 where ODD k gives k! and EVEN k gives 1+...+k (parities swapped).
    6. the k largest values kept in their original input order (ties at the cut-off go to earlier occurrences), not sorted.
"""

C26B = {}
C_HELDOUT26B = {}
OTHER_C26B = []

C26B[10] = r'''Shortest palindrome by appending characters
===========================================

A small puzzle that came up while I was writing a test-data generator: given a
string, what is the fewest characters you have to tack onto its *end* so that
the whole thing reads the same in both directions?

The trick is to look for the longest tail of the string that is already a
palindrome. Whatever sits in front of that tail has to be mirrored and glued
onto the end. For "abcb" the tail "bcb" is already symmetric, so only "a" needs
mirroring and we get "abcba". For "race" the longest symmetric tail is just
"e", so "rac" is reversed onto the end and we get "racecar".

Scanning start positions from the left, the first one whose suffix is a
palindrome gives the longest such suffix. That is quadratic in the worst case,
which is fine for the short strings I care about (KMP on s + "#" + reverse(s)
would make it linear if you ever need it).

```c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Does s[lo..hi) read the same forwards and backwards? */
static int range_is_palindrome(const char *s, size_t lo, size_t hi)
{
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

/*
 * Returns a newly malloc'd string: src followed by the mirror image of the
 * part of src that comes before its longest palindromic suffix.
 * The caller owns the result. Returns NULL if malloc fails.
 */
char *close_palindrome(const char *src)
{
    size_t len = strlen(src);
    size_t cut = 0;

    while (cut < len && !range_is_palindrome(src, cut, len))
        cut++;

    char *out = malloc(len + cut + 1);
    if (out == NULL)
        return NULL;

    memcpy(out, src, len);
    for (size_t i = 0; i < cut; i++)
        out[len + i] = src[cut - 1 - i];
    out[len + cut] = '\0';
    return out;
}

int main(void)
{
    const char *samples[] = { "race", "abcb", "noon", "ab", "" };

    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char *p = close_palindrome(samples[i]);
        printf("\"%s\" -> \"%s\"\n", samples[i], p);
        free(p);
    }
    return 0;
}
```

Output:

    "race" -> "racecar"
    "abcb" -> "abcba"
    "noon" -> "noon"
    "ab" -> "aba"
    "" -> ""

Note that an empty input simply comes back empty, and a string that is already
a palindrome is returned unchanged, since its longest palindromic suffix is the
whole string.
'''

C26B[17] = r'''/*
 * rhythm.c - reader for the plain-text rhythm notation used by the
 * ear-training drills.
 *
 * A rhythm line is a list of note symbols separated by blanks:
 *
 *     o     whole note     4 beats
 *     o|    half note      2 beats
 *     .|    quarter note   1 beat
 *
 * Extra blanks between symbols are harmless; an empty line is simply a
 * rhythm with no notes in it.
 */
#include <stddef.h>
#include <string.h>

/* Beat value of one symbol of length len, or -1 if we don't know it. */
static int symbol_beats(const char *sym, size_t len)
{
    if (len == 1 && sym[0] == 'o')
        return 4;
    if (len == 2 && sym[1] == '|') {
        if (sym[0] == 'o')
            return 2;
        if (sym[0] == '.')
            return 1;
    }
    return -1;
}

/*
 * Decode `line` into beat counts, one per symbol, in the order they occur.
 * Writes at most `cap` values into `beats` and returns how many it wrote,
 * or -1 if it met an unknown symbol or ran out of room.
 */
int rhythm_to_beats(const char *line, int *beats, size_t cap)
{
    size_t count = 0;
    const char *p = line;

    while (*p) {
        if (*p == ' ') {
            p++;
            continue;
        }
        const char *start = p;
        while (*p && *p != ' ')
            p++;

        int value = symbol_beats(start, (size_t)(p - start));
        if (value < 0 || count == cap)
            return -1;
        beats[count++] = value;
    }
    return (int)count;
}

/* Length of `beats` beats in milliseconds at the given tempo. */
long beats_to_millis(int beats, int bpm)
{
    if (bpm <= 0)
        return 0;
    return (long)beats * 60000L / bpm;
}
'''

C26B[30] = r'''Q: Filter an int array down to its positive values in C

> I have an `int` array that mixes negative numbers, zeros and positives. In
> Python I would write a list comprehension. What's the idiomatic way to get a
> new array with only the positive entries (in their original order) in C?

A: There is no built-in filter, but the loop is short. Let the caller hand you
an output buffer at least as large as the input (the worst case is that every
element survives) and return the number of elements you copied:

```c
#include <stddef.h>
#include <stdio.h>

size_t keep_positive(const int *src, size_t n, int *dst)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (src[i] > 0)          /* zero is not positive, so it is dropped */
            dst[kept++] = src[i];
    }
    return kept;
}

int main(void)
{
    int data[] = { -7, 0, 3, -2, 8, 1 };
    int out[6];
    size_t m = keep_positive(data, 6, out);

    for (size_t i = 0; i < m; i++)
        printf("%d ", out[i]);      /* prints: 3 8 1 */
    putchar('\n');
    return 0;
}
```

If you pass `{-4, -9}` or an empty array you just get a count of 0 back, so
there is nothing special to handle. If you don't want a second buffer you can
also pass the same pointer for `src` and `dst`; because `kept <= i` at every
step the in-place version is safe too.
'''

C26B[33] = r'''Code review: "sort only every third slot" helper

**Original post**

We have a scheduling table where slots 0, 3, 6, ... hold the "anchor" values
and must be kept in ascending order, while all other slots stay exactly where
they are. I wrote this and would like feedback:

```c
void fix_anchors(int *v, int n)
{
    for (int i = 0; i < n; i += 3)
        for (int j = i + 3; j < n; j += 3)
            if (v[j] < v[i]) { int t = v[i]; v[i] = v[j]; v[j] = t; }
}
```

**Reply**

It works, but it modifies the caller's array in place, which surprised us in
the tests because the original order was needed afterwards. It is also a
selection-style O(k^2) sort. I would separate "gather, sort, scatter" and
return a fresh copy:

```c
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Returns a malloc'd copy of v[0..n) in which the entries whose index is a
 * multiple of three have been put into ascending order among themselves.
 * All other entries are copied unchanged. Caller frees; NULL on failure.
 */
int *sorted_every_third(const int *v, size_t n)
{
    int *out = malloc((n ? n : 1) * sizeof *out);
    if (!out)
        return NULL;
    if (n)
        memcpy(out, v, n * sizeof *out);

    size_t k = (n + 2) / 3;            /* number of slots at 0, 3, 6, ... */
    int *tmp = malloc((k ? k : 1) * sizeof *tmp);
    if (!tmp) {
        free(out);
        return NULL;
    }

    for (size_t i = 0; i < k; i++)
        tmp[i] = v[3 * i];
    qsort(tmp, k, sizeof *tmp, cmp_int);
    for (size_t i = 0; i < k; i++)
        out[3 * i] = tmp[i];

    free(tmp);
    return out;
}
```

**Original poster**

Thanks, that reads much better, and the comparator no longer risks overflow
the way `return x - y;` would. Merged.
'''

C26B[36] = r'''/*
 * Lab 3, exercise 4 -- "Sevens among the multiples"
 *
 * Look at every whole number from 0 up to, but not including, `limit`.
 * Keep only those that are a multiple of 11 or a multiple of 13 (or both).
 * Write them all out in decimal and count how many times the digit 7 shows
 * up in total.  A number such as 77 contributes two sevens.
 *
 * Some values you can use to check your work:
 *
 *     sevens_in_multiples(60)   == 0
 *     sevens_in_multiples(120)  == 4     (77 gives two, 78 and 117 one each)
 *     sevens_in_multiples(250)  == 7
 *
 * Compile with:  gcc -Wall -o sevens sevens.c
 */
#include <stdio.h>

static int count_digit(unsigned value, unsigned digit)
{
    int hits = 0;
    do {
        if (value % 10 == digit)
            hits++;
        value /= 10;
    } while (value != 0);
    return hits;
}

int sevens_in_multiples(int limit)
{
    int total = 0;
    for (int x = 0; x < limit; x++) {
        if (x % 11 == 0 || x % 13 == 0)
            total += count_digit((unsigned)x, 7);
    }
    return total;
}

int main(void)
{
    int probes[] = { 60, 120, 250 };
    for (int i = 0; i < 3; i++)
        printf("limit %4d: %d sevens\n", probes[i], sevens_in_multiples(probes[i]));
    return 0;
}
'''

C26B[49] = r'''/* modpow2.c
 *
 * Power of two reduced modulo p, without ever forming 2^n itself.
 * Plain repeated doubling would be fine for small n; square-and-multiply
 * keeps it logarithmic in n. Intermediate products are kept in 64 bits, so
 * any modulus that fits in 32 bits is safe.
 *
 * By convention the empty product is returned for n == 0, i.e. the result
 * is 1 whatever the modulus.
 */
#include <stdint.h>

uint32_t two_pow_mod(uint32_t n, uint32_t p)
{
    uint64_t result = 1;
    uint64_t base = 2 % p;

    while (n > 0) {
        if (n & 1u)
            result = (result * base) % p;
        base = (base * base) % p;
        n >>= 1;
    }
    return (uint32_t)result;
}
'''

C26B[53] = r'''/* arith.c -- tiny integer helpers shared by the calculator front end. */
#include <limits.h>

/* Sum of two integers. */
int plus(int lhs, int rhs)
{
    return lhs + rhs;
}

/* Clamp v into [lo, hi]. */
int clamp_int(int v, int lo, int hi)
{
    if (v < lo)
        return lo;
    if (v > hi)
        return hi;
    return v;
}

/* -1, 0 or 1 depending on the sign of v. */
int sign_of(int v)
{
    return (v > 0) - (v < 0);
}

/* Absolute value that does not overflow on INT_MIN (saturates instead). */
int safe_abs(int v)
{
    if (v == INT_MIN)
        return INT_MAX;
    return v < 0 ? -v : v;
}
'''

C26B[69] = r'''## Frequency puzzle: biggest value that appears at least as often as itself

Given a non-empty array of positive integers, find the largest value `v` such
that `v` occurs **at least** `v` times in the array. If there is no such value
the answer is -1.

Examples (worked by hand):

| input                  | answer | why                                        |
|------------------------|--------|--------------------------------------------|
| `{3, 1, 3, 3, 2, 2}`   | 3      | 3 appears 3 times, 2 twice, 1 once         |
| `{6, 6, 6, 6, 6}`      | -1     | 6 appears only 5 times                     |
| `{1, 1, 2}`            | 1      | 2 appears once, which is fewer than 2      |

A counting array indexed by value does all the work: one pass to count, one
pass over the possible values keeping the last one that qualifies.

```c
#include <stdio.h>
#include <stdlib.h>

int largest_self_frequent(const int *vals, int n)
{
    int top = 0;
    for (int i = 0; i < n; i++)
        if (vals[i] > top)
            top = vals[i];

    int *freq = calloc((size_t)top + 1, sizeof *freq);
    if (!freq)
        return -1;
    for (int i = 0; i < n; i++)
        freq[vals[i]]++;

    int best = -1;
    for (int v = 1; v <= top; v++)
        if (freq[v] >= v)
            best = v;

    free(freq);
    return best;
}

int main(void)
{
    int a[] = { 3, 1, 3, 3, 2, 2 };
    int b[] = { 6, 6, 6, 6, 6 };
    int c[] = { 1, 1, 2 };

    printf("%d\n", largest_self_frequent(a, 6));   /* 3  */
    printf("%d\n", largest_self_frequent(b, 5));   /* -1 */
    printf("%d\n", largest_self_frequent(c, 3));   /* 1  */
    return 0;
}
```

Memory is proportional to the largest value, so if the values can be huge,
sort a copy and count runs instead.
'''

C26B[76] = r'''#include <stdbool.h>

/*
 * is_integer_power_of(x, base)
 *
 * Answers whether x can be written as base raised to some whole exponent
 * k >= 0, so x == 1 always qualifies (k == 0).
 *
 * Base 1 is special-cased: its only power is 1, and without the check the
 * loop below would never get past 1.
 *
 * We simply keep multiplying an accumulator by the base until it reaches or
 * passes x, then see whether we landed exactly on it. A 64-bit accumulator
 * keeps the last multiplication from overflowing for int-sized inputs.
 */
bool is_integer_power_of(long long x, long long base)
{
    if (base == 1)
        return x == 1;

    long long acc = 1;
    while (acc < x)
        acc *= base;

    return acc == x;
}
'''

C26B[88] = r'''/*
 * parity_sort.c
 *
 * Return a sorted copy of an array of non-negative ints; the input itself is
 * never touched. The direction depends on the two end elements:
 *
 *   - first + last is odd  -> ascending order
 *   - first + last is even -> descending order
 *
 * A one-element array counts its single element as both first and last, so
 * the sum is even and the "descending" branch is taken (which of course makes
 * no difference). An empty array gives an empty result.
 *
 *   {3, 8, 1, 6}     3 + 6 = 9, odd    -> {1, 3, 6, 8}
 *   {4, 9, 2, 7, 6}  4 + 6 = 10, even  -> {9, 7, 6, 4, 2}
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int descending(const void *a, const void *b)
{
    return ascending(b, a);
}

/* Caller frees the result. For n == 0 a valid (empty) block is returned. */
int *parity_sorted_copy(const int *src, size_t n)
{
    int *copy = malloc(n ? n * sizeof *copy : 1);
    if (copy == NULL || n == 0)
        return copy;

    memcpy(copy, src, n * sizeof *copy);
    int odd = (src[0] + src[n - 1]) % 2 != 0;
    qsort(copy, n, sizeof *copy, odd ? ascending : descending);
    return copy;
}

static void show(const int *v, size_t n)
{
    putchar('{');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", v[i]);
    puts("}");
}

int main(void)
{
    int a[] = { 3, 8, 1, 6 };
    int b[] = { 4, 9, 2, 7, 6 };

    int *ra = parity_sorted_copy(a, 4);
    int *rb = parity_sorted_copy(b, 5);
    show(ra, 4);   /* {1, 3, 6, 8} */
    show(rb, 5);   /* {9, 7, 6, 4, 2} */
    free(ra);
    free(rb);
    return 0;
}
'''

C26B[96] = r'''/*
 * primes_below.c
 *
 * Collect every prime strictly smaller than `limit`, smallest first, using
 * a sieve of Eratosthenes. The caller supplies the output buffer; since
 * fewer than limit/2 + 1 numbers below `limit` can be prime, a buffer of
 * that size is always enough. Returns the number of primes written, or -1
 * if the scratch allocation fails.
 *
 * Limits of 0, 1 and 2 produce no primes at all.
 */
#include <stdlib.h>

int primes_below(int limit, int *out)
{
    if (limit <= 2)
        return 0;

    unsigned char *composite = calloc((size_t)limit, 1);
    if (composite == NULL)
        return -1;

    int found = 0;
    for (int i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        out[found++] = i;
        for (long long m = (long long)i * i; m < limit; m += i)
            composite[m] = 1;
    }

    free(composite);
    return found;
}
'''

C26B[106] = r'''// alt_seq.c
//
// Build the first n terms of a sequence whose k-th term (k counted from 1)
// depends on the parity of k:
//
//   k even  ->  k!             (1 * 2 * ... * k)
//   k odd   ->  1 + 2 + ... + k  (the k-th triangular number)
//
// So for n = 8 you get
//   1, 2, 6, 24, 15, 720, 28, 40320
// and for n = 2 just 1, 2.
//
// Terms are stored as unsigned long long; k! stops fitting at k = 21, which
// is far beyond what we use this for.

#include <stdio.h>

void fill_alternating(unsigned long long *terms, int n)
{
    unsigned long long fact = 1;  // running k!
    unsigned long long tri = 0;   // running 1 + ... + k

    for (int k = 1; k <= n; k++) {
        fact *= (unsigned long long)k;
        tri += (unsigned long long)k;
        terms[k - 1] = (k % 2 == 0) ? fact : tri;
    }
}

int main(void)
{
    unsigned long long t[8];
    fill_alternating(t, 8);
    for (int i = 0; i < 8; i++)
        printf("%llu%s", t[i], i + 1 < 8 ? ", " : "\n");
    return 0;
}
'''

C26B[108] = r'''/*
 * How many array entries have a positive "signed digit sum"?
 *
 * The signed digit sum of a number is the sum of its decimal digits, except
 * that for a negative number the leading (most significant) digit is taken
 * with a minus sign and the rest stay positive. For instance the number
 * -305 contributes -3 + 0 + 5. Zero has digit sum 0 and is therefore not
 * counted.
 */
#include <stddef.h>

static int signed_digit_sum(long long v)
{
    int negative = v < 0;
    unsigned long long m = negative ? 0ULL - (unsigned long long)v
                                    : (unsigned long long)v;
    int total = 0;

    /* peel digits from the right; the last one peeled is the leading digit */
    while (m >= 10) {
        total += (int)(m % 10);
        m /= 10;
    }
    total += negative ? -(int)m : (int)m;
    return total;
}

size_t count_positive_digit_sums(const long long *arr, size_t len)
{
    size_t hits = 0;
    for (size_t i = 0; i < len; i++)
        if (signed_digit_sum(arr[i]) > 0)
            hits++;
    return hits;
}
'''

C26B[112] = r'''Strip characters, then test for a palindrome
--------------------------------------------

Exercise: you get a text `s` and a second string `drop`. Remove from `s` every
character that occurs anywhere in `drop`, keep the rest in order, and report
both the cleaned string and whether it reads the same backwards.

    s = "level up", drop = " up"  ->  "level",  palindrome
    s = "banana",   drop = "b"    ->  "anana",  palindrome
    s = "kayaks",   drop = "y"    ->  "kaaks",  not a palindrome
    s = "zzz",      drop = "z"    ->  "",       palindrome (empty string)

In C the natural shape is a small struct for the pair of results, with the
cleaned text written into a buffer the caller provides (it never needs to be
longer than `s`).

```c
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

struct strip_result {
    char *text;          /* points at the caller's buffer */
    bool  is_palindrome;
};

struct strip_result strip_and_check(const char *s, const char *drop, char *buf)
{
    bool banned[256] = { false };
    for (const unsigned char *d = (const unsigned char *)drop; *d; d++)
        banned[*d] = true;

    size_t len = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (!banned[*p])
            buf[len++] = (char)*p;
    buf[len] = '\0';

    bool pal = true;
    for (size_t i = 0, j = len; i + 1 < j; i++, j--) {
        if (buf[i] != buf[j - 1]) {
            pal = false;
            break;
        }
    }

    struct strip_result r = { buf, pal };
    return r;
}

int main(void)
{
    const char *cases[][2] = {
        { "level up", " up" }, { "banana", "b" }, { "kayaks", "y" }, { "zzz", "z" },
    };
    char buf[64];

    for (int i = 0; i < 4; i++) {
        struct strip_result r = strip_and_check(cases[i][0], cases[i][1], buf);
        printf("(\"%s\", %s)\n", r.text, r.is_palindrome ? "true" : "false");
    }
    return 0;
}
```
'''

C26B[114] = r'''/*
 * Smallest sum over all non-empty contiguous runs of an array.
 *
 * This is Kadane's algorithm turned upside down: walk the array keeping the
 * cheapest run that ends at the current position. That run either extends
 * the cheapest run ending one step earlier or starts fresh here, whichever
 * is smaller. The answer is the smallest value that ever showed up.
 *
 * The run must contain at least one element, so an all-positive array yields
 * its smallest element rather than 0. Sums are 64-bit. len must be >= 1.
 */
#include <stddef.h>

long long min_run_sum(const long long *a, size_t len)
{
    long long ending_here = a[0];
    long long best = a[0];

    for (size_t i = 1; i < len; i++) {
        long long extended = ending_here + a[i];
        ending_here = extended < a[i] ? extended : a[i];
        if (ending_here < best)
            best = ending_here;
    }
    return best;
}
'''

C26B[120] = r'''/*
 * top_k.c  --  the k largest values of an array, reported smallest-first.
 *
 * Approach: sort a scratch copy ascending and take the last k entries, which
 * are then already in ascending order. Duplicates are kept: if the biggest
 * value appears twice, both copies can be part of the answer.
 *
 *   values {7, -2, 9, 0, 7}, k = 3   ->  {7, 7, 9}
 *   values {7, -2, 9, 0, 7}, k = 5   ->  {-2, 0, 7, 7, 9}
 *   values {5, 1},           k = 0   ->  {}   (nothing written)
 *
 * out must have room for k ints, and 0 <= k <= n is expected.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int top_k_ascending(const int *values, int n, int k, int *out)
{
    if (k <= 0)
        return 0;

    int *scratch = malloc((size_t)n * sizeof *scratch);
    if (scratch == NULL)
        return -1;
    memcpy(scratch, values, (size_t)n * sizeof *scratch);
    qsort(scratch, (size_t)n, sizeof *scratch, by_value);

    memcpy(out, scratch + (n - k), (size_t)k * sizeof *out);
    free(scratch);
    return k;
}

int main(void)
{
    int v[] = { 7, -2, 9, 0, 7 };
    int out[5];
    int m = top_k_ascending(v, 5, 3, out);

    for (int i = 0; i < m; i++)
        printf("%d ", out[i]);   /* 7 7 9 */
    printf("\n");
    return 0;
}
'''

C26B[128] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Sum of the absolute values of the elements, multiplied by the product of
 * their signs (+1 for positive, -1 for negative, 0 for zero).
 *
 * Any zero in the input wipes the whole thing out; otherwise the sign of the
 * result flips once for every negative element. An empty array has no
 * meaningful answer, so the function reports failure by returning false and
 * leaves *result untouched.
 */
bool signed_magnitude_total(const int *arr, size_t n, long *result)
{
    if (n == 0)
        return false;

    long magnitude = 0;
    int sign = 1;

    for (size_t i = 0; i < n; i++) {
        int v = arr[i];
        if (v == 0)
            sign = 0;
        else if (v < 0)
            sign = -sign;
        magnitude += v < 0 ? -(long)v : (long)v;
    }

    *result = sign * magnitude;
    return true;
}
'''

C26B[130] = r'''A "tribonacci" with a twist
===========================

This sequence shows up in a few puzzle collections. Index it from 0:

* t(0) = 1
* t(1) = 3
* for even k:  t(k) = 1 + k/2
* for odd k >= 3:  t(k) = t(k-1) + t(k-2) + t(k+1)

The odd rule looks like it needs a value from the future, but k+1 is even, so
t(k+1) is simply 1 + (k+1)/2 = (k+3)/2. That means the whole list can be
filled left to right in one pass. The function below writes the n + 1 values
t(0) .. t(n) into `seq`.

```c
#include <stdio.h>

void fill_twisted_tribonacci(long long *seq, int n)
{
    seq[0] = 1;
    if (n == 0)
        return;
    seq[1] = 3;
    for (int k = 2; k <= n; k++) {
        if (k % 2 == 0)
            seq[k] = k / 2 + 1;
        else
            seq[k] = seq[k - 1] + seq[k - 2] + (k + 3) / 2;
    }
}

int main(void)
{
    long long s[12];
    fill_twisted_tribonacci(s, 11);
    for (int i = 0; i <= 11; i++)
        printf("%lld ", s[i]);
    printf("\n");
    return 0;
}
```

Running it prints

    1 3 2 8 3 15 4 24 5 35 6 48

Note how the odd-indexed terms grow roughly quadratically while the even ones
just count up by one.
'''

C26B[134] = r'''#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/*
 * ends_with_lone_letter()
 *
 * Split the text on single spaces and look at the final piece. The answer is
 * true only if that piece is exactly one character long and that character
 * is an ASCII letter. In other words the string must finish with a letter
 * that stands on its own rather than being the tail of a longer word.
 *
 * A trailing space makes the final piece empty, so such strings are false,
 * and so is the empty string.
 */
bool ends_with_lone_letter(const char *text)
{
    const char *last_piece = strrchr(text, ' ');
    last_piece = last_piece ? last_piece + 1 : text;

    if (strlen(last_piece) != 1)
        return false;

    unsigned char c = (unsigned char)last_piece[0];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
'''

C26B[136] = r'''/*
 * Find, in one pass:
 *   - the negative number closest to zero (i.e. the largest negative), and
 *   - the positive number closest to zero (i.e. the smallest positive).
 * Zeros belong to neither group. Either part may be missing, which is why the
 * result carries a flag for each.
 *
 *   {-8, -3, 0, 5, 2}  ->  neg = -3,   pos = 2
 *   {4, 9}             ->  neg = none, pos = 4
 *   {0, 0}             ->  neg = none, pos = none
 */
#include <stdbool.h>
#include <stdio.h>

typedef struct {
    bool has_neg;
    int  neg;     /* valid only if has_neg */
    bool has_pos;
    int  pos;     /* valid only if has_pos */
} nearest_pair;

nearest_pair nearest_to_zero(const int *xs, int count)
{
    nearest_pair r = { false, 0, false, 0 };

    for (int i = 0; i < count; i++) {
        int x = xs[i];
        if (x < 0 && (!r.has_neg || x > r.neg)) {
            r.neg = x;
            r.has_neg = true;
        } else if (x > 0 && (!r.has_pos || x < r.pos)) {
            r.pos = x;
            r.has_pos = true;
        }
    }
    return r;
}

static void print_pair(nearest_pair r)
{
    if (r.has_neg) printf("(%d, ", r.neg); else printf("(none, ");
    if (r.has_pos) printf("%d)\n", r.pos); else printf("none)\n");
}

int main(void)
{
    int a[] = { -8, -3, 0, 5, 2 };
    int b[] = { 4, 9 };
    int c[] = { 0, 0 };

    print_pair(nearest_to_zero(a, 5));
    print_pair(nearest_to_zero(b, 2));
    print_pair(nearest_to_zero(c, 2));
    return 0;
}
'''

C26B[141] = r'''/*
 * upload_rules.c -- server-side sanity check for uploaded file names.
 *
 * A name passes only if every one of these holds:
 *   1. it contains exactly one '.', splitting it into a stem and an extension;
 *   2. the extension is one of "txt", "exe" or "dll" (exact, case-sensitive);
 *   3. the stem is non-empty and its first character is an ASCII letter;
 *   4. the stem contains no more than three decimal digits in total.
 *
 * Returns the string "Yes" or "No" because that is what the upload form
 * protocol expects in its reply field.
 */
#include <ctype.h>
#include <string.h>

static const char *const allowed_ext[] = { "txt", "exe", "dll" };

static int extension_allowed(const char *ext)
{
    for (size_t i = 0; i < sizeof allowed_ext / sizeof allowed_ext[0]; i++)
        if (strcmp(ext, allowed_ext[i]) == 0)
            return 1;
    return 0;
}

const char *upload_name_verdict(const char *name)
{
    const char *dot = strchr(name, '.');

    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";                      /* zero dots, or more than one */
    if (!extension_allowed(dot + 1))
        return "No";
    if (dot == name)
        return "No";                      /* empty stem */

    unsigned char first = (unsigned char)name[0];
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
        return "No";

    int digits = 0;
    for (const char *p = name; p < dot; p++)
        if (isdigit((unsigned char)*p))
            digits++;

    return digits > 3 ? "No" : "Yes";
}
'''

C26B[145] = r'''Sorting integers by their digit sum (stable)
============================================

Task from our weekly kata: order a list of integers by the sum of their
digits, smallest sum first. For negative numbers the leading digit counts as
negative, so -30 has digit sum -3 + 0 = -3 and -5 has digit sum -5. Numbers
with the same digit sum must keep the relative order they had in the input.

Example:

    input:   21  -5   3  12  -30
    sums:     3  -5   3   3   -3
    output:  -5 -30  21   3   12

`qsort` is not guaranteed to be stable, so I went with a plain insertion sort
on precomputed keys. It is stable by construction (we only shift elements
whose key is strictly larger) and perfectly adequate for kata-sized input.

```c
#include <stdio.h>
#include <stdlib.h>

static int digit_key(int n)
{
    long m = n < 0 ? -(long)n : n;
    int sum = 0;
    while (m >= 10) {
        sum += (int)(m % 10);
        m /= 10;
    }
    /* m is now the leading digit */
    return n < 0 ? sum - (int)m : sum + (int)m;
}

/* Sorts nums in place; returns 0, or -1 if the key buffer can't be allocated. */
int sort_by_digit_key(int *nums, size_t n)
{
    int *keys = malloc((n ? n : 1) * sizeof *keys);
    if (!keys)
        return -1;
    for (size_t i = 0; i < n; i++)
        keys[i] = digit_key(nums[i]);

    for (size_t i = 1; i < n; i++) {
        int v = nums[i], k = keys[i];
        size_t j = i;
        while (j > 0 && keys[j - 1] > k) {
            nums[j] = nums[j - 1];
            keys[j] = keys[j - 1];
            j--;
        }
        nums[j] = v;
        keys[j] = k;
    }
    free(keys);
    return 0;
}

int main(void)
{
    int data[] = { 21, -5, 3, 12, -30 };
    sort_by_digit_key(data, 5);
    for (int i = 0; i < 5; i++)
        printf("%d ", data[i]);      /* -5 -30 21 3 12 */
    printf("\n");
    return 0;
}
```

An empty array is handled naturally: nothing to key, nothing to move.
'''

C26B[148] = r'''/*
 * orbits.c
 *
 * Given two planet names, list the planets whose orbits lie strictly between
 * them, ordered from the one nearest the Sun outwards. The two names may be
 * given in either order. If either name is not one of the eight planets, or
 * both names are the same planet, nothing is listed.
 *
 * Names are matched exactly ("Mars", not "mars"). The results point into a
 * static table, so the caller must not free them.
 */
#include <string.h>

static const char *const PLANETS[] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune",
};
enum { PLANET_COUNT = sizeof PLANETS / sizeof PLANETS[0] };

static int planet_index(const char *name)
{
    for (int i = 0; i < PLANET_COUNT; i++)
        if (strcmp(PLANETS[i], name) == 0)
            return i;
    return -1;
}

/* Writes up to 6 names into `between`; returns how many were written. */
int planets_between(const char *a, const char *b, const char *between[])
{
    int ia = planet_index(a);
    int ib = planet_index(b);

    if (ia < 0 || ib < 0 || ia == ib)
        return 0;

    int inner = ia < ib ? ia : ib;
    int outer = ia < ib ? ib : ia;
    int count = 0;

    for (int i = inner + 1; i < outer; i++)
        between[count++] = PLANETS[i];
    return count;
}
'''

C26B[153] = r'''/*
 * Picking the "strongest" plugin name for a class.
 *
 * Every candidate suffix gets a score: number of uppercase letters minus
 * number of lowercase letters (digits, underscores and other characters are
 * ignored). The suffix with the highest score wins; when several share the
 * top score, the earliest one in the list is kept. The result is written as
 * "<ClassName>.<Suffix>".
 *
 * Examples:
 *   "Widget", {"fooBAR", "XY", "abc"}   -> "Widget.XY"   (scores 0, 2, -3)
 *   "Node",   {"Ab", "cD"}              -> "Node.Ab"     (tie at 0, first wins)
 *   "Io",     {"x1", "__", "Q9z"}       -> "Io.__"       (scores -1, 0, 0)
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

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

/* count must be >= 1; out must hold strlen(cls) + 1 + strlen(winner) + 1 bytes. */
char *strongest_suffix(const char *cls, const char *const *suffixes, int count,
                       char *out, size_t out_size)
{
    int best = 0;
    int best_score = case_score(suffixes[0]);

    for (int i = 1; i < count; i++) {
        int sc = case_score(suffixes[i]);
        if (sc > best_score) {
            best_score = sc;
            best = i;
        }
    }
    snprintf(out, out_size, "%s.%s", cls, suffixes[best]);
    return out;
}

int main(void)
{
    const char *a[] = { "fooBAR", "XY", "abc" };
    const char *b[] = { "Ab", "cD" };
    const char *c[] = { "x1", "__", "Q9z" };
    char buf[64];

    puts(strongest_suffix("Widget", a, 3, buf, sizeof buf));
    puts(strongest_suffix("Node", b, 2, buf, sizeof buf));
    puts(strongest_suffix("Io", c, 3, buf, sizeof buf));
    return 0;
}
'''

C_HELDOUT26B[23] = r'''Re-implementing the C library, part 1: string length
====================================================

The first function everybody writes when re-implementing libc from scratch
is the one that counts characters. A C string is just bytes up to a
terminating NUL, so we walk a pointer forward until we hit it and subtract
where we started.

```c
#include <assert.h>
#include <stddef.h>

size_t str_length(const char *s)
{
    const char *p = s;
    while (*p != '\0')
        p++;
    return (size_t)(p - s);
}

int main(void)
{
    assert(str_length("") == 0);
    assert(str_length("C") == 1);
    assert(str_length("hello, world") == 12);
    assert(str_length("tab\there") == 8);   /* the escape is one character */
    return 0;
}
```

Pointer subtraction gives a `ptrdiff_t`; since `p` never moves backwards the
difference is non-negative and the cast to `size_t` is safe. Real C libraries
read a machine word at a time and use bit tricks to spot the zero byte, but
the simple loop is the reference behaviour that those versions must match.
'''

C_HELDOUT26B[47] = r'''/*
 * stats.c -- a few descriptive statistics over int samples.
 */
#include <stdlib.h>
#include <string.h>

static int cmp_ints(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Arithmetic mean; n must be > 0. */
double sample_mean(const int *v, size_t n)
{
    double total = 0.0;
    for (size_t i = 0; i < n; i++)
        total += v[i];
    return total / (double)n;
}

/*
 * Middle value of the samples once they are put in order. With an odd count
 * that is the single centre element; with an even count it is the average of
 * the two centre elements (so it may have a fractional part). The input is
 * not reordered: we sort a private copy. n must be > 0.
 */
double sample_midpoint(const int *v, size_t n)
{
    int *sorted = malloc(n * sizeof *sorted);
    if (sorted == NULL)
        return 0.0;
    memcpy(sorted, v, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_ints);

    double mid;
    if (n % 2 == 1)
        mid = sorted[n / 2];
    else
        mid = ((double)sorted[n / 2 - 1] + (double)sorted[n / 2]) / 2.0;

    free(sorted);
    return mid;
}

/* Largest minus smallest; n must be > 0. */
int sample_range(const int *v, size_t n)
{
    int lo = v[0], hi = v[0];
    for (size_t i = 1; i < n; i++) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }
    return hi - lo;
}
'''

C_HELDOUT26B[63] = r'''// "Tribonacci"-type numbers seeded with 0, 0, 1, computed iteratively.
//
// The sequence starts 0, 0, 1 and each later term is the sum of the three
// terms before it:
//
//   n    : 0  1  2  3  4  5  6  7   8   9   10   11
//   T(n) : 0  0  1  1  2  4  7  13  24  44  81  149
//
// A naive recursive version recomputes the same terms exponentially many
// times; keeping just the last three values makes it linear time and O(1)
// memory.

#include <stdio.h>

unsigned long long trib_zero_zero_one(unsigned n)
{
    unsigned long long a = 0, b = 0, c = 1;   // T(0), T(1), T(2)

    if (n < 2)
        return 0;
    for (unsigned i = 2; i < n; i++) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return c;
}

int main(void)
{
    unsigned probes[] = { 0, 3, 6, 9, 11 };
    for (int i = 0; i < 5; i++)
        printf("T(%u) = %llu\n", probes[i], trib_zero_zero_one(probes[i]));
    // T(0) = 0, T(3) = 1, T(6) = 7, T(9) = 44, T(11) = 149
    return 0;
}
'''

C_HELDOUT26B[79] = r'''#include <stddef.h>

/*
 * Render a non-negative integer in base 2, wrapped in the two-character
 * marker "db" on both sides (the legacy report format wants the markers so
 * the field can be found with a simple scan). Zero is written as a single
 * '0' digit between the markers.
 *
 * buf must hold at least 2 + 64 + 2 + 1 bytes for a 64-bit value.
 * Returns buf.
 */
char *to_tagged_binary(unsigned long long value, char *buf)
{
    char digits[64];
    size_t nd = 0;

    do {
        digits[nd++] = (char)('0' + (value & 1u));
        value >>= 1;
    } while (value != 0);

    size_t pos = 0;
    buf[pos++] = 'd';
    buf[pos++] = 'b';
    while (nd > 0)
        buf[pos++] = digits[--nd];    /* most significant bit first */
    buf[pos++] = 'd';
    buf[pos++] = 'b';
    buf[pos] = '\0';
    return buf;
}
'''

C_HELDOUT26B[119] = r'''Two fragments of brackets: can they be glued into a balanced string?
-------------------------------------------------------------------

Each of the two input strings contains only '(' and ')'. We may put them
together in either order, first+second or second+first. The answer is "Yes"
if at least one of those two concatenations is balanced (every ')' closes an
earlier '(' and nothing is left open at the end), otherwise "No".

Some checks:

    "(()" and ")"   -> "(())" works              -> Yes
    ")(" and "()"   -> ")(()" and "())(" both bad -> No
    "))" and "(("   -> "(())" works              -> Yes
    "(" and "("     -> never closes              -> No

Rather than building the concatenated strings we can run the depth counter
across the first piece and straight on into the second.

```c
#include <stdio.h>

/* Walk a, then b, tracking nesting depth; fail as soon as it dips below 0. */
static int balanced_pair(const char *a, const char *b)
{
    long depth = 0;
    const char *parts[2] = { a, b };

    for (int k = 0; k < 2; k++) {
        for (const char *p = parts[k]; *p; p++) {
            depth += (*p == '(') ? 1 : -1;
            if (depth < 0)
                return 0;
        }
    }
    return depth == 0;
}

const char *can_join_balanced(const char *first, const char *second)
{
    if (balanced_pair(first, second) || balanced_pair(second, first))
        return "Yes";
    return "No";
}

int main(void)
{
    printf("%s\n", can_join_balanced("(()", ")"));   /* Yes */
    printf("%s\n", can_join_balanced(")(", "()"));   /* No  */
    printf("%s\n", can_join_balanced("))", "(("));   /* Yes */
    printf("%s\n", can_join_balanced("(", "("));     /* No  */
    return 0;
}
```
'''

C_HELDOUT26B[135] = r'''/*
 * last_descent.c
 *
 * Scan an array of distinct values and report the position of the last
 * "step down": the largest index i (i >= 1) such that a[i] is smaller than
 * the element right before it. An array that never steps down (already
 * increasing, a single element, or empty) yields -1.
 *
 * Scanning from the right and stopping at the first hit is enough, since we
 * only want the largest such index.
 */
#include <stddef.h>

long last_descent_index(const int *a, size_t n)
{
    for (size_t i = n; i-- > 1; ) {
        if (a[i] < a[i - 1])
            return (long)i;
    }
    return -1;
}
'''

C_HELDOUT26B[163] = r'''/*
 * even_digits_between.c
 *
 * Given two positive integers lo and hi (in either order), write out the even
 * single-digit numbers that lie in the closed range between them, smallest
 * first. Only 2, 4, 6 and 8 can ever appear, so the output buffer needs room
 * for at most four values.
 *
 *   (3, 7)   -> 4 6
 *   (9, 1)   -> 2 4 6 8
 *   (6, 6)   -> 6
 *   (12, 30) -> (nothing: no single digits in that range)
 */
#include <stdio.h>

int even_digits_between(int a, int b, int out[4])
{
    int from = a < b ? a : b;
    int to = a < b ? b : a;
    int n = 0;

    if (from < 2)
        from = 2;
    if (to > 8)
        to = 8;

    for (int d = from; d <= to; d++)
        if (d % 2 == 0)
            out[n++] = d;
    return n;
}

int main(void)
{
    int pairs[][2] = { { 3, 7 }, { 9, 1 }, { 6, 6 }, { 12, 30 } };
    int out[4];

    for (int i = 0; i < 4; i++) {
        int n = even_digits_between(pairs[i][0], pairs[i][1], out);
        printf("(%d, %d) ->", pairs[i][0], pairs[i][1]);
        for (int j = 0; j < n; j++)
            printf(" %d", out[j]);
        printf("\n");
    }
    return 0;
}
'''

OTHER_C26B.append(r'''/*
 * every_third_desc.c
 *
 * Produce a copy of an int array in which the elements sitting at indices
 * 0, 3, 6, 9, ... have been rearranged among themselves into DESCENDING
 * order (largest first), while every other position keeps its original
 * value. The source array is not modified.
 *
 * Used by the layout engine, which wants its "column head" cells ordered from
 * widest to narrowest without disturbing the filler cells in between.
 */
#include <stdlib.h>
#include <string.h>

static int larger_first(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x < y) - (x > y);
}

/* dst must have room for n ints; it may not alias src. */
void every_third_descending(const int *src, int *dst, size_t n)
{
    size_t heads = (n + 2) / 3;
    int stack_buf[64];
    int *tmp = heads <= 64 ? stack_buf : malloc(heads * sizeof *tmp);

    memcpy(dst, src, n * sizeof *dst);
    if (tmp == NULL)
        return;                       /* out of memory: plain copy */

    for (size_t i = 0; i < heads; i++)
        tmp[i] = src[3 * i];
    qsort(tmp, heads, sizeof *tmp, larger_first);
    for (size_t i = 0; i < heads; i++)
        dst[3 * i] = tmp[i];

    if (tmp != stack_buf)
        free(tmp);
}
''')

OTHER_C26B.append(r'''/*
 * Homework 5, problem 2: "Lucky multiples"
 *
 * Among the integers 0, 1, ..., limit - 1, consider those divisible by 11 or
 * by 13. How many of them contain the digit 7 at least once?
 *
 * Each qualifying number is counted ONCE, no matter how many sevens it has:
 * 77 adds 1 to the answer, not 2.
 *
 *   lucky_multiples(70)  == 0
 *   lucky_multiples(80)  == 2    (77 and 78)
 *   lucky_multiples(180) == 4    (77, 78, 117, 176)
 */
#include <stdbool.h>
#include <stdio.h>

static bool has_seven(int v)
{
    for (; v > 0; v /= 10)
        if (v % 10 == 7)
            return true;
    return false;
}

int lucky_multiples(int limit)
{
    int count = 0;
    for (int i = 0; i < limit; i++)
        if ((i % 11 == 0 || i % 13 == 0) && has_seven(i))
            count++;
    return count;
}

int main(void)
{
    printf("%d %d %d\n", lucky_multiples(70), lucky_multiples(80),
           lucky_multiples(180));   /* 0 2 4 */
    return 0;
}
''')

OTHER_C26B.append(r'''Keep-list filter plus palindrome check
======================================

A variation on the usual "delete these characters" exercise: this time the
second string is an *allow list*. Every character of the text that does NOT
appear in `keep` is thrown away; the survivors stay in their original order.
Then report whether what is left is a palindrome.

    text = "abracadabra", keep = "ab"  -> "abaaaba"  palindrome
    text = "hello world", keep = "lo"  -> "llool"    not a palindrome
    text = "xyz",         keep = "q"   -> ""         palindrome (empty)

```c
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Writes the filtered text into out (room for strlen(text) + 1 bytes)
   and returns whether it reads the same in both directions. */
bool keep_only_palindrome(const char *text, const char *keep, char *out)
{
    size_t n = 0;
    for (const char *p = text; *p; p++)
        if (strchr(keep, *p) != NULL)
            out[n++] = *p;
    out[n] = '\0';

    for (size_t i = 0; i < n / 2; i++)
        if (out[i] != out[n - 1 - i])
            return false;
    return true;
}

int main(void)
{
    char buf[32];
    bool pal = keep_only_palindrome("hello world", "lo", buf);
    printf("%s %s\n", buf, pal ? "yes" : "no");   /* llool no */
    return 0;
}
```

Careful: `strchr(keep, '\0')` would match the terminator, but the loop never
passes the terminator of `text` to it, so that corner case cannot occur.
''')

OTHER_C26B.append(r'''/*
 * digit_order.c
 *
 * Sort integers by the sum of the decimal digits of their absolute value
 * (the sign is ignored entirely: -48 and 48 both have key 12). When two
 * numbers have the same key, the numerically smaller one goes first, so the
 * result does not depend on the input order at all.
 */
#include <stdlib.h>

static int abs_digit_sum(int v)
{
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    int s = 0;
    while (u) {
        s += (int)(u % 10);
        u /= 10;
    }
    return s;
}

static int by_key_then_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int ka = abs_digit_sum(a), kb = abs_digit_sum(b);

    if (ka != kb)
        return ka < kb ? -1 : 1;
    return (a > b) - (a < b);
}

void sort_by_abs_digit_sum(int *v, size_t n)
{
    qsort(v, n, sizeof *v, by_key_then_value);
}
''')

OTHER_C26B.append(r'''/*
 * Extremes on each side of zero.
 *
 * Returns the most negative value in the array (the one farthest below zero)
 * and the most positive value (the one farthest above zero). Zero belongs to
 * neither side. A side with no members is flagged as absent.
 *
 *   {-8, -3, 0, 5, 2}  ->  (-8, 5)
 *   {4, 9, 1}          ->  (absent, 9)
 *   {-1, -6}           ->  (-6, absent)
 */
#include <stdio.h>

struct extremes {
    int lowest, highest;
    int have_lowest, have_highest;
};

struct extremes side_extremes(const int *a, int n)
{
    struct extremes e = { 0, 0, 0, 0 };

    for (int i = 0; i < n; i++) {
        if (a[i] < 0 && (!e.have_lowest || a[i] < e.lowest)) {
            e.lowest = a[i];
            e.have_lowest = 1;
        }
        if (a[i] > 0 && (!e.have_highest || a[i] > e.highest)) {
            e.highest = a[i];
            e.have_highest = 1;
        }
    }
    return e;
}

int main(void)
{
    int v[] = { -8, -3, 0, 5, 2 };
    struct extremes e = side_extremes(v, 5);
    printf("(%d, %d)\n", e.lowest, e.highest);   /* (-8, 5) */
    return 0;
}
''')

OTHER_C26B.append(r'''#include <stddef.h>

/*
 * Fill terms[0..n) with a sequence indexed from k = 1 where
 *
 *   - odd k gives k factorial (1 * 2 * ... * k), and
 *   - even k gives the triangular number 1 + 2 + ... + k.
 *
 * Both running quantities are updated on every step, and the parity of k
 * picks which one is stored. 64-bit unsigned arithmetic holds k! up to
 * k = 20.
 */
void odd_fact_even_tri(unsigned long long *terms, size_t n)
{
    unsigned long long factorial = 1, triangle = 0;

    for (size_t k = 1; k <= n; k++) {
        factorial *= k;
        triangle += k;
        terms[k - 1] = (k & 1) ? factorial : triangle;
    }
}
''')

OTHER_C26B.append(r'''Q: "Keep the k biggest values but don't reorder them"

I need the k largest elements of an array, but they must come out in the
order they appear in the input, not sorted. When there are ties at the
cut-off value, earlier occurrences should win.

    {7, -2, 9, 0, 7}, k = 3        ->  {7, 9, 7}
    {4, 1, 4, 2, 3}, k = 2         ->  {4, 4}
    {5, 3, 5, 3}, k = 3            ->  {5, 3, 5}   (the first 3 wins the tie)

A: Work out the threshold from a sorted copy, then make one pass over the
original: take everything strictly above the threshold, and take values equal
to it only while you still have "tie slots" left.

```c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_desc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x < y) - (x > y);
}

/* Returns the number of values written to out (k, or -1 on alloc failure). */
int k_largest_in_place_order(const int *a, int n, int k, int *out)
{
    if (k <= 0)
        return 0;

    int *s = malloc((size_t)n * sizeof *s);
    if (!s)
        return -1;
    memcpy(s, a, (size_t)n * sizeof *s);
    qsort(s, (size_t)n, sizeof *s, cmp_desc);

    int threshold = s[k - 1];
    int above = 0;
    for (int i = 0; i < k; i++)
        if (s[i] > threshold)
            above++;
    int tie_slots = k - above;
    free(s);

    int m = 0;
    for (int i = 0; i < n; i++) {
        if (a[i] > threshold)
            out[m++] = a[i];
        else if (a[i] == threshold && tie_slots > 0) {
            out[m++] = a[i];
            tie_slots--;
        }
    }
    return m;
}

int main(void)
{
    int a[] = { 7, -2, 9, 0, 7 }, out[5];
    int m = k_largest_in_place_order(a, 5, 3, out);
    for (int i = 0; i < m; i++)
        printf("%d ", out[i]);   /* 7 9 7 */
    printf("\n");
    return 0;
}
```
''')
