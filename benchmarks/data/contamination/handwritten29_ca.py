"""Twenty-ninth batch of hand-written documents, C (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C29A: positives keyed by HumanEval item number, items 5, 6, 8, 10, 13, 29, 40, 45, 48, 54, 56, 62, 64, 65, 66, 84, 85, 90, 96, 126, 133, 136, 137, 157.
  C_HELDOUT29A: held-out documents, items 15, 19, 47, 55, 71, 123, 143.
  OTHER_C29A: seven C look-alikes with a different rule:
    0. between every two neighbouring values insert their sum (not a fixed separator)
    1. for each blank-separated parenthesis chunk, count its top-level sibling pairs (not the maximum nesting depth)
    2. count a/e/i/o/u in any case; only if there are none, count the y's instead (y never counts otherwise)
    3. sum of alphabet positions (a=1 .. z=26) of the lowercase letters only
    4. can the characters be rearranged into a palindrome (at most one character with an odd count)
    5. anagram test: both strings have the same characters with the same multiplicities
    6. is the triangle obtuse (valid triangle and longest side squared > sum of the other two squares)
"""

C29A = {}
C_HELDOUT29A = {}
OTHER_C29A = []

C29A[5] = r'''/*
 * weave.c -- put a separator value between neighbouring array entries
 *
 * I needed this while building a flat "value, marker, value, marker, value"
 * stream for a little serial protocol. A marker never appears at the very
 * start or at the very end, so n input values turn into 2n - 1 output
 * values (and an empty input stays empty).
 *
 *   {9, 8, 7},  sep = 0    ->  {9, 0, 8, 0, 7}
 *   {42},       sep = -1   ->  {42}
 */
#include <stdio.h>

/* out must have room for at least 2*n - 1 ints; returns how many were written */
size_t weave_separator(const int *src, size_t n, int sep, int *out)
{
    size_t w = 0;

    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            out[w++] = sep;
        out[w++] = src[i];
    }
    return w;
}

static void dump(const int *v, size_t n)
{
    putchar('{');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", v[i]);
    puts("}");
}

int main(void)
{
    int a[] = {9, 8, 7};
    int b[] = {42};
    int buf[16];
    size_t k;

    k = weave_separator(a, 3, 0, buf);
    dump(buf, k);                 /* {9, 0, 8, 0, 7} */

    k = weave_separator(b, 1, -1, buf);
    dump(buf, k);                 /* {42} */
    return 0;
}
'''

C29A[6] = r'''/* paren_stats.c
 *
 * Small helpers for a toy Lisp reader. The input line holds several
 * parenthesised chunks separated by blanks; for every chunk we want to
 * know how deep its nesting goes (one pair of parens is depth 1, a pair
 * inside a pair is depth 2 and so on). Runs of blanks just mean there is
 * nothing to report between them.
 */
#include <stddef.h>

/* Returns 1 if every ')' closes an earlier '(' and nothing is left open. */
int parens_balanced(const char *s)
{
    int open = 0;
    for (; *s; s++) {
        if (*s == '(')
            open++;
        else if (*s == ')' && --open < 0)
            return 0;
    }
    return open == 0;
}

/*
 * Writes the maximum nesting depth of every blank-separated chunk of
 * `line` into depths[] (at most cap entries) and returns the number of
 * chunks found.
 */
size_t chunk_depths(const char *line, int *depths, size_t cap)
{
    size_t found = 0;
    int level = 0, deepest = 0, in_chunk = 0;

    for (const char *p = line; ; p++) {
        if (*p == ' ' || *p == '\0') {
            if (in_chunk && found < cap)
                depths[found++] = deepest;
            level = deepest = in_chunk = 0;
            if (*p == '\0')
                break;
            continue;
        }
        in_chunk = 1;
        if (*p == '(') {
            level++;
            if (level > deepest)
                deepest = level;
        } else {
            level--;
        }
    }
    return found;
}
'''

C29A[8] = r'''Q: How can a C function give back two numbers at once? I want the total
and the product of an int array in one pass.

A: The cleanest way is to return a small struct by value. Structs are
copied like any other value, so there is no allocation and no
out-pointers to get wrong:

```c
#include <stddef.h>
#include <stdio.h>

struct sum_and_product {
    long long sum;
    long long product;
};

struct sum_and_product fold_array(const int *vals, size_t count)
{
    struct sum_and_product r = { 0, 1 };   /* identities for + and * */

    for (size_t i = 0; i < count; i++) {
        r.sum += vals[i];
        r.product *= vals[i];
    }
    return r;
}

int main(void)
{
    int data[] = { 2, 5, 6 };
    struct sum_and_product r = fold_array(data, 3);
    printf("%lld %lld\n", r.sum, r.product);    /* 13 60 */
    return 0;
}
```

Note the starting values: with no elements the sum is 0 and the product
is 1, which is what you want mathematically (the empty sum and the empty
product). Use `long long` or the product overflows very quickly.
'''

C29A[10] = r'''/*
 * Exercise 4 (strings): palindromic extension
 *
 * Given a string s, build the shortest palindrome that has s as its
 * prefix, i.e. append as few characters as possible to the end of s.
 *
 * Approach: look for the longest tail of s that already reads the same in
 * both directions. Whatever comes before that tail has to be mirrored and
 * glued onto the end. Scanning start positions from the left means the
 * first palindromic tail we hit is the longest one.
 *
 * The caller owns the returned buffer and must free() it.
 */
#include <stdlib.h>
#include <string.h>

static int reads_same_both_ways(const char *s, size_t lo, size_t hi)
{
    /* checks s[lo .. hi) */
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

char *extend_to_palindrome(const char *s)
{
    size_t len = strlen(s);
    size_t cut = 0;

    while (cut < len && !reads_same_both_ways(s, cut, len))
        cut++;

    char *res = malloc(len + cut + 1);
    if (res == NULL)
        return NULL;

    memcpy(res, s, len);
    for (size_t i = 0; i < cut; i++)
        res[len + i] = s[cut - 1 - i];
    res[len + cut] = '\0';
    return res;
}
'''

C29A[13] = r'''/* mathutil.c - a few integer helpers I keep copying between projects */
#include <assert.h>
#include <stdio.h>

/* Euclid: replace (x, y) by (y, x mod y) until the remainder runs out. */
long highest_shared_factor(long x, long y)
{
    while (y != 0) {
        long r = x % y;
        x = y;
        y = r;
    }
    return x;
}

long clamp_long(long v, long lo, long hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

int digit_count(unsigned long v)
{
    int n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

int main(void)
{
    assert(highest_shared_factor(84, 36) == 12);
    assert(highest_shared_factor(17, 4) == 1);
    assert(highest_shared_factor(0, 9) == 9);
    assert(highest_shared_factor(121, 44) == 11);
    assert(clamp_long(50, 0, 10) == 10);
    assert(digit_count(0) == 1);
    assert(digit_count(12345) == 5);
    puts("mathutil: all good");
    return 0;
}
'''

C29A[29] = r'''Review thread on `src/complete.c`, PR #212 (tab completion for the shell)

> reviewer: The old version copied every candidate into a temp buffer,
> truncated it to the prefix length and then compared. `strncmp` with
> `strlen(prefix)` does the same thing without the copy, and it also
> handles an empty prefix for free (everything matches). Suggested rewrite:

```c
#include <stddef.h>
#include <string.h>

/*
 * Copies the pointers of all entries of `names` that begin with `stem`
 * into `hits`, keeping their original order. `hits` must be able to hold
 * `count` pointers. Returns how many were kept.
 */
size_t select_with_stem(const char *const *names, size_t count,
                        const char *stem, const char **hits)
{
    size_t stem_len = strlen(stem);
    size_t kept = 0;

    for (size_t i = 0; i < count; i++) {
        if (strncmp(names[i], stem, stem_len) == 0)
            hits[kept++] = names[i];
    }
    return kept;
}
```

> author: Makes sense, applied. The strings are never modified so
> returning the same pointers (instead of duplicates) is fine here.
'''

C29A[40] = r'''/*
 * zero_triple.c
 *
 * Is there any way to pick three entries of an int array (three different
 * positions, values may repeat) whose total is exactly zero?
 *
 * Brute force is O(n^3). Sorting a copy first lets us fix the smallest
 * element and close in on the other two from both ends, which is O(n^2).
 *
 *   {4, -1, 7, -3}  -> yes  (4 + -1 + -3)
 *   {2, 2, 2}       -> no
 *   {0, 0, 0}       -> yes
 *   {6, -6}         -> no   (fewer than three values)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int has_zero_triple(const int *arr, size_t n)
{
    if (n < 3)
        return 0;

    int *v = malloc(n * sizeof *v);
    if (!v)
        return -1;
    memcpy(v, arr, n * sizeof *v);
    qsort(v, n, sizeof *v, cmp_int);

    int found = 0;
    for (size_t i = 0; i + 2 < n && !found; i++) {
        size_t lo = i + 1, hi = n - 1;
        while (lo < hi) {
            long long t = (long long)v[i] + v[lo] + v[hi];
            if (t == 0) {
                found = 1;
                break;
            }
            if (t < 0)
                lo++;
            else
                hi--;
        }
    }
    free(v);
    return found;
}

int main(void)
{
    int a[] = {4, -1, 7, -3};
    int b[] = {2, 2, 2};
    int c[] = {0, 0, 0};
    int d[] = {6, -6};

    printf("%d %d %d %d\n",
           has_zero_triple(a, 4), has_zero_triple(b, 3),
           has_zero_triple(c, 3), has_zero_triple(d, 2));   /* 1 0 1 0 */
    return 0;
}
'''

C29A[45] = r'''/* shapes.c -- area helpers for the floor-plan estimator */
#include <math.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

double rect_area(double width, double depth)
{
    return width * depth;
}

/* A triangle's area is half of base times the height dropped onto that base. */
double tri_area_base_height(double base, double height)
{
    return base * height / 2.0;
}

double disc_area(double radius)
{
    return M_PI * radius * radius;
}

double trapezoid_area(double top, double bottom, double height)
{
    return (top + bottom) * height / 2.0;
}
'''

C29A[48] = r'''You don't need to build a reversed copy of the string to test whether it
is a palindrome. Walk one index forward from the start and another one
backward from the end, and bail out on the first mismatch. That uses no
extra memory, and the empty string (or any one-character string) is
treated as a palindrome automatically because the loop body never runs.

```c
#include <string.h>
#include <stdbool.h>

bool mirrors_itself(const char *str)
{
    size_t i = 0;
    size_t j = strlen(str);

    while (i + 1 < j) {
        if (str[i] != str[j - 1])
            return false;
        i++;
        j--;
    }
    return true;
}
```

If you need it to ignore case or punctuation, normalise the string first;
this version compares the raw bytes exactly.
'''

C29A[54] = r'''/*
 * charset_eq.c
 *
 * Two words "use the same letters" if every character that occurs in one
 * of them also occurs in the other. How often a character occurs does not
 * matter, only whether it is there at all.
 *
 * Examples:
 *   "listen", "silentt"   -> 1
 *   "apple",  "plea"      -> 1
 *   "cab",    "cabd"      -> 0
 *   "",       ""          -> 1
 */
#include <stdio.h>
#include <string.h>

static void mark_present(const char *w, unsigned char seen[256])
{
    memset(seen, 0, 256);
    for (; *w; w++)
        seen[(unsigned char)*w] = 1;
}

int same_letter_set(const char *first, const char *second)
{
    unsigned char a[256], b[256];

    mark_present(first, a);
    mark_present(second, b);
    return memcmp(a, b, sizeof a) == 0;
}

int main(void)
{
    printf("%d\n", same_letter_set("listen", "silentt"));  /* 1 */
    printf("%d\n", same_letter_set("apple", "plea"));      /* 1 */
    printf("%d\n", same_letter_set("cab", "cabd"));        /* 0 */
    return 0;
}
'''

C29A[56] = r'''/*
 * Lab 3, part b: checking angle-bracket nesting
 *
 * The input consists only of '<' and '>' characters. It is well formed
 * when each '<' can be paired with a later '>' and no '>' is left without
 * an earlier partner. A single counter is enough: add one for an opener,
 * subtract one for a closer; the string is bad as soon as the counter
 * drops below zero, and it is good only if the counter ends at zero.
 */

int angles_well_nested(const char *text)
{
    int open = 0;

    for (const char *c = text; *c != '\0'; ++c) {
        if (*c == '<')
            ++open;
        else
            --open;

        if (open < 0)
            return 0;
    }
    return open == 0;
}
'''

C29A[62] = r'''/*
 * poly.c -- polynomials stored lowest power first:
 *     c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1)
 *
 * The derivative of such a polynomial is stored the same way; it has one
 * coefficient fewer (none at all for a constant or an empty polynomial).
 *
 * Example: 7 + 0x + 5x^2 + 2x^3  ->  0 + 10x + 6x^2
 *          {7, 0, 5, 2}          ->  {0, 10, 6}
 *          {4}                   ->  {}
 */
#include <stdio.h>

/* out needs room for n - 1 entries; returns the number written */
size_t poly_differentiate(const long *c, size_t n, long *out)
{
    if (n < 2)
        return 0;
    for (size_t k = 1; k < n; k++)
        out[k - 1] = (long)k * c[k];
    return n - 1;
}

long poly_eval(const long *c, size_t n, long x)
{
    long acc = 0;
    while (n-- > 0)
        acc = acc * x + c[n];   /* Horner */
    return acc;
}

int main(void)
{
    long p[] = {7, 0, 5, 2};
    long d[4];
    size_t m = poly_differentiate(p, 4, d);

    for (size_t i = 0; i < m; i++)
        printf("%ld ", d[i]);          /* 0 10 6 */
    printf("\np'(1) = %ld\n", poly_eval(d, m, 1));   /* 16 */
    return 0;
}
'''

C29A[64] = r'''/* textstats.c -- tiny word statistics used by the readability checker */
#include <ctype.h>
#include <string.h>

static int plain_vowel(char ch)
{
    ch = (char)tolower((unsigned char)ch);
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/*
 * Counts the vowels of a single word. a, e, i, o and u count anywhere
 * (either case). The letter y (or Y) only counts when it is the last
 * character of the word, as in "shy"; inside a word it is treated as a
 * consonant.
 */
int word_vowel_total(const char *word)
{
    size_t len = strlen(word);
    int total = 0;

    for (size_t i = 0; i < len; i++)
        if (plain_vowel(word[i]))
            total++;

    if (len > 0 && (word[len - 1] == 'y' || word[len - 1] == 'Y'))
        total++;

    return total;
}

/* Number of blank-separated words in a line. */
int count_words(const char *line)
{
    int words = 0, inside = 0;
    for (; *line; line++) {
        if (isspace((unsigned char)*line)) {
            inside = 0;
        } else if (!inside) {
            inside = 1;
            words++;
        }
    }
    return words;
}
'''

C29A[65] = r'''/*
 * Rotating the decimal digits of a number.
 *
 * rotate_digits(value, k, buf) writes the digits of `value` rotated k
 * places to the right (the last k digits move to the front) into buf as
 * a string. If k is larger than the number of digits, the digits are
 * simply written in reverse order instead.
 *
 *   rotate_digits(4567, 1)  -> "7456"
 *   rotate_digits(4567, 3)  -> "5674"
 *   rotate_digits(4567, 4)  -> "4567"
 *   rotate_digits(89, 5)    -> "98"
 */
#include <stdio.h>
#include <string.h>

char *rotate_digits(long long value, int k, char *buf)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%lld", value);

    if (k > len) {
        for (int i = 0; i < len; i++)
            buf[i] = digits[len - 1 - i];
    } else {
        int split = len - k;
        memcpy(buf, digits + split, (size_t)k);
        memcpy(buf + k, digits, (size_t)split);
    }
    buf[len] = '\0';
    return buf;
}

int main(void)
{
    char out[32];
    puts(rotate_digits(4567, 1, out));   /* 7456 */
    puts(rotate_digits(4567, 3, out));   /* 5674 */
    puts(rotate_digits(4567, 4, out));   /* 4567 */
    puts(rotate_digits(89, 5, out));     /* 98 */
    return 0;
}
'''

C29A[66] = r'''If you only want to add up the character codes of the capital letters and
skip everything else (lowercase, digits, spaces, punctuation), `isupper`
does the filtering for you. Remember to cast to `unsigned char` before
calling it, otherwise bytes above 127 are undefined behaviour on
platforms where `char` is signed.

    #include <ctype.h>

    int capital_code_sum(const char *s)
    {
        int total = 0;
        for (; *s != '\0'; ++s) {
            unsigned char ch = (unsigned char)*s;
            if (isupper(ch))
                total += ch;
        }
        return total;
    }

An empty string just gives 0, since the loop never runs.
'''

C29A[84] = r'''/*
 * Kata: add up the decimal digits of a non-negative integer and return that
 * total written in base 2, as a string.
 *
 *   9999 -> digits add to 36 -> "100100"
 *   25   -> digits add to 7  -> "111"
 *   0    -> digits add to 0  -> "0"
 */
#include <stdio.h>
#include <string.h>

static int digit_total(unsigned int v)
{
    int t = 0;
    do {
        t += v % 10;
        v /= 10;
    } while (v);
    return t;
}

/* out must hold at least 33 chars */
char *digit_total_in_binary(unsigned int num, char *out)
{
    unsigned int t = (unsigned int)digit_total(num);
    char tmp[33];
    int n = 0;

    do {
        tmp[n++] = (char)('0' + (t & 1u));
        t >>= 1;
    } while (t);

    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    out[n] = '\0';
    return out;
}

int main(void)
{
    char b[33];
    printf("%s\n", digit_total_in_binary(9999, b));  /* 100100 */
    printf("%s\n", digit_total_in_binary(25, b));    /* 111 */
    printf("%s\n", digit_total_in_binary(0, b));     /* 0 */
    return 0;
}
'''

C29A[85] = r'''/*
 * Walk the odd positions (1, 3, 5, ...) of the array and add up the values
 * found there that are even. Values at even positions are never looked at,
 * and odd values at odd positions are skipped too.
 */
#include <stddef.h>

long sum_even_at_odd_slots(const int *arr, size_t len)
{
    long acc = 0;

    for (size_t pos = 1; pos < len; pos += 2) {
        if (arr[pos] % 2 == 0)
            acc += arr[pos];
    }
    return acc;
}
'''

C29A[90] = r'''/*
 * runner_up.c
 *
 * Find the second-lowest *distinct* value of an int array in one pass.
 * Repeated copies of the minimum do not count as a second value, so for
 * {4, 4} there is no answer. The function returns 1 and stores the value
 * through `result` when such a value exists, and returns 0 otherwise.
 *
 *   {7, 3, 3, 9}    -> 1, result = 7
 *   {-2, 10, -8}    -> 1, result = -2
 *   {4, 4}          -> 0
 */
#include <stdio.h>
#include <stddef.h>

int second_lowest_distinct(const int *v, size_t n, int *result)
{
    int have_low = 0, have_next = 0;
    int low = 0, next = 0;

    for (size_t i = 0; i < n; i++) {
        int x = v[i];
        if (!have_low || x < low) {
            if (have_low) {
                next = low;
                have_next = 1;
            }
            low = x;
            have_low = 1;
        } else if (x > low && (!have_next || x < next)) {
            next = x;
            have_next = 1;
        }
    }

    if (have_next)
        *result = next;
    return have_next;
}

int main(void)
{
    int a[] = {7, 3, 3, 9}, b[] = {-2, 10, -8}, c[] = {4, 4};
    int r;

    if (second_lowest_distinct(a, 4, &r)) printf("%d\n", r);   /* 7 */
    if (second_lowest_distinct(b, 3, &r)) printf("%d\n", r);   /* -2 */
    if (!second_lowest_distinct(c, 2, &r)) puts("none");       /* none */
    return 0;
}
'''

C29A[96] = r'''/*
 * primes.c
 *
 * Fill `out` with every prime strictly below `limit`, smallest first, and
 * return how many there are. Uses a sieve of Eratosthenes on a scratch
 * array. For limit <= 2 there is nothing to report. `out` should have
 * room for limit/2 + 1 ints, which is always enough.
 */
#include <stdlib.h>
#include <string.h>

size_t primes_under(int limit, int *out)
{
    if (limit <= 2)
        return 0;

    char *composite = calloc((size_t)limit, 1);
    if (composite == NULL)
        return 0;

    size_t count = 0;
    for (int p = 2; p < limit; p++) {
        if (composite[p])
            continue;
        out[count++] = p;
        for (long long m = (long long)p * p; m < limit; m += p)
            composite[m] = 1;
    }
    free(composite);
    return count;
}
'''

C29A[126] = r'''/*
 * check_order.c
 *
 * A list of non-negative ints passes when it never goes down from one
 * element to the next, and when no value appears three or more times.
 * A value showing up exactly twice is still fine.
 *
 *   {0, 4, 4, 9}   -> passes
 *   {2, 6, 6, 6}   -> fails (6 three times)
 *   {8, 1}         -> fails (goes down)
 *   {}             -> passes
 *
 * Because a non-decreasing list keeps equal values next to each other, it
 * is enough to look for three equal neighbours while checking the order.
 */
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

bool ascending_few_repeats(const int *xs, size_t n)
{
    size_t run = 1;

    for (size_t i = 1; i < n; i++) {
        if (xs[i] < xs[i - 1])
            return false;
        run = (xs[i] == xs[i - 1]) ? run + 1 : 1;
        if (run > 2)
            return false;
    }
    return true;
}

int main(void)
{
    int a[] = {0, 4, 4, 9}, b[] = {2, 6, 6, 6}, c[] = {8, 1};
    printf("%d %d %d %d\n",
           ascending_few_repeats(a, 4), ascending_few_repeats(b, 4),
           ascending_few_repeats(c, 2), ascending_few_repeats(NULL, 0));
    /* prints: 1 0 0 1 */
    return 0;
}
'''

C29A[133] = r'''#include <math.h>
#include <stddef.h>

/*
 * Round every value up to the next whole number (ceiling, so negative
 * fractions move toward zero), square what you get and return the total of
 * those squares.
 */
long long total_of_ceiled_squares(const double *vals, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        long long r = (long long)ceil(vals[i]);
        total += r * r;
    }
    return total;
}
'''

C29A[136] = r'''/*
 * sign_edges.c
 *
 * From an int array, report two things at once:
 *   - the negative number closest to zero (the biggest negative),
 *   - the positive number closest to zero (the smallest positive).
 * Zero is neither. Either part may be missing, so each comes with a flag.
 *
 *   {-9, -2, 6, 3, 0}  ->  neg = -2,   pos = 3
 *   {5, 11}            ->  neg = none, pos = 5
 *   {0, 0}             ->  neg = none, pos = none
 */
#include <stdio.h>
#include <stddef.h>

struct sign_edges {
    int has_neg, neg;
    int has_pos, pos;
};

struct sign_edges nearest_to_zero_each_side(const int *a, size_t n)
{
    struct sign_edges e = {0, 0, 0, 0};

    for (size_t i = 0; i < n; i++) {
        if (a[i] < 0 && (!e.has_neg || a[i] > e.neg)) {
            e.neg = a[i];
            e.has_neg = 1;
        } else if (a[i] > 0 && (!e.has_pos || a[i] < e.pos)) {
            e.pos = a[i];
            e.has_pos = 1;
        }
    }
    return e;
}

static void report(struct sign_edges e)
{
    if (e.has_neg) printf("(%d, ", e.neg); else printf("(none, ");
    if (e.has_pos) printf("%d)\n", e.pos); else printf("none)\n");
}

int main(void)
{
    int a[] = {-9, -2, 6, 3, 0}, b[] = {5, 11}, c[] = {0, 0};
    report(nearest_to_zero_each_side(a, 5));   /* (-2, 3) */
    report(nearest_to_zero_each_side(b, 2));   /* (none, 5) */
    report(nearest_to_zero_each_side(c, 2));   /* (none, none) */
    return 0;
}
'''

C29A[137] = r'''/*
 * mixed_max.c
 *
 * The config loader hands us numbers in three shapes: a plain integer, a
 * double, or the raw text from the file. Text may use either '.' or ','
 * as the decimal mark ("3.75" and "3,75" mean the same thing). We want
 * whichever of two such values is numerically bigger, handed back in its
 * original shape (so a text value stays text), or NULL when both are
 * numerically equal.
 */
#include <stdlib.h>
#include <string.h>

enum num_kind { NK_INT, NK_REAL, NK_TEXT };

struct loose_num {
    enum num_kind kind;
    union {
        long i;
        double d;
        const char *s;
    } u;
};

static double numeric_value(const struct loose_num *v)
{
    char tmp[64];

    switch (v->kind) {
    case NK_INT:
        return (double)v->u.i;
    case NK_REAL:
        return v->u.d;
    case NK_TEXT:
    default:
        strncpy(tmp, v->u.s, sizeof tmp - 1);
        tmp[sizeof tmp - 1] = '\0';
        for (char *p = tmp; *p; p++)
            if (*p == ',')
                *p = '.';
        return strtod(tmp, NULL);
    }
}

const struct loose_num *bigger_of(const struct loose_num *x,
                                  const struct loose_num *y)
{
    double a = numeric_value(x);
    double b = numeric_value(y);

    if (a == b)
        return NULL;
    return a > b ? x : y;
}
'''

C29A[157] = r'''/*
 * Does a triangle with side lengths p, q, r have a 90 degree corner?
 * By Pythagoras, yes exactly when the square of one side equals the sum of
 * the squares of the other two. We don't know which side is the
 * hypotenuse, so try all three.
 *
 *   (9, 40, 41)   -> 1
 *   (29, 20, 21)  -> 1
 *   (4, 5, 6)     -> 0
 *   (1, 1, 1)     -> 0
 */
#include <assert.h>

int has_right_corner(long p, long q, long r)
{
    long long pp = (long long)p * p;
    long long qq = (long long)q * q;
    long long rr = (long long)r * r;

    return pp == qq + rr || qq == pp + rr || rr == pp + qq;
}

int main(void)
{
    assert(has_right_corner(9, 40, 41));
    assert(has_right_corner(29, 20, 21));
    assert(!has_right_corner(4, 5, 6));
    assert(!has_right_corner(1, 1, 1));
    return 0;
}
'''

C_HELDOUT29A[15] = r'''/*
 * count_line.c
 *
 * Build the text "0 1 2 ... n": every integer from zero up to and
 * including n, separated by single spaces. The result is malloc'd; the
 * caller frees it. A negative n produces an empty string.
 *
 *   4  -> "0 1 2 3 4"
 *   1  -> "0 1"
 *   12 -> "0 1 2 3 4 5 6 7 8 9 10 11 12"
 */
#include <stdio.h>
#include <stdlib.h>

char *zero_to_n_text(int n)
{
    size_t cap = 1;
    for (int i = 0; i <= n; i++)
        cap += (size_t)snprintf(NULL, 0, "%d", i) + 1;

    char *buf = malloc(cap);
    if (!buf)
        return NULL;

    size_t pos = 0;
    buf[0] = '\0';
    for (int i = 0; i <= n; i++)
        pos += (size_t)sprintf(buf + pos, i == 0 ? "%d" : " %d", i);
    return buf;
}

int main(void)
{
    char *s = zero_to_n_text(4);
    puts(s);            /* 0 1 2 3 4 */
    free(s);
    s = zero_to_n_text(1);
    puts(s);            /* 0 1 */
    free(s);
    return 0;
}
'''

C_HELDOUT29A[19] = r'''/*
 * order_spelled_digits
 *
 * The input is a line of English digit names ("zero" through "nine")
 * separated by spaces. Write the same words into `out`, ordered by the
 * value they spell, lowest first, again separated by single spaces.
 * Extra blanks in the input are ignored.
 *
 * Since there are only ten possible words this is a counting sort: tally
 * how many times each word occurs, then emit them value by value.
 */
#include <string.h>

static const char *const DIGIT_NAMES[10] = {
    "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine"
};

static int name_to_value(const char *w, size_t len)
{
    for (int d = 0; d < 10; d++)
        if (strlen(DIGIT_NAMES[d]) == len && strncmp(DIGIT_NAMES[d], w, len) == 0)
            return d;
    return -1;
}

void order_spelled_digits(const char *line, char *out)
{
    int tally[10] = {0};
    const char *p = line;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start) {
            int d = name_to_value(start, (size_t)(p - start));
            if (d >= 0)
                tally[d]++;
        }
    }

    out[0] = '\0';
    for (int d = 0; d < 10; d++) {
        while (tally[d]-- > 0) {
            if (out[0] != '\0')
                strcat(out, " ");
            strcat(out, DIGIT_NAMES[d]);
        }
    }
}
'''

C_HELDOUT29A[47] = r'''/*
 * The middle value of a data set: sort a copy, then take the centre
 * element when the count is odd, or the mean of the two centre elements
 * when it is even.
 *
 *   {7, 1, 4}        -> 4.0
 *   {10, 2, 8, 4}    -> 6.0
 *   {3, -5}          -> -1.0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *l, const void *r)
{
    int a = *(const int *)l, b = *(const int *)r;
    return a < b ? -1 : a > b;
}

/* n must be at least 1 */
double middle_value(const int *data, size_t n)
{
    int *s = malloc(n * sizeof *s);
    double m;

    memcpy(s, data, n * sizeof *s);
    qsort(s, n, sizeof *s, by_value);

    if (n % 2 == 1)
        m = s[n / 2];
    else
        m = (s[n / 2 - 1] + (double)s[n / 2]) / 2.0;

    free(s);
    return m;
}

int main(void)
{
    int a[] = {7, 1, 4}, b[] = {10, 2, 8, 4}, c[] = {3, -5};
    printf("%.1f %.1f %.1f\n", middle_value(a, 3), middle_value(b, 4),
           middle_value(c, 2));   /* 4.0 6.0 -1.0 */
    return 0;
}
'''

C_HELDOUT29A[55] = r'''Iterative Fibonacci in C
========================

The textbook recursive definition (F(0) = 0, F(1) = 1, and every later
term is the sum of the two before it) recomputes the same terms over and
over and becomes unusably slow somewhere in the forties. Keeping just the
last two terms in a pair of variables gives the same numbers in linear
time and constant memory:

```c
#include <stdint.h>

uint64_t fibo_term(unsigned int k)
{
    uint64_t prev = 0, cur = 1;

    if (k == 0)
        return 0;
    for (unsigned int i = 1; i < k; i++) {
        uint64_t nxt = prev + cur;
        prev = cur;
        cur = nxt;
    }
    return cur;
}
```

With 64-bit unsigned arithmetic the results stay exact up to k = 93.
'''

C_HELDOUT29A[71] = r'''/*
 * heron.c -- triangle area from its three side lengths
 *
 * The sides only make a real triangle if each pair adds up to strictly
 * more than the remaining side; otherwise we return -1. For a valid
 * triangle we use Heron's formula with the semi-perimeter
 * s = (a + b + c) / 2:
 *
 *     area = sqrt(s (s - a) (s - b) (s - c))
 *
 * and round the result to two decimal places.
 *
 *   (5, 5, 6) -> 12.00
 *   (2, 3, 4) -> 2.90
 *   (1, 1, 3) -> -1
 */
#include <math.h>
#include <stdio.h>

double heron_area_2dp(double a, double b, double c)
{
    if (a + b <= c || a + c <= b || b + c <= a)
        return -1;

    double s = (a + b + c) / 2.0;
    double area = sqrt(s * (s - a) * (s - b) * (s - c));
    return round(area * 100.0) / 100.0;
}

int main(void)
{
    printf("%.2f\n", heron_area_2dp(5, 5, 6));   /* 12.00 */
    printf("%.2f\n", heron_area_2dp(2, 3, 4));   /* 2.90 */
    printf("%.0f\n", heron_area_2dp(1, 1, 3));   /* -1 */
    return 0;
}
'''

C_HELDOUT29A[123] = r'''/*
 * collatz_odds.c
 *
 * Start at a positive integer n and apply the Collatz step repeatedly
 * (halve an even number, turn an odd number m into 3m + 1) until the
 * value reaches 1. Collect the odd values met along the way, including n
 * itself when it is odd and the final 1, and return them in increasing
 * order. The array is malloc'd; its length goes to *count.
 */
#include <stdlib.h>

static int asc(const void *a, const void *b)
{
    unsigned long long x = *(const unsigned long long *)a;
    unsigned long long y = *(const unsigned long long *)b;
    return (x > y) - (x < y);
}

unsigned long long *odd_collatz_terms(unsigned long long n, size_t *count)
{
    size_t cap = 16, len = 0;
    unsigned long long *terms = malloc(cap * sizeof *terms);
    if (!terms)
        return NULL;

    for (;;) {
        if (n % 2 == 1) {
            if (len == cap) {
                cap *= 2;
                unsigned long long *bigger = realloc(terms, cap * sizeof *terms);
                if (!bigger) {
                    free(terms);
                    return NULL;
                }
                terms = bigger;
            }
            terms[len++] = n;
        }
        if (n <= 1)
            break;
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
    }

    qsort(terms, len, sizeof *terms, asc);
    *count = len;
    return terms;
}
'''

C_HELDOUT29A[143] = r'''/*
 * prime_length_words.c
 *
 * Keep only those words of a sentence whose length is a prime number
 * (2, 3, 5, 7, ...), in their original order, and join them back with
 * single spaces. Words are separated by whitespace.
 *
 *   "we all like green tea"  -> "we all green tea"
 *   "I am here"              -> "am"
 *   "four"                   -> ""
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_prime_len(size_t n)
{
    if (n < 2)
        return 0;
    for (size_t d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

/* out must be at least as large as sentence (including the terminator) */
char *keep_prime_length_words(const char *sentence, char *out)
{
    const char *p = sentence;
    size_t w = 0;

    while (*p) {
        while (*p && isspace((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        size_t len = (size_t)(p - start);
        if (len > 0 && is_prime_len(len)) {
            if (w > 0)
                out[w++] = ' ';
            memcpy(out + w, start, len);
            w += len;
        }
    }
    out[w] = '\0';
    return out;
}

int main(void)
{
    char buf[64];
    printf("[%s]\n", keep_prime_length_words("we all like green tea", buf));
    printf("[%s]\n", keep_prime_length_words("I am here", buf));
    printf("[%s]\n", keep_prime_length_words("four", buf));
    return 0;
}
'''

OTHER_C29A.append(r'''/*
 * pair_sums.c
 *
 * Between every two neighbouring values of the input, slip in their sum.
 * The original values keep their places, so n inputs produce 2n - 1
 * outputs (zero outputs for an empty input). Handy for drawing a running
 * "bridge" total between samples on a chart.
 *
 *   {1, 2, 3}     -> {1, 3, 2, 5, 3}
 *   {10, -4}      -> {10, 6, -4}
 *   {8}           -> {8}
 */
#include <stdio.h>

size_t insert_pair_sums(const int *in, size_t n, int *out)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++) {
        out[k++] = in[i];
        if (i + 1 < n)
            out[k++] = in[i] + in[i + 1];
    }
    return k;
}

int main(void)
{
    int v[] = {1, 2, 3};
    int res[8];
    size_t m = insert_pair_sums(v, 3, res);

    for (size_t i = 0; i < m; i++)
        printf("%d ", res[i]);    /* 1 3 2 5 3 */
    putchar('\n');
    return 0;
}
''')

OTHER_C29A.append(r'''/*
 * sibling_groups.c
 *
 * The line holds blank-separated chunks of balanced parentheses. For each
 * chunk, report how many separate top-level pairs it is made of: a chunk
 * is split into siblings wherever the nesting level drops back to zero.
 * How deep the pairs are nested inside does not matter, only how many
 * outermost pairs sit side by side.
 */
#include <stddef.h>

size_t top_level_pair_counts(const char *line, int *counts, size_t cap)
{
    size_t n = 0;
    int level = 0, siblings = 0, active = 0;

    for (const char *p = line; ; ++p) {
        if (*p == ' ' || *p == '\0') {
            if (active && n < cap)
                counts[n++] = siblings;
            level = siblings = active = 0;
            if (*p == '\0')
                break;
            continue;
        }
        active = 1;
        if (*p == '(') {
            level++;
        } else if (*p == ')') {
            level--;
            if (level == 0)
                siblings++;
        }
    }
    return n;
}
''')

OTHER_C29A.append(r'''/*
 * Vowel counting with a fallback for words like "rhythm":
 * count a, e, i, o, u (any case). If the word has none of those at all,
 * count its y's instead, since in such words y is doing the vowel's job.
 * When the word does have regular vowels, y is never counted.
 *
 *   "banana"  -> 3
 *   "rhythm"  -> 1
 *   "xyzzy"   -> 2
 *   "yellow"  -> 2
 *   "brr"     -> 0
 */
#include <assert.h>
#include <ctype.h>

int vowels_with_y_fallback(const char *w)
{
    int regular = 0, ys = 0;

    for (; *w; w++) {
        int c = tolower((unsigned char)*w);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            regular++;
        else if (c == 'y')
            ys++;
    }
    return regular > 0 ? regular : ys;
}

int main(void)
{
    assert(vowels_with_y_fallback("banana") == 3);
    assert(vowels_with_y_fallback("rhythm") == 1);
    assert(vowels_with_y_fallback("xyzzy") == 2);
    assert(vowels_with_y_fallback("yellow") == 2);
    assert(vowels_with_y_fallback("brr") == 0);
    return 0;
}
''')

OTHER_C29A.append(r'''/*
 * Word score for the letter game: every lowercase letter is worth its
 * place in the alphabet (a is 1, b is 2, ... z is 26). Capital letters,
 * digits, spaces and punctuation score nothing.
 */
int lowercase_letter_score(const char *s)
{
    int score = 0;

    while (*s) {
        if (*s >= 'a' && *s <= 'z')
            score += *s - 'a' + 1;
        s++;
    }
    return score;
}
''')

OTHER_C29A.append(r'''/*
 * can_shuffle_to_palindrome
 *
 * Could the characters of s be reordered so that the result reads the
 * same forwards and backwards? That is possible exactly when at most one
 * character occurs an odd number of times (it would go in the middle).
 * The order of s itself is irrelevant.
 *
 *   "carrace"  -> 1   (e.g. "racecar")
 *   "aabb"     -> 1   (e.g. "abba")
 *   "abcd"     -> 0
 *   ""         -> 1
 */
#include <stdio.h>

int can_shuffle_to_palindrome(const char *s)
{
    unsigned counts[256] = {0};
    int odd = 0;

    for (; *s; s++)
        counts[(unsigned char)*s]++;
    for (int c = 0; c < 256; c++)
        if (counts[c] % 2 != 0)
            odd++;
    return odd <= 1;
}

int main(void)
{
    printf("%d %d %d %d\n",
           can_shuffle_to_palindrome("carrace"),
           can_shuffle_to_palindrome("aabb"),
           can_shuffle_to_palindrome("abcd"),
           can_shuffle_to_palindrome(""));   /* 1 1 0 1 */
    return 0;
}
''')

OTHER_C29A.append(r'''Checking whether two strings are anagrams of each other means the
multiset of characters must match: not only the same characters, but
each one the same number of times. A frequency table per byte does it in
linear time; bump the counter for the first string, decrement it for the
second, and every slot has to come back to zero.

```c
#include <string.h>

int anagram_of(const char *x, const char *y)
{
    int freq[256];

    if (strlen(x) != strlen(y))
        return 0;

    memset(freq, 0, sizeof freq);
    for (; *x; x++)
        freq[(unsigned char)*x]++;
    for (; *y; y++)
        freq[(unsigned char)*y]--;

    for (int i = 0; i < 256; i++)
        if (freq[i] != 0)
            return 0;
    return 1;
}
```

The length check up front is just an early exit; the table comparison on
its own would already catch a length difference.
''')

OTHER_C29A.append(r'''/*
 * obtuse.c -- does a triangle with these side lengths have an angle wider
 * than 90 degrees?
 *
 * First the sides must form a real triangle (each pair strictly longer
 * than the third side). Then, by the law of cosines, the angle opposite
 * the longest side is obtuse exactly when that side squared is greater
 * than the sum of the squares of the other two.
 *
 *   (2, 3, 4)   -> 1
 *   (3, 4, 5)   -> 0   (right angle, not obtuse)
 *   (5, 5, 5)   -> 0
 *   (1, 2, 10)  -> 0   (no triangle at all)
 */
#include <assert.h>

int is_obtuse_triangle(long a, long b, long c)
{
    long t;

    /* sort so that c is the longest side */
    if (a > b) { t = a; a = b; b = t; }
    if (b > c) { t = b; b = c; c = t; }
    if (a > b) { t = a; a = b; b = t; }

    if (a + b <= c)
        return 0;
    return (long long)c * c > (long long)a * a + (long long)b * b;
}

int main(void)
{
    assert(is_obtuse_triangle(2, 3, 4) == 1);
    assert(is_obtuse_triangle(3, 4, 5) == 0);
    assert(is_obtuse_triangle(5, 5, 5) == 0);
    assert(is_obtuse_triangle(1, 2, 10) == 0);
    return 0;
}
''')
