"""Fifth batch of hand-written documents (2026-11-24): C translations.

These documents were written blind to the detector: none of the detector
code or its evaluation outputs were read while writing them.

Names defined here:

C5
    dict int -> str.  Keys are HumanEval item numbers (4, 8, 18, 26, 42, 44,
    64, 66, 84, 85, 98, 133, 140, 148, 152, 156).  Each value is a C
    translation of that item written by hand: new function and variable
    names, comments in new words, idiomatic C rather than a line-by-line
    port of the Python.  These are positives (leaks of the item).

C_HELDOUT5
    dict int -> str.  Same kind of hand-written C translation for the
    held-out HumanEval items 47, 51, 55, 83, 139 and 159.  They are written
    exactly like C5, but count as negatives because those items are held
    out of the index.

OTHER_C5
    list of 7 str.  C programs for small HumanEval-style problems that are
    not HumanEval items but sit close to one in topic (a variant with a
    different rule).  Each computes a function whose behaviour differs from
    every one of the 164 HumanEval items (checked against the dataset's
    canonical solutions).  Negatives.

About half of all documents state input/output examples (in varied forms:
comments, asserts, printf in main with expected output); every stated output
was checked against the item's canonical solution (C5, C_HELDOUT5) or a
small Python reference (OTHER_C5).
"""

C5 = {
    4: r'''#include <stdio.h>
#include <math.h>

/*
 * Average distance of the samples from their arithmetic mean.
 * First pass computes the mean, second pass averages |v - mean|.
 * Caller guarantees count > 0.
 */
double avg_abs_spread(const double *vals, size_t count)
{
    double centre = 0.0, acc = 0.0;
    size_t k;

    for (k = 0; k < count; k++)
        centre += vals[k];
    centre /= (double)count;

    for (k = 0; k < count; k++)
        acc += fabs(vals[k] - centre);

    return acc / (double)count;
}

int main(void)
{
    double a[] = {2.0, 4.0, 6.0, 8.0};
    double b[] = {1.0, 1.0, 4.0};

    printf("%.4f\n", avg_abs_spread(a, 4));  /* 2.0000 */
    printf("%.4f\n", avg_abs_spread(b, 3));  /* 1.3333 */
    return 0;
}
''',

    8: r'''#include <stddef.h>

/* Walk the array once, accumulating both the total and the running
   multiplication. An empty array yields total 0 and product 1. */
void total_and_product(const int *xs, size_t len, long *total, long *prod)
{
    long s = 0, p = 1;
    while (len--) {
        s += *xs;
        p *= *xs++;
    }
    *total = s;
    *prod = p;
}
''',

    18: r'''#include <assert.h>
#include <string.h>

// Count every position where `needle` appears inside `hay`.
// Matches are allowed to share characters with each other.
static int count_overlapping(const char *hay, const char *needle)
{
    size_t hl = strlen(hay), nl = strlen(needle);
    int hits = 0;

    if (nl > hl)
        return 0;
    for (size_t pos = 0; pos + nl <= hl; pos++)
        if (memcmp(hay + pos, needle, nl) == 0)
            hits++;
    return hits;
}

int main(void)
{
    assert(count_overlapping("banana", "ana") == 2);
    assert(count_overlapping("aaaaa", "aa") == 4);
    assert(count_overlapping("abc", "d") == 0);
    return 0;
}
''',

    26: r'''#include <stdlib.h>

/*
 * Filters `src` so that only values occurring exactly once survive.
 * Anything repeated is dropped entirely (all of its copies), and the
 * survivors keep their original relative order.
 * Writes into `dst` (must hold n ints) and returns how many were kept.
 *
 * Quadratic, but the inputs here are tiny so a hash table would be
 * overkill.
 */
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

    42: r'''/* bump_all: add one to every element, in place.
 * bump_all({0, -1, 9}, 3) -> {1, 0, 10} */
void bump_all(int *arr, int n)
{
    for (int i = 0; i < n; i++)
        arr[i]++;
}
''',

    44: r'''#include <stdio.h>
#include <string.h>

/*
 * Render a non-negative integer in a radix between 2 and 9.
 * Digits are produced least-significant first into a scratch buffer
 * and then copied out in reverse.  Zero produces an empty string.
 */
char *to_radix(unsigned value, unsigned radix, char *out)
{
    char tmp[40];
    int len = 0;

    while (value > 0) {
        tmp[len++] = (char)('0' + value % radix);
        value /= radix;
    }
    for (int i = 0; i < len; i++)
        out[i] = tmp[len - 1 - i];
    out[len] = '\0';
    return out;
}
''',

    64: r'''#include <ctype.h>
#include <string.h>

// Number of vowels in a word. a/e/i/o/u count anywhere (any case);
// a 'y' only counts when it is the very last letter.
int word_vowels(const char *w)
{
    int n = 0;
    size_t len = strlen(w);

    for (size_t i = 0; i < len; i++)
        if (strchr("aeiou", tolower((unsigned char)w[i])))
            n++;
    if (len && tolower((unsigned char)w[len - 1]) == 'y')
        n++;
    return n;
}
''',

    66: r'''#include <ctype.h>

// Adds up the character codes of the capital letters only; everything
// else contributes nothing. upper_code_sum("HeLLo") returns 224,
// upper_code_sum("xyz") returns 0.
int upper_code_sum(const char *s)
{
    int total = 0;
    for (; *s; ++s)
        if (isupper((unsigned char)*s))
            total += (unsigned char)*s;
    return total;
}
''',

    84: r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Problem: take a number n (0..10000), add up its decimal digits, and
 * hand back that sum written out in base 2 as a string.
 *
 * The largest possible digit sum in that range is 36 (for 9999), which
 * needs only six binary digits, so a small fixed buffer is plenty.
 * A digit sum of zero (which only happens for n == 0) is written "0".
 */
void digit_sum_binary(int n, char buf[16])
{
    int sum = 0;

    while (n > 0) {
        sum += n % 10;
        n /= 10;
    }

    if (sum == 0) {
        buf[0] = '0';
        buf[1] = '\0';
        return;
    }

    /* collect bits low to high, then flip them into place */
    char rev[16];
    int len = 0;
    while (sum > 0) {
        rev[len++] = (char)('0' + (sum & 1));
        sum >>= 1;
    }
    for (int i = 0; i < len; i++)
        buf[i] = rev[len - 1 - i];
    buf[len] = '\0';
}
''',

    85: r'''/*
 * Sum of the elements that sit at odd positions (1, 3, 5, ...) and are
 * themselves even.  The array is assumed to be non-empty.
 *
 * Example:
 *   {3, 8, 5, 6, 2, 10}  ->  24   (8 + 6 + 10)
 *   {1, 3, 5, 7}         ->  0
 *   {7, -4, 0, 5}        -> -4
 */
int odd_slot_even_sum(const int *a, int n)
{
    int s = 0;
    for (int i = 1; i < n; i += 2)
        if (a[i] % 2 == 0)
            s += a[i];
    return s;
}
''',

    98: r'''#include <string.h>

/* How many of the characters at even offsets (0, 2, 4, ...) are
   capital vowels A E I O U? */
int caps_vowels_even(const char *str)
{
    int cnt = 0;
    size_t n = strlen(str);

    for (size_t i = 0; i < n; i += 2)
        switch (str[i]) {
        case 'A': case 'E': case 'I': case 'O': case 'U':
            cnt++;
        }
    return cnt;
}
''',

    133: r'''#include <math.h>

/* Round every value up to the next integer, square it, and add. */
long ceil_square_total(const double *v, int n)
{
    long acc = 0;
    for (int i = 0; i < n; i++) {
        long c = (long)ceil(v[i]);
        acc += c * c;
    }
    return acc;
}
''',

    140: r'''#include <stdio.h>
#include <string.h>

/*
 * Rewrite the blanks in a string:
 *   - a run of one or two spaces becomes the same number of '_'
 *   - a run of three or more spaces collapses into a single '-'
 * Everything else is copied unchanged.  `out` needs at least
 * strlen(in) + 1 bytes.
 */
void tidy_spaces(const char *in, char *out)
{
    while (*in) {
        if (*in != ' ') {
            *out++ = *in++;
            continue;
        }
        size_t run = 0;
        while (in[run] == ' ')
            run++;
        if (run > 2) {
            *out++ = '-';
        } else {
            for (size_t k = 0; k < run; k++)
                *out++ = '_';
        }
        in += run;
    }
    *out = '\0';
}

int main(void)
{
    char buf[64];
    const char *samples[] = { "a b", "a  b", "a   b", "  x", "tail   " };

    for (int i = 0; i < 5; i++) {
        tidy_spaces(samples[i], buf);
        printf("[%s]\n", buf);
    }
    /* prints:
       [a_b]
       [a__b]
       [a-b]
       [__x]
       [tail-]
    */
    return 0;
}
''',

    148: r'''#include <string.h>

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
 * Fill `out` with the planets lying strictly between the two named ones,
 * innermost first, and return how many there are.  Unknown names (or the
 * same planet given twice) give 0.
 *
 *   planets_between("Mars", "Saturn", out)   -> 1: Jupiter
 *   planets_between("Neptune", "Venus", out) -> 5: Earth Mars Jupiter Saturn Uranus
 *   planets_between("Pluto", "Earth", out)   -> 0
 */
int planets_between(const char *p, const char *q, const char *out[8])
{
    int a = orbit_index(p), b = orbit_index(q);

    if (a < 0 || b < 0 || a == b)
        return 0;
    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }
    int k = 0;
    for (int i = a + 1; i < b; i++)
        out[k++] = ORBITS[i];
    return k;
}
''',

    152: r'''#include <stdlib.h>

/*
 * Scoring predictions: for each match i we know the real score
 * actual[i] and what somebody predicted, predicted[i].  The error for
 * that match is zero when the prediction was right, otherwise the
 * absolute gap between the two numbers.  Errors are written to err[],
 * which must have room for n entries.
 */
void prediction_errors(const int *actual, const int *predicted,
                       int *err, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        err[i] = abs(actual[i] - predicted[i]);
}
''',

    156: r'''#include <assert.h>
#include <string.h>

/* lowercase roman numerals for 1..1000, greedy over the value table */
static const int   vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *syms[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl",
                             "x", "ix", "v", "iv", "i"};

char *roman_lower(int num, char *dst)
{
    dst[0] = '\0';
    for (int i = 0; i < 13; i++)
        while (num >= vals[i]) {
            strcat(dst, syms[i]);
            num -= vals[i];
        }
    return dst;
}

int main(void)
{
    char b[32];
    assert(strcmp(roman_lower(44, b), "xliv") == 0);
    assert(strcmp(roman_lower(94, b), "xciv") == 0);
    assert(strcmp(roman_lower(3, b), "iii") == 0);
    assert(strcmp(roman_lower(1000, b), "m") == 0);
    return 0;
}
''',
}

C_HELDOUT5 = {
    47: r'''#include <stdio.h>
#include <stdlib.h>

static int cmp_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* Middle value of the data.  With an even count it is the mean of the
   two central values.  Note: sorts the caller's array in place. */
double middle_value(int *data, size_t n)
{
    qsort(data, n, sizeof *data, cmp_int);
    if (n % 2)
        return data[n / 2];
    return (data[n / 2 - 1] + data[n / 2]) / 2.0;
}

int main(void)
{
    int odd[]  = {7, 1, 3};
    int even[] = {4, 1, 3, 2};

    printf("%g\n", middle_value(odd, 3));   // 3
    printf("%g\n", middle_value(even, 4));  // 2.5
    return 0;
}
''',

    51: r'''#include <ctype.h>

/* strip a, e, i, o, u (either case) from s, in place */
void strip_vowels(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        int c = tolower((unsigned char)*r);
        if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u')
            *w++ = *r;
    }
    *w = '\0';
}
''',

    55: r'''#include <stdint.h>

/*
 * n-th term of the Fibonacci sequence, with F(0) = 0 and F(1) = 1.
 *
 * The textbook recursive definition takes exponential time, so instead
 * keep the last two terms and slide them forward n times.  The result
 * fits in 64 unsigned bits up to n = 93.
 */
uint64_t fibo(unsigned n)
{
    uint64_t prev = 0, cur = 1;

    while (n--) {
        uint64_t next = prev + cur;
        prev = cur;
        cur = next;
    }
    return prev;
}
''',

    83: r'''/*
 * How many n-digit positive integers begin or end with the digit 1?
 *
 * Count by inclusion-exclusion:
 *   leading 1:   10^(n-1)
 *   trailing 1:  9 * 10^(n-2)   (the leading digit can't be 0)
 *   both:        10^(n-2)
 * which simplifies to 18 * 10^(n-2) for n >= 2.  For n == 1 only the
 * number 1 itself qualifies.
 *
 *   n = 1  ->  1
 *   n = 2  ->  18
 *   n = 3  ->  180
 */
long long one_at_edge(int n)
{
    if (n == 1)
        return 1;
    long long r = 18;
    for (int i = 2; i < n; i++)
        r *= 10;
    return r;
}
''',

    139: r'''#include <assert.h>

// Product of all the factorials 1! * 2! * ... * n!  (n >= 1).
// Grows very fast: 64 bits are enough only up to n = 8.
unsigned long long superfact(int n)
{
    unsigned long long f = 1, prod = 1;
    for (int k = 1; k <= n; ++k) {
        f *= k;
        prod *= f;
    }
    return prod;
}

int main(void)
{
    assert(superfact(1) == 1);
    assert(superfact(3) == 12);
    assert(superfact(5) == 34560);
    return 0;
}
''',

    159: r'''/*
 * Rabbit lunch.  `eaten` carrots were already eaten today, `want` more
 * are needed, and `stock` carrots are available.  The rabbit eats as many
 * as it wants if there are enough, otherwise it finishes the stock and
 * stays hungry.
 *   result[0] = total eaten afterwards
 *   result[1] = carrots left in stock
 */
void rabbit_meal(int eaten, int want, int stock, int result[2])
{
    int bite = want <= stock ? want : stock;
    result[0] = eaten + bite;
    result[1] = stock - bite;
}
''',
}

OTHER_C5 = [
    # 0: sum of the odd digits of a number
    r'''/*
 * Add up only the odd decimal digits of n (n >= 0).
 * If every digit is even, the answer is 0.
 *
 * e.g. odd_digit_sum(13579) -> 25
 *      odd_digit_sum(2468)  -> 0
 *      odd_digit_sum(1203)  -> 4
 */
int odd_digit_sum(unsigned n)
{
    int s = 0;
    do {
        unsigned d = n % 10;
        if (d & 1)
            s += d;
        n /= 10;
    } while (n);
    return s;
}
''',

    # 1: number of index pairs whose sum is a multiple of 3
    r'''#include <stddef.h>

/* Count the pairs (i, j) with i < j such that a[i] + a[j] is divisible
   by three.  Plain double loop. */
long pairs_div3(const int *a, size_t n)
{
    long cnt = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if ((a[i] + a[j]) % 3 == 0)
                cnt++;
    return cnt;
}
''',

    # 2: position of the last vowel in a word
    r'''#include <assert.h>
#include <ctype.h>
#include <string.h>

// Index of the last vowel (a, e, i, o, u, any case) in `s`,
// or -1 when there is none.  'y' is not treated as a vowel.
int last_vowel_pos(const char *s)
{
    for (int i = (int)strlen(s) - 1; i >= 0; i--) {
        switch (tolower((unsigned char)s[i])) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            return i;
        }
    }
    return -1;
}

int main(void)
{
    assert(last_vowel_pos("program") == 5);
    assert(last_vowel_pos("rhythm") == -1);
    assert(last_vowel_pos("queue") == 4);
    assert(last_vowel_pos("Strength") == 3);
    return 0;
}
''',

    # 3: lowercase consonants at odd indices
    r'''#include <string.h>

/*
 * Look only at the characters in odd positions (1, 3, 5, ...) and count
 * those that are lowercase consonants, i.e. letters 'a'..'z' other than
 * the five vowels.  Uppercase letters, digits and punctuation are
 * ignored.
 */
int odd_pos_consonants(const char *txt)
{
    int total = 0;
    size_t len = strlen(txt);

    for (size_t i = 1; i < len; i += 2) {
        char ch = txt[i];
        if (ch >= 'a' && ch <= 'z' && !strchr("aeiou", ch))
            total++;
    }
    return total;
}
''',

    # 4: keep only the values that repeat
    r'''#include <stddef.h>

/* Keep only values that appear more than once (every copy of them), in
 * their original order; values that occur a single time are dropped.
 * Returns the new length; `out` needs room for n ints.
 *
 *   {1, 2, 3, 2, 4, 1}  ->  {1, 2, 2, 1}
 *   {5, 6, 7}           ->  {}
 *   {9, 9, 9, 0}        ->  {9, 9, 9}
 */
size_t only_repeated(const int *in, size_t n, int *out)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t j = 0; j < n && !dup; j++)
            dup = (j != i && in[j] == in[i]);
        if (dup)
            out[m++] = in[i];
    }
    return m;
}
''',

    # 5: lowercase roman numeral to integer
    r'''#include <string.h>

static int rv(char c)
{
    switch (c) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    case 'd': return 500;
    case 'm': return 1000;
    default:  return 0;
    }
}

/*
 * Parse a lowercase Roman numeral into an int.  Scan left to right; a
 * symbol that is smaller than the one after it is subtracted (the "iv",
 * "xc" and "cm" cases), every other symbol is added.  Input is assumed
 * to be a well-formed numeral.
 */
int parse_roman(const char *r)
{
    int total = 0;
    size_t n = strlen(r);

    for (size_t i = 0; i < n; i++) {
        int cur = rv(r[i]);
        if (i + 1 < n && cur < rv(r[i + 1]))
            total -= cur;
        else
            total += cur;
    }
    return total;
}
''',

    # 6: sum of squares after rounding down
    r'''#include <stdio.h>
#include <math.h>

/* Round each value DOWN (floor, so -0.5 becomes -1), square, and sum. */
long floor_square_sum(const double *xs, int n)
{
    long sum = 0;
    for (int i = 0; i < n; i++) {
        long f = (long)floor(xs[i]);
        sum += f * f;
    }
    return sum;
}

int main(void)
{
    double a[] = {2.7, -0.5, 3.0};
    double b[] = {1.9, 1.9};

    printf("%ld\n", floor_square_sum(a, 3));  /* 14 */
    printf("%ld\n", floor_square_sum(b, 2));  /* 2 */
    return 0;
}
''',
]
