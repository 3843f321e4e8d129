"""Twenty-fifth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C25B: positives keyed by HumanEval item number, items 5, 10, 12, 17, 21, 32, 38, 45, 57, 70, 86, 93, 98, 105, 112, 116, 117, 126, 129, 136, 138, 141, 142, 146.
  C_HELDOUT25B: held-out documents, items 11, 15, 91, 115, 127, 139, 151.
  OTHER_C25B: seven C look-alikes with a different rule:
    0. interleave two int arrays element by element (a0, b0, a1, b1, ...), appending the rest of the longer one (cf. intersperse).
    1. reverse every complete three-character block ("abc" -> "cba"), short tail unchanged; self-inverse (cf. cyclic groups of three).
    2. reverse the characters of each space-separated word, keeping word order and spacing (cf. sorting the characters of each word).
    3. z-score standardisation: subtract the mean, divide by the population standard deviation (cf. rescale to [0, 1]).
    4. is the string a valid C identifier: 1-31 chars, letter or underscore first, then letters/digits/underscores (cf. file name check).
    5. sort positive ints by the number of trailing zero bits, ties by value (cf. sort by count of 1 bits).
    6. count numbers with |n| >= 10 whose first and last decimal digits are equal (cf. count of numbers > 10 with odd first and last digits).
"""

C25B = {}
C_HELDOUT25B = {}
OTHER_C25B = []

C25B[5] = r'''/*
 * weave.c -- put a separator value between neighbouring elements of an int array.
 *
 * Build:  cc -std=c99 -Wall weave.c -o weave
 */
#include <stdio.h>
#include <stdlib.h>

/*
 * Copies src[0], sep, src[1], sep, ..., src[n-1] into dst.
 * dst needs room for 2*n - 1 ints; when n == 0 nothing is written.
 * Returns how many ints were stored.
 */
size_t weave_separator(const int *src, size_t n, int sep, int *dst)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            dst[out++] = sep;
        dst[out++] = src[i];
    }
    return out;
}

static void show(const int *v, size_t n)
{
    putchar('[');
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", v[i]);
    puts("]");
}

int main(void)
{
    int buf[16];
    size_t m;

    int a[] = {7, 8, 9, 10};
    m = weave_separator(a, 4, 0, buf);
    show(buf, m);                       /* [7, 0, 8, 0, 9, 0, 10] */

    int one[] = {42};
    m = weave_separator(one, 1, -1, buf);
    show(buf, m);                       /* [42] */

    m = weave_separator(NULL, 0, 5, buf);
    show(buf, m);                       /* [] */
    return 0;
}
'''

C25B[10] = r'''Shortest palindrome you can get by appending to the end
=======================================================

A warm-up question that shows up in a lot of interview prep lists: given a
string, add as few characters as possible *to its end* so that the whole thing
reads the same in both directions. The observation that makes it easy is that
some tail of the input is already a palindrome (at worst the last character on
its own). Take the longest such tail; whatever sits in front of it has to be
mirrored onto the end, and nothing shorter can work.

The straightforward version is quadratic, which is fine for the short strings
I needed it for (file stems, mostly). If you need it for megabyte inputs, look
at the KMP failure-function trick instead.

```c
#include <stdlib.h>
#include <string.h>

/* Is s[lo..hi) a palindrome? */
static int range_is_palindrome(const char *s, size_t lo, size_t hi)
{
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

/* Returns a freshly malloc'd string: the shortest palindrome that starts
 * with `s`. The caller owns the result. NULL if malloc fails. */
char *palindrome_by_appending(const char *s)
{
    size_t n = strlen(s);
    size_t cut = 0;

    /* move the start of the candidate tail right until it is a palindrome */
    while (cut < n && !range_is_palindrome(s, cut, n))
        cut++;

    char *res = malloc(n + cut + 1);
    if (res == NULL)
        return NULL;
    memcpy(res, s, n);
    for (size_t i = 0; i < cut; i++)      /* mirror the head s[0..cut) */
        res[n + i] = s[cut - 1 - i];
    res[n + cut] = '\0';
    return res;
}
```

An empty input gives back an empty string, and an input that is already a
palindrome comes back unchanged, since the loop stops at `cut == 0`.
'''

C25B[12] = r'''// longest_word.c
//
// Helper used by the column-width code: figure out which label is widest.

#include <assert.h>
#include <stddef.h>
#include <string.h>

/* Pick the longest string in the array. When several share the maximum
   length, the one that comes first wins. An empty array yields NULL. */
const char *first_longest_str(const char *const *items, size_t count)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(items[i]);
        if (best == NULL || len > best_len) {   /* strict '>' keeps the earliest */
            best = items[i];
            best_len = len;
        }
    }
    return best;
}

#ifdef LONGEST_WORD_TEST
int main(void)
{
    const char *pets[] = {"cat", "horse", "zebra", "ox"};
    assert(strcmp(first_longest_str(pets, 4), "horse") == 0);

    const char *same[] = {"xy", "pq", "mn"};
    assert(first_longest_str(same, 3) == same[0]);

    assert(first_longest_str(NULL, 0) == NULL);
    return 0;
}
#endif
'''

C25B[17] = r'''/*
 * rhythm.c - reader for the ASCII rhythm notation of our toy sequencer.
 *
 *     o     whole note     4 beats
 *     o|    half note      2 beats
 *     .|    quarter note   1 beat
 *
 * Notes are separated by spaces. For instance
 *
 *     ".| .| o| o"        ->  1 1 2 4
 *     "o| o o| .| .|"     ->  2 4 2 1 1
 *
 * Repeated spaces are tolerated and simply skipped.
 */
#include <stddef.h>

/* Writes the length in beats of each note of `text` into `beats` (room for
 * `cap` values). Returns the number of notes read, or -1 if a token is not
 * one of the three notes above or the output is too small. */
int beats_from_notation(const char *text, int *beats, int cap)
{
    int count = 0;
    const char *p = text;

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

        if (count >= cap)
            return -1;
        beats[count++] = value;
    }
    return count;
}
'''

C25B[21] = r'''/* vecstats.c -- small numeric helpers for the sensor dashboard */
#include <stddef.h>

double vec_mean(const double *v, size_t len)
{
    double sum = 0.0;
    for (size_t i = 0; i < len; i++)
        sum += v[i];
    return len ? sum / (double)len : 0.0;
}

void vec_clamp(double *v, size_t len, double lo, double hi)
{
    for (size_t i = 0; i < len; i++) {
        if (v[i] < lo) v[i] = lo;
        else if (v[i] > hi) v[i] = hi;
    }
}

/*
 * Min-max normalisation, done in place. Afterwards the smallest reading maps
 * to 0.0, the largest to 1.0, and the rest are placed linearly in between.
 * Requires len >= 2 and at least two different values (otherwise the span
 * is zero and we would divide by it).
 */
void normalize_minmax(double *v, size_t len)
{
    double lo = v[0], hi = v[0];
    for (size_t i = 1; i < len; i++) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }
    const double span = hi - lo;
    for (size_t i = 0; i < len; i++)
        v[i] = (v[i] - lo) / span;
}
'''

C25B[32] = r'''#include <stdio.h>

/* c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1), via Horner's rule */
static double poly_eval(const double *c, int n, double x)
{
    double acc = 0.0;
    for (int i = n - 1; i >= 0; i--)
        acc = acc * x + c[i];
    return acc;
}

/*
 * Finds one real root of the polynomial whose coefficients are given lowest
 * degree first. Intended for an even number of coefficients (odd degree) with
 * a non-zero leading term: such a polynomial must change sign somewhere, so a
 * root exists. Only one root is returned even if there are several.
 *
 * The bracket starts as [-1, 1] and is doubled until its ends have opposite
 * signs (or one is a root); after that plain bisection narrows it to 1e-10.
 */
double poly_root_bisect(const double *c, int n)
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
    double line[]  = {3.0, -6.0};               /* 3 - 6x                 */
    double cubic[] = {6.0, -5.0, -2.0, 1.0};    /* (x - 1)(x - 3)(x + 2)  */
    double far[]   = {-40.0, 0.0, 0.0, 1.0};    /* x^3 - 40               */

    printf("%.4f\n", poly_root_bisect(line, 2));   /* 0.5000 */
    printf("%.4f\n", poly_root_bisect(cubic, 4));  /* 1.0000 */
    printf("%.4f\n", poly_root_bisect(far, 4));    /* 3.4200 */
    return 0;
}
'''

C25B[38] = r'''/* rot3.c
 *
 * A toy "cipher" from a puzzle-hunt kit. The text is cut into consecutive
 * blocks of three characters. Scrambling rotates every complete block one
 * place to the left, so its first character moves to the back; an incomplete
 * block at the end (one or two characters) is copied as is. Unscrambling
 * rotates the complete blocks one place to the right again, which restores
 * the original text.
 *
 * Both routines modify a NUL-terminated buffer in place.
 */
#include <string.h>

void rot3_scramble(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char first = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = first;
    }
}

void rot3_unscramble(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char last = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = last;
    }
}
'''

C25B[45] = r'''/* area.c -- area formulas used by the floor-plan estimator.
 *
 * All lengths are in metres, all results in square metres.
 */
#include <stdio.h>

#define PI_APPROX 3.14159265358979323846

double rect_area(double width, double depth)
{
    return width * depth;
}

double circle_area(double radius)
{
    return PI_APPROX * radius * radius;
}

/* Triangle given one side (taken as the base) and the height measured
 * perpendicular to that side: half of base times height. */
double tri_area_base_height(double base, double height)
{
    return base * height / 2.0;
}

int main(void)
{
    printf("%.1f\n", tri_area_base_height(7.0, 3.0));   /* 10.5 */
    printf("%.1f\n", tri_area_base_height(10.0, 8.0));  /* 40.0 */
    printf("%.1f\n", rect_area(2.5, 4.0));              /* 10.0 */
    return 0;
}
'''

C25B[57] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Reports whether the sequence only ever moves in one direction: either it
 * never decreases or it never increases. Runs of equal neighbours are allowed
 * in both cases, and sequences of length 0 or 1 count as one-directional.
 *
 * One pass: remember whether we have seen a step up and a step down; as soon
 * as both have happened the answer is no.
 */
bool is_one_directional(const int *xs, size_t n)
{
    bool rose = false, fell = false;

    for (size_t i = 1; i < n; i++) {
        if (xs[i] > xs[i - 1])
            rose = true;
        else if (xs[i] < xs[i - 1])
            fell = true;

        if (rose && fell)
            return false;
    }
    return true;
}
'''

C25B[70] = r'''#include <stdio.h>
#include <stdlib.h>

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

/*
 * "Pendulum" ordering: smallest value, then the largest of what is left,
 * then the smallest of what is left, and so on until nothing remains.
 *
 * Note: `vals` gets sorted in place as a side effect. `out` must hold n ints.
 */
void minmax_alternate(int *vals, int n, int *out)
{
    qsort(vals, (size_t)n, sizeof *vals, cmp_int);

    int lo = 0, hi = n - 1, k = 0;
    while (lo <= hi) {
        out[k++] = vals[lo++];
        if (lo <= hi)
            out[k++] = vals[hi--];
    }
}

static void dump(const int *v, int n)
{
    for (int i = 0; i < n; i++)
        printf("%d%s", v[i], i + 1 < n ? " " : "\n");
}

int main(void)
{
    int a[] = {9, 2, 7, 4, 5};
    int b[] = {3, 3, 1};
    int out[8];

    minmax_alternate(a, 5, out);
    dump(out, 5);                 /* 2 9 4 7 5 */

    minmax_alternate(b, 3, out);
    dump(out, 3);                 /* 1 3 3 */
    return 0;
}
'''

C25B[86] = r'''Don't reach for `strtok` here. It treats a run of delimiters as one, so
"a  b" (two spaces) would come back with a single space, and you said the
spacing has to survive exactly. You don't need to split anything anyway:
walk the string, find each maximal stretch of non-space characters and sort
that stretch in place. Only the space character ' ' separates words; tabs,
punctuation and so on are just part of the word and get sorted along with the
letters.

Because we are sorting single bytes, a counting sort is both the simplest and
the fastest option:

```c
#include <string.h>

/* Sorts s[0..len) by byte value (ASCII order). */
static void sort_bytes(char *s, size_t len)
{
    size_t hist[256] = {0};
    for (size_t i = 0; i < len; i++)
        hist[(unsigned char)s[i]]++;

    size_t k = 0;
    for (int c = 0; c < 256; c++)
        for (size_t j = 0; j < hist[c]; j++)
            s[k++] = (char)c;
}

/* Rearranges the characters of every space-separated word into ascending
 * order, leaving the words where they are and every space untouched. */
void sort_letters_in_words(char *text)
{
    char *p = text;
    while (*p) {
        if (*p == ' ') {
            p++;
            continue;
        }
        char *start = p;
        while (*p && *p != ' ')
            p++;
        sort_bytes(start, (size_t)(p - start));
    }
}
```

Note that capitals sort before lowercase letters and most punctuation sorts
before both, because that is what ASCII order means. If you wanted
case-insensitive ordering you would need a real comparison function and
`qsort` instead.
'''

C25B[93] = r'''/* scramble.c -- the "letter swap" exercise from week 3.
 *
 * Every letter has its case flipped, and afterwards each vowel is replaced by
 * the letter that comes two places later in the alphabet (a -> c, e -> g,
 * i -> k, o -> q, u -> w, and the same for capitals). Only letters and
 * spaces are expected in the input; anything else passes through unchanged.
 *
 *   "Hello"      ->  "hGLLQ"
 *   "Keep calm"  ->  "kGGP CCLM"
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

void swapcase_vowel_shift(char *msg)
{
    for (char *p = msg; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;

        if (islower(c))
            c = (unsigned char)toupper(c);
        else if (isupper(c))
            c = (unsigned char)tolower(c);

        if (strchr("aeiouAEIOU", c) != NULL)
            c = (unsigned char)(c + 2);

        *p = (char)c;
    }
}

int main(void)
{
    char a[] = "Hello";
    char b[] = "Keep calm";
    swapcase_vowel_shift(a);
    swapcase_vowel_shift(b);
    printf("%s\n%s\n", a, b);
    return 0;
}
'''

C25B[98] = r'''**Review: `src/textstats.c`, around line 41**

```c
int upper_vowels_even_positions(const char *s)
{
    int n = 0;
    for (int i = 0; i < strlen(s); i++)
        if (i % 2 == 0 && (s[i]=='A'||s[i]=='E'||s[i]=='I'||s[i]=='O'||s[i]=='U'))
            n++;
    return n;
}
```

Works, but two nits. `strlen` in the loop condition makes it quadratic on long
input, and you visit every index only to throw half of them away with
`i % 2`. The function only looks at indices 0, 2, 4, ... (counting from
zero), and only capital vowels count; lowercase vowels and capital consonants
are ignored. So just take the length once and step by two:

```c
#include <string.h>

/* Number of characters at even indices (0, 2, 4, ...) that are one of the
 * capital vowels A, E, I, O, U. */
int upper_vowels_even_positions(const char *s)
{
    size_t len = strlen(s);
    int n = 0;
    for (size_t i = 0; i < len; i += 2)
        if (strchr("AEIOU", s[i]) != NULL)
            n++;
    return n;
}
```

(`strchr` would also match the terminating NUL, but since `i < len` we never
pass it a zero byte.) Approving once that is in.
'''

C25B[105] = r'''/*
 * Take the values between 1 and 9 (inclusive), order them from largest to
 * smallest and spell each one out in English. Everything outside 1..9
 * (zero, negatives, two-digit numbers) is dropped silently.
 *
 * Example: {3, 12, 7, -2, 3, 0, 9}  ->  "Nine" "Seven" "Three" "Three"
 *          {}                       ->  nothing
 *
 * Since only nine distinct values survive, a counting pass is all the
 * sorting we need.
 */
#include <stddef.h>
#include <stdio.h>

static const char *const DIGIT_WORD[10] = {
    NULL, "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"
};

/* `out` must have room for n pointers; returns how many were written. */
size_t digits_to_names_desc(const int *vals, size_t n, const char **out)
{
    size_t seen[10] = {0};
    for (size_t i = 0; i < n; i++)
        if (vals[i] >= 1 && vals[i] <= 9)
            seen[vals[i]]++;

    size_t k = 0;
    for (int d = 9; d >= 1; d--)
        for (size_t j = 0; j < seen[d]; j++)
            out[k++] = DIGIT_WORD[d];
    return k;
}

int main(void)
{
    int in[] = {3, 12, 7, -2, 3, 0, 9};
    const char *names[7];
    size_t m = digits_to_names_desc(in, 7, names);
    for (size_t i = 0; i < m; i++)
        printf("%s%c", names[i], i + 1 < m ? ' ' : '\n');
    return 0;
}
'''

C25B[112] = r'''#include <stdlib.h>
#include <string.h>

struct filtered_text {
    char *text;          /* malloc'd copy with the banned characters removed */
    int   is_palindrome; /* 1 if `text` reads the same both ways, else 0     */
};

/*
 * Drops from `s` every character that also occurs anywhere in `banned`,
 * then checks whether what is left is a palindrome. Both the filtered
 * string and the verdict are handed back; free result.text when done.
 * On allocation failure result.text is NULL.
 */
struct filtered_text strip_and_check(const char *s, const char *banned)
{
    struct filtered_text r = { NULL, 0 };
    size_t len = strlen(s);

    r.text = malloc(len + 1);
    if (r.text == NULL)
        return r;

    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (strchr(banned, s[i]) == NULL)
            r.text[k++] = s[i];
    r.text[k] = '\0';

    r.is_palindrome = 1;
    for (size_t i = 0, j = k; i + 1 < j; i++, j--) {
        if (r.text[i] != r.text[j - 1]) {
            r.is_palindrome = 0;
            break;
        }
    }
    return r;
}
'''

C25B[116] = r'''/* popsort.c
 *
 * Orders integers by how many 1 bits they have, fewest first; numbers with
 * the same bit count are ordered by value. Negative numbers are ranked by
 * the bits of their absolute value.
 *
 *   {7, 8, 3, 6, 1}  ->  {1, 8, 3, 6, 7}
 *   {-1, -7, -8}     ->  {-8, -1, -7}
 */
#include <assert.h>
#include <stdlib.h>

static unsigned ones_in(int x)
{
    unsigned m = x < 0 ? 0u - (unsigned)x : (unsigned)x;
    unsigned n = 0;
    while (m) {
        m &= m - 1;      /* clear lowest set bit */
        n++;
    }
    return n;
}

static int by_bits_then_value(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    unsigned ca = ones_in(a), cb = ones_in(b);
    if (ca != cb)
        return ca < cb ? -1 : 1;
    return (a > b) - (a < b);
}

void sort_by_popcount(int *arr, size_t n)
{
    qsort(arr, n, sizeof *arr, by_bits_then_value);
}

int main(void)
{
    int a[] = {7, 8, 3, 6, 1};
    int b[] = {-1, -7, -8};
    sort_by_popcount(a, 5);
    sort_by_popcount(b, 3);
    assert(a[0] == 1 && a[1] == 8 && a[2] == 3 && a[3] == 6 && a[4] == 7);
    assert(b[0] == -8 && b[1] == -1 && b[2] == -7);
    return 0;
}
'''

C25B[117] = r'''/*
 * Word filter for the phonics drill generator: report every word of a
 * sentence that has exactly `want` consonants, in the order the words appear.
 *
 * Words are runs of non-whitespace characters. A character counts as a
 * consonant when it is not one of a, e, i, o, u in either case, so 'y' is a
 * consonant here. The input is expected to hold only letters and spaces.
 *
 * Instead of building a list, the matches are handed to a callback together
 * with their length (the words are not NUL-terminated in place).
 */
#include <ctype.h>
#include <stddef.h>

typedef void (*word_sink)(const char *word, size_t len, void *ctx);

static int is_vowel(char c)
{
    int lc = tolower((unsigned char)c);
    return lc == 'a' || lc == 'e' || lc == 'i' || lc == 'o' || lc == 'u';
}

size_t words_with_n_consonants(const char *s, int want, word_sink emit, void *ctx)
{
    size_t matches = 0;
    const char *p = s;

    while (*p) {
        while (*p && isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;

        const char *w = p;
        int consonants = 0;
        while (*p && !isspace((unsigned char)*p)) {
            if (!is_vowel(*p))
                consonants++;
            p++;
        }
        if (consonants == want) {
            if (emit)
                emit(w, (size_t)(p - w), ctx);
            matches++;
        }
    }
    return matches;
}
'''

C25B[126] = r'''#include <assert.h>

/*
 * Checks that the list is in ascending (non-decreasing) order, with one
 * extra rule: a value may appear twice in a row, but never three or more
 * times. Values are assumed to be non-negative integers.
 *
 *   {2, 2, 5, 8}  -> 1
 *   {4, 4, 4}     -> 0   (three copies of 4)
 *   {1, 9, 6}     -> 0   (9 before 6)
 *   {}            -> 1
 */
int ascending_max_two_repeats(const int *a, int n)
{
    int run = 1;   /* length of the current block of equal values */

    for (int i = 1; i < n; i++) {
        if (a[i] < a[i - 1])
            return 0;
        if (a[i] == a[i - 1]) {
            if (++run > 2)
                return 0;
        } else {
            run = 1;
        }
    }
    return 1;
}

int main(void)
{
    int a[] = {2, 2, 5, 8}, b[] = {4, 4, 4}, c[] = {1, 9, 6};
    assert(ascending_max_two_repeats(a, 4) == 1);
    assert(ascending_max_two_repeats(b, 3) == 0);
    assert(ascending_max_two_repeats(c, 3) == 0);
    assert(ascending_max_two_repeats(0, 0) == 1);
    return 0;
}
'''

C25B[129] = r'''Lexicographically smallest walk of k cells in an N x N grid
-----------------------------------------------------------

The grid holds each of the numbers 1 .. N*N exactly once (N >= 2). A walk of
length k visits k cells, each step going to an edge-adjacent cell inside the
grid, and cells may be revisited. Among all walks, we want the one whose list
of visited values is smallest in dictionary order, and we return that list.

You might expect a search here, but the structure gives the answer directly.
The list can only start as small as possible by starting at the cell that
holds 1. The second entry is the smallest value among that cell's neighbours.
From there the walk can always step back onto the 1, and nothing beats 1, so
the best walk simply bounces between the 1 and its smallest neighbour:
1, m, 1, m, ... for k entries.

```c
/* grid is n*n ints, row-major; out receives k values */
void lexi_min_walk(const int *grid, int n, int k, int *out)
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

The scan is O(N^2) just to locate the 1; the output is then O(k).
'''

C25B[136] = r'''#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The negative value closest to zero and the positive value closest to zero.
 * Zero itself belongs to neither side. A flag says whether each one exists. */
struct nearest_pair {
    bool has_neg;
    int  neg;       /* largest negative, valid only if has_neg */
    bool has_pos;
    int  pos;       /* smallest positive, valid only if has_pos */
};

struct nearest_pair nearest_to_zero_each_side(const int *v, size_t n)
{
    struct nearest_pair r = { false, 0, false, 0 };

    for (size_t i = 0; i < n; i++) {
        if (v[i] < 0 && (!r.has_neg || v[i] > r.neg)) {
            r.neg = v[i];
            r.has_neg = true;
        } else if (v[i] > 0 && (!r.has_pos || v[i] < r.pos)) {
            r.pos = v[i];
            r.has_pos = true;
        }
    }
    return r;
}

static void print_pair(struct nearest_pair p)
{
    if (p.has_neg) printf("(%d, ", p.neg); else printf("(none, ");
    if (p.has_pos) printf("%d)\n", p.pos); else printf("none)\n");
}

int main(void)
{
    int a[] = {-9, -3, 4, 0, 11};
    int b[] = {0, 0};
    int c[] = {5, 2};

    print_pair(nearest_to_zero_each_side(a, 5));   /* (-3, 4)       */
    print_pair(nearest_to_zero_each_side(b, 2));   /* (none, none)  */
    print_pair(nearest_to_zero_each_side(c, 2));   /* (none, 2)     */
    return 0;
}
'''

C25B[138] = r'''Can n be written as the sum of exactly four positive even numbers?

Every positive even number is at least 2, so four of them add up to at least
2 + 2 + 2 + 2 = 8. Each of them is even, so the total is even as well. And
any even n from 8 upwards is reachable: take 2 + 2 + 2 + (n - 6), where
n - 6 is even and at least 2. So no loops or searching are needed; the whole
question comes down to two comparisons.

    #include <stdbool.h>

    bool sum_of_four_evens_possible(long long n)
    {
        /* smallest possible sum is 2+2+2+2; all sums are even */
        return n >= 8 && n % 2 == 0;
    }

Negative n and odd n fall out automatically: both fail one of the two tests.
'''

C25B[141] = r'''/*
 * validate_filename() -- upload filter for the course submission server.
 *
 * A name is accepted ("Yes") only when all of these hold, otherwise "No":
 *   - it contains exactly one '.';
 *   - the part before the dot is non-empty and begins with an ASCII letter
 *     (a-z or A-Z);
 *   - the part after the dot is exactly "txt", "exe" or "dll" (lower case);
 *   - the name holds at most three decimal digits in total.
 *
 *   validate_filename("build.exe")      -> "Yes"
 *   validate_filename("notes2024.txt")  -> "No"   (four digits)
 *   validate_filename("a.b.txt")        -> "No"   (two dots)
 *   validate_filename("_x.dll")         -> "No"   (starts with '_')
 */
#include <stdio.h>
#include <string.h>

static int is_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const char *validate_filename(const char *name)
{
    const char *dot = strchr(name, '.');
    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";

    const char *ext = dot + 1;
    if (strcmp(ext, "txt") != 0 && strcmp(ext, "exe") != 0 && strcmp(ext, "dll") != 0)
        return "No";

    if (dot == name || !is_ascii_letter(name[0]))
        return "No";

    int digits = 0;
    for (const char *p = name; p < dot; p++)
        if (*p >= '0' && *p <= '9')
            digits++;

    return digits > 3 ? "No" : "Yes";
}

int main(void)
{
    const char *tests[] = { "build.exe", "notes2024.txt", "a.b.txt", "_x.dll" };
    for (int i = 0; i < 4; i++)
        printf("%-14s %s\n", tests[i], validate_filename(tests[i]));
    return 0;
}
'''

C25B[142] = r'''#include <stddef.h>

/*
 * Sums a list after transforming some of its entries depending on position
 * (indices counted from 0):
 *
 *   index divisible by 3              -> the entry is squared
 *   index divisible by 4 but not by 3 -> the entry is cubed
 *   any other index                   -> the entry is used as is
 *
 * Index 0 is divisible by 3, so the first entry is always squared.
 */
long long weighted_index_sum(const int *v, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        long long x = v[i];
        if (i % 3 == 0)
            total += x * x;
        else if (i % 4 == 0)
            total += x * x * x;
        else
            total += x;
    }
    return total;
}
'''

C25B[146] = r'''// digits.c -- assorted digit utilities

#include <stddef.h>

static int leading_digit(long n)
{
    while (n >= 10)
        n /= 10;
    return (int)n;
}

int digit_sum(long n)
{
    if (n < 0)
        n = -n;
    int s = 0;
    for (; n > 0; n /= 10)
        s += (int)(n % 10);
    return s;
}

/*
 * How many entries are greater than 10 and have an odd digit both at the
 * front and at the back (1, 3, 5, 7 or 9)? Negative numbers and anything up
 * to 10 are never counted.
 */
size_t count_odd_ended_above_ten(const long *nums, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        long v = nums[i];
        if (v <= 10)
            continue;
        if ((v % 10) % 2 == 1 && leading_digit(v) % 2 == 1)
            count++;
    }
    return count;
}
'''

C_HELDOUT25B[11] = r'''/* bitstr.c -- operations on strings made of the characters '0' and '1'.
 *
 * bit_string_xor() compares the two strings position by position and writes
 * '0' where they agree and '1' where they differ, i.e. a bitwise XOR done
 * on text. If the lengths differ, only the common prefix length is used.
 *
 *     "1100" ^ "1010"  ->  "0110"
 *     "111"  ^ "000"   ->  "111"
 */
#include <stdio.h>

/* `out` needs room for min(strlen(a), strlen(b)) + 1 chars. */
void bit_string_xor(const char *a, const char *b, char *out)
{
    size_t i = 0;
    for (; a[i] != '\0' && b[i] != '\0'; i++)
        out[i] = (a[i] == b[i]) ? '0' : '1';
    out[i] = '\0';
}

int main(void)
{
    char buf[8];
    bit_string_xor("1100", "1010", buf);
    puts(buf);                              /* 0110 */
    bit_string_xor("111", "000", buf);
    puts(buf);                              /* 111 */
    return 0;
}
'''

C_HELDOUT25B[15] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Builds the text "0 1 2 ... n": every integer from zero up to and including
 * n, written in decimal and separated by single spaces (no trailing space).
 * n is expected to be >= 0. The string is malloc'd; the caller frees it.
 */
char *count_up_string(int n)
{
    /* first pass: how many characters do we need? */
    size_t need = 0;
    for (int i = 0; i <= n; i++)
        need += (size_t)snprintf(NULL, 0, "%d", i) + 1;   /* digits + space/NUL */

    char *buf = malloc(need);
    if (buf == NULL)
        return NULL;

    char *w = buf;
    for (int i = 0; i <= n; i++)
        w += sprintf(w, i == 0 ? "%d" : " %d", i);
    return buf;
}
'''

C_HELDOUT25B[91] = r'''/*
 * Count "boring" sentences, i.e. those that start with the word "I".
 *
 * Sentences end at '.', '?' or '!'. Whitespace right after such a mark is
 * skipped, and a sentence counts when its first two characters are a
 * capital I followed by a space. So "It rained" does not count and neither
 * does a lone "I" with nothing after it.
 *
 *   "I woke up. It rained! Did I care? I did not."   -> 2
 *   "Nothing here"                                   -> 0
 */
#include <ctype.h>
#include <stdio.h>

static int is_terminator(char c)
{
    return c == '.' || c == '?' || c == '!';
}

int count_i_sentences(const char *text)
{
    int total = 0;
    const char *p = text;

    for (;;) {
        /* p is at the start of a sentence */
        if (p[0] == 'I' && p[1] == ' ')
            total++;

        while (*p && !is_terminator(*p))
            p++;
        if (!*p)
            break;
        p++;                                   /* past the terminator */
        while (*p && isspace((unsigned char)*p))
            p++;
    }
    return total;
}

int main(void)
{
    printf("%d\n", count_i_sentences("I woke up. It rained! Did I care? I did not."));
    printf("%d\n", count_i_sentences("Nothing here"));
    return 0;
}
'''

C_HELDOUT25B[115] = r'''/* wells.c
 *
 * Each row of the grid is a well; every 1 in the row is one unit of water
 * and every 0 is empty. Each well gets its own bucket, all buckets hold
 * `capacity` units, and a bucket is lowered as many times as needed to empty
 * its well. Returns the total number of times a bucket goes down, summed over
 * all wells (a well with w units needs ceil(w / capacity) trips).
 *
 * grid is rows x cols, row-major; capacity >= 1.
 */
long bucket_trips(const int *grid, int rows, int cols, int capacity)
{
    long trips = 0;

    for (int r = 0; r < rows; r++) {
        int water = 0;
        for (int c = 0; c < cols; c++)
            water += grid[r * cols + c];
        trips += (water + capacity - 1) / capacity;   /* integer ceiling */
    }
    return trips;
}
'''

C_HELDOUT25B[127] = r'''#include <stdio.h>

/* Closed integer intervals [lo, hi] with lo <= hi. */
struct interval { long lo, hi; };

static int is_prime(long v)
{
    if (v < 2)
        return 0;
    for (long d = 2; d * d <= v; d++)
        if (v % d == 0)
            return 0;
    return 1;
}

/*
 * Overlap the two intervals and measure the overlap as hi - lo (so [2, 3]
 * has length 1). Returns "YES" when that length is a prime number and "NO"
 * otherwise, including when the intervals do not overlap at all.
 *
 *   [2, 7]  & [4, 10]  -> overlap [4, 7], length 3  -> "YES"
 *   [0, 5]  & [5, 9]   -> overlap [5, 5], length 0  -> "NO"
 *   [-4, 4] & [-2, 2]  -> overlap [-2, 2], length 4 -> "NO"
 */
const char *overlap_length_is_prime(struct interval a, struct interval b)
{
    long lo = a.lo > b.lo ? a.lo : b.lo;
    long hi = a.hi < b.hi ? a.hi : b.hi;
    long len = hi - lo;
    return (len > 0 && is_prime(len)) ? "YES" : "NO";
}

int main(void)
{
    printf("%s\n", overlap_length_is_prime((struct interval){2, 7}, (struct interval){4, 10}));
    printf("%s\n", overlap_length_is_prime((struct interval){0, 5}, (struct interval){5, 9}));
    printf("%s\n", overlap_length_is_prime((struct interval){-4, 4}, (struct interval){-2, 2}));
    return 0;
}
'''

C_HELDOUT25B[139] = r'''/*
 * The "Brazilian" factorial (also called the superfactorial) of n > 0 is the
 * product of all the factorials from 1! up to n!:
 *
 *     bf(n) = n! * (n-1)! * ... * 2! * 1!
 *
 * Keep a running factorial and multiply it into the product at every step,
 * so each i! is computed once. The values grow very quickly: with 64-bit
 * unsigned arithmetic the result is exact only up to n = 8.
 */
typedef unsigned long long u64;

u64 brazilian_factorial(unsigned n)
{
    u64 fact = 1, product = 1;
    for (unsigned i = 1; i <= n; i++) {
        fact *= i;          /* fact == i! */
        product *= fact;
    }
    return product;
}
'''

C_HELDOUT25B[151] = r'''/* oddsq.c
 *
 * Adds up the squares of the values that are odd whole numbers greater than
 * zero. Negative values, zero, even numbers and anything with a fractional
 * part are skipped. An empty list gives 0.
 *
 *   {5, 2.5, -3, 4, 1}   ->  25 + 1  = 26
 *   {-7, 0.5, 8}         ->  0
 */
#include <assert.h>
#include <math.h>
#include <stddef.h>

long long sum_odd_squares(const double *xs, size_t n)
{
    long long total = 0;
    for (size_t i = 0; i < n; i++) {
        double x = xs[i];
        if (x <= 0 || x != floor(x))
            continue;                 /* not a positive whole number */
        long long k = (long long)x;
        if (k % 2 == 1)
            total += k * k;
    }
    return total;
}

int main(void)
{
    double a[] = {5, 2.5, -3, 4, 1};
    double b[] = {-7, 0.5, 8};
    assert(sum_odd_squares(a, 5) == 26);
    assert(sum_odd_squares(b, 3) == 0);
    assert(sum_odd_squares(NULL, 0) == 0);
    return 0;
}
'''

OTHER_C25B.append(r'''/* zip_ints.c -- merge two int arrays by taking elements in turn.
 *
 * The result is a[0], b[0], a[1], b[1], ...; once the shorter array runs
 * out, the rest of the longer one is copied over unchanged.
 *
 *   a = {1, 2, 3}, b = {10, 20}   ->  {1, 10, 2, 20, 3}
 *   a = {},        b = {4, 5}     ->  {4, 5}
 */
#include <stdio.h>

/* out must hold na + nb ints; returns na + nb */
size_t zip_alternating(const int *a, size_t na, const int *b, size_t nb, int *out)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na || j < nb) {
        if (i < na)
            out[k++] = a[i++];
        if (j < nb)
            out[k++] = b[j++];
    }
    return k;
}

int main(void)
{
    int a[] = {1, 2, 3}, b[] = {10, 20}, out[5];
    size_t n = zip_alternating(a, 3, b, 2, out);
    for (size_t i = 0; i < n; i++)
        printf("%d ", out[i]);
    putchar('\n');
    return 0;
}
''')

OTHER_C25B.append(r'''#include <string.h>

/*
 * Block mirroring for the puzzle kit: the text is split into consecutive
 * blocks of three characters and every complete block is reversed in place
 * ("abc" becomes "cba"). A final block shorter than three characters stays
 * as it is. Applying the function twice gives back the original text, so
 * the same routine both encodes and decodes.
 */
void mirror_triplets(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i + 3 <= len; i += 3) {
        char t = s[i];
        s[i] = s[i + 2];
        s[i + 2] = t;
    }
}
''')

OTHER_C25B.append(r'''Reversing every word but keeping the spaces where they were
------------------------------------------------------------

Someone on the forum asked for a function that turns
`"hello  world"` into `"olleh  dlrow"`: each word is written backwards, the
words stay in their original order and the gaps between them (including
double spaces) are left exactly as they were. Words are anything between
space characters.

```c
#include <stdio.h>

static void reverse_span(char *lo, char *hi)   /* reverses [lo, hi) */
{
    while (lo < --hi) {
        char t = *lo;
        *lo++ = *hi;
        *hi = t;
    }
}

void reverse_each_word(char *s)
{
    while (*s) {
        while (*s == ' ')
            s++;
        char *start = s;
        while (*s && *s != ' ')
            s++;
        reverse_span(start, s);
    }
}

int main(void)
{
    char line[] = "hello  world";
    char other[] = "C is fun!";
    reverse_each_word(line);
    reverse_each_word(other);
    printf("[%s]\n[%s]\n", line, other);   /* [olleh  dlrow] and [C si !nuf] */
    return 0;
}
```

Each character is moved at most once, so it's linear in the string length.
''')

OTHER_C25B.append(r'''/* zscore.c */
#include <math.h>
#include <stddef.h>

/*
 * Standardises the samples in place: subtract the mean, then divide by the
 * population standard deviation, so that afterwards the data has mean 0
 * and standard deviation 1. The caller must make sure the values are not
 * all equal (the deviation would be zero).
 */
void standardize(double *x, size_t n)
{
    double mean = 0.0;
    for (size_t i = 0; i < n; i++)
        mean += x[i];
    mean /= (double)n;

    double var = 0.0;
    for (size_t i = 0; i < n; i++)
        var += (x[i] - mean) * (x[i] - mean);
    double sd = sqrt(var / (double)n);

    for (size_t i = 0; i < n; i++)
        x[i] = (x[i] - mean) / sd;
}
''')

OTHER_C25B.append(r'''/*
 * is_c_identifier(): does the string look like a legal C identifier?
 *
 * Rules used here:
 *   - 1 to 31 characters long;
 *   - the first character is a letter or an underscore;
 *   - the others are letters, digits or underscores.
 * Keywords are not rejected; that is left to the caller.
 *
 *   is_c_identifier("count_2")   == 1
 *   is_c_identifier("_tmp")      == 1
 *   is_c_identifier("2fast")     == 0
 *   is_c_identifier("file.txt")  == 0
 */
#include <assert.h>
#include <ctype.h>
#include <string.h>

int is_c_identifier(const char *s)
{
    size_t len = strlen(s);
    if (len == 0 || len > 31)
        return 0;
    if (!(isalpha((unsigned char)s[0]) || s[0] == '_'))
        return 0;
    for (size_t i = 1; i < len; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_'))
            return 0;
    return 1;
}

int main(void)
{
    assert(is_c_identifier("count_2") == 1);
    assert(is_c_identifier("_tmp") == 1);
    assert(is_c_identifier("2fast") == 0);
    assert(is_c_identifier("file.txt") == 0);
    return 0;
}
''')

OTHER_C25B.append(r'''#include <stdlib.h>

/* How many times a positive number can be halved exactly, i.e. the number of
 * zero bits below its lowest set bit. */
static int trailing_zero_bits(unsigned v)
{
    int z = 0;
    while ((v & 1u) == 0) {
        v >>= 1;
        z++;
    }
    return z;
}

static int cmp_tz(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int za = trailing_zero_bits((unsigned)a), zb = trailing_zero_bits((unsigned)b);
    if (za != zb)
        return za - zb;
    return (a > b) - (a < b);
}

/*
 * Sorts positive integers by the number of trailing zero bits in their binary
 * form (odd numbers first, then numbers divisible by 2 but not 4, and so on);
 * numbers with the same count are ordered by value. Zero is not allowed.
 */
void sort_by_trailing_zeros(int *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_tz);
}
''')

OTHER_C25B.append(r'''#include <stdlib.h>

/*
 * Counts the numbers whose first and last decimal digits are equal, looking
 * only at numbers with at least two digits (the sign is ignored, so -121
 * counts just like 121). Single-digit values are skipped because they would
 * match trivially.
 */
size_t count_same_end_digits(const long *v, size_t n)
{
    size_t hits = 0;
    for (size_t i = 0; i < n; i++) {
        long x = labs(v[i]);
        if (x < 10)
            continue;
        long last = x % 10;
        while (x >= 10)
            x /= 10;
        if (x == last)
            hits++;
    }
    return hits;
}
''')
