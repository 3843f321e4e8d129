"""Twenty-fourth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C24A: positives keyed by HumanEval item number, items 1, 13, 16, 21, 26, 38, 45, 48, 50, 61, 78, 82, 84, 92, 104, 108, 109, 117, 125, 126, 133, 150, 152, 153.
  C_HELDOUT24A: held-out documents, items 35, 47, 59, 71, 95, 115, 119.
  OTHER_C24A: seven C look-alikes with a different rule:
    0. count hex digits whose value is a power of two (1, 2, 4, 8), not the prime ones.
    1. can the string's characters be rearranged into a palindrome (at most one odd count).
    2. number of common divisors of a and b (divisor count of their gcd), not the gcd.
    3. minimum number of brackets to insert to balance a paren string, not a yes/no check.
    4. list each value that occurs at least twice, once, in first-appearance order (the repeats, not the singletons).
    5. triangle area from three vertex coordinates (shoelace), not from base and height.
    6. Atbash mirror cipher (a<->z, case kept), not a fixed-distance shift.
"""

C24A = {}
C_HELDOUT24A = {}
OTHER_C24A = []

C24A[1] = r'''Q: Pulling the top-level parenthesis groups out of a string in C

I have input like "(()) ()  ( (()) )" and I need each outermost balanced
group as its own string, with the spaces thrown away. My attempt with strtok
falls apart because the groups are not always separated by spaces. What is
the clean way to do this?

A: Don't tokenize at all; walk the string once and track the nesting depth.
Every character you care about is either '(' or ')', so you append it to a
scratch buffer. Whenever a ')' takes the depth back to zero, the buffer holds
one complete group: copy it out and start over. Anything else (spaces, tabs)
is simply never copied.

```c
#include <stdio.h>
#include <string.h>

#define GROUP_MAX 128

/* Writes each outermost balanced group of `src` into out[0..], with all
 * non-parenthesis characters dropped. Returns how many groups were stored
 * (never more than `cap`). Assumes the input is well formed. */
int split_top_level(const char *src, char out[][GROUP_MAX], int cap)
{
    char scratch[GROUP_MAX];
    int depth = 0, used = 0, stored = 0;

    for (; *src != '\0'; ++src) {
        if (*src != '(' && *src != ')')
            continue;                      /* skip blanks and friends */

        if (used < GROUP_MAX - 1)
            scratch[used++] = *src;

        depth += (*src == '(') ? 1 : -1;

        if (*src == ')' && depth == 0) {   /* just closed a group */
            scratch[used] = '\0';
            if (stored < cap)
                strcpy(out[stored++], scratch);
            used = 0;
        }
    }
    return stored;
}

int main(void)
{
    char groups[16][GROUP_MAX];
    int n = split_top_level("(()) ()  ( (()) )", groups, 16);

    for (int i = 0; i < n; i++)
        printf("%s\n", groups[i]);
    /* output:
     *   (())
     *   ()
     *   ((()))
     */
    return 0;
}
```

Because the depth only returns to zero at the end of an outermost group,
nested groups stay glued to their parent, which is exactly what you want.
'''

C24A[13] = r'''/*
 * intmath.c - integer helpers for the fraction module.
 *
 * gcd uses Stein's binary algorithm (only shifts and subtraction), which
 * was measurably faster than the modulo loop on the old ARM board.
 */
#include <stdlib.h>

static unsigned long magnitude(long v)
{
    return v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
}

unsigned long ugcd(unsigned long u, unsigned long v)
{
    int twos = 0;

    if (u == 0)
        return v;
    if (v == 0)
        return u;

    /* pull out the power of two both share */
    while (((u | v) & 1UL) == 0) {
        u >>= 1;
        v >>= 1;
        twos++;
    }
    while ((u & 1UL) == 0)
        u >>= 1;

    do {
        while ((v & 1UL) == 0)
            v >>= 1;
        if (u > v) {
            unsigned long tmp = u;
            u = v;
            v = tmp;
        }
        v -= u;
    } while (v != 0);

    return u << twos;
}

/* largest positive integer dividing both a and b */
long highest_common_factor(long a, long b)
{
    return (long)ugcd(magnitude(a), magnitude(b));
}

long least_common_multiple(long a, long b)
{
    if (a == 0 || b == 0)
        return 0;
    return labs(a / highest_common_factor(a, b) * b);
}

/* bring num/den to lowest terms, sign carried by the numerator */
void fraction_reduce(long *num, long *den)
{
    long g = highest_common_factor(*num, *den);
    if (g > 1) {
        *num /= g;
        *den /= g;
    }
    if (*den < 0) {
        *num = -*num;
        *den = -*den;
    }
}
'''

C24A[16] = r'''/* How many different letters are in a word, if 'Q' and 'q' count as one?
 *
 * I needed this for a little word-game scorer. The trick is to fold every
 * character to lower case before marking it in a 256-entry table; after
 * that it is just counting the first time each slot is hit. Note that this
 * counts every kind of character, not only letters, so a space or a digit
 * is a "distinct character" too.
 *
 *   "Banana"       -> 3   (b, a, n)
 *   "Hello World"  -> 8   (h, e, l, o, space, w, r, d)
 *   ""             -> 0
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>

int distinct_chars_nocase(const char *s)
{
    bool seen[256] = { false };
    int kinds = 0;

    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char folded = (unsigned char)tolower(*p);
        if (!seen[folded]) {
            seen[folded] = true;
            kinds++;
        }
    }
    return kinds;
}

int main(void)
{
    const char *words[] = { "Banana", "Hello World", "" };
    for (int i = 0; i < 3; i++)
        printf("\"%s\" -> %d\n", words[i], distinct_chars_nocase(words[i]));
    return 0;
}
'''

C24A[21] = r'''/*
 * CS 102 - Lab 4, part 2: min-max normalisation
 *
 * Write normalise() so that, after the call, the smallest value in the
 * array has become 0.0, the largest has become 1.0, and everything else
 * sits on the same straight line in between:
 *
 *      v' = (v - lo) / (hi - lo)
 *
 * You may assume the array has at least two elements and that they are
 * not all equal. Sample runs:
 *
 *      {10, 20, 15}        ->  {0, 1, 0.5}
 *      {-3, 1}             ->  {0, 1}
 *      {8, 0, 2, 4}        ->  {1, 0, 0.25, 0.5}
 */
#include <stdio.h>

static void find_range(const double *v, int n, double *lo, double *hi)
{
    *lo = *hi = v[0];
    for (int i = 1; i < n; i++) {
        if (v[i] < *lo) *lo = v[i];
        if (v[i] > *hi) *hi = v[i];
    }
}

void normalise(double *v, int n)
{
    double lo, hi;
    find_range(v, n, &lo, &hi);
    double span = hi - lo;
    for (int i = 0; i < n; i++)
        v[i] = (v[i] - lo) / span;
}

int main(void)
{
    double data[] = { 8, 0, 2, 4 };
    int n = sizeof data / sizeof data[0];

    normalise(data, n);
    for (int i = 0; i < n; i++)
        printf("%g%s", data[i], i + 1 < n ? ", " : "\n");
    return 0;
}
'''

C24A[26] = r'''Code review: "keep only the values that appear exactly once"

Posted by dkr_88:

For a log-analysis tool I need to take an array of ints and throw away every
value that shows up more than once (all copies of it, not just the extras).
The survivors must stay in their original order. Here is what I have; it is
quadratic, but our arrays are a few hundred elements at most. Anything I am
missing?

    #include <stddef.h>

    /* how many times does `v` occur in a[0..n) */
    static size_t occurrences(const int *a, size_t n, int v)
    {
        size_t hits = 0;
        for (size_t i = 0; i < n; i++)
            if (a[i] == v)
                hits++;
        return hits;
    }

    /* Copies the singletons of a[0..n) into out (which must have room for
     * n ints), preserving order. Returns how many were copied. */
    size_t keep_singletons(const int *a, size_t n, int *out)
    {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (occurrences(a, n, a[i]) == 1)
                out[k++] = a[i];
        return k;
    }

Reply from mhalloran:

Looks correct to me. Two small remarks. First, do not let anyone call it
with `out == a`: occurrences() re-reads the whole input on every step, so
once earlier slots have been overwritten the counts go wrong. Document that
the buffers must not overlap. Second, if the arrays ever get big, sort a copy, count run
lengths, and then do a binary search per element; that gets you
O(n log n) with the same output order.

Reply from dkr_88:

Good catch on the aliasing, added a comment. Thanks!
'''

C24A[38] = r'''/* triplet_rotate.c
 *
 * Toy scrambler used in the puzzle-hunt scripts. The text is cut into
 * consecutive blocks of three characters. Every full block is rotated one
 * place to the left ("xyz" becomes "yzx"); a trailing block of one or two
 * characters is left untouched.
 *
 * unscramble_triplets() undoes that: each full block gets rotated one place
 * to the right ("yzx" back to "xyz"). Both work in place on a NUL-terminated
 * buffer.
 */
#include <string.h>

void scramble_triplets(char *text)
{
    size_t len = strlen(text);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char first = text[i];
        text[i]     = text[i + 1];
        text[i + 1] = text[i + 2];
        text[i + 2] = first;
    }
}

void unscramble_triplets(char *text)
{
    size_t len = strlen(text);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char last = text[i + 2];
        text[i + 2] = text[i + 1];
        text[i + 1] = text[i];
        text[i]     = last;
    }
}
'''

C24A[45] = r'''/* shapes.c -- area helpers for the floor-plan estimator */
#include <math.h>

double rect_area(double width, double depth)
{
    return width * depth;
}

double disc_area(double radius)
{
    return M_PI * radius * radius;
}

/* Triangle given one side (the base) and the height measured
 * perpendicular to that side: half of base times height.
 * e.g. base 6, height 4  -> 12.0
 *      base 3, height 3  -> 4.5   */
double tri_area_base_height(double base, double height)
{
    return base * height / 2.0;
}

/* trapezoid with parallel sides a and b, distance h between them */
double trapezoid_area(double a, double b, double h)
{
    return (a + b) * h / 2.0;
}
'''

C24A[48] = r'''#include <assert.h>
#include <stdbool.h>
#include <string.h>

/* True when `s` is the same string read backwards.
 * Exact comparison: case and punctuation matter. The empty
 * string counts as a palindrome. */
static bool reads_same_backwards(const char *s)
{
    const char *lo = s;
    const char *hi = s + strlen(s);

    while (lo < hi) {
        --hi;
        if (*lo != *hi)
            return false;
        ++lo;
    }
    return true;
}

int main(void)
{
    assert(reads_same_backwards("level"));
    assert(reads_same_backwards("rotor"));
    assert(reads_same_backwards("x"));
    assert(reads_same_backwards(""));
    assert(!reads_same_backwards("abca"));
    assert(!reads_same_backwards("Rotor"));   /* 'R' != 'r' */
    return 0;
}
'''

C24A[50] = r'''/*
 * rot5.c - shift every lowercase letter five places along the alphabet,
 * wrapping from 'z' back round to 'a'. The decoder walks the same distance
 * in the opposite direction. Input is expected to be lowercase a-z only.
 */
#include <stddef.h>

#define ROT_STEP 5

static char rotate_letter(char c, int step)
{
    int pos = (c - 'a' + step) % 26;
    if (pos < 0)
        pos += 26;
    return (char)('a' + pos);
}

void rot5_encode(const char *plain, char *out)
{
    size_t i;
    for (i = 0; plain[i] != '\0'; i++)
        out[i] = rotate_letter(plain[i], ROT_STEP);
    out[i] = '\0';
}

void rot5_decode(const char *cipher, char *out)
{
    size_t i;
    for (i = 0; cipher[i] != '\0'; i++)
        out[i] = rotate_letter(cipher[i], -ROT_STEP);
    out[i] = '\0';
}
'''

C24A[61] = r'''Checking that a string of round brackets is properly matched

A running counter is all you need: add one for every "(", subtract one for
every ")". If the counter ever goes negative, some ")" showed up with nothing
left to close, and the answer is no. At the end the counter must be back at
zero, otherwise some "(" never got closed.

    #include <stdio.h>

    int parens_balanced(const char *s)
    {
        int open = 0;
        for (; *s; s++) {
            open += (*s == '(') ? 1 : -1;
            if (open < 0)
                return 0;        /* closed something that was never opened */
        }
        return open == 0;
    }

    int main(void)
    {
        printf("%d\n", parens_balanced("(())()"));   /* 1 */
        printf("%d\n", parens_balanced("())("));     /* 0 */
        printf("%d\n", parens_balanced("(("));       /* 0 */
        printf("%d\n", parens_balanced(""));         /* 1 */
        return 0;
    }

The input is assumed to contain only "(" and ")"; any other character is
treated like a closing bracket here.
'''

C24A[78] = r'''/*
 * Count the hex digits of a string whose value is a prime number.
 *
 * Of the sixteen hex digits only six are prime: 2, 3, 5, 7, B (11) and
 * D (13). The input is a hex string with uppercase A-F (possibly empty).
 *
 *   "B7F"     -> 2
 *   "DEAD"    -> 2
 *   "C0FFEE"  -> 0
 */
#include <stdio.h>

static int is_prime_hex_digit(char c)
{
    switch (c) {
    case '2': case '3': case '5': case '7':
    case 'B': case 'D':
        return 1;
    default:
        return 0;
    }
}

int prime_hex_digits(const char *hex)
{
    int count = 0;
    while (*hex)
        count += is_prime_hex_digit(*hex++);
    return count;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        printf("%s: %d\n", argv[i], prime_hex_digits(argv[i]));
    return 0;
}
'''

C24A[82] = r'''#include <stdbool.h>
#include <string.h>

/* trial division up to sqrt(n); 0 and 1 are not prime */
static bool prime_p(size_t n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (size_t d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

/* Does the string have a prime number of characters? */
bool has_prime_length(const char *word)
{
    return prime_p(strlen(word));
}
'''

C24A[84] = r'''/*
 * Exercise 7: add up the decimal digits of a non-negative integer and hand
 * the total back written in base 2, as a string.
 *
 *   29   -> digits add up to 11 -> "1011"
 *   505  -> digits add up to 10 -> "1010"
 *   0    -> digits add up to 0  -> "0"
 *
 * The caller supplies the output buffer; 33 bytes is always enough.
 */
#include <stdio.h>

static unsigned decimal_digit_sum(unsigned n)
{
    unsigned total = 0;
    do {
        total += n % 10;
        n /= 10;
    } while (n > 0);
    return total;
}

char *digit_sum_in_binary(unsigned n, char *buf)
{
    unsigned s = decimal_digit_sum(n);
    char tmp[33];
    int len = 0;

    do {                       /* produce bits least significant first */
        tmp[len++] = (char)('0' + (s & 1u));
        s >>= 1;
    } while (s != 0);

    for (int i = 0; i < len; i++)  /* then reverse into the caller's buffer */
        buf[i] = tmp[len - 1 - i];
    buf[len] = '\0';
    return buf;
}

int main(void)
{
    char out[33];
    unsigned samples[] = { 29, 505, 0 };
    for (int i = 0; i < 3; i++)
        printf("%u -> %s\n", samples[i], digit_sum_in_binary(samples[i], out));
    return 0;
}
'''

C24A[92] = r'''/*
 * Values coming out of our little expression parser are tagged: either an
 * integer literal or a real one. sum_of_other_two() answers the question
 * "is one of these three values the sum of the other two?", but only when
 * all three are integer literals. A real literal (even 2.0) makes the answer
 * false straight away.
 */
#include <assert.h>
#include <stdbool.h>

typedef enum { LIT_INT, LIT_REAL } lit_kind;

typedef struct {
    lit_kind kind;
    union {
        long   i;
        double r;
    } as;
} literal;

static literal mk_int(long v)    { literal l; l.kind = LIT_INT;  l.as.i = v; return l; }
static literal mk_real(double v) { literal l; l.kind = LIT_REAL; l.as.r = v; return l; }

bool sum_of_other_two(literal a, literal b, literal c)
{
    if (a.kind != LIT_INT || b.kind != LIT_INT || c.kind != LIT_INT)
        return false;

    long x = a.as.i, y = b.as.i, z = c.as.i;
    return x == y + z || y == x + z || z == x + y;
}

int main(void)
{
    assert( sum_of_other_two(mk_int(4),   mk_int(9),   mk_int(5)));   /* 9 = 4 + 5   */
    assert( sum_of_other_two(mk_int(-6),  mk_int(-2),  mk_int(-4)));  /* -6 = -2 - 4 */
    assert(!sum_of_other_two(mk_int(10),  mk_int(3),   mk_int(3)));
    assert(!sum_of_other_two(mk_real(2.0), mk_int(1),  mk_int(1)));   /* real literal */
    assert(!sum_of_other_two(mk_real(1.5), mk_real(0.5), mk_int(1)));
    return 0;
}
'''

C24A[104] = r'''/* odd_only.c
 *
 * From a list of positive integers keep the ones built entirely from odd
 * digits (1, 3, 5, 7, 9 -- a single even digit anywhere disqualifies the
 * number) and return them in ascending order.
 *
 *   {57, 19, 240, 3}  ->  {3, 19, 57}
 *   {8, 21, 406}      ->  {}
 */
#include <stdio.h>
#include <stdlib.h>

static int only_odd_digits(unsigned long v)
{
    do {
        if ((v % 10) % 2 == 0)
            return 0;
        v /= 10;
    } while (v != 0);
    return 1;
}

static int cmp_ulong(const void *pa, const void *pb)
{
    unsigned long a = *(const unsigned long *)pa;
    unsigned long b = *(const unsigned long *)pb;
    return (a > b) - (a < b);
}

/* `out` needs room for n values; returns how many were kept */
size_t odd_digit_members(const unsigned long *in, size_t n, unsigned long *out)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (only_odd_digits(in[i]))
            out[kept++] = in[i];
    qsort(out, kept, sizeof *out, cmp_ulong);
    return kept;
}

int main(void)
{
    unsigned long in[] = { 57, 19, 240, 3 }, out[4];
    size_t k = odd_digit_members(in, 4, out);
    for (size_t i = 0; i < k; i++)
        printf("%lu ", out[i]);
    putchar('\n');                 /* 3 19 57 */
    return 0;
}
'''

C24A[108] = r'''#include <stddef.h>

/*
 * "Signed digit sum": add up the decimal digits of n, except that for a
 * negative n the leading (most significant) digit is counted as negative
 * and all the others as positive.
 */
static long signed_digit_sum(long n)
{
    int negative = n < 0;
    unsigned long m = negative ? 0UL - (unsigned long)n : (unsigned long)n;
    long total = 0;
    long lead = 0;

    while (m > 0) {
        lead = (long)(m % 10);   /* ends up holding the leading digit */
        total += lead;
        m /= 10;
    }
    if (negative)
        total -= 2 * lead;       /* flip the sign of the leading digit */
    return total;
}

/* How many elements of vals have a strictly positive signed digit sum. */
size_t count_positive_digit_sums(const long *vals, size_t len)
{
    size_t hits = 0;
    for (size_t i = 0; i < len; i++)
        if (signed_digit_sum(vals[i]) > 0)
            hits++;
    return hits;
}
'''

C24A[109] = r'''Can a rotation sort it?

Given an array of distinct integers, decide whether some number of right
rotations (last element moves to the front, everything else shifts one
step right) leaves it in ascending order. An empty array trivially
qualifies.

Observation: a rotated sorted array of distinct values goes "down" at most
once when you walk around it circularly (including the wrap from the last
element back to the first). Any array with two or more such drops cannot be
a rotation of its sorted form. So one pass is enough:

```c
#include <stdbool.h>
#include <stddef.h>

bool sortable_by_rotation(const int *a, size_t n)
{
    size_t drops = 0;

    for (size_t i = 0; i < n; i++) {
        int next = a[(i + 1) % n];      /* wraps around at the end */
        if (a[i] > next && ++drops > 1)
            return false;
    }
    return true;                        /* also covers n == 0 and n == 1 */
}
```

Examples: {7, 9, 2, 4} gives true (two right rotations produce
{2, 4, 7, 9}), while {7, 2, 9, 4} gives false because the circular walk
drops at 7->2 and again at 9->4.
'''

C24A[117] = r'''/*
 * words_by_consonants.c
 *
 * Walk a sentence made of letters and spaces and collect, in order, every
 * word that contains exactly `want` consonants. A consonant is any letter
 * other than a, e, i, o, u (either case).
 *
 * The matches are returned as freshly allocated strings in `found`; the
 * caller owns them and must free() each one.
 */
#include <stdlib.h>
#include <string.h>

static int is_vowel(char c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

static int consonants_in(const char *w, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        if (!is_vowel(w[i]))
            n++;
    return n;
}

size_t words_with_consonants(const char *sentence, int want,
                             char **found, size_t cap)
{
    size_t count = 0;
    const char *p = sentence;

    while (*p) {
        while (*p == ' ')
            p++;
        if (*p == '\0')
            break;

        const char *start = p;
        while (*p && *p != ' ')
            p++;
        size_t len = (size_t)(p - start);

        if (consonants_in(start, len) == want && count < cap) {
            char *copy = malloc(len + 1);
            if (!copy)
                break;
            memcpy(copy, start, len);
            copy[len] = '\0';
            found[count++] = copy;
        }
    }
    return count;
}
'''

C24A[125] = r'''/*
 * tokenize_or_count()
 *
 * Three-way rule from the kata:
 *   1. If the text contains a space, split it on whitespace.
 *   2. Otherwise, if it contains a comma, split it on commas.
 *   3. Otherwise there is nothing to split: return how many lowercase letters
 *      sit at an odd position of the alphabet when 'a' is position 0
 *      (b, d, f, ..., z).
 * Empty pieces are never returned.
 *
 *   "red green"   -> ["red", "green"]
 *   "x,y,,z"      -> ["x", "y", "z"]
 *   "hello"       -> 3   (h, l, l)
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAX_TOKENS 64
#define TOKEN_LEN  64

typedef struct {
    int is_count;                       /* 1: use `count`, 0: use tokens */
    int count;
    int ntokens;
    char tokens[MAX_TOKENS][TOKEN_LEN];
} split_result;

static void split_on(const char *text, int (*is_sep)(int), split_result *r)
{
    const char *p = text;
    r->is_count = 0;
    r->ntokens = 0;
    while (*p) {
        while (*p && is_sep((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !is_sep((unsigned char)*p))
            p++;
        size_t len = (size_t)(p - start);
        if (len > 0 && r->ntokens < MAX_TOKENS) {
            if (len >= TOKEN_LEN)
                len = TOKEN_LEN - 1;
            memcpy(r->tokens[r->ntokens], start, len);
            r->tokens[r->ntokens][len] = '\0';
            r->ntokens++;
        }
    }
}

static int space_sep(int c) { return isspace(c); }
static int comma_sep(int c) { return c == ',' || isspace(c); }

void tokenize_or_count(const char *text, split_result *r)
{
    if (strchr(text, ' ')) {
        split_on(text, space_sep, r);
    } else if (strchr(text, ',')) {
        split_on(text, comma_sep, r);
    } else {
        r->is_count = 1;
        r->count = 0;
        for (const char *p = text; *p; p++)
            if (islower((unsigned char)*p) && (*p - 'a') % 2 == 1)
                r->count++;
    }
}

int main(void)
{
    static split_result r;
    const char *inputs[] = { "red green", "x,y,,z", "hello" };

    for (int i = 0; i < 3; i++) {
        tokenize_or_count(inputs[i], &r);
        printf("%-10s => ", inputs[i]);
        if (r.is_count) {
            printf("%d\n", r.count);
        } else {
            for (int t = 0; t < r.ntokens; t++)
                printf("[%s]", r.tokens[t]);
            putchar('\n');
        }
    }
    return 0;
}
'''

C24A[126] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * ascending_max_two
 *
 * Accepts the list only if it is in non-decreasing order AND no value
 * occurs more than twice. An empty or one-element list is accepted.
 *
 * Since a sorted list keeps equal values next to each other, "more than two
 * copies" can only look like v[i] == v[i-2] once we know the prefix is in
 * order, so a single left-to-right scan checks both conditions.
 */
bool ascending_max_two(const int *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        if (v[i] < v[i - 1])
            return false;              /* out of order */
        if (i >= 2 && v[i] == v[i - 2])
            return false;              /* third copy of the same value */
    }
    return true;
}
'''

C24A[133] = r'''#include <math.h>
#include <stdio.h>

/*
 * Round every entry up to the next integer (ceiling), square it, and add
 * the squares together.
 *
 *     {2.1, -0.5, 3}  ->  3*3 + 0*0 + 3*3 = 18
 *     {0.2, 0.2}      ->  1 + 1           = 2
 *     {-3.7}          ->  (-3)*(-3)       = 9
 */
long long ceil_square_total(const double *xs, int count)
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
    double a[] = { 2.1, -0.5, 3 };
    double b[] = { 0.2, 0.2 };
    double c[] = { -3.7 };
    printf("%lld %lld %lld\n",
           ceil_square_total(a, 3),
           ceil_square_total(b, 2),
           ceil_square_total(c, 1));      /* 18 2 9 */
    return 0;
}
'''

C24A[150] = r'''/* pick.c -- choose between two values depending on whether n is prime. */

static int is_prime(long n)
{
    if (n < 2)
        return 0;
    for (long d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

/* returns if_prime when n is a prime number, otherwise if_not */
long choose_by_primality(long n, long if_prime, long if_not)
{
    return is_prime(n) ? if_prime : if_not;
}
'''

C24A[152] = r'''/*
 * Tipping-game scorer.
 *
 * actual[i] is the real score of match i and predicted[i] is what the
 * player guessed. For every match write into miss[i] how far the guess was
 * from reality: zero for a perfect guess, otherwise the absolute
 * difference. All three arrays have `matches` elements.
 */
#include <stdlib.h>

void guess_errors(const int *actual, const int *predicted, int *miss, size_t matches)
{
    for (size_t i = 0; i < matches; i++)
        miss[i] = abs(actual[i] - predicted[i]);
}

/* total error over the season, handy for the leaderboard */
long total_error(const int *miss, size_t matches)
{
    long sum = 0;
    for (size_t i = 0; i < matches; i++)
        sum += miss[i];
    return sum;
}
'''

C24A[153] = r'''/*
 * Plugin naming helper.
 *
 * Every candidate extension name gets a score: the number of uppercase
 * letters in it minus the number of lowercase letters (digits and symbols
 * count for nothing). The winner is the highest score; on a tie the one
 * listed first wins. The result is written as "Base.Winner".
 *
 * Example: base "Widget", extensions {"aB", "XYz", "QQ"} -> scores 0, 1, 2,
 * so the answer is "Widget.QQ". With {"Ab", "bA"} both score 0 and the
 * earlier "Ab" is kept.
 */
#include <ctype.h>
#include <stdio.h>

static int case_score(const char *name)
{
    int score = 0;
    for (; *name; name++) {
        unsigned char c = (unsigned char)*name;
        if (isupper(c))
            score++;
        else if (islower(c))
            score--;
    }
    return score;
}

/* n >= 1; writes into out (size outsz) and returns it */
char *pick_extension(const char *base, const char *const *exts, int n,
                     char *out, size_t outsz)
{
    int best = 0;
    int best_score = case_score(exts[0]);

    for (int i = 1; i < n; i++) {
        int s = case_score(exts[i]);
        if (s > best_score) {          /* strictly greater: first one wins ties */
            best_score = s;
            best = i;
        }
    }
    snprintf(out, outsz, "%s.%s", base, exts[best]);
    return out;
}

int main(void)
{
    const char *exts[] = { "aB", "XYz", "QQ" };
    char buf[64];
    puts(pick_extension("Widget", exts, 3, buf, sizeof buf));   /* Widget.QQ */
    return 0;
}
'''

C_HELDOUT24A[35] = r'''/* arrstat.c - tiny statistics helpers over int arrays (n must be >= 1) */
#include <stdio.h>

int arr_max(const int *a, size_t n)
{
    int best = a[0];
    for (size_t i = 1; i < n; i++)
        if (a[i] > best)
            best = a[i];
    return best;
}

int arr_min(const int *a, size_t n)
{
    int best = a[0];
    for (size_t i = 1; i < n; i++)
        if (a[i] < best)
            best = a[i];
    return best;
}

long arr_sum(const int *a, size_t n)
{
    long s = 0;
    while (n--)
        s += *a++;
    return s;
}

int main(void)
{
    int v[] = { -4, 17, 8 };
    printf("max=%d min=%d sum=%ld\n", arr_max(v, 3), arr_min(v, 3), arr_sum(v, 3));
    /* max=17 min=-4 sum=21 */
    return 0;
}
'''

C_HELDOUT24A[47] = r'''Median of an int array in C

The median is the middle value once the data is sorted. With an odd number
of elements that is a single element; with an even number it is the mean of
the two middle ones, which is why the function returns a double. We sort a
private copy so the caller's array is left alone.

    #include <stdlib.h>
    #include <string.h>

    static int by_value(const void *a, const void *b)
    {
        int x = *(const int *)a, y = *(const int *)b;
        return (x > y) - (x < y);
    }

    double median_of(const int *data, size_t n)     /* n >= 1 */
    {
        int *tmp = malloc(n * sizeof *tmp);
        double mid;

        memcpy(tmp, data, n * sizeof *tmp);
        qsort(tmp, n, sizeof *tmp, by_value);

        if (n % 2 == 1)
            mid = tmp[n / 2];
        else
            mid = (tmp[n / 2 - 1] + tmp[n / 2]) / 2.0;

        free(tmp);
        return mid;
    }

Quick check: median_of({7, 1, 4}, 3) is 4, and median_of({2, 8, 4, 6}, 4)
is 5.0 (the mean of 4 and 6).
'''

C_HELDOUT24A[59] = r'''#include <stdint.h>

/*
 * biggest_prime_divisor: largest prime that divides n (n >= 2).
 *
 * Strip off each factor as soon as it is found, starting from 2. Whatever
 * survives past sqrt(remaining) is itself prime and is the biggest one.
 */
uint64_t biggest_prime_divisor(uint64_t n)
{
    uint64_t largest = 1;
    uint64_t f = 2;

    while (f * f <= n) {
        if (n % f == 0) {
            largest = f;
            do {
                n /= f;
            } while (n % f == 0);
        }
        f += (f == 2) ? 1 : 2;
    }
    if (n > 1)
        largest = n;
    return largest;
}
'''

C_HELDOUT24A[71] = r'''/*
 * heron.c
 *
 * Area of a triangle from its three side lengths (Heron's formula), rounded
 * to two decimal places. If the sides cannot form a triangle -- i.e. some
 * pair of sides does not add up to strictly more than the remaining one --
 * the function returns -1 instead.
 *
 *   sides 5, 5, 6  ->  12.00
 *   sides 7, 8, 9  ->  26.83
 *   sides 1, 1, 3  ->  -1
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
    printf("%.2f\n", heron_area_2dp(5, 5, 6));
    printf("%.2f\n", heron_area_2dp(7, 8, 9));
    printf("%.0f\n", heron_area_2dp(1, 1, 3));
    return 0;
}
'''

C_HELDOUT24A[95] = r'''/*
 * Config sanity check: a section's keys must be consistently cased.
 *
 * Keys arrive from the loader as `cfg_key` records; some of them are
 * numeric (integer keys from an array-style section), and those have
 * is_text == 0. The rule:
 *   - an empty section fails,
 *   - any non-text key fails,
 *   - otherwise every key must be lower case, or every key must be upper
 *     case. "Lower case" means: at least one letter, and no uppercase
 *     letter anywhere (digits and punctuation are ignored); "upper case"
 *     is the mirror image.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    bool is_text;
    const char *text;    /* valid only when is_text */
    long number;         /* valid only when !is_text */
} cfg_key;

enum casing { CASE_NONE, CASE_LOWER, CASE_UPPER };

static enum casing casing_of(const char *s)
{
    bool any_upper = false, any_lower = false;
    for (; *s; s++) {
        if (isupper((unsigned char)*s)) any_upper = true;
        if (islower((unsigned char)*s)) any_lower = true;
    }
    if (any_lower && !any_upper) return CASE_LOWER;
    if (any_upper && !any_lower) return CASE_UPPER;
    return CASE_NONE;
}

bool keys_uniformly_cased(const cfg_key *keys, size_t n)
{
    enum casing want = CASE_NONE;

    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!keys[i].is_text)
            return false;
        enum casing c = casing_of(keys[i].text);
        if (c == CASE_NONE)
            return false;
        if (i == 0)
            want = c;
        else if (c != want)
            return false;
    }
    return true;
}
'''

C_HELDOUT24A[115] = r'''/*
 * Each row of the grid is a well; a 1 in a cell is one unit of water, a 0 is
 * empty. Every well is drained with a bucket that holds `capacity` units,
 * so a well with w units needs ceil(w / capacity) trips. Return the total
 * number of times a bucket goes down, over all wells.
 *
 * grid is stored row-major: rows * cols ints.
 */
#include <stddef.h>

long bucket_trips(const int *grid, size_t rows, size_t cols, int capacity)
{
    long trips = 0;

    for (size_t r = 0; r < rows; r++) {
        long water = 0;
        for (size_t c = 0; c < cols; c++)
            water += grid[r * cols + c];
        trips += (water + capacity - 1) / capacity;   /* integer ceiling */
    }
    return trips;
}
'''

C_HELDOUT24A[119] = r'''// Two fragments made only of '(' and ')'. Can they be glued together, in
// one order or the other, so that the result is a balanced bracket string?
// Returns "Yes" or "No".
//
//   {"((", "))"}  -> Yes   ("((" + "))")
//   {"))", "(("}  -> Yes   (second one first)
//   {")(", "()"}  -> No    (")(()" and "())(" both fail)

#include <stdbool.h>
#include <stdio.h>

// Balanced check over the concatenation first+second, without building it.
static bool joined_is_balanced(const char *first, const char *second)
{
    int depth = 0;
    const char *parts[2] = { first, second };

    for (int k = 0; k < 2; k++) {
        for (const char *p = parts[k]; *p; p++) {
            depth += (*p == '(') ? 1 : -1;
            if (depth < 0)
                return false;
        }
    }
    return depth == 0;
}

const char *can_pair_up(const char *a, const char *b)
{
    return (joined_is_balanced(a, b) || joined_is_balanced(b, a)) ? "Yes" : "No";
}

int main(void)
{
    printf("%s\n", can_pair_up("((", "))"));
    printf("%s\n", can_pair_up("))", "(("));
    printf("%s\n", can_pair_up(")(", "()"));
    return 0;
}
'''

OTHER_C24A.append(r'''/*
 * Count how many digits of a hexadecimal string have a value that is a
 * power of two, i.e. the digits 1, 2, 4 and 8. (Each such digit has
 * exactly one bit set, which is why the bus-monitor code cares.)
 * Accepts upper- or lowercase a-f; those letters never qualify anyway.
 *
 *   "1F4"    -> 2   (1 and 4)
 *   "8888"   -> 4
 *   "C0DE"   -> 0
 */
#include <stdio.h>

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

int single_bit_digits(const char *hex)
{
    int n = 0;
    for (; *hex; hex++) {
        int v = hex_value(*hex);
        if (v > 0 && (v & (v - 1)) == 0)
            n++;
    }
    return n;
}

int main(void)
{
    printf("%d %d %d\n", single_bit_digits("1F4"),
           single_bit_digits("8888"), single_bit_digits("C0DE"));   /* 2 4 0 */
    return 0;
}
''')

OTHER_C24A.append(r'''#include <stdbool.h>

/*
 * Could the characters of `s` be shuffled into a palindrome?
 *
 * That is possible exactly when at most one character value occurs an odd
 * number of times (the odd one, if any, goes in the middle). We only need
 * the parity of each count, so a table of flags that we toggle is enough.
 */
bool anagram_of_palindrome(const char *s)
{
    bool odd[256] = { false };
    int odd_kinds = 0;

    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        odd[*p] = !odd[*p];
        odd_kinds += odd[*p] ? 1 : -1;
    }
    return odd_kinds <= 1;
}
''')

OTHER_C24A.append(r'''How many numbers divide both a and b?

Every common divisor of a and b is a divisor of gcd(a, b) and vice versa, so
the answer is just the number of divisors of the gcd. Counting divisors of g
only needs a loop up to sqrt(g), adding two for each pair d, g/d (or one when
d is the square root).

```c
#include <stdio.h>

static unsigned long gcd(unsigned long a, unsigned long b)
{
    while (b != 0) {
        unsigned long r = a % b;
        a = b;
        b = r;
    }
    return a;
}

/* a and b positive */
unsigned common_divisor_count(unsigned long a, unsigned long b)
{
    unsigned long g = gcd(a, b);
    unsigned count = 0;

    for (unsigned long d = 1; d * d <= g; d++) {
        if (g % d == 0)
            count += (d * d == g) ? 1 : 2;
    }
    return count;
}

int main(void)
{
    printf("%u\n", common_divisor_count(12, 18));   /* 4: 1 2 3 6 */
    printf("%u\n", common_divisor_count(7, 20));    /* 1: just 1  */
    return 0;
}
```
''')

OTHER_C24A.append(r'''/*
 * paren_fix.c
 *
 * Given a string of '(' and ')', return the smallest number of brackets
 * that would have to be inserted (anywhere) to make it balanced.
 *
 * Scan left to right with a count of currently unmatched '('. A ')' that
 * finds that count at zero needs a '(' inserted before it; whatever is
 * still unmatched at the end needs a ')' appended for each.
 */
int insertions_to_balance(const char *s)
{
    int unmatched_open = 0;
    int needed = 0;

    for (; *s; s++) {
        if (*s == '(') {
            unmatched_open++;
        } else if (*s == ')') {
            if (unmatched_open > 0)
                unmatched_open--;
            else
                needed++;
        }
    }
    return needed + unmatched_open;
}
''')

OTHER_C24A.append(r'''/*
 * repeated_values()
 *
 * Report which values are repeated in an array: every value that occurs at
 * least twice is written to `out` once, at the position where it first
 * appeared. Values that occur only once are not reported.
 *
 *   {4, 7, 4, 1, 7, 7}  ->  {4, 7}
 *   {9, 8, 6}           ->  {}
 */
#include <stddef.h>
#include <stdio.h>

static int seen_before(const int *a, size_t upto, int v)
{
    for (size_t j = 0; j < upto; j++)
        if (a[j] == v)
            return 1;
    return 0;
}

static int seen_after(const int *a, size_t from, size_t n, int v)
{
    for (size_t j = from; j < n; j++)
        if (a[j] == v)
            return 1;
    return 0;
}

size_t repeated_values(const int *a, size_t n, int *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        /* first occurrence that has a later twin */
        if (!seen_before(a, i, a[i]) && seen_after(a, i + 1, n, a[i]))
            out[k++] = a[i];
    }
    return k;
}

int main(void)
{
    int a[] = { 4, 7, 4, 1, 7, 7 }, out[6];
    size_t k = repeated_values(a, 6, out);
    for (size_t i = 0; i < k; i++)
        printf("%d ", out[i]);
    putchar('\n');      /* 4 7 */
    return 0;
}
''')

OTHER_C24A.append(r'''/* polyarea.c -- triangle area straight from vertex coordinates.
 *
 * The shoelace formula: half the absolute value of the cross product of two
 * edge vectors. No side lengths or heights needed, and it gives 0 for three
 * collinear points rather than failing.
 */
#include <math.h>

typedef struct { double x, y; } point2;

double triangle_area_xy(point2 a, point2 b, point2 c)
{
    double cross = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
    return fabs(cross) / 2.0;
}
''')

OTHER_C24A.append(r'''/*
 * atbash.c
 *
 * The Atbash cipher mirrors the alphabet: a<->z, b<->y, c<->x, and so on.
 * Because the mapping is its own inverse, the same routine both encodes
 * and decodes. Case is preserved, anything that is not a letter passes
 * through unchanged.
 */
#include <ctype.h>

void atbash(const char *in, char *out)
{
    for (; *in; in++, out++) {
        unsigned char c = (unsigned char)*in;
        if (islower(c))
            *out = (char)('z' - (c - 'a'));
        else if (isupper(c))
            *out = (char)('Z' - (c - 'A'));
        else
            *out = (char)c;
    }
    *out = '\0';
}
''')
