"""Thirteenth batch of hand-written documents, C (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

C13 -- positives, one C document per HumanEval item, keyed by item number:
    8, 14, 18, 24, 33, 57, 66, 85, 104, 105, 106, 113, 124, 129, 130, 144,
    149, 152, 160, 162.

C_HELDOUT13 -- held-out items written as faithfully as the positives (not in
    the detector's index, so they act as negatives): 11, 19, 35, 47, 63, 115,
    139, 147.

OTHER_C13 -- six C look-alikes, near a HumanEval topic but with a different rule:
    1. all suffixes of a word, longest first (near 14, which lists prefixes).
    2. count non-overlapping occurrences of a pattern (near 18, which counts overlaps).
    3. smallest divisor greater than 1 (near 24, largest proper divisor).
    4. sum of ASCII codes of lower-case letters (near 66, upper-case).
    5. sort values at even indices in descending order in place (near 33/37).
    6. check that a sequence strictly zigzags up/down (near 57, monotonic).

Every document compiles with gcc -std=c11 -Wall (library-only ones with -c);
positives and held-out documents were checked against their item's tests.
"""

C13 = {
    8: r'''/* stats.c -- running totals for an int array
 *
 * Small helper I keep around for quick sanity checks: walk an array once
 * and produce both the additive and the multiplicative accumulation.
 * An empty array yields the identities (0 for the sum, 1 for the product).
 *
 *   {2, 5, -1}  ->  sum 6, product -10
 *   {}          ->  sum 0, product 1
 */
#include <stdio.h>
#include <stddef.h>

typedef struct {
    long long total;
    long long product;
} Accum;

Accum accumulate(const int *values, size_t count)
{
    Accum acc = { 0, 1 };
    for (size_t k = 0; k < count; ++k) {
        acc.total   += values[k];
        acc.product *= values[k];
    }
    return acc;
}

int main(void)
{
    int sample[] = { 2, 5, -1 };
    Accum a = accumulate(sample, sizeof sample / sizeof sample[0]);
    printf("sum=%lld product=%lld\n", a.total, a.product);

    Accum e = accumulate(NULL, 0);
    printf("sum=%lld product=%lld\n", e.total, e.product);
    return 0;
}
''',
    14: r'''#include <stdlib.h>
#include <string.h>

/*
 * Build every leading substring of `text`, starting with the one-character
 * prefix and growing up to the whole string.  The caller receives a heap
 * array of heap strings and its length through `out_len`; release it with
 * free_string_list().  Empty input gives a NULL array and *out_len == 0.
 */
char **leading_pieces(const char *text, size_t *out_len)
{
    size_t len = strlen(text);
    *out_len = 0;
    if (len == 0)
        return NULL;

    char **list = malloc(len * sizeof *list);
    if (!list)
        return NULL;

    for (size_t cut = 1; cut <= len; cut++) {
        char *piece = malloc(cut + 1);
        if (!piece) {
            for (size_t j = 0; j < cut - 1; j++)
                free(list[j]);
            free(list);
            return NULL;
        }
        memcpy(piece, text, cut);
        piece[cut] = '\0';
        list[cut - 1] = piece;
    }
    *out_len = len;
    return list;
}

void free_string_list(char **list, size_t n)
{
    if (!list)
        return;
    for (size_t i = 0; i < n; i++)
        free(list[i]);
    free(list);
}
''',
    18: r'''// Q: How do I count occurrences of a substring in C when matches may overlap?
//
// strstr() is fine, you just have to restart the search one character after
// the start of the previous hit instead of jumping past the whole match.
// For "banana" and "ana" that gives 2 (positions 1 and 3), and "zzzz" with
// "zz" gives 3.  An empty haystack simply yields 0.

#include <stdio.h>
#include <string.h>

static int count_overlapping(const char *haystack, const char *needle)
{
    if (*needle == '\0')
        return 0;               /* define the degenerate case away */

    int hits = 0;
    const char *p = haystack;
    while ((p = strstr(p, needle)) != NULL) {
        hits++;
        p++;                    /* step by one so overlaps are counted */
    }
    return hits;
}

int main(void)
{
    printf("%d\n", count_overlapping("banana", "ana"));   /* 2 */
    printf("%d\n", count_overlapping("zzzz", "zz"));      /* 3 */
    printf("%d\n", count_overlapping("", "q"));           /* 0 */
    return 0;
}
''',
    24: r'''/*
 * divisors.c
 *
 * greatest_proper_divisor(n): the biggest integer strictly below n that
 * divides n with no remainder.  Rather than scanning down from n-1 we find
 * the smallest factor p >= 2; n / p is then the answer.  When no such
 * factor exists below sqrt(n), n is prime and the answer is 1.
 */

unsigned long greatest_proper_divisor(unsigned long n)
{
    for (unsigned long p = 2; p * p <= n; ++p) {
        if (n % p == 0)
            return n / p;
    }
    return 1;
}
''',
    33: r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tutorial cell: sorting a strided slice in place.
 *
 * Positions 0, 3, 6, ... of the array get their values rearranged into
 * ascending order; every other position keeps its original value.  We work
 * on a fresh copy so the input is left untouched.
 *
 * Example:  {9, 1, 1, 4, 2, 2, 0}  ->  {0, 1, 1, 4, 2, 2, 9}
 */

int *sort_every_third(const int *src, size_t n)
{
    int *out = malloc(n * sizeof *out);
    if (out == NULL)
        return NULL;
    memcpy(out, src, n * sizeof *out);

    /* insertion sort, but only touching indices that are multiples of 3 */
    for (size_t i = 3; i < n; i += 3) {
        int key = out[i];
        size_t j = i;
        while (j >= 3 && out[j - 3] > key) {
            out[j] = out[j - 3];
            j -= 3;
        }
        out[j] = key;
    }
    return out;
}

int main(void)
{
    int data[] = { 9, 1, 1, 4, 2, 2, 0 };
    size_t n = sizeof data / sizeof data[0];
    int *r = sort_every_third(data, n);
    if (!r)
        return 1;
    for (size_t i = 0; i < n; i++)
        printf("%d%s", r[i], i + 1 < n ? " " : "\n");
    free(r);
    return 0;
}
''',
    57: r'''#include <stdbool.h>
#include <stddef.h>

/* Returns true when the sequence never changes direction: it is either
 * entirely non-decreasing or entirely non-increasing.  Runs of equal
 * values are allowed in either case. */
bool is_one_directional(const long *seq, size_t len)
{
    bool rising = false, falling = false;

    for (size_t i = 1; i < len; i++) {
        if (seq[i] > seq[i - 1])
            rising = true;
        else if (seq[i] < seq[i - 1])
            falling = true;

        if (rising && falling)
            return false;
    }
    return true;
}
''',
    66: r'''/*
 * Exercise 4.2 -- add up the character codes of the capital letters in a
 * string and ignore everything else (lower case, digits, punctuation,
 * spaces).
 *
 *     "xYz"       => 89
 *     "Go, Team!" => 71 + 84 = 155
 *     "quiet"     => 0
 */
#include <ctype.h>
#include <stdio.h>

int capital_code_total(const char *s)
{
    int total = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isupper(c))
            total += c;
    }
    return total;
}

int main(void)
{
    const char *inputs[] = { "xYz", "Go, Team!", "quiet" };
    for (int i = 0; i < 3; i++)
        printf("%-10s -> %d\n", inputs[i], capital_code_total(inputs[i]));
    return 0;
}
''',
    85: r'''/* hw3_problem2.c
 * Look only at the slots with an odd index (1, 3, 5, ...) and add up
 * the values found there that are even numbers. */

#include <stddef.h>

int even_at_odd_slots(const int arr[], size_t size)
{
    int acc = 0;
    size_t idx;

    for (idx = 1; idx < size; idx += 2)
        if (arr[idx] % 2 == 0)
            acc += arr[idx];

    return acc;
}
''',
    104: r'''#include <stdio.h>
#include <stdlib.h>

// Keep only the numbers whose decimal digits are all odd (1,3,5,7,9),
// and hand them back in ascending order.
//
//   {31, 7, 240, 59}  ->  {7, 31, 59}
//   {20, 48}          ->  {}

static int only_odd_digits(unsigned v)
{
    do {
        if ((v % 10) % 2 == 0)
            return 0;
        v /= 10;
    } while (v);
    return 1;
}

static int cmp_uint(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

// Result is malloc'd; its length goes to *kept. Caller frees.
unsigned *odd_digit_filter(const unsigned *nums, size_t n, size_t *kept)
{
    unsigned *res = malloc((n ? n : 1) * sizeof *res);
    size_t m = 0;
    if (!res) { *kept = 0; return NULL; }
    for (size_t i = 0; i < n; ++i)
        if (only_odd_digits(nums[i]))
            res[m++] = nums[i];
    qsort(res, m, sizeof *res, cmp_uint);
    *kept = m;
    return res;
}

int main(void)
{
    unsigned in[] = { 31, 7, 240, 59 };
    size_t m;
    unsigned *out = odd_digit_filter(in, 4, &m);
    for (size_t i = 0; i < m; ++i)
        printf("%u ", out[i]);
    putchar('\n');
    free(out);
    return 0;
}
''',
    105: r'''#include <stdlib.h>

static const char *const DIGIT_WORDS[10] = {
    NULL, "One", "Two", "Three", "Four",
    "Five", "Six", "Seven", "Eight", "Nine"
};

/*
 * Takes the values in [1, 9] from `in`, orders them from largest to smallest
 * and writes the English word for each into `words` (which must have room
 * for `n` pointers).  Anything outside 1..9 is skipped.  Returns how many
 * words were written.
 *
 * Because the accepted range is tiny, a counting pass replaces the sort.
 */
size_t digits_to_words_desc(const int *in, size_t n, const char **words)
{
    size_t tally[10] = { 0 };
    size_t produced = 0;

    for (size_t i = 0; i < n; i++)
        if (in[i] >= 1 && in[i] <= 9)
            tally[in[i]]++;

    for (int d = 9; d >= 1; d--)
        while (tally[d]--)
            words[produced++] = DIGIT_WORDS[d];

    return produced;
}
''',
    106: r'''/*
 * sequence.c
 *
 * Build an array of n values where the entry for position i (counting from 1)
 * is i! when i is even, and 1 + 2 + ... + i when i is odd.
 *
 * A couple of values to check against:
 *   position 1 -> 1, position 2 -> 2, position 8 -> 40320, position 9 -> 45
 */
#include <stdio.h>
#include <stdlib.h>

static long long factorial(int k)
{
    return k <= 1 ? 1 : k * factorial(k - 1);
}

static long long triangular(int k)
{
    return (long long)k * (k + 1) / 2;
}

long long *fact_or_triangle(int n)
{
    long long *v = calloc(n > 0 ? (size_t)n : 1, sizeof(long long));
    if (v == NULL)
        return NULL;
    for (int i = 1; i <= n; i++)
        v[i - 1] = (i % 2 == 0) ? factorial(i) : triangular(i);
    return v;
}

int main(void)
{
    int n = 9;
    long long *v = fact_or_triangle(n);
    if (!v)
        return 1;
    for (int i = 0; i < n; i++)
        printf("%lld ", v[i]);
    printf("\n");
    free(v);
    return 0;
}
''',
    113: r'''#include <stdio.h>
#include <stdlib.h>

/* For each string of digits, count how many of its digits are odd and produce
 * the sentence
 *     "the number of odd elements Nn the strNng N of the Nnput."
 * with N standing for that count (yes, the count also replaces the letter 'i'
 * in "in", "string" and "input").  Each sentence is heap allocated; the array
 * of pointers is filled in by the caller-provided `out`. Returns 0 on success,
 * -1 if an allocation failed. */

static int odd_digit_count(const char *digits)
{
    int c = 0;
    while (*digits) {
        int d = *digits++ - '0';
        c += d & 1;
    }
    return c;
}

int odd_report(const char *const *items, size_t count, char **out)
{
    static const char fmt[] =
        "the number of odd elements %dn the str%dng %d of the %dnput.";

    for (size_t i = 0; i < count; i++) {
        int k = odd_digit_count(items[i]);
        int need = snprintf(NULL, 0, fmt, k, k, k, k);
        out[i] = malloc((size_t)need + 1);
        if (!out[i]) {
            while (i--)
                free(out[i]);
            return -1;
        }
        snprintf(out[i], (size_t)need + 1, fmt, k, k, k, k);
    }
    return 0;
}
''',
    124: r'''/* date_check.c
 *
 * Accepts a string of the form mm-dd-yyyy and says whether it names a
 * plausible calendar date:
 *   - exactly three dash-separated numeric fields,
 *   - month between 1 and 12,
 *   - day at least 1 and at most 31 / 30 / 29 depending on the month
 *     (February is always allowed 29; leap years are not checked).
 *
 * "12-25-1999" -> valid
 * "02-30-2001" -> invalid (February stops at 29)
 * "09/14/2010" -> invalid (wrong separator)
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const int month_limit[13] = {
    0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
};

/* Parse a run of digits starting at *pp, stop on '-' or end. */
static bool read_field(const char **pp, long *value)
{
    const char *p = *pp;
    long v = 0;
    if (!isdigit((unsigned char)*p))
        return false;
    while (isdigit((unsigned char)*p)) {
        v = v * 10 + (*p - '0');
        if (v > 100000000L)
            return false;
        p++;
    }
    *value = v;
    *pp = p;
    return true;
}

bool date_is_valid(const char *s)
{
    long fields[3];
    const char *p = s;

    while (isspace((unsigned char)*p))
        p++;

    for (int i = 0; i < 3; i++) {
        if (!read_field(&p, &fields[i]))
            return false;
        if (i < 2) {
            if (*p != '-')
                return false;
            p++;
        }
    }
    while (isspace((unsigned char)*p))
        p++;
    if (*p != '\0')
        return false;

    long month = fields[0], day = fields[1];
    if (month < 1 || month > 12)
        return false;
    return day >= 1 && day <= month_limit[month];
}

int main(void)
{
    const char *tries[] = { "12-25-1999", "02-30-2001", "09/14/2010" };
    for (size_t i = 0; i < sizeof tries / sizeof *tries; i++)
        printf("%s: %s\n", tries[i], date_is_valid(tries[i]) ? "ok" : "bad");
    return 0;
}
''',
    129: r'''#include <stdlib.h>

/*
 * Lexicographically smallest walk of k cells on an n x n board holding a
 * permutation of 1..n*n, moving between edge-adjacent cells, revisits allowed.
 *
 * Any such walk should start on the cell with value 1.  After that the best
 * move is always to the smallest neighbour of that cell and straight back,
 * so the answer alternates 1, m, 1, m, ... where m is the minimum of the
 * neighbours of the 1-cell.
 *
 * `board` is row-major, n*n ints.  `walk` must have space for k ints.
 */
void smallest_walk(const int *board, int n, int k, int *walk)
{
    int r1 = 0, c1 = 0;
    for (int idx = 0; idx < n * n; idx++) {
        if (board[idx] == 1) {
            r1 = idx / n;
            c1 = idx % n;
            break;
        }
    }

    static const int dr[4] = { -1, 1, 0, 0 };
    static const int dc[4] = { 0, 0, -1, 1 };
    int best = n * n + 1;
    for (int d = 0; d < 4; d++) {
        int r = r1 + dr[d], c = c1 + dc[d];
        if (r < 0 || r >= n || c < 0 || c >= n)
            continue;
        if (board[r * n + c] < best)
            best = board[r * n + c];
    }

    for (int step = 0; step < k; step++)
        walk[step] = (step & 1) ? best : 1;
}
''',
    130: r'''/*
 * A "tribonacci"-flavoured sequence with a forward-looking rule:
 *
 *   t(0) = 1
 *   t(1) = 3
 *   t(i) = 1 + i/2                      for even i
 *   t(i) = t(i-1) + t(i-2) + t(i+1)     for odd i
 *
 * Since i+1 is even whenever i is odd, t(i+1) is simply 1 + (i+1)/2, so the
 * whole thing can be filled left to right.  We return t(0..n) as doubles.
 *
 * For n = 2 the result is {1, 3, 2}.
 */
#include <stdio.h>
#include <stdlib.h>

static double even_term(int i) { return 1.0 + i / 2.0; }

double *build_sequence(int n, size_t *len)
{
    size_t count = (size_t)n + 1;
    double *t = malloc(count * sizeof *t);
    if (!t) {
        *len = 0;
        return NULL;
    }
    t[0] = 1.0;
    if (n >= 1)
        t[1] = 3.0;
    for (int i = 2; i <= n; i++) {
        if (i % 2 == 0)
            t[i] = even_term(i);
        else
            t[i] = t[i - 1] + t[i - 2] + even_term(i + 1);
    }
    *len = count;
    return t;
}

int main(void)
{
    size_t len;
    double *t = build_sequence(2, &len);
    if (!t)
        return 1;
    for (size_t i = 0; i < len; i++)
        printf("%g%c", t[i], i + 1 == len ? '\n' : ',');
    free(t);
    return 0;
}
''',
    144: r'''#include <stdbool.h>
#include <stdio.h>

/* Two positive fractions arrive as text, "num/den".  Multiply them and
 * report whether the product comes out to an integer. */

struct fraction {
    long long num;
    long long den;
};

static bool parse_fraction(const char *text, struct fraction *f)
{
    return sscanf(text, "%lld/%lld", &f->num, &f->den) == 2 && f->den != 0;
}

bool product_is_integer(const char *lhs, const char *rhs)
{
    struct fraction a, b;
    if (!parse_fraction(lhs, &a) || !parse_fraction(rhs, &b))
        return false;

    long long top = a.num * b.num;
    long long bottom = a.den * b.den;
    return top % bottom == 0;
}
''',
    149: r'''/*
 * gist: filter_even_words.c
 *
 * Drop every word whose length is odd, then order what remains by length,
 * breaking ties with ordinary strcmp order.  Works in place on the pointer
 * array and returns the new count.
 *
 *   {"kiwi", "fig", "pear", "ox"}  ->  {"ox", "kiwi", "pear"}
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_len_then_alpha(const void *pa, const void *pb)
{
    const char *a = *(const char *const *)pa;
    const char *b = *(const char *const *)pb;
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

size_t keep_even_length_sorted(const char **words, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n; r++)
        if (strlen(words[r]) % 2 == 0)
            words[w++] = words[r];
    qsort(words, w, sizeof *words, by_len_then_alpha);
    return w;
}

int main(void)
{
    const char *list[] = { "kiwi", "fig", "pear", "ox" };
    size_t n = keep_even_length_sorted(list, 4);
    for (size_t i = 0; i < n; i++)
        puts(list[i]);
    return 0;
}
''',
    152: r'''#include <stddef.h>
#include <stdlib.h>

/* Score a set of predictions: for match i, store how far the prediction
 * missed the real result (0 for a perfect call).  `miss` must hold n ints. */
void prediction_error(const int *actual, const int *predicted, int *miss, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        miss[i] = abs(actual[i] - predicted[i]);
}
''',
    160: r'''/*
 * evaluate.c -- evaluate a flat expression given as two parallel arrays.
 *
 * nums[0] ops[0] nums[1] ops[1] ... nums[n-1]
 *
 * Supported operators: "+", "-", "*", "//" (floor division) and "**" (power).
 * Usual precedence applies: ** binds tightest and groups to the right,
 * then * and //, then + and -, both left to right.
 *
 * e.g. ops = {"-", "**"}, nums = {10, 2, 3}  =>  10 - 2**3 = 2
 *      ops = {"*", "+"},  nums = {6, 7, 1}   =>  43
 */
#include <stdio.h>
#include <string.h>

typedef struct {
    const char **ops;
    const long long *nums;
    int count;      /* number of operands */
    int pos;        /* index of the next operand to consume */
} Parser;

static const char *peek_op(const Parser *p)
{
    /* operator sitting between operand pos-1 and operand pos */
    return (p->pos < p->count) ? p->ops[p->pos - 1] : NULL;
}

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

static long long parse_power(Parser *p)
{
    long long base = p->nums[p->pos++];
    const char *op = peek_op(p);
    if (op && strcmp(op, "**") == 0) {
        long long exp = parse_power(p);   /* right associative */
        return ipow(base, exp);
    }
    return base;
}

static long long parse_term(Parser *p)
{
    long long acc = parse_power(p);
    for (;;) {
        const char *op = peek_op(p);
        if (op && strcmp(op, "*") == 0)
            acc *= parse_power(p);
        else if (op && strcmp(op, "//") == 0)
            acc = floor_div(acc, parse_power(p));
        else
            return acc;
    }
}

static long long parse_sum(Parser *p)
{
    long long acc = parse_term(p);
    for (;;) {
        const char *op = peek_op(p);
        if (op && strcmp(op, "+") == 0)
            acc += parse_term(p);
        else if (op && strcmp(op, "-") == 0)
            acc -= parse_term(p);
        else
            return acc;
    }
}

long long eval_chain(const char **ops, const long long *nums, int n_nums)
{
    Parser p = { ops, nums, n_nums, 0 };
    return parse_sum(&p);
}

int main(void)
{
    const char *o1[] = { "-", "**" };
    long long v1[] = { 10, 2, 3 };
    const char *o2[] = { "*", "+" };
    long long v2[] = { 6, 7, 1 };
    printf("%lld\n", eval_chain(o1, v1, 3));
    printf("%lld\n", eval_chain(o2, v2, 3));
    return 0;
}
''',
    162: r'''/* md5hex.c -- self-contained MD5 (RFC 1321) returning a lowercase hex string.
 *
 * md5_hex() returns a freshly malloc'd 33-byte string, or NULL when the input
 * is empty (or allocation fails).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ROTL32(x, c) (((x) << (c)) | ((x) >> (32 - (c))))

static const uint32_t K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
};

static const unsigned SHIFT[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21
};

static void md5_block(uint32_t h[4], const unsigned char *blk)
{
    uint32_t w[16];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[i * 4] | ((uint32_t)blk[i * 4 + 1] << 8) |
               ((uint32_t)blk[i * 4 + 2] << 16) | ((uint32_t)blk[i * 4 + 3] << 24);

    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16)      { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d;          g = (3 * i + 5) % 16; }
        else             { f = c ^ (b | ~d);       g = (7 * i) % 16; }

        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + ROTL32(a + f + K[i] + w[g], SHIFT[i]);
        a = tmp;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

char *md5_hex(const char *text)
{
    size_t len = strlen(text);
    if (len == 0)
        return NULL;

    uint32_t h[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };

    /* message + 0x80 + zero padding + 8-byte length, multiple of 64 */
    size_t padded = ((len + 8) / 64 + 1) * 64;
    unsigned char *buf = calloc(padded, 1);
    if (!buf)
        return NULL;
    memcpy(buf, text, len);
    buf[len] = 0x80;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        buf[padded - 8 + i] = (unsigned char)(bits >> (8 * i));

    for (size_t off = 0; off < padded; off += 64)
        md5_block(h, buf + off);
    free(buf);

    static const char hex[] = "0123456789abcdef";
    char *out = malloc(33);
    if (!out)
        return NULL;
    for (int i = 0; i < 16; i++) {
        unsigned byte = (h[i / 4] >> (8 * (i % 4))) & 0xff;
        out[2 * i]     = hex[byte >> 4];
        out[2 * i + 1] = hex[byte & 0xf];
    }
    out[32] = '\0';
    return out;
}
''',
}

C_HELDOUT13 = {
    11: r'''/* Bitwise exclusive-or of two equal-length strings made of '0' and '1'.
 *
 *   bitxor("1100", "1010") -> "0110"
 *   bitxor("0", "1")       -> "1"
 *
 * The result is malloc'd; only the common length of the two inputs is used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *bitxor(const char *x, const char *y)
{
    size_t lx = strlen(x), ly = strlen(y);
    size_t n = lx < ly ? lx : ly;
    char *res = malloc(n + 1);
    if (res == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++)
        res[i] = (x[i] == y[i]) ? '0' : '1';
    res[n] = '\0';
    return res;
}

int main(void)
{
    char *r = bitxor("1100", "1010");
    if (r) {
        puts(r);
        free(r);
    }
    return 0;
}
''',
    19: r'''#include <stdio.h>
#include <string.h>

/*
 * Reorder a space separated list of English digit names ("zero" .. "nine")
 * into numeric order.  The result is written into `out` (which should be at
 * least as large as the input) with single spaces between words.
 *
 * Implementation note: with only ten possible words a counting sort is the
 * obvious choice -- tally each name, then emit them from zero upward.
 */

static const char *const NAMES[10] = {
    "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine"
};

static int name_index(const char *word, size_t len)
{
    for (int d = 0; d < 10; d++)
        if (strlen(NAMES[d]) == len && strncmp(NAMES[d], word, len) == 0)
            return d;
    return -1;
}

void order_digit_words(const char *input, char *out)
{
    int tally[10] = { 0 };
    const char *p = input;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start) {
            int d = name_index(start, (size_t)(p - start));
            if (d >= 0)
                tally[d]++;
        }
    }

    char *w = out;
    for (int d = 0; d < 10; d++) {
        for (int k = 0; k < tally[d]; k++) {
            if (w != out)
                *w++ = ' ';
            size_t len = strlen(NAMES[d]);
            memcpy(w, NAMES[d], len);
            w += len;
        }
    }
    *w = '\0';
}
''',
    35: r'''// Largest value in a non-empty int array.
//
//   {-4, 17, 3}   -> 17
//   {-9, -2, -30} -> -2
#include <assert.h>
#include <stddef.h>
#include <stdio.h>

int array_peak(const int *a, size_t n)
{
    assert(n > 0);
    int peak = a[0];
    for (size_t i = 1; i < n; i++)
        if (a[i] > peak)
            peak = a[i];
    return peak;
}

int main(void)
{
    int x[] = { -4, 17, 3 };
    int y[] = { -9, -2, -30 };
    printf("%d %d\n", array_peak(x, 3), array_peak(y, 3));
    return 0;
}
''',
    47: r'''#include <stdlib.h>
#include <string.h>

/* Middle value of a sample.  For an even number of elements the mean of the
 * two central values is returned.  The input is not modified; a sorted copy
 * is made internally. */

static int ascending(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}

double middle_value(const int *sample, size_t count)
{
    int *tmp = malloc(count * sizeof *tmp);
    if (!tmp)
        return 0.0;
    memcpy(tmp, sample, count * sizeof *tmp);
    qsort(tmp, count, sizeof *tmp, ascending);

    double m;
    size_t half = count / 2;
    if (count % 2)
        m = tmp[half];
    else
        m = (tmp[half - 1] + (double)tmp[half]) / 2.0;

    free(tmp);
    return m;
}
''',
    63: r'''/*
 * A three-term cousin of Fibonacci:
 *     s(0) = 0, s(1) = 0, s(2) = 1,
 *     s(n) = s(n-1) + s(n-2) + s(n-3) for n >= 3.
 *
 * Iterative, O(n) time and O(1) space.
 *
 *     s(6) = 7
 *     s(7) = 13
 */
#include <stdio.h>

unsigned long long three_step(unsigned n)
{
    unsigned long long a = 0, b = 0, c = 1;   /* s(i), s(i+1), s(i+2) */
    if (n == 0 || n == 1)
        return 0;
    while (n-- > 2) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return c;
}

int main(void)
{
    for (unsigned i = 0; i <= 7; i++)
        printf("s(%u) = %llu\n", i, three_step(i));
    return 0;
}
''',
    115: r'''#include <stddef.h>

#define MAX_COLS 100

/* Each row of `wells` is one well; each 1 in it is a unit of water.  A bucket
 * holds `capacity` units and every well has its own bucket.  Count how many
 * times buckets have to be lowered in total to drain all of the wells. */
int bucket_trips(int rows, int cols, const int wells[][MAX_COLS], int capacity)
{
    int trips = 0;
    for (int r = 0; r < rows; r++) {
        int water = 0;
        for (int c = 0; c < cols; c++)
            water += wells[r][c];
        trips += (water + capacity - 1) / capacity;   /* ceiling division */
    }
    return trips;
}
''',
    139: r'''/* superfact.c
 *
 * Product of successive factorials:  1! * 2! * ... * n!
 * Example: n = 3 gives 1 * 2 * 6 = 12.
 *
 * Grows extremely fast -- unsigned 64-bit holds it only up to n = 8.
 */
#include <stdio.h>

unsigned long long factorial_tower(unsigned n)
{
    unsigned long long running = 1, result = 1;
    for (unsigned i = 2; i <= n; i++) {
        running *= i;
        result *= running;
    }
    return result;
}

int main(void)
{
    printf("%llu\n", factorial_tower(3));
    return 0;
}
''',
    147: r'''#include <stdint.h>

/*
 * Let v_i = i*i - i + 1 for i = 1..n.  Count index triples i < j < k whose
 * values sum to a multiple of 3.
 *
 * Only residues mod 3 matter, so bucket the values by residue and combine
 * the counts: a valid triple is three values from the same bucket, or one
 * value from each of the three buckets.  (In practice bucket 2 stays empty:
 * the residue is 0 when i % 3 == 2 and 1 otherwise.)
 */
static int64_t choose3(int64_t m)
{
    return m < 3 ? 0 : m * (m - 1) * (m - 2) / 6;
}

int64_t triples_div_by_three(int n)
{
    int64_t bucket[3] = { 0, 0, 0 };
    for (int64_t i = 1; i <= n; i++)
        bucket[(i * i - i + 1) % 3]++;

    return choose3(bucket[0]) + choose3(bucket[1]) + choose3(bucket[2])
         + bucket[0] * bucket[1] * bucket[2];
}
''',
}

OTHER_C13 = [
    r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* List every trailing substring of a word, from the full word down to its
 * last character.
 *
 *   "code"  ->  "code", "ode", "de", "e"
 *
 * The returned pointers point into the original string, so nothing but the
 * array itself needs freeing. */
const char **tails_longest_first(const char *word, size_t *count)
{
    size_t len = strlen(word);
    const char **tails = malloc((len ? len : 1) * sizeof *tails);
    if (!tails) {
        *count = 0;
        return NULL;
    }
    for (size_t i = 0; i < len; i++)
        tails[i] = word + i;
    *count = len;
    return tails;
}

int main(void)
{
    size_t n;
    const char **t = tails_longest_first("code", &n);
    for (size_t i = 0; i < n; i++)
        printf("%s\n", t[i]);
    free(t);
    return 0;
}
''',
    r'''#include <string.h>

/* How many times does `pat` occur in `text` if each match consumes its
 * characters, i.e. matches are not allowed to overlap?  Scanning resumes
 * right after the end of every hit. */
int count_disjoint(const char *text, const char *pat)
{
    size_t plen = strlen(pat);
    int found = 0;

    if (plen == 0)
        return 0;
    for (const char *p = strstr(text, pat); p; p = strstr(p + plen, pat))
        found++;
    return found;
}
''',
    r'''/*
 * least_factor(n): the smallest integer d > 1 with n % d == 0.
 * For a prime n that is n itself.
 *
 *   least_factor(35) == 5
 *   least_factor(13) == 13
 *   least_factor(64) == 2
 */
#include <stdio.h>

unsigned least_factor(unsigned n)
{
    if (n % 2 == 0)
        return 2;
    for (unsigned d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return d;
    return n;
}

int main(void)
{
    unsigned samples[] = { 35, 13, 64 };
    for (int i = 0; i < 3; i++)
        printf("least_factor(%u) = %u\n", samples[i], least_factor(samples[i]));
    return 0;
}
''',
    r'''// Add up the ASCII values of the lower-case letters in a string;
// capitals, digits, spaces and punctuation contribute nothing.
#include <ctype.h>

long lowercase_code_sum(const char *str)
{
    long sum = 0;
    while (*str) {
        unsigned char ch = (unsigned char)*str++;
        if (islower(ch))
            sum += ch;
    }
    return sum;
}
''',
    r'''/*
 * Rearranges the values sitting at even positions (0, 2, 4, ...) into
 * descending order while every odd position keeps its value.  Done in place
 * with a simple selection sort over the even slots.
 *
 *   {1, 8, 5, 0, 3}  ->  {5, 8, 3, 0, 1}
 */
#include <stddef.h>
#include <stdio.h>

void even_slots_descending(int *v, size_t n)
{
    for (size_t i = 0; i < n; i += 2) {
        size_t best = i;
        for (size_t j = i + 2; j < n; j += 2)
            if (v[j] > v[best])
                best = j;
        int tmp = v[i];
        v[i] = v[best];
        v[best] = tmp;
    }
}

int main(void)
{
    int v[] = { 1, 8, 5, 0, 3 };
    size_t n = sizeof v / sizeof v[0];
    even_slots_descending(v, n);
    for (size_t i = 0; i < n; i++)
        printf("%d ", v[i]);
    putchar('\n');
    return 0;
}
''',
    r'''#include <stdbool.h>
#include <stddef.h>

/* A sequence "zigzags" when consecutive differences strictly alternate in
 * sign: up, down, up, ... or down, up, down, ...  Equal neighbours break the
 * pattern.  Sequences with fewer than two elements count as zigzagging. */
bool is_zigzag(const int *a, size_t n)
{
    int prev_sign = 0;
    for (size_t i = 1; i < n; i++) {
        int diff = a[i] - a[i - 1];
        int sign = (diff > 0) - (diff < 0);
        if (sign == 0 || sign == prev_sign)
            return false;
        prev_sign = sign;
    }
    return true;
}
''',
]
