"""Twentieth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C20: positives keyed by HumanEval item number, items 5, 9, 10, 14, 20, 21, 28, 34, 38, 44, 53, 56, 61, 62, 66, 74, 76, 81, 86, 88, 89, 90, 97, 100, 101, 104, 105, 106, 109, 110, 114, 126, 142, 144, 145, 160.
  C_HELDOUT20: held-out documents, items 19, 23, 35, 43, 55, 59, 67, 71, 75, 83, 107, 143.
  OTHER_C20: seven C look-alikes with a different rule:
    0. insert a marker between neighbouring values only where their parity changes (one even, one odd).
    1. running spread: out[i] = max(in[0..i]) - min(in[0..i]).
    2. fewest brackets to insert so a '<'/'>' string becomes balanced (a count, not a yes/no).
    3. position-growing shift cipher: the i-th character (1-based) of the text is shifted i places if it is a lowercase letter.
    4. largest sum of exactly k consecutive elements (sliding window).
    5. is the SUM of two "a/b" fractions a whole number.
    6. keep (in original order) the numbers whose decimal digits alternate odd/even.
"""

C20 = {}
C_HELDOUT20 = {}
OTHER_C20 = []

C20[5] = r'''/* arrutil.c -- small helpers for int arrays used by the report generator */

#include <stddef.h>
#include <stdio.h>

/* Print an int array as "a, b, c" followed by a newline. */
void print_ints(const int *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        printf(i ? ", %d" : "%d", v[i]);
    putchar('\n');
}

/*
 * Copy `src` into `dst`, putting `sep` between each pair of neighbouring
 * values.  Nothing is placed before the first value or after the last one.
 * `dst` needs room for 2*n - 1 ints (none at all when n == 0).
 * Returns the number of ints written.
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

/* Sum of all values; 0 for an empty array. */
long sum_ints(const int *v, size_t n)
{
    long total = 0;

    while (n--)
        total += *v++;
    return total;
}
'''

C20[9] = r'''## Running maximum in C

A running (or prefix) maximum replaces every element with the largest value
seen from the start of the array up to and including that position. It shows
up in "best price so far" questions and in the classic trapped-rain-water
puzzle. One pass and one variable is all it takes:

```c
#include <stdio.h>

void prefix_max(const int *in, int *out, int len)
{
    int best = 0;

    for (int i = 0; i < len; i++) {
        if (i == 0 || in[i] > best)
            best = in[i];
        out[i] = best;
    }
}

int main(void)
{
    int prices[] = {7, 1, 9, 4, 12, 3};
    int n = sizeof prices / sizeof prices[0];
    int best[6];

    prefix_max(prices, best, n);
    for (int i = 0; i < n; i++)
        printf("%d ", best[i]);
    printf("\n");               /* prints: 7 7 9 9 12 12 */
    return 0;
}
```

With `len == 0` the loop never runs, so an empty input gives an empty output
and `out` is never touched.
'''

C20[10] = r'''**Q: Shortest palindrome by appending characters only at the end of a string?**

I need to extend a string into a palindrome, adding as few characters as
possible, and I may only add them after the last character. What's a simple
way to do this in C?

**A:**

Look for the leftmost position `i` from which the rest of the string,
`s[i..]`, already reads the same in both directions. That tail can sit in the
middle of the result. Everything in front of it, `s[0..i)`, has to be mirrored
onto the end. Because you take the *leftmost* such `i`, the added part is as
short as it can be.

```c
#include <stdlib.h>
#include <string.h>

/* does s[lo..hi) read the same backwards? */
static int reads_same_backwards(const char *s, size_t lo, size_t hi)
{
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

/* Returns a malloc'd string; the caller frees it. */
char *pad_to_palindrome(const char *s)
{
    size_t len = strlen(s);
    size_t cut = 0;

    while (cut < len && !reads_same_backwards(s, cut, len))
        cut++;

    char *res = malloc(len + cut + 1);
    if (res == NULL)
        return NULL;
    memcpy(res, s, len);
    for (size_t k = 0; k < cut; k++)
        res[len + k] = s[cut - 1 - k];
    res[len + cut] = '\0';
    return res;
}
```

`pad_to_palindrome("race")` gives `"racecar"`, `"abb"` gives `"abba"`, and
`"noon"` or `""` come back unchanged. This is quadratic in the worst case;
if your inputs are long, the KMP failure function gets it down to linear time.
'''

C20[14] = r'''#include <stdlib.h>
#include <string.h>

void free_string_list(char **list, size_t count)
{
    if (list == NULL)
        return;
    for (size_t i = 0; i < count; i++)
        free(list[i]);
    free(list);
}

/*
 * leading_substrings: build every leading substring of `text`, from the
 * one-character piece up to the whole string.  The empty string is not
 * part of the result, so *count ends up equal to strlen(text).
 * Every entry, and the array itself, lives on the heap; release them with
 * free_string_list().  Returns NULL if an allocation fails.
 */
char **leading_substrings(const char *text, size_t *count)
{
    size_t n = strlen(text);
    char **list = malloc((n ? n : 1) * sizeof *list);

    *count = 0;
    if (list == NULL)
        return NULL;

    for (size_t len = 1; len <= n; len++) {
        char *piece = malloc(len + 1);
        if (piece == NULL) {
            free_string_list(list, *count);
            *count = 0;
            return NULL;
        }
        memcpy(piece, text, len);
        piece[len] = '\0';
        list[(*count)++] = piece;
    }
    return list;
}
'''

C20[20] = r'''/*
 * Lab 4, exercise 2
 *
 * Given an array of at least two doubles, report the two values that lie
 * nearest to each other on the number line.  The pair comes back with the
 * smaller value in `lo` and the larger in `hi`.  If several pairs are
 * equally close, the first one met while scanning left to right is kept.
 */
#include <math.h>
#include <stddef.h>

struct pair {
    double lo;
    double hi;
};

struct pair nearest_two(const double *vals, size_t n)
{
    struct pair best = { 0.0, 0.0 };
    double gap = -1.0;

    for (size_t i = 0; i + 1 < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            double d = fabs(vals[i] - vals[j]);

            if (gap < 0.0 || d < gap) {
                gap = d;
                best.lo = fmin(vals[i], vals[j]);
                best.hi = fmax(vals[i], vals[j]);
            }
        }
    }
    return best;
}
'''

C20[21] = r'''/* minmax.c - min-max feature scaling
 *
 * Maps every value linearly so that the smallest input becomes 0.0 and the
 * largest becomes 1.0; everything else lands proportionally in between.
 * Needs at least two values, and they must not all be equal.
 *
 *   {10, 20, 15, 30}  ->  {0.0, 0.5, 0.25, 1.0}
 *   {-2, 6, 2}        ->  {0.0, 1.0, 0.5}
 */
#include <stddef.h>

void minmax_scale(const double *x, double *y, size_t n)
{
    double lo = x[0], hi = x[0];

    for (size_t i = 1; i < n; i++) {
        if (x[i] < lo)
            lo = x[i];
        if (x[i] > hi)
            hi = x[i];
    }

    double span = hi - lo;
    for (size_t i = 0; i < n; i++)
        y[i] = (x[i] - lo) / span;
}
'''

C20[28] = r'''#include <stdlib.h>
#include <string.h>

/* strdup is POSIX, not C99, so keep our own. */
char *copy_string(const char *s)
{
    size_t len = strlen(s) + 1;
    char *dup = malloc(len);

    if (dup != NULL)
        memcpy(dup, s, len);
    return dup;
}

/*
 * Glue `count` strings together in the given order, with nothing in
 * between.  The result is a new heap string; with count == 0 it is "".
 */
char *glue_strings(const char *const *parts, size_t count)
{
    size_t total = 0;

    for (size_t i = 0; i < count; i++)
        total += strlen(parts[i]);

    char *out = malloc(total + 1);
    if (out == NULL)
        return NULL;

    char *p = out;
    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(parts[i]);
        memcpy(p, parts[i], len);
        p += len;
    }
    *p = '\0';
    return out;
}
'''

C20[34] = r'''#include <assert.h>
#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Sorts v ascending and squeezes out repeated values in place.
 * Returns how many distinct values are left at the front of v. */
size_t sorted_distinct(int *v, size_t n)
{
    if (n == 0)
        return 0;

    qsort(v, n, sizeof *v, cmp_int);

    size_t w = 1;
    for (size_t r = 1; r < n; r++)
        if (v[r] != v[w - 1])
            v[w++] = v[r];
    return w;
}

int main(void)
{
    int a[] = {4, 1, 4, 8, 1, 0};
    size_t k = sorted_distinct(a, 6);

    assert(k == 4);
    assert(a[0] == 0 && a[1] == 1 && a[2] == 4 && a[3] == 8);

    int b[] = {-3, -3, -3};
    assert(sorted_distinct(b, 3) == 1 && b[0] == -3);
    return 0;
}
'''

C20[38] = r'''/*
 * triplet.c
 *
 * A toy scrambler: the text is cut into consecutive blocks of three
 * characters and every complete block is rotated one place to the left,
 * so its first character moves to the end.  A shorter block left over at
 * the end of the text is copied unchanged.
 *
 * unscramble_triplets() reverses this: it rotates each complete block one
 * place to the right, bringing the last character back to the front.
 * Both functions work in place on a NUL-terminated string.
 */
#include <string.h>

void scramble_triplets(char *s)
{
    size_t n = strlen(s);

    for (size_t i = 0; i + 3 <= n; i += 3) {
        char first = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = first;
    }
}

void unscramble_triplets(char *s)
{
    size_t n = strlen(s);

    for (size_t i = 0; i + 3 <= n; i += 3) {
        char last = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = last;
    }
}
'''

C20[44] = r'''#include <stdio.h>

/*
 * Write `value` in the given radix (2..9) into buf, most significant digit
 * first.  65 bytes is enough for any unsigned long, even in base 2.
 * Returns buf so the call can go straight into printf.
 *
 *   to_radix(25, 4, buf)   -> "121"
 *   to_radix(10, 2, buf)   -> "1010"
 *   to_radix(100, 7, buf)  -> "202"
 */
char *to_radix(unsigned long value, unsigned radix, char *buf)
{
    char tmp[65];
    int len = 0;

    do {
        tmp[len++] = (char)('0' + value % radix);
        value /= radix;
    } while (value > 0);

    for (int i = 0; i < len; i++)
        buf[i] = tmp[len - 1 - i];
    buf[len] = '\0';
    return buf;
}

int main(void)
{
    char buf[65];

    printf("%s\n", to_radix(25, 4, buf));
    printf("%s\n", to_radix(10, 2, buf));
    printf("%s\n", to_radix(100, 7, buf));
    return 0;
}
'''

C20[53] = r'''Lesson 2: writing your own functions

Our first function takes two integers and hands back their sum. `main` reads
the two numbers from the keyboard, passes them to the function, and prints
whatever comes back. Notice that we check the return value of `scanf` so a
typo doesn't leave us adding garbage.

```c
#include <stdio.h>

int sum_of(int first, int second)
{
    return first + second;
}

int main(void)
{
    int a, b;

    printf("Enter two whole numbers: ");
    if (scanf("%d %d", &a, &b) != 2) {
        printf("That was not two numbers.\n");
        return 1;
    }
    printf("Their sum is %d\n", sum_of(a, b));
    return 0;
}
```

Try changing `sum_of` so it returns the difference instead, then run the
program again.
'''

C20[56] = r'''#include <stdbool.h>

/*
 * The string holds only '<' and '>'.  It is well formed when every '<' is
 * closed by some later '>' and no '>' shows up while nothing is open.
 *
 *   angles_balanced("<<>><>")  -> true
 *   angles_balanced("><")      -> false   (closes before anything opened)
 *   angles_balanced("<<>")     -> false   (one '<' never closed)
 *   angles_balanced("")        -> true
 */
bool angles_balanced(const char *s)
{
    long open = 0;

    for (; *s; s++) {
        open += (*s == '<') ? 1 : -1;
        if (open < 0)
            return false;
    }
    return open == 0;
}
'''

C20[61] = r'''### Review request: paren check for the calculator's input validation

Before the expression parser runs we make a quick pass over the bracket
skeleton of the input (the tokenizer has already reduced it to just `(` and
`)`), to reject anything whose parentheses don't pair up. Is this right?

```c
int parens_ok(const char *expr)
{
    int depth = 0;
    const char *p = expr;

    while (*p != '\0') {
        if (*p == '(') {
            depth++;
        } else {
            if (depth == 0)
                return 0;   /* a closer with nothing open */
            depth--;
        }
        p++;
    }
    return depth == 0;
}
```

> **Reviewer:** Logic is correct for a string made only of parentheses:
> bail out the moment the depth would go negative, and at the end require
> that everything opened was closed. One thing to keep in mind: the `else`
> treats *any* other character as a closer, so if this is ever called on
> the raw expression with digits and operators in it, change it to
> `else if (*p == ')')`. Also consider `size_t` or `long` for `depth` if
> inputs can be huge. LGTM otherwise.
'''

C20[62] = r'''/* poly.c -- integer polynomials stored as coefficient arrays, lowest power
 * first:  c[0] + c[1]*x + c[2]*x^2 + ... + c[n-1]*x^(n-1)
 */
#include <stddef.h>

/* Evaluate with Horner's rule. */
long poly_eval(const long *c, size_t n, long x)
{
    long acc = 0;

    while (n > 0)
        acc = acc * x + c[--n];
    return acc;
}

/*
 * First derivative.  Writes n-1 coefficients into out (nothing at all for
 * a constant polynomial) and returns how many were written.
 *
 * Example: 5 + 3x^2 + 2x^3, stored as {5, 0, 3, 2}, becomes 6x + 6x^2,
 * stored as {0, 6, 6}.
 */
size_t poly_derive(const long *c, size_t n, long *out)
{
    if (n < 2)
        return 0;
    for (size_t k = 1; k < n; k++)
        out[k - 1] = (long)k * c[k];
    return n - 1;
}
'''

C20[66] = r'''/* checksum_bits.c -- odds and ends used by the serial-number validator */

#include <ctype.h>

/* Number of decimal digits in s. */
int count_digit_chars(const char *s)
{
    int n = 0;

    for (; *s; s++)
        if (isdigit((unsigned char)*s))
            n++;
    return n;
}

/* Adds up the character codes of the capital letters in s; lowercase
 * letters, digits, spaces and punctuation contribute nothing.  The empty
 * string sums to 0. */
int capitals_code_sum(const char *s)
{
    int total = 0;

    for (const unsigned char *p = (const unsigned char *)s; *p; ++p)
        if (isupper(*p))
            total += *p;
    return total;
}
'''

C20[74] = r'''#include <stddef.h>
#include <string.h>

typedef struct {
    const char **items;
    size_t len;
} strlist;

static size_t char_total(strlist l)
{
    size_t sum = 0;

    for (size_t i = 0; i < l.len; i++)
        sum += strlen(l.items[i]);
    return sum;
}

/*
 * Pick whichever list has fewer characters in total, counting all of its
 * strings together.  When both totals are equal the first list wins.
 *
 *   {"ab", "cd"} (4 chars)  vs  {"xyz"} (3 chars)       ->  second list
 *   {"pear"}     (4 chars)  vs  {"fig", "a"} (4 chars)  ->  first list
 */
strlist lighter_list(strlist a, strlist b)
{
    return char_total(a) <= char_total(b) ? a : b;
}
'''

C20[76] = r'''#include <stdbool.h>

/*
 * True when x can be written as base raised to some whole exponent k >= 0
 * (so x == 1 always qualifies).  With base 1 (or 0) the only reachable
 * value we accept is 1.  The loop stops before the running power could
 * overflow.
 */
bool is_integer_power(unsigned long long x, unsigned long long base)
{
    if (base < 2)
        return x == 1;

    unsigned long long p = 1;
    while (p < x) {
        if (p > x / base)       /* the next step would already pass x */
            return false;
        p *= base;
    }
    return p == x;
}
'''

C20[81] = r'''#include <stddef.h>

/*
 * GPA -> letter grade, following the department's grade sheet.
 * Exactly 4.0 is an A+.  Otherwise the first row whose cut-off the GPA is
 * strictly above decides the letter, and a GPA of 0.0 gets an E.
 *
 *   {3.9, 2.5, 0.9, 4.0}  ->  {"A", "B-", "D", "A+"}
 *   {3.0, 1.0}            ->  {"B", "D"}
 */
static const struct {
    double above;
    const char *letter;
} scale[] = {
    {3.7, "A"},  {3.3, "A-"}, {3.0, "B+"}, {2.7, "B"},
    {2.3, "B-"}, {2.0, "C+"}, {1.7, "C"},  {1.3, "C-"},
    {1.0, "D+"}, {0.7, "D"},  {0.0, "D-"},
};

const char *gpa_letter(double gpa)
{
    if (gpa == 4.0)
        return "A+";
    for (size_t i = 0; i < sizeof scale / sizeof scale[0]; i++)
        if (gpa > scale[i].above)
            return scale[i].letter;
    return "E";
}

void gpa_letters(const double *gpas, size_t n, const char **out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = gpa_letter(gpas[i]);
}
'''

C20[86] = r'''#include <stddef.h>

/* insertion sort of the bytes in [lo, hi), by unsigned value */
static void sort_span(char *lo, char *hi)
{
    for (char *i = lo + 1; i < hi; i++) {
        unsigned char key = (unsigned char)*i;
        char *j = i;

        while (j > lo && (unsigned char)j[-1] > key) {
            *j = j[-1];
            j--;
        }
        *j = (char)key;
    }
}

/*
 * Rearranges, in place, the characters of every space-separated word into
 * ascending character-code order.  The spaces themselves stay exactly
 * where they were (runs of several spaces included) and the words keep
 * their order; punctuation is just another character inside a word.
 */
void order_letters_in_words(char *text)
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
        sort_span(start, p);
    }
}
'''

C20[88] = r'''#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int descending(const void *a, const void *b)
{
    return ascending(b, a);
}

/*
 * Copies src into dst (both n long) and sorts the copy; src is not changed.
 * The direction is decided by the first and last elements of src: if their
 * sum is odd the copy goes smallest-first, if it is even largest-first.
 *
 *   {3, 8, 1, 6}     3 + 6 = 9 (odd)   ->  {1, 3, 6, 8}
 *   {4, 9, 2, 7, 0}  4 + 0 = 4 (even)  ->  {9, 7, 4, 2, 0}
 *
 * With a single element, first and last are the same value, so nothing
 * visible happens.  n == 0 is fine too.
 */
void parity_sort_copy(const int *src, int *dst, size_t n)
{
    if (n == 0)
        return;
    memcpy(dst, src, n * sizeof *src);
    if ((src[0] + src[n - 1]) % 2 != 0)
        qsort(dst, n, sizeof *dst, ascending);
    else
        qsort(dst, n, sizeof *dst, descending);
}
'''

C20[89] = r'''/* Puzzle-day helpers, part 3: the "rot4" cipher.
 *
 * Every lowercase ASCII letter moves four places forward in the alphabet
 * (two steps, doubled), wrapping from the end of the alphabet back to the
 * start.  Any other byte is copied through untouched.  dst must have room
 * for strlen(src) + 1 bytes.
 */
void rot4(const char *src, char *dst)
{
    while (*src) {
        char c = *src++;

        if (c >= 'a' && c <= 'z')
            c = (char)('a' + (c - 'a' + 4) % 26);
        *dst++ = c;
    }
    *dst = '\0';
}
'''

C20[90] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Finds the second-lowest *distinct* value in a.  Returns false when there
 * is none: an empty array, a single element, or all elements equal.
 *
 *   {7, 3, 3, 9}   -> true,  *out = 7
 *   {4, 4}         -> false
 *   {-2, 10, -8}   -> true,  *out = -2
 */
bool runner_up_min(const int *a, size_t n, int *out)
{
    if (n == 0)
        return false;

    int lo = a[0];
    for (size_t i = 1; i < n; i++)
        if (a[i] < lo)
            lo = a[i];

    bool found = false;
    int second = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] > lo && (!found || a[i] < second)) {
            second = a[i];
            found = true;
        }
    }
    if (found)
        *out = second;
    return found;
}
'''

C20[97] = r'''> How do I multiply the last digits of two ints when either of them may be negative? I tried `(a % 10) * (b % 10)` and got a negative answer sometimes.

In C the result of `%` takes the sign of the left operand, so for a negative
`a` you get a negative remainder. The digit itself is just the magnitude of
that remainder, so wrap each one in `abs()`:

```c
#include <stdlib.h>

/* product of the ones digits of a and b; signs are ignored */
int ones_digit_product(int a, int b)
{
    int da = abs(a % 10);
    int db = abs(b % 10);

    return da * db;
}
```

Taking `abs(a) % 10` instead also works, except for `INT_MIN`, where `abs`
overflows. Doing the `%` first avoids that corner.
'''

C20[100] = r'''/*
 * Stone pyramid.  The first level holds n stones; every level after it
 * holds the next number with the same parity as n, i.e. two more than the
 * level before.  There are n levels in total, and levels[i] receives the
 * stone count of level i + 1.
 *
 * For n = 7 the levels hold 7, 9, 11, 13, 15, 17, 19 stones.
 */
void stone_levels(int n, int *levels)
{
    int stones = n;

    for (int i = 0; i < n; i++, stones += 2)
        levels[i] = stones;
}
'''

C20[101] = r'''#include <stdlib.h>
#include <string.h>

struct wordlist {
    char *buf;       /* private copy of the input, cut up in place */
    char **words;    /* pointers into buf */
    size_t count;
};

/*
 * Break a line into words.  Both commas and whitespace separate words, and
 * any run of separators counts as a single break, so no empty words are
 * produced (leading or trailing separators are simply skipped).
 * Returns 0 on success, -1 if memory ran out.  Release with wordlist_free.
 */
int tokenize_line(const char *line, struct wordlist *out)
{
    static const char seps[] = ", \t\n\r\v\f";
    size_t len = strlen(line);

    out->count = 0;
    out->words = NULL;
    out->buf = malloc(len + 1);
    if (out->buf == NULL)
        return -1;
    memcpy(out->buf, line, len + 1);

    /* there can't be more words than half the characters, rounded up */
    out->words = malloc((len / 2 + 1) * sizeof *out->words);
    if (out->words == NULL) {
        free(out->buf);
        out->buf = NULL;
        return -1;
    }

    for (char *tok = strtok(out->buf, seps); tok != NULL;
         tok = strtok(NULL, seps))
        out->words[out->count++] = tok;
    return 0;
}

void wordlist_free(struct wordlist *wl)
{
    free(wl->words);
    free(wl->buf);
    wl->words = NULL;
    wl->buf = NULL;
    wl->count = 0;
}
'''

C20[104] = r'''#include <stddef.h>

static int all_digits_odd(unsigned v)
{
    do {
        if ((v % 10) % 2 == 0)
            return 0;
        v /= 10;
    } while (v != 0);
    return 1;
}

/*
 * Keep only the numbers whose decimal digits are all odd, and hand them
 * back in increasing order.  Writes into out (room for n values) and
 * returns how many were kept.
 *
 *   {351, 42, 7, 19, 130}  ->  {7, 19, 351}
 *   {20, 48, 605}          ->  {}
 */
size_t odd_digit_numbers(const unsigned *in, size_t n, unsigned *out)
{
    size_t kept = 0;

    for (size_t i = 0; i < n; i++) {
        if (!all_digits_odd(in[i]))
            continue;
        /* insert in sorted position */
        size_t j = kept++;
        while (j > 0 && out[j - 1] > in[i]) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = in[i];
    }
    return kept;
}
'''

C20[105] = r'''#include <stddef.h>

static const char *const DIGIT_NAMES[10] = {
    NULL, "One", "Two", "Three", "Four",
    "Five", "Six", "Seven", "Eight", "Nine"
};

/*
 * From an array of ints, keep only the values 1 through 9, arrange them from
 * largest to smallest, and replace each one by its English name.  Values
 * outside that range (zero, negatives, two-digit numbers, ...) are dropped.
 * out needs room for n pointers; the return value is how many were filled.
 *
 * No comparison sort is needed: count how often each digit occurs, then
 * emit the names from 9 down to 1.
 */
size_t digits_to_names_desc(const int *v, size_t n, const char **out)
{
    size_t tally[10] = {0};
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (v[i] >= 1 && v[i] <= 9)
            tally[v[i]]++;

    for (int d = 9; d >= 1; d--)
        for (size_t c = 0; c < tally[d]; c++)
            out[k++] = DIGIT_NAMES[d];
    return k;
}
'''

C20[106] = r'''#include <stdio.h>

/*
 * Fill seq[0..n-1]; the entry for position i (counting from 1) is
 *     i!                  when i is even,
 *     1 + 2 + ... + i     when i is odd.
 *
 * For n = 8:  1 2 6 24 15 720 28 40320
 *
 * The factorial is carried along from one position to the next instead of
 * being recomputed, and the odd positions use the closed form i(i+1)/2.
 */
void fact_or_triangle(int n, long long *seq)
{
    long long fact = 1;

    for (int i = 1; i <= n; i++) {
        fact *= i;
        seq[i - 1] = (i % 2 == 0) ? fact : (long long)i * (i + 1) / 2;
    }
}

int main(void)
{
    long long seq[8];

    fact_or_triangle(8, seq);
    for (int i = 0; i < 8; i++)
        printf("%lld ", seq[i]);
    putchar('\n');
    return 0;
}
'''

C20[109] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Can the array be put into ascending order purely by rotating it to the
 * right, i.e. repeatedly moving the last element to the front?  The values
 * are assumed to be distinct.  An empty array counts as already sorted.
 *
 * Idea: some rotation of `a` is sorted exactly when, walking around the
 * array in a circle (last element followed by the first), a value is
 * followed by a smaller one at most once.
 */
bool sortable_by_rotation(const int *a, size_t n)
{
    size_t drops = 0;

    for (size_t i = 0; i < n; i++)
        if (a[i] > a[(i + 1) % n])
            drops++;
    return drops <= 1;
}
'''

C20[110] = r'''#include <stddef.h>

/*
 * Swap puzzle: elements may be traded between a and b as often as we like.
 * Can a end up holding only even numbers?  Every odd number in a has to be
 * swapped for an even one from b, so the answer is "YES" exactly when b has
 * at least as many even numbers as a has odd ones.
 *
 *   a = {2, 5, 7},  b = {1, 4, 6}   -> "YES"  (2 odd in a, 2 even in b)
 *   a = {1, 3},     b = {5, 8}      -> "NO"   (2 odd in a, 1 even in b)
 */
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
'''

C20[114] = r'''#include <stddef.h>

/*
 * Smallest total of any non-empty run of consecutive elements.
 * This is Kadane's algorithm turned upside down: `cur` is the smallest sum
 * of a run ending at the current element; once it turns positive it is
 * better to start a fresh run.  Requires n >= 1.
 */
long long min_run_sum(const long long *v, size_t n)
{
    long long best = v[0];
    long long cur = v[0];

    for (size_t i = 1; i < n; i++) {
        cur = (cur > 0) ? v[i] : cur + v[i];
        if (cur < best)
            best = cur;
    }
    return best;
}
'''

C20[126] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * check_ascending: true when the values never go down from left to right
 * AND no value appears three or more times (a pair of equal neighbours is
 * allowed).  Empty and single-element arrays pass.
 *
 *   {0, 2, 2, 5}   -> true
 *   {1, 1, 1}      -> false  (three copies of 1)
 *   {4, 3}         -> false
 */
bool check_ascending(const unsigned *v, size_t n)
{
    size_t run = 1;

    for (size_t i = 1; i < n; i++) {
        if (v[i] < v[i - 1])
            return false;
        run = (v[i] == v[i - 1]) ? run + 1 : 1;
        if (run > 2)
            return false;
    }
    return true;
}
'''

C20[142] = r'''#include <stddef.h>

/*
 * Walk the array by index and build a total:
 *   - an entry whose index is a multiple of 3 is added squared,
 *   - an entry whose index is a multiple of 4 (but not of 3) is added cubed,
 *   - every other entry is added as it is.
 * Index 0 is a multiple of 3, so the first entry is always squared.
 * An empty array totals 0.
 */
long mixed_power_sum(const int *v, size_t n)
{
    long total = 0;

    for (size_t i = 0; i < n; i++) {
        long x = v[i];

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

C20[144] = r'''#include <stdbool.h>
#include <stdio.h>

/* Parse "num/den"; both parts are positive integers. */
static bool parse_fraction(const char *s, long long *num, long long *den)
{
    return sscanf(s, "%lld/%lld", num, den) == 2 && *den != 0;
}

/*
 * Given two fractions written as strings, does their product come out as
 * a whole number?
 *
 *   "3/4" times "8/3"  = 24/12 = 2    -> true
 *   "2/3" times "1/2"  = 2/6          -> false
 *   "9/1" times "1/3"  = 9/3 = 3      -> true
 */
bool product_is_whole(const char *x, const char *y)
{
    long long a, b, c, d;

    if (!parse_fraction(x, &a, &b) || !parse_fraction(y, &c, &d))
        return false;
    return (a * c) % (b * d) == 0;
}
'''

C20[145] = r'''#include <stdlib.h>

/*
 * Sort key: the sum of the decimal digits, except that for a negative
 * number the leading (most significant) digit is counted as negative.
 */
static int signed_digit_sum(int v)
{
    int neg = v < 0;
    unsigned u = neg ? 0u - (unsigned)v : (unsigned)v;
    int sum = 0;

    while (u >= 10) {
        sum += (int)(u % 10);
        u /= 10;
    }
    /* u is now the leading digit */
    return neg ? sum - (int)u : sum + (int)u;
}

/*
 * Reorders v in place by that key, smallest first.  Numbers with equal keys
 * keep the order they had before (the sort is stable), which is why this
 * is an insertion sort rather than qsort.  Returns -1 if out of memory.
 */
int sort_by_digit_sum(int *v, size_t n)
{
    int *key = malloc((n ? n : 1) * sizeof *key);

    if (key == NULL)
        return -1;
    for (size_t i = 0; i < n; i++)
        key[i] = signed_digit_sum(v[i]);

    for (size_t i = 1; i < n; i++) {
        int kv = key[i], vv = v[i];
        size_t j = i;

        while (j > 0 && key[j - 1] > kv) {
            key[j] = key[j - 1];
            v[j] = v[j - 1];
            j--;
        }
        key[j] = kv;
        v[j] = vv;
    }
    free(key);
    return 0;
}
'''

C20[160] = r'''/*
 * eval_chain.c
 *
 * Evaluate   vals[0] ops[0] vals[1] ops[1] ... ops[n-2] vals[n-1]
 * using the usual precedence rules:
 *
 *     "**"          highest, groups right to left
 *     "*"  "//"     middle, left to right ("//" is floor division)
 *     "+"  "-"      lowest, left to right
 *
 * There are n >= 2 non-negative operands and n - 1 operators.
 *
 *   ops {"*", "+", "**"}, vals {3, 4, 2, 3}   ->  3*4 + 2**3  = 20
 *   ops {"-", "//"},      vals {20, 9, 2}     ->  20 - 9//2   = 16
 *   ops {"**", "**"},     vals {2, 3, 2}      ->  2**(3**2)   = 512
 */
#include <stddef.h>
#include <string.h>

typedef struct {
    const char *const *ops;
    const long long *vals;
    size_t n;
    size_t pos;     /* index of the operand most recently read */
} cursor;

static long long ipow(long long b, long long e)
{
    long long r = 1;

    while (e-- > 0)
        r *= b;
    return r;
}

static long long floor_div(long long a, long long b)
{
    long long q = a / b;

    if (a % b != 0 && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* next operator, or NULL at the end of the chain */
static const char *peek_op(const cursor *c)
{
    return c->pos + 1 < c->n ? c->ops[c->pos] : NULL;
}

static long long parse_power(cursor *c)
{
    long long base = c->vals[c->pos];
    const char *op = peek_op(c);

    if (op != NULL && strcmp(op, "**") == 0) {
        c->pos++;
        return ipow(base, parse_power(c));   /* right-associative */
    }
    return base;
}

static long long parse_product(cursor *c)
{
    long long acc = parse_power(c);
    const char *op;

    while ((op = peek_op(c)) != NULL &&
           (strcmp(op, "*") == 0 || strcmp(op, "//") == 0)) {
        c->pos++;
        long long rhs = parse_power(c);
        acc = (op[0] == '*') ? acc * rhs : floor_div(acc, rhs);
    }
    return acc;
}

static long long parse_sum(cursor *c)
{
    long long acc = parse_product(c);
    const char *op;

    while ((op = peek_op(c)) != NULL &&
           (strcmp(op, "+") == 0 || strcmp(op, "-") == 0)) {
        c->pos++;
        long long rhs = parse_product(c);
        acc = (op[0] == '+') ? acc + rhs : acc - rhs;
    }
    return acc;
}

long long eval_chain(const char *const *ops, const long long *vals, size_t n)
{
    cursor c = { ops, vals, n, 0 };

    return parse_sum(&c);
}
'''

C_HELDOUT20[19] = r'''#include <string.h>

static const char *const WORDS[10] = {
    "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine"
};

static int word_value(const char *w, size_t len)
{
    for (int d = 0; d < 10; d++)
        if (strlen(WORDS[d]) == len && strncmp(WORDS[d], w, len) == 0)
            return d;
    return -1;
}

/*
 * Takes a sentence of number words ("zero" .. "nine") separated by spaces
 * and writes the same words into out, ordered from the smallest number to
 * the largest and separated by single spaces.  Extra spaces in the input
 * are ignored; unknown words are dropped.  out must hold at least
 * strlen(in) + 1 bytes.
 *
 *   "eight two zero"   ->  "zero two eight"
 *   "nine  nine one"   ->  "one nine nine"
 */
void order_number_words(const char *in, char *out)
{
    unsigned count[10] = {0};
    const char *p = in;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start) {
            int d = word_value(start, (size_t)(p - start));
            if (d >= 0)
                count[d]++;
        }
    }

    char *w = out;
    for (int d = 0; d < 10; d++) {
        for (unsigned k = 0; k < count[d]; k++) {
            if (w != out)
                *w++ = ' ';
            size_t len = strlen(WORDS[d]);
            memcpy(w, WORDS[d], len);
            w += len;
        }
    }
    *w = '\0';
}
'''

C_HELDOUT20[23] = r'''Two classic pointer exercises from week 3 of the intro course. The point is
to walk a string with a pointer instead of an index, so don't reach for
`<string.h>` here.

```c
#include <stddef.h>

/* Number of characters before the terminating NUL. */
size_t text_length(const char *s)
{
    const char *end = s;

    while (*end != '\0')
        end++;
    return (size_t)(end - s);
}

/* Copy src into dst, terminator included; returns dst. */
char *text_copy(char *dst, const char *src)
{
    char *d = dst;

    while ((*d++ = *src++) != '\0')
        ;
    return dst;
}
```

For the first one, notice that subtracting two pointers into the same array
gives the distance between them, which is exactly the length we want.
'''

C_HELDOUT20[35] = r'''#include <stdio.h>
#include <stddef.h>

/* Largest value in v[0..n-1].  The array must not be empty. */
int largest_of(const int *v, size_t n)
{
    int top = v[0];

    for (size_t i = 1; i < n; i++)
        if (v[i] > top)
            top = v[i];
    return top;
}

int main(void)
{
    int readings[] = {-4, 17, 3, 17, -20};
    int cold[] = {-9, -2, -30};

    printf("%d\n", largest_of(readings, 5));   /* 17 */
    printf("%d\n", largest_of(cold, 3));       /* -2 */
    return 0;
}
'''

C_HELDOUT20[43] = r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Do two elements at different positions in v add up to zero?  A single 0
 * doesn't count on its own, but two zeros do.
 *
 * Sorts a copy and walks two indexes towards each other, so it runs in
 * O(n log n) instead of checking every pair.
 */
bool has_zero_sum_pair(const int *v, size_t n)
{
    if (n < 2)
        return false;

    int *s = malloc(n * sizeof *s);
    if (s == NULL)
        return false;
    memcpy(s, v, n * sizeof *s);
    qsort(s, n, sizeof *s, by_value);

    size_t lo = 0, hi = n - 1;
    bool found = false;
    while (lo < hi) {
        long sum = (long)s[lo] + s[hi];
        if (sum == 0) {
            found = true;
            break;
        }
        if (sum < 0)
            lo++;
        else
            hi--;
    }
    free(s);
    return found;
}
'''

C_HELDOUT20[55] = r'''/*
 * Fibonacci numbers, iteratively: F(0) = 0, F(1) = 1, and each later term
 * is the sum of the two before it.  F(7) = 13, F(15) = 610, F(20) = 6765.
 * unsigned long long holds every term up to F(93).
 */
unsigned long long fibonacci(unsigned n)
{
    unsigned long long prev = 0, cur = 1;

    if (n == 0)
        return 0;
    for (unsigned i = 1; i < n; i++) {
        unsigned long long next = prev + cur;
        prev = cur;
        cur = next;
    }
    return cur;
}
'''

C_HELDOUT20[59] = r'''/*
 * Largest prime dividing n (n > 1).  Divides out each factor as soon as it
 * is found, so the loop only has to run up to the square root of what is
 * left; whatever remains above 1 at the end is itself prime.
 */
long long biggest_prime_divisor(long long n)
{
    long long largest = 1;

    for (long long p = 2; p * p <= n; p++) {
        while (n % p == 0) {
            largest = p;
            n /= p;
        }
    }
    if (n > 1)
        largest = n;
    return largest;
}
'''

C_HELDOUT20[67] = r'''#include <ctype.h>
#include <stdlib.h>

/*
 * A fruit basket holds apples, oranges and mangoes.  The description gives
 * the apples and oranges, e.g. "12 apples and 4 oranges", and `total` is the
 * number of fruits in the whole basket.  Every space-separated token that
 * consists only of digits is a fruit count; the mangoes are what is left.
 *
 *   mangoes_left("12 apples and 4 oranges", 30)  == 14
 *   mangoes_left("0 apples and 9 oranges", 9)    == 0
 */
int mangoes_left(const char *desc, int total)
{
    const char *p = desc;
    int counted = 0;

    while (*p) {
        const char *start = p;
        int digits_only = 1;

        while (*p && *p != ' ') {
            if (!isdigit((unsigned char)*p))
                digits_only = 0;
            p++;
        }
        if (p > start && digits_only)
            counted += atoi(start);
        if (*p == ' ')
            p++;
    }
    return total - counted;
}
'''

C_HELDOUT20[71] = r'''#include <math.h>

/*
 * Area of a triangle from its three side lengths (Heron's formula), rounded
 * to two decimal places.  If the sides can't form a proper triangle, that
 * is, if some two of them add up to no more than the third, returns -1.
 */
double heron_area(double a, double b, double c)
{
    if (a + b <= c || a + c <= b || b + c <= a)
        return -1.0;

    double s = (a + b + c) / 2.0;
    double area = sqrt(s * (s - a) * (s - b) * (s - c));

    return round(area * 100.0) / 100.0;
}
'''

C_HELDOUT20[75] = r'''#include <stdbool.h>

/*
 * true when n is the product of exactly three primes, which need not be
 * different: 42 = 2*3*7 and 12 = 2*2*3 qualify, while 49 = 7*7 (two
 * factors) and 16 = 2*2*2*2 (four) do not.
 *
 * Count prime factors with multiplicity by trial division.
 */
bool three_prime_product(int n)
{
    int factors = 0;

    for (int p = 2; p * p <= n; p++) {
        while (n % p == 0) {
            n /= p;
            factors++;
        }
    }
    if (n > 1)
        factors++;
    return factors == 3;
}
'''

C_HELDOUT20[83] = r'''/*
 * How many positive integers with exactly `digits` decimal digits begin
 * with a 1, end with a 1, or both?
 *
 * Inclusion-exclusion, for digits >= 2:
 *   starting with 1:  10^(digits-1)
 *   ending with 1:    9 * 10^(digits-2)   (first digit 1..9)
 *   both:             10^(digits-2)
 * A one-digit number is the single case "1".
 */
unsigned long long count_one_edged(unsigned digits)
{
    if (digits == 1)
        return 1;

    unsigned long long p = 1;      /* 10^(digits-2) */
    for (unsigned i = 2; i < digits; i++)
        p *= 10;

    unsigned long long starts = 10 * p;
    unsigned long long ends = 9 * p;
    unsigned long long both = p;

    return starts + ends - both;
}
'''

C_HELDOUT20[107] = r'''#include <stdio.h>

struct pal_counts {
    int even;
    int odd;
};

static int is_pal(int v)
{
    int rev = 0, orig = v;

    while (v > 0) {
        rev = rev * 10 + v % 10;
        v /= 10;
    }
    return rev == orig;
}

/* Counts the palindromic numbers among 1..n (inclusive), split by parity. */
struct pal_counts palindrome_parity(int n)
{
    struct pal_counts r = {0, 0};

    for (int i = 1; i <= n; i++) {
        if (!is_pal(i))
            continue;
        if (i % 2 == 0)
            r.even++;
        else
            r.odd++;
    }
    return r;
}

int main(void)
{
    struct pal_counts r = palindrome_parity(50);

    /* 1..9, 11, 22, 33, 44  ->  6 even, 7 odd */
    printf("even=%d odd=%d\n", r.even, r.odd);
    return 0;
}
'''

C_HELDOUT20[143] = r'''#include <ctype.h>
#include <stddef.h>
#include <string.h>

static int is_prime_len(size_t k)
{
    if (k < 2)
        return 0;
    for (size_t d = 2; d * d <= k; d++)
        if (k % d == 0)
            return 0;
    return 1;
}

/*
 * Copies into out only those words of `sentence` whose length is a prime
 * number, in their original order and joined by single spaces.  Words are
 * separated by whitespace.  out needs strlen(sentence) + 1 bytes; if no
 * word qualifies it becomes the empty string.
 */
void prime_length_words(const char *sentence, char *out)
{
    const char *p = sentence;
    char *w = out;

    while (*p) {
        while (*p && isspace((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !isspace((unsigned char)*p))
            p++;

        size_t len = (size_t)(p - start);
        if (len > 0 && is_prime_len(len)) {
            if (w != out)
                *w++ = ' ';
            memcpy(w, start, len);
            w += len;
        }
    }
    *w = '\0';
}
'''

OTHER_C20.append(r'''#include <stddef.h>

/*
 * Copy src into dst, inserting `mark` between two neighbouring values only
 * where the parity changes, i.e. one of them is even and the other odd.
 * Neighbours of the same parity are copied next to each other as usual.
 * dst needs room for up to 2*n - 1 ints; returns how many were written.
 *
 *   src {2, 4, 5, 7, 8}, mark 0  ->  {2, 4, 0, 5, 7, 0, 8}
 *   src {1, 3, 9},       mark 0  ->  {1, 3, 9}
 */
size_t mark_parity_changes(const int *src, size_t n, int mark, int *dst)
{
    size_t w = 0;

    for (size_t i = 0; i < n; i++) {
        if (i > 0 && ((src[i - 1] ^ src[i]) & 1))
            dst[w++] = mark;
        dst[w++] = src[i];
    }
    return w;
}
''')

OTHER_C20.append(r'''#include <stddef.h>

/*
 * Running spread: out[i] is the distance between the largest and the
 * smallest value among in[0..i].  The first entry is always 0, and the
 * sequence never decreases.  Handy for watching how far a sensor has
 * drifted since the start of a recording.
 */
void running_spread(const int *in, long *out, size_t n)
{
    int lo = 0, hi = 0;

    for (size_t i = 0; i < n; i++) {
        if (i == 0 || in[i] < lo)
            lo = in[i];
        if (i == 0 || in[i] > hi)
            hi = in[i];
        out[i] = (long)hi - lo;
    }
}
''')

OTHER_C20.append(r'''/*
 * The string holds only '<' and '>'.  Return the fewest brackets that have
 * to be inserted (anywhere) to make every '<' pair with a later '>'.
 *
 *   "<<>"   -> 1   (one '<' left open)
 *   "><"    -> 2   (a '<' before the first, a '>' after the second)
 *   "<><>"  -> 0
 *
 * Every '>' that arrives with nothing open needs a '<' inserted before it;
 * every '<' still open at the end needs a '>' after it.
 */
int angle_fixes_needed(const char *s)
{
    int open = 0, missing_openers = 0;

    for (; *s; s++) {
        if (*s == '<') {
            open++;
        } else if (open > 0) {
            open--;
        } else {
            missing_openers++;
        }
    }
    return missing_openers + open;
}
''')

OTHER_C20.append(r'''A step up from a plain Caesar shift for the puzzle hunt: the shift grows as
you move through the message. The first character is moved one place
forward in the alphabet, the second two places, the third three, and so on,
wrapping around after `z`. The counter advances on every character,
including spaces and punctuation, but only lowercase letters actually get
changed.

```c
void creeping_shift(const char *src, char *dst)
{
    unsigned step = 1;

    for (; *src; src++, dst++, step++) {
        char c = *src;

        if (c >= 'a' && c <= 'z')
            c = (char)('a' + (c - 'a' + step) % 26);
        *dst = c;
    }
    *dst = '\0';
}
```

Decoding is the same loop with the shift subtracted (add `26 - step % 26`
instead).
''')

OTHER_C20.append(r'''#include <stddef.h>

/*
 * Largest total of exactly k consecutive elements (1 <= k <= n), using a
 * sliding window: add the element entering on the right, subtract the one
 * leaving on the left.
 *
 *   {4, -1, 6, 2, -5, 3}, k = 3   ->  9    (4 - 1 + 6)
 *   {-7, -2, -9},         k = 2   -> -9    (-7 - 2)
 */
long long best_window_sum(const int *v, size_t n, size_t k)
{
    long long win = 0;

    for (size_t i = 0; i < k; i++)
        win += v[i];

    long long best = win;
    for (size_t i = k; i < n; i++) {
        win += v[i] - v[i - k];
        if (win > best)
            best = win;
    }
    return best;
}
''')

OTHER_C20.append(r'''#include <stdbool.h>
#include <stdio.h>

/*
 * Two fractions are given as "num/den" strings with positive parts.  Does
 * their SUM come out as a whole number?
 *
 *   "1/3" + "2/3"  = 1            -> true
 *   "1/2" + "1/3"  = 5/6          -> false
 *   "7/4" + "5/4"  = 3            -> true
 *
 * a/b + c/d = (a*d + c*b) / (b*d), so just check the remainder.
 */
bool sum_is_whole(const char *x, const char *y)
{
    long long a, b, c, d;

    if (sscanf(x, "%lld/%lld", &a, &b) != 2 ||
        sscanf(y, "%lld/%lld", &c, &d) != 2 || b == 0 || d == 0)
        return false;
    return (a * d + c * b) % (b * d) == 0;
}
''')

OTHER_C20.append(r'''#include <stddef.h>

/* Do the decimal digits of v switch between odd and even at every step? */
static int digits_alternate(unsigned v)
{
    int prev = v % 2 == 1;

    v /= 10;
    while (v != 0) {
        int cur = (v % 10) % 2 == 1;
        if (cur == prev)
            return 0;
        prev = cur;
        v /= 10;
    }
    return 1;
}

/*
 * Keeps, in their original order, only the numbers whose digits alternate
 * in parity (odd, even, odd, ... or even, odd, even, ...).  Single-digit
 * numbers always qualify.  Returns the number of values written to out.
 */
size_t keep_zigzag_digits(const unsigned *in, size_t n, unsigned *out)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (digits_alternate(in[i]))
            out[k++] = in[i];
    return k;
}
''')
