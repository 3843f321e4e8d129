"""Eleventh batch of hand-written documents, C and Python (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names:
    C11          -- dict int -> str: hand-written C translations of benchmark
                    items (positives), with new identifiers and own comments.
    C_HELDOUT11  -- dict int -> str: the same kind of C documents for held-out
                    items (negatives).
    PY11         -- dict int -> str: hand paraphrases in Python with own
                    solutions (positives).
    PY_HELDOUT11 -- dict int -> str: Python paraphrases of held-out items
                    (negatives).
    OTHER11      -- list of str: small problems close in topic to benchmark
                    items but with a different rule (negatives); 4 C, 2 Python.
"""

C11 = {
    6: r'''#include <stdio.h>
#include <stdlib.h>

/* Walks a line such as "(()) ()((()))" where space-separated clusters of
 * brackets appear, and writes the deepest nesting of each cluster into
 * out[].  Returns how many clusters were found.
 *
 *   "(()) ()((()))"   ->  2 3
 *   "((()())) (())"   ->  3 2
 */
size_t cluster_depths(const char *line, int *out, size_t cap)
{
    size_t found = 0;
    int level = 0, peak = 0, inside = 0;

    for (const char *p = line; ; ++p) {
        char ch = *p;
        if (ch == '(') {
            inside = 1;
            if (++level > peak)
                peak = level;
        } else if (ch == ')') {
            inside = 1;
            --level;
        } else {
            /* a blank or the terminator closes the current cluster */
            if (inside && found < cap)
                out[found++] = peak;
            inside = 0;
            level = peak = 0;
            if (ch == '\0')
                break;
        }
    }
    return found;
}

int main(void)
{
    int depths[16];
    size_t k = cluster_depths("(()) ()((()))", depths, 16);
    for (size_t i = 0; i < k; ++i)
        printf("%d ", depths[i]);
    putchar('\n');
    return 0;
}
''',
    10: r'''#include <stdlib.h>
#include <string.h>

static int span_is_mirror(const char *s, size_t lo, size_t hi)
{
    /* hi is one past the last character */
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        ++lo;
        --hi;
    }
    return 1;
}

/* Builds the shortest palindrome that starts with `word`.
 * Strategy: slide a start index forward until the tail from that index
 * reads the same both ways; whatever came before the tail gets mirrored
 * and glued onto the end.  Caller owns the returned buffer. */
char *extend_to_palindrome(const char *word)
{
    size_t len = strlen(word);
    size_t cut = 0;

    while (cut < len && !span_is_mirror(word, cut, len))
        ++cut;

    char *res = malloc(len + cut + 1);
    if (!res)
        return NULL;
    memcpy(res, word, len);
    for (size_t i = 0; i < cut; ++i)
        res[len + i] = word[cut - 1 - i];
    res[len + cut] = '\0';
    return res;
}
''',
    14: r'''Generating every leading slice of a string in C
===============================================

Python gives you slicing for free; in C we have to allocate each piece.
The function below returns an array of `n` freshly allocated strings,
the first holding one character, the last holding the whole input.

Examples: "code" gives c, co, cod, code; "xy" gives x, xy.

```c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char **leading_slices(const char *text, size_t *count)
{
    size_t n = strlen(text);
    char **parts = malloc(n * sizeof *parts);
    if (n && !parts)
        return NULL;
    for (size_t k = 1; k <= n; ++k) {
        parts[k - 1] = malloc(k + 1);
        memcpy(parts[k - 1], text, k);
        parts[k - 1][k] = '\0';
    }
    *count = n;
    return parts;
}

int main(void)
{
    size_t m;
    char **v = leading_slices("code", &m);
    for (size_t i = 0; i < m; ++i) {
        puts(v[i]);
        free(v[i]);
    }
    free(v);
    return 0;
}
```

Remember to free both the pieces and the outer array.
''',
    21: r'''#include <stddef.h>

/* Linearly maps the values in buf so the minimum lands on 0.0 and the
 * maximum on 1.0.  Works in place.  Needs at least two distinct values,
 * otherwise the span would be zero. */
void normalize_span(double *buf, size_t len)
{
    double lo = buf[0], hi = buf[0];
    for (size_t i = 1; i < len; ++i) {
        if (buf[i] < lo) lo = buf[i];
        if (buf[i] > hi) hi = buf[i];
    }
    double width = hi - lo;
    for (size_t i = 0; i < len; ++i)
        buf[i] = (buf[i] - lo) / width;
}
''',
    25: r'''#include <assert.h>
#include <stdio.h>

/* Splits `value` into its prime factors, smallest first, repeating a
 * prime as often as it divides.  Returns the number of factors stored. */
int prime_breakdown(long value, long *factors)
{
    int cnt = 0;
    long d = 2;
    while (d * d <= value) {
        if (value % d == 0) {
            factors[cnt++] = d;
            value /= d;
        } else {
            ++d;
        }
    }
    if (value > 1)
        factors[cnt++] = value;
    return cnt;
}

int main(void)
{
    long f[64];
    int n;

    n = prime_breakdown(84, f);          /* 2 2 3 7 */
    assert(n == 4 && f[0] == 2 && f[1] == 2 && f[2] == 3 && f[3] == 7);

    n = prime_breakdown(97, f);          /* prime itself */
    assert(n == 1 && f[0] == 97);

    n = prime_breakdown(360, f);         /* 2 2 2 3 3 5 */
    assert(n == 6 && f[5] == 5);

    puts("ok");
    return 0;
}
''',
    26: r'''#include <stdlib.h>

/* Keeps only the entries that appear exactly once in src, preserving
 * their original order.  dst must have room for n ints.  Returns the
 * number of survivors.  Quadratic, which is fine for short inputs. */
size_t keep_singletons(const int *src, size_t n, int *dst)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t seen = 0;
        for (size_t j = 0; j < n; ++j)
            if (src[j] == src[i])
                ++seen;
        if (seen == 1)
            dst[kept++] = src[i];
    }
    return kept;
}
''',
    33: r'''#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Every slot whose index is a multiple of three (0, 3, 6, ...) gets
 * sorted among themselves; every other slot is left untouched.
 * Operates on the array in place. */
void sort_every_third(int *vals, size_t len)
{
    size_t picks = (len + 2) / 3;
    int *tmp = malloc(picks * sizeof *tmp);
    if (!tmp)
        return;
    for (size_t i = 0, k = 0; i < len; i += 3)
        tmp[k++] = vals[i];
    qsort(tmp, picks, sizeof *tmp, cmp_int);
    for (size_t i = 0, k = 0; i < len; i += 3)
        vals[i] = tmp[k++];
    free(tmp);
}
''',
    42: r'''/* bump.c -- add one to every element of an int array.
 *
 * bump_all({0, -1, 9})  -> {1, 0, 10}
 * bump_all({10, 20})    -> {11, 21}
 */
#include <stdio.h>

void bump_all(int *arr, int count)
{
    for (int i = 0; i < count; i++)
        arr[i] += 1;
}

int main(void)
{
    int demo[] = {0, -1, 9};
    bump_all(demo, 3);
    printf("%d %d %d\n", demo[0], demo[1], demo[2]);
    return 0;
}
''',
    53: r'''#include <stdio.h>

/* trivially sums two ints */
static int sum_pair(int left, int right)
{
    return left + right;
}

int main(void)
{
    int p, q;
    if (scanf("%d %d", &p, &q) == 2)
        printf("%d\n", sum_pair(p, q));
    return 0;
}
''',
    65: r'''#include <stdio.h>
#include <string.h>

/* Rotate the decimal digits of `num` to the right by `steps` places and
 * write the result into out as text.  If steps exceeds the digit count
 * the digits are simply written backwards instead.
 *
 *   rotate_digits(1234, 1) -> "4123"
 *   rotate_digits(1234, 3) -> "2341"
 *   rotate_digits(56, 5)   -> "65"     (5 > 2 digits, so reversed)
 */
void rotate_digits(unsigned long num, unsigned steps, char *out)
{
    char txt[32];
    int len = sprintf(txt, "%lu", num);

    if ((int)steps > len) {
        for (int i = 0; i < len; ++i)
            out[i] = txt[len - 1 - i];
        out[len] = '\0';
        return;
    }
    int head = len - (int)steps;
    memcpy(out, txt + head, (size_t)steps);
    memcpy(out + steps, txt, (size_t)head);
    out[len] = '\0';
}
''',
    69: r'''#include <stdlib.h>

/* Given positive ints, look for the largest value v whose number of
 * occurrences is at least v itself.  Gives -1 when nothing qualifies. */
int self_counting_max(const int *xs, int n)
{
    int top = 0;
    for (int i = 0; i < n; i++)
        if (xs[i] > top)
            top = xs[i];

    int *tally = calloc((size_t)top + 1, sizeof *tally);
    if (!tally)
        return -1;
    for (int i = 0; i < n; i++)
        tally[xs[i]]++;

    int best = -1;
    for (int v = 1; v <= top; v++)
        if (tally[v] >= v)
            best = v;
    free(tally);
    return best;
}
''',
    86: r'''Sorting letters inside each word, keeping the spaces
----------------------------------------------------

A small string exercise: each run of non-blank characters gets its bytes
rearranged into ascending ASCII order, while blanks stay exactly where they
were. Some quick checks:

    "dog cat"      -> "dgo act"
    "Zebra apple"  -> "Zaber aelpp"   (uppercase sorts before lowercase)
    "b a"          -> "b a"

```c
#include <string.h>

static void sort_bytes(char *lo, char *hi)
{
    /* insertion sort on [lo, hi) -- words are short */
    for (char *p = lo + 1; p < hi; ++p) {
        char key = *p;
        char *q = p;
        while (q > lo && (unsigned char)q[-1] > (unsigned char)key) {
            *q = q[-1];
            --q;
        }
        *q = key;
    }
}

void order_each_word(char *line)
{
    char *start = line;
    for (char *p = line; ; ++p) {
        if (*p == ' ' || *p == '\0') {
            sort_bytes(start, p);
            if (*p == '\0')
                break;
            start = p + 1;
        }
    }
}
```
''',
}

C_HELDOUT11 = {
    19: r'''#include <stdio.h>
#include <string.h>

/* Input: number words ("zero" .. "nine") separated by spaces.
 * Output: the same words, reordered by the value they name.
 *
 *   "nine two zero"  -> "zero two nine"
 *   "four four one"  -> "one four four"
 *
 * Counting sort over the ten possible words. */
static const char *const WORDS[10] = {
    "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine"
};

void order_number_words(const char *in, char *out)
{
    int bucket[10] = {0};
    char word[8];
    int used = 0;

    while (sscanf(in, "%7s%n", word, &used) == 1) {
        for (int d = 0; d < 10; ++d)
            if (strcmp(word, WORDS[d]) == 0)
                bucket[d]++;
        in += used;
    }

    out[0] = '\0';
    for (int d = 0; d < 10; ++d)
        while (bucket[d]-- > 0) {
            if (out[0])
                strcat(out, " ");
            strcat(out, WORDS[d]);
        }
}
''',
    27: r'''#include <ctype.h>

/* invert letter case in place: a<->A, everything else unchanged */
void swap_letter_case(char *s)
{
    for (; *s; ++s) {
        unsigned char c = (unsigned char)*s;
        if (islower(c))
            *s = (char)toupper(c);
        else if (isupper(c))
            *s = (char)tolower(c);
    }
}
''',
    39: r'''#include <assert.h>
#include <stdbool.h>

static bool prime_p(unsigned long long v)
{
    if (v < 2) return false;
    for (unsigned long long d = 2; d * d <= v; ++d)
        if (v % d == 0) return false;
    return true;
}

/* k-th (1-based) term of the Fibonacci sequence that is also prime. */
unsigned long long kth_fib_prime(int k)
{
    unsigned long long a = 0, b = 1;
    for (;;) {
        unsigned long long c = a + b;
        a = b;
        b = c;
        if (prime_p(b) && --k == 0)
            return b;
    }
}

int main(void)
{
    assert(kth_fib_prime(6) == 233);
    assert(kth_fib_prime(7) == 1597);
    return 0;
}
''',
    47: r'''#include <stdlib.h>

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Middle value of the sample; for an even count, the mean of the two
 * central values.  Sorts a private copy so the caller's data is kept. */
double middle_value(const double *sample, size_t n)
{
    double *copy = malloc(n * sizeof *copy);
    for (size_t i = 0; i < n; ++i)
        copy[i] = sample[i];
    qsort(copy, n, sizeof *copy, by_value);
    double m = (n % 2) ? copy[n / 2]
                       : (copy[n / 2 - 1] + copy[n / 2]) / 2.0;
    free(copy);
    return m;
}
''',
    55: r'''/* Fibonacci, iterative: F(0)=0, F(1)=1, F(k)=F(k-1)+F(k-2). */
unsigned long fibo(unsigned idx)
{
    unsigned long prev = 0, cur = 1;
    if (idx == 0)
        return 0;
    while (--idx)
    {
        unsigned long nxt = prev + cur;
        prev = cur;
        cur = nxt;
    }
    return cur;
}
''',
    71: r'''Heron's formula with a validity check
-------------------------------------

Three side lengths only make a triangle when each pair sums to strictly more
than the remaining side. If that fails we return -1; otherwise Heron's
formula, rounded to two decimals.

    sides 5 5 6  ->  12.00
    sides 2 3 9  ->  -1
    sides 7 8 9  ->  26.83

```c
#include <math.h>

double heron_or_fail(double p, double q, double r)
{
    if (p + q <= r || p + r <= q || q + r <= p)
        return -1.0;
    double half = (p + q + r) / 2.0;
    double sq = half * (half - p) * (half - q) * (half - r);
    return round(sqrt(sq) * 100.0) / 100.0;
}
```
''',
}

PY11 = {
    5: r'''def weave(values, sep):
    """Put `sep` between each neighbouring pair of items in `values`.

    weave([7, 8], 0)     -> [7, 0, 8]
    weave([5], 1)        -> [5]
    weave([1, 1, 1], 2)  -> [1, 2, 1, 2, 1]
    """
    out = []
    for idx, v in enumerate(values):
        if idx:
            out.append(sep)
        out.append(v)
    return out
''',
    25: r'''# Trial division, returning primes with multiplicity in ascending order.

def prime_parts(num):
    parts = []
    p = 2
    while p * p <= num:
        while num % p == 0:
            parts.append(p)
            num //= p
        p += 1
    if num > 1:
        parts.append(num)
    return parts
''',
    45: r'''def tri_area(base_len, height):
    # half of base times the perpendicular height
    return base_len * height / 2
''',
    73: r'''How many edits make a list read the same both ways?
Compare position i with its mirror from the end; every mismatching pair
costs exactly one edit (overwrite one side with the other).

```python
def edits_to_mirror(seq):
    n = len(seq)
    return sum(seq[i] != seq[n - 1 - i] for i in range(n // 2))

assert edits_to_mirror([4, 5, 6, 5, 4]) == 0
assert edits_to_mirror([1, 2, 3, 4]) == 2
assert edits_to_mirror([9, 1, 1, 8]) == 1
```
''',
    88: r'''def parity_sorted(nums):
    """Return a sorted copy of nums (the input is not modified).

    Direction depends on the two ends of the list: if first + last is odd
    sort ascending, if it is even sort descending. Empty stays empty.
    """
    if not nums:
        return []
    descending = (nums[0] + nums[-1]) % 2 == 0
    return sorted(nums, reverse=descending)
''',
    116: r'''def by_popcount(items):
    """Order non-negative ints by how many 1 bits they have; break ties by
    the number itself.

    >>> by_popcount([7, 8, 3, 6])
    [8, 3, 6, 7]
    >>> by_popcount([0, 15, 4, 2])
    [0, 2, 4, 15]
    """
    return sorted(items, key=lambda v: (bin(v).count("1"), v))
''',
}

PY_HELDOUT11 = {
    79: r'''def tagged_binary(n):
    # binary digits of n, wrapped in a "db" marker on each side
    # tagged_binary(6)  -> "db110db"
    # tagged_binary(0)  -> "db0db"
    # tagged_binary(21) -> "db10101db"
    return "db" + format(n, "b") + "db"
''',
    95: r'''def uniform_key_case(mapping):
    """True when the mapping is non-empty and its keys are either all
    lowercase strings or all uppercase strings. Any non-string key, or a
    mix of cases, gives False."""
    keys = list(mapping)
    if not keys or not all(isinstance(k, str) for k in keys):
        return False
    return all(k.islower() for k in keys) or all(k.isupper() for k in keys)
''',
    131: r'''# Multiply together the odd digits of a positive integer; if it has no
# odd digit at all, answer 0.
#
#     odd_digit_product(7305) == 105
#     odd_digit_product(2468) == 0
#     odd_digit_product(19)   == 9

def odd_digit_product(number):
    odds = [int(ch) for ch in str(number) if int(ch) % 2]
    if not odds:
        return 0
    result = 1
    for d in odds:
        result *= d
    return result
''',
}

OTHER11 = [
    r'''#include <stdio.h>

/* For each space-separated group of brackets, count how many bracket
 * pairs it contains (not how deep they go).
 *
 *   "(()) ()((())) (()()())"  ->  2 4 4
 */
int count_pairs_per_group(const char *s, int *out)
{
    int groups = 0, pairs = 0, active = 0;
    for (;; ++s) {
        if (*s == '(') {
            ++pairs;
            active = 1;
        } else if (*s == ' ' || *s == '\0') {
            if (active)
                out[groups++] = pairs;
            pairs = active = 0;
            if (*s == '\0')
                break;
        }
    }
    return groups;
}

int main(void)
{
    int r[8];
    int n = count_pairs_per_group("(()) ()((())) (()()())", r);
    for (int i = 0; i < n; ++i)
        printf("%d ", r[i]);
    printf("\n");
    return 0;
}
''',
    r'''/* List each distinct prime dividing n exactly once, in ascending order.
 * Returns how many were written to primes[]. */
int distinct_primes(unsigned long n, unsigned long *primes)
{
    int k = 0;
    for (unsigned long d = 2; d * d <= n; ++d) {
        if (n % d == 0) {
            primes[k++] = d;
            while (n % d == 0)
                n /= d;
        }
    }
    if (n > 1)
        primes[k++] = n;
    return k;
}
''',
    r'''Deduplicating an array while keeping first occurrences
-----------------------------------------------------

Unlike dropping every value that repeats, here each value survives once,
at the position where it first shows up:

    {3, 1, 3, 2, 1, 5}  ->  {3, 1, 2, 5}
    {4, 4, 4}           ->  {4}

```c
#include <stddef.h>

size_t unique_keep_first(int *a, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t j = 0;
        while (j < w && a[j] != a[i])
            ++j;
        if (j == w)
            a[w++] = a[i];
    }
    return w;
}
```
''',
    r'''#include <stdio.h>
#include <string.h>

/* Rotate the digits of x to the LEFT by k places, wrapping k modulo the
 * number of digits, and print the result as a string into buf. */
void rotate_left_digits(unsigned x, unsigned k, char *buf)
{
    char d[16];
    int len = snprintf(d, sizeof d, "%u", x);
    int s = (int)(k % (unsigned)len);
    memcpy(buf, d + s, (size_t)(len - s));
    memcpy(buf + (len - s), d, (size_t)s);
    buf[len] = '\0';
}
''',
    r'''def order_by_digit_sum(nums):
    """Sort non-negative ints by the sum of their decimal digits; when two
    sums are equal, the larger number comes first.

    >>> order_by_digit_sum([19, 28, 5, 40, 111])
    [111, 40, 5, 28, 19]
    >>> order_by_digit_sum([10, 1, 100, 2])
    [100, 10, 1, 2]
    """
    return sorted(nums, key=lambda v: (sum(int(c) for c in str(v)), -v))
''',
    r'''def even_digit_product(n):
    # product of the even digits of n (zeros included); -1 if there are none
    evens = [int(c) for c in str(abs(n)) if int(c) % 2 == 0]
    if not evens:
        return -1
    out = 1
    for e in evens:
        out *= e
    return out
''',
]
