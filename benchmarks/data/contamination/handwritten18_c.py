"""Eighteenth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C18: positives keyed by HumanEval item number, items 2, 9, 10, 25, 41, 45, 52, 53, 54, 58, 65, 68, 77, 78, 84, 85, 92, 101, 106, 108, 109, 110, 121, 124, 125, 128, 137, 138, 140, 141, 146, 148.
  C_HELDOUT18: held-out documents, items 27, 47, 79, 99, 103, 111, 115, 123.
  OTHER_C18: seven C look-alikes with a different rule:
    0. suffix maximum: each slot gets the largest value at or to the right of it (not the running max from the left).
    1. count hex digits whose value is a perfect square (0, 1, 4, 9), not prime digits.
    2. distinct prime divisors, each listed once regardless of multiplicity.
    3. trim leading/trailing blanks and turn every run of blanks (any length) into a single '_'.
    4. planets on a trip from one to the other, endpoints included, in travel order (not strictly between, sun-ordered).
    5. anagram test: same characters with the same multiplicities (not just the same set).
    6. rotate digits LEFT by k, with k taken modulo the digit count (no reversal rule).
"""

C18 = {}
C_HELDOUT18 = {}
OTHER_C18 = []

C18[2] = r'''/* numparts.c - tiny helpers for splitting floating point values.
 *
 * A positive real x can be written as  whole + frac  where whole is the
 * biggest integer not exceeding x and 0 <= frac < 1.  The pricing code
 * only ever needs the frac piece (cents, sub-second offsets, ...), so that
 * is what we expose.  Callers guarantee x > 0.
 */
#include <math.h>

/* Whole part, kept around for the report generator. */
double whole_part(double x)
{
    return floor(x);
}

/* Everything after the decimal point, e.g. the ".25" part of 7.25. */
double after_point(double x)
{
    double ipart;
    return modf(x, &ipart);
}
'''

C18[9] = r'''Q: How do I build a "running maximum" array in C?

I have an int array and for every position I want the biggest value seen so far
(from index 0 up to and including that position). Example: {5, 1, 7, 3, 9, 2}
should give {5, 5, 7, 7, 9, 9}.

A: Just carry the best value along in a single pass. Write into a second
array that the caller owns:

```c
#include <stdio.h>
#include <stddef.h>

void running_peak(const int *in, int *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || in[i] > out[i - 1])
            out[i] = in[i];
        else
            out[i] = out[i - 1];
    }
}

int main(void)
{
    int data[] = {5, 1, 7, 3, 9, 2};
    int peak[6];
    running_peak(data, peak, 6);
    for (int i = 0; i < 6; i++)
        printf("%d ", peak[i]);      /* 5 5 7 7 9 9 */
    putchar('\n');
    return 0;
}
```

An empty input (n == 0) simply writes nothing. It is O(n) and works in place
too if you pass the same pointer for `in` and `out`.
'''

C18[10] = r'''/*
 * shortest_pal.c
 *
 * Extend a word on the right so that it reads the same backwards, adding as
 * few characters as possible.  The trick: look for the longest tail of the
 * word that is already a palindrome.  Whatever comes before that tail has to
 * be mirrored and glued onto the end.
 *
 *   "abc"   -> "abcba"
 *   "abb"   -> "abba"
 *   "level" -> "level"
 *   "ab"    -> "aba"
 */
#include <stdio.h>
#include <string.h>

static int reads_same_backwards(const char *s, size_t len)
{
    size_t i = 0, j = len;
    while (i + 1 < j) {
        if (s[i] != s[j - 1])
            return 0;
        i++;
        j--;
    }
    return 1;
}

/* out must have room for 2*strlen(word) + 1 bytes. */
void mirror_extend(const char *word, char *out)
{
    size_t n = strlen(word);
    size_t start = 0;

    while (start < n && !reads_same_backwards(word + start, n - start))
        start++;

    memcpy(out, word, n);
    for (size_t k = 0; k < start; k++)
        out[n + k] = word[start - 1 - k];
    out[n + start] = '\0';
}

int main(void)
{
    const char *tests[] = {"abc", "abb", "level", "ab"};
    char buf[64];
    for (int i = 0; i < 4; i++) {
        mirror_extend(tests[i], buf);
        printf("\"%s\" -> \"%s\"\n", tests[i], buf);
    }
    return 0;
}
'''

C18[25] = r'''#include <stddef.h>

/*
 * Break n (n >= 2) into its prime factors, smallest first, writing each
 * factor as many times as it divides n.  Multiplying everything that ends
 * up in out[] gives back n.  Returns how many factors were written; out
 * needs at most 64 slots for any 64-bit value.
 */
size_t prime_decompose(unsigned long long n, unsigned long long *out)
{
    size_t count = 0;

    while (n % 2 == 0) {
        out[count++] = 2;
        n /= 2;
    }
    for (unsigned long long d = 3; d * d <= n; d += 2) {
        while (n % d == 0) {
            out[count++] = d;
            n /= d;
        }
    }
    if (n > 1)
        out[count++] = n;
    return count;
}
'''

C18[41] = r'''// Puzzle from this week's problem set:
//
// A straight road goes on forever in both directions. A group of n cars
// drives east and, far away, another group of n cars drives west, all at
// one common speed. Whenever an eastbound car meets a westbound one we call
// it a crash, but the cars are indestructible and just keep going as if
// nothing had happened. How many crashes happen in total?
//
// Because nobody ever stops or turns around, every eastbound car ends up
// passing every westbound car exactly once, so the answer is n * n.

long long count_crossings(long long cars_each_way)
{
    return cars_each_way * cars_each_way;
}
'''

C18[45] = r'''#include <assert.h>

/* Area of a triangle when you know one side (the base) and the height
 * dropped onto that side: half of base times height. */
double tri_area_base_height(double base, double height)
{
    return base * height / 2.0;
}

int main(void)
{
    assert(tri_area_base_height(4, 6) == 12.0);
    assert(tri_area_base_height(3, 3) == 4.5);
    assert(tri_area_base_height(10, 1) == 5.0);
    return 0;
}
'''

C18[52] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Sensor sanity check: every reading must stay strictly under the limit.
 * A single reading equal to or above the limit fails the whole batch.
 * An empty batch passes trivially.
 */
bool all_under_limit(const int *readings, size_t count, int limit)
{
    size_t i;
    for (i = 0; i < count; ++i) {
        if (!(readings[i] < limit))
            return false;
    }
    return true;
}
'''

C18[53] = r'''/* calc.c -- the smallest possible "calculator" module for the intro lab.
 *
 *   plus(4, 9)   == 13
 *   plus(-3, 3)  == 0
 *   minus(10, 4) == 6
 */
#include <stdio.h>

int plus(int a, int b)
{
    return a + b;
}

int minus(int a, int b)
{
    return a - b;
}

int main(void)
{
    printf("%d\n", plus(4, 9));    /* 13 */
    printf("%d\n", plus(-3, 3));   /* 0 */
    printf("%d\n", minus(10, 4));  /* 6 */
    return 0;
}
'''

C18[54] = r'''#include <stdbool.h>
#include <stdio.h>

/*
 * Do two strings use exactly the same set of characters?  How often a
 * character repeats does not matter, only whether it shows up at all.
 *
 *   same_alphabet("moon", "mono")   -> true
 *   same_alphabet("aab", "bbbbba")  -> true
 *   same_alphabet("xyz", "xy")      -> false
 *   same_alphabet("hello", "helo!") -> false
 */
bool same_alphabet(const char *left, const char *right)
{
    bool in_left[256] = {false};
    bool in_right[256] = {false};

    for (const unsigned char *p = (const unsigned char *)left; *p; p++)
        in_left[*p] = true;
    for (const unsigned char *p = (const unsigned char *)right; *p; p++)
        in_right[*p] = true;

    for (int c = 0; c < 256; c++)
        if (in_left[c] != in_right[c])
            return false;
    return true;
}

int main(void)
{
    printf("%d %d %d %d\n",
           same_alphabet("moon", "mono"),
           same_alphabet("aab", "bbbbba"),
           same_alphabet("xyz", "xy"),
           same_alphabet("hello", "helo!"));
    return 0;
}
'''

C18[58] = r'''#include <stdlib.h>
#include <stddef.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * shared_values: intersection of two integer arrays.
 *
 * Writes every value that occurs in both a[] and b[] into out[], once
 * each, in ascending order, and returns how many were written.  out must
 * hold at least min(na, nb) ints.  The inputs are left untouched; we sort
 * private copies and walk them side by side.
 */
size_t shared_values(const int *a, size_t na, const int *b, size_t nb, int *out)
{
    int *sa = malloc((na ? na : 1) * sizeof *sa);
    int *sb = malloc((nb ? nb : 1) * sizeof *sb);
    size_t i = 0, j = 0, k = 0;

    if (!sa || !sb) {
        free(sa);
        free(sb);
        return 0;
    }
    for (size_t t = 0; t < na; t++) sa[t] = a[t];
    for (size_t t = 0; t < nb; t++) sb[t] = b[t];
    qsort(sa, na, sizeof *sa, by_value);
    qsort(sb, nb, sizeof *sb, by_value);

    while (i < na && j < nb) {
        if (sa[i] < sb[j]) {
            i++;
        } else if (sb[j] < sa[i]) {
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
'''

C18[65] = r'''/*
 * Rotate the decimal digits of a non-negative number to the right.
 *
 * rotate_digits_right(1234, 1, buf) -> "4123"
 * rotate_digits_right(1234, 3, buf) -> "2341"
 * rotate_digits_right(1234, 4, buf) -> "1234"   (full turn)
 * rotate_digits_right(1234, 9, buf) -> "4321"   (more steps than digits:
 *                                                just reverse them)
 * The answer is a string so leading zeros survive: (105, 2) -> "051".
 */
#include <stdio.h>
#include <string.h>

char *rotate_digits_right(unsigned long value, unsigned steps, char *buf)
{
    char digits[32];
    size_t len;

    snprintf(digits, sizeof digits, "%lu", value);
    len = strlen(digits);

    if (steps > len) {
        for (size_t i = 0; i < len; i++)
            buf[i] = digits[len - 1 - i];
    } else {
        /* last `steps` digits move to the front */
        for (size_t i = 0; i < len; i++)
            buf[i] = digits[(i + len - steps) % len];
    }
    buf[len] = '\0';
    return buf;
}

int main(void)
{
    char out[32];
    puts(rotate_digits_right(1234, 1, out));
    puts(rotate_digits_right(1234, 3, out));
    puts(rotate_digits_right(1234, 4, out));
    puts(rotate_digits_right(1234, 9, out));
    puts(rotate_digits_right(105, 2, out));
    return 0;
}
'''

C18[68] = r'''#include <stddef.h>

/* Result of picking a node off the branch. */
struct pick {
    int found;      /* 0 when there was nothing to pick */
    int value;
    size_t index;
};

/*
 * The array is a branch of a tree; each node holds a non-negative integer.
 * We take the node carrying the smallest even number.  Ties are broken by
 * position: the earliest such node wins.  An empty branch, or a branch
 * without any even number, yields found == 0.
 */
struct pick pick_smallest_even(const int *nodes, size_t len)
{
    struct pick best = {0, 0, 0};

    for (size_t i = 0; i < len; i++) {
        if (nodes[i] % 2 != 0)
            continue;
        if (!best.found || nodes[i] < best.value) {
            best.found = 1;
            best.value = nodes[i];
            best.index = i;
        }
    }
    return best;
}
'''

C18[77] = r'''#include <stdbool.h>
#include <stdio.h>

/* Is x the cube of some integer?  Negative numbers count too, since
 * (-k)^3 = -(k^3).  Zero and one qualify.
 *
 *   perfect_cube(27)   -> true
 *   perfect_cube(-8)   -> true
 *   perfect_cube(10)   -> false
 *   perfect_cube(343)  -> true
 */
bool perfect_cube(long long x)
{
    long long m = x < 0 ? -x : x;
    long long lo = 0, hi = 2097152;    /* 2^21, cube exceeds 2^63 */

    /* binary search for the integer cube root of |x| */
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        long long c = mid * mid * mid;
        if (c == m)
            return true;
        if (c < m)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return false;
}

int main(void)
{
    long long probe[] = {27, -8, 10, 343, -125, 26};
    for (int i = 0; i < 6; i++)
        printf("%lld -> %s\n", probe[i], perfect_cube(probe[i]) ? "yes" : "no");
    return 0;
}
'''

C18[78] = r'''#include <string.h>

/*
 * Given a string of hexadecimal digits (0-9, A-F, letters always upper
 * case, possibly empty), count the digits whose value is a prime number.
 * Among 0..15 those are 2, 3, 5, 7, 11 (B) and 13 (D).
 */
int count_prime_hex_digits(const char *hex)
{
    static const char prime_digits[] = "2357BD";
    int n = 0;

    for (; *hex != '\0'; hex++)
        if (strchr(prime_digits, *hex) != NULL)
            n++;
    return n;
}
'''

C18[84] = r'''/* digitsum_bin.c
 *
 * Add up the decimal digits of n and print that total in base 2.
 *   n = 4096 -> digits 4+0+9+6 = 19 -> "10011"
 *   n = 72   -> 9                   -> "1001"
 *   n = 0    -> 0                   -> "0"
 */
#include <stdio.h>

static int decimal_digit_sum(unsigned n)
{
    int s = 0;
    do {
        s += n % 10;
        n /= 10;
    } while (n);
    return s;
}

/* buf needs 33 bytes at most */
char *digit_sum_binary(unsigned n, char *buf)
{
    char tmp[33];
    int len = 0, s = decimal_digit_sum(n);

    do {
        tmp[len++] = (char)('0' + (s & 1));
        s >>= 1;
    } while (s);

    for (int i = 0; i < len; i++)
        buf[i] = tmp[len - 1 - i];
    buf[len] = '\0';
    return buf;
}

int main(void)
{
    char b[33];
    printf("%s\n", digit_sum_binary(4096, b));
    printf("%s\n", digit_sum_binary(72, b));
    printf("%s\n", digit_sum_binary(0, b));
    return 0;
}
'''

C18[85] = r'''#include <stddef.h>

/* Walk over positions 1, 3, 5, ... of the array and add up the values
 * found there, but only those values that are even.  The array is never
 * empty in practice; with fewer than two elements the total is 0. */
long sum_even_at_odd_slots(const int *xs, size_t n)
{
    long total = 0;
    for (size_t pos = 1; pos < n; pos += 2)
        if (xs[pos] % 2 == 0)
            total += xs[pos];
    return total;
}
'''

C18[92] = r'''/*
 * Three values come in from a loosely typed config file, so each one may be
 * an integer or a real number.  We want to know whether one of them equals
 * the sum of the two others -- but only when all three were written as
 * integers.  A real number anywhere (even 4.0) means "no".
 *
 *   {int 4}, {int 9}, {int 5}      -> true   (9 = 4 + 5)
 *   {int 6}, {int -2}, {int 4}     -> true   (4 = 6 + -2)
 *   {int 1}, {int 1}, {int 3}      -> false
 *   {real 0.5}, {int 3}, {real 3.5} -> false (not all integers)
 */
#include <stdbool.h>
#include <stdio.h>

typedef struct {
    bool is_integer;
    long long i;    /* valid when is_integer */
    double d;       /* valid otherwise */
} cfg_number;

bool one_is_sum_of_others(cfg_number a, cfg_number b, cfg_number c)
{
    if (!a.is_integer || !b.is_integer || !c.is_integer)
        return false;
    return a.i + b.i == c.i
        || a.i + c.i == b.i
        || b.i + c.i == a.i;
}

#define I(v) ((cfg_number){true, (v), 0.0})
#define R(v) ((cfg_number){false, 0, (v)})

int main(void)
{
    printf("%d\n", one_is_sum_of_others(I(4), I(9), I(5)));
    printf("%d\n", one_is_sum_of_others(I(6), I(-2), I(4)));
    printf("%d\n", one_is_sum_of_others(I(1), I(1), I(3)));
    printf("%d\n", one_is_sum_of_others(R(0.5), I(3), R(3.5)));
    return 0;
}
'''

C18[101] = r'''#include <string.h>
#include <stddef.h>

/*
 * tokenize_words()
 *
 * The text holds words separated by commas, blanks, or both (", ").  Split
 * it into the individual words.  The buffer is modified in place (the
 * separators are overwritten with NULs) and words[] receives pointers into
 * it.  Returns the number of words found, at most max_words; an empty
 * string gives zero words.
 */
size_t tokenize_words(char *text, char **words, size_t max_words)
{
    size_t count = 0;
    char *save = NULL;

    for (char *tok = strtok_r(text, ", \t\n", &save);
         tok != NULL && count < max_words;
         tok = strtok_r(NULL, ", \t\n", &save)) {
        words[count++] = tok;
    }
    return count;
}
'''

C18[106] = r'''/* Build a table of n numbers where entry i (counting i from 1) is
 *   i!               when i is even,
 *   1 + 2 + ... + i  when i is odd.
 * So for n = 8 we get 1, 2, 6, 24, 15, 720, 28, 40320.
 */
#include <stdio.h>

void fill_fact_or_triangle(int n, long long *out)
{
    long long fact = 1;   /* running i! */
    long long tri = 0;    /* running 1 + ... + i */

    for (int i = 1; i <= n; i++) {
        fact *= i;
        tri += i;
        out[i - 1] = (i % 2 == 0) ? fact : tri;
    }
}

int main(void)
{
    long long t[8];
    fill_fact_or_triangle(8, t);
    for (int k = 0; k < 8; k++)
        printf("%lld%s", t[k], k + 1 < 8 ? ", " : "\n");
    return 0;
}
'''

C18[108] = r'''#include <stddef.h>
#include <stdlib.h>

/* Digit sum where a negative number's leading digit carries the minus
 * sign: -472 counts as -4 + 7 + 2 = 5, and -91 as -9 + 1 = -8. */
static int signed_digit_sum(long v)
{
    int negative = v < 0;
    unsigned long m = negative ? 0UL - (unsigned long)v : (unsigned long)v;
    int sum = 0, lead = 0;

    while (m >= 10) {
        sum += (int)(m % 10);
        m /= 10;
    }
    lead = (int)m;
    return sum + (negative ? -lead : lead);
}

/* How many entries of the array have a (signed) digit sum above zero. */
size_t count_positive_digit_sums(const long *vals, size_t n)
{
    size_t hits = 0;
    for (size_t i = 0; i < n; i++)
        if (signed_digit_sum(vals[i]) > 0)
            hits++;
    return hits;
}
'''

C18[109] = r'''Can the array be sorted using only right rotations?

A right rotation moves every element one slot to the right and the last
element wraps around to index 0. Since all elements are distinct, the array
can be rotated into ascending order exactly when, reading it as a circle,
there is at most one spot where a value is followed by a smaller one.
Empty and single-element arrays are trivially fine.

```c
#include <stdbool.h>
#include <stddef.h>
#include <assert.h>

bool sortable_by_rotation(const int *a, size_t n)
{
    size_t drops = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] > a[(i + 1) % n])
            drops++;
        if (drops > 1)
            return false;
    }
    return true;
}

int main(void)
{
    int a[] = {7, 9, 2, 4};      /* two rotations give 2 4 7 9 */
    int b[] = {7, 2, 9, 4};
    int c[] = {1, 2, 3};
    assert(sortable_by_rotation(a, 4));
    assert(!sortable_by_rotation(b, 4));
    assert(sortable_by_rotation(c, 3));
    assert(sortable_by_rotation(NULL, 0));
    return 0;
}
```
'''

C18[110] = r'''#include <stddef.h>

/*
 * We may swap any number of elements between list `a` and list `b`.
 * Is it possible to end up with `a` holding only even numbers?
 *
 * Every odd number in `a` has to be traded for an even number from `b`,
 * so it works exactly when b has at least as many even values as a has
 * odd values.  Returns the string "YES" or "NO".
 */
const char *can_make_all_even(const int *a, size_t na, const int *b, size_t nb)
{
    size_t odd_in_a = 0, even_in_b = 0;

    for (size_t i = 0; i < na; i++)
        odd_in_a += (a[i] % 2 != 0);
    for (size_t i = 0; i < nb; i++)
        even_in_b += (b[i] % 2 == 0);

    return even_in_b >= odd_in_a ? "YES" : "NO";
}
'''

C18[121] = r'''#include <stdio.h>
#include <stddef.h>

/* Sum of the odd numbers that sit at even indexes (0, 2, 4, ...).
 *
 *   {9, 4, 1, 6}      -> 9 + 1 = 10
 *   {2, 3, 8, 5, 11}  -> 11
 *   {4, 7, 6, 9}      -> 0
 */
int odd_values_even_index_sum(const int *v, size_t n)
{
    int acc = 0;
    for (size_t i = 0; i < n; i += 2) {
        if (v[i] % 2 != 0)
            acc += v[i];
    }
    return acc;
}

int main(void)
{
    int a[] = {9, 4, 1, 6}, b[] = {2, 3, 8, 5, 11}, c[] = {4, 7, 6, 9};
    printf("%d %d %d\n", odd_values_even_index_sum(a, 4),
           odd_values_even_index_sum(b, 5), odd_values_even_index_sum(c, 4));
    return 0;
}
'''

C18[124] = r'''#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/*
 * Validate a date written as mm-dd-yyyy (dashes only, no slashes).
 *
 * Rules:
 *   - empty input is invalid
 *   - month must be 1..12
 *   - day must be at least 1 and at most 31 for Jan/Mar/May/Jul/Aug/Oct/Dec,
 *     at most 30 for Apr/Jun/Sep/Nov, and at most 29 for February
 *   - anything that does not split into exactly three numeric fields on '-'
 *     is rejected
 */

/* Parse one run of digits; fails on an empty field. */
static bool read_field(const char **p, long *value)
{
    const char *s = *p;
    long v = 0;
    if (!isdigit((unsigned char)*s))
        return false;
    while (isdigit((unsigned char)*s)) {
        v = v * 10 + (*s - '0');
        if (v > 100000)
            return false;
        s++;
    }
    *value = v;
    *p = s;
    return true;
}

bool date_is_valid(const char *text)
{
    static const int month_len[13] = {0, 31, 29, 31, 30, 31, 30,
                                      31, 31, 30, 31, 30, 31};
    long mm, dd, yyyy;
    const char *p = text;

    while (*p == ' ')
        p++;
    if (*p == '\0')
        return false;

    if (!read_field(&p, &mm) || *p++ != '-')
        return false;
    if (!read_field(&p, &dd) || *p++ != '-')
        return false;
    if (!read_field(&p, &yyyy))
        return false;
    while (*p == ' ')
        p++;
    if (*p != '\0')
        return false;

    if (mm < 1 || mm > 12)
        return false;
    return dd >= 1 && dd <= month_len[mm];
}
'''

C18[125] = r'''/*
 * split_or_count.c
 *
 * Three-way rule for chopping up a line of text:
 *   1. if it contains a space, split on whitespace;
 *   2. otherwise, if it contains a comma, split on commas;
 *   3. otherwise there is nothing to split, and we report how many lower
 *      case letters sit at an odd position of the alphabet, with a = 0,
 *      b = 1, ..., z = 25 (so b, d, f, ..., z are counted).
 *
 *   "red green blue" -> ["red", "green", "blue"]
 *   "x,y,,z"         -> ["x", "y", "z"]
 *   "abcdefgh"       -> 4     (b, d, f, h)
 *   "XYZbd"          -> 2
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAX_PARTS 64

struct split_result {
    int is_count;              /* 1: use `count`, 0: use `parts` */
    int count;
    size_t nparts;
    char *parts[MAX_PARTS];
};

/* Modifies `line` in place when it splits it. */
struct split_result split_or_count(char *line)
{
    struct split_result r = {0};
    const char *delims;

    if (strchr(line, ' ') != NULL) {
        delims = " \t\n\r\v\f";
    } else if (strchr(line, ',') != NULL) {
        delims = ",\t\n\r\v\f";
    } else {
        r.is_count = 1;
        for (const char *p = line; *p; p++)
            if (islower((unsigned char)*p) && (*p - 'a') % 2 == 1)
                r.count++;
        return r;
    }

    for (char *tok = strtok(line, delims); tok && r.nparts < MAX_PARTS;
         tok = strtok(NULL, delims))
        r.parts[r.nparts++] = tok;
    return r;
}

static void show(const char *input)
{
    char buf[128];
    struct split_result r;

    strcpy(buf, input);
    r = split_or_count(buf);
    printf("%-16s -> ", input);
    if (r.is_count) {
        printf("%d\n", r.count);
        return;
    }
    for (size_t i = 0; i < r.nparts; i++)
        printf("[%s]", r.parts[i]);
    putchar('\n');
}

int main(void)
{
    show("red green blue");
    show("x,y,,z");
    show("abcdefgh");
    show("XYZbd");
    return 0;
}
'''

C18[128] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Multiply together the signs of all numbers (+1, -1, or 0 for a zero)
 * and scale the sum of their absolute values by that product.
 *
 * There is no meaningful answer for an empty array; in that case the
 * function returns false and leaves *result alone.
 */
bool signed_magnitude_sum(const int *nums, size_t n, long *result)
{
    long magnitude = 0;
    int sign = 1;

    if (n == 0)
        return false;

    for (size_t i = 0; i < n; i++) {
        if (nums[i] == 0) {
            sign = 0;
        } else if (nums[i] < 0) {
            sign = -sign;
            magnitude -= nums[i];
        } else {
            magnitude += nums[i];
        }
    }
    *result = sign * magnitude;
    return true;
}
'''

C18[137] = r'''/* Compare two "numbers" that may arrive as an int, a double, or a string.
 * Strings may use either '.' or ',' as the decimal separator ("3,75").
 * The larger of the two is returned as-is (same kind, same spelling);
 * if they are numerically equal the result is NULL.
 *
 *   int 3      vs double 3.5   -> double 3.5
 *   int 2      vs "2,25"       -> "2,25"
 *   "7.5"      vs "7"          -> "7.5"
 *   "4"        vs int 4        -> NULL
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum num_kind { AS_INT, AS_DOUBLE, AS_TEXT };

struct loose_num {
    enum num_kind kind;
    long i;
    double d;
    const char *text;
};

static double numeric_value(const struct loose_num *n)
{
    char tmp[64];
    size_t k;

    switch (n->kind) {
    case AS_INT:
        return (double)n->i;
    case AS_DOUBLE:
        return n->d;
    default:
        for (k = 0; n->text[k] && k < sizeof tmp - 1; k++)
            tmp[k] = n->text[k] == ',' ? '.' : n->text[k];
        tmp[k] = '\0';
        return strtod(tmp, NULL);
    }
}

const struct loose_num *bigger_one(const struct loose_num *a,
                                   const struct loose_num *b)
{
    double x = numeric_value(a), y = numeric_value(b);
    if (x == y)
        return NULL;
    return x > y ? a : b;
}

static void print_num(const struct loose_num *n)
{
    if (!n)                    puts("NULL");
    else if (n->kind == AS_INT)    printf("%ld\n", n->i);
    else if (n->kind == AS_DOUBLE) printf("%g\n", n->d);
    else                       printf("\"%s\"\n", n->text);
}

int main(void)
{
    struct loose_num i3 = {AS_INT, 3}, d35 = {AS_DOUBLE, 0, 3.5};
    struct loose_num i2 = {AS_INT, 2}, s225 = {AS_TEXT, 0, 0, "2,25"};
    struct loose_num s75 = {AS_TEXT, 0, 0, "7.5"}, s7 = {AS_TEXT, 0, 0, "7"};
    struct loose_num s4 = {AS_TEXT, 0, 0, "4"}, i4 = {AS_INT, 4};

    print_num(bigger_one(&i3, &d35));
    print_num(bigger_one(&i2, &s225));
    print_num(bigger_one(&s75, &s7));
    print_num(bigger_one(&s4, &i4));
    return 0;
}
'''

C18[138] = r'''// Can n be written as a sum of exactly four positive even integers?
//
// The smallest such sum is 2 + 2 + 2 + 2 = 8, and from there we can reach
// every larger even number by bumping one of the terms up by 2. Odd
// numbers are never a sum of even numbers. So the test is: n is even and
// n is at least 8.

#include <stdbool.h>

bool sum_of_four_evens(int n)
{
    if (n < 8)
        return false;
    return (n & 1) == 0;
}
'''

C18[140] = r'''#include <stdio.h>
#include <string.h>

/*
 * Make a string identifier-friendly:
 *   - a run of one or two spaces becomes the same number of '_'
 *   - a run of three or more spaces collapses into a single '-'
 *
 *   "hello world"      -> "hello_world"
 *   "a  b"             -> "a__b"
 *   "  lead    trail " -> "__lead-trail_"
 *   "x     "           -> "x-"
 *
 * dst must be at least strlen(src) + 1 bytes.
 */
void underscore_spaces(const char *src, char *dst)
{
    size_t i = 0, o = 0, n = strlen(src);

    while (i < n) {
        if (src[i] != ' ') {
            dst[o++] = src[i++];
            continue;
        }
        size_t run = 0;
        while (i < n && src[i] == ' ') {
            run++;
            i++;
        }
        if (run > 2) {
            dst[o++] = '-';
        } else {
            while (run--)
                dst[o++] = '_';
        }
    }
    dst[o] = '\0';
}

int main(void)
{
    const char *in[] = {"hello world", "a  b", "  lead    trail ", "x     "};
    char out[64];
    for (int k = 0; k < 4; k++) {
        underscore_spaces(in[k], out);
        printf("\"%s\" -> \"%s\"\n", in[k], out);
    }
    return 0;
}
'''

C18[141] = r'''#include <ctype.h>
#include <string.h>

/*
 * Upload filter.  A file name is accepted ("Yes") only when
 *   - it contains exactly one '.',
 *   - the part before the dot is non-empty and begins with an ASCII letter,
 *   - the part after the dot is one of: txt, exe, dll,
 *   - the whole name has no more than three decimal digits in it.
 * Anything else is refused ("No").
 */
static int allowed_extension(const char *ext)
{
    return strcmp(ext, "txt") == 0 || strcmp(ext, "exe") == 0 ||
           strcmp(ext, "dll") == 0;
}

const char *check_upload_name(const char *name)
{
    const char *dot = strchr(name, '.');
    int digits = 0;

    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";
    if (dot == name || !isalpha((unsigned char)name[0]))
        return "No";
    if (!allowed_extension(dot + 1))
        return "No";
    for (const char *p = name; *p; p++)
        if (isdigit((unsigned char)*p))
            digits++;
    return digits > 3 ? "No" : "Yes";
}
'''

C18[146] = r'''/* Count the numbers that are bigger than 10 and whose first and last
 * decimal digits are both odd.
 *
 *   {13, 57, 12, -31, 7}     -> 2   (13 and 57; -31 is not > 10, 7 too small)
 *   {91, 303, 150, 11, 21}   -> 3   (91, 303, 11)
 */
#include <stdio.h>
#include <stddef.h>

static int odd_ends(long v)
{
    int last = (int)(v % 10);
    while (v >= 10)
        v /= 10;
    return (last % 2 == 1) && (v % 2 == 1);
}

size_t count_odd_ended(const long *xs, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (xs[i] > 10 && odd_ends(xs[i]))
            c++;
    return c;
}

int main(void)
{
    long a[] = {13, 57, 12, -31, 7};
    long b[] = {91, 303, 150, 11, 21};
    printf("%zu\n", count_odd_ended(a, 5));
    printf("%zu\n", count_odd_ended(b, 5));
    return 0;
}
'''

C18[148] = r'''#include <stddef.h>
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

/*
 * planets_in_between(p, q, out)
 *
 * Fill out[] with the planets whose orbits lie strictly between the orbits
 * of p and q, ordered from the Sun outwards, and return how many there
 * are.  The order of p and q does not matter.  An unknown name, or p == q,
 * gives 0.  out needs room for 6 entries.
 */
size_t planets_in_between(const char *p, const char *q, const char **out)
{
    int a = orbit_index(p), b = orbit_index(q);
    size_t n = 0;

    if (a < 0 || b < 0 || a == b)
        return 0;
    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }
    for (int k = a + 1; k < b; k++)
        out[n++] = ORBITS[k];
    return n;
}
'''

C_HELDOUT18[27] = r'''/* invert_case: turn lower case letters into upper case and vice versa,
 * leaving every other character alone.  Works in place.
 *
 *   "Good Morning" -> "gOOD mORNING"
 *   "abc-XYZ 42"   -> "ABC-xyz 42"
 */
#include <ctype.h>
#include <stdio.h>

char *invert_case(char *s)
{
    for (char *p = s; *p; ++p) {
        unsigned char c = (unsigned char)*p;
        if (isupper(c))
            *p = (char)tolower(c);
        else if (islower(c))
            *p = (char)toupper(c);
    }
    return s;
}

int main(void)
{
    char a[] = "Good Morning";
    char b[] = "abc-XYZ 42";
    puts(invert_case(a));
    puts(invert_case(b));
    return 0;
}
'''

C_HELDOUT18[47] = r'''#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

/*
 * Middle value of a non-empty sample.  With an odd count it is the centre
 * element after sorting; with an even count it is the mean of the two
 * centre elements.  The caller's array is not reordered.
 */
double sample_median(const double *xs, size_t n)
{
    double *sorted = malloc(n * sizeof *sorted);
    double mid;

    memcpy(sorted, xs, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_double);
    if (n % 2 == 1)
        mid = sorted[n / 2];
    else
        mid = (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    free(sorted);
    return mid;
}
'''

C_HELDOUT18[79] = r'''#include <stdio.h>

/*
 * Write the binary form of a non-negative integer, wrapped in the marker
 * "db" on both sides:
 *   6   -> "db110db"
 *   1   -> "db1db"
 *   9   -> "db1001db"
 *   100 -> "db1100100db"
 * out needs 32 + 5 bytes for any unsigned int.
 */
void to_tagged_binary(unsigned value, char *out)
{
    int top = 31;
    int pos = 0;

    while (top > 0 && !((value >> top) & 1u))
        top--;

    out[pos++] = 'd';
    out[pos++] = 'b';
    for (int bit = top; bit >= 0; bit--)
        out[pos++] = ((value >> bit) & 1u) ? '1' : '0';
    out[pos++] = 'd';
    out[pos++] = 'b';
    out[pos] = '\0';
}

int main(void)
{
    unsigned samples[] = {6, 1, 9, 100};
    char buf[40];
    for (int i = 0; i < 4; i++) {
        to_tagged_binary(samples[i], buf);
        printf("%u => %s\n", samples[i], buf);
    }
    return 0;
}
'''

C_HELDOUT18[99] = r'''Rounding a numeric string to the nearest integer, ties away from zero

The input is a decimal number in text form. We want the nearest whole
number, and when the value is exactly halfway between two integers we pick
the one farther from zero (so a positive half goes up and a negative half
goes down). C99's round() already implements that tie rule, so the only job
left is parsing:

```c
#include <math.h>
#include <stdlib.h>

long nearest_whole(const char *text)
{
    double v = strtod(text, NULL);
    return lround(v);
}
```

lround() rounds halfway cases away from zero regardless of the current
floating point rounding mode, unlike rint()/nearbyint(), which follow the
mode (ties-to-even by default).
'''

C_HELDOUT18[103] = r'''/* Mean of the consecutive integers lo..hi (both included), rounded to the
 * nearest integer and written in binary with a "0b" prefix.  When the mean
 * is exactly x.5 it rounds to the even neighbour (banker's rounding, the
 * same as Python's round()).  If lo > hi there is no range and the function
 * returns -1 without touching buf; otherwise it returns 0.
 *
 *   (2, 6)   -> "0b100"     mean 4
 *   (3, 6)   -> "0b100"     mean 4.5, rounds to 4
 *   (4, 7)   -> "0b110"     mean 5.5, rounds to 6
 *   (9, 2)   -> -1
 */
#include <stdio.h>

int range_mean_binary(long lo, long hi, char *buf)
{
    long twice, mean;
    char rev[70];
    int n = 0, k = 0;

    if (lo > hi)
        return -1;

    /* mean of an arithmetic run is (lo + hi) / 2 */
    twice = lo + hi;
    mean = twice / 2;
    if (twice % 2 != 0 && mean % 2 != 0)
        mean += 1;             /* halfway: go to the even one */

    do {
        rev[n++] = (char)('0' + (mean & 1));
        mean >>= 1;
    } while (mean > 0);

    buf[k++] = '0';
    buf[k++] = 'b';
    while (n > 0)
        buf[k++] = rev[--n];
    buf[k] = '\0';
    return 0;
}

int main(void)
{
    char b[80];
    long cases[][2] = {{2, 6}, {3, 6}, {4, 7}, {9, 2}};
    for (int i = 0; i < 4; i++) {
        if (range_mean_binary(cases[i][0], cases[i][1], b) < 0)
            printf("(%ld, %ld) -> -1\n", cases[i][0], cases[i][1]);
        else
            printf("(%ld, %ld) -> %s\n", cases[i][0], cases[i][1], b);
    }
    return 0;
}
'''

C_HELDOUT18[111] = r'''#include <stddef.h>

struct letter_count {
    char letter;
    int count;
};

/*
 * The input is a list of lower case letters separated by single spaces,
 * e.g. "q w q e".  Find the highest number of times any letter occurs and
 * report every letter that reaches it, together with that number.
 * Results go to out[] in alphabetical order; the return value is how many
 * entries were written (0 for an empty string).  out needs 26 slots.
 */
size_t most_frequent_letters(const char *line, struct letter_count *out)
{
    int tally[26] = {0};
    int top = 0;
    size_t n = 0;

    for (const char *p = line; *p; p++) {
        if (*p >= 'a' && *p <= 'z') {
            int c = ++tally[*p - 'a'];
            if (c > top)
                top = c;
        }
    }
    if (top == 0)
        return 0;

    for (int i = 0; i < 26; i++) {
        if (tally[i] == top) {
            out[n].letter = (char)('a' + i);
            out[n].count = top;
            n++;
        }
    }
    return n;
}
'''

C_HELDOUT18[115] = r'''/*
 * wells.c -- how many bucket trips to drain every well?
 *
 * Each row of the grid is one well; every 1 in the row is one unit of
 * water.  All wells share a bucket size `cap`, and each well is emptied on
 * its own, so a well holding w units needs ceil(w / cap) lowerings.
 *
 * Example (the grid in main): rows {1,1,1}, {0,1,0}, {0,0,0} with cap 2:
 *   3 units -> 2 trips, 1 unit -> 1 trip, 0 units -> 0 trips, total 3
 */
#include <stdio.h>

int bucket_trips(int rows, int cols, const int grid[rows][cols], int cap)
{
    int trips = 0;
    for (int r = 0; r < rows; r++) {
        int water = 0;
        for (int c = 0; c < cols; c++)
            water += grid[r][c];
        trips += (water + cap - 1) / cap;
    }
    return trips;
}

int main(void)
{
    const int g[3][3] = {{1, 1, 1}, {0, 1, 0}, {0, 0, 0}};
    printf("%d\n", bucket_trips(3, 3, g, 2));   /* 3 */
    printf("%d\n", bucket_trips(3, 3, g, 1));   /* 4 */
    printf("%d\n", bucket_trips(3, 3, g, 5));   /* 2 */
    return 0;
}
'''

C_HELDOUT18[123] = r'''#include <stdlib.h>
#include <stddef.h>

static int ascending(const void *a, const void *b)
{
    unsigned long x = *(const unsigned long *)a;
    unsigned long y = *(const unsigned long *)b;
    return (x > y) - (x < y);
}

/*
 * Run the Collatz process from n (halve even numbers, map odd k to 3k + 1)
 * until it reaches 1, and collect the odd values met on the way,
 * including n itself when n is odd and the final 1.  They are returned
 * sorted from smallest to largest in a malloc'd array; *count receives
 * the length.  The caller frees the array.
 */
unsigned long *odd_collatz_values(unsigned long n, size_t *count)
{
    size_t cap = 16, len = 0;
    unsigned long *vals = malloc(cap * sizeof *vals);

    for (;;) {
        if (n % 2 == 1) {
            if (len == cap) {
                cap *= 2;
                vals = realloc(vals, cap * sizeof *vals);
            }
            vals[len++] = n;
        }
        if (n <= 1)
            break;
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
    }
    qsort(vals, len, sizeof *vals, ascending);
    *count = len;
    return vals;
}
'''

OTHER_C18.append(r'''/* suffix_max.c
 *
 * For every index i, store the largest value found at i or anywhere to
 * the RIGHT of it (i.e. the maximum of a[i..n-1]).  Handy for "can I still
 * sell higher later?" style questions.
 *
 *   {3, 8, 2, 6, 1} -> {8, 8, 6, 6, 1}
 */
#include <stdio.h>
#include <stddef.h>

void max_to_the_right(const int *a, int *out, size_t n)
{
    for (size_t k = n; k-- > 0; ) {
        if (k == n - 1 || a[k] > out[k + 1])
            out[k] = a[k];
        else
            out[k] = out[k + 1];
    }
}

int main(void)
{
    int a[] = {3, 8, 2, 6, 1}, r[5];
    max_to_the_right(a, r, 5);
    for (int i = 0; i < 5; i++)
        printf("%d ", r[i]);
    putchar('\n');
    return 0;
}
''')

OTHER_C18.append(r'''#include <stddef.h>

/*
 * Count the hex digits (0-9, A-F, upper case) in a string whose value is a
 * perfect square: 0, 1, 4 and 9.  Every other digit is ignored.
 */
size_t count_square_hex_digits(const char *hex)
{
    size_t n = 0;
    for (; *hex; hex++) {
        switch (*hex) {
        case '0': case '1': case '4': case '9':
            n++;
            break;
        default:
            break;
        }
    }
    return n;
}
''')

OTHER_C18.append(r'''/*
 * List the DIFFERENT primes dividing n, smallest first, each one only once
 * no matter how many times it divides n.
 *
 *   360 = 2^3 * 3^2 * 5  -> 2 3 5
 *   49  = 7^2            -> 7
 *   1                    -> (nothing)
 */
#include <stdio.h>

int distinct_prime_divisors(unsigned long n, unsigned long *out)
{
    int k = 0;
    for (unsigned long p = 2; p * p <= n; p++) {
        if (n % p == 0) {
            out[k++] = p;
            while (n % p == 0)
                n /= p;
        }
    }
    if (n > 1)
        out[k++] = n;
    return k;
}

int main(void)
{
    unsigned long f[16];
    int k = distinct_prime_divisors(360, f);
    for (int i = 0; i < k; i++)
        printf("%lu ", f[i]);
    putchar('\n');
    return 0;
}
''')

OTHER_C18.append(r'''#include <string.h>

/*
 * slugify_spaces(): trim blanks at both ends of the string and turn every
 * remaining run of blanks (one or many) into exactly one '_'.  dst must be
 * at least as large as src.
 */
void slugify_spaces(const char *src, char *dst)
{
    size_t o = 0;
    int pending = 0;

    while (*src == ' ')
        src++;
    for (; *src; src++) {
        if (*src == ' ') {
            pending = 1;
            continue;
        }
        if (pending) {
            dst[o++] = '_';
            pending = 0;
        }
        dst[o++] = *src;
    }
    dst[o] = '\0';
}
''')

OTHER_C18.append(r'''/* Route planner toy: list the planets you pass on a trip from `from` to
 * `to`, INCLUDING the start and the destination, in the order you meet
 * them (so the list runs towards or away from the Sun depending on the
 * direction of travel).  Unknown names give an empty list.
 *
 *   "Mars"   -> "Saturn" : Mars Jupiter Saturn
 *   "Uranus" -> "Jupiter": Uranus Saturn Jupiter
 *   "Earth"  -> "Earth"  : Earth
 */
#include <stdio.h>
#include <string.h>

static const char *const SYSTEM[] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune"
};

static int where(const char *name)
{
    for (int i = 0; i < 8; i++)
        if (!strcmp(SYSTEM[i], name))
            return i;
    return -1;
}

int trip_planets(const char *from, const char *to, const char *route[8])
{
    int a = where(from), b = where(to), n = 0;
    if (a < 0 || b < 0)
        return 0;
    int step = a <= b ? 1 : -1;
    for (int i = a; ; i += step) {
        route[n++] = SYSTEM[i];
        if (i == b)
            break;
    }
    return n;
}

int main(void)
{
    const char *r[8];
    int n = trip_planets("Uranus", "Jupiter", r);
    for (int i = 0; i < n; i++)
        printf("%s ", r[i]);
    putchar('\n');
    return 0;
}
''')

OTHER_C18.append(r'''#include <stdbool.h>

/*
 * Anagram test: the two strings must contain the same characters with the
 * same multiplicities ("listen" / "silent" yes, "aab" / "abb" no).
 */
bool is_anagram(const char *a, const char *b)
{
    int balance[256] = {0};

    for (; *a; a++)
        balance[(unsigned char)*a]++;
    for (; *b; b++)
        balance[(unsigned char)*b]--;
    for (int c = 0; c < 256; c++)
        if (balance[c] != 0)
            return false;
    return true;
}
''')

OTHER_C18.append(r'''/*
 * Rotate the digits of a number to the LEFT by k places.  k larger than
 * the number of digits just wraps around (k is taken modulo the digit
 * count).  The result is kept as text because zeros may end up in front.
 *
 *   (12345, 2) -> "34512"
 *   (12345, 7) -> "34512"
 *   (907, 1)   -> "079"
 */
#include <stdio.h>
#include <string.h>

void rotate_digits_left(unsigned long x, unsigned k, char *out)
{
    char s[32];
    size_t len = (size_t)snprintf(s, sizeof s, "%lu", x);
    size_t shift = k % len;

    memcpy(out, s + shift, len - shift);
    memcpy(out + (len - shift), s, shift);
    out[len] = '\0';
}

int main(void)
{
    char b[32];
    rotate_digits_left(12345, 2, b); puts(b);
    rotate_digits_left(12345, 7, b); puts(b);
    rotate_digits_left(907, 1, b);   puts(b);
    return 0;
}
''')
