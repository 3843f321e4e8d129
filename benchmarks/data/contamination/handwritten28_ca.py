"""Twenty-eighth batch of hand-written documents, C (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C28A: positives keyed by HumanEval item number, items 8, 9, 12, 26, 34, 42,
    52, 74, 78, 80, 84, 85, 89, 93, 97, 102, 104, 106, 113, 122, 128, 132,
    134, 144.
  C_HELDOUT28A: held-out documents, items 3, 19, 43, 47, 59, 75, 103.
  OTHER_C28A: seven C look-alikes with a different rule:
    0. sliding-window maximum over full windows of a fixed width (n-w+1 outputs).
    1. count hex digits whose value is a power of two (1, 2, 4, 8).
    2. Atbash cipher (a<->z, b<->y, ...), case preserved.
    3. count fixed points: array entries equal to their own 0-based index.
    4. sum of the leading (most significant) decimal digits of two integers.
    5. smallest odd integer in [lo, hi], or -1 if there is none.
    6. keep numbers whose decimal digits are pairwise distinct, input order.
"""

C28A = {}
C_HELDOUT28A = {}
OTHER_C28A = []

C28A[8] = r'''Q: What's the tidiest way to get both the sum and the product of an int array in C, in a single pass?

A: Hand both results back through out-parameters. Seed the sum with 0 and the
product with 1 -- they are the identity elements for + and *, so an empty
array falls out as (0, 1) without a special case.

#include <stdio.h>
#include <stddef.h>

void array_totals(const long *values, size_t count, long *sum, long *product)
{
    long s = 0;
    long p = 1;

    for (size_t i = 0; i < count; i++) {
        s += values[i];
        p *= values[i];
    }
    *sum = s;
    *product = p;
}

int main(void)
{
    long data[] = {2, 5, 6};
    long s, p;

    array_totals(data, 3, &s, &p);
    printf("%ld %ld\n", s, p);      /* 13 60 */

    array_totals(NULL, 0, &s, &p);
    printf("%ld %ld\n", s, p);      /* 0 1 */
    return 0;
}

One caveat: the product overflows very quickly. If your inputs can be large,
use long long or check each step with __builtin_mul_overflow.
'''

C28A[9] = r'''/* seriesutil.c -- small helpers used by the sensor-log viewer */
#include <stddef.h>

double series_mean(const int *x, size_t n)
{
    long long acc = 0;
    if (n == 0)
        return 0.0;
    for (size_t i = 0; i < n; i++)
        acc += x[i];
    return (double)acc / (double)n;
}

/*
 * Peak-so-far: out[i] receives the largest of x[0], ..., x[i].
 * out must have room for n ints; nothing is written when n is 0.
 * Used to draw the "high water mark" line under the live plot.
 */
void running_peak(const int *x, size_t n, int *out)
{
    int best;

    if (n == 0)
        return;
    best = x[0];
    for (size_t i = 0; i < n; i++) {
        if (x[i] > best)
            best = x[i];
        out[i] = best;
    }
}

size_t count_above(const int *x, size_t n, int level)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (x[i] > level)
            c++;
    return c;
}
'''

C28A[12] = r'''Review comment on pick_longest() in src/names.c

The original loop compared with `>=`, so when two strings tie on length you
get the *last* of them back. The contract in the header says the earliest of
the longest strings wins, so this has to be a strict `>`. It also read
items[0] before looking at n, which blows up on an empty list; callers already
handle a NULL return for "no strings", so let's return that.

Suggested version:

#include <stddef.h>
#include <string.h>
#include <assert.h>

const char *pick_longest(const char *const *items, size_t n)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(items[i]);
        if (best == NULL || len > best_len) {
            best = items[i];
            best_len = len;
        }
    }
    return best;
}

static void test_pick_longest(void)
{
    const char *animals[] = {"ox", "cat", "emu", "yak"};
    const char *single[] = {"q"};

    assert(strcmp(pick_longest(animals, 4), "cat") == 0);
    assert(strcmp(pick_longest(single, 1), "q") == 0);
    assert(pick_longest(NULL, 0) == NULL);
}

With that change the tie-breaking test passes; LGTM otherwise.
'''

C28A[26] = r'''Dropping every value that repeats
=================================

A question that keeps coming up in the intro C course: given an array of
ints, keep only the values that occur exactly once, in their original order.
This is *not* the usual "dedupe" where one copy of each value survives -- a
value that shows up two or more times disappears completely.

For small inputs the simplest approach is to count occurrences with a nested
loop. It is O(n^2), but it allocates nothing and needs no hash table.

#include <stddef.h>

static size_t occurrences(const int *a, size_t n, int v)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] == v)
            c++;
    return c;
}

/*
 * Copy the elements of a[] that appear exactly once into out[] (room for n
 * ints), keeping their relative order. Returns how many were copied.
 */
size_t drop_repeated(const int *a, size_t n, int *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (occurrences(a, n, a[i]) == 1)
            out[k++] = a[i];
    return k;
}

Once n reaches the tens of thousands, sort a copy to get the counts, or use a
hash map keyed by value, and do the second pass the same way.
'''

C28A[34] = r'''// distinct.c - sort an int array and squeeze out repeated values
#include <stdio.h>
#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Sorts arr ascending in place, keeps one copy of each value,
   and returns the new logical length. */
size_t sort_dedupe(int *arr, size_t n)
{
    size_t w = 1;

    if (n == 0)
        return 0;
    qsort(arr, n, sizeof *arr, cmp_int);
    for (size_t r = 1; r < n; r++)
        if (arr[r] != arr[w - 1])
            arr[w++] = arr[r];
    return w;
}

int main(void)
{
    int v[] = {7, 1, 7, 4, 1, 10, 4};
    size_t m = sort_dedupe(v, sizeof v / sizeof v[0]);

    for (size_t i = 0; i < m; i++)
        printf("%d ", v[i]);
    putchar('\n');              /* prints: 1 4 7 10 */
    return 0;
}
'''

C28A[42] = r'''/*
 * Lab 3, exercise 2
 * -----------------
 * Write a function that takes an array of ints and its length and returns a
 * freshly malloc'd array of the same length in which each entry is one more
 * than the corresponding input entry. Do not modify the input. The caller is
 * responsible for freeing the result.
 *
 * Return NULL if len is 0 or if the allocation fails.
 */
#include <stdlib.h>

int *plus_one_copy(const int *src, size_t len)
{
    int *dst;

    if (len == 0)
        return NULL;
    dst = malloc(len * sizeof *dst);
    if (dst == NULL)
        return NULL;
    for (size_t i = 0; i < len; i++)
        dst[i] = src[i] + 1;
    return dst;
}

/*
 * Grading notes: a few students changed src in place and returned it. That
 * fails the "do not modify the input" requirement even though the values
 * come out right.
 */
'''

C28A[52] = r'''/* watchdog.c -- checks run once per control cycle */
#include <stdbool.h>
#include <stddef.h>

static int clamp_int(int v, int lo, int hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/*
 * True when every reading is strictly less than `limit`.
 * A reading equal to the limit already counts as a violation.
 * An empty batch is trivially fine.
 */
bool all_readings_under(const int *readings, size_t count, int limit)
{
    size_t i = 0;
    while (i < count && readings[i] < limit)
        i++;
    return i == count;
}

int scaled_duty(int raw)
{
    return clamp_int(raw * 4, 0, 1000);
}
'''

C28A[74] = r'''Picking the "lighter" of two string lists

Given two lists of C strings, return whichever one holds fewer characters in
total, adding up the lengths of all its strings. If the totals are equal,
return the first list.

#include <stddef.h>
#include <string.h>

struct strvec {
    const char **items;
    size_t len;
};

static size_t char_total(const struct strvec *v)
{
    size_t total = 0;
    for (size_t i = 0; i < v->len; i++)
        total += strlen(v->items[i]);
    return total;
}

const struct strvec *lighter_strvec(const struct strvec *a,
                                    const struct strvec *b)
{
    return char_total(a) <= char_total(b) ? a : b;
}

Some cases to check it against:
  {"red", "blue"} (7 chars) vs {"green", "teal", "x"} (10 chars) -> the first
  {"abcdef"} (6 chars) vs {"ab", "cd"} (4 chars)                  -> the second
  {"one"} vs {"two"} (a tie)                                      -> the first
  two empty lists                                                 -> the first
'''

C28A[78] = r'''#include <stddef.h>

/* Value of one uppercase hex digit, or -1 if c is not one. */
static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/*
 * Count the digits of a hex string whose numeric value is prime.
 * Among 0..15 those are 2, 3, 5, 7, 11 (B) and 13 (D); bit v of
 * PRIME_NIBBLES is set exactly when v is one of them.
 * A NULL or empty string gives 0.
 */
#define PRIME_NIBBLES 0x28ACu

unsigned prime_hex_digits(const char *hex)
{
    unsigned count = 0;

    if (hex == NULL)
        return 0;
    for (; *hex; hex++) {
        int v = hexval(*hex);
        if (v >= 0 && (PRIME_NIBBLES >> v) & 1u)
            count++;
    }
    return count;
}
'''

C28A[80] = r'''#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/*
 * A string passes when it is at least three characters long and no run of
 * three consecutive characters contains the same character twice.
 */
bool triples_all_distinct(const char *s)
{
    size_t n = strlen(s);

    if (n < 3)
        return false;
    for (size_t i = 0; i + 2 < n; i++) {
        char a = s[i], b = s[i + 1], c = s[i + 2];
        if (a == b || b == c || a == c)
            return false;
    }
    return true;
}

int main(void)
{
    const char *cases[] = {"qwer", "qwq", "zz", "mnopm", "abcb"};
    /* expected:           1       0      0     1        0     */
    for (int i = 0; i < 5; i++)
        printf("%-6s %d\n", cases[i], triples_all_distinct(cases[i]));
    return 0;
}
'''

C28A[84] = r'''/*
 * digit_sum_bin
 *
 * Add up the decimal digits of n (0 <= n <= 10000) and write that sum in base
 * two into buf: no "0b" prefix, most significant bit first. The largest
 * possible digit sum in range is 36 (for 9999), so 8 bytes of buf is plenty.
 * Returns buf.
 */
char *digit_sum_bin(unsigned n, char *buf)
{
    unsigned s = 0;
    char tmp[33];
    int len = 0;

    do {
        s += n % 10;
        n /= 10;
    } while (n != 0);

    do {
        tmp[len++] = (char)('0' + (s & 1u));
        s >>= 1;
    } while (s != 0);

    for (int i = 0; i < len; i++)
        buf[i] = tmp[len - 1 - i];
    buf[len] = '\0';
    return buf;
}
'''

C28A[85] = r'''You only need to walk the odd positions, so start the index at 1 and step
by 2; then keep the values that are even. Something like:

#include <stddef.h>
#include <assert.h>

int even_values_at_odd_slots(const int *v, size_t len)
{
    int total = 0;
    for (size_t i = 1; i < len; i += 2)
        if (v[i] % 2 == 0)
            total += v[i];
    return total;
}

int main(void)
{
    int a[] = {3, 8, 5, 10, 1, 7};
    int b[] = {1, 3, 5};
    int c[] = {9, -6};

    assert(even_values_at_odd_slots(a, 6) == 18);  /* 8 + 10; 7 is odd */
    assert(even_values_at_odd_slots(b, 3) == 0);   /* only slot 1 holds 3 */
    assert(even_values_at_odd_slots(c, 2) == -6);
    return 0;
}

Positions are zero-based here, so "odd position" means the 2nd, 4th, ...
element. `v[i] % 2 == 0` is also correct for negative numbers in C, since
-6 % 2 is 0.
'''

C28A[89] = r'''A toy rotation cipher

The puzzle asks for a function that takes a string and shifts every letter of
the alphabet "down by two times two" places -- in other words four places, so
a becomes e, b becomes f, and w, x, y, z wrap round to a, b, c, d. Only
lowercase ASCII letters are rotated; anything else is copied through unchanged.

#include <string.h>

/* out must have room for strlen(in) + 1 bytes; in and out may be the same. */
void shift_lower_by_four(const char *in, char *out)
{
    const int shift = 2 * 2;

    while (*in) {
        char c = *in++;
        if (c >= 'a' && c <= 'z')
            c = (char)('a' + (c - 'a' + shift) % 26);
        *out++ = c;
    }
    *out = '\0';
}

Decoding is the same loop with (c - 'a' + 26 - shift) % 26.
'''

C28A[93] = r'''/* msgcode.c
 *
 * Encode a message in two steps, one character at a time:
 *   1. swap the case of every letter (upper <-> lower);
 *   2. if the resulting character is a vowel (a, e, i, o, u, either case),
 *      replace it with the letter two places later in the alphabet,
 *      e.g. a -> c, E -> G, u -> w.
 * Spaces and other non-letters are left alone. Works in place.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

void flip_and_nudge_vowels(char *msg)
{
    for (char *p = msg; *p; p++) {
        int c = (unsigned char)*p;

        if (islower(c))
            c = toupper(c);
        else if (isupper(c))
            c = tolower(c);

        if (strchr("aeiouAEIOU", c) != NULL)
            c += 2;
        *p = (char)c;
    }
}

int main(void)
{
    char a[] = "Hello World";
    char b[] = "banana";

    flip_and_nudge_vowels(a);
    flip_and_nudge_vowels(b);
    printf("%s\n%s\n", a, b);   /* hGLLQ wQRLD
                                   BCNCNC */
    return 0;
}
'''

C28A[97] = r'''/* mathbits.c -- assorted integer helpers */
#include <stdlib.h>

int gcd_int(int a, int b)
{
    a = abs(a);
    b = abs(b);
    while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/*
 * Multiply the last decimal digit of a by the last decimal digit of b.
 * The sign of either number is ignored: in C, a % 10 keeps the sign of a,
 * so take abs() of the remainder.
 */
int units_product(int a, int b)
{
    return abs(a % 10) * abs(b % 10);
}

int is_power_of_ten(long v)
{
    if (v < 1)
        return 0;
    while (v % 10 == 0)
        v /= 10;
    return v == 1;
}
'''

C28A[102] = r'''#include <stdio.h>

/*
 * Largest even integer in the closed interval [lo, hi], or -1 if there is
 * none (including when lo > hi).
 */
long largest_even_in_range(long lo, long hi)
{
    long cand;

    if (lo > hi)
        return -1;
    cand = (hi % 2 == 0) ? hi : hi - 1;
    return cand >= lo ? cand : -1;
}

int main(void)
{
    printf("%ld\n", largest_even_in_range(3, 10));   /* 10 */
    printf("%ld\n", largest_even_in_range(21, 25));  /* 24 */
    printf("%ld\n", largest_even_in_range(9, 9));    /* -1 */
    printf("%ld\n", largest_even_in_range(10, 4));   /* -1 */
    return 0;
}
'''

C28A[104] = r'''/*
 * Filter for the "odd digits only" exercise: from a list of positive ints,
 * keep the values in which every decimal digit is odd (1, 3, 5, 7 or 9) and
 * return them in ascending order. Any 0, 2, 4, 6 or 8 anywhere in the number
 * disqualifies it.
 */
#include <stddef.h>

static int digits_all_odd(int v)
{
    do {
        if ((v % 10) % 2 == 0)
            return 0;
        v /= 10;
    } while (v > 0);
    return 1;
}

/* out needs room for n ints; returns how many were kept. */
size_t odd_digit_numbers(const int *in, size_t n, int *out)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++) {
        if (!digits_all_odd(in[i]))
            continue;
        /* insertion sort as we go */
        size_t j = k;
        while (j > 0 && out[j - 1] > in[i]) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = in[i];
        k++;
    }
    return k;
}
'''

C28A[106] = r'''// Build a table of n numbers. Counting positions from 1, position k gets
// k! (1*2*...*k) when k is even, and the triangular number 1+2+...+k when
// k is odd.
//
// For n = 8 the table is: 1 2 6 24 15 720 28 40320
#include <stdio.h>

void fact_or_triangle(int n, long long *out)
{
    long long fact = 1;

    for (int k = 1; k <= n; k++) {
        fact *= k;                          /* fact == k! from here on */
        if (k % 2 == 0)
            out[k - 1] = fact;
        else
            out[k - 1] = (long long)k * (k + 1) / 2;
    }
}

int main(void)
{
    long long t[8];

    fact_or_triangle(8, t);
    for (int i = 0; i < 8; i++)
        printf("%lld ", t[i]);
    printf("\n");
    return 0;
}
'''

C28A[113] = r'''Porting a quirky kata to C

The kata: you get a list of strings made only of digit characters. For each
one, count its odd digits and produce the sentence

    "the number of odd elements Xn the strXng X of the Xnput."

where every X is that count (yes, the "i"s of "in", "string" and "input" are
replaced by the number too -- that is the joke). Return the sentences in the
same order as the inputs.

In C the result is a malloc'd array of malloc'd strings:

#include <stdio.h>
#include <stdlib.h>

static int odd_digits(const char *s)
{
    int c = 0;
    for (; *s; s++)
        if (*s >= '0' && *s <= '9' && (*s - '0') % 2 == 1)
            c++;
    return c;
}

char **odd_digit_sentences(const char *const *inputs, size_t n)
{
    static const char fmt[] = "the number of odd elements %dn the str%dng %d of the %dnput.";
    char **out = malloc((n ? n : 1) * sizeof *out);

    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        int k = odd_digits(inputs[i]);
        int len = snprintf(NULL, 0, fmt, k, k, k, k);
        out[i] = malloc((size_t)len + 1);
        if (out[i] != NULL)
            snprintf(out[i], (size_t)len + 1, fmt, k, k, k, k);
    }
    return out;
}

The caller frees each out[i] and then out itself.
'''

C28A[122] = r'''#include <stdio.h>

/*
 * Look only at the first k entries of arr and add up the ones that take at
 * most two characters to write in decimal. The minus sign counts as a
 * character, so -9..99 qualifies while -10 or 100 do not.
 * Assumes 1 <= k <= length of arr.
 */
int sum_short_numbers(const int *arr, int k)
{
    char buf[16];
    int total = 0;

    for (int i = 0; i < k; i++) {
        int width = snprintf(buf, sizeof buf, "%d", arr[i]);
        if (width <= 2)
            total += arr[i];
    }
    return total;
}

int main(void)
{
    int a[] = {5, 250, 42, -7, 1000, 13};

    /* first five: 5 + 42 + (-7) = 40; 250 and 1000 are too long, 13 is past k */
    printf("%d\n", sum_short_numbers(a, 5));
    printf("%d\n", sum_short_numbers(a, 2));   /* 5 */
    return 0;
}
'''

C28A[128] = r'''#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

/*
 * Sum of the absolute values of a[], multiplied by the product of the signs
 * of all the elements (each sign being -1, 0 or +1). A single zero anywhere
 * therefore makes the answer 0, and an odd number of negatives flips it.
 *
 * An empty array has no answer: the function returns false and leaves *out
 * untouched. Otherwise it stores the value in *out and returns true.
 */
bool sign_weighted_sum(const int *a, size_t n, long *out)
{
    int sign = 1;
    long magnitude = 0;

    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == 0)
            sign = 0;
        else if (a[i] < 0)
            sign = -sign;
        magnitude += labs((long)a[i]);
    }
    *out = sign * magnitude;
    return true;
}
'''

C28A[132] = r'''/*
 * has_nested_brackets
 *
 * The input consists only of '[' and ']'. Return true when you can pick a
 * subsequence of it that forms a valid bracket sequence in which at least one
 * pair sits inside another pair, i.e. positions i < j < k < l with
 * s[i] == s[j] == '[' and s[k] == s[l] == ']'.
 *
 * Greedy check: walk the '[' positions from the left and the ']' positions
 * from the right, pairing an opener with the current closer whenever the
 * opener comes first. Two such pairs mean a nesting.
 *
 *   "[[]]]"   -> true
 *   "][]["    -> false
 *   "[]][[]"  -> false
 *   "[[[]"    -> false
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

bool has_nested_brackets(const char *s)
{
    size_t n = strlen(s);
    size_t *opens = malloc((n + 1) * sizeof *opens);
    size_t *closes = malloc((n + 1) * sizeof *closes);
    size_t no = 0, nc = 0, pairs = 0, j;

    if (opens == NULL || closes == NULL) {
        free(opens);
        free(closes);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '[')
            opens[no++] = i;
        else
            closes[nc++] = i;
    }

    j = nc;                     /* closes[j - 1] is the rightmost unused one */
    for (size_t i = 0; i < no && j > 0; i++) {
        if (opens[i] < closes[j - 1]) {
            pairs++;
            j--;
        }
    }

    free(opens);
    free(closes);
    return pairs >= 2;
}
'''

C28A[134] = r'''#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/*
 * ends_in_single_letter
 *
 * Words are the pieces of txt between single space characters. Return true
 * only if the final piece is exactly one character long and that character
 * is an ASCII letter -- i.e. the text ends in a letter standing on its own.
 * A trailing space means the last piece is empty, so that is false, and so
 * is an empty string.
 */
bool ends_in_single_letter(const char *txt)
{
    size_t n = strlen(txt);

    if (n == 0 || !isalpha((unsigned char)txt[n - 1]))
        return false;
    return n == 1 || txt[n - 2] == ' ';
}
'''

C28A[144] = r'''Checking whether the product of two fractions is a whole number

Each fraction arrives as a string "p/q" with positive integers p and q. Parse
both, multiply numerators and denominators, and test divisibility -- no
floating point, so no rounding surprises:

#include <stdbool.h>
#include <stdio.h>

bool fraction_product_is_whole(const char *x, const char *y)
{
    long a, b, c, d;

    if (sscanf(x, "%ld/%ld", &a, &b) != 2 || sscanf(y, "%ld/%ld", &c, &d) != 2)
        return false;
    return (a * c) % (b * d) == 0;
}

int main(void)
{
    printf("%d\n", fraction_product_is_whole("3/4", "8/3"));  /* 1: 24/12 = 2 */
    printf("%d\n", fraction_product_is_whole("2/3", "3/5"));  /* 0: 6/15      */
    printf("%d\n", fraction_product_is_whole("9/2", "2/9"));  /* 1: 18/18 = 1 */
    return 0;
}

If the numbers can get big, reduce each fraction by its gcd first so a * c
and b * d don't overflow.
'''

C_HELDOUT28A[3] = r'''/* ledger.c
 *
 * An account opens with a balance of 0. Each entry of tx[] is a deposit
 * (positive) or a withdrawal (negative), applied in order. Report whether
 * the balance ever goes negative along the way.
 *
 *   {50, -20, -40, 100}  -> true   (balance hits -10 after the third entry)
 *   {10, -10, 5}         -> false  (touching 0 is fine)
 *   {}                   -> false
 */
#include <stdbool.h>
#include <stddef.h>

bool ever_overdrawn(const int *tx, size_t n)
{
    long balance = 0;

    for (size_t i = 0; i < n; i++) {
        balance += tx[i];
        if (balance < 0)
            return true;
    }
    return false;
}
'''

C_HELDOUT28A[19] = r'''/*
 * Sort a sentence of number words.
 *
 * The input holds words from "zero" to "nine" separated by spaces; write them
 * back into out ordered by the value they name, smallest first, joined by
 * single spaces. Extra spaces in the input are skipped. out needs at least
 * strlen(in) + 1 bytes. Since there are only ten possible words, a counting
 * sort does the job in one pass.
 */
#include <string.h>

static const char *const NAMES[10] = {
    "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine"
};

static int word_value(const char *w, size_t len)
{
    for (int d = 0; d < 10; d++)
        if (strlen(NAMES[d]) == len && strncmp(NAMES[d], w, len) == 0)
            return d;
    return -1;
}

void sort_number_words(const char *in, char *out)
{
    int counts[10] = {0};
    const char *p = in;
    char *w = out;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start) {
            int v = word_value(start, (size_t)(p - start));
            if (v >= 0)
                counts[v]++;
        }
    }

    for (int d = 0; d < 10; d++) {
        for (int k = 0; k < counts[d]; k++) {
            if (w != out)
                *w++ = ' ';
            size_t len = strlen(NAMES[d]);
            memcpy(w, NAMES[d], len);
            w += len;
        }
    }
    *w = '\0';
}
'''

C_HELDOUT28A[43] = r'''Does any pair of entries cancel out?

Return true if two *different* positions in the array hold values that add up
to zero. The same element can't be used twice, so a single 0 is not enough,
but two zeros are.

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>

bool has_opposite_pair(const int *v, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (v[i] + v[j] == 0)
                return true;
    return false;
}

int main(void)
{
    int a[] = {4, -1, 7, 1};
    int b[] = {0, 5, 6};
    int c[] = {0, 0};
    int d[] = {-8};

    assert(has_opposite_pair(a, 4));     /* -1 + 1 */
    assert(!has_opposite_pair(b, 3));
    assert(has_opposite_pair(c, 2));
    assert(!has_opposite_pair(d, 1));
    return 0;
}

The quadratic scan is fine for short arrays; for long ones, sort and walk
two indices towards each other from both ends.
'''

C_HELDOUT28A[47] = r'''#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Median of n ints (n >= 1). The input is left untouched: we sort a copy.
 * Odd n gives the middle element; even n gives the mean of the two middle
 * elements, which may be a half-integer, hence the double.
 */
double median_of(const int *v, size_t n)
{
    int *tmp = malloc(n * sizeof *tmp);
    double m;

    if (tmp == NULL)
        return 0.0;
    memcpy(tmp, v, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, by_value);

    if (n % 2 == 1)
        m = tmp[n / 2];
    else
        m = ((double)tmp[n / 2 - 1] + (double)tmp[n / 2]) / 2.0;

    free(tmp);
    return m;
}
'''

C_HELDOUT28A[59] = r'''/* factor.c -- biggest prime divisor by trial division */

/*
 * Largest prime that divides n, for n > 1.
 *
 * Divide out each factor as it is found, smallest first. When p * p exceeds
 * what is left, the remainder is either 1 (and the last factor removed was
 * the biggest) or itself a prime larger than anything removed so far.
 */
long top_prime_factor(long n)
{
    long last = 1;

    for (long p = 2; p * p <= n; p++) {
        while (n % p == 0) {
            last = p;
            n /= p;
        }
    }
    return n > 1 ? n : last;
}
'''

C_HELDOUT28A[75] = r'''// Is a (below 100) the product of exactly three primes? The primes need
// not be distinct: 12 = 2 * 2 * 3 counts, and so does 27 = 3 * 3 * 3.
//
// Equivalent formulation: a has exactly three prime factors counted with
// multiplicity. We strip factors by trial division and count them.
//
//   42 -> yes (2 * 3 * 7)
//   12 -> yes (2 * 2 * 3)
//   16 -> no  (four factors of 2)
//   77 -> no  (only 7 * 11)
#include <stdbool.h>
#include <stdio.h>

bool three_prime_product(int a)
{
    int factors = 0;

    if (a < 2)
        return false;
    for (int p = 2; p * p <= a; p++) {
        while (a % p == 0) {
            a /= p;
            factors++;
        }
    }
    if (a > 1)
        factors++;
    return factors == 3;
}

int main(void)
{
    int tests[] = {42, 12, 16, 77};
    for (int i = 0; i < 4; i++)
        printf("%d: %s\n", tests[i], three_prime_product(tests[i]) ? "yes" : "no");
    return 0;
}
'''

C_HELDOUT28A[103] = r'''Average of a range, rounded, in binary

Given positive integers n and m, take the mean of all integers from n to m
inclusive, round it to the nearest integer, and render that as a binary
string with a "0b" prefix. If n > m there is no range and the answer is -1.

The mean of a run of consecutive integers is just (n + m) / 2, so it is either
a whole number or ends in .5. The reference script was written in Python,
whose round() sends halves to the even neighbour (4.5 -> 4, 5.5 -> 6), so we
do the same to match its output.

#include <stdio.h>
#include <string.h>

/* Returns -1 when n > m (buf untouched), otherwise 0 with the text in buf. */
int range_mean_binary(long n, long m, char *buf, size_t cap)
{
    long s, avg;
    char bits[72];
    int len = 0;

    if (n > m)
        return -1;
    s = n + m;
    avg = s / 2;
    if (s % 2 != 0 && avg % 2 != 0)
        avg += 1;               /* round half to even */

    do {
        bits[len++] = (char)('0' + (avg & 1));
        avg >>= 1;
    } while (avg > 0);

    if (cap < (size_t)len + 3)
        return -1;
    buf[0] = '0';
    buf[1] = 'b';
    for (int i = 0; i < len; i++)
        buf[2 + i] = bits[len - 1 - i];
    buf[2 + len] = '\0';
    return 0;
}

int main(void)
{
    char out[80];
    if (range_mean_binary(2, 6, out, sizeof out) == 0)
        puts(out);                                  /* 0b100 (mean 4)       */
    if (range_mean_binary(3, 6, out, sizeof out) == 0)
        puts(out);                                  /* 0b100 (4.5 -> 4)     */
    if (range_mean_binary(4, 7, out, sizeof out) == 0)
        puts(out);                                  /* 0b110 (5.5 -> 6)     */
    printf("%d\n", range_mean_binary(9, 3, out, sizeof out));   /* -1 */
    return 0;
}
'''

OTHER_C28A.append(r'''/*
 * Sliding-window maximum.
 *
 * For every full window of w consecutive elements of x (w >= 1), write the
 * largest element of that window into out. There are n - w + 1 windows when
 * n >= w and none otherwise; the function returns that count.
 *
 *   x = {4, 2, 12, 3, 8, 1}, w = 3  ->  12 12 12 8
 *
 * A monotonic deque of indices keeps this O(n): the front always holds the
 * index of the current window's maximum.
 */
#include <stddef.h>
#include <stdlib.h>

size_t window_max(const int *x, size_t n, size_t w, int *out)
{
    size_t *dq, head = 0, tail = 0, k = 0;

    if (w == 0 || n < w)
        return 0;
    dq = malloc(n * sizeof *dq);
    if (dq == NULL)
        return 0;

    for (size_t i = 0; i < n; i++) {
        while (tail > head && x[dq[tail - 1]] <= x[i])
            tail--;
        dq[tail++] = i;
        if (dq[head] + w <= i)
            head++;
        if (i + 1 >= w)
            out[k++] = x[dq[head]];
    }
    free(dq);
    return k;
}
''')

OTHER_C28A.append(r'''#include <ctype.h>
#include <stddef.h>

/*
 * Count the hex digits of a string whose value is a power of two: 1, 2, 4
 * and 8. Letters may be upper or lower case; characters that are not hex
 * digits are ignored. Handy for eyeballing how many nibbles of a mask have
 * exactly one bit set.
 */
int single_bit_nibbles(const char *hex)
{
    int count = 0;

    for (; *hex; hex++) {
        int c = tolower((unsigned char)*hex);
        int v;

        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else
            continue;
        if (v != 0 && (v & (v - 1)) == 0)
            count++;
    }
    return count;
}
''')

OTHER_C28A.append(r'''Atbash in a dozen lines of C

Atbash mirrors the alphabet: a <-> z, b <-> y, c <-> x and so on. Case is
preserved and anything that isn't a letter passes through. Applying it twice
gives back the original text, so the same function encodes and decodes.

#include <stdio.h>

void atbash(char *s)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)('z' - (*s - 'a'));
        else if (*s >= 'A' && *s <= 'Z')
            *s = (char)('Z' - (*s - 'A'));
    }
}

int main(void)
{
    char msg[] = "Hello, World";
    atbash(msg);
    printf("%s\n", msg);    /* Svool, Dliow */
    atbash(msg);
    printf("%s\n", msg);    /* Hello, World */
    return 0;
}
''')

OTHER_C28A.append(r'''/* perm_stats.c -- statistics on permutations stored as int arrays */
#include <stddef.h>

/*
 * Number of fixed points: positions i (0-based) where v[i] == i.
 * For a random permutation this averages 1, regardless of n.
 */
size_t fixed_points(const int *v, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i] >= 0 && (size_t)v[i] == i)
            c++;
    return c;
}

/* A derangement is a permutation with no fixed point at all. */
int is_derangement(const int *v, size_t n)
{
    return fixed_points(v, n) == 0;
}
''')

OTHER_C28A.append(r'''#include <stdio.h>
#include <stdlib.h>

/* Most significant decimal digit of v, ignoring the sign; 0 for v == 0. */
static int leading_digit(long v)
{
    v = labs(v);
    while (v >= 10)
        v /= 10;
    return (int)v;
}

/* Add the leading digits of two integers. */
int leading_digit_sum(long a, long b)
{
    return leading_digit(a) + leading_digit(b);
}

int main(void)
{
    printf("%d\n", leading_digit_sum(4821, -73));   /* 4 + 7 = 11 */
    printf("%d\n", leading_digit_sum(9, 100000));   /* 9 + 1 = 10 */
    printf("%d\n", leading_digit_sum(0, 56));       /* 0 + 5 = 5  */
    return 0;
}
''')

OTHER_C28A.append(r'''/*
 * smallest_odd_between(lo, hi)
 *
 * Returns the smallest odd integer x with lo <= x <= hi, or -1 when the
 * interval holds no odd number (empty interval, or a single even value).
 * Intended for non-negative bounds.
 */
long smallest_odd_between(long lo, long hi)
{
    long x;

    if (lo > hi)
        return -1;
    x = (lo % 2 != 0) ? lo : lo + 1;
    return x <= hi ? x : -1;
}
''')

OTHER_C28A.append(r'''Keeping only numbers with no repeated digit

Filter an array of non-negative ints down to the values whose decimal digits
are all different from one another (so 123 and 90 stay, 4554 and 11 go). The
survivors keep their original order. A 10-bit mask of digits seen so far is
all the bookkeeping needed:

#include <stdio.h>
#include <stddef.h>

static int digits_distinct(int v)
{
    unsigned seen = 0;
    do {
        unsigned bit = 1u << (v % 10);
        if (seen & bit)
            return 0;
        seen |= bit;
        v /= 10;
    } while (v > 0);
    return 1;
}

size_t keep_distinct_digit_numbers(const int *in, size_t n, int *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (digits_distinct(in[i]))
            out[k++] = in[i];
    return k;
}

int main(void)
{
    int v[] = {123, 4554, 90, 11, 7};
    int r[5];
    size_t m = keep_distinct_digit_numbers(v, 5, r);
    for (size_t i = 0; i < m; i++)
        printf("%d ", r[i]);
    printf("\n");           /* 123 90 7 */
    return 0;
}
''')
