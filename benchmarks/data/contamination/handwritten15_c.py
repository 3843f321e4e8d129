"""Fifteenth batch of hand-written documents, C (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C15          -- positives, HumanEval items 1, 2, 5, 18, 28, 42, 61, 68, 73, 90, 100, 101, 104, 110, 125, 130, 133, 142, 156, 158.
  C_HELDOUT15  -- held-out items (not indexed, so negatives) 3, 35, 43, 63, 83, 87, 99, 163.
  OTHER_C15    -- six C look-alikes with a different rule:
    0. count consonants in a word (y counts as a consonant)
    1. second LARGEST distinct value of an int array
    2. additive-only uppercase roman numerals (4 -> IIII)
    3. count NON-overlapping substring occurrences
    4. sequence summing the previous three terms, seeded 1, 1, 1
    5. smallest ODD value with the LAST index where it occurs
"""

C15 = {
    1: r'''/* paren_groups.c
 *
 * Split a string made of several top-level, balanced parenthesis groups
 * into one string per group.  Whitespace in the input is skipped.
 * The caller owns the returned array and every string in it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char **split_top_level(const char *src, size_t *ngroups)
{
    size_t cap = 4, count = 0;
    char **groups = malloc(cap * sizeof *groups);
    size_t len = strlen(src);
    char *buf = malloc(len + 1);
    size_t blen = 0;
    int level = 0;

    for (const char *p = src; *p; ++p) {
        if (*p != '(' && *p != ')')
            continue;
        buf[blen++] = *p;
        level += (*p == '(') ? 1 : -1;
        if (level == 0) {
            buf[blen] = '\0';
            if (count == cap) {
                cap *= 2;
                groups = realloc(groups, cap * sizeof *groups);
            }
            groups[count] = malloc(blen + 1);
            memcpy(groups[count], buf, blen + 1);
            count++;
            blen = 0;
        }
    }
    free(buf);
    *ngroups = count;
    return groups;
}

int main(void)
{
    size_t n;
    char **parts = split_top_level("(()) ( ) ((()())) ()", &n);
    for (size_t i = 0; i < n; i++) {
        printf("%s\n", parts[i]);   /* (())  ()  ((()()))  () */
        free(parts[i]);
    }
    free(parts);
    return 0;
}
''',

    2: r'''#include <math.h>

/* Keep only what is after the decimal point of a positive number,
   e.g. 7.25 -> 0.25 */
double fractional_part(double value)
{
    double whole;
    return modf(value, &whole);
}
''',

    5: r'''#include <stddef.h>

/*
 * weave_separator: copy `src` (n ints) into `dst`, putting `sep` between
 * each pair of neighbours.  dst must hold at least 2*n - 1 ints (or 0 when
 * n == 0).  Returns how many ints were written.
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
''',

    18: r'''// Q: How do I count occurrences of a substring in C when matches may overlap?
// strstr() and then advancing by one character does it:

#include <stdio.h>
#include <string.h>

int count_overlapping(const char *haystack, const char *needle)
{
    size_t hn = strlen(haystack), nn = strlen(needle);
    int hits = 0;
    if (nn > hn)
        return 0;
    for (size_t start = 0; start + nn <= hn; start++)
        if (strncmp(haystack + start, needle, nn) == 0)
            hits++;
    return hits;
}

int main(void)
{
    printf("%d\n", count_overlapping("banana", "ana"));   /* 2 */
    printf("%d\n", count_overlapping("zzzzz", "zz"));     /* 4 */
    printf("%d\n", count_overlapping("", "q"));           /* 0 */
    return 0;
}
''',

    28: r'''#include <stdlib.h>
#include <string.h>

/* Glue an array of C strings together, no separator.
 * Returns a freshly allocated string (empty for count == 0). */
char *join_all(const char *const *parts, size_t count)
{
    size_t total = 0;
    for (size_t i = 0; i < count; ++i)
        total += strlen(parts[i]);

    char *out = malloc(total + 1);
    if (!out)
        return NULL;

    char *cursor = out;
    for (size_t i = 0; i < count; ++i) {
        size_t k = strlen(parts[i]);
        memcpy(cursor, parts[i], k);
        cursor += k;
    }
    *cursor = '\0';
    return out;
}
''',

    42: r'''#include <stdio.h>

/* bump every element of the array up by one, in place */
static void bump_all(int *values, int count)
{
    for (int *p = values; p < values + count; p++)
        ++*p;
}

int main(void)
{
    int data[] = {9, 0, -4, 41, 7};
    int n = (int)(sizeof data / sizeof data[0]);

    bump_all(data, n);
    for (int i = 0; i < n; i++)
        printf("%d%c", data[i], i + 1 < n ? ' ' : '\n');
    /* prints: 10 1 -3 42 8 */
    return 0;
}
''',

    61: r'''#include <stdbool.h>

/* Given a string of '(' and ')' characters, report whether every opener is
   closed later and no closer appears without a pending opener. */
bool parens_match(const char *s)
{
    long open = 0;
    for (; *s != '\0'; s++) {
        if (*s == '(')
            open++;
        else if (--open < 0)
            return false;
    }
    return open == 0;
}
''',

    68: r'''/*
 * branch.c -- pick the smallest even node from a branch.
 *
 * Nodes are non-negative ints.  We want the smallest even value and the
 * first position where it occurs.  If nothing is even (or the branch is
 * empty) `found` is 0.
 *
 *   {7, 10, 4, 4, 9} -> value 4 at index 2
 *   {3, 5}            -> not found
 */
#include <stddef.h>

struct pick {
    int found;
    int value;
    size_t index;
};

struct pick pick_min_even(const int *nodes, size_t len)
{
    struct pick best = {0, 0, 0};
    for (size_t i = 0; i < len; i++) {
        if (nodes[i] % 2 != 0)
            continue;
        if (!best.found || nodes[i] < best.value) {
            best.found = 1;
            best.value = nodes[i];
            best.index = i;
        }
    }
    return best;
}
''',

    73: r'''#include <stdio.h>

/* Fewest single-element edits needed so the array reads the same from both ends. */
int edits_to_palindrome(const int a[], int n)
{
    int lo = 0, hi = n - 1, edits = 0;
    while (lo < hi) {
        if (a[lo] != a[hi])
            edits++;
        lo++;
        hi--;
    }
    return edits;
}

int main(void)
{
    int x[] = {4, 8, 1, 8, 5};
    int y[] = {2, 6, 6, 2};
    int z[] = {1, 2, 3, 4, 5, 6};
    printf("%d %d %d\n",
           edits_to_palindrome(x, 5),   /* 1 */
           edits_to_palindrome(y, 4),   /* 0 */
           edits_to_palindrome(z, 6));  /* 3 */
    return 0;
}
''',

    90: r'''#include <stdbool.h>
#include <stddef.h>
#include <limits.h>

/*
 * Find the second smallest *distinct* value of arr.
 * Writes it to *out and returns true; returns false when the array has
 * fewer than two different values.
 */
bool runner_up_min(const int *arr, size_t n, int *out)
{
    bool have_first = false, have_second = false;
    int first = INT_MAX, second = INT_MAX;

    for (size_t i = 0; i < n; i++) {
        int v = arr[i];
        if (!have_first || v < first) {
            if (have_first) {
                second = first;
                have_second = true;
            }
            first = v;
            have_first = true;
        } else if (v != first && (!have_second || v < second)) {
            second = v;
            have_second = true;
        }
    }
    if (have_second)
        *out = second;
    return have_second;
}
''',

    100: r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Stone staircase: n levels, the bottom one has n stones and every level
 * above holds two more than the one below (so odd n stays odd, even stays
 * even).  Returns a malloc'd array of n counts.
 */
int *stone_levels(int n)
{
    int *levels = malloc((size_t)n * sizeof(int));
    if (levels == NULL) return NULL;
    levels[0] = n;
    for (int k = 1; k < n; k++)
        levels[k] = levels[k - 1] + 2;
    return levels;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 4;
    if (n < 1) return 1;
    int *lv = stone_levels(n);
    for (int i = 0; i < n; i++)
        printf("level %d: %d\n", i + 1, lv[i]);
    free(lv);
    return 0;
}
''',

    101: r'''/* tokenize.c - break a sentence on commas and/or spaces
 *
 *   "red, green blue,,yellow" -> "red" "green" "blue" "yellow"
 *   ""                        -> (no words)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char **items;
    size_t count;
    char *storage;     /* backing copy of the input */
} WordList;

WordList split_commas_spaces(const char *text)
{
    WordList wl = {NULL, 0, NULL};
    size_t len = strlen(text);
    wl.storage = malloc(len + 1);
    memcpy(wl.storage, text, len + 1);
    wl.items = malloc((len / 2 + 1) * sizeof(char *));

    char *save = wl.storage;
    for (char *tok = strtok(save, ", "); tok; tok = strtok(NULL, ", "))
        wl.items[wl.count++] = tok;
    return wl;
}

void wordlist_free(WordList *wl)
{
    free(wl->items);
    free(wl->storage);
    wl->items = NULL;
    wl->storage = NULL;
    wl->count = 0;
}

int main(void)
{
    WordList w = split_commas_spaces("red, green blue,,yellow");
    for (size_t i = 0; i < w.count; i++)
        printf("[%s]\n", w.items[i]);
    wordlist_free(&w);
    return 0;
}
''',

    104: r'''#include <stdlib.h>
#include <stdbool.h>

static bool only_odd_digits(int v)
{
    do {
        if ((v % 10) % 2 == 0)
            return false;
        v /= 10;
    } while (v > 0);
    return true;
}

static int ascending(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Keep the positive ints whose every decimal digit is odd, sorted ascending.
   `kept` must have room for n ints; returns how many were kept. */
int filter_odd_digit_numbers(const int *nums, int n, int *kept)
{
    int m = 0;
    for (int i = 0; i < n; i++)
        if (only_odd_digits(nums[i]))
            kept[m++] = nums[i];
    qsort(kept, (size_t)m, sizeof(int), ascending);
    return m;
}
''',

    110: r'''#include <stdio.h>

/*
 * Can we swap items between `a` and `b` (any number of swaps) so that `a`
 * ends up all even?  Only possible when b has at least as many even numbers
 * as a has odd ones.
 *
 * a = {3, 8, 5}, b = {2, 4, 7}   -> "YES"
 * a = {3, 8, 5}, b = {2, 9, 7}   -> "NO"
 */
const char *can_make_even(const int *a, int na, const int *b, int nb)
{
    int odd_in_a = 0, even_in_b = 0;
    for (int i = 0; i < na; i++)
        odd_in_a += (a[i] % 2 != 0);
    for (int i = 0; i < nb; i++)
        even_in_b += (b[i] % 2 == 0);
    return even_in_b >= odd_in_a ? "YES" : "NO";
}

int main(void)
{
    int a[] = {3, 8, 5}, b1[] = {2, 4, 7}, b2[] = {2, 9, 7};
    puts(can_make_even(a, 3, b1, 3));
    puts(can_make_even(a, 3, b2, 3));
    return 0;
}
''',

    125: r'''#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/*
 * Three-way text splitter.
 *   - text contains a space   -> split on whitespace
 *   - else text has a comma   -> split on commas
 *   - otherwise               -> no words; `tally` holds the number of
 *                                lowercase letters sitting at an odd
 *                                position in the alphabet (a=0, b=1, ...)
 */
struct split_result {
    int is_tally;
    int tally;
    char **words;
    int nwords;
};

static void push_word(struct split_result *r, const char *from, size_t len)
{
    r->words = realloc(r->words, (size_t)(r->nwords + 1) * sizeof(char *));
    char *w = malloc(len + 1);
    memcpy(w, from, len);
    w[len] = '\0';
    r->words[r->nwords++] = w;
}

struct split_result split_text(const char *text)
{
    struct split_result r = {0, 0, NULL, 0};
    int by_space = strchr(text, ' ') != NULL;
    int by_comma = !by_space && strchr(text, ',') != NULL;

    if (!by_space && !by_comma) {
        r.is_tally = 1;
        for (const char *p = text; *p; p++)
            if (islower((unsigned char)*p) && (*p - 'a') % 2 == 1)
                r.tally++;
        return r;
    }

    const char *p = text;
    while (*p) {
        while (*p && (by_space ? isspace((unsigned char)*p) : *p == ','))
            p++;
        const char *start = p;
        while (*p && !(by_space ? isspace((unsigned char)*p) : *p == ','))
            p++;
        if (p > start)
            push_word(&r, start, (size_t)(p - start));
    }
    return r;
}

void split_result_free(struct split_result *r)
{
    for (int i = 0; i < r->nwords; i++)
        free(r->words[i]);
    free(r->words);
    r->words = NULL;
    r->nwords = 0;
}
''',

    130: r'''/* Odd "tribonacci" variant, first n+1 terms.
 *
 *   t(0) = 1, t(1) = 3
 *   even k: t(k) = 1 + k/2
 *   odd  k: t(k) = t(k-1) + t(k-2) + t(k+1)
 *
 * Since k+1 is even for odd k, t(k+1) = 1 + (k+1)/2 is known up front,
 * so a single forward pass works.
 */
#include <stdio.h>
#include <stdlib.h>

double *tri_terms(int n)
{
    double *t = malloc(sizeof(double) * (size_t)(n + 1));
    t[0] = 1.0;
    if (n >= 1)
        t[1] = 3.0;
    for (int k = 2; k <= n; k++) {
        if (k % 2 == 0)
            t[k] = 1.0 + k / 2.0;
        else
            t[k] = t[k - 1] + t[k - 2] + (k + 3) / 2.0;
    }
    return t;
}

int main(void)
{
    int n = 6;
    double *t = tri_terms(n);
    for (int i = 0; i <= n; i++)
        printf("%g ", t[i]);
    putchar('\n');   /* 1 3 2 8 3 15 4 */
    free(t);
    return 0;
}
''',

    133: r'''#include <math.h>
#include <stddef.h>

/* Round each number up to the next integer, square it, and add them all. */
long long sum_ceil_squares(const double *xs, size_t n)
{
    long long acc = 0;
    for (size_t i = 0; i < n; ++i) {
        long long c = (long long)ceil(xs[i]);
        acc += c * c;
    }
    return acc;
}
''',

    142: r'''// Weighted-by-position sum.
// index divisible by 3            -> add the square
// index divisible by 4 (not by 3) -> add the cube
// any other index                 -> add the value as is
//
// e.g. {2, 1, 1, 3, 2} -> 4 + 1 + 1 + 9 + 8 = 23

long positional_power_sum(const int *v, int n)
{
    long total = 0;
    for (int i = 0; i < n; i++) {
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
''',

    156: r'''#include <stdio.h>
#include <string.h>

struct numeral { int value; const char *glyph; };

static const struct numeral TABLE[] = {
    {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
    {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
    {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
    {1, "i"}
};

/* writes lowercase roman numeral of n (1..1000) into out; out needs >= 16 bytes */
void to_roman_lower(int n, char *out)
{
    out[0] = '\0';
    for (size_t k = 0; k < sizeof TABLE / sizeof TABLE[0]; k++) {
        while (n >= TABLE[k].value) {
            strcat(out, TABLE[k].glyph);
            n -= TABLE[k].value;
        }
    }
}

int main(void)
{
    int samples[] = {3, 14, 49, 388, 999};
    char buf[32];
    for (int i = 0; i < 5; i++) {
        to_roman_lower(samples[i], buf);
        printf("%d -> %s\n", samples[i], buf);
    }
    return 0;
}
''',

    158: r'''#include <string.h>
#include <stdbool.h>

static int distinct_chars(const char *w)
{
    bool seen[256] = {false};
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (!seen[*p]) {
            seen[*p] = true;
            n++;
        }
    }
    return n;
}

/* Returns the word with the most different characters; ties go to the word
 * that sorts first alphabetically.  Expects count >= 1. */
const char *most_varied_word(const char *words[], int count)
{
    const char *best = words[0];
    int best_score = distinct_chars(best);
    for (int i = 1; i < count; i++) {
        int s = distinct_chars(words[i]);
        if (s > best_score || (s == best_score && strcmp(words[i], best) < 0)) {
            best = words[i];
            best_score = s;
        }
    }
    return best;
}
''',

}

C_HELDOUT15 = {
    3: r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Replay a list of account movements (positive = deposit, negative =
 * withdrawal) starting from an empty balance and tell whether the balance
 * ever drops under zero.
 *
 *   {5, -2, -4, 10} -> true   (5, 3, -1, ...)
 *   {2, -2, 7}      -> false
 */
bool goes_negative(const long *moves, size_t count)
{
    long balance = 0;
    for (size_t i = 0; i < count; i++) {
        balance += moves[i];
        if (balance < 0)
            return true;
    }
    return false;
}
''',

    35: r'''#include <stdio.h>

int largest_of(const int *xs, int n)
{
    int top = xs[0];
    for (int i = 1; i < n; ++i)
        if (xs[i] > top)
            top = xs[i];
    return top;
}

int main(void)
{
    int readings[] = {12, -7, 33, 0, 33, 5};
    printf("max = %d\n", largest_of(readings, 6));
    return 0;
}
''',

    43: r'''/* Does any pair of entries at two different positions add up to zero?
   Plain O(n^2) scan -- fine for the small arrays this is used on. */
int has_zero_pair(const int *vals, int len)
{
    for (int i = 0; i < len; i++)
        for (int j = i + 1; j < len; j++)
            if (vals[i] + vals[j] == 0)
                return 1;
    return 0;
}
''',

    63: r'''/*
 * "Fib-fib" sequence: every term is the sum of the three before it,
 * seeded with 0, 0, 1.
 *
 *   n : 0 1 2 3 4 5 6 7  8
 *   f : 0 0 1 1 2 4 7 13 24
 *
 * Iterative, O(n) time and O(1) memory.
 */
#include <stdio.h>

unsigned long long fibfib_iter(unsigned n)
{
    unsigned long long a = 0, b = 0, c = 1;
    if (n < 2)
        return 0;
    for (unsigned i = 2; i < n; i++) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return c;
}

int main(void)
{
    for (unsigned n = 0; n <= 12; n++)
        printf("%u: %llu\n", n, fibfib_iter(n));
    return 0;
}
''',

    83: r'''#include <stdint.h>

/* How many n-digit positive integers begin or end with the digit 1?
 * n == 1 is just "1".  For n >= 2: starting with 1 gives 10^(n-1),
 * ending with 1 gives 9 * 10^(n-2), and both at once 10^(n-2):
 * 10^(n-1) + 9*10^(n-2) - 10^(n-2) = 18 * 10^(n-2). */
uint64_t one_at_an_end(unsigned n)
{
    if (n == 1)
        return 1;
    uint64_t p = 1;
    for (unsigned i = 2; i < n; i++)
        p *= 10;
    return 18 * p;
}
''',

    87: r'''#include <stdlib.h>

/* A (row, col) location in a ragged 2-D array. */
typedef struct {
    int row;
    int col;
} Cell;

/*
 * Locate every occurrence of `target` in a jagged array (rows[i] has
 * widths[i] entries).  The result is ordered by row ascending and, inside a
 * row, by column descending.  Returns a malloc'd array and sets *found.
 */
Cell *locate_value(int **rows, const int *widths, int nrows, int target, int *found)
{
    int total = 0;
    for (int r = 0; r < nrows; r++)
        total += widths[r];

    Cell *hits = malloc(sizeof(Cell) * (size_t)(total > 0 ? total : 1));
    int k = 0;
    for (int r = 0; r < nrows; r++) {
        for (int c = widths[r] - 1; c >= 0; c--) {
            if (rows[r][c] == target) {
                hits[k].row = r;
                hits[k].col = c;
                k++;
            }
        }
    }
    *found = k;
    return hits;
}
''',

    99: r'''/* Round a number given as text to the nearest integer; exact halves go
 * away from zero ("2.5" -> 3, "-2.5" -> -3).  C's round() already uses
 * that tie rule, so we only need to parse. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

long nearest_int_from_text(const char *text)
{
    double v = strtod(text, NULL);
    return lround(v);
}

int main(void)
{
    const char *inputs[] = {"7", "2.5", "-2.5", "8.49", "-0.7"};
    for (int i = 0; i < 5; i++)
        printf("%s -> %ld\n", inputs[i], nearest_int_from_text(inputs[i]));
    return 0;
}
''',

    163: r'''#include <stdio.h>

/*
 * List the even single digits (2, 4, 6, 8) that lie between a and b
 * inclusive, whichever order a and b come in.  Result goes into out[]
 * (room for 4), count is returned.
 */
int even_digits_between(int a, int b, int out[4])
{
    int lo = a < b ? a : b;
    int hi = a < b ? b : a;
    int n = 0;
    for (int d = 2; d <= 8; d += 2)
        if (d >= lo && d <= hi)
            out[n++] = d;
    return n;
}

int main(void)
{
    int buf[4];
    int n = even_digits_between(9, 3, buf);
    for (int i = 0; i < n; i++)
        printf("%d ", buf[i]);
    printf("\n");          /* 4 6 8 */
    n = even_digits_between(11, 40, buf);
    printf("%d found\n", n); /* 0 found */
    return 0;
}
''',

}

OTHER_C15 = [
    r'''#include <ctype.h>

/* Count the consonants in a word: letters that are not a, e, i, o or u
 * (either case).  'y' counts as a consonant everywhere.
 *   "Rhythm" -> 6, "Queue" -> 1, "" -> 0 */
int consonant_count(const char *word)
{
    int n = 0;
    for (; *word; word++) {
        int c = tolower((unsigned char)*word);
        if (isalpha(c) && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u')
            n++;
    }
    return n;
}
''',

    r'''#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

/* Second LARGEST distinct value; false when there are fewer than two
 * different values. */
bool second_largest(const int *v, size_t n, int *out)
{
    bool one = false, two = false;
    int hi = 0, next = 0;
    for (size_t i = 0; i < n; i++) {
        if (!one || v[i] > hi) {
            if (one) { next = hi; two = true; }
            hi = v[i];
            one = true;
        } else if (v[i] < hi && (!two || v[i] > next)) {
            next = v[i];
            two = true;
        }
    }
    if (two) *out = next;
    return two;
}

int main(void)
{
    int a[] = {4, 9, 9, 1, 7};
    int r;
    if (second_largest(a, 5, &r))
        printf("%d\n", r);   /* 7 */
    return 0;
}
''',

    r'''#include <string.h>

/* Additive-only roman numerals in capitals: no subtractive pairs, so
 * 4 is "IIII" and 900 is "DCCCC".  buf needs room for the longest result
 * (n <= 3999 fits in 32 bytes). */
void additive_roman(int n, char *buf)
{
    static const int vals[] = {1000, 500, 100, 50, 10, 5, 1};
    static const char syms[] = "MDCLXVI";
    size_t k = 0;
    for (int i = 0; i < 7; i++)
        while (n >= vals[i]) {
            buf[k++] = syms[i];
            n -= vals[i];
        }
    buf[k] = '\0';
}
''',

    r'''#include <stdio.h>
#include <string.h>

/* Count non-overlapping occurrences: after a match, resume scanning right
 * after the matched text.  count_disjoint("aaaa", "aa") == 2 */
int count_disjoint(const char *text, const char *pat)
{
    size_t plen = strlen(pat);
    int n = 0;
    if (plen == 0)
        return 0;
    for (const char *p = strstr(text, pat); p; p = strstr(p + plen, pat))
        n++;
    return n;
}

int main(void)
{
    printf("%d %d\n", count_disjoint("abababa", "aba"), count_disjoint("mississippi", "ss"));
    return 0;
}
''',

    r'''/* Sequence where each term adds up the previous three, starting 1, 1, 1:
 *   1 1 1 3 5 9 17 31 57 ...  */
long long triple_sum_term(int n)
{
    long long a = 1, b = 1, c = 1;
    if (n < 3)
        return 1;
    for (int i = 3; i <= n; i++) {
        long long d = a + b + c;
        a = b;
        b = c;
        c = d;
    }
    return c;
}
''',

    r'''#include <stddef.h>

typedef struct { int ok; int value; size_t pos; } OddPick;

/* Smallest odd entry and the LAST index where it appears.
 * {9, 3, 4, 3, 8} -> value 3 at pos 3 */
OddPick smallest_odd_last(const int *xs, size_t n)
{
    OddPick r = {0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        if (xs[i] % 2 == 0)
            continue;
        if (!r.ok || xs[i] <= r.value) {
            r.ok = 1;
            r.value = xs[i];
            r.pos = i;
        }
    }
    return r;
}
''',

]
