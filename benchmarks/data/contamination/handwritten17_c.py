"""Seventeenth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C17: positives keyed by HumanEval item number, items 1, 2, 4, 12, 17, 24, 30, 38, 44, 56, 57, 66, 68, 69, 70, 73, 74, 89, 93, 94, 96, 105, 106, 108, 110, 116, 122, 140, 144, 152, 153, 157.
  C_HELDOUT17: held-out documents, items 51, 55, 59, 71, 95, 111, 115, 151.
  OTHER_C17: seven C look-alikes with a different rule:
    0. running-shift cipher: the k-th lower-case letter moves k places forward (wrapping), other characters copied
    1. mean absolute deviation around the median instead of the mean
    2. fewest element overwrites to make every element of an array equal (n minus the highest frequency)
    3. sum of the proper divisors of n (aliquot sum)
    4. index of the first offending bracket in a '<'/'>' string: first unmatched '>' or else the earliest unclosed '<', -1 if balanced
    5. leaders of an array: elements strictly greater than everything to their right, in original order
    6. sum of the digit characters appearing anywhere in a string
"""

C17 = {}
C_HELDOUT17 = {}
OTHER_C17 = []

C17[1] = r'''/*
 * groups.c -- pull apart a line of parenthesis clusters
 *
 * A line such as "(()) ()  ((()()))" holds several top-level clusters.  Each
 * one is balanced and they sit side by side, never inside one another.
 * Blanks (and any other stray characters) are skipped while scanning.  Every
 * cluster is copied out into its own heap buffer; the caller frees them.
 *
 *   "(()) () ((()()))"     ->  "(())", "()", "((()()))"
 *   " ( ( ) ( ) )  ( )"    ->  "(()())", "()"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy_span(const char *buf, size_t len)
{
    char *s = malloc(len + 1);
    if (s) {
        memcpy(s, buf, len);
        s[len] = '\0';
    }
    return s;
}

/* Returns how many clusters were stored in out (never more than max_out). */
size_t split_top_level(const char *src, char **out, size_t max_out)
{
    size_t found = 0, used = 0;
    int depth = 0;
    char *scratch = malloc(strlen(src) + 1);

    if (scratch == NULL)
        return 0;

    for (const char *p = src; *p; ++p) {
        if (*p != '(' && *p != ')')
            continue;
        scratch[used++] = *p;
        depth += (*p == '(') ? 1 : -1;
        if (depth == 0) {
            if (found < max_out)
                out[found++] = copy_span(scratch, used);
            used = 0;
        }
    }
    free(scratch);
    return found;
}

int main(void)
{
    const char *line = " ( ( ) ( ) )  ( ) ((()))";
    char *parts[16];
    size_t n = split_top_level(line, parts, 16);

    for (size_t i = 0; i < n; i++) {
        printf("%zu: %s\n", i, parts[i]);
        free(parts[i]);
    }
    return 0;
}
'''

C17[2] = r'''**Q: Getting only the fractional part of a positive double**

I have values like prices and timestamps stored as `double` and I just want whatever comes after the decimal point. Casting to `int` and subtracting feels hacky and overflows for large values. What's the clean way?

---

**A:** For a positive number the simplest thing is to subtract the floor. `floor()` gives you the largest whole number not above the value, so what is left over is always in `[0, 1)`:

```c
#include <math.h>

double fractional_part(double value)
{
    return value - floor(value);
}
```

`fmod(value, 1.0)` gives the same result for positive inputs, and so does `modf()`, which hands you both halves at once:

```c
double whole;
double frac = modf(value, &whole);
```

They only disagree for negative numbers: `modf` and `fmod` keep the sign, while the `floor` version always lands in `[0, 1)`. Since you said the values are positive, pick whichever reads best. Also keep in mind that most decimal fractions aren't exactly representable, so compare the result with a tolerance rather than `==`.
'''

C17[4] = r'''/* stats.c - descriptive statistics used by the nightly report generator.
 *
 * All functions take a plain array plus its length; n must be > 0.
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

double stats_range(const double *xs, size_t n)
{
    double lo = xs[0], hi = xs[0];
    for (size_t i = 1; i < n; i++) {
        if (xs[i] < lo) lo = xs[i];
        if (xs[i] > hi) hi = xs[i];
    }
    return hi - lo;
}

/* "MAD" column: how far, on average, the samples sit from their mean.
 * Every sample contributes |x - mean| and the total is divided by n. */
double stats_mean_abs_dev(const double *xs, size_t n)
{
    double centre = stats_mean(xs, n);
    double spread = 0.0;

    for (size_t i = 0; i < n; i++)
        spread += fabs(xs[i] - centre);
    return spread / (double)n;
}
'''

C17[12] = r'''## Code review: returning the longest string in an array

I wrote this for a CLI tool that needs to size a column to its widest label. If several labels tie for the longest I want the one that appears first, and if the array is empty it should give back `NULL`. Anything I should change?

```c
#include <stddef.h>
#include <string.h>

const char *widest_label(const char *const *labels, size_t count)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(labels[i]);
        if (best == NULL || len > best_len) {
            best = labels[i];
            best_len = len;
        }
    }
    return best;
}
```

and the quick checks I run:

```c
#include <assert.h>

static void test_widest_label(void)
{
    const char *fruit[] = {"fig", "banana", "cherry", "kiwi"};
    const char *same[] = {"ab", "cd", "ef"};

    assert(strcmp(widest_label(fruit, 4), "banana") == 0);  /* "cherry" ties, comes later */
    assert(strcmp(widest_label(same, 3), "ab") == 0);
    assert(widest_label(NULL, 0) == NULL);
}
```

---

**Reply:** The logic is right. The strict `>` is exactly what keeps the earliest of several equally long strings, so don't "simplify" it to `>=`. Two small nits: `strlen` is called once per element, which is fine, but if the labels are long and you already know their lengths elsewhere, pass those in instead. And document that a `NULL` return means "empty input", because a caller can't otherwise tell that apart from an array containing a null pointer.
'''

C17[17] = r'''# Turning a tiny rhythm notation into beat counts (in C)

For my drum practice sheets I use a very small plain-text notation. Tokens are separated by single spaces and there are only three of them:

| token | meaning      | beats |
|-------|--------------|-------|
| `o`   | whole note   | 4     |
| `o|`  | half note    | 2     |
| `.|`  | quarter note | 1     |

So the line `.| .| o| o` is two quarters, a half and a whole: `1 1 2 4`. An empty line simply has no notes. The metronome app wants an array of beat counts, so here's the little converter I wrote.

```c
#include <stddef.h>

static int beats_for(const char *tok, size_t len)
{
    if (len == 1 && tok[0] == 'o')
        return 4;
    if (len == 2 && tok[1] == '|') {
        if (tok[0] == 'o') return 2;
        if (tok[0] == '.') return 1;
    }
    return -1;              /* not part of the notation */
}

/* Writes one beat count per token into out (up to cap entries) and
 * returns the number of tokens found.  Repeated spaces are harmless. */
size_t rhythm_to_beats(const char *line, int *out, size_t cap)
{
    size_t count = 0;
    const char *p = line;

    while (*p) {
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start && count < cap)
            out[count++] = beats_for(start, (size_t)(p - start));
        if (*p == ' ')
            p++;
    }
    return count;
}
```

Nothing fancy: scan to the next space, classify the token by its length and characters, move on. Doing it by hand instead of `strtok` means the input string stays `const` and untouched, which matters because my sheets are string literals.
'''

C17[24] = r'''### Lab 4, exercise 2 — greatest proper divisor

Write a function `int biggest_proper_divisor(int n)` that, for an integer n ≥ 2, returns the largest number strictly less than n that divides n with no remainder.

A brute-force loop counting down from `n - 1` works, but there is a neater observation: the biggest proper divisor is n divided by its *smallest* divisor greater than 1. And that smallest divisor, if there is one, is never bigger than √n. If nothing up to √n divides n, then n is prime and the answer is 1.

Reference solution (compare it with yours after you've tried):

```c
int biggest_proper_divisor(int n)
{
    for (int d = 2; (long long)d * d <= n; d++) {
        if (n % d == 0)
            return n / d;   /* smallest factor found, so n / d is the largest */
    }
    return 1;               /* prime: only 1 divides it besides itself */
}
```

Question for the write-up: why does the loop condition use `long long` for the square?
'''

C17[30] = r'''/* array_utils.c -- small helpers shared by the sensor-log tools */
#include <stdio.h>
#include <stddef.h>

long sum_ints(const int *a, size_t n)
{
    long s = 0;
    while (n--)
        s += *a++;
    return s;
}

void print_ints(FILE *fp, const int *a, size_t n)
{
    fputc('[', fp);
    for (size_t i = 0; i < n; i++)
        fprintf(fp, i ? ", %d" : "%d", a[i]);
    fputs("]\n", fp);
}

/* Copies the strictly positive entries of src into dst, in their original
 * order, and returns how many were copied.  Zero does not count as positive.
 * dst must have room for n ints. */
size_t copy_positive(const int *src, size_t n, int *dst)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (src[i] > 0)
            dst[kept++] = src[i];
    }
    return kept;
}
'''

C17[38] = r'''/* triplet_rotate.c
 *
 * A toy scrambler: the string is cut into consecutive blocks of three
 * characters and every complete block is rotated one step to the left
 * ("abc" -> "bca").  A short block at the end (one or two characters) is
 * left alone.  unscramble_triplets() reverses it by rotating each complete
 * block one step to the right.
 *
 *   scramble_triplets("abcdefgh")   gives "bcaefdgh"
 *   unscramble_triplets("bcaefdgh") gives "abcdefgh"
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

void scramble_triplets(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char head = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = head;
    }
}

void unscramble_triplets(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char tail = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = tail;
    }
}

int main(void)
{
    char buf[] = "abcdefgh";

    scramble_triplets(buf);
    assert(strcmp(buf, "bcaefdgh") == 0);
    unscramble_triplets(buf);
    assert(strcmp(buf, "abcdefgh") == 0);

    char word[] = "xylophone";          /* 9 chars: three full blocks */
    scramble_triplets(word);
    printf("%s\n", word);                /* ylxphoneo */
    unscramble_triplets(word);
    printf("%s\n", word);                /* xylophone */
    return 0;
}
'''

C17[44] = r'''#include <stdio.h>

/*
 * to_radix: write the digits of `value` in base `radix` (2 through 9) into
 * `buf`, most significant digit first, and return buf.
 *
 *   to_radix(19, 4, buf)  -> "103"
 *   to_radix(5, 2, buf)   -> "101"
 *   to_radix(40, 6, buf)  -> "104"
 *
 * Note: a value of 0 produces an empty string, not "0"; callers that
 * display the result handle that case themselves.  buf needs room for
 * 33 characters in the worst case (base 2 of a 32-bit value plus NUL).
 */
char *to_radix(unsigned value, unsigned radix, char *buf)
{
    char tmp[33];
    int len = 0;

    while (value > 0) {
        tmp[len++] = (char)('0' + value % radix);
        value /= radix;
    }
    for (int i = 0; i < len; i++)
        buf[i] = tmp[len - 1 - i];
    buf[len] = '\0';
    return buf;
}

int main(void)
{
    char out[33];
    printf("%s\n", to_radix(19, 4, out));
    printf("%s\n", to_radix(5, 2, out));
    printf("%s\n", to_radix(40, 6, out));
    return 0;
}
'''

C17[56] = r'''#ifndef MARKUP_CHECK_H
#define MARKUP_CHECK_H

#include <stdbool.h>

/*
 * Validates a string made only of '<' and '>' characters: every '<' has to
 * be closed by a later '>', and a '>' may never show up while nothing is
 * open.  Returns true when the whole string pairs up.
 */
static inline bool angles_pair_up(const char *s)
{
    long open = 0;

    for (; *s != '\0'; ++s) {
        if (*s == '<')
            ++open;
        else if (--open < 0)
            return false;       /* closer with nothing to close */
    }
    return open == 0;           /* leftovers mean an unclosed '<' */
}

#endif /* MARKUP_CHECK_H */
'''

C17[57] = r'''/*
 * monotone.c
 *
 * is_monotone() reports whether an int array never changes direction:
 * it is either entirely non-decreasing or entirely non-increasing.
 * Repeated values are allowed in both cases, and arrays of length 0 or 1
 * trivially qualify.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

bool is_monotone(const int *v, size_t n)
{
    bool up_ok = true;      /* no step down seen yet */
    bool down_ok = true;    /* no step up seen yet */

    for (size_t i = 1; i < n; i++) {
        if (v[i] < v[i - 1])
            up_ok = false;
        else if (v[i] > v[i - 1])
            down_ok = false;
        if (!up_ok && !down_ok)
            return false;
    }
    return true;
}

static void check(const char *label, const int *v, size_t n, bool want)
{
    bool got = is_monotone(v, n);
    printf("%-10s %s\n", label, got == want ? "ok" : "FAIL");
}

int main(void)
{
    int rising[]  = {3, 3, 5, 9};
    int falling[] = {10, 7, 7, -2};
    int zigzag[]  = {1, 5, 2};
    int flat[]    = {6, 6, 6};

    check("rising", rising, 4, true);
    check("falling", falling, 4, true);
    check("zigzag", zigzag, 3, false);
    check("flat", flat, 3, true);
    check("empty", NULL, 0, true);
    return 0;
}
'''

C17[66] = r'''#include <ctype.h>

/*
 * Adds up the character codes of the capital letters in a string and
 * ignores everything else (lower case, digits, spaces, punctuation).
 *
 *   upper_code_total("")            == 0
 *   upper_code_total("xYz")         == 89     'Y'
 *   upper_code_total("QQ")          == 162    81 + 81
 *   upper_code_total("hello World") == 87     'W'
 */
int upper_code_total(const char *s)
{
    int total = 0;
    for (; *s; s++) {
        if (isupper((unsigned char)*s))
            total += (unsigned char)*s;
    }
    return total;
}
'''

C17[68] = r'''#include <stddef.h>

/*
 * Tree branch helper: the branch is stored as an array of non-negative node
 * values.  We want the node holding the smallest even value; if that value
 * appears more than once, the occurrence with the lowest index wins.
 *
 * On success *value and *index are filled in and 1 is returned.  If the
 * array is empty or has no even values at all, nothing is written and the
 * function returns 0, which the caller treats as "nothing to take".
 */
int take_min_even(const int *nodes, size_t count, int *value, size_t *index)
{
    int found = 0;
    int best = 0;
    size_t where = 0;

    for (size_t i = 0; i < count; i++) {
        if (nodes[i] % 2 != 0)
            continue;
        if (!found || nodes[i] < best) {   /* strict: keeps the first index */
            best = nodes[i];
            where = i;
            found = 1;
        }
    }
    if (found) {
        *value = best;
        *index = where;
    }
    return found;
}
'''

C17[69] = r'''/*
 * self_count.c
 *
 * The array is non-empty and holds only positive integers.  We look for
 * the biggest value v that shows up at least v times; when no value
 * manages that, the answer is -1.
 *
 * Examples:
 *   {3, 3, 3, 2, 5}  -> 3    (3 appears three times)
 *   {1, 1, 2}        -> 1    (2 appears only once)
 *   {4, 4, 4}        -> -1   (4 would need four copies)
 *   {2, 6, 2, 1, 6}  -> 2
 */
#include <stdlib.h>

int largest_self_counted(const int *a, size_t n)
{
    int top = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] > top)
            top = a[i];

    int *tally = calloc((size_t)top + 1, sizeof *tally);
    if (tally == NULL)
        return -1;
    for (size_t i = 0; i < n; i++)
        tally[a[i]]++;

    int answer = -1;
    for (int v = top; v >= 1; v--) {
        if (tally[v] >= v) {
            answer = v;
            break;
        }
    }
    free(tally);
    return answer;
}
'''

C17[70] = r'''#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Rearranges the numbers so that they alternate between the extremes of
 * whatever is left: smallest, then largest, then the next smallest, the
 * next largest, and so on until every element is used.  Duplicates are
 * treated as separate elements.  `out` must hold n ints; `in` is untouched.
 */
void alternate_extremes(const int *in, size_t n, int *out)
{
    int *sorted = malloc(n * sizeof *sorted);
    size_t lo = 0, hi = n, k = 0;
    int take_low = 1;

    if (n == 0 || sorted == NULL) {
        free(sorted);
        return;
    }
    memcpy(sorted, in, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_value);

    while (lo < hi) {
        out[k++] = take_low ? sorted[lo++] : sorted[--hi];
        take_low = !take_low;
    }
    free(sorted);
}
'''

C17[73] = r'''Here's how I'd think about it. An array reads the same in both directions exactly when `a[i] == a[n-1-i]` for every i in the first half. Each position pair is independent of the others, and a mismatched pair can always be fixed by overwriting one of its two elements with the other's value. So the minimum number of single-element edits is just the number of mismatched pairs; the middle element of an odd-length array never needs touching.

```c
/* Fewest element overwrites needed to make a[0..n-1] a palindrome. */
int edits_to_palindrome(const int *a, int n)
{
    int edits = 0;
    for (int i = 0, j = n - 1; i < j; i++, j--)
        if (a[i] != a[j])
            edits++;
    return edits;
}
```

A few values to sanity-check against:

```c
#include <assert.h>

int main(void)
{
    int a[] = {7, 1, 7};            /* already symmetric */
    int b[] = {2, 9, 4, 2};         /* only 9/4 differ */
    int c[] = {5, 6, 7, 8, 9, 10};  /* every pair differs */
    int d[] = {42};

    assert(edits_to_palindrome(a, 3) == 0);
    assert(edits_to_palindrome(b, 4) == 1);
    assert(edits_to_palindrome(c, 6) == 3);
    assert(edits_to_palindrome(d, 1) == 0);
    return 0;
}
```

It's O(n) time and O(1) space, and you can't do better since every pair has to be looked at.
'''

C17[74] = r'''/*
 * wordlist.c
 *
 * A word list is an array of C strings plus a count.  pick_lighter() looks at
 * two lists and hands back the one whose strings add up to fewer characters
 * in total.  When both totals are the same, the first list is returned.
 */
#include <stddef.h>
#include <string.h>

typedef struct {
    const char **words;
    size_t count;
} word_list;

static size_t total_chars(const word_list *wl)
{
    size_t sum = 0;
    for (size_t i = 0; i < wl->count; i++)
        sum += strlen(wl->words[i]);
    return sum;
}

const word_list *pick_lighter(const word_list *first, const word_list *second)
{
    return total_chars(first) <= total_chars(second) ? first : second;
}
'''

C17[89] = r'''/* rot4.c - shift every lower-case letter four places down the alphabet,
 * wrapping around after 'z'.  Anything that is not a lower-case ASCII letter
 * (capitals, digits, blanks) is copied unchanged.  Works in place.
 *
 *   "cat"   -> "gex"
 *   "xyz"   -> "bcd"
 *   "a b!"  -> "e f!"
 */
#include <stdio.h>

void rotate_four(char *s)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)('a' + (*s - 'a' + 4) % 26);
    }
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        rotate_four(argv[i]);
        puts(argv[i]);
    }
    return 0;
}
'''

C17[93] = r'''#include <ctype.h>
#include <string.h>

static int is_vowel(char c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

/*
 * Obfuscates a message made of letters and spaces in two steps:
 *   1. every letter has its case flipped;
 *   2. each vowel (after flipping) is replaced by the letter two positions
 *      later in the alphabet, keeping its new case.
 * Spaces are copied through.  `out` must be at least strlen(in) + 1 bytes.
 */
void flip_case_shift_vowels(const char *in, char *out)
{
    size_t i = 0;

    for (; in[i] != '\0'; i++) {
        unsigned char c = (unsigned char)in[i];

        if (islower(c))
            c = (unsigned char)toupper(c);
        else if (isupper(c))
            c = (unsigned char)tolower(c);

        if (is_vowel((char)c))
            c = (unsigned char)(c + 2);
        out[i] = (char)c;
    }
    out[i] = '\0';
}
'''

C17[94] = r'''/*
 * Finds the biggest prime in an int array and returns the sum of its
 * decimal digits.
 *
 *   {10, 13, 4, 29, 21}      -> 29  -> 2 + 9 = 11
 *   {6, 97, 100, 89}         -> 97  -> 16
 *   {1009, 44, 2}            -> 1009 -> 10
 */
#include <stddef.h>

static int prime_check(int v)
{
    for (int d = 2; (long long)d * d <= v; d++)
        if (v % d == 0)
            return 0;
    return 1;
}

static int digit_total(int v)
{
    int s = 0;
    while (v > 0) {
        s += v % 10;
        v /= 10;
    }
    return s;
}

int max_prime_digit_sum(const int *vals, size_t n)
{
    int best = 0;
    for (size_t i = 0; i < n; i++) {
        if (vals[i] > best && prime_check(vals[i]))
            best = vals[i];
    }
    return digit_total(best);
}
'''

C17[96] = r'''/* primes.c -- list the primes strictly below a limit using a sieve. */
#include <stdlib.h>
#include <string.h>

/*
 * Stores every prime p with 2 <= p < limit into out[], smallest first, and
 * returns how many there are.  For limit <= 2 nothing is stored.  out must
 * be large enough; limit / 2 + 1 entries is always sufficient.
 */
int primes_under(int limit, int *out)
{
    if (limit <= 2)
        return 0;

    unsigned char *composite = calloc((size_t)limit, 1);
    int count = 0;

    if (composite == NULL)
        return 0;
    for (int i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        out[count++] = i;
        for (long long m = (long long)i * i; m < limit; m += i)
            composite[m] = 1;
    }
    free(composite);
    return count;
}
'''

C17[105] = r'''/*
 * digit_names.c
 *
 * Keep only the entries that are single digits from 1 to 9, order them from
 * largest to smallest, and translate each to its English name.  Anything
 * else (0, negatives, numbers of two or more digits) is dropped.
 *
 *   {3, 12, 7, 0, 3}   ->  "Seven", "Three", "Three"
 *   {-4, 10, 100}      ->  (nothing)
 *   {9, 1, 5}          ->  "Nine", "Five", "One"
 */
#include <stdio.h>
#include <stddef.h>

static const char *const NAMES[10] = {
    NULL, "One", "Two", "Three", "Four", "Five",
    "Six", "Seven", "Eight", "Nine"
};

/* Writes the names into out (room for n pointers) and returns how many. */
size_t name_digits_desc(const int *vals, size_t n, const char **out)
{
    size_t seen[10] = {0};
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (vals[i] >= 1 && vals[i] <= 9)
            seen[vals[i]]++;

    /* counting sort: walk the digits downwards */
    for (int d = 9; d >= 1; d--)
        for (size_t c = 0; c < seen[d]; c++)
            out[k++] = NAMES[d];
    return k;
}

int main(void)
{
    int sample[] = {3, 12, 7, 0, 3};
    const char *names[5];
    size_t m = name_digits_desc(sample, 5, names);

    for (size_t i = 0; i < m; i++)
        printf("%s%s", i ? " " : "", names[i]);
    putchar('\n');
    return 0;
}
'''

C17[106] = r'''#include <stddef.h>

/*
 * Fills out[0..n-1] so that, numbering positions from 1, an even position i
 * receives i! (1 * 2 * ... * i) and an odd position i receives the triangular
 * number 1 + 2 + ... + i.  Values grow fast: 64-bit factorials overflow past
 * position 20, so keep n <= 20.
 */
void factorial_or_triangle(int n, long long *out)
{
    long long fact = 1;

    for (int i = 1; i <= n; i++) {
        fact *= i;                      /* running i! */
        if (i % 2 == 0)
            out[i - 1] = fact;
        else
            out[i - 1] = (long long)i * (i + 1) / 2;
    }
}
'''

C17[108] = r'''**Counting numbers whose "signed digit sum" is positive**

The rule in the exercise: split a number into its decimal digits, but if the number is negative, only its *leading* digit carries the minus sign. So `-305` has digits `-3, 0, 5` and sums to 2, while `-71` gives `-7 + 1 = -6`. We have to count how many array entries have a digit sum strictly greater than zero.

My solution strips the sign, sums all digits, then corrects for the leading digit (subtract it twice: once to cancel the plus we added, once for its actual negative value):

```c
#include <stddef.h>

static int signed_digit_sum(int value)
{
    long long v = value;
    int negative = v < 0;
    int sum = 0, lead = 0;

    if (negative)
        v = -v;
    while (v > 0) {
        lead = (int)(v % 10);   /* last digit seen is the leading one */
        sum += lead;
        v /= 10;
    }
    return negative ? sum - 2 * lead : sum;
}

int count_positive_digit_sums(const int *arr, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        if (signed_digit_sum(arr[i]) > 0)
            count++;
    return count;
}
```

Some cases I checked by hand:

- `{-32, 10, -9, 0}` → 1 (only 10; -32 gives -1, -9 gives -9 and 0 gives 0)
- `{-305, 44, -71}` → 2
- an empty array → 0
'''

C17[110] = r'''/*
 * swap_even.c
 *
 * Two non-empty int arrays.  We may trade any number of elements between
 * them.  Is it possible to end up with the first array holding only even
 * numbers?  That works whenever the second array owns at least as many even
 * numbers as the first one has odd numbers, since each odd in the first
 * array can be traded for one of those evens.
 *
 * Returns the string "YES" or "NO".
 */
#include <stddef.h>

const char *evens_reachable(const int *first, size_t n1,
                            const int *second, size_t n2)
{
    size_t odd_in_first = 0, even_in_second = 0;

    for (size_t i = 0; i < n1; i++)
        if (first[i] % 2 != 0)
            odd_in_first++;
    for (size_t i = 0; i < n2; i++)
        if (second[i] % 2 == 0)
            even_in_second++;

    return even_in_second >= odd_in_first ? "YES" : "NO";
}
'''

C17[116] = r'''/*
 * bitsort.c -- order integers by how many 1 bits they have.
 *
 * Primary key: number of set bits in the binary form of |x|.
 * Secondary key: the value itself, ascending.
 *
 *   {7, 8, 3, 0}      -> {0, 8, 3, 7}       (bits: 3, 1, 2, 0)
 *   {6, 5, 9, 12}     -> {5, 6, 9, 12}      (all have two bits)
 *   {15, 1, 14, 16}   -> {1, 16, 14, 15}
 */
#include <stdio.h>
#include <stdlib.h>

static int ones(long long v)
{
    unsigned long long u = (unsigned long long)(v < 0 ? -v : v);
    int c = 0;
    while (u) {
        u &= u - 1;     /* drop lowest set bit */
        c++;
    }
    return c;
}

static int cmp_bits_then_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int ca = ones(a), cb = ones(b);

    if (ca != cb)
        return ca - cb;
    return (a > b) - (a < b);
}

void sort_by_set_bits(int *arr, size_t n)
{
    qsort(arr, n, sizeof *arr, cmp_bits_then_value);
}

int main(void)
{
    int v[] = {15, 1, 14, 16};
    sort_by_set_bits(v, 4);
    for (int i = 0; i < 4; i++)
        printf("%d ", v[i]);
    putchar('\n');
    return 0;
}
'''

C17[122] = r'''#include <stdio.h>

/*
 * Looks only at the first k entries of arr and sums those that print with
 * at most two characters in decimal, i.e. the one- and two-digit numbers
 * (a minus sign counts as a character, so -7 is included but -15 is not).
 * Requires 1 <= k <= length of arr.
 */
int sum_short_numbers(const int *arr, int k)
{
    int total = 0;

    for (int i = 0; i < k; i++) {
        int width = snprintf(NULL, 0, "%d", arr[i]);
        if (width <= 2)
            total += arr[i];
    }
    return total;
}
'''

C17[140] = r'''/*
 * slug_spaces.c
 *
 * Rewrites the blanks in a string:
 *   - a run of one or two spaces becomes the same number of underscores;
 *   - a run of three or more spaces collapses into a single '-'.
 * Everything else is copied as is.  `out` needs strlen(in) + 1 bytes.
 *
 *   "a  b"        -> "a__b"
 *   "x    y"      -> "x-y"
 *   " q"          -> "_q"
 *   "end   "      -> "end-"
 */
#include <assert.h>
#include <string.h>

void rewrite_blanks(const char *in, char *out)
{
    size_t o = 0;

    while (*in) {
        if (*in != ' ') {
            out[o++] = *in++;
            continue;
        }
        size_t run = 0;
        while (in[run] == ' ')
            run++;
        if (run > 2) {
            out[o++] = '-';
        } else {
            for (size_t i = 0; i < run; i++)
                out[o++] = '_';
        }
        in += run;
    }
    out[o] = '\0';
}

int main(void)
{
    char buf[64];

    rewrite_blanks("a  b", buf);    assert(strcmp(buf, "a__b") == 0);
    rewrite_blanks("x    y", buf);  assert(strcmp(buf, "x-y") == 0);
    rewrite_blanks(" q", buf);      assert(strcmp(buf, "_q") == 0);
    rewrite_blanks("end   ", buf);  assert(strcmp(buf, "end-") == 0);
    rewrite_blanks("nospace", buf); assert(strcmp(buf, "nospace") == 0);
    return 0;
}
'''

C17[144] = r'''/*
 * frac_product.c
 *
 * Both arguments are fractions written as "numerator/denominator" with
 * positive whole numbers on each side (no zero denominators).  The function
 * multiplies them and reports whether the product is a whole number.
 */
#include <stdbool.h>
#include <stdio.h>

static bool parse_fraction(const char *s, long long *num, long long *den)
{
    return sscanf(s, "%lld/%lld", num, den) == 2;
}

bool product_is_integer(const char *lhs, const char *rhs)
{
    long long a, b, c, d;

    if (!parse_fraction(lhs, &a, &b) || !parse_fraction(rhs, &c, &d))
        return false;
    return (a * c) % (b * d) == 0;
}
'''

C17[152] = r'''# Scoring predictions

Each round of the office tipping game has a real score and someone's predicted score, stored in two arrays of the same length (index *i* is match *i*). For the leaderboard we want, per match, how far off the prediction was: 0 for a perfect guess, otherwise the absolute difference.

```c
#include <stdlib.h>

/* miss[i] = |actual[i] - predicted[i]| for every match i < n */
void prediction_misses(const int *actual, const int *predicted,
                       size_t n, int *miss)
{
    for (size_t i = 0; i < n; i++)
        miss[i] = abs(actual[i] - predicted[i]);
}
```

For example, with actual scores `{2, 0, 3, 1}` and predictions `{2, 1, 0, 1}` the result is `{0, 1, 3, 0}`; with actual `{4, 4}` and predictions `{-1, 6}` it's `{5, 2}`.
'''

C17[153] = r'''/*
 * plugin_pick.c
 *
 * Given a class name and a list of candidate extension names, score each
 * extension as (number of upper-case letters) - (number of lower-case
 * letters); digits and punctuation score nothing.  The highest score wins,
 * and on a tie the extension that comes first in the list is kept.
 *
 * The result is written to out as "<class>.<extension>".  The list must hold
 * at least one extension.
 */
#include <ctype.h>
#include <stdio.h>
#include <stddef.h>

static int case_score(const char *name)
{
    int score = 0;
    for (; *name; name++) {
        unsigned char ch = (unsigned char)*name;
        if (isupper(ch))
            score++;
        else if (islower(ch))
            score--;
    }
    return score;
}

void strongest_plugin(const char *cls, const char *const *exts, size_t n,
                      char *out, size_t out_size)
{
    size_t best = 0;
    int best_score = case_score(exts[0]);

    for (size_t i = 1; i < n; i++) {
        int s = case_score(exts[i]);
        if (s > best_score) {
            best_score = s;
            best = i;
        }
    }
    snprintf(out, out_size, "%s.%s", cls, exts[best]);
}
'''

C17[157] = r'''/* geometry_checks.c */
#include <stdbool.h>
#include <stdio.h>

/* Longest side of the three. */
static long longest_of(long a, long b, long c)
{
    long m = a > b ? a : b;
    return m > c ? m : c;
}

/*
 * True when sides a, b, c (in any order) form a right triangle, i.e. the
 * square of the longest side equals the sum of the squares of the others.
 */
bool has_right_angle(long a, long b, long c)
{
    long hyp = longest_of(a, b, c);
    long sum_sq = a * a + b * b + c * c;

    return 2 * hyp * hyp == sum_sq;
}

int main(void)
{
    printf("6 8 10  -> %d\n", has_right_angle(6, 8, 10));   /* 1 */
    printf("13 5 12 -> %d\n", has_right_angle(13, 5, 12));  /* 1 */
    printf("4 5 6   -> %d\n", has_right_angle(4, 5, 6));    /* 0 */
    printf("2 2 2   -> %d\n", has_right_angle(2, 2, 2));    /* 0 */
    return 0;
}
'''

C_HELDOUT17[51] = r'''#include <stdio.h>
#include <string.h>

/*
 * Copies src into dst leaving out the vowels a, e, i, o, u in either case.
 * Every other character, newlines included, is kept in order.
 * dst must have room for strlen(src) + 1 bytes.
 *
 *   "Programming"  -> "Prgrmmng"
 *   "AEIOUxyz"     -> "xyz"
 *   "queue"        -> "q"
 */
void strip_vowels(const char *src, char *dst)
{
    while (*src) {
        if (strchr("aeiouAEIOU", *src) == NULL)
            *dst++ = *src;
        src++;
    }
    *dst = '\0';
}

int main(void)
{
    char line[256];

    while (fgets(line, sizeof line, stdin)) {
        char out[256];
        strip_vowels(line, out);
        fputs(out, stdout);
    }
    return 0;
}
'''

C_HELDOUT17[55] = r'''/*
 * fibo.c - Fibonacci numbers without recursion.
 *
 * Indexing starts at zero with F(0) = 0 and F(1) = 1, each following term
 * being the sum of the two before it.  An unsigned 64-bit result holds every
 * term up to F(93).
 */
#include <stdint.h>

uint64_t fibonacci_at(unsigned n)
{
    uint64_t prev = 0, cur = 1;

    if (n == 0)
        return 0;
    for (unsigned i = 1; i < n; i++) {
        uint64_t next = prev + cur;
        prev = cur;
        cur = next;
    }
    return cur;
}
'''

C_HELDOUT17[59] = r'''You don't need a prime test at all. Divide out each factor as soon as you find it, starting from 2. Because the small factors are removed first, every divisor you hit is automatically prime, and whatever is left above 1 at the end is the largest prime factor itself:

```c
long long biggest_prime_factor(long long n)
{
    long long largest = 1;

    for (long long p = 2; p * p <= n; p++) {
        while (n % p == 0) {
            largest = p;
            n /= p;
        }
    }
    if (n > 1)          /* leftover is a prime bigger than sqrt of what remained */
        largest = n;
    return largest;
}
```

`biggest_prime_factor(84)` gives 7 (84 = 2·2·3·7), `biggest_prime_factor(1001)` gives 13 and `biggest_prime_factor(64)` gives 2. It runs in O(√n) at worst, which is far better than testing every number up to n for primality.
'''

C_HELDOUT17[71] = r'''/* triangle.c */
#include <math.h>

/*
 * Area of the triangle with side lengths a, b and c, computed with Heron's
 * formula and rounded to two decimal places.  If the sides cannot form a
 * triangle (some pair does not add up to more than the remaining side)
 * the function returns -1 instead.
 */
double heron_area(double a, double b, double c)
{
    if (a + b <= c || a + c <= b || b + c <= a)
        return -1;

    double s = (a + b + c) / 2.0;
    double area = sqrt(s * (s - a) * (s - b) * (s - c));
    return round(area * 100.0) / 100.0;
}
'''

C_HELDOUT17[95] = r'''/*
 * keycase.c
 *
 * A small key/value table where a key may be missing its string form (for
 * instance an integer key imported from JSON); such keys are stored as NULL.
 *
 * keys_share_case() is true when the table is non-empty and either every key
 * is an all-lower-case string or every key is an all-upper-case string.
 * "All lower" follows the usual rule: at least one letter, and no capital
 * letters (digits and underscores may appear).  Likewise for "all upper".
 *
 *   {"host", "port"}          -> true
 *   {"HOST", "PORT_2"}        -> true
 *   {"host", "Port"}          -> false
 *   {"host", NULL}            -> false
 *   {}                        -> false
 */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>

struct entry {
    const char *key;      /* NULL when the key is not a string */
    const char *value;
};

static bool all_cased(const char *s, int (*want)(int), int (*other)(int))
{
    bool any = false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (other(c))
            return false;
        if (want(c))
            any = true;
    }
    return any;
}

bool keys_share_case(const struct entry *tab, size_t n)
{
    enum { UNSET, LOWER, UPPER } mode = UNSET;

    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        const char *k = tab[i].key;
        if (k == NULL)
            return false;
        bool lo = all_cased(k, islower, isupper);
        bool up = all_cased(k, isupper, islower);
        if (mode == UNSET) {
            if (up)
                mode = UPPER;
            else if (lo)
                mode = LOWER;
            else
                return false;
        } else if ((mode == UPPER && !up) || (mode == LOWER && !lo)) {
            return false;
        }
    }
    return true;
}
'''

C_HELDOUT17[111] = r'''/*
 * letter_peaks.c
 *
 * The input is a string of lower-case letters separated by spaces.  We want
 * every letter that occurs the maximum number of times, together with that
 * count.  counts[] (26 entries, 'a' first) receives the count for each such
 * letter and 0 for all others; the return value is the maximum count, or 0
 * when the string contains no letters at all.
 */
#include <string.h>

int most_frequent_letters(const char *text, int counts[26])
{
    int tally[26] = {0};
    int peak = 0;

    for (const char *p = text; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            tally[*p - 'a']++;

    for (int i = 0; i < 26; i++)
        if (tally[i] > peak)
            peak = tally[i];

    for (int i = 0; i < 26; i++)
        counts[i] = (peak > 0 && tally[i] == peak) ? peak : 0;
    return peak;
}
'''

C_HELDOUT17[115] = r'''## Emptying the wells

Think of each grid row as a well, with every `1` in it standing for one unit of water. There is one bucket per well, and every bucket holds the same amount. A well holding `w` units needs `ceil(w / capacity)` trips of its bucket, so the total number of bucket lowerings is that quantity summed over the rows. The integer form of the ceiling, `(w + cap - 1) / cap`, avoids floating point.

```c
#include <stddef.h>

/* grid is rows x cols, stored row by row; every cell is 0 or 1. */
int bucket_trips(const int *grid, size_t rows, size_t cols, int capacity)
{
    int trips = 0;

    for (size_t r = 0; r < rows; r++) {
        int water = 0;
        for (size_t c = 0; c < cols; c++)
            water += grid[r * cols + c];
        trips += (water + capacity - 1) / capacity;
    }
    return trips;
}
```

Try it with two wells `{1,1,1}` and `{1,0,0}` and a capacity of 2: the first needs 2 trips, the second 1, so the answer is 3. With capacity 3 the answer becomes 2, and a grid of all zeros always needs 0.
'''

C_HELDOUT17[151] = r'''#include <math.h>
#include <stddef.h>

/*
 * Sum of squares of the odd, positive, whole numbers in the array.
 * Negative numbers, zero, even numbers and values with a fractional part
 * are skipped.  An empty array sums to 0.
 */
double odd_square_sum(const double *xs, size_t n)
{
    double total = 0.0;

    for (size_t i = 0; i < n; i++) {
        double x = xs[i];
        if (x <= 0 || x != floor(x))
            continue;
        if (fmod(x, 2.0) != 0.0)
            total += x * x;
    }
    return total;
}
'''

OTHER_C17.append(r'''/*
 * stepcipher.c
 *
 * A "running shift" cipher: the first letter of the message moves one place
 * forward in the alphabet, the second letter two places, the third three,
 * and so on (wrapping after 'z').  Only lower-case letters are counted and
 * shifted; spaces and other characters are copied and do not advance the
 * counter.
 *
 *   "abc"      -> "bdf"
 *   "zz"       -> "ab"
 *   "hi there" -> "ik wljxl"
 */
#include <stdio.h>

void running_shift(char *msg)
{
    int step = 0;

    for (; *msg; msg++) {
        if (*msg < 'a' || *msg > 'z')
            continue;
        step++;
        *msg = (char)('a' + (*msg - 'a' + step) % 26);
    }
}

int main(void)
{
    char text[] = "hi there";
    running_shift(text);
    puts(text);
    return 0;
}
''')

OTHER_C17.append(r'''/* robust.c - spread measures that are less sensitive to outliers */
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median of n > 0 values; for an even count, the mean of the middle two. */
double median_of(const double *xs, size_t n)
{
    double *tmp = malloc(n * sizeof *tmp);
    double m;

    memcpy(tmp, xs, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, cmp_double);
    m = (n % 2) ? tmp[n / 2] : (tmp[n / 2 - 1] + tmp[n / 2]) / 2.0;
    free(tmp);
    return m;
}

/*
 * Average absolute distance of the samples from their MEDIAN (not the mean),
 * which keeps a single wild reading from dragging the centre around.
 *
 *   {1, 2, 3, 4, 100}  -> median 3, distances 2 1 0 1 97 -> 20.2
 *   {2, 4, 6, 8}       -> median 5, distances 3 1 1 3    -> 2.0
 */
double mean_abs_dev_median(const double *xs, size_t n)
{
    double centre = median_of(xs, n);
    double acc = 0.0;

    for (size_t i = 0; i < n; i++)
        acc += fabs(xs[i] - centre);
    return acc / (double)n;
}
''')

OTHER_C17.append(r'''**Q:** Given an int array, what's the fewest elements I need to overwrite so that all of them end up equal?

**A:** Keep the value that already appears most often and overwrite everything else. The answer is `n - (highest frequency)`. Sorting first makes counting runs easy and avoids a hash map in C:

```c
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int edits_to_uniform(const int *a, size_t n)
{
    if (n == 0)
        return 0;

    int *s = malloc(n * sizeof *s);
    memcpy(s, a, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_int);

    size_t best = 1, run = 1;
    for (size_t i = 1; i < n; i++) {
        run = (s[i] == s[i - 1]) ? run + 1 : 1;
        if (run > best)
            best = run;
    }
    free(s);
    return (int)(n - best);
}
```

Sorting costs O(n log n); with a bounded value range you could count in an array instead and get O(n).
''')

OTHER_C17.append(r'''/*
 * aliquot.c
 *
 * Sum of the proper divisors of n (every divisor smaller than n itself).
 * Used to classify numbers as perfect (sum == n), deficient or abundant.
 *
 *   proper_divisor_sum(12) == 16   (1 + 2 + 3 + 4 + 6)
 *   proper_divisor_sum(28) == 28   (perfect)
 *   proper_divisor_sum(13) == 1
 */
long proper_divisor_sum(long n)
{
    if (n <= 1)
        return 0;

    long sum = 1;
    for (long d = 2; d * d <= n; d++) {
        if (n % d == 0) {
            sum += d;
            if (d != n / d)
                sum += n / d;
        }
    }
    return sum;
}
''')

OTHER_C17.append(r'''/*
 * tagscan.c
 *
 * Locates the first problem in a string of '<' and '>' characters, so the
 * editor can put the cursor on it.
 *
 * Returns:
 *   - the index of the first '>' that has no open '<' to close, or
 *   - if the string ends with brackets still open, the index of the
 *     earliest '<' that never got closed, or
 *   - -1 when everything pairs up.
 *
 *   "<<>"    -> 0      (the first '<' is never closed)
 *   "<>>"    -> 2
 *   "<><>"   -> -1
 */
#include <stdlib.h>
#include <string.h>

long first_bad_bracket(const char *s)
{
    size_t n = strlen(s);
    long *stack = malloc((n + 1) * sizeof *stack);
    size_t top = 0;
    long result = -1;

    for (size_t i = 0; i < n; i++) {
        if (s[i] == '<') {
            stack[top++] = (long)i;
        } else if (top == 0) {
            result = (long)i;
            break;
        } else {
            top--;
        }
    }
    if (result == -1 && top > 0)
        result = stack[0];
    free(stack);
    return result;
}
''')

OTHER_C17.append(r'''/* leaders.c
 *
 * An element is a "leader" if it is strictly greater than every element to
 * its right; the last element is always a leader.  leaders() copies them
 * into out in their original left-to-right order and returns the count.
 */
#include <stddef.h>

size_t leaders(const int *a, size_t n, int *out)
{
    size_t k = 0;

    if (n == 0)
        return 0;

    /* scan from the right, remembering the maximum seen so far */
    int best = a[n - 1];
    out[k++] = best;
    for (size_t i = n - 1; i-- > 0;) {
        if (a[i] > best) {
            best = a[i];
            out[k++] = best;
        }
    }
    /* collected right to left; flip them */
    for (size_t i = 0; i < k / 2; i++) {
        int t = out[i];
        out[i] = out[k - 1 - i];
        out[k - 1 - i] = t;
    }
    return k;
}
''')

OTHER_C17.append(r'''#include <ctype.h>
#include <stdio.h>

/*
 * Adds up the decimal digits that appear anywhere in a piece of text,
 * treating each digit character on its own ("42" contributes 4 + 2, not 42).
 * Letters, signs and punctuation are ignored.
 *
 *   digit_char_total("a1b22")       == 5
 *   digit_char_total("2024-12-04")  == 15
 *   digit_char_total("no digits")   == 0
 */
int digit_char_total(const char *text)
{
    int total = 0;
    for (const char *p = text; *p; p++)
        if (isdigit((unsigned char)*p))
            total += *p - '0';
    return total;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        printf("%s: %d\n", argv[i], digit_char_total(argv[i]));
    return 0;
}
''')
