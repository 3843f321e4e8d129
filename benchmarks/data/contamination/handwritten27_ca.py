"""Twenty-seventh batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C27A: positives keyed by HumanEval item number, items 6, 10, 14, 20, 22, 38, 41, 44, 45, 48, 56, 60, 82, 86, 89, 90, 93, 108, 121, 128, 142, 145, 152, 154.
  C_HELDOUT27A: held-out documents, items 47, 71, 83, 107, 115, 135, 155.
  OTHER_C27A: seven C look-alikes with a different rule:
    0. closest pair among index-adjacent elements only (v[i], v[i+1]), smaller value first, instead of over all pairs.
    1. running Caesar shift: lowercase letter at position i moves i places forward (position counts every character), instead of a fixed shift.
    2. palindrome test that ignores case and skips every non-alphanumeric character.
    3. validity of mixed bracket kinds (), [], {} with proper nesting and matching kinds, other characters ignored.
    4. stable reorder of integers by the last decimal digit of their absolute value (buckets 0..9), instead of by digit sum.
    5. reverse the characters of each space-delimited word in place (spaces kept), instead of sorting them.
    6. all suffixes of a string, longest first (pointers into the input), instead of prefixes.
"""

C27A = {}
C_HELDOUT27A = {}
OTHER_C27A = []

C27A[6] = r'''/* paren_depth.c
 *
 * Little helper from my s-expression scratch repo.  The input line holds
 * several bracket groups separated by blanks (a dump of tree skeletons,
 * basically), and for each group we want to know how deep it nests.
 *
 *   $ ./paren_depth "(()) ()()() (((()))())"
 *   2 1 4
 *
 * Build: cc -std=c99 -Wall -o paren_depth paren_depth.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deepest nesting level reached inside one group of length len. */
static int group_depth(const char *g, size_t len)
{
    int cur = 0, best = 0;
    for (size_t k = 0; k < len; k++) {
        if (g[k] == '(') {
            if (++cur > best)
                best = cur;
        } else {
            cur--;
        }
    }
    return best;
}

/* Stores one depth per group into depths[] (at most cap of them) and
 * returns how many were stored.  Repeated spaces between groups are
 * simply skipped. */
size_t depth_of_each_group(const char *line, int *depths, size_t cap)
{
    size_t n = 0;
    const char *p = line;

    while (*p && n < cap) {
        while (*p == ' ')
            p++;
        if (*p == '\0')
            break;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        depths[n++] = group_depth(start, (size_t)(p - start));
    }
    return n;
}

int main(int argc, char **argv)
{
    const char *line = argc > 1 ? argv[1] : "(()) ()()() (((()))())";
    int depths[256];
    size_t n = depth_of_each_group(line, depths, 256);

    for (size_t i = 0; i < n; i++)
        printf("%s%d", i ? " " : "", depths[i]);
    putchar('\n');
    return EXIT_SUCCESS;
}'''

C27A[10] = r'''# Shortest palindrome by appending to the end, in plain C

A classic warm-up question: given a string, append as few characters as
possible to its *end* so that the whole thing reads the same in both
directions. The observation that makes it easy is that you only need to find
the longest tail of the string that is already a palindrome. Everything in
front of that tail has to be mirrored and tacked on after it.

Take "race". Its tails are "race", "ace", "ce" and "e"; the first one that is
symmetric is "e", so the part in front of it ("rac") gets reversed and
appended, giving "racecar". For "abb" the tail "bb" already works, so only
"a" is added and we get "abba". A string that is already a palindrome comes
back unchanged, and the empty string stays empty.

```c
#include <stdlib.h>
#include <string.h>

/* Is s[lo..hi) a palindrome? */
static int is_mirrored(const char *s, size_t lo, size_t hi)
{
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

/* Returns a malloc'd string; the caller owns it. */
char *extend_to_palindrome(const char *s)
{
    size_t n = strlen(s);
    size_t cut = 0;

    /* first position whose tail is already symmetric */
    while (cut < n && !is_mirrored(s, cut, n))
        cut++;

    char *out = malloc(n + cut + 1);
    if (out == NULL)
        return NULL;
    memcpy(out, s, n);
    for (size_t k = 0; k < cut; k++)
        out[n + k] = s[cut - 1 - k];   /* s[0..cut) reversed */
    out[n + cut] = '\0';
    return out;
}
```

The scan is quadratic in the worst case (a string with no repeated letters
checks every tail), which is fine for identifiers and short words. If you need
it linear, run the KMP failure function over `reverse(s) + "#" + s` instead;
that gives you the longest palindromic suffix directly.'''

C27A[14] = r'''/*
 * CS 102 -- Lab 4, exercise 2: arrays of strings on the heap
 *
 * Task: implement leading_pieces(), which takes a C string and hands back a
 * newly allocated array containing every leading piece of it, starting
 * with the one-character piece and growing by one character each time until
 * the piece is the whole string.  Every piece must be a separate malloc'd,
 * NUL-terminated string so that the caller can free them independently.
 * The number of pieces is reported through an out-parameter.  An empty input
 * produces zero pieces.
 *
 * Reference solution below.  Remember to run it under valgrind.
 */
#include <stdlib.h>
#include <string.h>

void release_pieces(char **pieces, size_t count)
{
    if (pieces == NULL)
        return;
    for (size_t i = 0; i < count; i++)
        free(pieces[i]);
    free(pieces);
}

char **leading_pieces(const char *word, size_t *count)
{
    size_t len = strlen(word);
    char **pieces;

    *count = 0;
    if (len == 0)
        return NULL;

    pieces = malloc(len * sizeof *pieces);
    if (pieces == NULL)
        return NULL;

    for (size_t k = 1; k <= len; k++) {
        char *p = malloc(k + 1);
        if (p == NULL) {
            release_pieces(pieces, k - 1);
            return NULL;
        }
        memcpy(p, word, k);
        p[k] = '\0';
        pieces[k - 1] = p;
    }
    *count = len;
    return pieces;
}'''

C27A[20] = r'''Q: Find the two values in a double array that are nearest to each other (C)

I have an array of doubles (at least two of them) and I need the pair with the
smallest absolute difference, reported with the smaller value first. What's
the simplest correct way to do this?

A: Brute force over all pairs is the simplest thing that works, and for a few
thousand values it's plenty fast. Track the best distance so far and, whenever
you find a strictly better pair, remember it in (smaller, larger) order:

```c
#include <math.h>
#include <stddef.h>

/* n must be >= 2. Writes the closest pair to *lo and *hi, *lo <= *hi. */
void nearest_two(const double *v, size_t n, double *lo, double *hi)
{
    double best = INFINITY;

    for (size_t i = 0; i + 1 < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            double d = fabs(v[i] - v[j]);
            if (d < best) {
                best = d;
                if (v[i] <= v[j]) { *lo = v[i]; *hi = v[j]; }
                else              { *lo = v[j]; *hi = v[i]; }
            }
        }
    }
}
```

For `{4.5, 9.0, 1.2, 4.1, 7.7}` this gives `4.1, 4.5`. If a value occurs
twice, the distance is 0 and you get that value back twice, e.g.
`{6.0, 3.5, 6.0}` gives `6.0, 6.0`.

If the arrays get big, copy and `qsort` them first; after sorting, the closest
pair is always two neighbours, so a single pass over adjacent elements finds
it in O(n log n) overall. Don't forget `-lm` for `fabs`.'''

C27A[22] = r'''/*
 * dynval.c -- part of the loader for our Python-ish config files.
 *
 * Values read from a config file come back as a tagged union.  Several
 * callers only care about the whole numbers in a heterogeneous list (port
 * numbers mixed in with host names, floats, nested tables and so on), so
 * this file provides a filter for that.
 */
#include <stddef.h>

typedef enum {
    DV_NONE,
    DV_BOOL,
    DV_INT,
    DV_REAL,
    DV_TEXT,
    DV_LIST,
    DV_TABLE
} dv_kind;

typedef struct dynval {
    dv_kind kind;
    union {
        long long whole;      /* DV_INT, and DV_BOOL (0 or 1) */
        double real;          /* DV_REAL */
        const char *text;     /* DV_TEXT */
        void *children;       /* DV_LIST / DV_TABLE payload */
    } u;
} dynval;

/*
 * Copies the payload of every integer element of items[0..n) into out[],
 * keeping their original order, and returns the number copied.  out must
 * have room for n values.
 *
 * Booleans are treated as integers here, mirroring Python where True and
 * False are instances of int; floats are never converted, even 3.0.
 */
size_t dv_pick_integers(const dynval *items, size_t n, long long *out)
{
    size_t kept = 0;

    for (size_t i = 0; i < n; i++) {
        switch (items[i].kind) {
        case DV_INT:
        case DV_BOOL:
            out[kept++] = items[i].u.whole;
            break;
        default:
            break;
        }
    }
    return kept;
}'''

C27A[38] = r'''/*
 * triples.c -- toy "cipher" from a puzzle: chop the text into blocks of three
 * characters and rotate every complete block one step to the left
 * ("abc" -> "bca").  A final block of one or two characters is left alone.
 * Undoing it means rotating every complete block one step to the right.
 *
 * Example:  "abcdefgh"  ->  blocks "abc" "def" "gh"  ->  "bcaefdgh"
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

void triple_scramble(char *s)
{
    size_t n = strlen(s);

    for (size_t b = 0; b + 3 <= n; b += 3) {
        char first = s[b];
        s[b] = s[b + 1];
        s[b + 1] = s[b + 2];
        s[b + 2] = first;
    }
}

/* Inverse of triple_scramble(). */
void triple_unscramble(char *s)
{
    size_t n = strlen(s);

    for (size_t b = 0; b + 3 <= n; b += 3) {
        char last = s[b + 2];
        s[b + 2] = s[b + 1];
        s[b + 1] = s[b];
        s[b] = last;
    }
}

int main(void)
{
    char buf[64] = "abcdefgh";

    triple_scramble(buf);
    assert(strcmp(buf, "bcaefdgh") == 0);
    triple_unscramble(buf);
    assert(strcmp(buf, "abcdefgh") == 0);

    strcpy(buf, "pq");               /* too short to touch */
    triple_unscramble(buf);
    assert(strcmp(buf, "pq") == 0);

    strcpy(buf, "moonwalker");
    triple_scramble(buf);
    printf("%s\n", buf);             /* oomwankelr */
    triple_unscramble(buf);
    assert(strcmp(buf, "moonwalker") == 0);

    puts("ok");
    return 0;
}'''

C27A[41] = r'''**Review on `sim/traffic.c` (PR #212, "count head-on crossings")**

> **reviewer:** The new `count_crossings()` allocates two position arrays and
> steps the whole simulation forward until the convoys have passed each other,
> just to count how often a westbound car meets an eastbound one. But the cars
> all travel at the same speed on one straight, endless road, and a crash
> doesn't stop or deflect anybody -- they just carry on as if nothing
> happened. So every car heading right eventually meets every car heading left,
> exactly once. With `n` cars in each direction that's `n * n` meetings and
> there's nothing to simulate. Can we replace the loop with the closed form?

> **author:** Fair point, the simulation was a leftover from when cars could
> stop. Updated:

```c
/*
 * Two groups of n cars start far apart on an infinitely long straight road,
 * one group driving left-to-right, the other right-to-left, all at the same
 * speed.  A collision is a left-to-right car hitting a right-to-left car;
 * cars are indestructible and keep going on their original course.
 *
 * Every car of one group meets every car of the other group once, hence n^2.
 */
unsigned long long count_crossings(unsigned int n)
{
    return (unsigned long long)n * (unsigned long long)n;
}
```

> **reviewer:** LGTM. Good call widening before the multiply; the scenario
> files go up to 100k cars per side and `n * n` in 32 bits would wrap there.'''

C27A[44] = r'''/* radix.c -- render a non-negative integer in a small base (2 through 9).
 *
 * Digits are produced least significant first into a scratch buffer and then
 * copied out in reverse.  Note that 0 renders as the empty string; the
 * callers in this project print their own "0" for that case.
 */
#include <assert.h>
#include <string.h>

char *to_radix(unsigned long x, unsigned int base, char *buf)
{
    char tmp[sizeof(unsigned long) * 8 + 1];
    size_t n = 0;

    while (x > 0) {
        tmp[n++] = (char)('0' + x % base);
        x /= base;
    }
    for (size_t i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
    return buf;
}

int main(void)
{
    char out[sizeof(unsigned long) * 8 + 1];

    assert(strcmp(to_radix(10, 3, out), "101") == 0);
    assert(strcmp(to_radix(25, 4, out), "121") == 0);
    assert(strcmp(to_radix(5, 2, out), "101") == 0);
    assert(strcmp(to_radix(6, 7, out), "6") == 0);
    assert(strcmp(to_radix(100, 9, out), "121") == 0);
    return 0;
}'''

C27A[45] = r'''/* shapes.c -- area helpers for the floor-plan cost estimator.
 * All lengths are in metres, all results in square metres. */
#include <math.h>

#define SHAPES_PI 3.14159265358979323846

double rect_area(double width, double depth)
{
    return width * depth;
}

double disc_area(double radius)
{
    return SHAPES_PI * radius * radius;
}

/* Triangle described by one side and the height measured perpendicular
 * to that side: half of the enclosing parallelogram. */
double tri_area_from_side_height(double side, double height)
{
    return side * height / 2.0;
}

double trapezoid_area(double top, double bottom, double height)
{
    return (top + bottom) * height / 2.0;
}

/* Regular polygon with k sides of length s. */
double regular_polygon_area(int k, double s)
{
    return k * s * s / (4.0 * tan(SHAPES_PI / k));
}'''

C27A[48] = r'''#include <stdbool.h>
#include <string.h>

/*
 * Two-pointer palindrome test: walk inwards from both ends and bail out on
 * the first mismatch.  Comparison is byte-for-byte, so case, spaces and
 * punctuation all count.
 *
 *   reads_same_backwards("level")  -> true
 *   reads_same_backwards("rotor")  -> true
 *   reads_same_backwards("abca")   -> false
 *   reads_same_backwards("Noon")   -> false   ('N' != 'n')
 *
 * A string of length 0 or 1 is trivially a palindrome.
 */
bool reads_same_backwards(const char *s)
{
    size_t left = 0;
    size_t right = strlen(s);

    while (left + 1 < right) {
        if (s[left] != s[right - 1])
            return false;
        left++;
        right--;
    }
    return true;
}'''

C27A[56] = r'''/*
 * lexer/angles.c
 *
 * Our template mini-language uses '<' and '>' as open/close markers.  Before
 * the real parse we run a cheap sanity check on the marker sequence: it is
 * well formed when each '<' gets closed by some later '>' and no '>' ever
 * appears without an unclosed '<' before it.  The input here is the marker
 * sequence only (the lexer strips everything else out first).
 */
#include <stdbool.h>

bool angle_markers_ok(const char *markers)
{
    long open = 0;

    for (const char *p = markers; *p != '\0'; ++p) {
        if (*p == '<')
            ++open;
        else
            --open;

        if (open < 0)
            return false;   /* a closer with nothing to close */
    }
    return open == 0;       /* everything opened got closed */
}'''

C27A[60] = r'''/*
 * Loops, exercise 1: add up the whole numbers 1, 2, ..., n.
 *
 * Two versions: the obvious loop, and Gauss's formula n(n+1)/2 as a
 * cross-check.  main() compares them for a few values.
 */
#include <assert.h>
#include <stdio.h>

long total_up_to(long n)
{
    long sum = 0;
    for (long k = 1; k <= n; k++)
        sum += k;
    return sum;
}

long total_up_to_formula(long n)
{
    return n * (n + 1) / 2;
}

int main(void)
{
    assert(total_up_to(4) == 10);
    assert(total_up_to(7) == 28);
    assert(total_up_to(12) == 78);
    assert(total_up_to(50) == 1275);

    for (long n = 1; n <= 1000; n++)
        assert(total_up_to(n) == total_up_to_formula(n));

    printf("1 + ... + 20 = %ld\n", total_up_to(20));   /* 210 */
    return 0;
}'''

C27A[82] = r'''Snippet from the toy rule engine we use in the intro-to-C workshop. One of the
(deliberately silly) rules accepts a token only when the number of characters
in it is a prime number. The length check is trial division up to the square
root, which is more than fast enough for anything that fits on a line.

```c
#include <stdbool.h>
#include <string.h>

static bool size_is_prime(size_t n)
{
    if (n < 2)
        return false;            /* 0 and 1 are not prime */
    if (n % 2 == 0)
        return n == 2;
    for (size_t d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

/* Rule 7: the token's length must be prime. */
bool rule_prime_length(const char *token)
{
    return size_is_prime(strlen(token));
}
```'''

C27A[86] = r'''/*
 * wordsort.c -- sort the characters *inside* each word of a sentence.
 *
 * Each run of non-space characters is rearranged into ascending ASCII order;
 * the spaces themselves never move, so words stay in their original order and
 * the gaps between them (including doubled spaces) are kept as they were.
 * Punctuation is just another character, so it usually sorts to the front.
 *
 *   "dcba xy"      -> "abcd xy"
 *   "zebra  ant"   -> "aberz  ant"
 *   "go! Team"     -> "!go Taem"
 */
#include <stdio.h>
#include <string.h>

/* insertion sort of s[from..to) by unsigned byte value; words are short */
static void sort_span(char *s, size_t from, size_t to)
{
    for (size_t i = from + 1; i < to; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t j = i;
        while (j > from && (unsigned char)s[j - 1] > c) {
            s[j] = s[j - 1];
            j--;
        }
        s[j] = (char)c;
    }
}

void sort_within_words(char *text)
{
    size_t i = 0;

    while (text[i] != '\0') {
        if (text[i] == ' ') {
            i++;
            continue;
        }
        size_t start = i;
        while (text[i] != '\0' && text[i] != ' ')
            i++;
        sort_span(text, start, i);
    }
}

int main(void)
{
    char a[] = "dcba xy";
    char b[] = "zebra  ant";
    char c[] = "go! Team";

    sort_within_words(a);
    sort_within_words(b);
    sort_within_words(c);
    printf("[%s]\n[%s]\n[%s]\n", a, b, c);
    return 0;
}'''

C27A[89] = r'''/*
 * clue2.c -- the shift cipher used for the second clue of the puzzle hunt.
 *
 * Every lowercase letter is moved forward in the alphabet by two times two,
 * i.e. four places, wrapping around from 'z' to 'a'.  Anything that is not a
 * lowercase letter (capitals, digits, spaces, punctuation) is copied through
 * untouched.  out must be at least strlen(in) + 1 bytes long; in and out may
 * be the same buffer.
 */
#include <stddef.h>

#define CLUE_SHIFT (2 * 2)

void clue_shift(const char *in, char *out)
{
    size_t i;

    for (i = 0; in[i] != '\0'; i++) {
        char c = in[i];
        if (c >= 'a' && c <= 'z')
            out[i] = (char)('a' + (c - 'a' + CLUE_SHIFT) % 26);
        else
            out[i] = c;
    }
    out[i] = '\0';
}'''

C27A[90] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * second_lowest_distinct: find the second smallest *different* value in
 * a[0..n).  Duplicates of the minimum don't count, so {7, 3, 3, 9} gives 7.
 *
 * Returns false (and leaves *result alone) when there is no such value:
 * an empty array, a single element, or every element equal, e.g. {4, 4, 4}.
 *
 *   {7, 3, 3, 9}  -> 7
 *   {-2, 6, -8}   -> -2
 *   {4, 4, 4}     -> none
 *   {}            -> none
 *
 * Single pass, no sorting, no extra memory.
 */
bool second_lowest_distinct(const int *a, size_t n, int *result)
{
    if (n == 0)
        return false;

    int lowest = a[0];
    int second = 0;
    bool have_second = false;

    for (size_t i = 1; i < n; i++) {
        int x = a[i];
        if (x < lowest) {
            second = lowest;          /* old minimum moves down a rank */
            have_second = true;
            lowest = x;
        } else if (x > lowest && (!have_second || x < second)) {
            second = x;
            have_second = true;
        }
    }

    if (have_second)
        *result = second;
    return have_second;
}'''

C27A[93] = r'''/*
 * msgcode.c
 *
 * The "message scrambler" from the kids' coding club worksheet, in C.  For
 * every character of the message:
 *   1. if it is a letter, flip its case (upper <-> lower);
 *   2. if the (flipped) character is a vowel, replace it with the letter two
 *      positions further on in the alphabet (a->c, e->g, i->k, o->q, u->w,
 *      and the same for capitals).
 * The message is expected to contain only letters and spaces; spaces are
 * left alone.  Works in place.
 */
#include <ctype.h>

static int vowel(int c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
    case 'A': case 'E': case 'I': case 'O': case 'U':
        return 1;
    default:
        return 0;
    }
}

void scramble_message(char *msg)
{
    for (; *msg != '\0'; msg++) {
        int c = (unsigned char)*msg;

        if (islower(c))
            c = toupper(c);
        else if (isupper(c))
            c = tolower(c);

        if (vowel(c))
            c += 2;

        *msg = (char)c;
    }
}'''

C27A[108] = r'''/*
 * Counting numbers whose "signed digit sum" is positive.
 *
 * The digit sum is the usual one, except that for a negative number the
 * leading digit carries the minus sign: -472 -> -4 + 7 + 2 = 5, while
 * -91 -> -9 + 1 = -8.  Zero has digit sum 0, which is not positive.
 *
 *   {-32, 5, -4, 10, -19}  ->  3     (sums: -1, 5, -4, 1, 8)
 *   {}                     ->  0
 */
#include <stddef.h>

static int signed_digit_sum(long v)
{
    int negative = v < 0;
    unsigned long m = negative ? 0UL - (unsigned long)v : (unsigned long)v;
    int total = 0;
    int leading = 0;

    do {
        leading = (int)(m % 10);   /* the last digit peeled off is the leading one */
        total += leading;
        m /= 10;
    } while (m > 0);

    return negative ? total - 2 * leading : total;
}

size_t count_positive_digit_sums(const long *a, size_t n)
{
    size_t count = 0;

    for (size_t i = 0; i < n; i++)
        if (signed_digit_sum(a[i]) > 0)
            count++;
    return count;
}'''

C27A[121] = r'''/* seqstats.h -- small header-only helpers for integer sequences. */
#ifndef SEQSTATS_H
#define SEQSTATS_H

#include <stddef.h>

static inline long seq_total(const int *v, size_t n)
{
    long acc = 0;
    for (size_t i = 0; i < n; i++)
        acc += v[i];
    return acc;
}

static inline int seq_max(const int *v, size_t n)   /* n > 0 */
{
    int best = v[0];
    for (size_t i = 1; i < n; i++)
        if (v[i] > best)
            best = v[i];
    return best;
}

/*
 * Adds up the odd values that sit at even positions (0, 2, 4, ... counting
 * from zero).  Values at odd positions are ignored, whatever they are.
 * Uses "% 2 != 0" rather than "== 1" so negative odd numbers are counted too.
 */
static inline long seq_sum_odd_at_even_positions(const int *v, size_t n)
{
    long acc = 0;
    for (size_t i = 0; i < n; i += 2)
        if (v[i] % 2 != 0)
            acc += v[i];
    return acc;
}

#endif /* SEQSTATS_H */'''

C27A[128] = r'''/*
 * sign_weighted_total()
 *
 * Multiply together the signs of all the elements (+1, -1, or 0 for a zero
 * element) and scale the sum of the absolute values by that product.  So a
 * single zero anywhere makes the answer 0, and an odd number of negatives
 * makes it negative.
 *
 * An empty array has no answer: the function returns 0 and does not touch
 * *out.  Otherwise it stores the result and returns 1.
 *
 *   {3, -2, -5}  -> 10     (two negatives: +1 * 10)
 *   {-7, 2}      -> -9
 *   {4, 0, -1}   -> 0
 *   {}           -> no result
 */
#include <stdlib.h>

int sign_weighted_total(const int *a, size_t n, long *out)
{
    if (n == 0)
        return 0;

    int sign = 1;
    long magnitude = 0;

    for (size_t i = 0; i < n; i++) {
        if (a[i] == 0)
            sign = 0;
        else if (a[i] < 0)
            sign = -sign;
        magnitude += labs((long)a[i]);
    }
    *out = sign * magnitude;
    return 1;
}'''

C27A[142] = r'''Ported from a Python notebook to C for the batch job. The rule, by position
(indices start at 0): when 3 divides the index evenly, the element is squared;
failing that, when 4 divides it evenly, the element is cubed; all remaining
elements are taken as they are. The function returns the total of the
transformed values. Since 3 divides 0, the first element is always squared,
and position 12 (divisible by both) is squared, not cubed.

```c
#include <stddef.h>

static long long transformed(long long x, size_t idx)
{
    if (idx % 3 == 0)
        return x * x;
    if (idx % 4 == 0)
        return x * x * x;
    return x;
}

long long weighted_power_sum(const int *values, size_t count)
{
    long long total = 0;

    for (size_t idx = 0; idx < count; idx++)
        total += transformed(values[idx], idx);
    return total;
}
```'''

C27A[145] = r'''/*
 * Sort integers by their digit sum, where a negative number's first digit
 * counts as negative (-40 -> -4 + 0 = -4, -13 -> -1 + 3 = 2).  Numbers with
 * the same digit sum keep the order they had in the input, so the sort must
 * be stable -- qsort() isn't, hence the original index as a tie-breaker.
 *
 *   {21, -5, 3, 30}   ->  {-5, 21, 3, 30}
 *   {-40, 13, 4}      ->  {-40, 13, 4}
 *   {19, -19, 8}      ->  {-19, 8, 19}
 */
#include <stdlib.h>

struct keyed {
    int value;
    int key;
    size_t pos;
};

static int digit_key(int v)
{
    long m = v < 0 ? -(long)v : v;
    int sum = 0, first = 0;

    do {
        first = (int)(m % 10);
        sum += first;
        m /= 10;
    } while (m != 0);
    return v < 0 ? sum - 2 * first : sum;
}

static int by_key_then_pos(const void *pa, const void *pb)
{
    const struct keyed *a = pa, *b = pb;

    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->pos < b->pos ? -1 : (a->pos > b->pos);
}

/* Sorts v[0..n) in place.  Returns 0 on success, -1 if out of memory. */
int sort_by_digit_key(int *v, size_t n)
{
    if (n < 2)
        return 0;

    struct keyed *tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL)
        return -1;

    for (size_t i = 0; i < n; i++) {
        tmp[i].value = v[i];
        tmp[i].key = digit_key(v[i]);
        tmp[i].pos = i;
    }
    qsort(tmp, n, sizeof *tmp, by_key_then_pos);
    for (size_t i = 0; i < n; i++)
        v[i] = tmp[i].value;

    free(tmp);
    return 0;
}'''

C27A[152] = r'''/*
 * tipping.c -- scoring for the office football tipping game.
 *
 * For each match we have the actual score and somebody's tipped score (same
 * number of matches in both arrays).  The "miss" for a match is 0 when the tip
 * was exactly right and otherwise the absolute difference between tip and
 * result.  Writes one miss per match into miss[].
 */
#include <stddef.h>

static int distance(int a, int b)
{
    return a > b ? a - b : b - a;
}

void tip_misses(const int *actual, const int *tipped, size_t matches, int *miss)
{
    for (size_t m = 0; m < matches; m++)
        miss[m] = distance(actual[m], tipped[m]);
}

/* Leaderboard helper: total of all misses, lower is better. */
long tip_total_miss(const int *miss, size_t matches)
{
    long total = 0;
    for (size_t m = 0; m < matches; m++)
        total += miss[m];
    return total;
}'''

C27A[154] = r'''/*
 * Does `text` contain `word` or any cyclic rotation of it as a contiguous
 * substring?  The rotations of "abc" are "abc", "bca" and "cab".
 *
 *   rotation_inside("banana", "anb")  -> true   ("ban" occurs)
 *   rotation_inside("puzzle", "zpu")  -> true   ("puz" occurs)
 *   rotation_inside("kitten", "tik")  -> false  (tik / ikt / kti: none occur)
 *
 * An empty word is trivially found.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

bool rotation_inside(const char *text, const char *word)
{
    size_t m = strlen(word);

    if (m == 0)
        return true;
    if (m > strlen(text))
        return false;

    char *rot = malloc(m + 1);
    if (rot == NULL)
        return false;

    bool found = false;
    for (size_t shift = 0; shift < m && !found; shift++) {
        for (size_t k = 0; k < m; k++)
            rot[k] = word[(shift + k) % m];
        rot[m] = '\0';
        found = strstr(text, rot) != NULL;
    }
    free(rot);
    return found;
}'''

C_HELDOUT27A[47] = r'''Q: What's a clean way to get the median of an int array in C without
modifying the caller's array?

A: Copy it, sort the copy with `qsort`, and pick the middle. With an odd
count the median is the middle element; with an even count it is the mean of
the two middle elements, so return a `double` either way:

```c
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);   /* avoids overflow of x - y */
}

/* n must be > 0. Returns 0.0 if the scratch copy can't be allocated. */
double middle_value(const int *data, size_t n)
{
    int *copy = malloc(n * sizeof *copy);
    if (copy == NULL)
        return 0.0;
    memcpy(copy, data, n * sizeof *copy);
    qsort(copy, n, sizeof *copy, cmp_int);

    double m;
    if (n % 2 == 1)
        m = copy[n / 2];
    else
        m = (copy[n / 2 - 1] + (double)copy[n / 2]) / 2.0;

    free(copy);
    return m;
}
```

Quick check: `{7, 1, 4}` gives 4, and `{2, 9, 4, 6}` gives (4 + 6) / 2 = 5.0.
Note the `(double)` cast before the addition: adding two large ints first
could overflow. If you only need the median once and the array is huge, look
up quickselect (`nth_element` in C++), which is O(n) on average.'''

C_HELDOUT27A[71] = r'''/*
 * geom/heron.c
 *
 * Area of a triangle from its three side lengths (Heron's formula), rounded
 * to two decimal places.  Three lengths only make a real triangle if every
 * pair of sides is together strictly longer than the remaining side; if that
 * fails (including the flat, zero-area case) the function returns -1.
 */
#include <math.h>

double area_from_sides(double a, double b, double c)
{
    if (a + b <= c || a + c <= b || b + c <= a)
        return -1.0;

    double s = (a + b + c) / 2.0;                 /* semi-perimeter */
    double area = sqrt(s * (s - a) * (s - b) * (s - c));

    return round(area * 100.0) / 100.0;
}'''

C_HELDOUT27A[83] = r'''## Counting n-digit numbers that begin or end with a 1

How many positive integers with exactly n digits have 1 as their first digit,
or as their last digit, or both? Brute force would walk through 9 * 10^(n-1)
numbers, but inclusion-exclusion gives it directly for n >= 2:

* first digit 1: the other n-1 digits are free, so 10^(n-1) numbers;
* last digit 1: the first digit is 1..9, the middle n-2 are free: 9 * 10^(n-2);
* both: 10^(n-2), counted twice above, so subtract it once.

That is 10^(n-1) + 9 * 10^(n-2) - 10^(n-2) = 18 * 10^(n-2). For a single
digit the formula doesn't apply (there is no separate "last" digit); the only
qualifying number is 1 itself.

```c
/* n >= 1; fits in 64 bits up to n = 19. */
unsigned long long count_one_bounded(unsigned int n)
{
    if (n == 1)
        return 1;

    unsigned long long count = 18;
    for (unsigned int k = 2; k < n; k++)
        count *= 10;
    return count;
}
```'''

C_HELDOUT27A[107] = r'''/*
 * palcount.c -- how many numbers in 1..n (inclusive) read the same
 * backwards, split into even and odd ones.
 *
 * For n = 30 the palindromes are 1..9, 11 and 22: the even ones are
 * 2, 4, 6, 8, 22 and the odd ones 1, 3, 5, 7, 9, 11, so the answer is 5 and 6.
 */
#include <stdbool.h>
#include <stdio.h>

struct parity_counts {
    int even;
    int odd;
};

static bool number_is_palindrome(int x)
{
    int reversed = 0, rest = x;
    while (rest > 0) {
        reversed = reversed * 10 + rest % 10;
        rest /= 10;
    }
    return reversed == x;
}

struct parity_counts palindromes_by_parity(int n)
{
    struct parity_counts pc = {0, 0};

    for (int x = 1; x <= n; x++) {
        if (!number_is_palindrome(x))
            continue;
        if (x % 2 == 0)
            pc.even++;
        else
            pc.odd++;
    }
    return pc;
}

int main(void)
{
    struct parity_counts pc = palindromes_by_parity(30);
    printf("even=%d odd=%d\n", pc.even, pc.odd);      /* even=5 odd=6 */

    pc = palindromes_by_parity(101);
    printf("even=%d odd=%d\n", pc.even, pc.odd);      /* even=8 odd=11 */
    return 0;
}'''

C_HELDOUT27A[115] = r'''Each row of the grid below is one well; a 1 in a row is one unit of water and a
0 is empty. Every well has its own bucket, and all buckets hold the same number
of units. To empty a well you keep lowering its bucket until the water is gone,
so a well holding w units needs ceil(w / capacity) trips, and a dry well needs
none. The total number of bucket lowerings is the sum of that over all wells.

In C the grid comes in as a flat row-major array:

```c
#include <stddef.h>

/* grid has rows * cols cells, each 0 or 1; capacity >= 1 */
long bucket_trips(const int *grid, size_t rows, size_t cols, int capacity)
{
    long trips = 0;

    for (size_t r = 0; r < rows; r++) {
        long water = 0;
        for (size_t c = 0; c < cols; c++)
            water += grid[r * cols + c];
        trips += (water + capacity - 1) / capacity;   /* integer ceil */
    }
    return trips;
}
```'''

C_HELDOUT27A[135] = r'''/*
 * last_descent_index: position of the last element that is smaller than the
 * element right before it, or -1 if the sequence never goes down.  Inputs
 * contain no repeated values.
 */
#include <assert.h>
#include <stddef.h>

long last_descent_index(const int *a, size_t n)
{
    long where = -1;

    for (size_t i = 1; i < n; i++)
        if (a[i] < a[i - 1])
            where = (long)i;
    return where;
}

int main(void)
{
    int x[] = {3, 5, 4, 8, 7, 9};     /* drops at index 2 and index 4 */
    int y[] = {2, 6, 11, 40};         /* strictly increasing */
    int z[] = {9, 1};

    assert(last_descent_index(x, 6) == 4);
    assert(last_descent_index(y, 4) == -1);
    assert(last_descent_index(z, 2) == 1);
    assert(last_descent_index(NULL, 0) == -1);
    return 0;
}'''

C_HELDOUT27A[155] = r'''/*
 * Count the even and the odd decimal digits of an integer.  The sign is
 * ignored, and 0 is a single (even) digit.  Results go to the two
 * out-parameters: even digits first, odd digits second.
 */
void tally_digit_parity(long long value, int *evens, int *odds)
{
    unsigned long long m = value < 0 ? 0ULL - (unsigned long long)value
                                     : (unsigned long long)value;
    *evens = 0;
    *odds = 0;

    do {
        if ((m % 10) % 2 == 0)
            ++*evens;
        else
            ++*odds;
        m /= 10;
    } while (m != 0);
}'''

OTHER_C27A.append(r'''/*
 * drift.c -- find the calmest step in a series of sensor readings.
 *
 * Only *neighbouring* samples are compared: for every i we look at v[i] and
 * v[i+1] and keep the pair with the smallest absolute change.  Two readings
 * that are far apart in time never form a pair, even when their values happen
 * to be close.  The pair is reported smaller value first; on a tie the
 * earliest step wins.
 *
 *   {5.0, 9.0, 1.0, 4.5}   -> 1.0, 4.5   (steps: 4.0, 8.0, 3.5)
 *   {3.0, 8.0, 3.1}        -> 3.1, 8.0   (3.0 and 3.1 are not neighbours)
 */
#include <math.h>
#include <stddef.h>

/* n >= 2 */
void calmest_step(const double *v, size_t n, double *lo, double *hi)
{
    size_t best_i = 0;
    double best = fabs(v[1] - v[0]);

    for (size_t i = 1; i + 1 < n; i++) {
        double d = fabs(v[i + 1] - v[i]);
        if (d < best) {
            best = d;
            best_i = i;
        }
    }
    *lo = fmin(v[best_i], v[best_i + 1]);
    *hi = fmax(v[best_i], v[best_i + 1]);
}''')

OTHER_C27A.append(r'''/*
 * ramp.c -- a "running" Caesar shift.
 *
 * Unlike a fixed shift, the distance grows along the string: the character at
 * position i (counting from 0, spaces and punctuation included) is moved i
 * places forward in the alphabet, wrapping past 'z'.  Only lowercase letters
 * change; everything else is copied as is but still uses up a position.
 *
 *   "abc"      -> "ace"
 *   "zzz"      -> "zab"
 *   "hi there" -> "hj wljxl"
 */
#include <stddef.h>

void ramp_shift(const char *in, char *out)
{
    size_t i;

    for (i = 0; in[i] != '\0'; i++) {
        char c = in[i];
        if (c >= 'a' && c <= 'z')
            out[i] = (char)('a' + (c - 'a' + i % 26) % 26);
        else
            out[i] = c;
    }
    out[i] = '\0';
}''')

OTHER_C27A.append(r'''For the "phrase palindrome" kata the check has to be forgiving: letters are
compared without regard to case, and anything that isn't a letter or a digit
(spaces, commas, apostrophes, ...) is skipped entirely. Two indices walk in
from the ends, each hopping over the characters that don't count, and the
first real mismatch ends it. A string with no letters or digits at all counts
as a palindrome.

```c
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

bool phrase_is_palindrome(const char *s)
{
    size_t i = 0, j = strlen(s);

    while (i < j) {
        if (!isalnum((unsigned char)s[i])) { i++; continue; }
        if (!isalnum((unsigned char)s[j - 1])) { j--; continue; }
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)s[j - 1]))
            return false;
        i++;
        j--;
    }
    return true;
}
```''')

OTHER_C27A.append(r'''/*
 * brackets.c -- validate a string of mixed brackets: (), [] and {}.
 *
 * Every opener must be closed by the matching closer of the same kind, and
 * pairs must nest properly, so interleaving is rejected.  Any other character
 * is ignored.
 *
 *   "([]{})"   -> valid
 *   "{[()()]}" -> valid
 *   "(]"       -> invalid  (wrong kind)
 *   "([)]"     -> invalid  (crossed)
 *   "(("       -> invalid  (never closed)
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static char opener_for(char closer)
{
    switch (closer) {
    case ')': return '(';
    case ']': return '[';
    case '}': return '{';
    default:  return 0;
    }
}

bool brackets_valid(const char *s)
{
    size_t n = strlen(s), top = 0;
    char *stack = malloc(n + 1);
    bool ok = true;

    if (stack == NULL)
        return false;

    for (size_t i = 0; i < n && ok; i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') {
            stack[top++] = c;
        } else if (opener_for(c)) {
            if (top == 0 || stack[top - 1] != opener_for(c))
                ok = false;
            else
                top--;
        }
    }
    if (top != 0)
        ok = false;

    free(stack);
    return ok;
}''')

OTHER_C27A.append(r'''/*
 * Bucket order for the invoice batcher: invoices are grouped by the last
 * decimal digit of their number (sign ignored), buckets 0 through 9 in that
 * order, and within a bucket the original order is kept.  This is just one
 * pass of LSD radix sort, done as a counting sort so it is stable and O(n).
 */
#include <stdlib.h>
#include <string.h>

static int last_digit(long v)
{
    long d = v % 10;
    return (int)(d < 0 ? -d : d);
}

/* Reorders v[0..n) in place; returns -1 on allocation failure, else 0. */
int order_by_last_digit(long *v, size_t n)
{
    size_t start[10] = {0};
    long *out;

    if (n < 2)
        return 0;
    out = malloc(n * sizeof *out);
    if (out == NULL)
        return -1;

    for (size_t i = 0; i < n; i++)
        start[last_digit(v[i])]++;
    for (size_t d = 0, run = 0; d < 10; d++) {   /* counts -> start offsets */
        size_t c = start[d];
        start[d] = run;
        run += c;
    }
    for (size_t i = 0; i < n; i++)
        out[start[last_digit(v[i])]++] = v[i];

    memcpy(v, out, n * sizeof *v);
    free(out);
    return 0;
}''')

OTHER_C27A.append(r'''/*
 * Mirror every word of a sentence in place, keeping the words where they are.
 * A word is a maximal run of non-space characters; spaces (even several in a
 * row) stay exactly where they were.
 *
 *   "hello world"     -> "olleh dlrow"
 *   "C is  fun!"      -> "C si  !nuf"
 */
#include <stdio.h>
#include <string.h>

static void flip(char *s, size_t a, size_t b)   /* reverse s[a..b) */
{
    while (a + 1 < b) {
        char t = s[a];
        s[a] = s[b - 1];
        s[b - 1] = t;
        a++;
        b--;
    }
}

void mirror_words(char *s)
{
    size_t i = 0;

    while (s[i]) {
        while (s[i] == ' ')
            i++;
        size_t begin = i;
        while (s[i] && s[i] != ' ')
            i++;
        flip(s, begin, i);
    }
}

int main(void)
{
    char line[] = "C is  fun!";
    mirror_words(line);
    printf("%s\n", line);
    return 0;
}''')

OTHER_C27A.append(r'''/*
 * tails.c -- every trailing piece of a string, longest first.
 *
 * The result array holds pointers *into* the input string (a suffix of a C
 * string is still a valid C string), so nothing is copied and only the array
 * itself needs freeing.  The whole string comes first, then the string minus
 * its first character, and so on down to the last character alone.  The empty
 * string has no pieces.
 */
#include <stdlib.h>
#include <string.h>

const char **string_tails(const char *s, size_t *count)
{
    size_t n = strlen(s);
    const char **tails;

    *count = 0;
    if (n == 0)
        return NULL;
    tails = malloc(n * sizeof *tails);
    if (tails == NULL)
        return NULL;

    for (size_t i = 0; i < n; i++)
        tails[i] = s + i;
    *count = n;
    return tails;
}''')
