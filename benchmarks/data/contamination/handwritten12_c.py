"""Twelfth batch of hand-written documents, C (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

  C12         -- dict int -> str.  C solutions (positives) of HumanEval items
                 0, 8, 24, 25, 48, 50, 56, 68, 72, 86, 92, 100, 124, 126, 128,
                 133, 134, 146, 148, 157; one document per item, keyed by the
                 item number.
  C_HELDOUT12 -- dict int -> str.  C solutions of the held-out HumanEval items
                 7, 31, 39, 47, 79, 95, 111, 139 (negatives: same treatment as
                 the positives, but not in the benchmark index).
  OTHER_C12   -- list of 6 str.  C look-alike documents: small problems close in
                 topic to a HumanEval item but with a different rule
                 (consonant count, widest gap between sorted values, maximum
                 parenthesis nesting depth, smallest divisor above 1, a pile
                 that shrinks by two per level, numbers whose first and last
                 digits are equal).

Each document compiles with gcc -std=c11.
"""

C12 = {
    0: r'''/*
 * close_pair.c
 *
 * Quick utility from my signal-cleanup scripts: before merging a list of
 * detected peak positions I want to know whether any two of them sit
 * closer together than some tolerance.  Sorting first means only
 * neighbours need to be compared, so this is O(n log n) instead of the
 * naive double loop.
 *
 *   {1.5, 7.0, 3.2, 9.9}, tol 1.0   -> no  (closest gap is 1.7)
 *   {4.0, 6.1, 4.25, 8.0}, tol 0.5  -> yes (4.0 and 4.25)
 *   {2.0, 2.0}, tol 0.001           -> yes (identical values)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Returns true when some pair of distinct entries differs by less than tol. */
bool any_pair_within(const double *vals, size_t n, double tol)
{
    if (n < 2)
        return false;

    double *tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return false;
    memcpy(tmp, vals, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, cmp_double);

    bool found = false;
    for (size_t k = 1; k < n && !found; k++) {
        if (tmp[k] - tmp[k - 1] < tol)
            found = true;
    }
    free(tmp);
    return found;
}

int main(void)
{
    double peaks_a[] = {1.5, 7.0, 3.2, 9.9};
    double peaks_b[] = {4.0, 6.1, 4.25, 8.0};
    double peaks_c[] = {2.0, 2.0};

    printf("%d\n", any_pair_within(peaks_a, 4, 1.0));   /* 0 */
    printf("%d\n", any_pair_within(peaks_b, 4, 0.5));   /* 1 */
    printf("%d\n", any_pair_within(peaks_c, 2, 0.001)); /* 1 */
    return 0;
}
''',

    8: r'''#include <stddef.h>
#include <stdio.h>

/* Accumulate both the total and the running product of a vector of ints.
 * An empty input leaves the fields at their identity values (0 and 1). */
struct agg {
    long long total;
    long long prod;
};

struct agg aggregate(const int *xs, size_t len)
{
    struct agg r = { .total = 0, .prod = 1 };
    for (const int *p = xs; p != xs + len; ++p) {
        r.total += *p;
        r.prod *= *p;
    }
    return r;
}

int main(void)
{
    int data[64];
    size_t count = 0;
    int v;

    while (count < 64 && scanf("%d", &v) == 1)
        data[count++] = v;

    struct agg r = aggregate(data, count);
    printf("%lld %lld\n", r.total, r.prod);
    return 0;
}
''',

    24: r'''// Exercise 3.4 - biggest proper divisor
//
// For n >= 2, print the largest d < n with n % d == 0.
// Idea: the largest proper divisor is n divided by the smallest prime
// factor, so we only have to search up to sqrt(n).
//
//   n = 49  -> 7
//   n = 36  -> 18
//   n = 13  -> 1   (prime, only 1 divides it besides itself)
//   n = 100 -> 50

#include <stdio.h>

unsigned long biggest_proper_divisor(unsigned long n)
{
    for (unsigned long p = 2; p * p <= n; p++) {
        if (n % p == 0)
            return n / p;
    }
    return 1;
}

int main(void)
{
    unsigned long tests[] = {49, 36, 13, 100, 2};
    for (int i = 0; i < 5; i++)
        printf("%lu -> %lu\n", tests[i], biggest_proper_divisor(tests[i]));
    return 0;
}
''',

    25: r'''/* primefac.c -- split an integer into its prime factors.
 *
 * The factors are written in non-decreasing order into a buffer the
 * caller owns; repeated primes appear as many times as they divide the
 * number, so multiplying everything in out[] gives back the input.
 * A 64-bit value never has more than 63 prime factors, so a buffer of
 * 64 entries is always enough.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_FACTORS 64

size_t prime_factors(uint64_t value, uint64_t out[MAX_FACTORS])
{
    size_t k = 0;

    while (value % 2 == 0 && value > 1) {
        out[k++] = 2;
        value /= 2;
    }
    for (uint64_t d = 3; d <= value / d; d += 2) {
        while (value % d == 0) {
            out[k++] = d;
            value /= d;
        }
    }
    if (value > 1)
        out[k++] = value;
    return k;
}

int main(int argc, char **argv)
{
    uint64_t buf[MAX_FACTORS];

    for (int a = 1; a < argc; a++) {
        uint64_t v = strtoull(argv[a], NULL, 10);
        size_t cnt = prime_factors(v, buf);
        printf("%s:", argv[a]);
        for (size_t i = 0; i < cnt; i++)
            printf(" %llu", (unsigned long long)buf[i]);
        putchar('\n');
    }
    return 0;
}
''',

    48: r'''/* Lab 2, problem 1: palindrome test
 *
 * Walk two indices toward the middle; any mismatch means the string is
 * not a palindrome.  The empty string and single characters count as
 * palindromes.
 *
 * Sample runs:
 *   ""        -> yes
 *   "kayak"   -> yes
 *   "noon"    -> yes
 *   "rotors"  -> no
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

bool reads_same_backwards(const char *word)
{
    size_t lo = 0;
    size_t hi = strlen(word);

    while (lo + 1 < hi) {
        if (word[lo] != word[hi - 1])
            return false;
        lo++;
        hi--;
    }
    return true;
}

int main(void)
{
    const char *samples[] = {"", "kayak", "noon", "rotors"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        printf("\"%s\" -> %s\n", samples[i],
               reads_same_backwards(samples[i]) ? "yes" : "no");
    return 0;
}
''',

    50: r'''#include <stdio.h>
#include <string.h>

#define ROT 5

/* Caesar-style rotation over 'a'..'z'.  rotate_fwd moves every letter
 * ROT places ahead (wrapping past 'z'); rotate_back undoes it.  Both work
 * in place on a lowercase string. */

void rotate_fwd(char *s)
{
    for (; *s; s++)
        *s = (char)('a' + (*s - 'a' + ROT) % 26);
}

void rotate_back(char *s)
{
    for (; *s; s++)
        *s = (char)('a' + (*s - 'a' + 26 - ROT) % 26);
}

int main(void)
{
    char line[256];

    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        rotate_back(line);
        puts(line);
    }
    return 0;
}
''',

    56: r'''/*
 * angle_ok.c - validate nesting of angle brackets
 *
 * The input consists only of '<' and '>'.  It is well formed when each
 * '<' is closed by a later '>' and no '>' shows up without an open '<'
 * before it.
 *
 *   "<<>>"    well formed
 *   "<><><>"  well formed
 *   "<<>"     not (one left open)
 *   "><"      not (closes before opening)
 */
#include <stdbool.h>
#include <stdio.h>

bool angles_balanced(const char *seq)
{
    long open = 0;
    for (const char *c = seq; *c != '\0'; ++c) {
        open += (*c == '<') ? 1 : -1;
        if (open < 0)
            return false;
    }
    return open == 0;
}

int main(void)
{
    const char *cases[] = {"<<>>", "<><><>", "<<>", "><"};
    for (int i = 0; i < 4; i++)
        printf("%-8s %s\n", cases[i], angles_balanced(cases[i]) ? "ok" : "bad");
    return 0;
}
''',

    68: r'''#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * Pick the node with the smallest even value out of a branch of
 * non-negative integers.  On ties the earliest position wins.
 *
 * Returns false (and leaves *val / *pos alone) if there are no even values
 * at all, including the empty branch.
 *
 * e.g.  {9, 6, 12, 6}  -> value 6 at index 1
 *       {3, 8, 0, 7}   -> value 0 at index 2
 *       {1, 5, 11}     -> nothing
 */
bool smallest_even_node(const unsigned *branch, size_t n,
                        unsigned *val, size_t *pos)
{
    bool have = false;
    unsigned best = 0;
    size_t where = 0;

    for (size_t i = 0; i < n; i++) {
        if (branch[i] & 1u)
            continue;
        if (!have || branch[i] < best) {
            best = branch[i];
            where = i;
            have = true;
        }
    }
    if (have) {
        *val = best;
        *pos = where;
    }
    return have;
}

static void show(const unsigned *b, size_t n)
{
    unsigned v;
    size_t at;
    if (smallest_even_node(b, n, &v, &at))
        printf("[%u, %zu]\n", v, at);
    else
        puts("[]");
}

int main(void)
{
    unsigned a[] = {9, 6, 12, 6};
    unsigned b[] = {3, 8, 0, 7};
    unsigned c[] = {1, 5, 11};
    show(a, 4);
    show(b, 4);
    show(c, 3);
    show(NULL, 0);
    return 0;
}
''',

    72: r'''#include <stdbool.h>
#include <stddef.h>

/*
 * flight.c
 *
 * A payload flies only when it is balanced -- the weights read the same
 * from either end -- and its total mass does not exceed the allowed limit.
 */

static bool symmetric(const int *w, size_t n)
{
    if (n == 0)
        return true;
    for (size_t i = 0, j = n - 1; i < j; i++, j--)
        if (w[i] != w[j])
            return false;
    return true;
}

bool can_take_off(const int *weights, size_t n, long limit)
{
    long mass = 0;
    for (size_t i = 0; i < n; i++)
        mass += weights[i];
    if (mass > limit)
        return false;
    return symmetric(weights, n);
}
''',

    86: r'''/*
 * sort_words.c
 *
 * Rearrange the letters inside every word of a sentence so that each word
 * has its characters in ascending byte order.  Words are the runs between
 * single space characters; the spaces themselves (including doubled or
 * leading/trailing ones) stay exactly where they were.
 *
 *   "banana"          -> "aaabnn"
 *   "Zoo keeper"      -> "Zoo eeekpr"
 *   "Go, team!"       -> ",Go !aemt"
 *
 * The caller frees the returned string.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void insertion_sort(char *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        char key = a[i];
        size_t j = i;
        while (j > 0 && (unsigned char)a[j - 1] > (unsigned char)key) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = key;
    }
}

char *order_each_word(const char *sentence)
{
    size_t len = strlen(sentence);
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    memcpy(out, sentence, len + 1);

    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (out[i] == ' ' || out[i] == '\0') {
            insertion_sort(out + start, i - start);
            start = i + 1;
        }
    }
    return out;
}

int main(void)
{
    const char *in[] = {"banana", "Zoo keeper", "Go, team!"};
    for (int i = 0; i < 3; i++) {
        char *s = order_each_word(in[i]);
        printf("%s -> %s\n", in[i], s);
        free(s);
    }
    return 0;
}
''',

    92: r'''#include <stdbool.h>

/* Values arrive from a small expression interpreter, so every number
 * carries a tag telling whether it is an integer or a float.  The rule
 * only accepts three integers where one of them is the sum of the other
 * two; anything tagged as a float makes the answer false, whatever its
 * value happens to be. */

typedef enum { V_INT, V_FLOAT } vkind;

typedef struct {
    vkind kind;
    union {
        long long i;
        double f;
    } as;
} value;

static bool sum_of_others(long long a, long long b, long long c)
{
    return a == b + c || b == a + c || c == a + b;
}

bool one_is_sum_of_rest(value x, value y, value z)
{
    if (x.kind != V_INT || y.kind != V_INT || z.kind != V_INT)
        return false;
    return sum_of_others(x.as.i, y.as.i, z.as.i);
}
''',

    100: r'''/* stones.c
 *
 * Build a pile with n levels.  Level one holds n stones and each level
 * above it holds the next number with the same parity as n, i.e. two
 * more than the level below.  Returns a malloc'd array of n counts.
 *
 *   n = 4 -> 4 6 8 10
 *   n = 5 -> 5 7 9 11 13
 *   n = 1 -> 1
 */
#include <stdio.h>
#include <stdlib.h>

int *stone_levels(int n)
{
    int *lv = malloc((size_t)n * sizeof *lv);
    if (lv == NULL)
        return NULL;
    int stones = n;
    for (int k = 0; k < n; k++) {
        lv[k] = stones;
        stones += 2;
    }
    return lv;
}

int main(void)
{
    int sizes[] = {4, 5, 1};
    for (int t = 0; t < 3; t++) {
        int *p = stone_levels(sizes[t]);
        for (int k = 0; k < sizes[t]; k++)
            printf("%d ", p[k]);
        putchar('\n');
        free(p);
    }
    return 0;
}
''',

    124: r'''#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/*
 * Checks a date written as mm-dd-yyyy.
 *
 * The string must hold exactly three dash-separated fields of digits.
 * Month has to be 1..12.  Day has to be at least 1 and at most 31 for
 * Jan/Mar/May/Jul/Aug/Oct/Dec, 30 for Apr/Jun/Sep/Nov and 29 for Feb
 * (leap years are not checked).  Empty input is rejected.
 */

static const char *read_field(const char *p, char stop, long *out)
{
    long v = 0;
    int digits = 0;
    while (isdigit((unsigned char)*p)) {
        v = v * 10 + (*p - '0');
        p++;
        digits++;
        if (digits > 9)
            return NULL;
    }
    if (digits == 0 || *p != stop)
        return NULL;
    *out = v;
    return stop ? p + 1 : p;
}

bool date_is_valid(const char *text)
{
    static const int month_len[13] = {0, 31, 29, 31, 30, 31, 30,
                                      31, 31, 30, 31, 30, 31};
    long mm, dd, yy;
    const char *p = text;

    while (isspace((unsigned char)*p))
        p++;
    if ((p = read_field(p, '-', &mm)) == NULL) return false;
    if ((p = read_field(p, '-', &dd)) == NULL) return false;

    /* allow trailing whitespace after the year */
    char year_buf[16];
    size_t n = strcspn(p, " \t\r\n");
    if (n == 0 || n >= sizeof year_buf)
        return false;
    memcpy(year_buf, p, n);
    year_buf[n] = '\0';
    for (const char *q = p + n; *q; q++)
        if (!isspace((unsigned char)*q))
            return false;
    if (read_field(year_buf, '\0', &yy) == NULL)
        return false;

    if (mm < 1 || mm > 12)
        return false;
    return dd >= 1 && dd <= month_len[mm];
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        printf("%s: %s\n", argv[i], date_is_valid(argv[i]) ? "valid" : "invalid");
    return 0;
}
''',

    126: r'''/*
 * ascending_check.c
 *
 * A list of non-negative ints passes when it never goes down and no value
 * appears three or more times.  A pair of equal neighbours is tolerated.
 *
 *    {}                 -> pass
 *    {2, 4, 4, 9}       -> pass
 *    {0, 7, 7, 7}       -> fail (7 three times)
 *    {3, 8, 6}          -> fail (8 then 6)
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

bool ascending_with_few_repeats(const int *v, size_t n)
{
    size_t run = 1;
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
    return true;
}

int main(void)
{
    int b[] = {2, 4, 4, 9};
    int c[] = {0, 7, 7, 7};
    int d[] = {3, 8, 6};
    printf("%d %d %d %d\n",
           ascending_with_few_repeats(NULL, 0),
           ascending_with_few_repeats(b, 4),
           ascending_with_few_repeats(c, 4),
           ascending_with_few_repeats(d, 3));
    return 0;
}
''',

    128: r'''#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

/* signed_magnitude: add up |a[i]| and multiply that by the product of the
 * signs of all entries (+1, -1 or 0).  A zero anywhere wipes the result
 * out to 0.  With an empty array there is nothing to report, so the
 * function returns false and does not touch *result. */
bool signed_magnitude(const int *a, size_t n, long *result)
{
    if (n == 0)
        return false;

    long mag = 0;
    int sign = 1;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == 0)
            sign = 0;
        else if (a[i] < 0)
            sign = -sign;
        mag += labs((long)a[i]);
    }
    *result = sign * mag;
    return true;
}
''',

    133: r'''/* ceil_squares.c -- round every value up to the next integer, square it,
 * and add the squares together.
 *
 *   {0.5, 2.0, 3.1}  -> 1 + 4 + 16 = 21
 *   {-3.7, 6}        -> 9 + 36      = 45
 *   {-0.2}           -> 0
 *
 * build: cc -std=c11 ceil_squares.c -lm
 */
#include <math.h>
#include <stdio.h>

long long sum_ceil_squares(const double *xs, int count)
{
    long long acc = 0;
    for (int i = 0; i < count; i++) {
        long long up = (long long)ceil(xs[i]);
        acc += up * up;
    }
    return acc;
}

int main(void)
{
    double a[] = {0.5, 2.0, 3.1};
    double b[] = {-3.7, 6};
    double c[] = {-0.2};
    printf("%lld\n", sum_ceil_squares(a, 3));
    printf("%lld\n", sum_ceil_squares(b, 2));
    printf("%lld\n", sum_ceil_squares(c, 1));
    return 0;
}
''',

    134: r'''#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* True only when the text ends in a letter that stands alone as its own
 * space-separated word, i.e. the last character is alphabetic and it is
 * either the whole string or preceded by a space.  A trailing space or an
 * empty string gives false. */
bool ends_with_lone_letter(const char *txt)
{
    size_t n = strlen(txt);
    if (n == 0)
        return false;
    if (!isalpha((unsigned char)txt[n - 1]))
        return false;
    return n == 1 || txt[n - 2] == ' ';
}
''',

    146: r'''#include <stddef.h>
#include <stdio.h>

/* Count entries that are bigger than 10 and whose leading and trailing
 * decimal digits are both odd. */

static int leading_digit(int x)
{
    while (x >= 10)
        x /= 10;
    return x;
}

size_t count_odd_ended(const int *nums, size_t n)
{
    size_t hits = 0;
    for (size_t i = 0; i < n; i++) {
        int x = nums[i];
        if (x <= 10)
            continue;
        if ((x % 10) % 2 == 1 && leading_digit(x) % 2 == 1)
            hits++;
    }
    return hits;
}

int main(void)
{
    int buf[256];
    size_t n = 0;
    while (n < 256 && scanf("%d", &buf[n]) == 1)
        n++;
    printf("%zu\n", count_odd_ended(buf, n));
    return 0;
}
''',

    148: r'''/*
 * orbits.c
 *
 * List the planets strictly between two given planets, ordered from the
 * Sun outward.  Order of the two arguments does not matter.  Unknown names,
 * or the same planet twice, give an empty result.
 *
 *   between("Venus", "Jupiter")  -> Earth, Mars
 *   between("Neptune", "Saturn") -> Uranus
 *   between("Mars", "Pluto")     -> (nothing)
 */
#include <stdio.h>
#include <string.h>

static const char *const PLANETS[] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune"
};
enum { NPLANETS = sizeof PLANETS / sizeof PLANETS[0] };

static int orbit_index(const char *name)
{
    for (int i = 0; i < NPLANETS; i++)
        if (strcmp(PLANETS[i], name) == 0)
            return i;
    return -1;
}

/* Writes up to 6 names into out[] and returns how many were written. */
int between(const char *a, const char *b, const char *out[6])
{
    int ia = orbit_index(a), ib = orbit_index(b);
    if (ia < 0 || ib < 0 || ia == ib)
        return 0;
    if (ia > ib) {
        int t = ia; ia = ib; ib = t;
    }
    int n = 0;
    for (int i = ia + 1; i < ib; i++)
        out[n++] = PLANETS[i];
    return n;
}

int main(void)
{
    const char *res[6];
    const char *pairs[][2] = {
        {"Venus", "Jupiter"}, {"Neptune", "Saturn"}, {"Mars", "Pluto"}
    };
    for (int p = 0; p < 3; p++) {
        int n = between(pairs[p][0], pairs[p][1], res);
        printf("%s..%s:", pairs[p][0], pairs[p][1]);
        for (int i = 0; i < n; i++)
            printf(" %s", res[i]);
        putchar('\n');
    }
    return 0;
}
''',

    157: r'''#include <stdbool.h>

/* right_triangle.c
 *
 * Decide whether three side lengths make a triangle with a 90 degree
 * corner.  Put the longest side last, then check Pythagoras. */

static void order3(long *a, long *b, long *c)
{
    long t;
    if (*a > *b) { t = *a; *a = *b; *b = t; }
    if (*b > *c) { t = *b; *b = *c; *c = t; }
    if (*a > *b) { t = *a; *a = *b; *b = t; }
}

bool has_right_angle(long x, long y, long z)
{
    order3(&x, &y, &z);
    return x * x + y * y == z * z;
}
''',

}

C_HELDOUT12 = {
    7: r'''/*
 * grep_list.c -- keep only the strings that contain a given fragment.
 *
 * The matching pointers are copied (not the text) into the caller's
 * `kept` array, which must have room for `n` entries.  Input order is
 * preserved.  Returns the number of matches.
 *
 * Example:
 *   items  = {"carpet", "rug", "parrot", "tar"}, needle = "ar"
 *   kept   = {"carpet", "parrot", "tar"}, returns 3
 *
 *   items  = {"one", "two"}, needle = "x"   -> returns 0
 *   needle = ""                            -> every item matches
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

size_t keep_containing(const char *const *items, size_t n,
                       const char *needle, const char **kept)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (strstr(items[i], needle) != NULL)
            kept[m++] = items[i];
    }
    return m;
}

int main(void)
{
    const char *items[] = {"carpet", "rug", "parrot", "tar"};
    const char *kept[4];
    size_t m = keep_containing(items, 4, "ar", kept);
    for (size_t i = 0; i < m; i++)
        puts(kept[i]);
    return 0;
}
''',

    31: r'''#include <stdbool.h>
#include <stdint.h>

/* Primality by trial division.  After ruling out 2 and 3, every prime is
 * of the form 6k +/- 1, so only those candidates need to be tried as
 * divisors, up to the square root of n. */
bool is_prime_u64(uint64_t n)
{
    if (n < 2)
        return false;
    if (n < 4)
        return true;
    if (n % 2 == 0 || n % 3 == 0)
        return false;
    for (uint64_t f = 5; f <= n / f; f += 6) {
        if (n % f == 0 || n % (f + 2) == 0)
            return false;
    }
    return true;
}
''',

    39: r'''// fibprimes.c
// Print the k-th Fibonacci number that is also prime (1-based).
//
//   k=1 -> 2,  k=2 -> 3,  k=3 -> 5,  k=4 -> 13,  k=6 -> 233,  k=7 -> 1597
//
// Values grow fast; unsigned long long handles k up to 11 (2971215073)
// and a little beyond before overflow becomes an issue.

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static bool prime(unsigned long long v)
{
    if (v < 2) return false;
    if (v % 2 == 0) return v == 2;
    for (unsigned long long d = 3; d * d <= v; d += 2)
        if (v % d == 0) return false;
    return true;
}

unsigned long long nth_fib_prime(int k)
{
    unsigned long long a = 1, b = 1;   /* consecutive Fibonacci terms */
    for (;;) {
        unsigned long long c = a + b;
        a = b;
        b = c;
        if (prime(b) && --k == 0)
            return b;
    }
}

int main(int argc, char *argv[])
{
    int k = argc > 1 ? atoi(argv[1]) : 5;
    printf("%llu\n", nth_fib_prime(k));
    return 0;
}
''',

    47: r'''#include <stdlib.h>
#include <string.h>

/* stats.c (excerpt) */

static int by_value(const void *l, const void *r)
{
    int a = *(const int *)l, b = *(const int *)r;
    return (a > b) - (a < b);
}

/* Middle value of the sample.  For an even count the two central values
 * are averaged.  The input array is not modified; n must be > 0. */
double sample_median(const int *data, size_t n)
{
    int *work = malloc(n * sizeof *work);
    memcpy(work, data, n * sizeof *work);
    qsort(work, n, sizeof *work, by_value);

    double m;
    if (n % 2)
        m = work[n / 2];
    else
        m = ((double)work[n / 2 - 1] + (double)work[n / 2]) / 2.0;

    free(work);
    return m;
}
''',

    79: r'''/* Convert a non-negative number to its base-2 digits and wrap the result
 * in the marker "db" on both sides.
 *
 *     0   -> "db0db"
 *     5   -> "db101db"
 *     64  -> "db1000000db"
 *     255 -> "db11111111db"
 *
 * buf needs at least 64 + 4 + 1 bytes for the largest input.
 */
#include <stdio.h>
#include <string.h>

char *to_db_binary(unsigned long long v, char *buf)
{
    char digits[65];
    int len = 0;

    do {
        digits[len++] = (char)('0' + (v & 1u));
        v >>= 1;
    } while (v != 0);

    char *w = buf;
    *w++ = 'd';
    *w++ = 'b';
    while (len > 0)
        *w++ = digits[--len];
    *w++ = 'd';
    *w++ = 'b';
    *w = '\0';
    return buf;
}

int main(void)
{
    char out[80];
    unsigned long long vals[] = {0, 5, 64, 255};
    for (int i = 0; i < 4; i++)
        printf("%llu -> %s\n", vals[i], to_db_binary(vals[i], out));
    return 0;
}
''',

    95: r'''#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * Config table check: a section is "case consistent" when every key in it
 * is lowercase or every key is uppercase.  Non-letter characters inside a
 * key do not count either way, but a key must contain at least one letter
 * to have a case.  A key that is not a string (is_text == false, e.g. a
 * numeric id) breaks the rule, and an empty table is never consistent.
 */

struct entry {
    bool is_text;
    const char *key;
    const char *val;
};

enum key_case { KC_NONE, KC_LOWER, KC_UPPER };

static enum key_case classify(const char *k)
{
    bool lower = false, upper = false;
    for (; *k; k++) {
        if (islower((unsigned char)*k)) lower = true;
        else if (isupper((unsigned char)*k)) upper = true;
    }
    if (lower && !upper) return KC_LOWER;
    if (upper && !lower) return KC_UPPER;
    return KC_NONE;
}

bool keys_case_consistent(const struct entry *tab, size_t n)
{
    if (n == 0)
        return false;

    enum key_case want = KC_NONE;
    for (size_t i = 0; i < n; i++) {
        if (!tab[i].is_text)
            return false;
        enum key_case c = classify(tab[i].key);
        if (c == KC_NONE)
            return false;
        if (i == 0)
            want = c;
        else if (c != want)
            return false;
    }
    return true;
}
''',

    111: r'''/*
 * Letter tally: the input is lowercase letters separated by spaces.
 * Report the letter(s) that occur most often together with that count.
 * Every letter tied for the top count is reported; empty input reports
 * nothing.
 *
 *   "x y x z"     -> x:2
 *   "p q r"       -> p:1 q:1 r:1
 *   "m n m n o"   -> m:2 n:2
 *   ""            -> (none)
 */
#include <stdio.h>

struct tally {
    int best;          /* highest count, 0 if no letters */
    char letters[27];  /* all letters reaching `best`, alphabetical */
};

struct tally top_letters(const char *s)
{
    int freq[26] = {0};
    struct tally t = {0, {0}};

    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            freq[*s - 'a']++;

    for (int i = 0; i < 26; i++)
        if (freq[i] > t.best)
            t.best = freq[i];

    if (t.best > 0) {
        int k = 0;
        for (int i = 0; i < 26; i++)
            if (freq[i] == t.best)
                t.letters[k++] = (char)('a' + i);
        t.letters[k] = '\0';
    }
    return t;
}

int main(void)
{
    const char *inputs[] = {"x y x z", "p q r", "m n m n o", ""};
    for (int i = 0; i < 4; i++) {
        struct tally t = top_letters(inputs[i]);
        printf("\"%s\" ->", inputs[i]);
        for (const char *c = t.letters; *c; c++)
            printf(" %c:%d", *c, t.best);
        putchar('\n');
    }
    return 0;
}
''',

    139: r'''#include <stdio.h>

/* "Brazilian" factorial: the product 1! * 2! * ... * n! for n >= 1.
 * Keep the running factorial and fold it into the total at each step.
 * With 64-bit unsigned arithmetic this stays exact up to n = 8. */
unsigned long long superfact(unsigned n)
{
    unsigned long long fact = 1, total = 1;
    for (unsigned i = 2; i <= n; i++) {
        fact *= i;
        total *= fact;
    }
    return total;
}

int main(void)
{
    unsigned n;
    if (scanf("%u", &n) == 1)
        printf("%llu\n", superfact(n));
    return 0;
}
''',

}

OTHER_C12 = [
    r'''/* consonants.c
 *
 * Count the consonants in a word: any ASCII letter that is not one of
 * a, e, i, o, u (either case).  'y' is treated as a consonant everywhere.
 * Digits, spaces and punctuation are ignored.
 *
 *   "strength"  -> 7
 *   "Aeiou"     -> 0
 *   "Rhythm 42" -> 6
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

int count_consonants(const char *word)
{
    int total = 0;
    for (; *word; word++) {
        int c = tolower((unsigned char)*word);
        if (isalpha(c) && strchr("aeiou", c) == NULL)
            total++;
    }
    return total;
}

int main(void)
{
    printf("%d\n", count_consonants("strength"));
    printf("%d\n", count_consonants("Aeiou"));
    printf("%d\n", count_consonants("Rhythm 42"));
    return 0;
}
''',

    r'''#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* widest_gap: after putting the readings in increasing order, return the
 * biggest difference between two neighbouring values.  Fewer than two
 * readings have no gap at all, and 0.0 is returned. */

static int cmp_dbl(const void *p, const void *q)
{
    double a = *(const double *)p, b = *(const double *)q;
    return (a > b) - (a < b);
}

double widest_gap(const double *readings, size_t n)
{
    if (n < 2)
        return 0.0;

    double *s = malloc(n * sizeof *s);
    if (!s)
        return 0.0;
    memcpy(s, readings, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_dbl);

    double gap = 0.0;
    for (size_t i = 1; i < n; i++)
        if (s[i] - s[i - 1] > gap)
            gap = s[i] - s[i - 1];
    free(s);
    return gap;
}
''',

    r'''/*
 * paren_depth.c
 *
 * Given a string of '(' and ')', report how deeply the parentheses nest.
 * If the string is not properly balanced the answer is -1.
 *
 *   "(()())"   -> 2
 *   "((()))()" -> 3
 *   ""         -> 0
 *   "())("     -> -1
 */
#include <stdio.h>

int max_paren_depth(const char *s)
{
    int depth = 0, deepest = 0;
    while (*s) {
        if (*s == '(') {
            if (++depth > deepest)
                deepest = depth;
        } else if (*s == ')') {
            if (--depth < 0)
                return -1;
        }
        s++;
    }
    return depth == 0 ? deepest : -1;
}

int main(void)
{
    const char *t[] = {"(()())", "((()))()", "", "())("};
    for (int i = 0; i < 4; i++)
        printf("%-10s %d\n", t[i], max_paren_depth(t[i]));
    return 0;
}
''',

    r'''#include <stdio.h>

/* Smallest divisor of n that is greater than 1.  For a prime n this is n
 * itself.  Expects n >= 2. */
static unsigned long least_factor(unsigned long n)
{
    if (n % 2 == 0)
        return 2;
    for (unsigned long d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return d;
    return n;
}

int main(void)
{
    unsigned long n;
    while (scanf("%lu", &n) == 1 && n >= 2)
        printf("%lu\n", least_factor(n));
    return 0;
}
''',

    r'''/* shrinking_pile.c
 *
 * A tapering stack of blocks: the bottom row has n blocks and every row
 * above it has two fewer, stopping before a row would be empty or
 * negative.  The counts are written bottom-up into rows[] (caller sized,
 * at least (n + 1) / 2 slots); the number of rows is returned.
 *
 *   n = 7 -> 7 5 3 1
 *   n = 6 -> 6 4 2
 *   n = 1 -> 1
 *   n = 0 -> (no rows)
 */
#include <stdio.h>

int shrinking_pile(int n, int rows[])
{
    int count = 0;
    for (int blocks = n; blocks > 0; blocks -= 2)
        rows[count++] = blocks;
    return count;
}

int main(void)
{
    int rows[16];
    int tests[] = {7, 6, 1, 0};
    for (int t = 0; t < 4; t++) {
        int r = shrinking_pile(tests[t], rows);
        printf("n=%d:", tests[t]);
        for (int i = 0; i < r; i++)
            printf(" %d", rows[i]);
        putchar('\n');
    }
    return 0;
}
''',

    r'''#include <stddef.h>
#include <stdlib.h>

/* Count how many numbers start and end with the same decimal digit,
 * looking at the magnitude only (the minus sign is ignored).  Single
 * digit numbers trivially qualify. */

static int first_digit(long v)
{
    while (v >= 10)
        v /= 10;
    return (int)v;
}

size_t same_first_last_digit(const long *vals, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        long m = labs(vals[i]);
        if (first_digit(m) == (int)(m % 10))
            count++;
    }
    return count;
}
''',

]
