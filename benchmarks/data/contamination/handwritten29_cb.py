"""Twenty-ninth batch of hand-written documents, C (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C29B: positives keyed by HumanEval item number, items 0, 16, 17, 18, 30, 32, 41, 42, 58, 76, 92, 94, 97, 108, 109, 113, 121, 124, 125, 132, 145, 149, 158, 162.
  C_HELDOUT29B: held-out documents, items 3, 11, 27, 51, 79, 115, 131.
  OTHER_C29B: seven C look-alikes with a different rule:
    0. largest difference between neighbouring values after sorting a double array (0 for fewer than two values)
    1. sorted symmetric difference of two int arrays: values present in exactly one of them, each written once
    2. integer logarithm: largest k with base^k <= x (x >= 1, base >= 2), -1 otherwise
    3. minimum number of brackets to insert so a '['/']' string becomes balanced
    4. whether an int array can be made non-decreasing by reversing one contiguous block
    5. count non-overlapping occurrences of a pattern, scanning left to right (empty pattern -> 0)
    6. number of the 26 English letters that never occur in a text, case-insensitive
"""

C29B = {}
C_HELDOUT29B = {}
OTHER_C29B = []

C29B[0] = r'''Checking whether any two readings sit too close together

I had an array of timestamps (stored as doubles, in seconds) coming off a
sensor, and I needed to know whether two of them land within some tolerance
of each other. The obvious version compares every pair, which is quadratic.
If you sort a copy first, the two values that are closest to each other must
end up next to each other, so a single pass over neighbours is enough.

    #include <stdbool.h>
    #include <stdlib.h>
    #include <string.h>

    static int cmp_double(const void *pa, const void *pb)
    {
        double a = *(const double *)pa;
        double b = *(const double *)pb;
        return (a > b) - (a < b);
    }

    /* true if two entries at different positions differ by strictly less than tol */
    bool any_within(const double *vals, size_t n, double tol)
    {
        if (n < 2)
            return false;

        double *tmp = malloc(n * sizeof *tmp);
        if (tmp == NULL) {
            /* no memory for the copy: fall back to the brute-force scan */
            for (size_t i = 0; i < n; i++)
                for (size_t j = i + 1; j < n; j++) {
                    double d = vals[i] - vals[j];
                    if ((d < 0 ? -d : d) < tol)
                        return true;
                }
            return false;
        }

        memcpy(tmp, vals, n * sizeof *tmp);
        qsort(tmp, n, sizeof *tmp, cmp_double);

        bool found = false;
        for (size_t i = 1; i < n && !found; i++)
            if (tmp[i] - tmp[i - 1] < tol)
                found = true;

        free(tmp);
        return found;
    }

A few quick checks I ran:

    double t[] = {0.5, 3.25, 1.0, 7.5};
    any_within(t, 4, 0.6);   /* true:  0.5 and 1.0 are 0.5 apart        */
    any_within(t, 4, 0.5);   /* false: 0.5 apart is not "less than" 0.5  */
    any_within(t, 1, 10.0);  /* false: a single value has nothing to pair with */

Note the comparison is strict, so a gap exactly equal to the tolerance does
not count. Duplicates (a gap of 0) are reported as long as tol is positive.
'''

C29B[16] = r'''/* strutil.c - small string helpers shared by the report generator */

#include <ctype.h>
#include <stddef.h>
#include <string.h>

/* Strip trailing whitespace in place; returns the new length. */
size_t rtrim(char *s)
{
    size_t len = strlen(s);
    while (len > 0 && isspace((unsigned char)s[len - 1]))
        s[--len] = '\0';
    return len;
}

/* Does s begin with prefix? */
int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * How many different characters does s use, if an upper-case letter and
 * its lower-case form are treated as one and the same character?
 * Every other byte (digits, spaces, punctuation) counts as itself.
 */
int distinct_chars_nocase(const char *s)
{
    unsigned char seen[256] = {0};
    int distinct = 0;

    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)tolower((unsigned char)*s);
        if (!seen[c]) {
            seen[c] = 1;
            distinct++;
        }
    }
    return distinct;
}

/* Replace every occurrence of `from` with `to`, in place. */
void replace_char(char *s, char from, char to)
{
    for (; *s; s++)
        if (*s == from)
            *s = to;
}
'''

C29B[17] = r'''// beats.c
//
// Beat counts for a tiny text-based rhythm notation:
//
//   "o"   whole note    -> 4 beats
//   "o|"  half note     -> 2 beats
//   ".|"  quarter note  -> 1 beat
//
// Notes are separated by spaces; extra spaces are ignored.
// rhythm_to_beats() stores the beat value of each note, in order, into
// beats[] (at most cap entries) and returns the total number of notes,
// or -1 if it meets a token it does not know.
//
// Example: ".| .| o o|"  gives  1 1 4 2

#include <stdio.h>
#include <string.h>

static int note_value(const char *tok, size_t len)
{
    if (len == 1 && tok[0] == 'o')
        return 4;
    if (len == 2 && tok[1] == '|') {
        if (tok[0] == 'o')
            return 2;
        if (tok[0] == '.')
            return 1;
    }
    return -1;
}

int rhythm_to_beats(const char *score, int *beats, int cap)
{
    int count = 0;
    const char *p = score;

    while (*p) {
        if (*p == ' ') {
            p++;
            continue;
        }
        const char *start = p;
        while (*p && *p != ' ')
            p++;

        int v = note_value(start, (size_t)(p - start));
        if (v < 0)
            return -1;
        if (count < cap)
            beats[count] = v;
        count++;
    }
    return count;
}

int main(void)
{
    int beats[32];
    int n = rhythm_to_beats(".| .| o o|", beats, 32);

    for (int i = 0; i < n; i++)
        printf("%d ", beats[i]);
    putchar('\n');          /* prints: 1 1 4 2 */
    return 0;
}
'''

C29B[18] = r'''Review comments on `src/textscan.c` (PR "count pattern hits")

> int occurrences(const char *text, const char *pat)
> {
>     const char *p = text;
>     int c = 0;
>     while ((p = strstr(p, pat)) != NULL) {
>         c++;
>         p += strlen(pat);
>     }
>     return c;
> }

This jumps past the whole match after every hit, so matches that overlap the
previous one are never seen. The spec for this counter says overlapping hits
must be counted (the pattern may begin inside the previous match). It also
loops forever when `pat` is empty, because strstr keeps returning the same
pointer and we advance by zero.

I'd just slide a window one position at a time; it is simpler to reason
about and handles both cases:

    #include <string.h>

    /* Number of positions i at which pat occurs in text, overlaps included. */
    size_t count_overlapping(const char *text, const char *pat)
    {
        size_t n = strlen(text);
        size_t m = strlen(pat);
        size_t hits = 0;

        if (m > n)
            return 0;
        for (size_t i = 0; i + m <= n; i++)
            if (memcmp(text + i, pat, m) == 0)
                hits++;
        return hits;
    }

An empty pattern then matches at every position including the end
(n + 1 hits), which is what the Python prototype did too. Please also add
a couple of unit tests for the overlapping case before merging.
'''

C29B[30] = r'''/*
 * Lab 4, exercise 2: filtering an array
 *
 * Write keep_positive(), which copies every element of src that is greater
 * than zero into dst, keeping the original order, and returns how many were
 * copied. Zero is not positive, so it is dropped along with the negatives.
 * dst must have room for n ints.
 */
#include <stdio.h>

size_t keep_positive(const int *src, size_t n, int *dst)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (src[i] > 0)
            dst[k++] = src[i];
    return k;
}

int main(void)
{
    int data[] = {0, -7, 12, 3, -1, 8};
    int out[6];
    size_t k = keep_positive(data, 6, out);

    /* expected output: 12 3 8 */
    for (size_t i = 0; i < k; i++)
        printf("%d ", out[i]);
    printf("\n");
    return 0;
}
'''

C29B[32] = r'''/*
 * poly_root.c
 *
 * Find one real root of a polynomial by bisection.
 *
 * The coefficients are stored lowest power first:
 *     p(x) = c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1)
 *
 * Callers must pass an even number of coefficients whose last entry is
 * non-zero.  That makes the degree odd, and an odd-degree polynomial always
 * crosses zero somewhere, so the search cannot fail.
 *
 * Strategy: start from the bracket [-1, 1] and keep doubling it until p
 * has opposite signs (or a zero) at the two ends, then halve the bracket
 * until it is narrower than 1e-10.  Only one root is returned even when
 * there are several.
 */
#include <stddef.h>

/* Horner's rule */
static double poly_eval(const double *c, size_t n, double x)
{
    double acc = 0.0;
    for (size_t i = n; i-- > 0; )
        acc = acc * x + c[i];
    return acc;
}

double poly_root(const double *c, size_t n)
{
    double lo = -1.0, hi = 1.0;

    while (poly_eval(c, n, lo) * poly_eval(c, n, hi) > 0.0) {
        lo *= 2.0;
        hi *= 2.0;
    }

    while (hi - lo > 1e-10) {
        double mid = 0.5 * (lo + hi);
        if (poly_eval(c, n, mid) * poly_eval(c, n, lo) > 0.0)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}
'''

C29B[41] = r'''/*
 * The "two convoys" puzzle
 * ------------------------
 * Picture a straight road that goes on forever in both directions. A group
 * of n cars drives east and a second group of n cars drives west; the two
 * groups start very far apart and every car moves at the same speed. The
 * cars are indestructible: when an eastbound car runs into a westbound one,
 * both just keep going as if nothing happened. How many of these head-on
 * meetings take place?
 *
 * Nobody ever stops or turns around, so each eastbound car eventually meets
 * each westbound car exactly once, and two cars going the same way never
 * meet at all. The count is therefore the number of (eastbound, westbound)
 * pairs, which is n * n.
 *
 * The brute-force version below is only there to convince skeptical readers;
 * use the closed form.
 */

unsigned long long convoy_meetings(unsigned long long n)
{
    return n * n;
}

/* Same answer, by literally walking over every pair of opposing cars. */
unsigned long long convoy_meetings_slow(unsigned long long n)
{
    unsigned long long meetings = 0;
    for (unsigned long long east = 0; east < n; east++)
        for (unsigned long long west = 0; west < n; west++)
            meetings++;          /* every such pair crosses once */
    return meetings;
}
'''

C29B[42] = r'''Q: Adding 1 to every element of an int array in C?

I'm coming from Python where I'd write a list comprehension. What's the
normal way to get a copy of an array where each value is one bigger?

A: There is no map in C, you just write the loop. Pass the length along
with the pointer, since the function can't find it out on its own:

    #include <stddef.h>

    void plus_one(const int *in, int *out, size_t len)
    {
        for (size_t i = 0; i < len; ++i)
            out[i] = in[i] + 1;
    }

`out` needs room for `len` ints. Because each element is read before it is
written, `in` and `out` may even be the same array if you want to do it in
place:

    int v[] = {7, -1, 0, 41};
    plus_one(v, v, 4);          /* v is now {8, 0, 1, 42} */

And if you want a fresh heap array instead:

    int *copy = malloc(len * sizeof *copy);
    if (copy) plus_one(src, copy, len);

A zero-length array is fine: the loop body never runs.
'''

C29B[58] = r'''#include <stdlib.h>

static int by_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

/*
 * Collect the values that occur in both a and b.
 *
 * The result goes into out in ascending order, with each shared value
 * written once no matter how often it repeats in either input.  out needs
 * room for min(na, nb) ints.  Returns the number of values written.
 *
 * Side effect: both input arrays are sorted in place, which is what makes
 * the single merge-style pass possible.
 */
size_t shared_values(int *a, size_t na, int *b, size_t nb, int *out)
{
    size_t i = 0, j = 0, k = 0;

    qsort(a, na, sizeof *a, by_value);
    qsort(b, nb, sizeof *b, by_value);

    while (i < na && j < nb) {
        if (a[i] < b[j]) {
            i++;
        } else if (a[i] > b[j]) {
            j++;
        } else {
            int v = a[i];
            if (k == 0 || out[k - 1] != v)
                out[k++] = v;
            i++;
            j++;
        }
    }
    return k;
}
'''

C29B[76] = r'''/*
 * is_power_of(x, base)
 *
 * Returns 1 when x can be written as base raised to some whole exponent
 * k >= 0, else 0.  Since base^0 == 1, x == 1 is accepted for every base.
 * With base == 1 the only reachable value is 1 itself.
 * (base == 0 is not supported.)
 *
 *     is_power_of(27, 3)   -> 1
 *     is_power_of(1, 9)    -> 1
 *     is_power_of(10, 10)  -> 1
 *     is_power_of(6, 2)    -> 0
 *     is_power_of(5, 1)    -> 0
 */
int is_power_of(long x, long base)
{
    if (base == 1)
        return x == 1;

    long long p = 1;
    while (p < x)
        p *= base;          /* climb 1, base, base^2, ... until we reach or pass x */
    return p == x;
}
'''

C29B[92] = r'''/*
 * sum3 - takes three numbers on the command line and prints "true" when
 * all three are plain integers and one of them equals the other two added
 * together.
 * Anything written with a decimal point (even 4.0) is not an integer here.
 *
 *   $ ./sum3 10 4 6     ->  true
 *   $ ./sum3 -1 8 7     ->  true
 *   $ ./sum3 4.0 2 2    ->  false
 *   $ ./sum3 1 1 1      ->  false
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* Parses a whole integer literal; rejects "", "3.5", "4.0", "12abc". */
static int parse_int(const char *s, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end != '\0' || errno == ERANGE)
        return 0;
    *out = v;
    return 1;
}

int sum_rule_holds(const char *a, const char *b, const char *c)
{
    long long x, y, z;
    if (!parse_int(a, &x) || !parse_int(b, &y) || !parse_int(c, &z))
        return 0;
    return x + y == z || x + z == y || y + z == x;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s A B C\n", argv[0]);
        return 2;
    }
    puts(sum_rule_holds(argv[1], argv[2], argv[3]) ? "true" : "false");
    return 0;
}
'''

C29B[94] = r'''/* kata: "digits of the biggest prime"
 *
 * Scan an array of integers, pick out the largest value that is prime,
 * and answer with the sum of that prime's decimal digits.  If no element
 * is prime the answer is 0.
 */
#include <stddef.h>

static int is_prime(int n)
{
    if (n < 2)
        return 0;
    for (int d = 2; (long long)d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

static int digit_sum(int n)
{
    int s = 0;
    while (n > 0) {
        s += n % 10;
        n /= 10;
    }
    return s;
}

int largest_prime_digit_sum(const int *v, size_t n)
{
    int best = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i] > best && is_prime(v[i]))
            best = v[i];
    return digit_sum(best);
}
'''

C29B[97] = r'''#include <stdlib.h>

/*
 * last_digit_product(a, b)
 *
 * Takes the units digit of each argument (ignoring any minus sign) and
 * returns their product.
 *
 *   last_digit_product(36, 17)   == 42    (6 * 7)
 *   last_digit_product(-35, 12)  == 10    (5 * 2)
 *   last_digit_product(90, 1234) == 0
 */
int last_digit_product(int a, int b)
{
    return abs(a % 10) * abs(b % 10);
}
'''

C29B[108] = r'''/*
 * Count how many array entries have a positive "signed digit sum".
 *
 * For a number that is zero or positive this is just its ordinary digit sum.
 * For a negative number the minus sign sticks to the leading digit only and
 * the remaining digits stay positive, so -305 is read as -3 + 0 + 5.
 * Entries whose signed sum is zero or negative are not counted.
 */
#include <stddef.h>

static int signed_digit_sum(long v)
{
    int neg = v < 0;
    unsigned long m = neg ? 0UL - (unsigned long)v : (unsigned long)v;
    int sum = 0, lead = 0;

    while (m != 0) {
        lead = (int)(m % 10);   /* after the loop this is the most significant digit */
        sum += lead;
        m /= 10;
    }
    /* the leading digit was added once as positive; flip it to negative */
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
'''

C29B[109] = r'''Can a rotation sort it?

Problem: you get an array of distinct integers and may rotate it to the
right as many times as you like (each rotation moves the last element to
the front). Can you end up with the array in ascending order? An empty
array counts as already sorted.

Trying all n rotations and checking each one is O(n^2). There is a neater
test: walk the array as if it were circular and count the "drops", the
places where an element is bigger than the one after it (the last element
is compared with the first). A sorted array has exactly one drop, at the
wrap-around, and rotating it only moves where that drop is. Anything with
two or more drops cannot be fixed by rotation.

```c
#include <stdbool.h>
#include <stddef.h>

bool sorted_after_rotation(const int *a, size_t n)
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
```

Some cases:

```
{7, 9, 2, 4}   -> true   (two right rotations give 2 4 7 9)
{2, 9, 4, 7}   -> false  (drops at 9>4 and at 7>2)
{5}            -> true
{}             -> true
```
'''

C29B[113] = r'''/* odd_report.c
 *
 * For every digit string in the input, produce the sentence
 *
 *     "the number of odd elements Nn the strNng N of the Nnput."
 *
 * where each N is how many odd digits that string contains.  (Yes, N also
 * replaces the letter i in "in", "string" and "input"; that is the exact
 * wording the checker wants.)
 *
 * Example: "9021" has two odd digits (9 and 1), which gives
 *     "the number of odd elements 2n the str2ng 2 of the 2nput."
 *
 * The caller owns the returned array and each string in it;
 * free them with free_report().
 */
#include <stdio.h>
#include <stdlib.h>

static int odd_digits(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if ((*s - '0') % 2 == 1)
            n++;
    return n;
}

char **odd_report(const char *const *items, size_t count)
{
    char **out = calloc(count ? count : 1, sizeof *out);
    if (!out)
        return NULL;

    for (size_t i = 0; i < count; i++) {
        int k = odd_digits(items[i]);
        const char *fmt = "the number of odd elements %dn the str%dng %d of the %dnput.";
        int len = snprintf(NULL, 0, fmt, k, k, k, k);
        out[i] = malloc((size_t)len + 1);
        if (!out[i]) {
            while (i-- > 0)
                free(out[i]);
            free(out);
            return NULL;
        }
        snprintf(out[i], (size_t)len + 1, fmt, k, k, k, k);
    }
    return out;
}

void free_report(char **report, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(report[i]);
    free(report);
}

int main(void)
{
    const char *input[] = {"9021", "55", "0"};
    char **lines = odd_report(input, 3);
    if (!lines)
        return 1;
    for (size_t i = 0; i < 3; i++)
        puts(lines[i]);
    free_report(lines, 3);
    return 0;
}
'''

C29B[121] = r'''/* arrays.c - grab bag of array utilities for the stats module */

#include <stddef.h>

/* Largest element; n must be at least 1. */
int array_max(const int *a, size_t n)
{
    int m = a[0];
    for (size_t i = 1; i < n; i++)
        if (a[i] > m)
            m = a[i];
    return m;
}

/* Reverse a[0..n-1] in place. */
void reverse_ints(int *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        int t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

/*
 * Add up the elements that are odd AND sit at an even index
 * (positions 0, 2, 4, ... counting from zero).  Everything at an odd index
 * is ignored, and so is every even value.
 */
long sum_odd_at_even_index(const int *a, size_t n)
{
    long total = 0;
    for (size_t i = 0; i < n; i += 2)
        if (a[i] % 2 != 0)
            total += a[i];
    return total;
}
'''

C29B[124] = r'''/* date_check.c -- validate dates written as "mm-dd-yyyy"
 *
 * A date string is accepted when:
 *   - it is not empty (surrounding whitespace is ignored);
 *   - it has exactly three numeric fields separated by '-';
 *   - the month is between 1 and 12;
 *   - the day is at least 1 and at most 31 for Jan, Mar, May, Jul, Aug,
 *     Oct and Dec, at most 30 for Apr, Jun, Sep and Nov, and at most 29
 *     for Feb (no leap-year check).
 *
 *   "12-25-1999"  -> valid
 *   "02-29-2023"  -> valid     (February always allows 29 here)
 *   "02-30-2024"  -> invalid
 *   "00-10-2010"  -> invalid   (no month 0)
 *   "11-31-2001"  -> invalid   (November has 30 days)
 *   "07.04.1776"  -> invalid   (wrong separator)
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* All-digit field of length >= 1.  Big values are clamped, which is fine:
 * anything that large is out of range for a month or a day anyway. */
static bool parse_field(const char *s, size_t len, long *out)
{
    long v = 0;
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        if (v < 1000000)
            v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

bool is_valid_mdy(const char *s)
{
    static const int max_day[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long month, day, year;

    while (isspace((unsigned char)*s))
        s++;
    size_t len = strlen(s);
    while (len > 0 && isspace((unsigned char)s[len - 1]))
        len--;
    if (len == 0)
        return false;

    const char *end = s + len;
    const char *d1 = memchr(s, '-', len);
    if (d1 == NULL)
        return false;
    const char *d2 = memchr(d1 + 1, '-', (size_t)(end - d1 - 1));
    if (d2 == NULL || memchr(d2 + 1, '-', (size_t)(end - d2 - 1)) != NULL)
        return false;

    if (!parse_field(s, (size_t)(d1 - s), &month) ||
        !parse_field(d1 + 1, (size_t)(d2 - d1 - 1), &day) ||
        !parse_field(d2 + 1, (size_t)(end - d2 - 1), &year))
        return false;

    if (month < 1 || month > 12)
        return false;
    return day >= 1 && day <= max_day[month];
}
'''

C29B[125] = r'''/*
 * Three-way "split" from a coding challenge, ported from my Python notes.
 *
 *   - If the text contains a space character, split it on whitespace.
 *   - Otherwise, if it contains a comma, split it on the commas.
 *   - Otherwise there is nothing to split on, and the answer is a number
 *     instead: how many lowercase letters sit at an odd position in the
 *     alphabet when 'a' is position 0 (so b, d, f, ..., z).
 *
 * Because the answer is either a list of words or a count, the C version
 * returns a small tagged struct.  Empty pieces are never produced.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int is_count;     /* nonzero: look at .count; zero: look at .words */
    size_t count;
    char **words;
    size_t nwords;
} SplitResult;

static int delim_ws(int c)       { return isspace(c); }
static int delim_ws_comma(int c) { return c == ',' || isspace(c); }

static char **tokenize(const char *s, int (*is_delim)(int), size_t *n_out)
{
    size_t cap = 4, n = 0;
    char **out = malloc(cap * sizeof *out);
    if (!out)
        return NULL;

    for (;;) {
        while (*s && is_delim((unsigned char)*s))
            s++;
        if (!*s)
            break;
        const char *start = s;
        while (*s && !is_delim((unsigned char)*s))
            s++;

        if (n == cap) {
            char **bigger = realloc(out, 2 * cap * sizeof *out);
            if (!bigger)
                break;          /* keep what we have so far */
            out = bigger;
            cap *= 2;
        }
        size_t len = (size_t)(s - start);
        out[n] = malloc(len + 1);
        if (!out[n])
            break;
        memcpy(out[n], start, len);
        out[n][len] = '\0';
        n++;
    }
    *n_out = n;
    return out;
}

SplitResult split_or_count(const char *txt)
{
    SplitResult r = {0, 0, NULL, 0};

    if (strchr(txt, ' ') != NULL) {
        r.words = tokenize(txt, delim_ws, &r.nwords);
    } else if (strchr(txt, ',') != NULL) {
        r.words = tokenize(txt, delim_ws_comma, &r.nwords);
    } else {
        r.is_count = 1;
        for (const char *p = txt; *p; p++)
            if (islower((unsigned char)*p) && (*p - 'a') % 2 == 1)
                r.count++;
    }
    return r;
}

void split_result_free(SplitResult *r)
{
    for (size_t i = 0; i < r->nwords; i++)
        free(r->words[i]);
    free(r->words);
    r->words = NULL;
    r->nwords = 0;
}
'''

C29B[132] = r'''/*
 * has_nested_pair(s)
 *
 * s consists only of '[' and ']'.  Returns true when some subsequence of s
 * (not necessarily contiguous) is a valid bracket sequence in which at least
 * one pair sits inside another, i.e. when "[[]]" can be picked out of s.
 *
 * Greedy check: pair the leftmost unused '[' with the rightmost unused ']'
 * as long as the '[' comes first.  If two such pairs can be formed, the
 * second one is nested inside the first.
 *
 *   "][[]]"   -> true
 *   "[][][]"  -> true    (take positions 0, 2, 3, 5)
 *   "]][["    -> false
 *   "[[]["    -> false
 */
#include <stdbool.h>
#include <string.h>

bool has_nested_pair(const char *s)
{
    size_t n = strlen(s);
    size_t i = 0;       /* next candidate '[' scanning from the left      */
    size_t j = n;       /* ']' candidates are at positions below j        */
    int pairs = 0;

    for (;;) {
        while (i < n && s[i] != '[')
            i++;
        while (j > 0 && s[j - 1] != ']')
            j--;
        if (i >= n || j == 0 || i >= j - 1)
            break;
        if (++pairs >= 2)
            return true;
        i++;            /* this '[' is used up */
        j--;            /* and so is the ']' at j-1 */
    }
    return false;
}
'''

C29B[145] = r'''/*
 * Stable sort of an int array by "signed digit sum".
 *
 * The key of a number is the sum of its decimal digits, except that for a
 * negative number the first digit counts as negative.  Numbers are put in
 * ascending order of that key; numbers with equal keys keep the order they
 * had in the input, which is why this uses an insertion sort on cached keys
 * rather than qsort (qsort is not stable).
 */
#include <stdlib.h>

typedef struct {
    int value;
    int key;
} Keyed;

static int signed_digit_sum(int v)
{
    long m = v < 0 ? -(long)v : v;
    int sum = 0, first = 0;
    while (m > 0) {
        first = (int)(m % 10);
        sum += first;
        m /= 10;
    }
    return v < 0 ? sum - 2 * first : sum;
}

/* Returns 0 on success, -1 if memory ran out (array left untouched). */
int sort_by_signed_digit_sum(int *a, size_t n)
{
    if (n < 2)
        return 0;

    Keyed *tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return -1;

    for (size_t i = 0; i < n; i++) {
        tmp[i].value = a[i];
        tmp[i].key = signed_digit_sum(a[i]);
    }

    for (size_t i = 1; i < n; i++) {
        Keyed cur = tmp[i];
        size_t j = i;
        while (j > 0 && tmp[j - 1].key > cur.key) {   /* strict '>' keeps it stable */
            tmp[j] = tmp[j - 1];
            j--;
        }
        tmp[j] = cur;
    }

    for (size_t i = 0; i < n; i++)
        a[i] = tmp[i].value;
    free(tmp);
    return 0;
}
'''

C29B[149] = r'''#include <stdlib.h>
#include <string.h>

/*
 * Drop every word whose length is odd, then order what is left by length
 * (shortest first), breaking ties alphabetically with strcmp.  Duplicates are
 * kept.  Works in place on an array of string pointers and returns how many
 * pointers remain at the front of the array.
 *
 *   {"tree", "sky", "go", "bark", "a"}   ->  {"go", "bark", "tree"}
 *   {"xy", "ab", "xy", "q"}              ->  {"ab", "xy", "xy"}
 *   {"one", "three"}                     ->  {}   (returns 0)
 */
static int by_len_then_alpha(const void *pa, const void *pb)
{
    const char *a = *(const char *const *)pa;
    const char *b = *(const char *const *)pb;
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

size_t even_words_sorted(const char **words, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (strlen(words[i]) % 2 == 0)
            words[kept++] = words[i];

    qsort(words, kept, sizeof *words, by_len_then_alpha);
    return kept;
}
'''

C29B[158] = r'''/*
 * Pick, from a list of words, the one built from the largest number of
 * different characters (case-sensitive: 'A' and 'a' are different).
 * When several words tie on that number, the alphabetically first one
 * (by strcmp) wins.  Returns NULL for an empty list.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static int different_chars(const char *w)
{
    bool seen[256] = {false};
    int n = 0;
    for (; *w; w++) {
        unsigned char c = (unsigned char)*w;
        if (!seen[c]) {
            seen[c] = true;
            n++;
        }
    }
    return n;
}

const char *most_varied_word(const char *const *words, size_t count)
{
    const char *best = NULL;
    int best_score = -1;

    for (size_t i = 0; i < count; i++) {
        int score = different_chars(words[i]);
        if (score > best_score ||
            (score == best_score && strcmp(words[i], best) < 0)) {
            best = words[i];
            best_score = score;
        }
    }
    return best;
}
'''

C29B[162] = r'''/*
 * md5hex.c - hex MD5 digest of a C string, with no library dependencies.
 *
 * md5_hex(text) returns a freshly allocated 32-character lowercase hex
 * string (caller frees it).  For an empty input it returns NULL instead of
 * the digest of zero bytes; our cache layer uses NULL to mean "no key".
 *
 *   md5_hex("abc")  ->  "900150983cd24fb0d6963f7d28e17f72"
 *   md5_hex("")     ->  NULL
 *
 * The algorithm follows RFC 1321.  It is fine for cache keys and
 * checksums; do not use it for anything security related.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint32_t K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
    0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static const unsigned char SHIFT[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static uint32_t rotl(uint32_t x, unsigned c)
{
    return (x << c) | (x >> (32 - c));
}

static void md5_block(uint32_t h[4], const unsigned char *blk)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)blk[4 * i] | ((uint32_t)blk[4 * i + 1] << 8) |
               ((uint32_t)blk[4 * i + 2] << 16) | ((uint32_t)blk[4 * i + 3] << 24);

    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16)      { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d;          g = (3 * i + 5) % 16; }
        else             { f = c ^ (b | ~d);       g = (7 * i) % 16; }

        f += a + K[i] + m[g];
        a = d;
        d = c;
        c = b;
        b += rotl(f, SHIFT[i]);
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

char *md5_hex(const char *text)
{
    if (text == NULL || *text == '\0')
        return NULL;

    size_t len = strlen(text);
    uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

    size_t full = len / 64;
    for (size_t i = 0; i < full; i++)
        md5_block(h, (const unsigned char *)text + 64 * i);

    /* tail: leftover bytes, 0x80, zero padding, 64-bit little-endian bit length */
    unsigned char tail[128] = {0};
    size_t rest = len - 64 * full;
    memcpy(tail, text + 64 * full, rest);
    tail[rest] = 0x80;
    size_t tail_len = (rest < 56) ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        tail[tail_len - 8 + i] = (unsigned char)(bits >> (8 * i));
    for (size_t off = 0; off < tail_len; off += 64)
        md5_block(h, tail + off);

    char *hex = malloc(33);
    if (!hex)
        return NULL;
    for (int i = 0; i < 16; i++)
        sprintf(hex + 2 * i, "%02x", (unsigned)((h[i / 4] >> (8 * (i % 4))) & 0xff));
    hex[32] = '\0';
    return hex;
}
'''

C_HELDOUT29B[3] = r'''/*
 * ledger.c
 *
 * An account starts at a balance of 0 and then goes through a list of
 * transactions: positive amounts are deposits, negative ones withdrawals.
 * overdrawn_at_some_point() reports whether the running balance ever
 * dips below zero along the way (ending positive again does not help).
 *
 *   {10, -4, -6}        -> 0   (balance goes 10, 6, 0: never negative)
 *   {3, -5, 100}        -> 1   (balance is -2 after the second entry)
 *   {}                  -> 0
 */
#include <stddef.h>

int overdrawn_at_some_point(const long *tx, size_t n)
{
    long long balance = 0;
    for (size_t i = 0; i < n; i++) {
        balance += tx[i];
        if (balance < 0)
            return 1;
    }
    return 0;
}
'''

C_HELDOUT29B[11] = r'''Bitwise XOR on strings of '0'/'1' characters

Sometimes bit patterns arrive as text rather than as integers, e.g. when they
are longer than 64 bits or come straight out of a config file. Converting
them to numbers just to XOR them and convert back is pointless; you can
combine the two strings character by character. Two equal characters give
'0', two different ones give '1'. If the inputs have different lengths, the
result is only as long as the shorter one.

```c
#include <stdlib.h>
#include <string.h>

/* Returns a malloc'd string; the caller frees it. NULL if out of memory. */
char *xor_bitstrings(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t n = la < lb ? la : lb;
    char *out = malloc(n + 1);

    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++)
        out[i] = (a[i] == b[i]) ? '0' : '1';
    out[n] = '\0';
    return out;
}
```

No validation is done: the function assumes both strings really only contain
the characters 0 and 1.
'''

C_HELDOUT29B[27] = r'''#include <ctype.h>
#include <stdio.h>

/*
 * invert_case: turn every lowercase ASCII letter into uppercase and every
 * uppercase letter into lowercase, in place.  Digits, spaces and punctuation
 * are left alone.
 */
void invert_case(char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (islower(c))
            *s = (char)toupper(c);
        else if (isupper(c))
            *s = (char)tolower(c);
    }
}

int main(void)
{
    char a[] = "GitHub 2FA";
    char b[] = "";
    char c[] = "mIxEd Up?";

    invert_case(a);
    invert_case(b);
    invert_case(c);
    printf("[%s]\n[%s]\n[%s]\n", a, b, c);
    /* [gIThUB 2fa]
       []
       [MiXeD uP?] */
    return 0;
}
'''

C_HELDOUT29B[51] = r'''/*
 * strip_vowels(): delete the vowels a, e, i, o and u from a string, in place,
 * whatever their case.  All other characters, including y, digits,
 * whitespace and newlines, are kept in their original order.  Returns s so
 * the call can be nested inside printf and friends.
 */
#include <ctype.h>
#include <string.h>

static int is_vowel(char c)
{
    return strchr("aeiou", tolower((unsigned char)c)) != NULL && c != '\0';
}

char *strip_vowels(char *s)
{
    char *dst = s;
    for (const char *src = s; *src; src++)
        if (!is_vowel(*src))
            *dst++ = *src;
    *dst = '\0';
    return s;
}
'''

C_HELDOUT29B[79] = r'''/*
 * to_db_binary(value, buf, bufsize)
 *
 * Writes the binary form of value into buf, wrapped in the marker "db" on
 * both sides, e.g.
 *
 *     0   -> "db0db"
 *     6   -> "db110db"
 *     255 -> "db11111111db"
 *
 * No leading zeros are produced (except for 0 itself).  Returns buf, or
 * NULL if bufsize is too small; 64 + 5 bytes is always enough.
 */
#include <stddef.h>
#include <string.h>

char *to_db_binary(unsigned long long value, char *buf, size_t bufsize)
{
    char bits[64];
    size_t nbits = 0;

    do {
        bits[nbits++] = (char)('0' + (value & 1u));
        value >>= 1;
    } while (value != 0);

    if (bufsize < nbits + 5)
        return NULL;

    size_t pos = 0;
    buf[pos++] = 'd';
    buf[pos++] = 'b';
    while (nbits > 0)
        buf[pos++] = bits[--nbits];     /* bits were collected lowest first */
    buf[pos++] = 'd';
    buf[pos++] = 'b';
    buf[pos] = '\0';
    return buf;
}
'''

C_HELDOUT29B[115] = r'''Emptying the wells

The puzzle: a grid of 0s and 1s describes a row of wells, one well per row
of the grid, and every 1 is one unit of water in that well. Each well has
its own bucket, and all buckets hold the same number of units. How many
times in total do buckets have to be lowered to get all the water out?

Buckets cannot be shared between wells, so each well is handled on its
own: a well holding w units needs ceil(w / capacity) trips, and the answer
is the sum of that over all rows. With integers, ceil(w / c) is
(w + c - 1) / c.

    #include <stddef.h>

    /* grid is rows x cols, stored row by row; capacity >= 1 */
    long bucket_trips(const int *grid, size_t rows, size_t cols, int capacity)
    {
        long trips = 0;
        for (size_t r = 0; r < rows; r++) {
            long water = 0;
            for (size_t c = 0; c < cols; c++)
                water += grid[r * cols + c];
            trips += (water + capacity - 1) / capacity;
        }
        return trips;
    }

A row with no water adds zero trips, so an all-zero grid needs none at all.
'''

C_HELDOUT29B[131] = r'''/* Multiply together the odd digits of a positive integer.
 * If it has no odd digit at all, the result is 0.
 *
 *   odd_digit_product(7)     == 7
 *   odd_digit_product(3081)  == 3      (3 * 1)
 *   odd_digit_product(97)    == 63
 *   odd_digit_product(4062)  == 0
 */
unsigned long long odd_digit_product(unsigned long long n)
{
    unsigned long long product = 1;
    int any_odd = 0;

    while (n > 0) {
        unsigned d = (unsigned)(n % 10);
        if (d % 2 == 1) {
            product *= d;
            any_odd = 1;
        }
        n /= 10;
    }
    return any_odd ? product : 0;
}
'''

OTHER_C29B.append(r'''Widest gap in a set of numbers

For a histogram tool I needed the largest empty stretch between samples:
sort the values, then look at each pair of neighbours and keep the biggest
difference. With fewer than two values there is no gap, and I return 0.

    #include <stdlib.h>
    #include <string.h>

    static int cmp_dbl(const void *pa, const void *pb)
    {
        double a = *(const double *)pa, b = *(const double *)pb;
        return (a > b) - (a < b);
    }

    /* Largest difference between two values that are adjacent once sorted. */
    double widest_gap(const double *v, size_t n)
    {
        if (n < 2)
            return 0.0;
        double *s = malloc(n * sizeof *s);
        if (!s)
            return -1.0;               /* out of memory */
        memcpy(s, v, n * sizeof *s);
        qsort(s, n, sizeof *s, cmp_dbl);

        double best = 0.0;
        for (size_t i = 1; i < n; i++)
            if (s[i] - s[i - 1] > best)
                best = s[i] - s[i - 1];
        free(s);
        return best;
    }

Examples:

    {4.0, 1.0, 9.5, 2.0}  -> 5.5   (between 4.0 and 9.5)
    {3.0, 3.0}            -> 0.0
    {7.25}                -> 0.0
''')

OTHER_C29B.append(r'''#include <stdlib.h>

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

/*
 * Values that appear in exactly one of the two arrays (the symmetric
 * difference), written to out in ascending order without repeats.
 * A value present in both arrays is left out entirely, however often it
 * occurs.  Both inputs are sorted in place; out needs room for na + nb ints.
 * Returns the number of values written.
 */
size_t only_in_one(int *a, size_t na, int *b, size_t nb, int *out)
{
    size_t i = 0, j = 0, k = 0;

    qsort(a, na, sizeof *a, cmp_int);
    qsort(b, nb, sizeof *b, cmp_int);

    while (i < na || j < nb) {
        int v;
        if (j >= nb || (i < na && a[i] < b[j])) {
            v = a[i];
            while (i < na && a[i] == v) i++;
            out[k++] = v;
        } else if (i >= na || b[j] < a[i]) {
            v = b[j];
            while (j < nb && b[j] == v) j++;
            out[k++] = v;
        } else {
            v = a[i];                       /* in both: skip every copy */
            while (i < na && a[i] == v) i++;
            while (j < nb && b[j] == v) j++;
        }
    }
    return k;
}
''')

OTHER_C29B.append(r'''/*
 * int_log(x, base): the largest whole k such that base^k <= x.
 * Requires x >= 1 and base >= 2; returns -1 for anything else.
 * Unlike a "is x an exact power" test, this always has an answer: it is
 * the number of times you can multiply 1 by base without passing x.
 *
 *   int_log(1, 5)     == 0
 *   int_log(80, 3)    == 3     (27 <= 80 < 81)
 *   int_log(81, 3)    == 4
 *   int_log(1000, 10) == 3
 *   int_log(999, 10)  == 2
 */
int int_log(unsigned long long x, unsigned long long base)
{
    if (x < 1 || base < 2)
        return -1;

    int k = 0;
    while (x >= base) {
        x /= base;       /* dividing avoids overflowing base^k */
        k++;
    }
    return k;
}
''')

OTHER_C29B.append(r'''// fix_brackets.c
//
// How many brackets must be inserted (anywhere) into a string of '[' and ']'
// to make it balanced?  Every ']' with no open '[' to close needs a '['
// added before it, and every '[' still open at the end needs a ']' after it.
//
//   "[]"      -> 0
//   "]["      -> 2
//   "[[]"     -> 1
//   "]]]"     -> 3
//   "[][]]["  -> 2
//
// Characters other than brackets are ignored.

#include <stdio.h>

int brackets_to_insert(const char *s)
{
    int open = 0;      // '[' currently waiting for a partner
    int added = 0;     // '[' we had to invent for stray ']'

    for (; *s; s++) {
        if (*s == '[') {
            open++;
        } else if (*s == ']') {
            if (open > 0)
                open--;
            else
                added++;
        }
    }
    return added + open;
}

int main(void)
{
    const char *tests[] = {"[]", "][", "[[]", "]]]", "[][]]["};
    for (int i = 0; i < 5; i++)
        printf("%-8s %d\n", tests[i], brackets_to_insert(tests[i]));
    return 0;
}
''')

OTHER_C29B.append(r'''/*
 * One-reversal sortability
 *
 * Question: can the array be put into non-decreasing order by reversing a
 * single contiguous block of it (possibly a block of length 0 or 1, so an
 * array that is already sorted qualifies)?
 *
 * Approach: find the first position where the order breaks and the last
 * position where it breaks.  Everything outside that window must already be
 * fine, so the window is the only block worth reversing.  Reverse it in a
 * scratch copy and check whether the whole array is sorted.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool is_sorted(const int *a, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return false;
    return true;
}

bool sortable_by_one_reversal(const int *a, size_t n)
{
    if (is_sorted(a, n))
        return true;

    size_t lo = 0, hi = n - 1;
    while (lo + 1 < n && a[lo] <= a[lo + 1])
        lo++;
    while (hi > 0 && a[hi - 1] <= a[hi])
        hi--;

    int *tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return false;
    memcpy(tmp, a, n * sizeof *tmp);

    /* widen the window over equal values so runs like 3 3 2 are caught */
    while (lo > 0 && tmp[lo - 1] == tmp[lo])
        lo--;
    while (hi + 1 < n && tmp[hi + 1] == tmp[hi])
        hi++;

    for (size_t i = lo, j = hi; i < j; i++, j--) {
        int t = tmp[i];
        tmp[i] = tmp[j];
        tmp[j] = t;
    }
    bool ok = is_sorted(tmp, n);
    free(tmp);
    return ok;
}
''')

OTHER_C29B.append(r'''#include <string.h>

/*
 * count_disjoint(text, pat)
 *
 * Counts matches of pat in text scanning left to right, where a match may
 * not reuse characters of the previous match: after a hit the search resumes
 * right after it.  So "aaaa" holds two disjoint "aa", not three.
 * An empty pattern counts as 0 matches.
 *
 *   count_disjoint("abababa", "aba")  == 2
 *   count_disjoint("aaaaa", "aa")     == 2
 *   count_disjoint("mississippi", "ss") == 2
 *   count_disjoint("", "q")           == 0
 */
int count_disjoint(const char *text, const char *pat)
{
    size_t m = strlen(pat);
    int hits = 0;

    if (m == 0)
        return 0;
    for (const char *p = strstr(text, pat); p != NULL; p = strstr(p + m, pat))
        hits++;
    return hits;
}
''')

OTHER_C29B.append(r'''/* pangram helper for the typing-practice app
 *
 * letters_missing() returns how many of the 26 English letters never occur
 * in the text, with 'Q' and 'q' counting as the same letter.  Non-letters
 * are ignored.  A result of 0 means the text is a pangram.
 */
#include <ctype.h>

int letters_missing(const char *text)
{
    int present[26] = {0};
    int missing = 26;

    for (; *text; text++) {
        unsigned char c = (unsigned char)*text;
        if (isalpha(c) && c < 128) {
            int idx = tolower(c) - 'a';
            if (!present[idx]) {
                present[idx] = 1;
                missing--;
            }
        }
    }
    return missing;
}
''')
