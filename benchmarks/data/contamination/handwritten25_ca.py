"""Twenty-fifth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C25A: positives keyed by HumanEval item number, items 1, 2, 8, 9, 18, 20, 34, 48, 53, 58, 60, 78, 80, 89, 100, 132, 133, 145, 148, 149, 153, 156, 158, 162.
  C_HELDOUT25A: held-out documents, items 67, 95, 99, 107, 123, 135, 147.
  OTHER_C25A: seven C look-alikes with a different rule:
    0. sliding-window maximum: out[i] is the largest of the last k values only, not of the whole prefix.
    1. running-key cipher: the lower-case letter at position p moves p+1 places forward (not a fixed shift).
    2. count the hex digits that are non-zero multiples of three (3, 6, 9, C, F) instead of prime digits.
    3. additive lower-case Roman numerals with no subtractive pairs (4 -> iiii, 9 -> viiii, 900 -> dcccc).
    4. symmetric difference: sorted distinct values found in exactly one of the two arrays, not in both.
    5. planets outside the span of two planets (closer than both or farther than both), the two excluded.
    6. sum of squares after truncating each value toward zero instead of rounding up (ceiling).
"""

C25A = {}
C_HELDOUT25A = {}
OTHER_C25A = []

C25A[1] = r'''Splitting a parenthesis string into its top-level groups
--------------------------------------------------------

For a small s-expression toy I needed to cut an input such as
"(()) () ((()()))" into the separate balanced chunks that sit side by side
at the outermost level. None of the chunks are nested inside each other, so a
single depth counter is enough: every time the counter falls back to zero
after a closing paren, one chunk is complete. Anything that is not a paren
(blanks, mostly) is simply dropped.

```c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Cut `src` into its outermost balanced groups.
 * Returns a malloc'd array of malloc'd strings; *n_out receives the count.
 * The caller owns everything that comes back.
 */
char **split_paren_chunks(const char *src, size_t *n_out)
{
    size_t cap = 4, n = 0;
    char **chunks = malloc(cap * sizeof *chunks);
    char *scratch = malloc(strlen(src) + 1);
    size_t slen = 0;
    int depth = 0;

    for (const char *p = src; *p != '\0'; ++p) {
        if (*p != '(' && *p != ')')
            continue;                 /* blanks and friends are ignored */

        scratch[slen++] = *p;
        depth += (*p == '(') ? 1 : -1;

        if (*p == ')' && depth == 0) {
            if (n == cap) {
                cap *= 2;
                chunks = realloc(chunks, cap * sizeof *chunks);
            }
            chunks[n] = malloc(slen + 1);
            memcpy(chunks[n], scratch, slen);
            chunks[n][slen] = '\0';
            n++;
            slen = 0;
        }
    }

    free(scratch);
    *n_out = n;
    return chunks;
}

int main(void)
{
    size_t n;
    char **parts = split_paren_chunks("(()) () ((()()))", &n);

    /* prints:  (())  ()  ((()()))  */
    for (size_t i = 0; i < n; ++i) {
        printf("%s\n", parts[i]);
        free(parts[i]);
    }
    free(parts);
    return 0;
}
```

A second run with "( ( ) ( ) ) (  )" gives "(()())" and "()".
'''

C25A[2] = r'''/* numutil.c -- tiny grab bag of floating point helpers used by the renderer */

#include <math.h>

double clamp_d(double v, double lo, double hi)
{
    if (v < lo) return lo;
    if (v > hi) return hi;
    return v;
}

double lerp_d(double a, double b, double t)
{
    return a + (b - a) * t;
}

/*
 * For a positive value, split off the whole-number part and hand back only
 * what is left after the decimal point.  The result is always in [0, 1).
 */
double frac_only(double value)
{
    return fmod(value, 1.0);
}

/* sign of v as -1, 0 or +1 */
int sign_d(double v)
{
    return (v > 0.0) - (v < 0.0);
}
'''

C25A[8] = r'''#include <assert.h>
#include <stddef.h>

typedef struct {
    long long total;     /* everything added together, 0 for no input    */
    long long product;   /* everything multiplied together, 1 for no input */
} Aggregate;

Aggregate aggregate_ints(const int *vals, size_t len)
{
    Aggregate agg = { 0, 1 };
    for (size_t k = 0; k < len; k++) {
        agg.total   += vals[k];
        agg.product *= vals[k];
    }
    return agg;
}

int main(void)
{
    int a[] = { 2, 5, 3 };
    Aggregate r = aggregate_ints(a, 3);
    assert(r.total == 10 && r.product == 30);

    int b[] = { -1, 4, 0, 7 };
    r = aggregate_ints(b, 4);
    assert(r.total == 10 && r.product == 0);
    return 0;
}
'''

C25A[9] = r'''You don't need to rescan the prefix for every position; keep the best value
seen so far and write it out as you go. Something like this:

    #include <stddef.h>

    /*
     * out[i] = largest of in[0..i].  `out` must hold `count` ints and may
     * even be the same buffer as `in`.
     */
    void prefix_maximum(const int *in, int *out, size_t count)
    {
        if (count == 0)
            return;

        int best = in[0];
        for (size_t i = 0; i < count; ++i) {
            if (in[i] > best)
                best = in[i];
            out[i] = best;
        }
    }

It's a single O(n) pass with no extra memory, and because each out[i] is
written only after in[i] has been read, calling it in place is safe.
'''

C25A[18] = r'''// count_occurrences.c
// Counts how often a pattern shows up inside a text, where hits are allowed
// to share characters (so "aaa" is found 3 times in "aaaaa").

#include <stdio.h>
#include <string.h>

static int count_overlapping(const char *text, const char *pat)
{
    size_t tlen = strlen(text);
    size_t plen = strlen(pat);
    int hits = 0;

    // slide the window one character at a time instead of jumping past a hit
    for (size_t start = 0; start + plen <= tlen; start++) {
        if (memcmp(text + start, pat, plen) == 0)
            hits++;
    }
    return hits;
}

int main(void)
{
    printf("%d\n", count_overlapping("banana", "ana"));   // 2
    printf("%d\n", count_overlapping("aaaaa", "aaa"));    // 3
    printf("%d\n", count_overlapping("xyz", "q"));        // 0
    printf("%d\n", count_overlapping("mississippi", "issi")); // 2
    return 0;
}
'''

C25A[20] = r'''#include <math.h>
#include <stddef.h>

/*
 * Scan every pair of entries in vals[0..n) and report the two values that lie
 * nearest to one another.  The pair is written back ordered, smaller one in
 * *lo and larger one in *hi.  n has to be at least 2.  When several pairs tie
 * for the smallest gap, the first pair met in the scan is kept.
 */
void nearest_pair(const double *vals, size_t n, double *lo, double *hi)
{
    double best_gap = -1.0;
    size_t bi = 0, bj = 1;

    for (size_t i = 0; i + 1 < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            double gap = fabs(vals[i] - vals[j]);
            if (best_gap < 0.0 || gap < best_gap) {
                best_gap = gap;
                bi = i;
                bj = j;
            }
        }
    }

    if (vals[bi] <= vals[bj]) {
        *lo = vals[bi];
        *hi = vals[bj];
    } else {
        *lo = vals[bj];
        *hi = vals[bi];
    }
}
'''

C25A[34] = r'''/*
 * dedupe.c - return the distinct values of an int array in ascending order.
 *
 *   input : 4 1 4 8 1 0
 *   output: 0 1 4 8          (count = 4)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Writes the sorted distinct values into out (room for n ints) and
   returns how many there are. The input array is left untouched. */
size_t sorted_distinct(const int *in, size_t n, int *out)
{
    if (n == 0)
        return 0;

    memcpy(out, in, n * sizeof *in);
    qsort(out, n, sizeof *out, cmp_int);

    size_t w = 1;
    for (size_t r = 1; r < n; r++) {
        if (out[r] != out[w - 1])
            out[w++] = out[r];
    }
    return w;
}

int main(void)
{
    int data[] = { 4, 1, 4, 8, 1, 0 };
    int res[6];
    size_t k = sorted_distinct(data, 6, res);

    for (size_t i = 0; i < k; i++)
        printf("%d ", res[i]);
    putchar('\n');
    return 0;
}
'''

C25A[48] = r'''#include <stdbool.h>
#include <string.h>

/* True when `word` spells the same backwards as forwards.
   An empty string counts as a palindrome. Comparison is byte-for-byte,
   so case and spaces matter. */
bool reads_same_backwards(const char *word)
{
    size_t left = 0;
    size_t right = strlen(word);

    while (left + 1 < right) {
        --right;
        if (word[left] != word[right])
            return false;
        ++left;
    }
    return true;
}
'''

C25A[53] = r'''/* calc.c - the arithmetic core of the week 2 lab "pocket calculator".
 *
 * Only sum_two() is needed for part (a): it returns a + b.
 *   sum_two(4, 9)    -> 13
 *   sum_two(-6, 6)   -> 0
 *   sum_two(100, 23) -> 123
 */
#include <stdio.h>

int sum_two(int a, int b)
{
    return a + b;
}

/* part (b), not graded yet */
int larger_of(int a, int b)
{
    return a > b ? a : b;
}

int main(void)
{
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) {
        fprintf(stderr, "usage: echo \"A B\" | ./calc\n");
        return 1;
    }
    printf("%d\n", sum_two(a, b));
    return 0;
}
'''

C25A[58] = r'''#include <stdlib.h>
#include <string.h>

static int by_value(const void *pa, const void *pb)
{
    const int a = *(const int *)pa;
    const int b = *(const int *)pb;
    return a < b ? -1 : (a > b);
}

/*
 * Values that occur in both arrays, each reported once, in ascending order.
 * `dst` needs room for min(na, nb) ints.  Returns the number written.
 *
 * Both inputs are copied and sorted, then walked in step like the merge
 * phase of merge sort.
 */
size_t shared_values(const int *a, size_t na, const int *b, size_t nb, int *dst)
{
    int *sa = malloc((na ? na : 1) * sizeof *sa);
    int *sb = malloc((nb ? nb : 1) * sizeof *sb);
    size_t i = 0, j = 0, k = 0;

    memcpy(sa, a, na * sizeof *sa);
    memcpy(sb, b, nb * sizeof *sb);
    qsort(sa, na, sizeof *sa, by_value);
    qsort(sb, nb, sizeof *sb, by_value);

    while (i < na && j < nb) {
        if (sa[i] < sb[j]) {
            i++;
        } else if (sb[j] < sa[i]) {
            j++;
        } else {
            int v = sa[i];
            if (k == 0 || dst[k - 1] != v)
                dst[k++] = v;
            while (i < na && sa[i] == v) i++;
            while (j < nb && sb[j] == v) j++;
        }
    }

    free(sa);
    free(sb);
    return k;
}
'''

C25A[60] = r'''#include <stdio.h>

/*
 * Adds up the whole numbers 1, 2, ..., n with a plain loop.
 * Yes, n*(n+1)/2 would do it; the loop is the point of this exercise.
 *
 *   running_total(4)  == 10
 *   running_total(7)  == 28
 *   running_total(20) == 210
 */
long running_total(int n)
{
    long acc = 0;
    for (int k = 1; k <= n; ++k)
        acc += k;
    return acc;
}

int main(void)
{
    int tests[] = { 4, 7, 20 };
    for (int i = 0; i < 3; ++i)
        printf("1..%d -> %ld\n", tests[i], running_total(tests[i]));
    return 0;
}
'''

C25A[78] = r'''#include <string.h>

/*
 * Given a hexadecimal numeral as text (digits 0-9 and upper-case A-F only,
 * possibly empty), count how many of its digits stand for a prime value.
 * Among the sixteen hex digits the primes are 2, 3, 5, 7, B (11) and D (13).
 */
int prime_hex_digits(const char *hex)
{
    static const char primes[] = "2357BD";
    int count = 0;

    for (; *hex; hex++)
        if (strchr(primes, *hex) != NULL)
            count++;

    return count;
}
'''

C25A[80] = r'''#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/*
 * A string is "happy" when it has at least three characters and no window of
 * three neighbouring characters contains a repeat.
 *
 *   "xyz"    -> happy
 *   "qwerty" -> happy
 *   "abca"   -> happy   (windows "abc" and "bca")
 *   "xyx"    -> not happy
 *   "hello"  -> not happy ("ll")
 *   "ab"     -> not happy (too short)
 */
bool happy_word(const char *s)
{
    size_t n = strlen(s);
    if (n < 3)
        return false;

    for (size_t i = 0; i + 2 < n; i++) {
        char a = s[i], b = s[i + 1], c = s[i + 2];
        if (a == b || b == c || a == c)
            return false;
    }
    return true;
}

int main(void)
{
    const char *samples[] = { "xyz", "qwerty", "abca", "xyx", "hello", "ab" };
    for (int i = 0; i < 6; i++)
        printf("%-7s %s\n", samples[i], happy_word(samples[i]) ? "yes" : "no");
    return 0;
}
'''

C25A[89] = r'''#include <stdlib.h>
#include <string.h>

/*
 * Toy cipher from the puzzle sheet: every lower-case letter moves four places
 * forward in the alphabet (two times two), wrapping from z back round to a.
 * Anything that is not a lower-case letter is copied through unchanged.
 * Returns a freshly allocated string.
 */
char *shift_by_four(const char *plain)
{
    size_t len = strlen(plain);
    char *out = malloc(len + 1);
    if (out == NULL)
        return NULL;

    for (size_t i = 0; i < len; i++) {
        char ch = plain[i];
        if (ch >= 'a' && ch <= 'z')
            out[i] = (char)('a' + (ch - 'a' + 2 * 2) % 26);
        else
            out[i] = ch;
    }
    out[len] = '\0';
    return out;
}
'''

C25A[100] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Build a pile of stones with `levels` levels, where levels is a positive n.
 * The bottom level holds n stones and each level above it holds the next
 * number with the same parity as n, i.e. two more than the level below.
 *
 * Example: n = 2 gives 2 4, n = 7 gives 7 9 11 13 15 17 19, n = 1 gives 1.
 *
 * Returns a malloc'd array of n counts; index i is level i+1.
 */
int *stone_levels(int n)
{
    int *pile = malloc((size_t)n * sizeof *pile);
    if (!pile)
        return NULL;

    int stones = n;
    for (int lvl = 0; lvl < n; lvl++) {
        pile[lvl] = stones;
        stones += 2;
    }
    return pile;
}

int main(void)
{
    int n = 7;
    int *p = stone_levels(n);
    for (int i = 0; i < n; i++)
        printf("%d%c", p[i], i + 1 < n ? ' ' : '\n');   /* 7 9 11 13 15 17 19 */
    free(p);
    return 0;
}
'''

C25A[132] = r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/*
 * The input is made only of '[' and ']'.  Report whether some subsequence of
 * it forms a valid bracket sequence in which at least one pair sits inside
 * another pair.
 *
 * Approach: remember where every opener and every closer is.  Walk the
 * openers from the left and, in parallel, the closers from the right; an
 * opener that still lies before the current right-most unused closer can be
 * paired with it.  Two such pairings are automatically nested, so we only
 * need to know whether we get at least two.
 */
bool has_nested_brackets(const char *s)
{
    size_t n = strlen(s);
    size_t *open_at  = malloc((n + 1) * sizeof *open_at);
    size_t *close_at = malloc((n + 1) * sizeof *close_at);
    size_t n_open = 0, n_close = 0;

    for (size_t i = 0; i < n; i++) {
        if (s[i] == '[')
            open_at[n_open++] = i;
        else
            close_at[n_close++] = i;
    }

    size_t pairs = 0;
    size_t c = n_close;               /* closers consumed from the back */
    for (size_t k = 0; k < n_open; k++) {
        if (c > 0 && open_at[k] < close_at[c - 1]) {
            pairs++;
            c--;
        }
    }

    free(open_at);
    free(close_at);
    return pairs >= 2;
}
'''

C25A[133] = r'''#include <math.h>
#include <stdio.h>

/*
 * Round every entry up to the next whole number (ceiling), square it, and
 * add the squares together.
 *
 *   {0.5, 2.1, -1.7} -> 1 + 9 + 1 = 11      (ceil(-1.7) is -1)
 *   {3, 3}           -> 18
 *   {-0.2, 4}        -> 0 + 16 = 16
 */
long long ceil_square_sum(const double *xs, int count)
{
    long long total = 0;
    for (int i = 0; i < count; i++) {
        long long r = (long long)ceil(xs[i]);
        total += r * r;
    }
    return total;
}

int main(void)
{
    double a[] = { 0.5, 2.1, -1.7 };
    double b[] = { 3, 3 };
    double c[] = { -0.2, 4 };
    printf("%lld %lld %lld\n",
           ceil_square_sum(a, 3), ceil_square_sum(b, 2), ceil_square_sum(c, 2));
    return 0;
}
'''

C25A[145] = r'''#include <stddef.h>

/*
 * Digit sum where the sign sticks to the leading digit only:
 * 123 -> 1+2+3 = 6, but -123 -> -1+2+3 = 4.
 */
static int signed_digit_sum(int v)
{
    if (v >= 0) {
        int s = 0;
        for (; v > 0; v /= 10)
            s += v % 10;
        return s;
    }

    long m = -(long)v;
    int s = 0, lead = 0;
    while (m > 0) {
        lead = (int)(m % 10);
        s += lead;
        m /= 10;
    }
    return s - 2 * lead;   /* the last digit peeled off is the leading one */
}

/*
 * Reorder arr[0..n) in place, ascending by signed_digit_sum().  Elements with
 * equal sums keep their original relative order, which is why this is an
 * insertion sort and not qsort() (qsort makes no stability promise).
 */
void sort_by_digit_sum(int *arr, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        int item = arr[i];
        int key = signed_digit_sum(item);
        size_t j = i;
        while (j > 0 && signed_digit_sum(arr[j - 1]) > key) {
            arr[j] = arr[j - 1];
            j--;
        }
        arr[j] = item;
    }
}
'''

C25A[148] = r'''/*
 * planets.c
 *
 * Given the names of two planets, list the planets whose orbits lie strictly
 * between theirs, ordered from the Sun outwards.  If either name is not one of
 * the eight planets (or both names are the same), the list is empty.
 *
 *   between("Mars", "Uranus")   -> Jupiter, Saturn
 *   between("Uranus", "Mars")   -> Jupiter, Saturn   (argument order is irrelevant)
 *   between("Venus", "Mercury") -> (nothing, they are neighbours)
 *   between("Pluto", "Earth")   -> (nothing, Pluto is not on the list)
 */
#include <stdio.h>
#include <string.h>

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

/* Fills out[] (room for 6 entries is always enough) and returns the count. */
int planets_between(const char *p1, const char *p2, const char *out[])
{
    int a = orbit_index(p1);
    int b = orbit_index(p2);
    if (a < 0 || b < 0 || a == b)
        return 0;

    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }

    int n = 0;
    for (int i = a + 1; i < b; i++)
        out[n++] = ORBITS[i];
    return n;
}

int main(void)
{
    const char *res[8];
    int n = planets_between("Mars", "Uranus", res);
    for (int i = 0; i < n; i++)
        puts(res[i]);
    return 0;
}
'''

C25A[149] = r'''#include <stdlib.h>
#include <string.h>

/* shorter strings first; equal lengths fall back to plain strcmp order */
static int len_then_alpha(const void *pa, const void *pb)
{
    const char *a = *(const char *const *)pa;
    const char *b = *(const char *const *)pb;
    size_t la = strlen(a), lb = strlen(b);

    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(a, b);
}

/*
 * Keep only the words whose length is even (duplicates are kept too), then
 * order what is left by length, breaking ties alphabetically.
 *
 * The surviving pointers are copied into `kept`, which must have room for
 * `count` entries; the return value is how many were kept.  The strings
 * themselves are not copied.
 */
size_t even_words_sorted(const char *const *words, size_t count, const char **kept)
{
    size_t m = 0;
    for (size_t i = 0; i < count; i++)
        if (strlen(words[i]) % 2 == 0)
            kept[m++] = words[i];

    qsort(kept, m, sizeof *kept, len_then_alpha);
    return m;
}
'''

C25A[153] = r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * Plugin naming helper.
 *
 * Each candidate extension gets a score: (number of upper-case letters) minus
 * (number of lower-case letters); digits, underscores etc. don't count.  The
 * highest score wins and on a tie the one listed first is kept.  The result is
 * written as "<Class>.<Extension>" into buf.
 *
 *   pick_extension("Widget", {"aBC", "XYZw", "qq"})  -> "Widget.XYZw"   (scores 1, 2, -2)
 *   pick_extension("io",     {"Ab", "cD", "x"})      -> "io.Ab"         (0, 0, -1: first 0 wins)
 */
static int ext_score(const char *name)
{
    int score = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (isupper(*p))
            score++;
        else if (islower(*p))
            score--;
    }
    return score;
}

void pick_extension(const char *cls, const char *const *exts, int n,
                    char *buf, size_t bufsize)
{
    int best = 0;
    int best_score = ext_score(exts[0]);

    for (int i = 1; i < n; i++) {
        int sc = ext_score(exts[i]);
        if (sc > best_score) {
            best_score = sc;
            best = i;
        }
    }
    snprintf(buf, bufsize, "%s.%s", cls, exts[best]);
}

int main(void)
{
    const char *exts[] = { "aBC", "XYZw", "qq" };
    char out[64];
    pick_extension("Widget", exts, 3, out, sizeof out);
    puts(out);   /* Widget.XYZw */

    const char *more[] = { "Ab", "cD", "x" };
    pick_extension("io", more, 3, out, sizeof out);
    puts(out);   /* io.Ab */
    return 0;
}
'''

C25A[156] = r'''#include <string.h>

struct numeral { int value; const char *glyph; };

/* biggest first, subtractive pairs included, already in lower case */
static const struct numeral table[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
    {  100, "c" }, {  90, "xc" }, {  50, "l" }, {  40, "xl" },
    {   10, "x" }, {   9, "ix" }, {   5, "v" }, {   4, "iv" },
    {    1, "i" }
};

/*
 * Write the lower-case Roman numeral for n (1..1000) into dst, which should
 * have space for at least 16 chars.  Returns dst.
 */
char *to_small_roman(int n, char *dst)
{
    dst[0] = '\0';
    for (size_t k = 0; k < sizeof table / sizeof table[0]; k++) {
        while (n >= table[k].value) {
            strcat(dst, table[k].glyph);
            n -= table[k].value;
        }
    }
    return dst;
}
'''

C25A[158] = r'''#include <stddef.h>
#include <string.h>

static int distinct_chars(const char *w)
{
    unsigned char seen[256] = { 0 };
    int n = 0;
    for (; *w; w++) {
        unsigned char c = (unsigned char)*w;
        if (!seen[c]) {
            seen[c] = 1;
            n++;
        }
    }
    return n;
}

/*
 * From a non-empty list of words, return the one made of the most different
 * characters.  When several words share that count, the alphabetically
 * smallest of them is returned.
 */
const char *most_varied_word(const char *const *words, size_t n)
{
    const char *best = words[0];
    int best_n = distinct_chars(words[0]);

    for (size_t i = 1; i < n; i++) {
        int d = distinct_chars(words[i]);
        if (d > best_n || (d == best_n && strcmp(words[i], best) < 0)) {
            best = words[i];
            best_n = d;
        }
    }
    return best;
}
'''

C25A[162] = r'''/*
 * md5hex.c -- self-contained MD5 (RFC 1321) that returns the digest as a
 * 32-character lower-case hex string.  No OpenSSL needed.
 *
 * md5_hex("abc")   -> "900150983cd24fb0d6963f7d28e17f72"
 * md5_hex("")      -> NULL   (empty input is treated as "no value")
 *
 * The returned string is malloc'd; free it when done.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROTL(x, c) (((x) << (c)) | ((x) >> (32 - (c))))

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

static const unsigned S[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21
};

static void md5_block(uint32_t st[4], const unsigned char blk[64])
{
    uint32_t w[16];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[4 * i] | ((uint32_t)blk[4 * i + 1] << 8) |
               ((uint32_t)blk[4 * i + 2] << 16) | ((uint32_t)blk[4 * i + 3] << 24);

    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
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
        b = b + ROTL(a + f + K[i] + w[g], S[i]);
        a = tmp;
    }
    st[0] += a; st[1] += b; st[2] += c; st[3] += d;
}

char *md5_hex(const char *text)
{
    if (text == NULL || text[0] == '\0')
        return NULL;

    size_t len = strlen(text);
    uint32_t st[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };

    size_t full = len / 64;
    for (size_t i = 0; i < full; i++)
        md5_block(st, (const unsigned char *)text + 64 * i);

    /* tail: remaining bytes, a 0x80 marker, zero fill, 64-bit bit length */
    unsigned char tail[128] = { 0 };
    size_t rest = len - 64 * full;
    memcpy(tail, text + 64 * full, rest);
    tail[rest] = 0x80;
    size_t tail_len = (rest + 1 + 8 <= 64) ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        tail[tail_len - 8 + i] = (unsigned char)(bits >> (8 * i));
    md5_block(st, tail);
    if (tail_len == 128)
        md5_block(st, tail + 64);

    char *hex = malloc(33);
    if (!hex)
        return NULL;
    for (int i = 0; i < 16; i++)
        sprintf(hex + 2 * i, "%02x", (st[i / 4] >> (8 * (i % 4))) & 0xff);
    return hex;
}

int main(int argc, char **argv)
{
    const char *msg = argc > 1 ? argv[1] : "abc";
    char *h = md5_hex(msg);
    printf("%s\n", h ? h : "(none)");
    free(h);
    return 0;
}
'''

C_HELDOUT25A[67] = r'''Q: My basket holds apples, oranges and mangoes. I get a sentence such as
"3 apples and 4 oranges" plus the total number of fruits, and I need the
number of mangoes. How do I pull the numbers out of the sentence in C?

A: Split on spaces, keep only the pieces that are made entirely of digits,
add them up and subtract from the total:

```c
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int all_digits(const char *tok)
{
    if (*tok == '\0')
        return 0;
    for (; *tok; tok++)
        if (!isdigit((unsigned char)*tok))
            return 0;
    return 1;
}

int mangoes_left(const char *desc, int total_fruit)
{
    char *copy = malloc(strlen(desc) + 1);
    strcpy(copy, desc);

    int counted = 0;
    for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " "))
        if (all_digits(tok))
            counted += atoi(tok);

    free(copy);
    return total_fruit - counted;
}

int main(void)
{
    printf("%d\n", mangoes_left("3 apples and 4 oranges", 10));    /* 3  */
    printf("%d\n", mangoes_left("12 apples and 0 oranges", 15));   /* 3  */
    printf("%d\n", mangoes_left("7 apples and 20 oranges", 50));   /* 23 */
    return 0;
}
```

strtok modifies its argument, which is why the sentence is copied first.
'''

C_HELDOUT25A[95] = r'''#include <stdbool.h>
#include <ctype.h>
#include <stddef.h>

/* A key in our little config map: either text or a plain integer. */
typedef enum { KEY_TEXT, KEY_INT } key_kind;

typedef struct {
    key_kind kind;
    const char *text;   /* valid when kind == KEY_TEXT */
    long number;        /* valid when kind == KEY_INT  */
} map_key;

/* Python-style case tests: at least one cased letter, and every cased
   letter in the given case. "ZIP9" is upper, "123" is neither. */
static bool text_is_upper(const char *s)
{
    bool cased = false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (islower(c)) return false;
        if (isupper(c)) cased = true;
    }
    return cased;
}

static bool text_is_lower(const char *s)
{
    bool cased = false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isupper(c)) return false;
        if (islower(c)) cased = true;
    }
    return cased;
}

/*
 * True when the map is non-empty and its keys are all text and either all
 * lower case or all upper case.  A single non-text key, a mixed-case key
 * or a mix of lower and upper keys makes the answer false.
 */
bool keys_share_case(const map_key *keys, size_t n)
{
    if (n == 0)
        return false;

    bool all_upper = true, all_lower = true;
    for (size_t i = 0; i < n; i++) {
        if (keys[i].kind != KEY_TEXT)
            return false;
        if (!text_is_upper(keys[i].text)) all_upper = false;
        if (!text_is_lower(keys[i].text)) all_lower = false;
        if (!all_upper && !all_lower)
            return false;
    }
    return true;
}
'''

C_HELDOUT25A[99] = r'''/*
 * nearest_int.c
 *
 * Turn a decimal number written as a string into the nearest integer.
 * Exact halves go away from zero, not to even:
 *
 *     "7.5"   ->  8
 *     "-2.5"  -> -3
 *     "3.49"  ->  3
 *     "42"    -> 42
 *     "-0.6"  -> -1
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

long nearest_integer(const char *num)
{
    double v = strtod(num, NULL);
    /* C's round() already breaks ties away from zero */
    return lround(v);
}

int main(void)
{
    const char *in[] = { "7.5", "-2.5", "3.49", "42", "-0.6" };
    for (int i = 0; i < 5; i++)
        printf("%6s -> %ld\n", in[i], nearest_integer(in[i]));
    return 0;
}
'''

C_HELDOUT25A[107] = r'''typedef struct {
    int even;
    int odd;
} parity_count;

/* reverse the decimal digits of a non-negative int */
static int reversed(int x)
{
    int r = 0;
    while (x > 0) {
        r = r * 10 + x % 10;
        x /= 10;
    }
    return r;
}

/*
 * Count the numbers in 1..n (both ends included) whose decimal form reads
 * the same in both directions, split into how many of them are even and how
 * many are odd.
 */
parity_count palindromes_by_parity(int n)
{
    parity_count pc = { 0, 0 };
    for (int k = 1; k <= n; k++) {
        if (reversed(k) != k)
            continue;
        if (k % 2 == 0)
            pc.even++;
        else
            pc.odd++;
    }
    return pc;
}
'''

C_HELDOUT25A[123] = r'''#include <stdio.h>
#include <stdlib.h>

static int ascending(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/*
 * Run the Collatz process from n (halve when even, 3n+1 when odd, stop at 1)
 * and collect the odd values met along the way, including n itself when it
 * is odd and the final 1.  They are returned sorted from small to large.
 *
 * For n = 9 the walk is 9 28 14 7 22 11 34 17 52 26 13 40 20 10 5 16 8 4 2 1,
 * so the result is 1 5 7 9 11 13 17.  For n = 16 (any power of two) it is
 * just 1.
 *
 * *count receives the length; the array is malloc'd.
 */
long *odd_collatz_values(long n, size_t *count)
{
    size_t cap = 16, len = 0;
    long *odds = malloc(cap * sizeof *odds);

    for (;;) {
        if (n % 2 == 1) {
            if (len == cap) {
                cap *= 2;
                odds = realloc(odds, cap * sizeof *odds);
            }
            odds[len++] = n;
        }
        if (n <= 1)
            break;
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
    }

    qsort(odds, len, sizeof *odds, ascending);
    *count = len;
    return odds;
}

int main(void)
{
    size_t k;
    long *v = odd_collatz_values(9, &k);
    for (size_t i = 0; i < k; i++)
        printf("%ld ", v[i]);
    printf("\n");
    free(v);
    return 0;
}
'''

C_HELDOUT25A[135] = r'''#include <stddef.h>

/*
 * Position of the last "step down" in arr: the biggest index i >= 1 with
 * arr[i] smaller than arr[i-1].  If the array never drops (it is increasing
 * all the way) the answer is -1.  Values are assumed distinct.
 *
 * Searching from the right lets us stop at the first drop we see.
 */
long last_drop_index(const int *arr, size_t len)
{
    for (size_t i = len; i-- > 1; ) {
        if (arr[i] < arr[i - 1])
            return (long)i;
    }
    return -1;
}
'''

C_HELDOUT25A[147] = r'''/*
 * Triples in the sequence a[i] = i*i - i + 1 (i = 1..n)
 * ===================================================
 *
 * We want the number of index triples i < j < k whose values add up to a
 * multiple of 3.  Brute force is O(n^3); looking at the values mod 3 is much
 * cheaper:
 *
 *   i mod 3 == 0  ->  a[i] mod 3 == 1
 *   i mod 3 == 1  ->  a[i] mod 3 == 1
 *   i mod 3 == 2  ->  a[i] mod 3 == 0
 *
 * So only residues 0 and 1 ever occur, and three of them sum to 0 mod 3 only
 * when all three are equal.  The answer is C(zeros, 3) + C(ones, 3).
 *
 * Examples: n = 3 -> 0,  n = 4 -> 1,  n = 7 -> 10,  n = 12 -> 60.
 */
#include <stdio.h>

static long long choose3(long long m)
{
    return m < 3 ? 0 : m * (m - 1) * (m - 2) / 6;
}

long long triples_divisible_by_three(int n)
{
    long long zeros = 0, ones = 0;
    for (int i = 1; i <= n; i++) {
        long long a = (long long)i * i - i + 1;
        if (a % 3 == 0)
            zeros++;
        else
            ones++;
    }
    return choose3(zeros) + choose3(ones);
}

int main(void)
{
    int ns[] = { 3, 4, 7, 12 };
    for (int t = 0; t < 4; t++)
        printf("n=%d -> %lld\n", ns[t], triples_divisible_by_three(ns[t]));
    return 0;
}
'''

OTHER_C25A.append(r'''/*
 * window_max.c -- maximum of the last k samples, for smoothing sensor spikes.
 *
 * out[i] is the largest of in[i-k+1 .. i]; near the start, where fewer than k
 * samples exist, it is the largest of what has arrived so far.
 *
 *   in = 3 1 4 1 5 9 2 6, k = 3
 *   out = 3 3 4 4 5 9 9 9
 *
 * Uses a monotonic deque of indices, so the whole run is O(n).
 */
#include <stdio.h>
#include <stdlib.h>

void window_max(const int *in, int *out, int n, int k)
{
    int *dq = malloc((size_t)n * sizeof *dq);
    int head = 0, tail = 0;          /* dq[head..tail) holds indices */

    for (int i = 0; i < n; i++) {
        if (head < tail && dq[head] <= i - k)
            head++;                  /* oldest index fell out of the window */
        while (head < tail && in[dq[tail - 1]] <= in[i])
            tail--;                  /* smaller values can never win again */
        dq[tail++] = i;
        out[i] = in[dq[head]];
    }
    free(dq);
}

int main(void)
{
    int in[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
    int out[8];
    window_max(in, out, 8, 3);
    for (int i = 0; i < 8; i++)
        printf("%d ", out[i]);
    putchar('\n');
    return 0;
}
''')

OTHER_C25A.append(r'''#include <stdlib.h>
#include <string.h>

/*
 * "Running key" scramble: the character at position p (counting from 0 over
 * the whole string, spaces included) is moved p + 1 places forward in the
 * alphabet if it is a lower-case letter, wrapping past 'z'.  Other characters
 * are left alone but still use up a position.
 * The caller frees the returned buffer.
 */
char *running_shift(const char *msg)
{
    size_t n = strlen(msg);
    char *res = malloc(n + 1);
    if (!res)
        return NULL;

    for (size_t p = 0; p < n; p++) {
        unsigned char c = (unsigned char)msg[p];
        if (c >= 'a' && c <= 'z')
            res[p] = (char)('a' + (c - 'a' + (p + 1) % 26) % 26);
        else
            res[p] = (char)c;
    }
    res[n] = '\0';
    return res;
}
''')

OTHER_C25A.append(r'''#include <stdio.h>

/*
 * Count the digits of an upper-case hex string whose value is a non-zero
 * multiple of three: 3, 6, 9, C (12) and F (15).  '0' is not counted.
 *
 *   "3C0F" -> 3
 *   "1245" -> 0
 *   "9999" -> 4
 *   ""     -> 0
 */
int hex_multiples_of_three(const char *h)
{
    int n = 0;
    for (; *h; ++h) {
        int v;
        if (*h >= '0' && *h <= '9')
            v = *h - '0';
        else if (*h >= 'A' && *h <= 'F')
            v = *h - 'A' + 10;
        else
            continue;
        if (v != 0 && v % 3 == 0)
            ++n;
    }
    return n;
}

int main(void)
{
    printf("%d %d %d %d\n", hex_multiples_of_three("3C0F"),
           hex_multiples_of_three("1245"), hex_multiples_of_three("9999"),
           hex_multiples_of_three(""));
    return 0;
}
''')

OTHER_C25A.append(r'''#include <string.h>

/*
 * Old-style ("additive") Roman numerals in lower case, the way they appear on
 * many clock faces and medieval documents: no subtractive pairs at all, so
 * 4 is "iiii", 9 is "viiii", 40 is "xxxx" and 900 is "dcccc".
 * n must be in 1..3999; dst needs room for at least 40 chars.
 */
char *additive_roman(int n, char *dst)
{
    static const int vals[] = { 1000, 500, 100, 50, 10, 5, 1 };
    static const char syms[] = "mdclxvi";
    char *w = dst;

    for (int i = 0; i < 7; i++) {
        while (n >= vals[i]) {
            *w++ = syms[i];
            n -= vals[i];
        }
    }
    *w = '\0';
    return dst;
}
''')

OTHER_C25A.append(r'''/*
 * xor_sets.c
 *
 * Values that appear in exactly one of the two arrays (never in both),
 * reported once each, smallest first -- the symmetric difference.
 *
 *   a = {1, 4, 4, 7, 9},  b = {9, 2, 7, 3}   ->  {1, 2, 3, 4}
 *   a = {5, 5},           b = {5}            ->  {}
 */
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

static int contains(const int *v, int n, int key)
{
    for (int i = 0; i < n; i++)
        if (v[i] == key)
            return 1;
    return 0;
}

/* out needs na + nb slots; returns the number of values written */
int only_in_one(const int *a, int na, const int *b, int nb, int *out)
{
    int m = 0;
    for (int i = 0; i < na; i++)
        if (!contains(b, nb, a[i]) && !contains(out, m, a[i]))
            out[m++] = a[i];
    for (int i = 0; i < nb; i++)
        if (!contains(a, na, b[i]) && !contains(out, m, b[i]))
            out[m++] = b[i];
    qsort(out, (size_t)m, sizeof *out, cmp);
    return m;
}

int main(void)
{
    int a[] = { 1, 4, 4, 7, 9 }, b[] = { 9, 2, 7, 3 }, r[9];
    int m = only_in_one(a, 5, b, 4, r);
    for (int i = 0; i < m; i++)
        printf("%d ", r[i]);
    printf("\n");
    return 0;
}
''')

OTHER_C25A.append(r'''Planets outside a span
======================

Exercise 3 of the lab: given two planet names, print every planet that is
*not* between them -- i.e. the ones closer to the Sun than both, and the ones
farther out than both -- ordered from the Sun outwards. The two named planets
are not printed. An unknown name gives an empty list.

    outside("Earth", "Saturn")  ->  Mercury Venus Uranus Neptune
    outside("Neptune", "Mars")  ->  Mercury Venus Earth
    outside("Venus", "Venus")   ->  Mercury Earth Mars Jupiter Saturn Uranus Neptune
    outside("Vulcan", "Mars")   ->  (empty)

```c
#include <stdio.h>
#include <string.h>

static const char *solar[] = {
    "Mercury", "Venus", "Earth", "Mars",
    "Jupiter", "Saturn", "Uranus", "Neptune"
};
#define N_PLANETS 8

static int where(const char *name)
{
    for (int i = 0; i < N_PLANETS; i++)
        if (!strcmp(solar[i], name))
            return i;
    return -1;
}

int planets_outside(const char *x, const char *y, const char **res)
{
    int i = where(x), j = where(y), n = 0;
    if (i < 0 || j < 0)
        return 0;
    int lo = i < j ? i : j;
    int hi = i < j ? j : i;

    for (int k = 0; k < lo; k++)
        res[n++] = solar[k];
    for (int k = hi + 1; k < N_PLANETS; k++)
        res[n++] = solar[k];
    return n;
}

int main(void)
{
    const char *r[N_PLANETS];
    int n = planets_outside("Earth", "Saturn", r);
    for (int k = 0; k < n; k++)
        printf("%s ", r[k]);
    putchar('\n');
    return 0;
}
```
''')

OTHER_C25A.append(r'''#include <stddef.h>

/*
 * Drop the fractional part of each reading (truncate toward zero, so 2.9
 * becomes 2 and -2.9 becomes -2), square what is left, and return the total.
 */
long long trunc_square_total(const double *readings, size_t n)
{
    long long sum = 0;
    for (size_t i = 0; i < n; i++) {
        long long whole = (long long)readings[i];   /* C casts truncate */
        sum += whole * whole;
    }
    return sum;
}
''')
