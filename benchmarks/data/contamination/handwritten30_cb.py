"""Thirtieth batch of hand-written documents, C (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C30B: positives keyed by HumanEval item number, items 6, 9, 22, 24, 29, 34, 44, 50, 53, 62, 64, 68, 89, 96, 100, 101, 110, 116, 121, 126, 130, 137, 148, 149.
  C_HELDOUT30B: held-out documents, items 7, 11, 15, 51, 67, 155, 163.
  OTHER_C30B: seven C look-alikes with a different rule:
    0. for each blank-separated bracket group, count its top-level blocks (times the depth returns to zero) instead of the maximum nesting depth
    1. count vowel groups (maximal runs of consecutive a/e/i/o/u, any case; y never counts) instead of vowel letters
    2. progressive Caesar shift: the k-th character (k from 1) moves k places, case kept, non-letters unchanged; plus the inverse
    3. sliding-window maximum of width w (n-w+1 results) instead of the running prefix maximum
    4. antiderivative of a coefficient list (constant term 0, c[k]/(k+1) moved up one power) instead of the derivative, plus a definite integral
    5. mountain check: strictly increasing to a single peak then strictly decreasing, both slopes required
    6. sum of all proper divisors of n (aliquot sum) with perfect/abundant/deficient classification, instead of the largest proper divisor
"""

C30B = {}
C_HELDOUT30B = {}
OTHER_C30B = []

C30B[6] = r'''/*
 * paren_depth.c
 *
 * Small exercise from my parsing notes. The input is one line holding several
 * bracket expressions separated by blanks, for instance
 *
 *     "(()) ()()() (((())))"
 *
 * and for every expression we want the deepest nesting level reached inside
 * it. That line should give 2 1 4: the first word goes two levels down, the
 * second never goes below one, the third reaches four.
 *
 * No stack is needed. A single counter that goes up on '(' and down on ')'
 * is enough; we just remember the highest value it ever reached.
 */
#include <stdio.h>
#include <stddef.h>

/* Writes one depth per blank-separated group into depths[] (room for cap
 * entries) and returns the number of groups found in the line. */
size_t group_depths(const char *line, int *depths, size_t cap)
{
    size_t count = 0;
    const char *p = line;

    while (*p) {
        while (*p == ' ')
            p++;
        if (*p == '\0')
            break;

        int level = 0, deepest = 0;
        for (; *p && *p != ' '; p++) {
            if (*p == '(') {
                if (++level > deepest)
                    deepest = level;
            } else {
                level--;
            }
        }
        if (count < cap)
            depths[count] = deepest;
        count++;
    }
    return count;
}

int main(void)
{
    const char *samples[] = {
        "(()) ()()() (((())))",   /* 2 1 4 */
        "((()()))  (())",          /* 3 2   */
        "()",                      /* 1     */
    };
    int out[16];

    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        size_t n = group_depths(samples[i], out, 16);
        printf("%-22s ->", samples[i]);
        for (size_t k = 0; k < n; k++)
            printf(" %d", out[k]);
        putchar('\n');
    }
    return 0;
}
'''

C30B[9] = r'''/* series_scan.c -- prefix-scan helpers used by the chart exporter.
 *
 * All functions take a plain int array and its length and write one output
 * value per input value. The output buffer may be the input buffer itself.
 */
#include <stdlib.h>
#include <string.h>

/* out[i] = a[0] + a[1] + ... + a[i] */
void scan_sum(const int *a, size_t n, long *out)
{
    long acc = 0;
    for (size_t i = 0; i < n; i++) {
        acc += a[i];
        out[i] = acc;
    }
}

/* out[i] = the biggest value seen among a[0..i], i.e. the high-water mark
 * of the series up to and including position i. */
void scan_max(const int *a, size_t n, int *out)
{
    if (n == 0)
        return;

    int peak = a[0];
    for (size_t i = 0; i < n; i++) {
        if (a[i] > peak)
            peak = a[i];
        out[i] = peak;
    }
}

/* Same as scan_max but hands back a fresh heap array (free() it).
 * An empty series gives NULL. */
int *scan_max_new(const int *a, size_t n)
{
    if (n == 0)
        return NULL;
    int *res = malloc(n * sizeof *res);
    if (res != NULL)
        scan_max(a, n, res);
    return res;
}

/* out[i] = smallest value among a[0..i] */
void scan_min(const int *a, size_t n, int *out)
{
    if (n == 0)
        return;
    int low = a[0];
    for (size_t i = 0; i < n; i++) {
        if (a[i] < low)
            low = a[i];
        out[i] = low;
    }
}
'''

C30B[22] = r'''/*
 * There is no "list of anything" in C, so the usual stand-in is an array of
 * tagged values: an enum that says what the slot holds plus a union with the
 * payload. Picking out just the integers from such an array (what you'd do in
 * Python with isinstance(x, int)) then becomes a simple filtering loop.
 *
 * Python treats True/False as integers too, so V_BOOL slots are kept as well.
 */
#include <stdio.h>
#include <stddef.h>

typedef enum { V_NONE, V_BOOL, V_INT, V_FLOAT, V_STR, V_LIST, V_DICT } vkind;

typedef struct {
    vkind kind;
    union {
        long        i;
        double      f;
        const char *s;
        void       *obj;
    } u;
} dyn;

/* Copies every integer payload from items[0..n) into ints[], preserving the
 * order, and returns how many were copied. ints[] needs room for n values. */
size_t only_integers(const dyn *items, size_t n, long *ints)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (items[i].kind == V_INT || items[i].kind == V_BOOL)
            ints[kept++] = items[i].u.i;
    }
    return kept;
}

int main(void)
{
    dyn row[] = {
        { V_STR,   { .s = "seven" } },
        { V_INT,   { .i = 7 } },
        { V_FLOAT, { .f = 2.5 } },
        { V_LIST,  { .obj = NULL } },
        { V_INT,   { .i = -12 } },
        { V_NONE,  { .obj = NULL } },
        { V_FLOAT, { .f = 40.0 } },
    };
    size_t n = sizeof row / sizeof row[0];
    long ints[sizeof row / sizeof row[0]];

    size_t k = only_integers(row, n, ints);
    for (size_t i = 0; i < k; i++)
        printf("%ld\n", ints[i]);    /* 7, then -12; 40.0 is a float so it is dropped */
    return 0;
}
'''

C30B[24] = r'''Q: Finding the largest divisor of n that is less than n itself

I'm doing this in C and it works, but it crawls when n is a big prime:

    unsigned long top_div(unsigned long n)
    {
        for (unsigned long i = n - 1; i > 0; i--)
            if (n % i == 0)
                return i;
        return 0;
    }

Is there a smarter way?

A: Yes. Divisors come in pairs d and n/d, so the biggest divisor below n is
simply n divided by the smallest divisor above 1. Search upward from 2, and
you can stop at the square root: if nothing up to sqrt(n) divides n, then n is
prime and the only smaller divisor left is 1.

    unsigned long largest_proper_factor(unsigned long n)
    {
        for (unsigned long d = 2; d <= n / d; d++) {
            if (n % d == 0)
                return n / d;      /* d is the smallest factor, so n/d is the largest */
        }
        return 1;                  /* prime: only 1 divides it */
    }

Writing the bound as d <= n / d instead of d * d <= n also avoids overflow
near ULONG_MAX. For a prime around 10^12 this does about a million
iterations instead of a trillion. Your countdown loop is fine for small inputs,
and both give the same answer for every n >= 2.
'''

C30B[29] = r'''#include <assert.h>
#include <stddef.h>
#include <string.h>

/*
 * select_starting_with: keep only the words that begin with `stem`.
 *
 * Pointers to the matching strings are stored in out[] in their original
 * order (nothing is copied), and the number of matches is returned.
 * out[] must have room for n pointers. An empty stem matches everything.
 */
size_t select_starting_with(const char *const *words, size_t n,
                            const char *stem, const char **out)
{
    size_t stem_len = strlen(stem);
    size_t kept = 0;

    for (size_t i = 0; i < n; i++) {
        if (strncmp(words[i], stem, stem_len) == 0)
            out[kept++] = words[i];
    }
    return kept;
}

int main(void)
{
    const char *cmds[] = { "git-add", "gitk", "grep", "git-log", "gzip", "gi" };
    const char *hits[6];

    size_t k = select_starting_with(cmds, 6, "git", hits);
    assert(k == 3);
    assert(strcmp(hits[0], "git-add") == 0);
    assert(strcmp(hits[1], "gitk") == 0);
    assert(strcmp(hits[2], "git-log") == 0);

    /* "gi" is shorter than the stem, so it must not match */
    assert(select_starting_with(cmds + 5, 1, "git", hits) == 0);

    /* nothing in, nothing out */
    assert(select_starting_with(cmds, 0, "g", hits) == 0);

    /* the empty prefix keeps the whole list */
    assert(select_starting_with(cmds, 6, "", hits) == 6);
    return 0;
}
'''

C30B[34] = r'''/*
 * Week 5 lab -- arrays and qsort
 *
 * Exercise 3. Write a function that takes an array of ints and produces a new
 * array holding each distinct value exactly once, in increasing order. The
 * length of the result goes into *out_len. Return NULL only if malloc fails.
 *
 * Model answer below: copy, sort, then squeeze out the repeats in one pass.
 * Sorting first means equal values end up next to each other, so we only ever
 * compare an element with the last one we kept.
 */
#include <stdlib.h>
#include <string.h>

static int ascending(const void *lhs, const void *rhs)
{
    int a = *(const int *)lhs;
    int b = *(const int *)rhs;
    return (a > b) - (a < b);   /* no subtraction, so no overflow */
}

int *distinct_sorted(const int *values, size_t count, size_t *out_len)
{
    int *buf = malloc((count ? count : 1) * sizeof *buf);
    if (buf == NULL)
        return NULL;

    memcpy(buf, values, count * sizeof *buf);
    qsort(buf, count, sizeof *buf, ascending);

    size_t w = 0;
    for (size_t r = 0; r < count; r++) {
        if (w == 0 || buf[r] != buf[w - 1])
            buf[w++] = buf[r];
    }
    *out_len = w;
    return buf;
}
'''

C30B[44] = r'''/* radix.c - render a non-negative integer in a small base (2..9).
 *
 *   to_radix(10, 4, buf)  -> "22"
 *   to_radix(25, 5, buf)  -> "100"
 *   to_radix(5, 2, buf)   -> "101"
 *   to_radix(6, 7, buf)   -> "6"
 *
 * Digits are produced least significant first, so they are written from the
 * right end of a scratch area and then moved to the front of the caller's
 * buffer. Zero produces an empty string (no digits are emitted).
 */
#include <stdio.h>
#include <string.h>

char *to_radix(unsigned long value, unsigned base, char *buf)
{
    char tmp[72];
    char *p = tmp + sizeof tmp;

    *--p = '\0';
    while (value > 0) {
        *--p = (char)('0' + value % base);
        value /= base;
    }
    memmove(buf, p, (size_t)(tmp + sizeof tmp - p));
    return buf;
}

int main(void)
{
    char buf[72];
    printf("%s\n", to_radix(10, 4, buf));   /* 22  */
    printf("%s\n", to_radix(25, 5, buf));   /* 100 */
    printf("%s\n", to_radix(5, 2, buf));    /* 101 */
    printf("%s\n", to_radix(6, 7, buf));    /* 6   */
    return 0;
}
'''

C30B[50] = r'''/*
 * rot5.c
 *
 * A toy cipher for lowercase text: every letter moves five places along the
 * alphabet, wrapping from 'z' back to 'a'. shift5_encode() does the forward
 * move and shift5_decode() undoes it. Both work in place on a NUL-terminated
 * string; the input is expected to contain only 'a'..'z'.
 *
 * Going backwards by 5 is the same as going forwards by 21, which keeps the
 * arithmetic non-negative (C's % can return negative values).
 */
#include <stddef.h>

#define ALPHA 26
#define STEP  5

static char rotate(char c, int by)
{
    return (char)('a' + ((c - 'a') + by) % ALPHA);
}

char *shift5_encode(char *text)
{
    for (char *p = text; *p; ++p)
        *p = rotate(*p, STEP);
    return text;
}

char *shift5_decode(char *text)
{
    for (char *p = text; *p; ++p)
        *p = rotate(*p, ALPHA - STEP);
    return text;
}
'''

C30B[53] = r'''/*
 * CS101 - Lab 0: check that your compiler works
 *
 * Fill in plus() so that it returns the sum of its two arguments, then build
 * with   gcc -Wall -o lab0 lab0.c   and run ./lab0. You should see
 *
 *     4 + 9 = 13
 *     0 + 6 = 6
 *     100 + 250 = 350
 *
 * If the numbers look right you are done with this lab.
 */
#include <stdio.h>

int plus(int a, int b)
{
    return a + b;
}

int main(void)
{
    int pairs[][2] = { {4, 9}, {0, 6}, {100, 250} };

    for (int i = 0; i < 3; i++)
        printf("%d + %d = %d\n", pairs[i][0], pairs[i][1],
               plus(pairs[i][0], pairs[i][1]));
    return 0;
}
'''

C30B[62] = r'''/* poly.c -- dense polynomials stored lowest power first.
 *
 * A polynomial c[0] + c[1] x + c[2] x^2 + ... + c[n-1] x^(n-1) is kept as
 * the array c of length n.
 */
#include <stddef.h>

/* Horner evaluation. */
long poly_eval(const long *c, size_t n, long x)
{
    long acc = 0;
    while (n-- > 0)
        acc = acc * x + c[n];
    return acc;
}

/*
 * poly_diff: coefficients of the derivative, same layout.
 *
 * The term c[k] x^k becomes k c[k] x^(k-1), so the constant term drops out and
 * every other coefficient slides one slot to the left after being multiplied
 * by its old power. d must have room for n-1 entries; the new length is
 * returned (0 for a constant or empty polynomial).
 */
size_t poly_diff(const long *c, size_t n, long *d)
{
    if (n < 2)
        return 0;
    for (size_t k = 1; k < n; k++)
        d[k - 1] = (long)k * c[k];
    return n - 1;
}
'''

C30B[64] = r'''/*
 * Counting vowels in a single word
 * --------------------------------
 * The usual five (a, e, i, o, u) count wherever they appear, upper or lower
 * case. The letter y is the odd one: here it only counts when it is the very
 * last letter of the word, as in "fly" or "happy", and not in "yes".
 *
 *   vowel_tally("rhythm")    == 0
 *   vowel_tally("Fly")       == 1
 *   vowel_tally("yesterday") == 4   (e, e, a + the final y)
 *   vowel_tally("QUEUE")     == 4
 */
#include <assert.h>
#include <ctype.h>
#include <string.h>

int vowel_tally(const char *word)
{
    int total = 0;
    size_t len = strlen(word);

    for (size_t i = 0; i < len; i++) {
        if (strchr("aeiou", tolower((unsigned char)word[i])) != NULL)
            total++;
    }
    if (len > 0 && tolower((unsigned char)word[len - 1]) == 'y')
        total++;
    return total;
}

int main(void)
{
    assert(vowel_tally("rhythm") == 0);
    assert(vowel_tally("Fly") == 1);
    assert(vowel_tally("yesterday") == 4);
    assert(vowel_tally("QUEUE") == 4);
    assert(vowel_tally("") == 0);
    return 0;
}
'''

C30B[68] = r'''/*
 * pick_node.c
 *
 * We get the values of a branch of a tree as an array of non-negative ints
 * and have to take away one node: the one holding the smallest even value.
 * If that value occurs more than once, the earliest occurrence wins. When the
 * array is empty or contains no even value at all, nothing is taken.
 *
 * The result is a small struct instead of a two-element list: `found` says
 * whether a node was picked, and `value` / `index` describe it.
 */
#include <stdbool.h>
#include <stddef.h>

struct picked {
    bool   found;
    int    value;
    size_t index;
};

struct picked pick_smallest_even(const int *nodes, size_t count)
{
    struct picked best = { false, 0, 0 };

    for (size_t i = 0; i < count; i++) {
        if (nodes[i] % 2 != 0)
            continue;
        /* strict '<' keeps the first index when values tie */
        if (!best.found || nodes[i] < best.value) {
            best.found = true;
            best.value = nodes[i];
            best.index = i;
        }
    }
    return best;
}
'''

C30B[89] = r'''/* shift4.c
 *
 * "Encrypt" a string by rotating its lowercase letters four places forward
 * (two times two). Anything that is not 'a'..'z' -- capitals, digits,
 * punctuation -- is copied through untouched.
 *
 *     abc    ->  efg
 *     wxyz   ->  abcd
 *     hello  ->  lipps
 *     Hi!    ->  Hm!
 */
#include <stdio.h>
#include <string.h>

static const char letters[] = "abcdefghijklmnopqrstuvwxyz";

void shift4(const char *src, char *dst)
{
    for (; *src; src++, dst++) {
        const char *hit = strchr(letters, *src);
        if (hit != NULL) {
            int pos = (int)(hit - letters);
            *dst = letters[(pos + 2 * 2) % 26];
        } else {
            *dst = *src;
        }
    }
    *dst = '\0';
}

int main(void)
{
    const char *tests[] = { "abc", "wxyz", "hello", "Hi!" };
    char out[32];

    for (int i = 0; i < 4; i++) {
        shift4(tests[i], out);
        printf("%-6s -> %s\n", tests[i], out);
    }
    return 0;
}
'''

C30B[96] = r'''/*
 * primes_below.c
 *
 * primes_below(limit, &count) returns a malloc'd array with every prime p
 * satisfying 2 <= p < limit, smallest first, and stores how many there are in
 * *count. For limit <= 2 there are none: the function returns NULL with
 * *count == 0.
 *
 * Uses a plain sieve of Eratosthenes, which is much cheaper than trial
 * division once the limit gets into the thousands.
 */
#include <stdlib.h>

int *primes_below(int limit, size_t *count)
{
    *count = 0;
    if (limit <= 2)
        return NULL;

    unsigned char *composite = calloc((size_t)limit, 1);
    int *primes = malloc((size_t)limit * sizeof *primes);
    if (composite == NULL || primes == NULL) {
        free(composite);
        free(primes);
        return NULL;
    }

    for (int i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        primes[(*count)++] = i;
        for (long long j = (long long)i * i; j < limit; j += i)
            composite[j] = 1;
    }
    free(composite);
    return primes;
}
'''

C30B[100] = r'''/*
 * Stone pile
 *
 * Build a pile with n levels. The bottom level (level 1) holds n stones, and
 * every level above it holds the next number of the same parity: two more
 * stones than the level below. So an odd n walks through odd numbers and an
 * even n through even numbers.
 *
 *   n = 1  ->  1
 *   n = 2  ->  2 4
 *   n = 7  ->  7 9 11 13 15 17 19
 *
 * levels[i] receives the stone count of level i+1; the array must have room
 * for n ints.
 */
#include <stdio.h>

void stone_levels(int n, int *levels)
{
    int stones = n;
    for (int i = 0; i < n; i++) {
        levels[i] = stones;
        stones += 2;
    }
}

int main(void)
{
    int row[7];
    stone_levels(7, row);
    for (int i = 0; i < 7; i++)
        printf("%d%c", row[i], i == 6 ? '\n' : ' ');
    return 0;
}
'''

C30B[101] = r'''/*
 * split_words.c -- break a line such as a tag list into separate words.
 *
 * Users type these lists however they like, so both commas and any kind of
 * whitespace act as separators, and runs of separators (", ", ",,", "   ,")
 * never produce empty words.
 *
 * split_words() makes its own copy of the line, cuts it up in place and
 * stores pointers to the pieces in words[] (at most max_words of them). The
 * copy is returned through *storage; free() it when done with the words.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int is_separator(unsigned char c)
{
    return c == ',' || isspace(c);
}

size_t split_words(const char *line, char **words, size_t max_words, char **storage)
{
    size_t n = 0;
    char *copy = malloc(strlen(line) + 1);

    *storage = copy;
    if (copy == NULL)
        return 0;
    strcpy(copy, line);

    char *p = copy;
    while (*p != '\0') {
        while (*p != '\0' && is_separator((unsigned char)*p))
            *p++ = '\0';
        if (*p == '\0')
            break;
        if (n < max_words)
            words[n++] = p;
        while (*p != '\0' && !is_separator((unsigned char)*p))
            p++;
    }
    return n;
}
'''

C30B[110] = r'''/*
 * Can we make the first array all even?
 *
 * We may swap any elements between arr_a and arr_b, as many times as we like.
 * The question is whether arr_a can end up containing only even numbers.
 *
 * Every odd number in arr_a has to be swapped out for an even number taken
 * from arr_b, and swaps never create new even numbers, so the answer is
 * simply: does arr_b have at least as many evens as arr_a has odds?
 *
 *   {2, 4, 7}  with {1, 3, 5}      -> NO   (one odd, no evens to trade)
 *   {1, 3}     with {8, 10, 5}     -> YES
 *   {6, 8}     with {1}            -> YES  (already all even)
 *   {-3, 4}    with {9, 2}         -> YES
 */
#include <stdio.h>
#include <stddef.h>

const char *can_make_even(const int *arr_a, size_t len_a,
                          const int *arr_b, size_t len_b)
{
    size_t odds_in_a = 0, evens_in_b = 0;

    for (size_t i = 0; i < len_a; i++)
        if (arr_a[i] % 2 != 0)      /* != 0, not == 1: -3 % 2 is -1 in C */
            odds_in_a++;
    for (size_t i = 0; i < len_b; i++)
        if (arr_b[i] % 2 == 0)
            evens_in_b++;

    return evens_in_b >= odds_in_a ? "YES" : "NO";
}

int main(void)
{
    int a1[] = {2, 4, 7},  b1[] = {1, 3, 5};
    int a2[] = {1, 3},     b2[] = {8, 10, 5};
    int a3[] = {6, 8},     b3[] = {1};
    int a4[] = {-3, 4},    b4[] = {9, 2};

    puts(can_make_even(a1, 3, b1, 3));   /* NO  */
    puts(can_make_even(a2, 2, b2, 3));   /* YES */
    puts(can_make_even(a3, 2, b3, 1));   /* YES */
    puts(can_make_even(a4, 2, b4, 2));   /* YES */
    return 0;
}
'''

C30B[116] = r'''/*
 * Sorting by bit count
 *
 * Order an int array by how many 1 bits each number has in binary, fewest
 * first. Numbers with the same number of set bits are ordered by their
 * ordinary value. For negative numbers the bits of the magnitude are counted
 * (so -6 counts like 6: two bits), the sign is ignored.
 *
 * qsort is not stable, but it doesn't matter here because the comparator
 * breaks every tie itself.
 */
#include <stdlib.h>

static int ones_in(int x)
{
    unsigned long long m = x < 0 ? -(long long)x : (long long)x;
    int bits = 0;
    while (m) {
        m &= m - 1;     /* clear the lowest set bit */
        bits++;
    }
    return bits;
}

static int by_ones_then_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int ka = ones_in(a), kb = ones_in(b);

    if (ka != kb)
        return ka < kb ? -1 : 1;
    return (a > b) - (a < b);
}

void sort_by_popcount(int *arr, size_t len)
{
    qsort(arr, len, sizeof arr[0], by_ones_then_value);
}
'''

C30B[121] = r'''// Sum of the odd values that sit at even positions (0, 2, 4, ...).
//
// Examples:
//   {1, 2, 3, 4, 5}  -> 9    (1 + 3 + 5)
//   {2, 7, 4, 9}     -> 0    (positions 0 and 2 hold even numbers)
//   {-3, 6, 11}      -> 8    (-3 is odd too)
//   {10, 1, 13, 1}   -> 13
#include <assert.h>
#include <stddef.h>

long odd_at_even_slots(const int *xs, size_t n)
{
    long total = 0;
    for (size_t i = 0; i < n; i += 2) {   // only even indices
        if (xs[i] % 2 != 0)
            total += xs[i];
    }
    return total;
}

int main(void)
{
    int a[] = {1, 2, 3, 4, 5};
    int b[] = {2, 7, 4, 9};
    int c[] = {-3, 6, 11};
    int d[] = {10, 1, 13, 1};

    assert(odd_at_even_slots(a, 5) == 9);
    assert(odd_at_even_slots(b, 4) == 0);
    assert(odd_at_even_slots(c, 3) == 8);
    assert(odd_at_even_slots(d, 4) == 13);
    return 0;
}
'''

C30B[126] = r'''Review comment on PR #212 ("validate sequence numbers before merge")

> bool seq_ok(const unsigned *v, size_t n)

The spec in the ticket says: the list passes if it is in ascending order,
where repeated numbers are tolerated, but no number may show up more than
twice. Your version counts occurrences with a 64K lookup table and then does a
second pass for the ordering check. That works, but it is more than we need:
if the array is non-decreasing, equal values are always adjacent, so the length
of the current run of equal values is the occurrence count. And if it is not
non-decreasing we reject anyway, no matter how often anything repeats. One
pass, no table, no limit on the values:

    #include <stdbool.h>
    #include <stddef.h>

    bool seq_ok(const unsigned *v, size_t n)
    {
        size_t run = 1;                 /* length of the current block of equal values */

        for (size_t i = 1; i < n; i++) {
            if (v[i] < v[i - 1])
                return false;           /* goes down: not ascending */
            if (v[i] == v[i - 1]) {
                if (++run > 2)
                    return false;       /* third copy of the same number */
            } else {
                run = 1;
            }
        }
        return true;                    /* also covers n == 0 and n == 1 */
    }

Could you swap this in and add the empty and single-element cases to the unit
tests? Otherwise LGTM.
'''

C30B[130] = r'''/*
 * The "tribonacci-ish" sequence from the puzzle set:
 *
 *     t(0) = 1
 *     t(1) = 3
 *     t(k) = 1 + k/2                       when k is even
 *     t(k) = t(k-1) + t(k-2) + t(k+1)      when k is odd
 *
 * The odd case looks ahead, but k+1 is even, so t(k+1) = 1 + (k+1)/2 is known
 * in closed form and the whole thing can be filled left to right:
 *
 *     t(k) = t(k-1) + t(k-2) + (k+3)/2     for odd k >= 3
 *
 * fill_seq(n, out) writes t(0) .. t(n), i.e. n+1 values.
 *
 *   n = 2   ->  1 3 2
 *   n = 6   ->  1 3 2 8 3 15 4
 *   n = 10  ->  1 3 2 8 3 15 4 24 5 35 6
 */
#include <stdio.h>

void fill_seq(int n, long *out)
{
    out[0] = 1;
    if (n == 0)
        return;
    out[1] = 3;
    for (int k = 2; k <= n; k++) {
        if (k % 2 == 0)
            out[k] = 1 + k / 2;
        else
            out[k] = out[k - 1] + out[k - 2] + (k + 3) / 2;
    }
}

int main(void)
{
    long t[11];
    fill_seq(10, t);
    for (int i = 0; i <= 10; i++)
        printf("%ld ", t[i]);
    putchar('\n');
    return 0;
}
'''

C30B[137] = r'''/*
 * larger_of.c
 *
 * Two inputs, each either an integer, a floating-point number, or a string
 * that spells a real number. Strings may use a decimal comma ("3,75") as well
 * as a decimal point. We return whichever input is numerically bigger, as it
 * was given -- so a string stays a string, comma included -- and NULL when the
 * two are equal in value.
 */
#include <stdlib.h>
#include <string.h>

enum kind { K_INT, K_REAL, K_TEXT };

struct num_like {
    enum kind kind;
    union {
        long        i;
        double      r;
        const char *text;
    } v;
};

static double numeric_value(const struct num_like *x)
{
    char buf[128];

    switch (x->kind) {
    case K_INT:
        return (double)x->v.i;
    case K_REAL:
        return x->v.r;
    case K_TEXT:
    default:
        strncpy(buf, x->v.text, sizeof buf - 1);
        buf[sizeof buf - 1] = '\0';
        for (char *c = buf; *c; c++)
            if (*c == ',')
                *c = '.';
        return strtod(buf, NULL);
    }
}

const struct num_like *larger_of(const struct num_like *a, const struct num_like *b)
{
    double x = numeric_value(a);
    double y = numeric_value(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}
'''

C30B[148] = r'''/*
 * Which planets lie between two others?
 *
 * Given two planet names, list the planets whose orbits fall strictly between
 * the two, ordered from the Sun outwards. The two names can come in either
 * order. If either name is not one of the eight planets, or both names are the
 * same planet, the answer is an empty list.
 *
 *   between("Venus", "Jupiter")  -> Earth, Mars
 *   between("Saturn", "Mars")    -> Jupiter
 *   between("Uranus", "Neptune") -> (nothing, they are neighbours)
 *   between("Pluto", "Earth")    -> (nothing, Pluto is not on the list)
 */
#include <stdio.h>
#include <string.h>

static const char *const ORBITS[8] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune"
};

static int orbit_index(const char *name)
{
    for (int i = 0; i < 8; i++)
        if (strcmp(ORBITS[i], name) == 0)
            return i;
    return -1;
}

/* Fills out[] (room for 6 names is always enough) and returns the count. */
int between(const char *p, const char *q, const char **out)
{
    int i = orbit_index(p), j = orbit_index(q);
    int n = 0;

    if (i < 0 || j < 0 || i == j)
        return 0;
    if (i > j) {
        int t = i; i = j; j = t;
    }
    for (int k = i + 1; k < j; k++)
        out[n++] = ORBITS[k];
    return n;
}

int main(void)
{
    const char *res[6];
    int n = between("Venus", "Jupiter", res);

    for (int k = 0; k < n; k++)
        printf("%s\n", res[k]);          /* Earth, Mars */
    printf("%d\n", between("Pluto", "Earth", res));   /* 0 */
    return 0;
}
'''

C30B[149] = r'''/*
 * even_words.c
 *
 * Drop every string whose length is odd and sort what is left: shorter
 * strings come first, and strings of the same length are put in plain
 * strcmp (byte-wise alphabetical) order. Duplicates are kept.
 *
 * The function works in place on an array of string pointers and returns
 * the new number of entries.
 */
#include <stdlib.h>
#include <string.h>

static int shorter_then_alpha(const void *pa, const void *pb)
{
    const char *a = *(const char *const *)pa;
    const char *b = *(const char *const *)pb;
    size_t la = strlen(a), lb = strlen(b);

    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

size_t keep_even_length_sorted(const char **list, size_t n)
{
    size_t kept = 0;

    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) % 2 == 0)
            list[kept++] = list[i];

    qsort(list, kept, sizeof list[0], shorter_then_alpha);
    return kept;
}
'''

C_HELDOUT30B[7] = r'''/*
 * grep-like filtering of an in-memory list
 *
 * lines_containing() keeps the strings that have `needle` somewhere inside
 * them (case-sensitive, anywhere: start, middle or end). Matching pointers
 * go into `out` in their original order; the return value is the count.
 *
 * Example: with the list
 *     "error: disk full", "ok", "warning: low memory", "terror", "Error"
 * and the needle "rror", the matches are
 *     "error: disk full", "terror", "Error"
 * while the needle "ory" only matches "warning: low memory".
 */
#include <stdio.h>
#include <string.h>

size_t lines_containing(const char **lines, size_t n, const char *needle, const char **out)
{
    size_t hits = 0;
    for (size_t i = 0; i < n; i++) {
        if (strstr(lines[i], needle) != NULL)
            out[hits++] = lines[i];
    }
    return hits;
}

int main(void)
{
    const char *log[] = {
        "error: disk full", "ok", "warning: low memory", "terror", "Error"
    };
    const char *found[5];
    size_t k = lines_containing(log, 5, "rror", found);

    for (size_t i = 0; i < k; i++)
        puts(found[i]);
    return 0;
}
'''

C_HELDOUT30B[11] = r'''/* bitstr.c -- helpers for strings made of the characters '0' and '1'. */
#include <stddef.h>
#include <string.h>

/* Number of '1' characters. */
size_t bitstr_popcount(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += (*s == '1');
    return n;
}

/*
 * Character-by-character exclusive or of two bit strings: the output has a
 * '1' wherever the inputs differ and a '0' where they agree. If the inputs
 * have different lengths, only the common prefix is combined (the extra tail
 * of the longer one is ignored). `out` needs room for that length plus the
 * terminating NUL.
 */
char *bitstr_xor(const char *a, const char *b, char *out)
{
    size_t i = 0;
    while (a[i] != '\0' && b[i] != '\0') {
        out[i] = (a[i] == b[i]) ? '0' : '1';
        i++;
    }
    out[i] = '\0';
    return out;
}

/* Flip every bit in place. */
char *bitstr_invert(char *s)
{
    for (char *p = s; *p; p++)
        *p = (*p == '1') ? '0' : '1';
    return s;
}
'''

C_HELDOUT30B[15] = r'''/*
 * count_line.c -- build the string "0 1 2 ... n"
 *
 * The numbers from 0 up to and including n, written in decimal and separated
 * by single spaces, with no trailing space. For n = 0 the result is just "0".
 *
 *   n = 0   ->  "0"
 *   n = 4   ->  "0 1 2 3 4"
 *   n = 12  ->  "0 1 2 3 4 5 6 7 8 9 10 11 12"
 *
 * The buffer is sized exactly by a first pass that adds up the digit counts.
 * Caller frees the result.
 */
#include <stdio.h>
#include <stdlib.h>

static size_t digits(unsigned v)
{
    size_t d = 1;
    while (v >= 10) {
        v /= 10;
        d++;
    }
    return d;
}

char *count_line(unsigned n)
{
    size_t need = 1;                        /* the NUL */
    for (unsigned i = 0; i <= n; i++)
        need += digits(i) + (i > 0);        /* a space before every number but the first */

    char *s = malloc(need);
    if (s == NULL)
        return NULL;

    char *w = s;
    for (unsigned i = 0; i <= n; i++)
        w += sprintf(w, i ? " %u" : "%u", i);
    return s;
}

int main(void)
{
    char *line = count_line(12);
    if (line) {
        puts(line);     /* 0 1 2 3 4 5 6 7 8 9 10 11 12 */
        free(line);
    }
    return 0;
}
'''

C_HELDOUT30B[51] = r'''/*
 * strip_vowels()
 *
 * Copies `src` to `dst` leaving out the letters a, e, i, o and u in either
 * case. Everything else, including 'y', digits, spaces and newlines, is kept
 * in its original position relative to the other kept characters. `dst` may
 * be the same buffer as `src`, because the write position never runs ahead of
 * the read position.
 */
#include <ctype.h>

static int is_plain_vowel(char c)
{
    switch (tolower((unsigned char)c)) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
        return 1;
    default:
        return 0;
    }
}

char *strip_vowels(char *dst, const char *src)
{
    char *w = dst;
    for (; *src != '\0'; src++) {
        if (!is_plain_vowel(*src))
            *w++ = *src;
    }
    *w = '\0';
    return dst;
}
'''

C_HELDOUT30B[67] = r'''/*
 * Mangoes in the basket
 *
 * A basket holds apples, oranges and mangoes. We're told the total number of
 * fruits as an integer, and the apples and oranges in a sentence such as
 * "3 apples and 4 oranges". The mangoes are whatever is left over.
 *
 * The sentence is split on single spaces and every piece made up only of
 * digits is taken as a count; all counts are subtracted from the total.
 *
 *   ("3 apples and 4 oranges", 10)   -> 3
 *   ("12 apples and 0 oranges", 20)  -> 8
 *   ("0 apples and 0 oranges", 7)    -> 7
 */
#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

long mangoes_left(const char *sentence, long total)
{
    const char *p = sentence;

    while (1) {
        const char *end = strchr(p, ' ');
        size_t len = end ? (size_t)(end - p) : strlen(p);

        int all_digits = len > 0;
        for (size_t i = 0; i < len; i++)
            if (!isdigit((unsigned char)p[i]))
                all_digits = 0;

        if (all_digits)
            total -= strtol(p, NULL, 10);

        if (end == NULL)
            break;
        p = end + 1;
    }
    return total;
}

int main(void)
{
    assert(mangoes_left("3 apples and 4 oranges", 10) == 3);
    assert(mangoes_left("12 apples and 0 oranges", 20) == 8);
    assert(mangoes_left("0 apples and 0 oranges", 7) == 7);
    return 0;
}
'''

C_HELDOUT30B[155] = r'''/*
 * digit_parity.c
 *
 * Count how many decimal digits of an integer are even and how many are odd.
 * The sign is ignored, and zero is a single even digit. The answer comes back
 * as a small struct {even, odd}.
 *
 * Working on the magnitude as an unsigned long long keeps LLONG_MIN safe.
 */
struct parity_count {
    int even;
    int odd;
};

struct parity_count digit_parity(long long number)
{
    struct parity_count c = { 0, 0 };
    unsigned long long m = number < 0 ? 0ULL - (unsigned long long)number
                                      : (unsigned long long)number;

    do {
        if ((m % 10) % 2 == 0)
            c.even++;
        else
            c.odd++;
        m /= 10;
    } while (m != 0);

    return c;
}
'''

C_HELDOUT30B[163] = r'''/*
 * even_digits_in_range
 *
 * Given two positive integers lo and hi (in either order), report the even
 * single digits -- 2, 4, 6, 8 -- that fall inside the closed range between
 * them, smallest first. Only those four digits are ever reported, however
 * wide the range is.
 *
 *   (3, 7)    -> 4 6
 *   (9, 1)    -> 2 4 6 8
 *   (6, 6)    -> 6
 *   (11, 40)  -> nothing
 */
#include <stdio.h>

/* Writes at most 4 values to out[] and returns how many were written. */
int even_digits_in_range(int lo, int hi, int *out)
{
    if (lo > hi) {
        int t = lo;
        lo = hi;
        hi = t;
    }
    int n = 0;
    for (int d = 2; d <= 8; d += 2)
        if (d >= lo && d <= hi)
            out[n++] = d;
    return n;
}

int main(void)
{
    int got[4];
    int k = even_digits_in_range(9, 1, got);
    for (int i = 0; i < k; i++)
        printf("%d ", got[i]);
    putchar('\n');          /* 2 4 6 8 */
    return 0;
}
'''

OTHER_C30B.append(r'''/*
 * chunks.c
 *
 * Each blank-separated word of the input is a balanced bracket string. For
 * every word, count how many top-level blocks it is made of, i.e. how many
 * times the nesting level comes back down to zero while scanning it.
 *
 *   "(())() ((())) ()()()"  ->  2 1 3
 *   "(()(()))"              ->  1
 *
 * Nesting depth doesn't matter here, only how many separate outer pairs sit
 * side by side.
 */
#include <stdio.h>

size_t top_level_blocks(const char *line, int *counts, size_t cap)
{
    size_t groups = 0;

    while (*line) {
        if (*line == ' ') {
            line++;
            continue;
        }
        int level = 0, blocks = 0;
        for (; *line && *line != ' '; line++) {
            if (*line == '(') {
                level++;
            } else if (--level == 0) {
                blocks++;
            }
        }
        if (groups < cap)
            counts[groups] = blocks;
        groups++;
    }
    return groups;
}

int main(void)
{
    int c[8];
    size_t n = top_level_blocks("(())() ((())) ()()()", c, 8);
    for (size_t i = 0; i < n; i++)
        printf("%d ", c[i]);
    putchar('\n');      /* 2 1 3 */
    return 0;
}
''')

OTHER_C30B.append(r'''/*
 * A very rough syllable estimate: count the vowel groups in a word, where a
 * group is a maximal run of consecutive vowels (a, e, i, o, u, any case).
 * "beautiful" has the groups "eau", "i", "u", so it scores 3, even though it
 * contains five vowel letters. 'y' is never treated as a vowel here.
 *
 *   vowel_groups("beautiful") == 3
 *   vowel_groups("queue")     == 1
 *   vowel_groups("banana")    == 3
 *   vowel_groups("rhythm")    == 0
 */
#include <assert.h>
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

static bool vowel(char c)
{
    return strchr("aeiou", tolower((unsigned char)c)) != NULL && c != '\0';
}

int vowel_groups(const char *w)
{
    int groups = 0;
    bool inside = false;

    for (; *w; w++) {
        bool v = vowel(*w);
        if (v && !inside)
            groups++;
        inside = v;
    }
    return groups;
}

int main(void)
{
    assert(vowel_groups("beautiful") == 3);
    assert(vowel_groups("queue") == 1);
    assert(vowel_groups("banana") == 3);
    assert(vowel_groups("rhythm") == 0);
    return 0;
}
''')

OTHER_C30B.append(r'''/*
 * running_shift.c
 *
 * A slightly less trivial cousin of the Caesar cipher: instead of moving every
 * letter by the same amount, the character at position k of the message
 * (counting from 1) is moved k places forward in the alphabet, wrapping
 * around after 'z'. Upper and lower case are kept, and characters that are not
 * letters are copied unchanged but still use up a position.
 *
 * running_unshift() reverses it.
 */
#include <ctype.h>
#include <stddef.h>

static char move(char c, long by)
{
    long r = ((by % 26) + 26) % 26;
    if (islower((unsigned char)c))
        return (char)('a' + (c - 'a' + r) % 26);
    if (isupper((unsigned char)c))
        return (char)('A' + (c - 'A' + r) % 26);
    return c;
}

void running_shift(char *msg)
{
    for (size_t k = 0; msg[k]; k++)
        msg[k] = move(msg[k], (long)(k + 1));
}

void running_unshift(char *msg)
{
    for (size_t k = 0; msg[k]; k++)
        msg[k] = move(msg[k], -(long)(k + 1));
}
''')

OTHER_C30B.append(r'''/*
 * Sliding-window maximum
 *
 * For an array of n values and a window width w (1 <= w <= n), produce the
 * maximum of every window a[i..i+w-1], giving n - w + 1 results.
 *
 *   a = {4, 1, 3, 5, 2, 2, 0},  w = 3   ->  4 5 5 5 2
 *   a = {7, 7, 1},              w = 2   ->  7 7
 *
 * Uses the classic monotonic deque of indices, so the whole thing is O(n):
 * the deque holds indices whose values are decreasing from front to back, and
 * the front is always the maximum of the current window.
 */
#include <stdio.h>
#include <stdlib.h>

size_t window_max(const int *a, size_t n, size_t w, int *out)
{
    if (w == 0 || w > n)
        return 0;

    size_t *dq = malloc(n * sizeof *dq);
    size_t head = 0, tail = 0, produced = 0;
    if (dq == NULL)
        return 0;

    for (size_t i = 0; i < n; i++) {
        while (tail > head && a[dq[tail - 1]] <= a[i])
            tail--;
        dq[tail++] = i;
        if (dq[head] + w <= i)
            head++;
        if (i + 1 >= w)
            out[produced++] = a[dq[head]];
    }
    free(dq);
    return produced;
}

int main(void)
{
    int a[] = {4, 1, 3, 5, 2, 2, 0};
    int m[7];
    size_t k = window_max(a, 7, 3, m);
    for (size_t i = 0; i < k; i++)
        printf("%d ", m[i]);
    putchar('\n');      /* 4 5 5 5 2 */
    return 0;
}
''')

OTHER_C30B.append(r'''/* poly_integrate.c
 *
 * Polynomials are arrays of coefficients, constant term first:
 * c[0] + c[1] x + c[2] x^2 + ...
 *
 * poly_integrate() produces the antiderivative whose constant term is zero.
 * The term c[k] x^k integrates to c[k] / (k+1) x^(k+1), so every coefficient
 * moves one slot to the right and is divided by its new power. The result has
 * one more coefficient than the input, which is why `out` needs n + 1 slots.
 */
#include <stddef.h>

size_t poly_integrate(const double *c, size_t n, double *out)
{
    out[0] = 0.0;
    for (size_t k = 0; k < n; k++)
        out[k + 1] = c[k] / (double)(k + 1);
    return n + 1;
}

/* Definite integral over [a, b] using the antiderivative above. */
double poly_integral(const double *c, size_t n, double a, double b)
{
    double fa = 0.0, fb = 0.0;
    for (size_t k = n; k-- > 0;) {
        fa = (fa + c[k] / (double)(k + 1)) * a;
        fb = (fb + c[k] / (double)(k + 1)) * b;
    }
    return fb - fa;
}
''')

OTHER_C30B.append(r'''/*
 * Is the array a "mountain"?
 *
 * It must climb strictly to a single peak and then fall strictly until the
 * end. Both slopes have to exist, so at least three elements are needed, and
 * any flat step (two equal neighbours) disqualifies it.
 *
 *   {1, 4, 7, 3, 2}  -> yes
 *   {2, 5, 5, 1}     -> no   (flat top)
 *   {1, 2, 3}        -> no   (never comes down)
 *   {9, 4, 1}        -> no   (never goes up)
 */
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>

bool is_mountain(const int *h, size_t n)
{
    size_t i = 0;

    while (i + 1 < n && h[i] < h[i + 1])
        i++;
    if (i == 0 || i + 1 >= n)       /* no ascent, or the peak is the last element */
        return false;
    while (i + 1 < n && h[i] > h[i + 1])
        i++;
    return i + 1 == n;
}

int main(void)
{
    int a[] = {1, 4, 7, 3, 2}, b[] = {2, 5, 5, 1}, c[] = {1, 2, 3}, d[] = {9, 4, 1};
    assert(is_mountain(a, 5));
    assert(!is_mountain(b, 4));
    assert(!is_mountain(c, 3));
    assert(!is_mountain(d, 3));
    return 0;
}
''')

OTHER_C30B.append(r'''/*
 * aliquot.c -- sum of the proper divisors of n (every divisor except n
 * itself), the quantity behind perfect, abundant and deficient numbers.
 *
 * Divisors pair up as (d, n/d), so we only walk d up to sqrt(n) and add both
 * halves of each pair, taking care not to count a square root twice and to
 * leave n itself out.
 */
#include <stdint.h>

uint64_t aliquot_sum(uint64_t n)
{
    if (n < 2)
        return 0;

    uint64_t total = 1;                 /* 1 divides everything */
    for (uint64_t d = 2; d <= n / d; d++) {
        if (n % d == 0) {
            uint64_t other = n / d;
            total += d;
            if (other != d)
                total += other;
        }
    }
    return total;
}

enum kind_of_number { DEFICIENT = -1, PERFECT = 0, ABUNDANT = 1 };

enum kind_of_number classify(uint64_t n)
{
    uint64_t s = aliquot_sum(n);
    if (s == n)
        return PERFECT;
    return s > n ? ABUNDANT : DEFICIENT;
}
''')
