"""Thirtieth batch of hand-written documents, C (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C30A: positives keyed by HumanEval item number, items 1, 2, 5, 21, 25, 33, 42, 45, 46, 48, 65, 69, 76, 78, 82, 90, 97, 112, 117, 129, 133, 144, 152, 162.
  C_HELDOUT30A: held-out documents, items 3, 63, 87, 91, 115, 119, 135.
  OTHER_C30A: seven C look-alikes with a different rule:
    0. insert the sum of each pair of neighbouring elements between them (not a fixed separator)
    1. standardise an array to z-scores (mean 0, population std dev 1), not min-max to [0, 1]
    2. count hex digits whose 4-bit pattern has an odd number of 1 bits (1,2,4,7,8,B,D,E), not prime digits
    3. herd recurrence h(n) = h(n-1) + h(n-4) with h(0..3) = 1, not a four-term sum seeded 0,0,2,0
    4. rotate the bits of a 16-bit value left by k (mod 16), not the decimal digits of a number
    5. keep the words whose vowel count equals their consonant count, not words with exactly n consonants
    6. decide whether the SUM of two fractions a/b + c/d is a whole number, not their product
"""

C30A = {}
C_HELDOUT30A = {}
OTHER_C30A = []

C30A[1] = r'''You don't need an actual stack for this, a single depth counter is enough. Every `(` pushes the depth up by one, every `)` brings it back down, and the moment it returns to zero you have just closed one complete top-level group. Characters that are not parentheses (the spaces in your input) are skipped entirely, so `"( ( ) )"` and `"(())"` come out the same.

Here's a version that copies each group into a caller-supplied array of fixed-size buffers and returns how many it found:

```c
#include <stdio.h>
#include <string.h>

#define MAX_GROUP_LEN 128

/* Splits `s` into its top-level balanced groups, dropping whitespace.
 * Returns the number of groups stored in `out` (at most max_groups). */
size_t split_groups(const char *s, char out[][MAX_GROUP_LEN], size_t max_groups)
{
    size_t count = 0, len = 0;
    int depth = 0;

    for (; *s != '\0' && count < max_groups; s++) {
        if (*s != '(' && *s != ')')
            continue;                 /* spaces etc. are ignored */
        if (len + 1 < MAX_GROUP_LEN)
            out[count][len++] = *s;
        depth += (*s == '(') ? 1 : -1;
        if (depth == 0) {             /* back at the top level */
            out[count][len] = '\0';
            count++;
            len = 0;
        }
    }
    return count;
}

int main(void)
{
    char groups[16][MAX_GROUP_LEN];
    size_t n = split_groups("(())  ((()()))( ) (()(()))", groups, 16);

    for (size_t i = 0; i < n; i++)
        printf("%s\n", groups[i]);
    return 0;
}
```

Output:

```
(())
((()()))
()
(()(()))
```

It assumes the input really is made of balanced groups; if you need to reject malformed input, check that `depth` never goes negative and is zero at the end.
'''

C30A[2] = r'''/* numutil.h -- small numeric helpers shared by the plotting code */
#ifndef NUMUTIL_H
#define NUMUTIL_H

#include <math.h>

static inline double clampd(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

static inline double lerpd(double a, double b, double t)
{
    return a + (b - a) * t;
}

/*
 * Fractional part of a positive number: what remains after the whole
 * part (the largest integer not above x) has been taken away.  The
 * result is always in [0, 1).
 */
static inline double frac_part(double x)
{
    return fmod(x, 1.0);
}

/* Snap to the nearest multiple of step (step > 0). */
static inline double snapd(double v, double step)
{
    return step * floor(v / step + 0.5);
}

#endif /* NUMUTIL_H */
'''

C30A[5] = r'''/*
 * Lab 4, exercise 2 -- "weaving" a separator into an array.
 *
 * Write a function that copies an int array into a destination buffer,
 * putting the value `sep` between each pair of neighbouring elements
 * (but not before the first or after the last one).  The destination
 * must have room for 2*n - 1 ints.  The function returns how many ints
 * it wrote, which is 0 for an empty input.
 *
 *   {9, 7}       with sep 0   ->  {9, 0, 7}
 *   {4, 4, 1, 6} with sep -1  ->  {4, -1, 4, -1, 1, -1, 6}
 *   {}           with sep 3   ->  {}
 */
#include <stdio.h>
#include <stddef.h>

size_t weave(const int *src, size_t n, int sep, int *dst)
{
    size_t out = 0;

    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            dst[out++] = sep;
        dst[out++] = src[i];
    }
    return out;
}

static void print_array(const int *a, size_t n)
{
    putchar('{');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", a[i]);
    puts("}");
}

int main(void)
{
    int a[] = {4, 4, 1, 6};
    int b[2 * 4 - 1];
    size_t m = weave(a, 4, -1, b);

    print_array(b, m);          /* {4, -1, 4, -1, 1, -1, 6} */
    return 0;
}
'''

C30A[21] = r'''#include <stddef.h>
#include <math.h>

/* stats.c -- helpers used by the sensor-calibration pipeline */

double mean_of(const double *v, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += v[i];
    return n ? s / n : 0.0;
}

/*
 * Min-max normalisation, done in place.  The array is mapped linearly so
 * that its minimum lands on 0.0 and its maximum on 1.0; everything else
 * keeps its relative position in between.  Needs n >= 2 and at least two
 * distinct values, otherwise the span below would be zero.
 */
void normalize_minmax(double *v, size_t n)
{
    double lo = v[0], hi = v[0];

    for (size_t i = 1; i < n; i++) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }

    double span = hi - lo;
    for (size_t i = 0; i < n; i++)
        v[i] = (v[i] - lo) / span;
}

double rms_of(const double *v, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += v[i] * v[i];
    return n ? sqrt(s / n) : 0.0;
}
'''

C30A[25] = r'''#include <stdio.h>

/*
 * prime_factors: break n (n >= 2) into primes, smallest first, writing each
 * prime as many times as it divides n -- so multiplying the output back
 * together gives n again.  Returns how many factors were written; 64 slots
 * are always enough for a 64-bit value.
 *
 *   360  -> 2 2 2 3 3 5
 *   97   -> 97
 *   1001 -> 7 11 13
 */
int prime_factors(unsigned long long n, unsigned long long out[64])
{
    int k = 0;

    while (n % 2 == 0) {
        out[k++] = 2;
        n /= 2;
    }
    for (unsigned long long p = 3; p * p <= n; p += 2) {
        while (n % p == 0) {
            out[k++] = p;
            n /= p;
        }
    }
    if (n > 1)              /* whatever is left is itself prime */
        out[k++] = n;
    return k;
}

int main(void)
{
    unsigned long long tests[] = {360, 97, 1001};
    unsigned long long f[64];

    for (int t = 0; t < 3; t++) {
        int k = prime_factors(tests[t], f);
        printf("%llu =", tests[t]);
        for (int i = 0; i < k; i++)
            printf(i ? " * %llu" : " %llu", f[i]);
        putchar('\n');
    }
    return 0;
}
'''

C30A[33] = r'''**Code review: `sort_stride3()`**

> The function should copy `in` to `out` unchanged, except that the values sitting at positions 0, 3, 6, 9, ... get sorted among themselves (ascending). Every other position keeps its original value. Is the gather/sort/scatter below reasonable, or is there a neater way?

```c
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int sort_stride3(const int *in, int *out, size_t n)
{
    size_t m = (n + 2) / 3;          /* how many indices are multiples of 3 */
    int *tmp;

    memcpy(out, in, n * sizeof *in);
    if (m == 0)
        return 0;

    tmp = malloc(m * sizeof *tmp);
    if (!tmp)
        return -1;

    for (size_t i = 0, j = 0; i < n; i += 3)
        tmp[j++] = in[i];
    qsort(tmp, m, sizeof *tmp, cmp_int);
    for (size_t i = 0, j = 0; i < n; i += 3)
        out[i] = tmp[j++];

    free(tmp);
    return 0;
}
```

Reply: It's fine. The `(x > y) - (x < y)` comparator avoids the overflow you'd get from `x - y`, which is the usual bug here. If the arrays are small you could skip the allocation and run an insertion sort directly over `out[0], out[3], out[6], ...` with a step of 3, but the malloc version is easier to read, so I'd keep it.
'''

C30A[42] = r'''/* vec_int.c -- element-wise helpers for plain int arrays */
#include <stddef.h>

void vec_fill(int *dst, size_t n, int value)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = value;
}

/* dst[i] = src[i] + 1 for every i; dst may be the same array as src. */
void vec_add_one(const int *src, int *dst, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = src[i] + 1;
}

long vec_sum(const int *src, size_t n)
{
    long total = 0;
    for (size_t i = 0; i < n; i++)
        total += src[i];
    return total;
}
'''

C30A[45] = r'''/* shapes.c - area formulas for the intro geometry worksheet */
#include <stdio.h>

#define PI 3.14159265358979323846

double rect_area(double w, double h)   { return w * h; }
double circle_area(double r)           { return PI * r * r; }

/* Area of a triangle from one side (the base) and the height dropped
 * onto that side: half of base times height.
 *   tri_area(6, 4) == 12.0
 *   tri_area(3, 7) == 10.5
 */
double tri_area(double base, double height)
{
    return base * height / 2.0;
}

int main(void)
{
    printf("%.1f\n", tri_area(6, 4));   /* 12.0 */
    printf("%.1f\n", tri_area(3, 7));   /* 10.5 */
    printf("%.1f\n", rect_area(3, 7));  /* 21.0 */
    return 0;
}
'''

C30A[46] = r'''/*
 * A four-term cousin of Fibonacci.  The first four values are fixed:
 *
 *     q(0) = 0, q(1) = 0, q(2) = 2, q(3) = 0
 *
 * and from then on every value is the sum of the four before it:
 *
 *     q(n) = q(n-1) + q(n-2) + q(n-3) + q(n-4)
 *
 * A recursive version blows up exponentially, so keep the last four values
 * in a small ring buffer and walk forward instead.
 *
 * Some values to check against: q(4) = 2, q(9) = 54, q(11) = 200.
 */
#include <assert.h>
#include <stdio.h>

long long quad_fib(int n)
{
    long long win[4] = {0, 0, 2, 0};

    if (n < 4)
        return win[n];

    for (int i = 4; i <= n; i++) {
        long long next = win[0] + win[1] + win[2] + win[3];
        win[i % 4] = next;            /* overwrite the oldest slot */
    }
    return win[n % 4];
}

int main(void)
{
    assert(quad_fib(4) == 2);
    assert(quad_fib(9) == 54);
    assert(quad_fib(11) == 200);
    printf("q(20) = %lld\n", quad_fib(20));
    return 0;
}
'''

C30A[48] = r'''#include <stdbool.h>
#include <string.h>

/* strutil.c */

/* Reverse s in place. */
void str_reverse(char *s)
{
    size_t i = 0, j = strlen(s);
    while (j > i + 1) {
        char t = s[i];
        s[i++] = s[--j];
        s[j] = t;
    }
}

/* True when s reads the same from either end; the empty string counts. */
bool str_symmetric(const char *s)
{
    const char *lo = s;
    const char *hi = s + strlen(s);

    while (lo < hi) {
        if (*lo++ != *--hi)
            return false;
    }
    return true;
}

/* Count occurrences of c in s. */
size_t str_count(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        if (*s == c)
            n++;
    return n;
}
'''

C30A[65] = r'''## Rotating the digits of a number

A small puzzle from this week's practice set: take the decimal digits of an integer and rotate them to the right by `k` places, so the last `k` digits wrap around to the front, and hand the result back as a string (a string, because rotating can put zeros at the front and we want to keep them). There's one odd rule: if `k` is larger than the number of digits, don't rotate at all, just return the digits in reverse order.

A few cases I used while writing it:

- `12345` rotated by 2 gives `"45123"`
- `507` rotated by 3 (exactly its length) gives `"507"` back
- `12345` rotated by 9 gives `"54321"` because 9 > 5
- `830` rotated by 1 gives `"083"`

The easiest route in C is to let `snprintf` produce the digits and then shuffle characters:

```c
#include <stdio.h>
#include <string.h>

/* buf needs room for the digits plus the terminator (24 bytes is plenty). */
void rotate_digits(long x, int k, char *buf, size_t cap)
{
    char digits[24];
    int len = snprintf(digits, sizeof digits, "%ld", x);

    if (k > len) {
        for (int i = 0; i < len; i++)
            buf[i] = digits[len - 1 - i];
        buf[len] = '\0';
        return;
    }
    /* last k characters first, then the rest */
    snprintf(buf, cap, "%s%.*s", digits + (len - k), len - k, digits);
}

int main(void)
{
    char out[24];
    rotate_digits(12345, 2, out, sizeof out);  printf("%s\n", out);
    rotate_digits(507, 3, out, sizeof out);    printf("%s\n", out);
    rotate_digits(12345, 9, out, sizeof out);  printf("%s\n", out);
    rotate_digits(830, 1, out, sizeof out);    printf("%s\n", out);
    return 0;
}
```

The `%.*s` trick prints only the first `len - k` characters of `digits`, which saves a temporary buffer.
'''

C30A[69] = r'''/*
 * Problem: you get n positive integers.  Call a value v "self-frequent" when
 * it shows up in the list at least v times.  Print the largest self-frequent
 * value, or -1 if there is none.
 *
 * Input: n on the first line, then n integers.
 */
#include <stdio.h>
#include <stdlib.h>

int largest_self_frequent(const int *a, int n)
{
    int maxv = 0;
    for (int i = 0; i < n; i++)
        if (a[i] > maxv)
            maxv = a[i];

    int *cnt = calloc((size_t)maxv + 1, sizeof *cnt);
    if (!cnt)
        return -1;
    for (int i = 0; i < n; i++)
        cnt[a[i]]++;

    int best = -1;
    for (int v = maxv; v >= 1; v--) {
        if (cnt[v] >= v) {
            best = v;
            break;
        }
    }
    free(cnt);
    return best;
}

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1 || n <= 0)
        return 1;

    int *a = malloc((size_t)n * sizeof *a);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1)
            return 1;

    printf("%d\n", largest_self_frequent(a, n));
    free(a);
    return 0;
}
'''

C30A[76] = r'''#include <stdbool.h>
#include <stdio.h>

/*
 * is_power_of(x, base): does base^k == x for some whole k >= 0?
 * k = 0 is allowed, so x == 1 is a power of every base.  With base 1 the
 * only reachable value is 1 itself.
 *
 *   is_power_of(27, 3)  -> true   (3^3)
 *   is_power_of(1, 9)   -> true   (9^0)
 *   is_power_of(10, 10) -> true
 *   is_power_of(50, 7)  -> false
 *   is_power_of(6, 1)   -> false
 */
bool is_power_of(long long x, long long base)
{
    if (base == 1)
        return x == 1;

    long long p = 1;
    while (p < x)
        p *= base;          /* climb base^0, base^1, ... until we reach x */
    return p == x;
}

int main(void)
{
    printf("%d %d %d %d %d\n",
           is_power_of(27, 3), is_power_of(1, 9), is_power_of(10, 10),
           is_power_of(50, 7), is_power_of(6, 1));   /* 1 1 1 0 0 */
    return 0;
}
'''

C30A[78] = r'''#include <stddef.h>

/*
 * Count how many digits of a hexadecimal string have a prime value.
 * Among 0-F those are 2, 3, 5, 7, B (11) and D (13).  Letters are expected
 * in upper case; an empty string simply gives 0.
 */
static int hex_digit_is_prime(char c)
{
    switch (c) {
    case '2': case '3': case '5': case '7':
    case 'B': case 'D':
        return 1;
    default:
        return 0;
    }
}

size_t count_prime_hex_digits(const char *hex)
{
    size_t total = 0;

    for (const char *p = hex; *p != '\0'; ++p)
        total += hex_digit_is_prime(*p);
    return total;
}
'''

C30A[82] = r'''#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Trial division; fine for string lengths. */
static bool is_prime(size_t n)
{
    if (n < 2)
        return false;
    for (size_t d = 2; d * d <= n; d++)
        if (n % d == 0)
            return false;
    return true;
}

/* Is the number of characters in s a prime number? */
bool length_is_prime(const char *s)
{
    return is_prime(strlen(s));
}

int main(void)
{
    const char *words[] = {"abc", "code", "lambda", "planets", "", "seventeen"};
    /* expected:            yes    no      no        yes       no   no */
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        printf("%-10s %s\n", words[i], length_is_prime(words[i]) ? "yes" : "no");
    return 0;
}
'''

C30A[90] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Find the second smallest *distinct* value in a[0..n-1] in a single pass.
 * Repeated copies of the minimum don't count, so an array whose values are
 * all equal (or that has fewer than two elements) has no answer; in that
 * case the function returns false and leaves *out alone.
 */
bool second_smallest(const int *a, size_t n, int *out)
{
    bool have_min = false, have_second = false;
    int min = 0, second = 0;

    for (size_t i = 0; i < n; i++) {
        int x = a[i];

        if (!have_min || x < min) {
            if (have_min) {          /* old minimum becomes the runner-up */
                second = min;
                have_second = true;
            }
            min = x;
            have_min = true;
        } else if (x != min && (!have_second || x < second)) {
            second = x;
            have_second = true;
        }
    }

    if (have_second)
        *out = second;
    return have_second;
}
'''

C30A[97] = r'''/*
 * Multiply the last digits of two integers.
 *
 *   last_digit_product(256, 43) == 18   (6 * 3)
 *   last_digit_product(70, 5)   == 0
 *   last_digit_product(11, 11)  == 1
 *
 * The sign is ignored: only the units digit of each number matters.
 */
#include <assert.h>
#include <stdlib.h>

int last_digit_product(int a, int b)
{
    int da = abs(a % 10);
    int db = abs(b % 10);
    return da * db;
}

int main(void)
{
    assert(last_digit_product(256, 43) == 18);
    assert(last_digit_product(70, 5) == 0);
    assert(last_digit_product(11, 11) == 1);
    return 0;
}
'''

C30A[112] = r'''#include <stdbool.h>
#include <string.h>

struct filter_result {
    char text[256];     /* s with the unwanted characters removed */
    bool palindrome;    /* does that text read the same backwards? */
};

/*
 * Drop from s every character that also occurs anywhere in `banned`,
 * keeping the rest in order, then report whether what remains is a
 * palindrome.  s is expected to be shorter than sizeof r->text.
 */
void filter_then_check(const char *s, const char *banned, struct filter_result *r)
{
    size_t len = 0;

    for (; *s; s++) {
        if (strchr(banned, *s) == NULL && len + 1 < sizeof r->text)
            r->text[len++] = *s;
    }
    r->text[len] = '\0';

    r->palindrome = true;
    for (size_t i = 0, j = len; i + 1 < j; i++, j--) {
        if (r->text[i] != r->text[j - 1]) {
            r->palindrome = false;
            break;
        }
    }
}
'''

C30A[117] = r'''/*
 * words_by_consonants.c
 *
 * Walk through a line of text and hand every word that contains exactly
 * `want` consonants to a callback, in the order the words appear.  A
 * consonant here is any letter other than a, e, i, o, u (either case), so
 * 'y' counts as a consonant.  The text is assumed to hold only letters and
 * whitespace; an empty string produces no calls.
 *
 * Example: "Green apples taste sweet" with want = 3 reports Green, taste,
 * sweet; with want = 4 it reports only apples.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef void (*word_fn)(const char *word, size_t len, void *ctx);

static int is_vowel(int c)
{
    return strchr("aeiou", tolower(c)) != NULL;
}

void words_with_n_consonants(const char *text, int want, word_fn emit, void *ctx)
{
    const char *p = text;

    while (*p) {
        while (*p && isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;

        const char *start = p;
        int consonants = 0;
        while (*p && !isspace((unsigned char)*p)) {
            if (!is_vowel((unsigned char)*p))
                consonants++;
            p++;
        }
        if (consonants == want)
            emit(start, (size_t)(p - start), ctx);
    }
}

static void print_word(const char *w, size_t len, void *ctx)
{
    (void)ctx;
    printf("%.*s\n", (int)len, w);
}

int main(void)
{
    words_with_n_consonants("Green apples taste sweet", 3, print_word, NULL);
    puts("--");
    words_with_n_consonants("Green apples taste sweet", 4, print_word, NULL);
    return 0;
}
'''

C30A[129] = r'''The trick with this one is that you never need a search. The grid is N x N (N >= 2) and holds each of the numbers 1 .. N*N exactly once. You want the walk of exactly k cells (moving to an edge-adjacent cell each step, revisits allowed, never leaving the grid) whose sequence of values is lexicographically smallest.

The first value of the best walk has to be 1, since every walk that starts elsewhere loses at position one. From the cell holding 1 the best second value is the smallest of its (up to four) neighbours. After that you can just step back onto 1, and 1 is smaller than anything else you could pick, so the optimal walk simply bounces: 1, m, 1, m, ... where m is the smallest neighbour of the 1-cell. So the whole solution is: locate 1, look at its neighbours, and fill the output with the alternating pattern.

```c
/* grid is row-major, n*n ints; out receives k values. */
void smallest_walk(const int *grid, int n, int k, int *out)
{
    int best = n * n + 1;

    for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
            if (grid[r * n + c] != 1)
                continue;
            if (r > 0     && grid[(r - 1) * n + c] < best) best = grid[(r - 1) * n + c];
            if (r < n - 1 && grid[(r + 1) * n + c] < best) best = grid[(r + 1) * n + c];
            if (c > 0     && grid[r * n + c - 1]   < best) best = grid[r * n + c - 1];
            if (c < n - 1 && grid[r * n + c + 1]   < best) best = grid[r * n + c + 1];
        }
    }

    for (int i = 0; i < k; i++)
        out[i] = (i % 2 == 0) ? 1 : best;
}
```

It's O(N^2 + k). The only detail to get right is the bounds check on the neighbours, because the 1 can sit on an edge or in a corner.
'''

C30A[133] = r'''#include <math.h>
#include <stdio.h>

/*
 * Round every value up to the next integer (ceiling), square it, and add the
 * squares together.  Note that ceil() moves negative numbers toward zero, so
 * -0.7 becomes 0 and -3.5 becomes -3.
 *
 *   {0.5, 2.0, -0.7}  ->  1 + 4 + 0 = 5
 *   {2.1, 3}          ->  9 + 9     = 18
 *   {-3.5}            ->  9
 */
long long sum_of_ceil_squares(const double *v, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        long long c = (long long)ceil(v[i]);
        total += c * c;
    }
    return total;
}

int main(void)
{
    double a[] = {0.5, 2.0, -0.7};
    double b[] = {2.1, 3};
    double c[] = {-3.5};

    printf("%lld %lld %lld\n",
           sum_of_ceil_squares(a, 3),
           sum_of_ceil_squares(b, 2),
           sum_of_ceil_squares(c, 1));     /* 5 18 9 */
    return 0;
}
'''

C30A[144] = r'''#include <stdbool.h>
#include <stdio.h>

/*
 * Both arguments are fractions written as "numerator/denominator" with
 * positive whole numbers on both sides (denominators never zero).  Decide
 * whether multiplying the two fractions gives a whole number.
 */
static bool parse_fraction(const char *s, long long *num, long long *den)
{
    return sscanf(s, "%lld/%lld", num, den) == 2;
}

bool product_is_whole(const char *x, const char *y)
{
    long long a, b, c, d;

    if (!parse_fraction(x, &a, &b) || !parse_fraction(y, &c, &d))
        return false;

    /* (a/b) * (c/d) = (a*c) / (b*d): whole exactly when it divides evenly */
    return (a * c) % (b * d) == 0;
}
'''

C30A[152] = r'''/*
 * predictions.c -- scoring for the office tournament pool.
 *
 * For each match we know the real score and the score somebody predicted.
 * The miss for a match is 0 when the prediction was right and otherwise
 * the distance between the two numbers.  Both input arrays and the output
 * array have n entries.
 */
#include <stdlib.h>
#include <stddef.h>

void prediction_misses(const int *actual, const int *predicted, int *miss, size_t n)
{
    for (size_t i = 0; i < n; i++)
        miss[i] = abs(actual[i] - predicted[i]);
}

/* Total miss over all matches: lower is better on the leaderboard. */
long total_miss(const int *miss, size_t n)
{
    long t = 0;
    for (size_t i = 0; i < n; i++)
        t += miss[i];
    return t;
}
'''

C30A[162] = r'''/*
 * md5hex.c - return the MD5 digest of a C string as 32 lowercase hex digits.
 *
 * Build:  cc md5hex.c -o md5hex -lcrypto
 *
 * An empty input is treated as "no value" and gives NULL instead of the
 * digest of zero bytes.  The caller frees the returned string.
 *
 *   md5_hex("abc")  -> "900150983cd24fb0d6963f7d28e17f72"
 *   md5_hex("")     -> NULL
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *md5_hex(const char *text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;
    char *hex;

    if (text == NULL || *text == '\0')
        return NULL;

    if (!EVP_Digest(text, strlen(text), digest, &dlen, EVP_md5(), NULL))
        return NULL;

    hex = malloc(2 * dlen + 1);
    if (!hex)
        return NULL;
    for (unsigned int i = 0; i < dlen; i++)
        sprintf(hex + 2 * i, "%02x", digest[i]);
    return hex;
}

int main(int argc, char **argv)
{
    const char *input = argc > 1 ? argv[1] : "abc";
    char *h = md5_hex(input);

    printf("%s\n", h ? h : "(null)");
    free(h);
    return 0;
}
'''

C_HELDOUT30A[3] = r'''#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * An account opens at 0.  ops[] lists the transactions in order: positive
 * values are deposits, negative ones withdrawals.  Report whether the running
 * balance ever drops below zero at any point along the way.
 *
 *   {10, -5, -6}  -> true   (balance goes 10, 5, -1)
 *   {3, -3, 2}    -> false  (3, 0, 2 -- touching zero is fine)
 *   {}            -> false
 */
bool ever_overdrawn(const int *ops, size_t n)
{
    long balance = 0;

    for (size_t i = 0; i < n; i++) {
        balance += ops[i];
        if (balance < 0)
            return true;
    }
    return false;
}

int main(void)
{
    int a[] = {10, -5, -6};
    int b[] = {3, -3, 2};

    printf("%d %d %d\n", ever_overdrawn(a, 3), ever_overdrawn(b, 3),
           ever_overdrawn(NULL, 0));   /* 1 0 0 */
    return 0;
}
'''

C_HELDOUT30A[63] = r'''/*
 * "Tribonacci with a late start": t(0) = 0, t(1) = 0, t(2) = 1, and every
 * later term is the sum of the three terms before it,
 *
 *     t(n) = t(n-1) + t(n-2) + t(n-3).
 *
 * The naive recursive definition recomputes the same values over and over,
 * so slide a window of three values forward instead: O(n) time, O(1) space.
 */
unsigned long long trib_late(unsigned int n)
{
    unsigned long long a = 0, b = 0, c = 1;   /* t(i), t(i+1), t(i+2) */

    if (n < 2)
        return 0;
    for (unsigned int i = 2; i < n; i++) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return c;
}
'''

C_HELDOUT30A[87] = r'''### Finding every position of a value in a ragged 2D array

Rows of different lengths are common in C when you read line-based data, so the "matrix" is really an array of row pointers plus an array of row lengths. The task: list the (row, column) coordinates of every cell equal to `x`, zero-based, ordered by row ascending, and inside a single row by column *descending*.

Because of that ordering you don't have to sort anything afterwards. Walk the rows top to bottom and scan each row from its last column to its first; the coordinates come out already in the required order.

```c
#include <stddef.h>
#include <stdio.h>

struct coord { size_t row, col; };

/* Writes matches into out (room for `cap` entries) and returns how many were found. */
size_t find_positions(const int *const *rows, const size_t *lens, size_t nrows,
                      int x, struct coord *out, size_t cap)
{
    size_t found = 0;

    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = lens[r]; c-- > 0; ) {
            if (rows[r][c] == x && found < cap) {
                out[found].row = r;
                out[found].col = c;
                found++;
            }
        }
    }
    return found;
}

int main(void)
{
    int r0[] = {7, 3, 7};
    int r2[] = {3, 3};
    const int *rows[] = {r0, NULL, r2};   /* the middle row is empty */
    size_t lens[] = {3, 0, 2};
    struct coord hits[8];

    size_t n = find_positions(rows, lens, 3, 3, hits, 8);
    for (size_t i = 0; i < n; i++)
        printf("(%zu, %zu) ", hits[i].row, hits[i].col);
    putchar('\n');               /* (0, 1) (2, 1) (2, 0) */

    n = find_positions(rows, lens, 3, 7, hits, 8);
    for (size_t i = 0; i < n; i++)
        printf("(%zu, %zu) ", hits[i].row, hits[i].col);
    putchar('\n');               /* (0, 2) (0, 0) */
    return 0;
}
```

The `for (size_t c = lens[r]; c-- > 0; )` form is the usual way to count down with an unsigned index without wrapping around at zero, and it also handles empty rows.
'''

C_HELDOUT30A[91] = r'''#include <ctype.h>
#include <stddef.h>

/*
 * Count the "boring" sentences in a text: the ones that begin with the word
 * "I" (a capital I followed by a space).  Sentences end at '.', '?' or '!';
 * whitespace right after one of those terminators is skipped before the next
 * sentence starts.  The very first sentence starts at the first character.
 */
static int ends_sentence(char c)
{
    return c == '.' || c == '?' || c == '!';
}

int count_boring_sentences(const char *text)
{
    int count = 0;
    const char *p = text;

    for (;;) {
        /* p points at the start of a sentence */
        if (p[0] == 'I' && p[1] == ' ')
            count++;

        while (*p && !ends_sentence(*p))
            p++;
        if (!*p)
            break;

        p++;                                   /* step over the terminator */
        while (*p && isspace((unsigned char)*p))
            p++;
    }
    return count;
}
'''

C_HELDOUT30A[115] = r'''/*
 * wells.c
 *
 * Each row of the grid is one well; a 1 in the row is one unit of water and
 * a 0 is empty.  Every well has its own bucket, all buckets hold `capacity`
 * units, and each lowering of a bucket takes out at most that much.  How many
 * lowerings are needed in total to empty every well?
 *
 * For a well holding w units that is ceil(w / capacity); sum over the rows.
 *
 * Example: rows {1,1,1}, {0,1,0}, {1,0,1}
 *     capacity 2  ->  2 + 1 + 1 = 4
 *     capacity 3  ->  1 + 1 + 1 = 3
 */
#include <stdio.h>

int bucket_trips(int rows, int cols, const int grid[rows][cols], int capacity)
{
    int trips = 0;

    for (int r = 0; r < rows; r++) {
        int water = 0;
        for (int c = 0; c < cols; c++)
            water += grid[r][c];
        trips += (water + capacity - 1) / capacity;   /* rounded-up division */
    }
    return trips;
}

int main(void)
{
    const int g[3][3] = {
        {1, 1, 1},
        {0, 1, 0},
        {1, 0, 1},
    };

    printf("%d\n", bucket_trips(3, 3, g, 2));   /* 4 */
    printf("%d\n", bucket_trips(3, 3, g, 3));   /* 3 */
    return 0;
}
'''

C_HELDOUT30A[119] = r'''#include <stdbool.h>
#include <string.h>

/*
 * We have two strings made only of '(' and ')'.  Can they be glued together,
 * in one order or the other, so that the result is a correctly balanced
 * parenthesis string?  Returns "Yes" or "No".
 */

/* Balanced check over the concatenation first+second, without building it. */
static bool balanced_pair(const char *first, const char *second)
{
    long depth = 0;
    const char *parts[2] = {first, second};

    for (int k = 0; k < 2; k++) {
        for (const char *p = parts[k]; *p; p++) {
            depth += (*p == '(') ? 1 : -1;
            if (depth < 0)
                return false;      /* a ')' with nothing to close */
        }
    }
    return depth == 0;
}

const char *can_glue_balanced(const char *s, const char *t)
{
    return (balanced_pair(s, t) || balanced_pair(t, s)) ? "Yes" : "No";
}
'''

C_HELDOUT30A[135] = r'''#include <stddef.h>

/*
 * Return the largest index i (i >= 1) at which arr[i] is smaller than the
 * element just before it, or -1 when the array never steps down.  The values
 * are distinct, so "not >= previous" is the same as "< previous".
 */
long last_descent(const int *arr, size_t n)
{
    for (size_t i = n; i-- > 1; ) {
        if (arr[i] < arr[i - 1])
            return (long)i;
    }
    return -1;
}
'''

OTHER_C30A.append(r'''/*
 * Fill in the gaps: between every two neighbouring values, insert their sum.
 * The output therefore has 2*n - 1 entries for n >= 1 (none for n == 0).
 *
 *   {1, 4, 2}   ->  {1, 5, 4, 6, 2}
 *   {10, -3}    ->  {10, 7, -3}
 *   {8}         ->  {8}
 */
#include <stdio.h>
#include <stddef.h>

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
    int in[] = {1, 4, 2};
    int out[5];
    size_t k = insert_pair_sums(in, 3, out);

    for (size_t i = 0; i < k; i++)
        printf("%d ", out[i]);
    putchar('\n');        /* 1 5 4 6 2 */
    return 0;
}
''')

OTHER_C30A.append(r'''#include <math.h>
#include <stddef.h>

/*
 * Standardise a sample in place (z-scores): subtract the mean from every
 * value and divide by the population standard deviation, so the result has
 * mean 0 and standard deviation 1.  If all values are equal the deviation is
 * zero; in that case every entry is simply set to 0.
 */
void standardize(double *v, size_t n)
{
    if (n == 0)
        return;

    double mean = 0.0;
    for (size_t i = 0; i < n; i++)
        mean += v[i];
    mean /= (double)n;

    double var = 0.0;
    for (size_t i = 0; i < n; i++)
        var += (v[i] - mean) * (v[i] - mean);
    double sd = sqrt(var / (double)n);

    for (size_t i = 0; i < n; i++)
        v[i] = sd > 0.0 ? (v[i] - mean) / sd : 0.0;
}
''')

OTHER_C30A.append(r'''/*
 * odd_parity_hex.c
 *
 * Count the hex digits in a string whose 4-bit pattern contains an odd
 * number of 1 bits.  Those are 1, 2, 4, 7, 8, B, D and E.  Both upper- and
 * lower-case letters are accepted; anything that isn't a hex digit is
 * skipped.
 *
 *   "1A7"   -> 2   (1 = 0001 and 7 = 0111; A = 1010 is even)
 *   "C0DE"  -> 2   (D = 1101, E = 1110)
 *   "FF"    -> 0
 */
#include <ctype.h>
#include <stdio.h>

static int hex_value(int c)
{
    if (isdigit(c)) return c - '0';
    c = toupper(c);
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int count_odd_parity_digits(const char *s)
{
    int count = 0;

    for (; *s; s++) {
        int v = hex_value((unsigned char)*s);
        if (v < 0)
            continue;
        int bits = (v & 1) + ((v >> 1) & 1) + ((v >> 2) & 1) + ((v >> 3) & 1);
        count += bits & 1;
    }
    return count;
}

int main(void)
{
    printf("%d %d %d\n", count_odd_parity_digits("1A7"),
           count_odd_parity_digits("C0DE"), count_odd_parity_digits("FF"));
    return 0;
}
''')

OTHER_C30A.append(r'''/*
 * A slow-breeding herd: every animal has one calf a year, beginning four
 * years after its own birth, and nothing ever dies.  Starting from a single
 * calf, the herd size follows
 *
 *     h(0) = h(1) = h(2) = h(3) = 1
 *     h(n) = h(n-1) + h(n-4)        for n >= 4
 *
 * i.e. last year's herd plus one newborn for every animal that was already
 * alive four years earlier.  Computed iteratively with a four-slot window.
 */
unsigned long long herd_size(unsigned int n)
{
    unsigned long long h[4] = {1, 1, 1, 1};

    for (unsigned int i = 4; i <= n; i++) {
        /* slot i % 4 currently holds h(i-4); slot (i-1) % 4 holds h(i-1) */
        h[i % 4] = h[(i - 1) % 4] + h[i % 4];
    }
    return h[n % 4];
}
''')

OTHER_C30A.append(r'''#include <stdint.h>
#include <stdio.h>

/*
 * Rotate the bits of a 16-bit value to the left by k positions: bits pushed
 * out at the top come back in at the bottom.  k may be any non-negative
 * number; only k mod 16 matters.
 *
 *   rotl16(0x8001, 1) == 0x0003
 *   rotl16(0x1234, 4) == 0x2341
 *   rotl16(0x00F0, 20) == 0x0F00   (same as rotating by 4)
 */
uint16_t rotl16(uint16_t v, unsigned k)
{
    k &= 15;
    if (k == 0)
        return v;
    return (uint16_t)((v << k) | (v >> (16 - k)));
}

int main(void)
{
    printf("%04X %04X %04X\n", rotl16(0x8001, 1), rotl16(0x1234, 4),
           rotl16(0x00F0, 20));       /* 0003 2341 0F00 */
    return 0;
}
''')

OTHER_C30A.append(r'''#include <ctype.h>
#include <stddef.h>
#include <string.h>

/*
 * balanced_words: copy into `out` (separated by single spaces) every word of
 * `text` that has as many vowels as consonants.  Vowels are a, e, i, o, u in
 * either case; any other letter is a consonant and non-letters are ignored
 * when counting.  Returns the number of words copied.  `out` must be at least
 * as large as `text`.
 */
static int is_vowel(int c)
{
    c = tolower(c);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

int balanced_words(const char *text, char *out)
{
    int kept = 0;
    size_t olen = 0;
    const char *p = text;

    out[0] = '\0';
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        int vowels = 0, consonants = 0;
        while (*p && *p != ' ') {
            if (isalpha((unsigned char)*p)) {
                if (is_vowel((unsigned char)*p))
                    vowels++;
                else
                    consonants++;
            }
            p++;
        }
        size_t wlen = (size_t)(p - w);
        if (wlen > 0 && vowels == consonants) {
            if (kept > 0)
                out[olen++] = ' ';
            memcpy(out + olen, w, wlen);
            olen += wlen;
            out[olen] = '\0';
            kept++;
        }
    }
    return kept;
}
''')

OTHER_C30A.append(r'''Question: given two fractions as strings like `"3/4"` (positive numerator and denominator), how do I check whether their **sum** is a whole number without going through floating point?

Answer: cross-multiply. a/b + c/d = (a*d + c*b) / (b*d), and that's an integer exactly when b*d divides a*d + c*b. With 64-bit integers this is safe for any reasonably sized input:

```c
#include <stdbool.h>
#include <stdio.h>

bool sum_is_integer(const char *f, const char *g)
{
    long long a, b, c, d;

    if (sscanf(f, "%lld/%lld", &a, &b) != 2 || sscanf(g, "%lld/%lld", &c, &d) != 2)
        return false;
    return (a * d + c * b) % (b * d) == 0;
}

int main(void)
{
    printf("%d\n", sum_is_integer("1/3", "2/3"));  /* 1: 3/3 = 1 */
    printf("%d\n", sum_is_integer("1/2", "1/3"));  /* 0: 5/6 */
    printf("%d\n", sum_is_integer("3/4", "5/4"));  /* 1: 8/4 = 2 */
    printf("%d\n", sum_is_integer("2/5", "4/1"));  /* 0: 22/5 */
    return 0;
}
```

If the numbers can get big, reduce each fraction by its gcd first, or compare denominators after reduction, so the products don't overflow.
''')
