"""Fourteenth batch of hand-written documents, C (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C14: positives keyed by HumanEval item number, items
      2, 22, 33, 36, 38, 41, 48, 49, 58, 64, 76, 80, 84, 104, 108, 120, 128,
      138, 145, 148.
  C_HELDOUT14: held-out documents keyed by HumanEval item number, items
      11, 35, 39, 63, 107, 111, 119, 131.
  OTHER_C14: six C look-alikes:
    1. count consonant letters in a word ('y' always a consonant).
    2. product of the even digits of n, -1 when there are none.
    3. sort the values at indices 0, 4, 8, ... in descending order, in place.
    4. count digit 3 across numbers in [1, limit] divisible by 7 or 17.
    5. whether x is base^k for some k >= 2 (proper power).
    6. the k smallest values of an array, largest first.
"""

C14 = {
    2: r'''/*
 * frac.c -- split a positive double into its whole and fractional pieces.
 *
 * Only the fractional piece is exposed here; the whole part is thrown away.
 * modf() from <math.h> already does the heavy lifting for us, so this is
 * mostly a named wrapper that documents intent at the call site.
 */
#include <math.h>

double fractional_part(double value)
{
    double whole_ignored;
    return modf(value, &whole_ignored);
}
''',
    22: r'''// Keep only the integer entries from a heterogeneous array.
//
// C has no "list of anything", so the usual trick is a tagged union.
// Everything that is not tagged as an integer gets skipped.

#include <stdio.h>
#include <stddef.h>

typedef enum { K_INT, K_REAL, K_TEXT, K_LIST, K_MAP } Kind;

typedef struct {
    Kind kind;
    union {
        long        i;
        double      r;
        const char *text;
        void       *ptr;
    } as;
} Value;

/* Writes the integers from `items` into `dst` (capacity >= count) and
 * returns how many were copied. Relative order is preserved. */
size_t keep_integers(const Value *items, size_t count, long *dst)
{
    size_t written = 0;
    for (size_t i = 0; i < count; i++) {
        if (items[i].kind != K_INT)
            continue;
        dst[written++] = items[i].as.i;
    }
    return written;
}

int main(void)
{
    Value mixed[] = {
        { K_TEXT, { .text = "hello" } },
        { K_INT,  { .i = 7 } },
        { K_REAL, { .r = 2.5 } },
        { K_LIST, { .ptr = NULL } },
        { K_INT,  { .i = -12 } },
    };
    long ints[5];
    size_t n = keep_integers(mixed, 5, ints);

    /* prints: 7 -12 */
    for (size_t i = 0; i < n; i++)
        printf("%ld ", ints[i]);
    putchar('\n');
    return 0;
}
''',
    33: r'''#include <stdlib.h>
#include <string.h>

/*
 * Returns a freshly allocated copy of `src` in which the entries sitting at
 * positions 0, 3, 6, ... have been sorted among themselves (ascending).
 * Every other slot keeps its original value. Caller frees the result.
 */
int *sort_every_third(const int *src, size_t n)
{
    int *out = malloc((n ? n : 1) * sizeof *out);
    if (out == NULL)
        return NULL;
    memcpy(out, src, n * sizeof *out);

    /* insertion sort that strides by three */
    for (size_t i = 3; i < n; i += 3) {
        int key = out[i];
        size_t j = i;
        while (j >= 3 && out[j - 3] > key) {
            out[j] = out[j - 3];
            j -= 3;
        }
        out[j] = key;
    }
    return out;
}
''',
    36: r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Look at every non-negative integer strictly below `limit` that is a
 * multiple of 11 or of 13, and count how many '7' digits they contain
 * altogether.
 *
 *   limit = 20  -> 0   (0, 11, 13)
 *   limit = 80  -> 3   (77 has two sevens, 78 = 6*13 has one)
 *   limit = 120 -> 4   (adds 117 = 9*13)
 */
static unsigned sevens_in(unsigned v)
{
    unsigned c = 0;
    for (; v != 0; v /= 10)
        if (v % 10 == 7)
            c++;
    return c;
}

unsigned count_sevens(unsigned limit)
{
    unsigned total = 0;
    for (unsigned v = 0; v < limit; v++)
        if (v % 11 == 0 || v % 13 == 0)
            total += sevens_in(v);
    return total;
}

int main(int argc, char **argv)
{
    unsigned limit = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 120;
    printf("%u\n", count_sevens(limit));
    return 0;
}
''',
    38: r'''/* triplet_cipher.c
 *
 * A toy "cipher": the text is chopped into blocks of three characters and
 * each complete block is rotated left by one ("xyz" -> "yzx"). A trailing
 * block of one or two characters is left alone.
 *
 * undo_triplets() reverses that by rotating each full block right by one.
 * Both functions work in place on a NUL-terminated buffer.
 */
#include <stdio.h>
#include <string.h>

void scramble_triplets(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char first = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = first;
    }
}

void undo_triplets(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char last = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = last;
    }
}

int main(void)
{
    char msg[] = "meetmeatnoon";
    scramble_triplets(msg);
    printf("scrambled: %s\n", msg);   /* eemmettnaono */
    undo_triplets(msg);
    printf("restored:  %s\n", msg);   /* meetmeatnoon */
    return 0;
}
''',
    41: r'''/*
 * Two convoys of identical cars drive toward each other on an endless straight
 * road, `per_side` cars in each convoy, all at the same speed. Cars pass
 * through each other unharmed, so every eastbound car eventually meets every
 * westbound car exactly once. This counts those meetings.
 */
unsigned long long head_on_meetings(unsigned long long per_side)
{
    unsigned long long meetings = 0;
    for (unsigned long long east = 0; east < per_side; ++east)
        meetings += per_side;      /* this car meets the whole other convoy */
    return meetings;
}
''',
    48: r'''#include <assert.h>
#include <stdbool.h>
#include <string.h>

/* True when `s` reads the same forwards and backwards (exact byte compare). */
bool reads_same_both_ways(const char *s)
{
    size_t lo = 0, hi = strlen(s);
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return false;
        lo++;
        hi--;
    }
    return true;
}

int main(void)
{
    assert(reads_same_both_ways("racecar"));
    assert(reads_same_both_ways("q"));
    assert(reads_same_both_ways("noon"));
    assert(!reads_same_both_ways("noun"));
    assert(!reads_same_both_ways("ab"));
    return 0;
}
''',
    49: r'''#include <stdint.h>

/*
 * Computes (2 ** exponent) mod modulus without ever forming the huge power.
 * Square-and-multiply keeps every intermediate below modulus^2, which fits in
 * 64 bits for any 32-bit modulus.
 */
uint32_t two_pow_mod(uint64_t exponent, uint32_t modulus)
{
    uint64_t acc = 1;
    uint64_t base = 2 % modulus;

    while (exponent > 0) {
        if (exponent & 1u)
            acc = (acc * base) % modulus;
        base = (base * base) % modulus;
        exponent >>= 1;
    }
    return (uint32_t)acc;
}
''',
    58: r'''/*
 * Q: Given two int arrays, how do I get the values present in both, sorted,
 *    with no duplicates?
 *
 * A: Sort copies of both and walk them together like the merge step of
 *    merge sort. Whenever the heads match, emit the value once (skipping it
 *    if it equals the last thing emitted).
 *
 *    {9, 2, 7, 2, 4} and {4, 4, 9, 11}  ->  {4, 9}
 *    {1, 3} and {2, 5}                   ->  {}
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

static int *sorted_copy(const int *v, size_t n)
{
    int *c = malloc((n ? n : 1) * sizeof *c);
    if (c) {
        memcpy(c, v, n * sizeof *c);
        qsort(c, n, sizeof *c, cmp_int);
    }
    return c;
}

/* `out` needs room for min(na, nb) ints. Returns number of values written. */
size_t intersect_sorted_unique(const int *a, size_t na,
                               const int *b, size_t nb, int *out)
{
    int *x = sorted_copy(a, na);
    int *y = sorted_copy(b, nb);
    size_t i = 0, j = 0, k = 0;

    while (x && y && i < na && j < nb) {
        if (x[i] < y[j]) {
            i++;
        } else if (y[j] < x[i]) {
            j++;
        } else {
            if (k == 0 || out[k - 1] != x[i])
                out[k++] = x[i];
            i++;
            j++;
        }
    }
    free(x);
    free(y);
    return k;
}

int main(void)
{
    int a[] = {9, 2, 7, 2, 4};
    int b[] = {4, 4, 9, 11};
    int res[4];
    size_t n = intersect_sorted_unique(a, 5, b, 4, res);
    for (size_t i = 0; i < n; i++)
        printf("%d%c", res[i], i + 1 == n ? '\n' : ' ');
    return 0;
}
''',
    64: r'''#include <ctype.h>
#include <string.h>

/* vowel tally for a single word.
   a e i o u count anywhere (either case); y / Y counts too, but only as the
   final letter of the word. */
int vowel_tally(const char *word)
{
    int n = 0;
    size_t len = strlen(word);

    for (size_t i = 0; i < len; i++) {
        switch (tolower((unsigned char)word[i])) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            n++;
            break;
        default:
            break;
        }
    }
    if (len > 0 && (word[len - 1] == 'y' || word[len - 1] == 'Y'))
        n++;
    return n;
}
''',
    76: r'''#include <stdbool.h>
#include <stdio.h>

// is_integer_power_of(x, base): does base^k == x for some integer k >= 0?
//
//   (27, 3)  -> true    3^3
//   (1, 9)   -> true    9^0
//   (10, 10) -> true
//   (50, 7)  -> false
//   (6, 1)   -> false   1^k is always 1
//
// Rather than multiplying up (and worrying about overflow) we divide x down
// by base while it divides evenly and see whether we land on 1.
bool is_integer_power_of(long x, long base)
{
    if (x < 1)
        return false;
    if (base == 1)
        return x == 1;
    if (base == 0)
        return x == 1;
    while (x % base == 0)
        x /= base;
    return x == 1;
}

int main(void)
{
    long cases[][2] = { {27, 3}, {1, 9}, {10, 10}, {50, 7}, {6, 1} };
    for (int i = 0; i < 5; i++)
        printf("%ld, %ld -> %s\n", cases[i][0], cases[i][1],
               is_integer_power_of(cases[i][0], cases[i][1]) ? "true" : "false");
    return 0;
}
''',
    80: r'''#include <stdbool.h>
#include <string.h>

/*
 * A word qualifies when it has at least three characters and no window of
 * three neighbouring characters contains a repeat.
 */
static bool window_ok(char a, char b, char c)
{
    return a != b && b != c && a != c;
}

bool all_triples_distinct(const char *s)
{
    size_t n = strlen(s);
    if (n < 3)
        return false;
    for (size_t i = 2; i < n; ++i)
        if (!window_ok(s[i - 2], s[i - 1], s[i]))
            return false;
    return true;
}
''',
    84: r'''/*
 * digitsum_bin.c
 *
 * Add up the decimal digits of a non-negative number and hand back that sum
 * written in base 2, as a heap-allocated string (caller frees).
 *
 *     4096 -> 4+0+9+6 = 19 -> "10011"
 *       25 -> 7             -> "111"
 *        0 -> 0             -> "0"
 */
#include <stdio.h>
#include <stdlib.h>

char *digit_sum_in_binary(unsigned int n)
{
    unsigned int sum = 0;
    while (n > 0) {
        sum += n % 10;
        n /= 10;
    }

    char scratch[40];
    int len = 0;
    do {
        scratch[len++] = (char)('0' + (sum & 1u));
        sum >>= 1;
    } while (sum > 0);

    char *res = malloc((size_t)len + 1);
    if (!res)
        return NULL;
    for (int i = 0; i < len; i++)
        res[i] = scratch[len - 1 - i];
    res[len] = '\0';
    return res;
}

int main(void)
{
    unsigned int samples[] = { 4096, 25, 0 };
    for (int i = 0; i < 3; i++) {
        char *b = digit_sum_in_binary(samples[i]);
        printf("%u -> %s\n", samples[i], b);
        free(b);
    }
    return 0;
}
''',
    104: r'''#include <stdbool.h>
#include <stdlib.h>

static bool only_odd_digits(unsigned v)
{
    do {
        if ((v % 10) % 2 == 0)
            return false;
        v /= 10;
    } while (v);
    return true;
}

static int by_value(const void *l, const void *r)
{
    unsigned a = *(const unsigned *)l, b = *(const unsigned *)r;
    return a < b ? -1 : a > b;
}

/* Select the numbers whose every digit is odd; result goes to dst in
   ascending order. Returns the number selected. */
size_t pick_odd_digit_numbers(const unsigned *src, size_t n, unsigned *dst)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (only_odd_digits(src[i]))
            dst[m++] = src[i];
    qsort(dst, m, sizeof dst[0], by_value);
    return m;
}
''',
    108: r'''#include <assert.h>
#include <stddef.h>

/*
 * "Signed digit sum": add the digits, except that for a negative number the
 * leading digit carries the minus sign.  -305 -> -3 + 0 + 5 = 2.
 *
 * count_positive_digit_sums() reports how many entries have such a sum > 0.
 */

static int signed_digit_sum(long v)
{
    int neg = v < 0;
    unsigned long u = neg ? 0UL - (unsigned long)v : (unsigned long)v;
    int sum = 0, lead = 0;

    while (u) {
        lead = (int)(u % 10);
        sum += lead;
        u /= 10;
    }
    /* `lead` now holds the most significant digit */
    return neg ? sum - 2 * lead : sum;
}

size_t count_positive_digit_sums(const long *v, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (signed_digit_sum(v[i]) > 0)
            count++;
    return count;
}

int main(void)
{
    long a[] = { -305, -9, 40, 0 };   /* sums: 2, -9, 4, 0 */
    assert(count_positive_digit_sums(a, 4) == 2);

    long b[] = { -21, -12 };          /* sums: -1, 1 */
    assert(count_positive_digit_sums(b, 2) == 1);

    assert(count_positive_digit_sums(NULL, 0) == 0);
    return 0;
}
''',
    120: r'''#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    const int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Fill `out` with the k largest values of arr[0..n), smallest first.
 * Duplicates count separately. 0 <= k <= n. Returns 0 on success,
 * -1 if the temporary buffer could not be allocated.
 */
int largest_k_ascending(const int *arr, size_t n, size_t k, int *out)
{
    if (k == 0)
        return 0;

    int *tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL)
        return -1;
    memcpy(tmp, arr, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, ascending);
    memcpy(out, tmp + (n - k), k * sizeof *out);
    free(tmp);
    return 0;
}
''',
    128: r'''/*
 * sign_weighted_sum()
 *
 * Multiply together the signs (+1, -1 or 0) of all entries, and scale the
 * sum of their absolute values by that product.
 *
 * Empty input has no meaningful answer, so the function returns false and
 * leaves *result alone in that case.
 *
 *   { 3, -1, 5 }      -> -9
 *   { -2, -2, 6 }     -> 10
 *   { 7, 0, -4 }      -> 0
 *   { }               -> (no value)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

bool sign_weighted_sum(const int *a, size_t n, long *result)
{
    if (n == 0)
        return false;

    int sign = 1;
    long magnitude = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == 0)
            sign = 0;
        else if (a[i] < 0)
            sign = -sign;
        magnitude += labs((long)a[i]);
    }
    *result = sign * magnitude;
    return true;
}

int main(void)
{
    int v[] = { -2, -2, 6 };
    long r;
    if (sign_weighted_sum(v, 3, &r))
        printf("%ld\n", r);          /* 10 */
    if (!sign_weighted_sum(v, 0, &r))
        puts("empty");
    return 0;
}
''',
    138: r'''/*
 * Can n be written as a + b + c + d with each term a positive even integer?
 *
 * The smallest such sum is 2+2+2+2 = 8, and any sum of evens is even. Going
 * the other way, every even n >= 8 works: take 2, 2, 2 and n - 6 (which is
 * even and at least 2). So the test collapses to a parity + bound check.
 */
#include <stdbool.h>

static inline bool sum_of_four_positive_evens(long n)
{
    return n >= 8 && n % 2 == 0;
}

int four_even_terms_possible(long n)
{
    return sum_of_four_positive_evens(n) ? 1 : 0;
}
''',
    145: r'''#include <stddef.h>

struct keyed {
    int value;
    int key;
};

/* Digit sum where a negative number's first digit counts as negative. */
static int digit_key(int n)
{
    if (n >= 0) {
        int s = 0;
        for (; n; n /= 10) s += n % 10;
        return s;
    }
    long m = -(long)n;
    int s = 0, top = 0;
    for (; m; m /= 10) {
        top = (int)(m % 10);
        s += top;
    }
    return s - 2 * top;
}

/*
 * Reorders nums[] in place so that digit sums ascend. Elements with equal
 * digit sums keep their original relative order (stable insertion sort).
 * `work` is scratch space of at least n entries supplied by the caller.
 */
void order_by_digit_sum(int *nums, size_t n, struct keyed *work)
{
    for (size_t i = 0; i < n; i++) {
        struct keyed cur = { nums[i], digit_key(nums[i]) };
        size_t j = i;
        while (j > 0 && work[j - 1].key > cur.key) {
            work[j] = work[j - 1];
            j--;
        }
        work[j] = cur;
    }
    for (size_t i = 0; i < n; i++)
        nums[i] = work[i].value;
}
''',
    148: r'''// planets.c - list the planets strictly between two given planets' orbits.
//
//   between("Mars", "Uranus")   -> Jupiter, Saturn
//   between("Venus", "Mercury") -> (nothing)
//   between("Pluto", "Earth")   -> (nothing, not a planet)
//   between("Saturn", "Earth")  -> Mars, Jupiter   (always ordered from the Sun)

#include <stdio.h>
#include <string.h>

static const char *const ORBITS[] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune",
};
enum { PLANET_COUNT = sizeof ORBITS / sizeof ORBITS[0] };

static int orbit_index(const char *name)
{
    for (int i = 0; i < PLANET_COUNT; i++)
        if (strcmp(ORBITS[i], name) == 0)
            return i;
    return -1;
}

// Writes pointers to the in-between names into out[] (room for 8 is always
// enough) and returns how many there are. Unknown names give 0.
int between(const char *p, const char *q, const char *out[])
{
    int a = orbit_index(p), b = orbit_index(q);
    if (a < 0 || b < 0)
        return 0;
    if (a > b) {
        int t = a; a = b; b = t;
    }
    int n = 0;
    for (int i = a + 1; i < b; i++)
        out[n++] = ORBITS[i];
    return n;
}

int main(void)
{
    const char *res[PLANET_COUNT];
    int n = between("Saturn", "Earth", res);
    for (int i = 0; i < n; i++)
        printf("%s\n", res[i]);
    return 0;
}
''',
}

C_HELDOUT14 = {
    11: r'''/*
 * bitxor.c -- XOR two strings of '0'/'1' characters position by position.
 *
 *   "1100" ^ "1010" = "0110"
 *   "0"    ^ "1"    = "1"
 *
 * If the inputs differ in length, only the overlapping prefix is combined.
 * The result is malloc'd; free it when done.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *xor_bitstrings(const char *lhs, const char *rhs)
{
    size_t la = strlen(lhs), lb = strlen(rhs);
    size_t n = la < lb ? la : lb;
    char *out = malloc(n + 1);
    if (!out)
        return NULL;

    for (size_t i = 0; i < n; i++)
        out[i] = (lhs[i] == rhs[i]) ? '0' : '1';
    out[n] = '\0';
    return out;
}

int main(void)
{
    char *r = xor_bitstrings("1100", "1010");
    printf("%s\n", r);   /* 0110 */
    free(r);
    return 0;
}
''',
    35: r'''#include <stddef.h>

/* Largest value in a non-empty array. */
int array_peak(const int *xs, size_t len)
{
    const int *best = xs;
    for (const int *p = xs + 1; p < xs + len; ++p)
        if (*p > *best)
            best = p;
    return *best;
}
''',
    39: r'''#include <stdbool.h>
#include <stdio.h>

/*
 * nth_prime_fibonacci(k): the k-th Fibonacci number (1-based count) that is
 * also prime. The sequence begins 2, 3, 5, 13, 89, 233, ...
 *
 * Example: nth_prime_fibonacci(6) == 233, nth_prime_fibonacci(2) == 3.
 *
 * Values grow quickly; 64-bit arithmetic is enough for k up to about 11.
 */
static bool is_prime_u64(unsigned long long v)
{
    if (v < 2) return false;
    if (v % 2 == 0) return v == 2;
    for (unsigned long long d = 3; d * d <= v; d += 2)
        if (v % d == 0)
            return false;
    return true;
}

unsigned long long nth_prime_fibonacci(int k)
{
    unsigned long long prev = 0, cur = 1;
    for (;;) {
        unsigned long long next = prev + cur;
        prev = cur;
        cur = next;
        if (is_prime_u64(cur) && --k == 0)
            return cur;
    }
}

int main(void)
{
    for (int k = 1; k <= 6; k++)
        printf("%d: %llu\n", k, nth_prime_fibonacci(k));
    return 0;
}
''',
    63: r'''/*
 * Tribonacci-style sequence seeded with 0, 0, 1:
 *     t(0) = 0, t(1) = 0, t(2) = 1, t(n) = t(n-1) + t(n-2) + t(n-3)
 * Computed iteratively with a three-slot rolling window.
 */
long long trib_zero_zero_one(int n)
{
    long long a = 0, b = 0, c = 1;   /* t(i), t(i+1), t(i+2) */
    if (n < 2)
        return 0;
    for (int i = 2; i < n; i++) {
        long long d = a + b + c;
        a = b;
        b = c;
        c = d;
    }
    return c;
}
''',
    107: r'''// Count palindromic integers in [1, n], split by parity.
//
// n = 30  -> 11 palindromes: 1..9, 11, 22   -> even 5, odd 6
// n = 5   -> 1..5                          -> even 2, odd 3
// n = 101 -> adds 33..99 and 101           -> even 8, odd 11

#include <stdbool.h>
#include <stdio.h>

typedef struct {
    int even;
    int odd;
} ParityCount;

static bool is_numeric_palindrome(int v)
{
    int rev = 0, orig = v;
    while (v > 0) {
        rev = rev * 10 + v % 10;
        v /= 10;
    }
    return rev == orig;
}

ParityCount palindrome_parity(int n)
{
    ParityCount pc = { 0, 0 };
    for (int i = 1; i <= n; i++) {
        if (!is_numeric_palindrome(i))
            continue;
        if (i % 2 == 0)
            pc.even++;
        else
            pc.odd++;
    }
    return pc;
}

int main(void)
{
    int tests[] = { 30, 5, 101 };
    for (int i = 0; i < 3; i++) {
        ParityCount pc = palindrome_parity(tests[i]);
        printf("n=%d even=%d odd=%d\n", tests[i], pc.even, pc.odd);
    }
    return 0;
}
''',
    111: r'''#include <stddef.h>

struct letter_freq {
    char letter;
    int  count;
};

/*
 * Input: lowercase letters separated by single spaces.
 * Finds the highest occurrence count among the letters and writes every
 * letter that reaches it, alphabetically, into out[] (room for 26).
 * Returns how many letters were written; a blank input yields 0.
 */
size_t most_frequent_letters(const char *text, struct letter_freq *out)
{
    int tally[26] = { 0 };
    int top = 0;

    for (const char *p = text; *p; ++p) {
        if (*p < 'a' || *p > 'z')
            continue;
        int c = ++tally[*p - 'a'];
        if (c > top)
            top = c;
    }

    size_t n = 0;
    if (top == 0)
        return 0;
    for (int i = 0; i < 26; ++i) {
        if (tally[i] == top) {
            out[n].letter = (char)('a' + i);
            out[n].count = top;
            ++n;
        }
    }
    return n;
}
''',
    119: r'''/*
 * You get two strings made only of '(' and ')'. Is there an order in which
 * gluing them together produces a properly balanced string?
 *
 *   "(("  + "))"      -> "Yes"   ("(())")
 *   "))(" + "(()"     -> "No"
 *   ")"   + "()("     -> "Yes"   ("()(" then ")")
 */
#include <stdbool.h>
#include <stdio.h>

static bool balanced_pair(const char *first, const char *second)
{
    long depth = 0;
    const char *parts[2] = { first, second };
    for (int k = 0; k < 2; k++) {
        for (const char *c = parts[k]; *c; c++) {
            depth += (*c == '(') ? 1 : -1;
            if (depth < 0)
                return false;
        }
    }
    return depth == 0;
}

const char *can_join_balanced(const char *a, const char *b)
{
    return (balanced_pair(a, b) || balanced_pair(b, a)) ? "Yes" : "No";
}

int main(void)
{
    printf("%s\n", can_join_balanced("((", "))"));
    printf("%s\n", can_join_balanced("))(", "(()"));
    printf("%s\n", can_join_balanced(")", "()("));
    return 0;
}
''',
    131: r'''/* Product of the odd decimal digits of n (n > 0); 0 when n has no odd digit. */
unsigned long odd_digit_product(unsigned long n)
{
    unsigned long prod = 1;
    int seen_odd = 0;

    while (n != 0) {
        unsigned long d = n % 10;
        if (d & 1) {
            prod *= d;
            seen_odd = 1;
        }
        n /= 10;
    }
    return seen_odd ? prod : 0;
}
''',
}

OTHER_C14 = [
    r'''#include <ctype.h>
#include <stdio.h>

/* Counts the consonant letters in a word: any ASCII letter other than
   a, e, i, o, u (case-insensitive). 'y' is always treated as a consonant. */
int consonant_count(const char *word)
{
    int n = 0;
    for (; *word; word++) {
        int c = tolower((unsigned char)*word);
        if (!isalpha(c))
            continue;
        if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u')
            n++;
    }
    return n;
}

int main(void)
{
    printf("%d\n", consonant_count("Rhythm"));   /* 6 */
    printf("%d\n", consonant_count("queue"));    /* 1 */
    return 0;
}
''',
    r'''/*
 * Multiply together the even decimal digits of n. A zero digit counts and
 * makes the product zero. If n contains no even digit at all, return -1.
 *
 *   2486 -> 2*4*8*6 = 384
 *   1357 -> -1
 *   205  -> 0
 */
long even_digit_product(unsigned long n)
{
    long prod = 1;
    int found = 0;
    do {
        unsigned d = (unsigned)(n % 10);
        if (d % 2 == 0) {
            prod *= (long)d;
            found = 1;
        }
        n /= 10;
    } while (n > 0);
    return found ? prod : -1;
}
''',
    r'''#include <stddef.h>

/*
 * In place: the values sitting at indices 0, 4, 8, ... are rearranged into
 * descending order among themselves; all other positions are untouched.
 */
void sort_every_fourth_desc(int *v, size_t n)
{
    for (size_t i = 4; i < n; i += 4) {
        int key = v[i];
        size_t j = i;
        while (j >= 4 && v[j - 4] < key) {
            v[j] = v[j - 4];
            j -= 4;
        }
        v[j] = key;
    }
}
''',
    r'''#include <stdio.h>

/* How many times does the digit 3 occur across all numbers in [1, limit]
   that are divisible by 7 or by 17? */
unsigned threes_in_multiples(unsigned limit)
{
    unsigned total = 0;
    for (unsigned v = 1; v <= limit; v++) {
        if (v % 7 != 0 && v % 17 != 0)
            continue;
        for (unsigned t = v; t > 0; t /= 10)
            total += (t % 10 == 3);
    }
    return total;
}

int main(void)
{
    printf("%u\n", threes_in_multiples(100));
    return 0;
}
''',
    r'''#include <stdbool.h>

/*
 * True when x equals base^k for some k >= 2 (a proper power, not the base
 * itself and not 1). Bases below 2 never qualify.
 */
bool is_proper_power(long x, long base)
{
    if (base < 2 || x < base * base)
        return false;
    int k = 0;
    while (x % base == 0) {
        x /= base;
        k++;
    }
    return x == 1 && k >= 2;
}
''',
    r'''#include <stdlib.h>
#include <string.h>

static int descending(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x < y) - (x > y);
}

/* Write the k smallest values of arr into out, largest of them first. */
int smallest_k_descending(const int *arr, size_t n, size_t k, int *out)
{
    int *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp)
        return -1;
    memcpy(tmp, arr, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, descending);
    memcpy(out, tmp + (n - k), k * sizeof *out);
    free(tmp);
    return 0;
}
''',
]
