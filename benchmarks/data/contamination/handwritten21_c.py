"""Twenty-first batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C21: positives keyed by HumanEval item number, items 4, 6, 26, 30, 32, 38, 40, 41, 44, 46, 48, 56, 62, 70, 72, 92, 96, 104, 106, 108, 112, 116, 120, 124, 125, 126, 130, 134, 136, 146, 150, 152, 153, 158, 160, 161.
  C_HELDOUT21: held-out documents, items 23, 27, 35, 43, 51, 67, 71, 99, 103, 127, 147, 151.
  OTHER_C21: seven C look-alikes with a different rule:
    0. mean absolute difference over all pairs of samples (no centre value), 0 for fewer than two samples
    1. for each space-separated parenthesis group, the number of outermost (top-level) pairs instead of the nesting depth
    2. antiderivative of a polynomial (coefficients lowest power first, constant of integration 0) instead of the derivative
    3. remove repeated values keeping the first occurrence of each, in original order (one copy kept, not all copies dropped)
    4. primes p below a limit such that p + 2 is also prime (lower twin primes), not all primes below the limit
    5. for a '<'/'>' string, the index of the first unmatched '>' or else of the earliest '<' left open, -1 when balanced
    6. sort non-negative integers by number of trailing zero bits (power of two dividing them), ties by value, 0 last
"""

C21 = {}
C_HELDOUT21 = {}
OTHER_C21 = []

C21[4] = r'''/* stats_small.c -- a handful of descriptive statistics helpers used by the
 * sensor log tool. Nothing clever here; everything is a single pass. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>

double stats_mean(const double *v, size_t n)
{
    double total = 0.0;
    for (size_t i = 0; i < n; i++)
        total += v[i];
    return total / (double)n;
}

double stats_spread(const double *v, size_t n)
{
    double lo = v[0], hi = v[0];
    for (size_t i = 1; i < n; i++) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }
    return hi - lo;
}

/*
 * Mean absolute deviation: how far, on average, the samples sit from their
 * own arithmetic mean.
 *
 *     m   = (v[0] + ... + v[n-1]) / n
 *     mad = (|v[0] - m| + ... + |v[n-1] - m|) / n
 *
 * n must be at least 1.
 */
double stats_mad(const double *v, size_t n)
{
    double m = stats_mean(v, n);
    double acc = 0.0;
    for (size_t i = 0; i < n; i++)
        acc += fabs(v[i] - m);
    return acc / (double)n;
}

int main(void)
{
    double a[] = {2.0, 4.0, 6.0, 8.0};   /* mean 5, distances 3 1 1 3 -> 2.0 */
    double b[] = {10.0, 10.0, 10.0};     /* no spread at all           -> 0.0 */
    double c[] = {-1.0, 0.0, 4.0};       /* mean 1, distances 2 1 3   -> 2.0 */

    printf("%.3f\n", stats_mad(a, 4));
    printf("%.3f\n", stats_mad(b, 3));
    printf("%.3f\n", stats_mad(c, 3));
    return 0;
}'''

C21[6] = r'''I had a log format where each line holds several chunks of parentheses
separated by single spaces, and for every chunk I needed to know how deeply
the parens nest inside it. Splitting the line into separate strings felt like
overkill in C, so this walks the line once, keeps a running depth plus the
highest depth seen so far, and flushes that maximum whenever a space (or the
end of the string) closes the current chunk. Runs of spaces simply produce no
extra entries.

```c
#include <stddef.h>

/* Stores the deepest nesting level of every space-separated group of
 * parentheses in `line` into depths[] (never more than `cap` values) and
 * returns how many groups were seen. */
size_t group_depths(const char *line, int *depths, size_t cap)
{
    size_t count = 0;
    int level = 0, deepest = 0, inside = 0;

    for (const char *p = line; ; p++) {
        if (*p == ' ' || *p == '\0') {
            if (inside && count < cap)
                depths[count++] = deepest;
            level = deepest = inside = 0;
            if (*p == '\0')
                break;
            continue;
        }
        inside = 1;
        if (*p == '(') {
            level++;
            if (level > deepest)
                deepest = level;
        } else {
            level--;
        }
    }
    return count;
}
```

The caller just needs an int buffer at least as large as the number of
groups; half the line length plus one is always enough.'''

C21[26] = r'''#include <stddef.h>

/*
 * purge_repeats -- copy into dst only those values of src that occur exactly
 * once in src, preserving their relative order. Anything that shows up two or
 * more times is dropped entirely (all copies, not just the extras).
 * Returns the number of values written to dst.
 *
 *   src = {7, 8, 7, 9}       -> dst = {8, 9},    returns 2
 *   src = {4, 4, 4}          -> dst = {},        returns 0
 *   src = {3, 1, 2}          -> dst = {3, 1, 2}, returns 3
 *
 * Quadratic, which is fine for the short lists this is used on.
 */
static size_t occurrences(const int *a, size_t n, int value)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] == value)
            c++;
    return c;
}

size_t purge_repeats(const int *src, size_t n, int *dst)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (occurrences(src, n, src[i]) == 1)
            dst[kept++] = src[i];
    return kept;
}'''

C21[30] = r'''#include <stdlib.h>

/* Returns a newly allocated array containing just the strictly positive
 * entries of `values`, in their original order, and stores how many there
 * were in *out_len. Zero is not positive and is skipped together with the
 * negatives. The caller frees the result; NULL means the allocation failed. */
int *positives_only(const int *values, int len, int *out_len)
{
    int *res = malloc((size_t)(len > 0 ? len : 1) * sizeof *res);
    int k = 0;

    if (res == NULL) {
        *out_len = 0;
        return NULL;
    }
    for (int i = 0; i < len; i++)
        if (values[i] > 0)
            res[k++] = values[i];
    *out_len = k;
    return res;
}'''

C21[32] = r'''/* roots.c
 *
 * Polynomials are arrays of coefficients, lowest power first:
 *     c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1)
 *
 * poly_root() only promises an answer when n is even and c[n-1] != 0, i.e.
 * the polynomial has odd degree. Such a polynomial heads to opposite
 * infinities on the two sides of the axis, so there is always at least one
 * real root. We grow a symmetric window [-2^k, 2^k] until the end points
 * have opposite signs and then bisect down to ~1e-10. Only one root is
 * returned even if there are several.
 *
 * Examples:
 *     {-8, 0, 0, 1}  is  x^3 - 8   -> about  2.0
 *     {3, -1}        is  3 - x     -> about  3.0
 */
#include <stddef.h>

double poly_eval(const double *c, size_t n, double x)
{
    double acc = 0.0;               /* Horner's rule, from the top down */
    for (size_t i = n; i-- > 0; )
        acc = acc * x + c[i];
    return acc;
}

double poly_root(const double *c, size_t n)
{
    double lo = -1.0, hi = 1.0;

    while (poly_eval(c, n, lo) * poly_eval(c, n, hi) > 0) {
        lo *= 2.0;
        hi *= 2.0;
    }
    while (hi - lo > 1e-10) {
        double mid = 0.5 * (lo + hi);
        if (poly_eval(c, n, mid) * poly_eval(c, n, lo) > 0)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}'''

C21[38] = r'''#include <string.h>

/*
 * A toy scrambler used in the puzzle section of the course.
 *
 * scramble_triples() walks the text in consecutive blocks of three
 * characters and rotates every complete block one place to the left, so the
 * first character of the block moves to its end. A final block of one or two
 * characters is left untouched.
 *
 * unscramble_triples() reverses that: every complete block is rotated one
 * place to the right, which puts the last character back in front.
 *
 * Both functions modify the string in place.
 */

void scramble_triples(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char head = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = head;
    }
}

void unscramble_triples(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char tail = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = tail;
    }
}'''

C21[40] = r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * has_zero_triplet: is there a choice of three entries, taken from three
 * different positions of the array, whose sum is exactly zero?
 *
 * Instead of the obvious triple loop this sorts a private copy and, for each
 * first element, closes in on the remaining two from both ends, which is
 * O(n^2) overall.
 *
 *   {4, -1, -3, 10}  -> true   (4 + -1 + -3)
 *   {2, 2, 2}        -> false
 *   {0, 0}           -> false  (fewer than three values)
 *   {0, 0, 0, 5}     -> true
 */
bool has_zero_triplet(const int *arr, size_t n)
{
    bool found = false;
    int *v;

    if (n < 3)
        return false;
    v = malloc(n * sizeof *v);
    if (v == NULL)
        return false;
    memcpy(v, arr, n * sizeof *v);
    qsort(v, n, sizeof *v, cmp_int);

    for (size_t i = 0; i + 2 < n && !found; i++) {
        size_t lo = i + 1, hi = n - 1;
        while (lo < hi) {
            long long s = (long long)v[i] + v[lo] + v[hi];
            if (s == 0) {
                found = true;
                break;
            }
            if (s < 0)
                lo++;
            else
                hi--;
        }
    }
    free(v);
    return found;
}'''

C21[41] = r'''A classic warm-up puzzle: an endless straight highway, n cars driving east
and another n cars driving west, everyone at the same speed, the two groups
starting very far apart. Call it a crash whenever an eastbound car meets a
westbound one. The cars are indestructible, so after a crash both simply keep
going as if nothing happened. How many crashes are there in total?

Because a crash changes nothing, the cars behave like ghosts passing through
each other: each eastbound car eventually meets every single westbound car,
exactly once. That gives n meetings per eastbound car, n times over.

```c
/* total number of meetings between the two convoys of n cars each */
long long convoy_crashes(long long n)
{
    return n * n;
}
```

No simulation needed, and 64-bit arithmetic keeps it safe for n up to about
three billion.'''

C21[44] = r'''#include <stddef.h>

/*
 * to_radix -- write `value` in the given base (2..9) as a string of decimal
 * digit characters. Because the base stays below ten, no letters are ever
 * needed. `buf` must be large enough for the digits plus the terminating
 * NUL; 33 bytes covers any 32-bit value even in base 2.
 *
 *     to_radix(19, 2, buf)   -> "10011"
 *     to_radix(100, 7, buf)  -> "202"
 *     to_radix(5, 6, buf)    -> "5"
 *
 * The digits come out least significant first, so they are reversed at the
 * end.
 */
char *to_radix(unsigned value, unsigned base, char *buf)
{
    size_t len = 0;

    while (value > 0) {
        buf[len++] = (char)('0' + value % base);
        value /= base;
    }
    buf[len] = '\0';

    for (size_t i = 0, j = len ? len - 1 : 0; i < j; i++, j--) {
        char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }
    return buf;
}'''

C21[46] = r'''/*
 * quad_step(n): n-th term of a four-term recurrence.
 *
 *   q(0) = 0, q(1) = 0, q(2) = 2, q(3) = 0
 *   q(k) = q(k-1) + q(k-2) + q(k-3) + q(k-4)   for k >= 4
 *
 * No recursion: the last four terms live in a small ring buffer, and slot
 * k % 4 always holds q(k-4) right before it gets replaced by q(k), so the
 * new term is just the sum of all four slots.
 */
long long quad_step(int n)
{
    long long w[4] = {0, 0, 2, 0};

    if (n < 4)
        return w[n];
    for (int k = 4; k <= n; k++)
        w[k % 4] = w[0] + w[1] + w[2] + w[3];
    return w[n % 4];
}'''

C21[48] = r'''#include <assert.h>
#include <stdbool.h>
#include <string.h>

/* True when the string is identical to its own reversal. Compares from both
 * ends towards the middle; an empty string trivially qualifies. */
bool reads_same_backwards(const char *s)
{
    size_t n = strlen(s);

    if (n == 0)
        return true;
    for (size_t i = 0, j = n - 1; i < j; i++, j--)
        if (s[i] != s[j])
            return false;
    return true;
}

int main(void)
{
    assert(reads_same_backwards("racecar"));
    assert(reads_same_backwards("q"));
    assert(reads_same_backwards("noon"));
    assert(!reads_same_backwards("abca"));
    assert(!reads_same_backwards("ab"));
    return 0;
}'''

C21[56] = r'''#include <stdbool.h>

/*
 * The input is made of '<' and '>' characters only. Treat '<' as an opener
 * and '>' as a closer and decide whether they pair up properly: a closer may
 * never show up while nothing is open, and nothing may still be open when the
 * string ends.
 */
bool angles_balanced(const char *s)
{
    long open = 0;

    for (; *s != '\0'; s++) {
        open += (*s == '<') ? 1 : -1;
        if (open < 0)
            return false;
    }
    return open == 0;
}'''

C21[62] = r'''/* polyint.c -- integer polynomial utilities.
 * A polynomial is an array c[0..n-1] meaning c[0] + c[1] x + ... + c[n-1] x^(n-1). */
#include <stddef.h>
#include <stdio.h>

void poly_print(const int *c, size_t n)
{
    putchar('[');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", c[i]);
    puts("]");
}

int poly_at(const int *c, size_t n, int x)
{
    int acc = 0;
    for (size_t i = n; i-- > 0; )
        acc = acc * x + c[i];
    return acc;
}

/* Derivative, in the same lowest-power-first layout: term k*c[k] becomes the
 * coefficient of x^(k-1). Writes n-1 values (none for a constant) and returns
 * how many were written.
 *
 *   {5, 0, 3}      i.e. 5 + 3x^2           -> {0, 6}
 *   {1, 4, -2, 1}  i.e. 1 + 4x - 2x^2 + x^3 -> {4, -4, 3}
 *   {9}                                   -> {}
 */
size_t poly_diff(const int *c, size_t n, int *out)
{
    if (n <= 1)
        return 0;
    for (size_t k = 1; k < n; k++)
        out[k - 1] = (int)k * c[k];
    return n - 1;
}'''

C21[70] = r'''#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Rearranges the values so that they alternate between the extremes of what
 * is left: the minimum first, then the maximum of the rest, then the minimum
 * of what remains, and so on. With a sorted copy that is just a matter of
 * taking from the front and the back in turn.
 *
 * out must have room for n ints; in is not modified.
 */
void zigzag_extremes(const int *in, size_t n, int *out)
{
    int *tmp;
    size_t lo, hi, k;
    int from_front = 1;

    if (n == 0)
        return;
    tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL)
        return;
    memcpy(tmp, in, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, ascending);

    lo = 0;
    hi = n - 1;
    for (k = 0; k < n; k++) {
        out[k] = from_front ? tmp[lo++] : tmp[hi--];
        from_front = !from_front;
    }
    free(tmp);
}'''

C21[72] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * A drone can carry a load when two things hold:
 *   - the load is symmetric: the list of weights is the same read from either
 *     end, and
 *   - the total weight is at most `capacity`.
 *
 *   can_lift((int[]){4, 1, 4}, 3, 10)     -> true
 *   can_lift((int[]){4, 1, 4}, 3, 8)      -> false  (9 is over the limit)
 *   can_lift((int[]){1, 2, 1, 3}, 4, 20)  -> false  (not symmetric)
 *   can_lift((int[]){6}, 1, 6)            -> true
 */
bool can_lift(const int *w, size_t n, int capacity)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++)
        total += w[i];
    if (total > capacity)
        return false;

    for (size_t i = 0; i < n / 2; i++)
        if (w[i] != w[n - 1 - i])
            return false;
    return true;
}'''

C21[92] = r'''#include <stdbool.h>

/* A tiny dynamically-typed number, as produced by the config parser: the
 * literal "3" becomes an INT while "3.0" or "2.5" become FLOATs. */
typedef enum { NUM_INT, NUM_FLOAT } num_kind;

typedef struct {
    num_kind kind;
    union {
        long i;
        double f;
    } as;
} number;

number num_int(long v)
{
    number n;
    n.kind = NUM_INT;
    n.as.i = v;
    return n;
}

number num_float(double v)
{
    number n;
    n.kind = NUM_FLOAT;
    n.as.f = v;
    return n;
}

/*
 * True only if all three arguments are integers (any FLOAT, even one holding
 * a whole value, makes the answer false) and one of them equals the sum of
 * the other two.
 */
bool one_is_sum_of_others(number a, number b, number c)
{
    long x, y, z;

    if (a.kind != NUM_INT || b.kind != NUM_INT || c.kind != NUM_INT)
        return false;
    x = a.as.i;
    y = b.as.i;
    z = c.as.i;
    return x + y == z || x + z == y || y + z == x;
}'''

C21[96] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * primes_below: store every prime p with p < limit, in increasing order, in
 * primes[] and return how many there are. Uses a sieve of Eratosthenes.
 * primes[] must have room for limit/2 + 1 entries (a loose bound).
 */
int primes_below(int limit, int *primes)
{
    char *composite;
    int count = 0;

    if (limit < 3)
        return 0;
    composite = calloc((size_t)limit, 1);
    if (composite == NULL)
        return -1;
    for (int i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        primes[count++] = i;
        for (long long j = (long long)i * i; j < limit; j += i)
            composite[j] = 1;
    }
    free(composite);
    return count;
}

static void show(int limit)
{
    int buf[64];
    int n = primes_below(limit, buf);

    printf("below %d:", limit);
    for (int i = 0; i < n; i++)
        printf(" %d", buf[i]);
    putchar('\n');
}

int main(void)
{
    show(12);   /* below 12: 2 3 5 7 11 */
    show(2);    /* below 2: (nothing)   */
    show(3);    /* below 3: 2           */
    show(30);   /* below 30: 2 3 5 7 11 13 17 19 23 29 */
    return 0;
}'''

C21[104] = r'''#include <stdbool.h>
#include <stddef.h>

/* every decimal digit of v (v > 0) is one of 1, 3, 5, 7, 9 */
static bool all_digits_odd(int v)
{
    do {
        if ((v % 10) % 2 == 0)
            return false;
        v /= 10;
    } while (v > 0);
    return true;
}

/*
 * From a list of positive integers, keep the ones that contain no even digit
 * at all and return them in increasing order. Results go to out[] (size n
 * is always enough); the return value is how many were kept.
 */
size_t odd_digit_numbers(const int *in, size_t n, int *out)
{
    size_t m = 0;

    for (size_t i = 0; i < n; i++)
        if (all_digits_odd(in[i]))
            out[m++] = in[i];

    /* insertion sort -- the inputs here are tiny */
    for (size_t i = 1; i < m; i++) {
        int key = out[i];
        size_t j = i;
        while (j > 0 && out[j - 1] > key) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = key;
    }
    return m;
}'''

C21[106] = r'''#include <stdio.h>

/*
 * fill_mixed(n, seq): fill seq[0..n-1] so that the entry for position k
 * (counting from 1) is
 *     k!               when k is even,
 *     1 + 2 + ... + k  when k is odd.
 * Both the running product and the running sum are advanced every step, so
 * the whole thing is a single loop.
 */
void fill_mixed(int n, long long *seq)
{
    long long prod = 1, sum = 0;

    for (int k = 1; k <= n; k++) {
        prod *= k;
        sum += k;
        seq[k - 1] = (k % 2 == 0) ? prod : sum;
    }
}

int main(void)
{
    long long s[8];

    fill_mixed(8, s);
    for (int i = 0; i < 8; i++)
        printf("%lld ", s[i]);
    putchar('\n');          /* 1 2 6 24 15 720 28 40320 */
    return 0;
}'''

C21[108] = r'''/*
 * Signed digit sum: add up the decimal digits of a number, but when the
 * number is negative the minus sign belongs to its leading (most significant)
 * digit only; every other digit still counts as positive.
 */
static int signed_digit_sum(int v)
{
    int negative = v < 0;
    unsigned u = negative ? 0u - (unsigned)v : (unsigned)v;
    int sum = 0, lead = 0;

    while (u != 0) {
        lead = (int)(u % 10);
        sum += lead;
        u /= 10;
    }
    /* the last digit peeled off is the leading one; flip its sign */
    return negative ? sum - 2 * lead : sum;
}

/* How many entries of a[] have a signed digit sum strictly greater than 0. */
int count_positive_digit_sums(const int *a, int n)
{
    int count = 0;

    for (int i = 0; i < n; i++)
        if (signed_digit_sum(a[i]) > 0)
            count++;
    return count;
}'''

C21[112] = r'''#include <stdbool.h>
#include <string.h>

/*
 * strip_and_check -- delete from `text` every character that also appears
 * anywhere in `banned`, write what is left to `out`, and report whether the
 * remaining string is a palindrome. `out` needs strlen(text) + 1 bytes.
 * The result is the pair (out, return value).
 *
 *   strip_and_check("banana", "b", out)   -> out = "anana", true
 *   strip_and_check("hello", "l", out)    -> out = "heo",   false
 *   strip_and_check("rotor x", " x", out) -> out = "rotor", true
 *   strip_and_check("xyz", "zyx", out)    -> out = "",      true
 */
bool strip_and_check(const char *text, const char *banned, char *out)
{
    size_t k = 0;

    for (const char *p = text; *p != '\0'; p++)
        if (strchr(banned, *p) == NULL)
            out[k++] = *p;
    out[k] = '\0';

    for (size_t i = 0; i < k / 2; i++)
        if (out[i] != out[k - 1 - i])
            return false;
    return true;
}'''

C21[116] = r'''#include <stdlib.h>

/* number of 1 bits in the binary form of |v| (the sign plays no role) */
static int set_bits(int v)
{
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    int c = 0;

    while (u) {
        u &= u - 1;     /* clear the lowest set bit */
        c++;
    }
    return c;
}

static int by_bits_then_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int ca = set_bits(a), cb = set_bits(b);

    if (ca != cb)
        return ca - cb;
    return (a > b) - (a < b);
}

/* Sort in place: numbers with fewer ones in binary come first, and numbers
 * with the same count of ones are ordered by their ordinary value. */
void sort_by_set_bits(int *a, size_t n)
{
    qsort(a, n, sizeof *a, by_bits_then_value);
}'''

C21[120] = r'''#include <stdlib.h>
#include <string.h>

static int cmp_asc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * top_k -- the k largest values of arr[0..n-1], written to out[] in
 * ascending order (0 <= k <= n; k == 0 writes nothing). arr is not changed.
 * Returns 0 on success, -1 if memory could not be allocated.
 *
 *   arr = {9, -2, 7, 7, 0}, k = 3   -> out = {7, 7, 9}
 *   arr = {-5, -1},         k = 1   -> out = {-1}
 *   arr = {6, 1, 3},        k = 3   -> out = {1, 3, 6}
 */
int top_k(const int *arr, size_t n, size_t k, int *out)
{
    int *sorted;

    if (k == 0)
        return 0;
    sorted = malloc(n * sizeof *sorted);
    if (sorted == NULL)
        return -1;
    memcpy(sorted, arr, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_asc);
    memcpy(out, sorted + (n - k), k * sizeof *out);
    free(sorted);
    return 0;
}'''

C21[124] = r'''#include <ctype.h>
#include <stdbool.h>

/* Reads a run of decimal digits starting at *pp. Fails on an empty run.
 * Very long runs saturate instead of overflowing, which is harmless because
 * such a field can never be a valid month or day anyway. */
static bool read_number(const char **pp, long *out)
{
    const char *p = *pp;
    long v = 0;
    int digits = 0;

    while (isdigit((unsigned char)*p)) {
        if (v < 100000000L)
            v = v * 10 + (*p - '0');
        p++;
        digits++;
    }
    if (digits == 0)
        return false;
    *out = v;
    *pp = p;
    return true;
}

/*
 * Validates a date written as mm-dd-yyyy (dashes only, surrounding blanks are
 * tolerated). The string must not be empty, the month has to be 1..12 and the
 * day has to fit the month: up to 31 for Jan, Mar, May, Jul, Aug, Oct, Dec,
 * up to 30 for Apr, Jun, Sep, Nov and up to 29 for February. Days below 1 are
 * never accepted. The year is not checked beyond being a number.
 */
bool is_valid_mdy(const char *s)
{
    static const int max_day[13] = {0, 31, 29, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
    long month, day, year;
    const char *p = s;

    while (isspace((unsigned char)*p))
        p++;
    if (!read_number(&p, &month) || *p != '-')
        return false;
    p++;
    if (!read_number(&p, &day) || *p != '-')
        return false;
    p++;
    if (!read_number(&p, &year))
        return false;
    while (isspace((unsigned char)*p))
        p++;
    if (*p != '\0')
        return false;

    if (month < 1 || month > 12)
        return false;
    if (day < 1 || day > max_day[month])
        return false;
    return true;
}'''

C21[125] = r'''/*
 * tokenize.c
 *
 * split_text() behaves differently depending on what the text contains:
 *   1. if there is at least one space, the text is split on whitespace;
 *   2. otherwise, if there is at least one comma, it is split on commas
 *      (and on any other whitespace such as tabs);
 *   3. otherwise nothing is split and the result is a number instead: how
 *      many lowercase letters have an odd position in the alphabet when 'a'
 *      counts as position 0 -- that is, b, d, f, ..., z.
 * Empty pieces are never produced.
 *
 *   "one two"   -> ["one", "two"]
 *   "x,,y,z"    -> ["x", "y", "z"]
 *   "a,b c"     -> ["a,b", "c"]
 *   "hello"     -> 3            (h, l, l)
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int is_count;     /* nonzero: only `count` is meaningful */
    int count;
    char **words;     /* malloc'd array of malloc'd strings */
    size_t nwords;
} split_result;

static int is_sep(char ch, int also_comma)
{
    return isspace((unsigned char)ch) || (also_comma && ch == ',');
}

static void split_on(const char *txt, int also_comma, split_result *r)
{
    size_t cap = strlen(txt) / 2 + 1;
    const char *p = txt;

    r->words = malloc(cap * sizeof *r->words);
    r->nwords = 0;
    while (*p) {
        const char *start;
        size_t len;

        while (*p && is_sep(*p, also_comma))
            p++;
        if (!*p)
            break;
        start = p;
        while (*p && !is_sep(*p, also_comma))
            p++;
        len = (size_t)(p - start);
        r->words[r->nwords] = malloc(len + 1);
        memcpy(r->words[r->nwords], start, len);
        r->words[r->nwords][len] = '\0';
        r->nwords++;
    }
}

split_result split_text(const char *txt)
{
    split_result r = {0, 0, NULL, 0};

    if (strchr(txt, ' ') != NULL) {
        split_on(txt, 0, &r);
    } else if (strchr(txt, ',') != NULL) {
        split_on(txt, 1, &r);
    } else {
        r.is_count = 1;
        for (const char *p = txt; *p; p++)
            if (*p >= 'a' && *p <= 'z' && (*p - 'a') % 2 == 1)
                r.count++;
    }
    return r;
}

void split_result_free(split_result *r)
{
    for (size_t i = 0; i < r->nwords; i++)
        free(r->words[i]);
    free(r->words);
    r->words = NULL;
    r->nwords = 0;
}'''

C21[126] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Checks that a[] is in non-decreasing order, with one extra restriction: a
 * value may occur at most twice. Three or more copies of any number make the
 * answer false even if the order is otherwise fine. Inputs are non-negative
 * integers.
 *
 * In a non-decreasing array equal values are adjacent, so counting the
 * length of each run of equal neighbours is enough.
 */
bool sorted_with_few_repeats(const int *a, size_t n)
{
    size_t run = 1;

    for (size_t i = 1; i < n; i++) {
        if (a[i] < a[i - 1])
            return false;
        if (a[i] == a[i - 1]) {
            if (++run > 2)
                return false;
        } else {
            run = 1;
        }
    }
    return true;
}'''

C21[130] = r'''/*
 * A made-up "tribonacci" variant:
 *
 *   t(0) = 1
 *   t(1) = 3
 *   t(k) = 1 + k / 2                     when k is even
 *   t(k) = t(k - 1) + t(k - 2) + t(k + 1)  when k is odd
 *
 * The odd case refers to the term after it, which looks like it needs
 * recursion in both directions. It doesn't: k + 1 is even, so t(k + 1) is
 * simply 1 + (k + 1) / 2 and a single forward pass fills the table.
 *
 * tri_like(n, out) writes t(0) .. t(n), i.e. n + 1 values, into out.
 */
void tri_like(int n, long long *out)
{
    out[0] = 1;
    if (n == 0)
        return;
    out[1] = 3;
    for (int k = 2; k <= n; k++) {
        if (k % 2 == 0)
            out[k] = 1 + k / 2;
        else
            out[k] = out[k - 1] + out[k - 2] + (1 + (k + 1) / 2);
    }
}'''

C21[134] = r'''#include <stdbool.h>
#include <string.h>

static bool ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Does the text end with a letter that stands on its own? Words are pieces
 * separated by single spaces, so this asks whether the final piece is exactly
 * one letter long. A trailing space makes the final piece empty (false), and
 * a letter glued to the end of a longer word does not count either.
 */
bool ends_with_lone_letter(const char *s)
{
    size_t n = strlen(s);

    if (n == 0 || !ascii_letter(s[n - 1]))
        return false;
    return n == 1 || s[n - 2] == ' ';
}'''

C21[136] = r'''#include <stdbool.h>
#include <stddef.h>

typedef struct {
    bool has_neg;   /* false: there were no negative numbers */
    int max_neg;    /* the negative number closest to zero    */
    bool has_pos;   /* false: there were no positive numbers */
    int min_pos;    /* the positive number closest to zero    */
} sign_extremes;

/*
 * One pass over the list picking out the largest negative value and the
 * smallest positive value. Zero belongs to neither group. A missing side is
 * reported through the has_ flags (think of it as None).
 *
 *   {-8, -2, 5, 3, 0}  -> max_neg = -2,   min_pos = 3
 *   {4, 9}             -> no negative,    min_pos = 4
 *   {-7}               -> max_neg = -7,   no positive
 *   {}  or {0, 0}      -> neither
 */
sign_extremes nearest_to_zero_each_side(const int *a, size_t n)
{
    sign_extremes r = {false, 0, false, 0};

    for (size_t i = 0; i < n; i++) {
        int v = a[i];
        if (v < 0 && (!r.has_neg || v > r.max_neg)) {
            r.has_neg = true;
            r.max_neg = v;
        } else if (v > 0 && (!r.has_pos || v < r.min_pos)) {
            r.has_pos = true;
            r.min_pos = v;
        }
    }
    return r;
}'''

C21[146] = r'''static int leading_digit(int v)
{
    while (v >= 10)
        v /= 10;
    return v;
}

/*
 * Counts the entries that are strictly greater than 10 and whose first and
 * last decimal digits are both odd. Anything at or below 10 (negatives
 * included) is ignored outright.
 */
int count_odd_bookends(const int *a, int n)
{
    int count = 0;

    for (int i = 0; i < n; i++) {
        int v = a[i];
        if (v <= 10)
            continue;
        if ((v % 10) % 2 == 1 && leading_digit(v) % 2 == 1)
            count++;
    }
    return count;
}'''

C21[150] = r'''#include <assert.h>
#include <stdbool.h>

static bool n_is_prime(long n)
{
    if (n < 2)
        return false;
    for (long d = 2; d * d <= n; d++)
        if (n % d == 0)
            return false;
    return true;
}

/* pick_by_primality(n, a, b): hand back a when n is a prime number and b in
 * every other case. */
long pick_by_primality(long n, long a, long b)
{
    return n_is_prime(n) ? a : b;
}

int main(void)
{
    assert(pick_by_primality(11, 100, 200) == 100);
    assert(pick_by_primality(21, 100, 200) == 200);   /* 3 * 7 */
    assert(pick_by_primality(1, 100, 200) == 200);    /* 1 is not prime */
    assert(pick_by_primality(2, -4, 9) == -4);
    assert(pick_by_primality(49, 5, 6) == 6);
    return 0;
}'''

C21[152] = r'''Review comment on `scores.c` in the prediction-league PR:

> The function below fills `err[i]` with how far the i-th guess was from the
> real result of match i: 0 when the guess is spot on, otherwise the absolute
> difference. Both arrays always have the same length.

Looks fine to me. Two small nits: the manual sign flip could be `abs()` from
`<stdlib.h>`, and `n` should be a `size_t` to match the rest of the module.
Here is what I would merge:

```c
#include <stddef.h>
#include <stdlib.h>

void guess_errors(const int *actual, const int *guessed, size_t n, int *err)
{
    for (size_t i = 0; i < n; i++)
        err[i] = abs(actual[i] - guessed[i]);
}
```

The caller owns `err` and must size it like the inputs.'''

C21[153] = r'''#include <ctype.h>
#include <stddef.h>
#include <stdio.h>

/* Strength of a plugin name: the number of uppercase letters minus the
 * number of lowercase letters. Digits and punctuation score nothing. */
static int name_strength(const char *s)
{
    int score = 0;

    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (isupper(ch))
            score++;
        else if (islower(ch))
            score--;
    }
    return score;
}

/*
 * Builds "<base>.<plugin>" in out, where plugin is the strongest of the n
 * candidate names (n >= 1). When several candidates tie for the top score the
 * one listed first is used.
 *
 *   base "Gear", plugins {"fAST", "Slow", "XL"}   -> "Gear.fAST"
 *        (fAST and XL both score 2, fAST comes first)
 *   base "io",   plugins {"zip", "Zip", "ZIP"}    -> "io.ZIP"
 */
void pick_strongest(const char *base, const char *const *plugins, size_t n,
                    char *out, size_t outsz)
{
    size_t best = 0;
    int best_score = name_strength(plugins[0]);

    for (size_t i = 1; i < n; i++) {
        int s = name_strength(plugins[i]);
        if (s > best_score) {
            best_score = s;
            best = i;
        }
    }
    snprintf(out, outsz, "%s.%s", base, plugins[best]);
}'''

C21[158] = r'''#include <stddef.h>
#include <string.h>

static int distinct_chars(const char *w)
{
    unsigned char seen[256] = {0};
    int d = 0;

    for (; *w; w++) {
        unsigned char c = (unsigned char)*w;
        if (!seen[c]) {
            seen[c] = 1;
            d++;
        }
    }
    return d;
}

/*
 * Among n words (n >= 1), return the one made of the largest number of
 * different characters. If several words share that number, the one that
 * comes first alphabetically (strcmp order) wins, regardless of where it sits
 * in the list.
 */
const char *richest_word(const char *const *words, size_t n)
{
    const char *best = words[0];
    int best_d = distinct_chars(best);

    for (size_t i = 1; i < n; i++) {
        int d = distinct_chars(words[i]);
        if (d > best_d || (d == best_d && strcmp(words[i], best) < 0)) {
            best = words[i];
            best_d = d;
        }
    }
    return best;
}'''

C21[160] = r'''/*
 * chain_eval.c
 *
 * Evaluates an expression given as two parallel lists: nums[0..nops] and the
 * operators ops[0..nops-1], where ops[i] sits between nums[i] and nums[i+1].
 * Operators are "+", "-", "*", "//" (floor division) and "**" (power), with
 * the usual precedence: ** binds tightest and groups right to left, then
 * * and //, then + and -, both left to right. Numbers are non-negative.
 *
 *   ops {"*", "+", "**"},  nums {3, 4, 2, 3}   ->  3*4 + 2**3   = 20
 *   ops {"-", "//"},       nums {10, 7, 2}     ->  10 - 7//2    = 7
 *   ops {"**", "**"},      nums {2, 3, 2}      ->  2**(3**2)    = 512
 */
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *const *ops;
    const long long *nums;
    size_t nops;
    size_t pos;          /* index of the number being looked at */
} cursor;

static long long ipow(long long base, long long exp)
{
    long long r = 1;
    while (exp > 0) {
        if (exp & 1)
            r *= base;
        base *= base;
        exp >>= 1;
    }
    return r;
}

static long long floor_div(long long a, long long b)
{
    long long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static int next_op_is(const cursor *c, const char *op)
{
    return c->pos < c->nops && strcmp(c->ops[c->pos], op) == 0;
}

static long long parse_power(cursor *c)
{
    long long base = c->nums[c->pos];
    if (next_op_is(c, "**")) {
        c->pos++;
        return ipow(base, parse_power(c));    /* right associative */
    }
    return base;
}

static long long parse_term(cursor *c)
{
    long long v = parse_power(c);
    for (;;) {
        if (next_op_is(c, "*")) {
            c->pos++;
            v *= parse_power(c);
        } else if (next_op_is(c, "//")) {
            c->pos++;
            v = floor_div(v, parse_power(c));
        } else {
            return v;
        }
    }
}

long long eval_chain(const char *const *ops, const long long *nums, size_t nops)
{
    cursor c = {ops, nums, nops, 0};
    long long v = parse_term(&c);

    for (;;) {
        if (next_op_is(&c, "+")) {
            c.pos++;
            v += parse_term(&c);
        } else if (next_op_is(&c, "-")) {
            c.pos++;
            v -= parse_term(&c);
        } else {
            return v;
        }
    }
}

int main(void)
{
    const char *o1[] = {"*", "+", "**"};
    const long long n1[] = {3, 4, 2, 3};
    const char *o2[] = {"-", "//"};
    const long long n2[] = {10, 7, 2};

    printf("%lld\n", eval_chain(o1, n1, 3));   /* 20 */
    printf("%lld\n", eval_chain(o2, n2, 2));   /* 7 */
    return 0;
}'''

C21[161] = r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * In place:
 *   - if the string has at least one letter, flip the case of every letter
 *     and leave all other characters where they are;
 *   - if it has no letters at all, reverse the whole string instead.
 *
 *   "Abc-9"   -> "aBC-9"
 *   "2024!"   -> "!4202"
 *   "x"       -> "X"
 */
char *flip_or_reverse(char *s)
{
    size_t n = strlen(s);
    int saw_letter = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalpha(c)) {
            s[i] = (char)(isupper(c) ? tolower(c) : toupper(c));
            saw_letter = 1;
        }
    }
    if (!saw_letter && n > 1) {
        for (size_t i = 0, j = n - 1; i < j; i++, j--) {
            char t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }
    return s;
}

int main(void)
{
    char a[] = "Abc-9", b[] = "2024!";
    printf("%s\n%s\n", flip_or_reverse(a), flip_or_reverse(b));
    return 0;
}'''

C_HELDOUT21[23] = r'''/* mystring.c -- re-implementations of a few <string.h> routines for the
 * "no standard library" lab. */
#include <stddef.h>

/* Number of characters before the terminating NUL. */
size_t my_strlen(const char *s)
{
    const char *p = s;

    while (*p != '\0')
        p++;
    return (size_t)(p - s);
}

char *my_strcpy(char *dst, const char *src)
{
    char *d = dst;

    while ((*d++ = *src++) != '\0')
        ;
    return dst;
}

int my_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}'''

C_HELDOUT21[27] = r'''#include <ctype.h>
#include <stdio.h>

/*
 * swap_case: turn every lowercase letter into uppercase and every uppercase
 * letter into lowercase, in place. Non-letters are copied through unchanged.
 *
 *   "MiXeD 42"  -> "mIxEd 42"
 *   "c"         -> "C"
 *   "ALL CAPS!" -> "all caps!"
 */
char *swap_case(char *s)
{
    for (char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (islower(c))
            *p = (char)toupper(c);
        else if (isupper(c))
            *p = (char)tolower(c);
    }
    return s;
}

int main(void)
{
    char demo[] = "MiXeD 42";
    puts(swap_case(demo));
    return 0;
}'''

C_HELDOUT21[35] = r'''#include <stddef.h>

/*
 * Generic "largest element" in the style of qsort/bsearch: returns a pointer
 * to the greatest of the n elements of `size` bytes starting at base, as
 * judged by cmp. For n == 0 it returns NULL. On ties the first one wins.
 */
const void *max_of(const void *base, size_t n, size_t size,
                   int (*cmp)(const void *, const void *))
{
    const char *p = base;
    const char *best = NULL;

    for (size_t i = 0; i < n; i++, p += size)
        if (best == NULL || cmp(p, best) > 0)
            best = p;
    return best;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* convenience wrapper for int arrays; the array must not be empty */
int max_int(const int *a, size_t n)
{
    return *(const int *)max_of(a, n, sizeof *a, cmp_int);
}'''

C_HELDOUT21[43] = r'''#include <assert.h>
#include <stdbool.h>
#include <stddef.h>

/* Is there a pair of entries, at two different positions, that add up to 0? */
bool has_opposite_pair(const int *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if ((long long)v[i] + v[j] == 0)
                return true;
    return false;
}

int main(void)
{
    int a[] = {6, -6, 1};
    int b[] = {3, 0, 4};
    int c[] = {0, 0};
    int d[] = {0};
    int e[] = {-8, 2, 5, 8};

    assert(has_opposite_pair(a, 3));
    assert(!has_opposite_pair(b, 3));
    assert(has_opposite_pair(c, 2));    /* two separate zeros */
    assert(!has_opposite_pair(d, 1));   /* a lone zero is not a pair */
    assert(has_opposite_pair(e, 4));
    return 0;
}'''

C_HELDOUT21[51] = r'''#include <string.h>

/* Copies src into dst leaving out the vowels a, e, i, o, u in both upper and
 * lower case. Everything else, newlines and punctuation included, is kept in
 * order. dst must be at least as large as src; the two may be the same
 * buffer, since the write position never runs ahead of the read position. */
void strip_vowels(const char *src, char *dst)
{
    for (; *src != '\0'; src++)
        if (strchr("aeiouAEIOU", *src) == NULL)
            *dst++ = *src;
    *dst = '\0';
}'''

C_HELDOUT21[67] = r'''A basket holds apples, oranges and mangoes. You get a sentence such as
"3 apples and 4 oranges" plus the total number of fruit in the basket, and
have to say how many mangoes there are. Every space-separated word that is made
purely of digits is a fruit count; subtract all of them from the total.

For example, "3 apples and 4 oranges" with a total of 12 leaves 12 - 3 - 4 = 5
mangoes, and "10 apples and 0 oranges" with a total of 10 leaves 0.

```c
#include <ctype.h>
#include <stdlib.h>

long mangoes_left(const char *desc, long total)
{
    const char *p = desc;

    while (*p) {
        const char *start = p;
        int all_digits = 1;

        while (*p && *p != ' ') {
            if (!isdigit((unsigned char)*p))
                all_digits = 0;
            p++;
        }
        if (p > start && all_digits)
            total -= strtol(start, NULL, 10);
        if (*p == ' ')
            p++;
    }
    return total;
}
```'''

C_HELDOUT21[71] = r'''#include <math.h>
#include <stdio.h>

/*
 * Area of a triangle from its three side lengths (Heron's formula), rounded
 * to two decimal places. If the sides cannot form a proper triangle -- some
 * side is at least as long as the other two together -- the answer is -1.
 *
 *   tri_area(5, 5, 6) -> 12.00
 *   tri_area(2, 3, 4) ->  2.90
 *   tri_area(1, 1, 3) -> -1
 */
double tri_area(double a, double b, double c)
{
    double s, area;

    if (a + b <= c || a + c <= b || b + c <= a)
        return -1;
    s = (a + b + c) / 2.0;
    area = sqrt(s * (s - a) * (s - b) * (s - c));
    return round(area * 100.0) / 100.0;
}

int main(void)
{
    printf("%.2f\n", tri_area(5, 5, 6));
    printf("%.2f\n", tri_area(2, 3, 4));
    printf("%.2f\n", tri_area(1, 1, 3));
    return 0;
}'''

C_HELDOUT21[99] = r'''Q: I get numbers as text (from a CSV) and need the nearest whole number, but
when the value is exactly halfway between two integers it must go away from
zero, so a positive half goes up and a negative half goes down. printf-style
rounding and rint() give me the wrong result on some halves. What should I
use?

A: Parse with strtod() and round with lround(). Unlike rint()/nearbyint(),
which follow the current rounding mode (ties-to-even by default), round() and
lround() are specified to round halfway cases away from zero, which is exactly
the rule you describe:

```c
#include <math.h>
#include <stdlib.h>

long nearest_whole(const char *text)
{
    double v = strtod(text, NULL);   /* empty or junk input parses as 0 */
    return lround(v);
}
```

Trailing zeros after the decimal point do not matter, since strtod reads
them as part of the same value.'''

C_HELDOUT21[103] = r'''#include <stdio.h>

/*
 * avg_to_binary(n, m, buf)
 *
 * Averages all integers from n to m inclusive, rounds the mean to the nearest
 * integer (a mean ending in .5 goes to the even neighbour, the way Python's
 * round() does), and writes the result in binary with a "0b" prefix into buf.
 * If n > m nothing is written and -1 is returned; otherwise 0.
 * n and m are positive. buf needs 3 + 64 bytes at most.
 *
 * The mean of a run of consecutive integers is (n + m) / 2, so the only
 * fractional case is an exact half.
 *
 *   avg_to_binary(1, 3, buf)  -> "0b10"    (mean 2)
 *   avg_to_binary(2, 5, buf)  -> "0b100"   (mean 3.5, rounds to 4)
 *   avg_to_binary(3, 6, buf)  -> "0b100"   (mean 4.5, rounds to 4)
 *   avg_to_binary(9, 4, buf)  -> returns -1
 */
int avg_to_binary(long n, long m, char *buf)
{
    long long s, r;
    char digits[64];
    int len = 0, k = 0;

    if (n > m)
        return -1;
    s = (long long)n + m;
    r = s / 2;
    if (s % 2 != 0 && r % 2 != 0)
        r++;                          /* tie: move to the even neighbour */

    do {
        digits[len++] = (char)('0' + (r & 1));
        r >>= 1;
    } while (r > 0);

    buf[k++] = '0';
    buf[k++] = 'b';
    while (len > 0)
        buf[k++] = digits[--len];
    buf[k] = '\0';
    return 0;
}

int main(void)
{
    char out[80];

    if (avg_to_binary(2, 5, out) == 0)
        puts(out);                    /* 0b100 */
    printf("%d\n", avg_to_binary(9, 4, out));   /* -1 */
    return 0;
}'''

C_HELDOUT21[127] = r'''#include <stdbool.h>

static bool prime(long v)
{
    if (v < 2)
        return false;
    for (long d = 2; d * d <= v; d++)
        if (v % d == 0)
            return false;
    return true;
}

/*
 * Two closed intervals [a_lo, a_hi] and [b_lo, b_hi] with lo <= hi each.
 * Their overlap runs from the larger start to the smaller end, and its length
 * is measured as end minus start. Answer "YES" when that length is a prime
 * number and "NO" otherwise -- including when the intervals do not overlap or
 * only touch at one point.
 */
const char *overlap_len_prime(long a_lo, long a_hi, long b_lo, long b_hi)
{
    long start = a_lo > b_lo ? a_lo : b_lo;
    long end = a_hi < b_hi ? a_hi : b_hi;
    long len = end - start;

    return (len > 0 && prime(len)) ? "YES" : "NO";
}'''

C_HELDOUT21[147] = r'''#include <stdio.h>

/*
 * Build a[1..n] with a[i] = i*i - i + 1 and count the index triples
 * i < j < k for which a[i] + a[j] + a[k] is divisible by 3.
 *
 * Only the residues mod 3 matter. Three residues add up to 0 (mod 3) when
 * they are all equal or all different, so after counting how many terms fall
 * into each class the answer is
 *     C(c0,3) + C(c1,3) + C(c2,3) + c0*c1*c2
 * which is O(n) instead of O(n^3).
 *
 *   n = 4  ->  a = 1 3 7 13       -> 1   (1 + 7 + 13)
 *   n = 7  ->                      -> 10
 *   n = 2  ->                      -> 0
 */
static long long choose3(long long c)
{
    return c < 3 ? 0 : c * (c - 1) * (c - 2) / 6;
}

long long divisible_triples(long n)
{
    long long cnt[3] = {0, 0, 0};

    for (long i = 1; i <= n; i++)
        cnt[(i * i - i + 1) % 3]++;
    return choose3(cnt[0]) + choose3(cnt[1]) + choose3(cnt[2])
         + cnt[0] * cnt[1] * cnt[2];
}

int main(void)
{
    printf("%lld %lld %lld\n", divisible_triples(4), divisible_triples(7),
           divisible_triples(2));
    return 0;
}'''

C_HELDOUT21[151] = r'''#include <math.h>
#include <stddef.h>

/*
 * Adds up the squares of the entries that are odd whole numbers greater than
 * zero. Negative values, zero, even numbers and anything with a fractional
 * part contribute nothing; an empty array gives 0.
 */
long long odd_square_sum(const double *xs, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        double x = xs[i];
        long long k;

        if (x <= 0 || x != floor(x))
            continue;
        k = (long long)x;
        if (k % 2 != 0)
            total += k * k;
    }
    return total;
}'''

OTHER_C21.append(r'''/* spread.c -- another spread measure for the sensor log tool.
 *
 * Instead of comparing every reading with a centre value, this looks at all
 * pairs of readings: it is the average of |v[i] - v[j]| taken over every pair
 * of positions i < j (sometimes called the mean pairwise difference, or Gini
 * mean difference). No centre has to be estimated at all.
 *
 *   {0, 3, 9}    -> pairs 3, 9, 6           -> 6.0
 *   {5, 5, 8}    -> pairs 0, 3, 3           -> 2.0
 *   {7}          -> no pairs                -> 0.0 by convention
 *
 * The direct double loop is O(n^2); fine for a few thousand samples.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>

double mean_pairwise_diff(const double *v, size_t n)
{
    double acc = 0.0;
    size_t pairs = 0;

    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            acc += fabs(v[i] - v[j]);
            pairs++;
        }
    return pairs ? acc / (double)pairs : 0.0;
}

int main(void)
{
    double a[] = {0, 3, 9};
    double b[] = {5, 5, 8};

    printf("%.2f\n", mean_pairwise_diff(a, 3));   /* 6.00 */
    printf("%.2f\n", mean_pairwise_diff(b, 3));   /* 2.00 */
    return 0;
}''')

OTHER_C21.append(r'''#include <stddef.h>

/*
 * The input is a line of balanced parenthesis groups separated by spaces.
 * For each group, report how many outermost pairs it is built from -- the
 * number of times the running depth comes back down to zero inside that
 * group -- rather than how deep it goes. A group that is one big wrapped
 * pair counts as 1 no matter what is inside it.
 *
 * Results go to counts[] (at most cap of them); returns the number of groups.
 */
size_t outer_pair_counts(const char *line, int *counts, size_t cap)
{
    size_t groups = 0;
    int depth = 0, outer = 0, inside = 0;

    for (const char *p = line; ; p++) {
        if (*p == ' ' || *p == '\0') {
            if (inside && groups < cap)
                counts[groups++] = outer;
            depth = outer = inside = 0;
            if (*p == '\0')
                break;
            continue;
        }
        inside = 1;
        if (*p == '(') {
            depth++;
        } else if (--depth == 0) {
            outer++;
        }
    }
    return groups;
}''')

OTHER_C21.append(r'''#include <stddef.h>
#include <stdio.h>

/*
 * Antiderivative of a polynomial stored lowest power first,
 *     c[0] + c[1] x + ... + c[n-1] x^(n-1),
 * choosing 0 as the constant of integration. The coefficient of x^k moves to
 * x^(k+1) and is divided by k+1, so the output has n+1 entries.
 *
 *   {6, 2}       i.e. 6 + 2x         -> {0, 6, 1}         (6x + x^2)
 *   {1, 0, 3}    i.e. 1 + 3x^2       -> {0, 1, 0, 1}      (x + x^3)
 *   {}                               -> {0}
 */
size_t poly_integrate(const double *c, size_t n, double *out)
{
    out[0] = 0.0;
    for (size_t k = 0; k < n; k++)
        out[k + 1] = c[k] / (double)(k + 1);
    return n + 1;
}

int main(void)
{
    double c[] = {1, 0, 3}, r[4];
    size_t m = poly_integrate(c, 3, r);

    for (size_t i = 0; i < m; i++)
        printf("%g ", r[i]);
    putchar('\n');          /* 0 1 0 1 */
    return 0;
}''')

OTHER_C21.append(r'''#include <stdbool.h>
#include <stddef.h>

/*
 * dedupe_keep_first -- squeeze repeated values out of a[0..n-1] in place so
 * that each distinct value appears once, at the position of its first
 * occurrence. Unlike a sort-then-unique approach the original order is kept.
 * Returns the new length.
 *
 *   {3, 1, 3, 2, 1}  -> {3, 1, 2}      returns 3
 *   {5, 5, 5}        -> {5}            returns 1
 *   {9, 8}           -> {9, 8}         returns 2
 */
static bool already_kept(const int *a, size_t kept, int v)
{
    for (size_t i = 0; i < kept; i++)
        if (a[i] == v)
            return true;
    return false;
}

size_t dedupe_keep_first(int *a, size_t n)
{
    size_t kept = 0;

    for (size_t i = 0; i < n; i++)
        if (!already_kept(a, kept, a[i]))
            a[kept++] = a[i];
    return kept;
}''')

OTHER_C21.append(r'''#include <stdlib.h>

/*
 * twin_starts_below(limit, out): every prime p with p < limit for which
 * p + 2 is prime as well (the smaller member of a twin-prime pair), in
 * increasing order. p + 2 itself may be equal to or above the limit.
 * Returns how many were written; out needs about limit/2 slots.
 */
int twin_starts_below(int limit, int *out)
{
    int count = 0;
    char *comp;

    if (limit < 4)
        return 0;
    comp = calloc((size_t)limit + 2, 1);
    if (comp == NULL)
        return -1;
    comp[0] = comp[1] = 1;
    for (long long i = 2; i * i <= limit + 1; i++)
        if (!comp[i])
            for (long long j = i * i; j <= limit + 1; j += i)
                comp[j] = 1;

    for (int p = 2; p < limit; p++)
        if (!comp[p] && !comp[p + 2])
            out[count++] = p;
    free(comp);
    return count;
}''')

OTHER_C21.append(r'''#include <assert.h>

/*
 * first_bad_bracket: the input is a string of '<' and '>' only. Returns -1
 * if every '<' is closed by a later '>' and no '>' appears unmatched.
 * Otherwise returns the position of the first offender:
 *   - the index of a '>' that has nothing open to close, if one occurs, or
 *   - the index of the earliest '<' that is still open at the end.
 */
int first_bad_bracket(const char *s)
{
    int stack[256];
    int top = 0;

    for (int i = 0; s[i] != '\0'; i++) {
        if (s[i] == '<') {
            if (top < 256)
                stack[top] = i;
            top++;
        } else if (top == 0) {
            return i;
        } else {
            top--;
        }
    }
    return top == 0 ? -1 : stack[0];
}

int main(void)
{
    assert(first_bad_bracket("<<>>") == -1);
    assert(first_bad_bracket("<>>") == 2);
    assert(first_bad_bracket("<<><") == 0);
    assert(first_bad_bracket("<>><") == 2);
    assert(first_bad_bracket("") == -1);
    return 0;
}''')

OTHER_C21.append(r'''#include <stdlib.h>

/* how many times v can be halved before it turns odd; 0 is given a count
 * of 32 so that it sorts after everything else */
static int trailing_zero_bits(unsigned v)
{
    int c = 0;

    if (v == 0)
        return 32;
    while ((v & 1u) == 0) {
        v >>= 1;
        c++;
    }
    return c;
}

static int by_twos_then_value(const void *pa, const void *pb)
{
    unsigned a = *(const unsigned *)pa, b = *(const unsigned *)pb;
    int ta = trailing_zero_bits(a), tb = trailing_zero_bits(b);

    if (ta != tb)
        return ta - tb;
    return (a > b) - (a < b);
}

/* Orders non-negative integers by how many factors of two they contain
 * (odd numbers first, then numbers divisible by 2 but not 4, and so on),
 * breaking ties by the value itself. Sorts in place. */
void sort_by_twos(unsigned *a, size_t n)
{
    qsort(a, n, sizeof *a, by_twos_then_value);
}''')
