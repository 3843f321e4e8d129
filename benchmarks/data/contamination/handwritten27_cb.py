"""Twenty-seventh batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C27B: positives keyed by HumanEval item number, items 9, 17, 24, 25, 32, 42, 61, 65, 69, 74, 76, 78, 81, 96, 97, 98, 110, 126, 130, 137, 144, 148, 153, 156.
  C_HELDOUT27B: held-out documents, items 11, 39, 55, 75, 79, 91, 111.
  OTHER_C27B: seven C look-alikes with a different rule:
    0. sliding-window minimum: for width k, the smallest element of each run of k consecutive values (n-k+1 outputs), not a running maximum over the whole prefix.
    1. minimum number of brackets to insert so a '('/')' string becomes properly nested (a count), not a yes/no balance check.
    2. rotate the decimal digits LEFT by k with k reduced modulo the digit count (no reversal case), unlike a right shift that reverses when k is too big.
    3. count hex digits whose value has exactly one bit set (1, 2, 4, 8) instead of prime-valued digits.
    4. parse a lowercase Roman numeral back into an integer (the inverse direction of integer-to-roman).
    5. planets OUTSIDE the band between two planets (closer than the inner one or farther than the outer one), not the ones between them.
    6. whole-number percentage (0-100) to letter grade with +/- chosen by the ones digit (7-9 plus, 0-2 minus, <60 F, 100 A+), not the GPA cut-off table.
"""

C27B = {}
C_HELDOUT27B = {}
OTHER_C27B = []

C27B[9] = r'''/* running_peak.c
 *
 * Small utility from the telemetry dashboard: given a series of readings,
 * report for every position the highest reading seen up to and including
 * that position.  The output series always has the same length as the input.
 *
 *   readings: 5 1 7 7 2 9
 *   peaks:    5 5 7 7 7 9
 */
#include <stdio.h>
#include <stddef.h>

static void running_peak(const int *src, size_t n, int *dst)
{
    if (n == 0)
        return;

    int best = src[0];
    for (size_t i = 0; i < n; i++) {
        if (src[i] > best)
            best = src[i];
        dst[i] = best;
    }
}

static void print_series(const char *label, const int *v, size_t n)
{
    printf("%-9s", label);
    for (size_t i = 0; i < n; i++)
        printf(" %d", v[i]);
    putchar('\n');
}

int main(void)
{
    int readings[] = {5, 1, 7, 7, 2, 9};
    enum { N = sizeof readings / sizeof readings[0] };
    int peaks[N];

    running_peak(readings, N, peaks);
    print_series("readings:", readings, N);
    print_series("peaks:", peaks, N);
    return 0;
}'''

C27B[17] = r'''## Turning a rhythm string into beat counts

For the ear-training app I keep rhythms in a tiny text notation so they are
easy to type into a config file. There are only three symbols, separated by
spaces:

* `o`  - a whole note, worth four beats
* `o|` - a half note, worth two beats
* `.|` - a quarter note, worth one beat

The player needs the length of every note as a number, so the first step is
a tokenizer that walks the string and writes one duration per symbol. Runs
of spaces are tolerated, and an empty string simply produces no notes. I
did not want to allocate inside the parser, so the caller passes the output
buffer and its capacity.

```c
#include <stddef.h>

/*
 * Parse a space separated rhythm string.  Writes the beat count of every
 * symbol to `beats` (at most `cap` entries) and returns how many were
 * written, or -1 for an unknown symbol or a buffer that is too small.
 */
int rhythm_to_beats(const char *score, int *beats, int cap)
{
    int count = 0;
    const char *p = score;

    for (;;) {
        while (*p == ' ')
            p++;
        if (*p == '\0')
            break;

        const char *tok = p;
        while (*p != '\0' && *p != ' ')
            p++;
        size_t len = (size_t)(p - tok);

        int value;
        if (len == 1 && tok[0] == 'o')
            value = 4;
        else if (len == 2 && tok[0] == 'o' && tok[1] == '|')
            value = 2;
        else if (len == 2 && tok[0] == '.' && tok[1] == '|')
            value = 1;
        else
            return -1;

        if (count == cap)
            return -1;
        beats[count++] = value;
    }
    return count;
}
```

Summing the returned array gives the length of the bar, which is what the
metronome view uses to decide where to draw bar lines.'''

C27B[24] = r'''**Q: Largest divisor of n that is smaller than n - is there anything faster than counting down?**

I'm counting down from `n - 1` and returning the first `i` with `n % i == 0`.
It works, but for big primes it walks almost all the way to 1.

**A:** Think about it from the other end. If `d` divides `n`, so does `n / d`,
and the smaller `d` is, the larger `n / d` is. So the biggest proper divisor
is `n` divided by its *smallest* divisor above 1, which is necessarily a prime.
That one is found by trial division up to `sqrt(n)`; if nothing turns up,
`n` is prime and the only smaller divisor is 1.

```c
#include <stdio.h>

/* Largest d < n with n % d == 0, for n >= 2. */
unsigned long largest_proper_divisor(unsigned long n)
{
    for (unsigned long d = 2; d * d <= n; ++d)
        if (n % d == 0)
            return n / d;
    return 1;   /* n is prime */
}

/* Your original version, kept for comparison. */
unsigned long largest_proper_divisor_slow(unsigned long n)
{
    for (unsigned long i = n - 1; i > 0; --i)
        if (n % i == 0)
            return i;
    return 1;
}

int main(void)
{
    printf("%lu\n", largest_proper_divisor(21));   /* 7  */
    printf("%lu\n", largest_proper_divisor(13));   /* 1  */
    printf("%lu\n", largest_proper_divisor(64));   /* 32 */
    return 0;
}
```

Both give the same answers; the first one does at most `sqrt(n)` divisions
instead of up to `n`.'''

C27B[25] = r'''/*
 * numtheory.c - a few integer helpers shared by the puzzle solvers.
 */
#include <stddef.h>

unsigned long gcd_ul(unsigned long a, unsigned long b)
{
    while (b != 0) {
        unsigned long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

unsigned long lcm_ul(unsigned long a, unsigned long b)
{
    if (a == 0 || b == 0)
        return 0;
    return a / gcd_ul(a, b) * b;
}

/*
 * Break n (n >= 2) into primes.  The primes are stored in `out` from the
 * smallest to the largest, each one repeated as many times as it divides n,
 * so multiplying everything in `out` together gives back n.  Returns the
 * number of entries written; 64 slots are always enough for an unsigned long.
 */
size_t prime_factors(unsigned long n, unsigned long *out)
{
    size_t k = 0;

    while (n > 1 && n % 2 == 0) {
        out[k++] = 2;
        n /= 2;
    }
    for (unsigned long p = 3; p * p <= n; p += 2) {
        while (n % p == 0) {
            out[k++] = p;
            n /= p;
        }
    }
    if (n > 1)
        out[k++] = n;
    return k;
}

int is_perfect_power_of_two(unsigned long n)
{
    return n != 0 && (n & (n - 1)) == 0;
}'''

C27B[32] = r'''/*
 * Numerical Methods, week 3 - root finding by bisection
 *
 * A polynomial is stored as an array of coefficients c[0..n-1], constant
 * term first, so {c0, c1, c2} stands for c0 + c1*x + c2*x^2.
 *
 * When the array has an even number of entries (and the last one is not
 * zero) the degree is odd.  An odd-degree polynomial heads to opposite
 * infinities on the two sides of the real line, so it has at least one real
 * root.  The routine below finds one of them:
 *
 *   1. start with the interval [-1, 1];
 *   2. while p(lo) and p(hi) have the same sign, double both ends;
 *   3. halve the interval, keeping the half where the sign changes,
 *      until it is narrower than 1e-10.
 *
 * Only a single root is returned even if the polynomial has several.
 *
 *   {-8, 0, 0, 1}   i.e. x^3 - 8      ->  2.0
 *   {3, -1}         i.e. 3 - x        ->  3.0
 */
#include <stddef.h>
#include <stdio.h>

/* Horner's rule. */
double poly_eval(const double *c, size_t n, double x)
{
    double acc = 0.0;
    for (size_t i = n; i-- > 0; )
        acc = acc * x + c[i];
    return acc;
}

double poly_root_bisect(const double *c, size_t n)
{
    double lo = -1.0, hi = 1.0;

    while (poly_eval(c, n, lo) * poly_eval(c, n, hi) > 0) {
        lo *= 2.0;
        hi *= 2.0;
    }
    while (hi - lo > 1e-10) {
        double mid = (lo + hi) / 2.0;
        if (poly_eval(c, n, mid) * poly_eval(c, n, lo) > 0)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int main(void)
{
    const double cubic[] = {-8, 0, 0, 1};
    const double line[] = {3, -1};

    printf("%.4f\n", poly_root_bisect(cubic, 4));
    printf("%.4f\n", poly_root_bisect(line, 2));
    return 0;
}'''

C27B[42] = r'''Review comments on `util/arrays.c` (PR #212)

> +int *plus_one_copy(const int *values, size_t len)

**reviewer:** Returning NULL both for `len == 0` and for a failed malloc makes
the two cases impossible to tell apart. Also, every call site I can find
throws the input away right after this, so an in-place version would save
the allocation entirely.

**author:** Fair. Kept the copying variant for the one caller that needs the
original, but it now allocates at least one element so NULL only ever means
out of memory. Added the in-place one as well.

```c
#include <stdlib.h>

/* New array, same length, every element one larger.  Caller frees. */
int *plus_one_copy(const int *values, size_t len)
{
    int *out = malloc((len ? len : 1) * sizeof *out);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < len; ++i)
        out[i] = values[i] + 1;
    return out;
}

/* Same thing without allocating: bumps each element by one. */
void plus_one_in_place(int *values, size_t len)
{
    for (int *p = values; p != values + len; ++p)
        ++*p;
}
```

**reviewer:** LGTM.'''

C27B[61] = r'''/* test_parens.c - checker for strings made only of '(' and ')' */
#include <assert.h>
#include <stdbool.h>
#include <stdio.h>

/*
 * The string is properly bracketed when every ')' has an earlier '(' to
 * close and no '(' is left open at the end.  Keeping a running count of
 * currently open brackets is enough: it must never go below zero and must
 * finish at exactly zero.
 */
bool parens_balanced(const char *s)
{
    long open = 0;

    for (; *s != '\0'; ++s) {
        open += (*s == '(') ? 1 : -1;
        if (open < 0)
            return false;
    }
    return open == 0;
}

int main(void)
{
    assert(parens_balanced(""));
    assert(parens_balanced("(())()"));
    assert(parens_balanced("((()))(())"));
    assert(!parens_balanced("())("));
    assert(!parens_balanced("))(("));
    assert(!parens_balanced("((())"));
    puts("all bracket tests passed");
    return 0;
}'''

C27B[65] = r'''#include <stdio.h>
#include <string.h>

/*
 * Rotate the decimal digits of a non-negative integer to the right.
 *
 * Rotating right by k moves the last k digits to the front and keeps the
 * rest in order behind them; the result is handed back as text because the
 * leading digit may well become a zero.  If k is larger than the number of
 * digits there is no sensible rotation to make, and by convention the
 * digits are written back to front instead.
 *
 * `out` must have room for at least 21 bytes (enough for any 64-bit value).
 */
char *rotate_digits_right(unsigned long long value, unsigned k, char *out)
{
    char digits[21];
    int n = snprintf(digits, sizeof digits, "%llu", value);
    size_t len = (size_t)n;

    if (k > len) {
        for (size_t i = 0; i < len; i++)
            out[i] = digits[len - 1 - i];
        out[len] = '\0';
        return out;
    }

    memcpy(out, digits + (len - k), k);
    memcpy(out + k, digits, len - k);
    out[len] = '\0';
    return out;
}'''

C27B[69] = r'''/*
 * Exercise 6.2 - "self-counting" numbers
 *
 * You get a non-empty array of positive integers.  Call a value x
 * self-counting when it appears in the array at least x times (1 needs one
 * copy, 2 needs two copies, and so on).  Report the largest self-counting
 * value, or -1 if the array has none.
 *
 *   {2, 2, 5, 5, 5}       -> 2     (5 shows up only three times)
 *   {1, 4, 4, 4, 4, 4}    -> 4
 *   {3, 3, 7}             -> -1
 */
#include <stdio.h>
#include <stdlib.h>

int largest_self_counting(const int *v, size_t n)
{
    int top = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i] > top)
            top = v[i];
    if (top == 0)
        return -1;

    int *seen = calloc((size_t)top + 1, sizeof *seen);
    if (seen == NULL)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (v[i] > 0)
            seen[v[i]]++;

    /* scan from the top so the first hit is the answer */
    int answer = -1;
    for (int x = top; x >= 1; x--) {
        if (seen[x] >= x) {
            answer = x;
            break;
        }
    }
    free(seen);
    return answer;
}

int main(void)
{
    int a[] = {2, 2, 5, 5, 5};
    int b[] = {1, 4, 4, 4, 4, 4};
    int c[] = {3, 3, 7};

    printf("%d %d %d\n",
           largest_self_counting(a, 5),
           largest_self_counting(b, 6),
           largest_self_counting(c, 3));
    return 0;
}'''

C27B[74] = r'''/* strlist.c - minimal list-of-strings helpers used by the CLI front end */
#include <stdio.h>
#include <string.h>
#include <stddef.h>

struct strlist {
    const char **items;
    size_t count;
};

void strlist_print(const struct strlist *l, FILE *fp)
{
    fputc('[', fp);
    for (size_t i = 0; i < l->count; i++)
        fprintf(fp, "%s\"%s\"", i ? ", " : "", l->items[i]);
    fputs("]\n", fp);
}

int strlist_contains(const struct strlist *l, const char *s)
{
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i], s) == 0)
            return 1;
    return 0;
}

static size_t strlist_chars(const struct strlist *l)
{
    size_t total = 0;
    for (size_t i = 0; i < l->count; i++)
        total += strlen(l->items[i]);
    return total;
}

/*
 * Compare two lists by how many characters their strings hold altogether and
 * return the one with fewer.  On a tie the first list is returned.
 */
const struct strlist *strlist_lighter(const struct strlist *a,
                                      const struct strlist *b)
{
    return strlist_chars(a) <= strlist_chars(b) ? a : b;
}'''

C27B[76] = r'''**Checking whether x is an exact power of n in C (no floating point)**

I needed a test for "is `x` equal to `n` raised to some whole exponent" and
every answer I found used `log(x) / log(n)` and then compared against a
rounded value, which goes wrong for large inputs. Repeated multiplication
is exact and simple enough:

```c
#include <limits.h>
#include <stdbool.h>

/* true when x == base^k for some integer k >= 0 (base must be >= 1) */
bool is_exact_power(long long x, long long base)
{
    if (base < 2)               /* powers of 1 never leave 1 */
        return x == 1;

    long long p = 1;
    while (p < x) {
        if (p > LLONG_MAX / base)
            return false;       /* next step would overflow, so x is not reachable */
        p *= base;
    }
    return p == x;
}
```

Because `k = 0` is allowed, `x = 1` counts as a power of anything. A few
values I checked it with:

| x  | base | result |
|----|------|--------|
| 27 | 3    | true   |
| 1  | 7    | true   |
| 10 | 10   | true   |
| 20 | 4    | false  |
| 5  | 1    | false  |'''

C27B[78] = r'''#include <stddef.h>

/*
 * Hex digits whose numeric value is prime.
 *
 * Of the sixteen hexadecimal digits, six stand for primes: 2, 3, 5, 7,
 * B (eleven) and D (thirteen).  The set is encoded as a 16-bit mask where
 * bit v is set when v is prime, so a lookup is a shift and an AND.
 */
#define PRIME_VALUE_MASK 0x28ACu   /* bits 2, 3, 5, 7, 11, 13 */

static int hex_value(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

/* Number of characters in `hex` that are prime-valued hex digits.
 * An empty string gives 0. */
size_t prime_hex_digit_count(const char *hex)
{
    size_t count = 0;

    for (; *hex != '\0'; ++hex) {
        int v = hex_value(*hex);
        if (v >= 0 && (PRIME_VALUE_MASK >> v) & 1u)
            ++count;
    }
    return count;
}'''

C27B[81] = r'''/*
 * gradebook.c - convert GPAs to letter grades
 *
 * Cut-offs used by the department (a GPA has to be strictly above the
 * number to earn the letter next to it):
 *
 *   exactly 4.0 -> A+
 *   > 3.7 A    > 3.3 A-   > 3.0 B+
 *   > 2.7 B    > 2.3 B-   > 2.0 C+
 *   > 1.7 C    > 1.3 C-   > 1.0 D+
 *   > 0.7 D    > 0.0 D-   otherwise E
 *
 * Example: {3.9, 2.5, 0.0, 3.1, 0.9}  ->  A  B-  E  B+  D
 */
#include <stdio.h>
#include <stddef.h>

struct cutoff {
    double above;
    const char *letter;
};

static const struct cutoff CUTOFFS[] = {
    {3.7, "A"},  {3.3, "A-"}, {3.0, "B+"},
    {2.7, "B"},  {2.3, "B-"}, {2.0, "C+"},
    {1.7, "C"},  {1.3, "C-"}, {1.0, "D+"},
    {0.7, "D"},  {0.0, "D-"},
};

const char *letter_for_gpa(double gpa)
{
    if (gpa == 4.0)
        return "A+";
    for (size_t i = 0; i < sizeof CUTOFFS / sizeof CUTOFFS[0]; i++)
        if (gpa > CUTOFFS[i].above)
            return CUTOFFS[i].letter;
    return "E";
}

void letters_for_gpas(const double *gpas, size_t n, const char **letters)
{
    for (size_t i = 0; i < n; i++)
        letters[i] = letter_for_gpa(gpas[i]);
}

int main(void)
{
    const double gpas[] = {3.9, 2.5, 0.0, 3.1, 0.9};
    const char *letters[5];

    letters_for_gpas(gpas, 5, letters);
    for (size_t i = 0; i < 5; i++)
        printf("%.1f -> %s\n", gpas[i], letters[i]);
    return 0;
}'''

C27B[96] = r'''#include <stdlib.h>

/*
 * primes_below: every prime p with p < limit, in increasing order.
 *
 * Classic sieve of Eratosthenes.  The caller supplies `out`; limit / 2 + 1
 * slots are always enough.  Returns the number of primes stored.  For
 * limit <= 2 there are none.  If the scratch table cannot be allocated the
 * function also returns 0.
 */
size_t primes_below(unsigned limit, unsigned *out)
{
    if (limit <= 2)
        return 0;

    unsigned char *crossed = calloc(limit, 1);
    if (crossed == NULL)
        return 0;

    size_t found = 0;
    for (unsigned i = 2; i < limit; i++) {
        if (crossed[i])
            continue;
        out[found++] = i;
        for (unsigned long long m = (unsigned long long)i * i; m < limit; m += i)
            crossed[m] = 1;
    }

    free(crossed);
    return found;
}'''

C27B[97] = r'''/*
 * warmups.c - solutions to the first batch of digit katas
 */
#include <stdio.h>
#include <stdlib.h>

/* sum of the decimal digits of n, sign ignored */
int digit_sum(long n)
{
    int s = 0;
    if (n < 0)
        n = -n;
    while (n > 0) {
        s += (int)(n % 10);
        n /= 10;
    }
    return s;
}

/* how many decimal digits n has (0 has one) */
int digit_count(long n)
{
    int c = 1;
    while (n >= 10 || n <= -10) {
        n /= 10;
        c++;
    }
    return c;
}

/*
 * Multiply the last digits of two integers.  The sign is ignored, so
 * only the ones digit of each number matters.
 *   23, 47  -> 3 * 7 = 21
 *   580, 9  -> 0 * 9 = 0
 *   6, 6    -> 36
 */
int ones_digit_product(int a, int b)
{
    return abs(a % 10) * abs(b % 10);
}

int main(void)
{
    printf("%d %d %d\n", ones_digit_product(23, 47),
           ones_digit_product(580, 9), ones_digit_product(6, 6));
    printf("%d %d\n", digit_sum(9045), digit_count(-123));
    return 0;
}'''

C27B[98] = r'''#include <string.h>

/*
 * Count the capital vowels (A, E, I, O, U) that sit at an even position of
 * the string, positions being numbered from zero.  Lowercase vowels and
 * anything at an odd position are ignored.
 */
size_t capital_vowels_even_positions(const char *s)
{
    size_t hits = 0;
    size_t len = strlen(s);

    for (size_t i = 0; i < len; i += 2) {
        switch (s[i]) {
        case 'A': case 'E': case 'I': case 'O': case 'U':
            hits++;
            break;
        default:
            break;
        }
    }
    return hits;
}'''

C27B[110] = r'''Problem: two integer arrays `a` and `b`. You may swap any element of `a`
with any element of `b`, as many times as you like. Is it possible to end
up with an `a` that contains only even numbers? Answer "YES" or "NO".

Observation: swaps are unrestricted, so the only thing that matters is
whether `b` can supply an even number for every odd number currently in
`a`. Count the odd values in `a` and the even values in `b` and compare.

Examples: a = {2, 5, 7}, b = {1, 4, 6} gives YES (two odds, two evens to
trade). a = {1, 3, 5}, b = {2, 7, 9} gives NO (three odds but only one
even available).

```c
#include <stddef.h>
#include <stdio.h>

const char *can_make_all_even(const int *a, size_t na,
                              const int *b, size_t nb)
{
    size_t odd_in_a = 0, even_in_b = 0;

    for (size_t i = 0; i < na; i++)
        if (a[i] % 2 != 0)
            odd_in_a++;
    for (size_t i = 0; i < nb; i++)
        if (b[i] % 2 == 0)
            even_in_b++;

    return even_in_b >= odd_in_a ? "YES" : "NO";
}

int main(void)
{
    int a1[] = {2, 5, 7}, b1[] = {1, 4, 6};
    int a2[] = {1, 3, 5}, b2[] = {2, 7, 9};

    puts(can_make_all_even(a1, 3, b1, 3));   /* YES */
    puts(can_make_all_even(a2, 3, b2, 3));   /* NO  */
    return 0;
}
```'''

C27B[126] = r'''Code review follow-up: `sorted_few_repeats`

The spec: given a list of non-negative integers, report whether it is in
ascending order, except that a list in which any value occurs more than
twice is rejected even when it is otherwise in order. A pair of equal
neighbours is fine; three copies of a number are not.

My first draft counted occurrences in a hash map and then did a separate
ordering pass. The reviewer pointed out that once we know the array is
non-decreasing, equal values have to be adjacent, so "appears more than
twice" is the same as "a run of equal neighbours longer than two". And if
the array is not in order we are going to say no anyway. That collapses
everything into one loop with no extra memory:

```c
#include <stdbool.h>
#include <stddef.h>

bool sorted_few_repeats(const int *v, size_t n)
{
    size_t run = 1;   /* length of the current block of equal values */

    for (size_t i = 1; i < n; i++) {
        if (v[i] < v[i - 1])
            return false;
        if (v[i] == v[i - 1]) {
            if (++run > 2)
                return false;
        } else {
            run = 1;
        }
    }
    return true;      /* empty and single-element arrays land here */
}
```'''

C27B[130] = r'''/*
 * seqpuzzle.c - the "tribonacci-like" puzzle sequence
 *
 * The sequence is defined by
 *
 *     t(1) = 3
 *     t(k) = 1 + k / 2                      when k is even
 *     t(k) = t(k - 1) + t(k - 2) + t(k + 1) when k is odd
 *
 * and t(0) is taken to be 1.  The odd rule looks ahead to t(k + 1), but
 * k + 1 is even, so t(k + 1) = 1 + (k + 1) / 2 = (k + 3) / 2 and the
 * values can be produced left to right.  All terms are whole numbers.
 *
 * seq_terms fills out[0..n] (n + 1 values).  For n = 12 that is
 *     1 3 2 8 3 15 4 24 5 35 6 48 7
 */
#include <stdio.h>

void seq_terms(unsigned n, long long *out)
{
    out[0] = 1;
    if (n == 0)
        return;
    out[1] = 3;
    for (unsigned k = 2; k <= n; k++) {
        if (k % 2 == 0)
            out[k] = 1 + k / 2;
        else
            out[k] = out[k - 1] + out[k - 2] + (k + 3) / 2;
    }
}

int main(void)
{
    long long t[13];
    seq_terms(12, t);
    for (int i = 0; i <= 12; i++)
        printf("%lld%c", t[i], i == 12 ? '\n' : ' ');
    return 0;
}'''

C27B[137] = r'''#include <stddef.h>
#include <stdlib.h>

/*
 * A value that may arrive as an int, a double, or a string holding a real
 * number.  Strings coming from European-locale spreadsheets use a comma as
 * the decimal separator, so both "3.25" and "3,25" have to be understood.
 */
enum loose_kind { LOOSE_INT, LOOSE_REAL, LOOSE_TEXT };

struct loose_num {
    enum loose_kind kind;
    union {
        long i;
        double r;
        const char *text;
    } as;
};

static double loose_to_double(const struct loose_num *v)
{
    switch (v->kind) {
    case LOOSE_INT:
        return (double)v->as.i;
    case LOOSE_REAL:
        return v->as.r;
    case LOOSE_TEXT: {
        char buf[64];
        size_t k = 0;
        for (const char *p = v->as.text; *p != '\0' && k + 1 < sizeof buf; ++p)
            buf[k++] = (*p == ',') ? '.' : *p;
        buf[k] = '\0';
        return strtod(buf, NULL);
    }
    }
    return 0.0;
}

/*
 * Returns a pointer to whichever argument holds the bigger number, so the
 * caller gets it back in its original representation (a string stays a
 * string, comma and all).  Returns NULL when the two are numerically equal.
 */
const struct loose_num *loose_max(const struct loose_num *a,
                                  const struct loose_num *b)
{
    double x = loose_to_double(a);
    double y = loose_to_double(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}'''

C27B[144] = r'''**Q:** Given two fractions as strings like `"3/4"` and `"8/3"`, how do I tell
whether their product is a whole number? Multiplying out overflows for me
on some inputs.

**A:** Cancel before you multiply. Reduce each fraction on its own, then
cancel the numerator of each against the denominator of the *other*. After
that nothing can cancel any more, so the product is an integer exactly when
both remaining denominators are 1, and you never form a product at all.

```c
#include <stdbool.h>
#include <stdio.h>

static long long gcd_ll(long long a, long long b)
{
    while (b) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* x and y look like "p/q" with p, q positive */
bool fraction_product_is_whole(const char *x, const char *y)
{
    long long a, b, c, d, g;

    if (sscanf(x, "%lld/%lld", &a, &b) != 2 ||
        sscanf(y, "%lld/%lld", &c, &d) != 2)
        return false;

    g = gcd_ll(a, b); a /= g; b /= g;
    g = gcd_ll(c, d); c /= g; d /= g;
    g = gcd_ll(a, d); a /= g; d /= g;
    g = gcd_ll(c, b); c /= g; b /= g;

    return b == 1 && d == 1;
}

int main(void)
{
    printf("%d\n", fraction_product_is_whole("3/4", "8/3"));  /* 1: 24/12 = 2 */
    printf("%d\n", fraction_product_is_whole("2/7", "7/4"));  /* 0: 1/2       */
    printf("%d\n", fraction_product_is_whole("9/2", "2/3"));  /* 1: 3         */
    return 0;
}
```'''

C27B[148] = r'''/* solar.c - lookups on the eight planets, innermost first */
#include <stddef.h>
#include <string.h>

static const char *const PLANETS[] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune",
};
enum { PLANET_COUNT = sizeof PLANETS / sizeof PLANETS[0] };

/* position from the Sun (0 = Mercury), or -1 for a name we don't know */
int planet_index(const char *name)
{
    for (int i = 0; i < PLANET_COUNT; i++)
        if (strcmp(PLANETS[i], name) == 0)
            return i;
    return -1;
}

/*
 * Collect the planets whose orbits lie strictly between the orbits of the
 * two named planets, ordered from the one nearest the Sun outwards.  The
 * two names can come in either order.  If either name is not a planet, or
 * both name the same planet, nothing is collected.  Returns the number of
 * names stored in `out` (at most 6).
 */
size_t planets_between(const char *first, const char *second,
                       const char *out[])
{
    int i = planet_index(first);
    int j = planet_index(second);

    if (i < 0 || j < 0 || i == j)
        return 0;
    if (i > j) {
        int t = i;
        i = j;
        j = t;
    }

    size_t n = 0;
    for (int k = i + 1; k < j; k++)
        out[n++] = PLANETS[k];
    return n;
}'''

C27B[153] = r'''// plugin_pick.c
//
// Plugins are attached to a class by name, and when several are offered we
// keep the "strongest" one.  The strength of a name is
//
//     (number of uppercase letters) - (number of lowercase letters)
//
// Digits and punctuation count for neither side.  The winner is reported as
// "ClassName.PluginName"; if two names are equally strong, the one listed
// first wins.
//
// Example: class "Widget" with {"fooBAR", "XYz", "abc"}
//   fooBAR -> 3 - 3 = 0,  XYz -> 2 - 1 = 1,  abc -> 0 - 3 = -3
//   result: "Widget.XYz"

#include <ctype.h>
#include <stdio.h>

static int name_strength(const char *s)
{
    int upper = 0, lower = 0;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (isupper(ch))
            upper++;
        else if (islower(ch))
            lower++;
    }
    return upper - lower;
}

// Writes the result into out (capacity cap).  Returns 0 on success, -1 if
// there are no candidates or the buffer is too small.
int strongest_plugin(const char *cls, const char *const *names, size_t n,
                     char *out, size_t cap)
{
    if (n == 0)
        return -1;

    size_t best = 0;
    int best_score = name_strength(names[0]);
    for (size_t i = 1; i < n; i++) {
        int score = name_strength(names[i]);
        if (score > best_score) {
            best = i;
            best_score = score;
        }
    }

    int w = snprintf(out, cap, "%s.%s", cls, names[best]);
    return (w < 0 || (size_t)w >= cap) ? -1 : 0;
}

int main(void)
{
    const char *names[] = {"fooBAR", "XYz", "abc"};
    char buf[64];

    if (strongest_plugin("Widget", names, 3, buf, sizeof buf) == 0)
        puts(buf);   // Widget.XYz
    return 0;
}'''

C27B[156] = r'''#include <stdio.h>

/*
 * Lowercase Roman numerals, built one decimal digit at a time.
 *
 * Each decimal place has its own ten spellings, so the numeral is just the
 * thousands, hundreds, tens and ones spellings glued together.  Valid for
 * 1 through 3999; `buf` needs 16 bytes.  Returns buf, or NULL if the value
 * is out of range.
 */
char *roman_lowercase(unsigned value, char *buf, size_t cap)
{
    static const char *const thousands[] = {"", "m", "mm", "mmm"};
    static const char *const hundreds[] = {
        "", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"};
    static const char *const tens[] = {
        "", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    static const char *const ones[] = {
        "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

    if (value == 0 || value > 3999)
        return NULL;

    snprintf(buf, cap, "%s%s%s%s",
             thousands[value / 1000],
             hundreds[value / 100 % 10],
             tens[value / 10 % 10],
             ones[value % 10]);
    return buf;
}'''

C_HELDOUT27B[11] = r'''/*
 * bitstr.c - bitwise operations on strings of '0' and '1'
 *
 * Sometimes the bit patterns come in as text (from a config file or a
 * test vector) and converting them to integers would limit their length.
 * These helpers work directly on the characters.  The output is as long as
 * the shorter input; `out` needs that many bytes plus the terminator.
 *
 *   xor("1100", "1010") -> "0110"
 *   and("1100", "1010") -> "1000"
 */
#include <stdio.h>

char *bitstr_xor(const char *a, const char *b, char *out)
{
    size_t i = 0;
    for (; a[i] != '\0' && b[i] != '\0'; i++)
        out[i] = (a[i] == b[i]) ? '0' : '1';
    out[i] = '\0';
    return out;
}

char *bitstr_and(const char *a, const char *b, char *out)
{
    size_t i = 0;
    for (; a[i] != '\0' && b[i] != '\0'; i++)
        out[i] = (a[i] == '1' && b[i] == '1') ? '1' : '0';
    out[i] = '\0';
    return out;
}

int main(void)
{
    char buf[8];
    puts(bitstr_xor("1100", "1010", buf));
    puts(bitstr_and("1100", "1010", buf));
    return 0;
}'''

C_HELDOUT27B[39] = r'''#include <stdbool.h>
#include <stdint.h>

/* Trial division by 2 and then odd numbers up to the square root. */
static bool is_prime_u64(uint64_t v)
{
    if (v < 2)
        return false;
    if (v % 2 == 0)
        return v == 2;
    for (uint64_t d = 3; d * d <= v; d += 2)
        if (v % d == 0)
            return false;
    return true;
}

/*
 * Walk the Fibonacci sequence and return the n-th term (counting from 1)
 * that is also a prime number.  Only a handful of these fit in 64 bits and
 * trial division gets slow beyond the first dozen, so keep n small.
 */
uint64_t nth_fibonacci_prime(unsigned n)
{
    uint64_t prev = 0, cur = 1;

    for (;;) {
        uint64_t next = prev + cur;
        prev = cur;
        cur = next;
        if (is_prime_u64(cur)) {
            if (--n == 0)
                return cur;
        }
    }
}'''

C_HELDOUT27B[55] = r'''Iterative Fibonacci in C
------------------------

The textbook recursive definition (`F(0) = 0`, `F(1) = 1`, each later term
the sum of the two before it) recomputes the same values over and over and
takes exponential time. Carrying the last two terms forward in a loop gives
the same numbers in linear time and constant space:

```c
#include <assert.h>
#include <stdint.h>

uint64_t fibonacci(unsigned n)
{
    uint64_t a = 0, b = 1;      /* F(i), F(i+1) */

    while (n-- > 0) {
        uint64_t t = a + b;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    assert(fibonacci(0) == 0);
    assert(fibonacci(2) == 1);
    assert(fibonacci(7) == 13);
    assert(fibonacci(20) == 6765);
    return 0;
}
```

With 64-bit unsigned arithmetic this is exact up to `F(93)`.'''

C_HELDOUT27B[75] = r'''#include <stdbool.h>

/*
 * Is `a` the product of exactly three primes?  The primes need not be
 * different, so 2 * 2 * 3 qualifies.  Equivalently: counting prime factors
 * with multiplicity gives exactly three.  The inputs this is used with are
 * small (well under a hundred), so plain trial division is plenty.
 */
bool is_three_prime_product(int a)
{
    if (a < 2)
        return false;

    int factors = 0;
    for (int p = 2; p * p <= a; p++) {
        while (a % p == 0) {
            a /= p;
            if (++factors > 3)
                return false;
        }
    }
    if (a > 1)
        factors++;          /* whatever is left over is itself prime */

    return factors == 3;
}'''

C_HELDOUT27B[79] = r'''The legacy reporting tool expects binary numbers wrapped in a marker: the
two letters `db` before and after the digits. So 5 is written `db101db`,
1 is `db1db` and 40 is `db101000db`. Zero gets a single `0` between the
markers. Here is the formatter I use when generating its input files:

```c
#include <stdio.h>

/* `out` must hold at least 69 bytes for a 64-bit value. */
char *to_db_binary(unsigned long long value, char *out)
{
    char digits[65];
    int n = 0;

    do {
        digits[n++] = (char)('0' + (value & 1u));
        value >>= 1;
    } while (value != 0);

    char *p = out;
    *p++ = 'd';
    *p++ = 'b';
    while (n > 0)
        *p++ = digits[--n];
    *p++ = 'd';
    *p++ = 'b';
    *p = '\0';
    return out;
}

int main(void)
{
    char buf[70];
    puts(to_db_binary(5, buf));    /* db101db    */
    puts(to_db_binary(40, buf));   /* db101000db */
    return 0;
}
```'''

C_HELDOUT27B[91] = r'''#include <ctype.h>
#include <stdbool.h>

/*
 * Count "I-sentences" in a block of text.
 *
 * The text is cut into sentences at every '.', '?' and '!'.  Whitespace
 * right after a terminator is skipped, so the next sentence begins at its
 * first visible character.  A sentence counts when it opens with the word
 * "I" on its own, i.e. the capital letter I immediately followed by a
 * space.  The very first sentence begins at the start of the string.
 */
static bool is_terminator(char c)
{
    return c == '.' || c == '?' || c == '!';
}

int count_i_sentences(const char *text)
{
    int count = 0;
    const char *p = text;

    for (;;) {
        if (p[0] == 'I' && p[1] == ' ')
            count++;

        while (*p != '\0' && !is_terminator(*p))
            p++;
        if (*p == '\0')
            break;

        p++;                                  /* past the terminator */
        while (*p != '\0' && isspace((unsigned char)*p))
            p++;
    }
    return count;
}'''

C_HELDOUT27B[111] = r'''/*
 * letter_hist.c - most frequent letters in a space separated list
 *
 * Input is a string of single lowercase letters separated by spaces, e.g.
 * "c a c d a c".  The function finds the highest number of times any letter
 * occurs and reports every letter that reaches it.  Ties are all reported.
 *
 *   "c a c d a c"  -> c:3
 *   "x y"          -> x:1 y:1
 *   ""             -> (nothing)
 *
 * `counts` receives 26 entries, one per letter a..z; letters that are not
 * among the most frequent get 0.  The return value is the top count (0 for
 * an empty input).
 */
#include <stdio.h>
#include <string.h>

int top_letters(const char *text, int counts[26])
{
    int tally[26] = {0};
    int top = 0;

    for (const char *p = text; *p; p++) {
        if (*p >= 'a' && *p <= 'z') {
            int c = ++tally[*p - 'a'];
            if (c > top)
                top = c;
        }
    }
    for (int i = 0; i < 26; i++)
        counts[i] = (top > 0 && tally[i] == top) ? top : 0;
    return top;
}

static void show(const char *text)
{
    int counts[26];
    top_letters(text, counts);
    printf("\"%s\" ->", text);
    for (int i = 0; i < 26; i++)
        if (counts[i])
            printf(" %c:%d", 'a' + i, counts[i]);
    putchar('\n');
}

int main(void)
{
    show("c a c d a c");
    show("x y");
    show("");
    return 0;
}'''

OTHER_C27B.append(r'''/*
 * window_min.c - minimum over a sliding window
 *
 * For an array v[0..n-1] and a window width k (1 <= k <= n), produce
 * n - k + 1 values: out[i] is the smallest element of v[i .. i+k-1].
 * A monotonic deque of indices keeps the whole thing O(n): indices whose
 * values can never again be the minimum are dropped from the back, and the
 * index that has slid out of the window is dropped from the front.
 *
 *   v = {4, 2, 12, 3, 8, 1}, k = 3   ->   2 2 3 1
 */
#include <stdio.h>
#include <stdlib.h>

size_t window_min(const int *v, size_t n, size_t k, int *out)
{
    if (k == 0 || k > n)
        return 0;

    size_t *dq = malloc(n * sizeof *dq);
    if (dq == NULL)
        return 0;

    size_t head = 0, tail = 0, produced = 0;
    for (size_t i = 0; i < n; i++) {
        while (tail > head && v[dq[tail - 1]] >= v[i])
            tail--;
        dq[tail++] = i;
        if (dq[head] + k <= i)
            head++;
        if (i + 1 >= k)
            out[produced++] = v[dq[head]];
    }
    free(dq);
    return produced;
}

int main(void)
{
    int v[] = {4, 2, 12, 3, 8, 1};
    int out[6];
    size_t m = window_min(v, 6, 3, out);

    for (size_t i = 0; i < m; i++)
        printf("%d ", out[i]);
    putchar('\n');
    return 0;
}''')

OTHER_C27B.append(r'''#include <stddef.h>

/*
 * Minimum number of brackets that must be inserted into a string of '('
 * and ')' to make it properly nested.
 *
 * Scan left to right keeping the number of unmatched '('.  A ')' that has
 * nothing to close needs a '(' inserted before it; whatever '(' are still
 * open at the end each need a ')' appended.  The two tallies added together
 * are the answer, and 0 means the string is already fine.
 */
size_t brackets_to_insert(const char *s)
{
    size_t open = 0, missing_open = 0;

    for (; *s != '\0'; ++s) {
        if (*s == '(') {
            open++;
        } else if (*s == ')') {
            if (open > 0)
                open--;
            else
                missing_open++;
        }
    }
    return missing_open + open;
}''')

OTHER_C27B.append(r'''Rotating the digits of a number to the left
===========================================

For the "cyclic numbers" puzzle I need to rotate the decimal digits of a
number to the left: the first `k` digits move to the end. Rotating by the
number of digits brings you back to where you started, so `k` is simply
reduced modulo the digit count; any `k`, however large, is allowed. The
result stays a string because rotating can bring a zero to the front.

* 12345 rotated left by 2 gives "34512"
* 12345 rotated left by 7 gives "34512" as well (7 mod 5 = 2)
* 907 rotated left by 1 gives "079"

```c
#include <stdio.h>
#include <string.h>

/* out needs at least 21 bytes */
char *rotate_digits_left(unsigned long long value, unsigned long k, char *out)
{
    char d[21];
    size_t len = (size_t)snprintf(d, sizeof d, "%llu", value);
    size_t s = k % len;

    memcpy(out, d + s, len - s);
    memcpy(out + (len - s), d, s);
    out[len] = '\0';
    return out;
}

int main(void)
{
    char buf[21];
    puts(rotate_digits_left(12345, 2, buf));
    puts(rotate_digits_left(12345, 7, buf));
    puts(rotate_digits_left(907, 1, buf));
    return 0;
}
```''')

OTHER_C27B.append(r'''#include <ctype.h>
#include <stddef.h>

/*
 * How many digits of a hexadecimal string have a single bit set, i.e. are
 * 1, 2, 4 or 8?  Used by the register dump viewer to flag nibbles that
 * encode exactly one flag.  Zero has no bits set and is not counted.
 * Characters that are not hex digits are skipped.
 */
size_t single_bit_nibbles(const char *hex)
{
    size_t n = 0;

    for (; *hex; ++hex) {
        int c = toupper((unsigned char)*hex);
        int v;

        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            continue;

        if (v != 0 && (v & (v - 1)) == 0)
            n++;
    }
    return n;
}''')

OTHER_C27B.append(r'''/*
 * roman_parse.c - read a lowercase Roman numeral back into an integer
 *
 * Walk the numeral from left to right.  A symbol that is smaller than the
 * one after it is subtractive (the "i" in "iv", the "c" in "cm") and is
 * taken away; every other symbol is added.
 *
 *   "xlii"   -> 42
 *   "mcmxc"  -> 1990
 *   "dcclx"  -> 760
 *
 * Returns -1 if the string contains a character that is not a lowercase
 * Roman digit.  It does not check that the numeral is in canonical form.
 */
#include <stdio.h>

static int roman_digit(char c)
{
    switch (c) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    case 'd': return 500;
    case 'm': return 1000;
    default:  return -1;
    }
}

int roman_lower_to_int(const char *s)
{
    int total = 0;

    for (size_t i = 0; s[i] != '\0'; i++) {
        int cur = roman_digit(s[i]);
        if (cur < 0)
            return -1;
        int next = s[i + 1] != '\0' ? roman_digit(s[i + 1]) : 0;
        if (cur < next)
            total -= cur;
        else
            total += cur;
    }
    return total;
}

int main(void)
{
    printf("%d %d %d\n", roman_lower_to_int("xlii"),
           roman_lower_to_int("mcmxc"), roman_lower_to_int("dcclx"));
    return 0;
}''')

OTHER_C27B.append(r'''/* orbits.c - which planets fall outside a given band of orbits */
#include <stddef.h>
#include <string.h>

static const char *const PLANET_NAMES[8] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune",
};

static int orbit_rank(const char *name)
{
    for (int i = 0; i < 8; i++)
        if (strcmp(name, PLANET_NAMES[i]) == 0)
            return i;
    return -1;
}

/*
 * The two named planets mark the inner and outer edge of a band (either
 * order).  Store, nearest the Sun first, every planet whose orbit is NOT
 * inside that band: those closer in than the inner edge and those farther
 * out than the outer edge.  The two edge planets themselves are excluded.
 * An unknown name yields nothing.  Returns the number stored.
 */
size_t planets_outside_band(const char *p, const char *q, const char *out[])
{
    int a = orbit_rank(p), b = orbit_rank(q);
    if (a < 0 || b < 0)
        return 0;
    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }

    size_t n = 0;
    for (int i = 0; i < 8; i++)
        if (i < a || i > b)
            out[n++] = PLANET_NAMES[i];
    return n;
}''')

OTHER_C27B.append(r'''Turning percentage scores into letter grades with plus and minus
----------------------------------------------------------------

Our course site stores exam results as whole percentages (0 to 100). The
letter comes from the tens digit: 90 and up is A, 80s are B, 70s C, 60s D,
and anything below 60 is an F with no modifier. Within a band the ones
digit picks the modifier: 7, 8 or 9 earns a plus, 0, 1 or 2 a minus, and
3 to 6 leaves the letter plain. A perfect 100 is an A+.

Some sample conversions: 100 is A+, 93 is A, 91 is A-, 78 is C+, 60 is D-
and 59 is F.

```c
#include <stdio.h>

/* buf needs 3 bytes */
const char *percent_to_letter(int score, char *buf)
{
    if (score >= 100) {
        buf[0] = 'A'; buf[1] = '+'; buf[2] = '\0';
        return buf;
    }
    if (score < 60) {
        buf[0] = 'F'; buf[1] = '\0';
        return buf;
    }

    static const char band[] = {'D', 'C', 'B', 'A'};   /* 60s .. 90s */
    int ones = score % 10;

    buf[0] = band[score / 10 - 6];
    if (ones >= 7) {
        buf[1] = '+'; buf[2] = '\0';
    } else if (ones <= 2) {
        buf[1] = '-'; buf[2] = '\0';
    } else {
        buf[1] = '\0';
    }
    return buf;
}

int main(void)
{
    const int scores[] = {100, 93, 91, 78, 60, 59};
    char buf[3];

    for (int i = 0; i < 6; i++)
        printf("%3d -> %s\n", scores[i], percent_to_letter(scores[i], buf));
    return 0;
}
```''')
