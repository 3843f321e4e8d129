"""Twenty-third batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C23B: positives keyed by HumanEval item number, items 8, 12, 26, 29, 44, 50, 58, 60, 61, 80, 82, 84, 104, 108, 110, 113, 118, 128, 129, 132, 136, 141, 142, 157.
  C_HELDOUT23B: held-out documents, items 31, 79, 91, 127, 135, 147, 155.
  OTHER_C23B: seven C look-alikes with a different rule:
    0. shortest string in the list (first one on ties), NULL for an empty list
    1. order-preserving dedupe: keep the first occurrence of every value
    2. position-keyed Caesar cipher: letter at index p shifted forward by p (with inverse decode)
    3. index of the first bracket error (unmatched ')' or earliest never-closed '('), -1 if balanced
    4. obtuse-triangle test: non-degenerate triangle whose longest side squared exceeds the sum of the other two squares
    5. C source file name check: exactly one dot, extension c or h, stem a non-empty identifier not starting with a digit
    6. symmetric difference: sorted distinct values present in exactly one of two arrays
"""

C23B = {}
C_HELDOUT23B = {}
OTHER_C23B = []

C23B[8] = r'''/* stats.c - tiny aggregate helpers used by the report generator */
#include <stdio.h>
#include <stddef.h>

struct totals {
    long long sum;      /* additive identity when there are no values: 0 */
    long long product;  /* multiplicative identity when there are no values: 1 */
};

/* Fold an int array into its sum and its product in a single pass. */
struct totals fold_totals(const int *vals, size_t count)
{
    struct totals t = { 0, 1 };
    for (size_t k = 0; k < count; ++k) {
        t.sum += vals[k];
        t.product *= vals[k];
    }
    return t;
}

/* average of an array, kept here because the report also needs it */
double mean_of(const int *vals, size_t count)
{
    if (count == 0)
        return 0.0;
    return (double)fold_totals(vals, count).sum / (double)count;
}

int main(void)
{
    int a[] = { 2, 5, 6 };
    int b[] = { -3, 4 };
    struct totals r;

    r = fold_totals(a, 3);
    printf("sum=%lld product=%lld\n", r.sum, r.product);   /* sum=13 product=60 */

    r = fold_totals(b, 2);
    printf("sum=%lld product=%lld\n", r.sum, r.product);   /* sum=1 product=-12 */

    r = fold_totals(NULL, 0);
    printf("sum=%lld product=%lld\n", r.sum, r.product);   /* sum=0 product=1 */
    return 0;
}
'''

C23B[12] = r'''#include <string.h>
#include <stddef.h>

/*
 * pick_longest_word
 *
 * Walks an array of C strings and hands back a pointer to the one with the
 * greatest length. When several strings share that length, the earliest of
 * them wins (we only replace the current best on a strictly longer string).
 * An empty array gives NULL, so callers must check before printing.
 */
const char *pick_longest_word(const char *const *words, size_t n_words)
{
    const char *best = NULL;
    size_t best_len = 0;

    for (size_t i = 0; i < n_words; i++) {
        size_t len = strlen(words[i]);
        if (best == NULL || len > best_len) {
            best = words[i];
            best_len = len;
        }
    }
    return best;
}
'''

C23B[26] = r'''Someone on the forum asked how to throw away every value that shows up more than once in an int array, not just the extra copies, while leaving the survivors in their original order. Here is the version I use. It is O(n^2), which is fine for the small arrays in that question; swap the inner count for a hash map if your input is large.

```c
#include <stdio.h>
#include <stddef.h>

static size_t occurrences(const int *xs, size_t n, int value)
{
    size_t hits = 0;
    for (size_t i = 0; i < n; i++)
        if (xs[i] == value)
            hits++;
    return hits;
}

/* Copies into out[] only the elements that appear exactly once in xs.
   out must have room for n ints. Returns how many were written. */
size_t keep_singletons(const int *xs, size_t n, int *out)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (occurrences(xs, n, xs[i]) == 1)
            out[w++] = xs[i];
    }
    return w;
}

int main(void)
{
    int data[] = { 7, 3, 7, 9, 1, 3, 8 };
    int out[7];
    size_t m = keep_singletons(data, 7, out);
    for (size_t i = 0; i < m; i++)
        printf("%d ", out[i]);
    putchar('\n');   /* prints: 9 1 8 */
    return 0;
}
```

Note that `{5, 5}` gives an empty result and `{4}` gives `{4}`.
'''

C23B[29] = r'''#include <string.h>
#include <stddef.h>

/* Returns nonzero when `text` begins with `head`. An empty head matches everything. */
static int begins_with(const char *text, const char *head)
{
    return strncmp(text, head, strlen(head)) == 0;
}

/*
 * Select the entries of `names` that start with `head`.
 * Matching pointers are stored into `picked` (caller-allocated, at least
 * `count` slots) in the same order they appear in `names`.
 * The return value is the number of pointers written.
 */
size_t select_with_prefix(const char **names, size_t count,
                          const char *head, const char **picked)
{
    size_t kept = 0;
    for (size_t i = 0; i < count; ++i) {
        if (begins_with(names[i], head))
            picked[kept++] = names[i];
    }
    return kept;
}
'''

C23B[44] = r'''/*
 * Convert a non-negative int into its digit string in a small radix (2..9).
 * Digits are produced least significant first and then reversed in place.
 * Like the original script this mirrors, zero produces an empty string.
 */
#include <assert.h>
#include <string.h>

char *to_radix(int value, int radix, char *buf)
{
    int len = 0;
    while (value > 0) {
        buf[len++] = (char)('0' + value % radix);
        value /= radix;
    }
    buf[len] = '\0';
    for (int i = 0, j = len - 1; i < j; i++, j--) {
        char tmp = buf[i];
        buf[i] = buf[j];
        buf[j] = tmp;
    }
    return buf;
}

int main(void)
{
    char out[40];
    assert(strcmp(to_radix(10, 3, out), "101") == 0);
    assert(strcmp(to_radix(12, 2, out), "1100") == 0);
    assert(strcmp(to_radix(64, 8, out), "100") == 0);
    assert(strcmp(to_radix(5, 6, out), "5") == 0);
    return 0;
}
'''

C23B[50] = r'''/* rot5.c -- the toy cipher from week 2 of the lab.
 *
 * Encoding moves every lowercase letter five places forward in the alphabet,
 * wrapping from 'z' back to 'a'. Decoding is the inverse: five places back,
 * again wrapping around. Input is assumed to be lowercase a-z only.
 */
#include <stddef.h>

void rot5_encode(char *msg)
{
    for (size_t i = 0; msg[i] != '\0'; i++)
        msg[i] = (char)('a' + (msg[i] - 'a' + 5) % 26);
}

void rot5_decode(char *msg)
{
    for (size_t i = 0; msg[i] != '\0'; i++)
        msg[i] = (char)('a' + (msg[i] - 'a' + 21) % 26);   /* +21 == -5 mod 26 */
}
'''

C23B[58] = r'''#include <stdio.h>
#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int contains(const int *arr, size_t n, int v)
{
    for (size_t i = 0; i < n; i++)
        if (arr[i] == v)
            return 1;
    return 0;
}

/*
 * shared_values: values present in both `left` and `right`, each reported once,
 * written to `dst` in ascending order. Returns the number of values written.
 * dst needs room for min(nl, nr) ints.
 */
size_t shared_values(const int *left, size_t nl,
                     const int *right, size_t nr, int *dst)
{
    size_t k = 0;
    for (size_t i = 0; i < nl; i++) {
        if (contains(right, nr, left[i]) && !contains(dst, k, left[i]))
            dst[k++] = left[i];
    }
    qsort(dst, k, sizeof *dst, cmp_int);
    return k;
}

int main(void)
{
    int p[] = { 10, 4, 22, 4, 7, 15 };
    int q[] = { 15, 3, 4, 10, 10 };
    int out[6];
    size_t n = shared_values(p, 6, q, 5, out);
    /* expected: 4 10 15 */
    for (size_t i = 0; i < n; i++)
        printf("%d%c", out[i], i + 1 == n ? '\n' : ' ');
    return 0;
}
'''

C23B[60] = r'''/* triangular.h style helper: total of the integers 1, 2, ..., n.
 * Uses the closed form n(n+1)/2; n is assumed to be positive. */
long long triangular_total(long long n)
{
    return n * (n + 1) / 2;
}
'''

C23B[61] = r'''#include <assert.h>
#include <stdbool.h>

/*
 * parens_balanced: s holds only '(' and ')'.
 * We keep a running depth; it may never dip below zero (a ')' with nothing
 * open), and it has to be back at zero once the string is exhausted.
 */
bool parens_balanced(const char *s)
{
    int open = 0;
    for (; *s; ++s) {
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
    assert(!parens_balanced("())("));
    assert(!parens_balanced("((("));
    assert(!parens_balanced(")"));
    return 0;
}
'''

C23B[80] = r'''Q: How do I check that a string has no repeated letter inside any window of three consecutive characters?

The rule I need: strings shorter than three characters are rejected outright, and otherwise every run of three neighbouring characters must consist of three different characters.

A: Slide over the string and compare the three characters at each position pairwise:

```c
#include <string.h>
#include <stdbool.h>

bool all_triples_distinct(const char *s)
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
```

You only need to look at windows of exactly three; a repeat at distance one or two is always caught by some window, and repeats further apart are allowed.
'''

C23B[82] = r'''#include <string.h>
#include <stdbool.h>

static bool is_prime_count(size_t v)
{
    if (v < 2)
        return false;
    for (size_t d = 2; d * d <= v; d++)
        if (v % d == 0)
            return false;
    return true;
}

/* True when the number of characters in `word` is a prime number. */
bool has_prime_length(const char *word)
{
    return is_prime_count(strlen(word));
}
'''

C23B[84] = r'''/*
 * Exercise 4.3: add up the decimal digits of a non-negative integer and
 * print that total in base two.
 *
 *   n = 2024  -> digits add to 8  -> "1000"
 *   n = 59    -> digits add to 14 -> "1110"
 *   n = 7     -> digits add to 7  -> "111"
 *   n = 0     -> digits add to 0  -> "0"
 */
#include <stdio.h>
#include <string.h>

static int digit_total(int n)
{
    int t = 0;
    do {
        t += n % 10;
        n /= 10;
    } while (n > 0);
    return t;
}

/* writes the binary form of v (v >= 0) into out, returns out */
static char *binary_string(int v, char *out)
{
    char tmp[40];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + (v & 1));
        v >>= 1;
    } while (v > 0);
    for (int i = 0; i < k; i++)
        out[i] = tmp[k - 1 - i];
    out[k] = '\0';
    return out;
}

char *digit_sum_in_binary(int n, char *out)
{
    return binary_string(digit_total(n), out);
}

int main(void)
{
    int samples[] = { 2024, 59, 7, 0 };
    char buf[40];
    for (int i = 0; i < 4; i++)
        printf("%d -> %s\n", samples[i], digit_sum_in_binary(samples[i], buf));
    return 0;
}
'''

C23B[104] = r'''#include <stdlib.h>
#include <stdbool.h>
#include <stddef.h>

/* every decimal digit of v is one of 1,3,5,7,9 (v > 0) */
static bool odd_digits_only(int v)
{
    while (v > 0) {
        if ((v % 10) % 2 == 0)
            return false;
        v /= 10;
    }
    return true;
}

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;
    return x < y ? -1 : (x > y ? 1 : 0);
}

/*
 * From a list of positive integers keep those with no even digit at all,
 * sorted ascending. Results go into `keep` (room for `n` ints); the count
 * of kept numbers is returned.
 */
size_t filter_odd_digit_numbers(const int *nums, size_t n, int *keep)
{
    size_t cnt = 0;
    for (size_t i = 0; i < n; i++)
        if (odd_digits_only(nums[i]))
            keep[cnt++] = nums[i];
    qsort(keep, cnt, sizeof(int), by_value);
    return cnt;
}
'''

C23B[108] = r'''/*
 * count_positive_digit_sums
 *
 * For each integer we add up its digits, except that for a negative number
 * the leading digit carries the minus sign: -305 -> -3 + 0 + 5 = 2.
 * The function counts how many array entries end up with a total above zero.
 *
 * Quick checks:
 *   { -305, 40, -9 }   -> 2   (totals 2, 4, -9)
 *   { -21, -10, 0 }    -> 0   (totals -1, -1, 0)
 *   { 6, -73, 18 }     -> 2   (totals 6, -4, 9)
 */
#include <stdio.h>
#include <stdlib.h>

static int signed_digit_sum(int n)
{
    int neg = n < 0;
    int m = abs(n);
    int total = 0;
    int lead = 0;

    while (m > 0) {
        lead = m % 10;          /* ends up holding the most significant digit */
        total += lead;
        m /= 10;
    }
    if (neg)
        total -= 2 * lead;      /* that leading digit counts negatively */
    return total;
}

int count_positive_digit_sums(const int *arr, int len)
{
    int count = 0;
    for (int i = 0; i < len; i++)
        if (signed_digit_sum(arr[i]) > 0)
            count++;
    return count;
}

int main(void)
{
    int a[] = { -305, 40, -9 };
    int b[] = { -21, -10, 0 };
    int c[] = { 6, -73, 18 };
    printf("%d %d %d\n",
           count_positive_digit_sums(a, 3),
           count_positive_digit_sums(b, 3),
           count_positive_digit_sums(c, 3));   /* 2 0 2 */
    return 0;
}
'''

C23B[110] = r'''#include <stddef.h>

/*
 * Can we make every element of `first` even by trading elements with
 * `second`? Any number of swaps is allowed, so the only question is whether
 * `second` holds at least as many even numbers as `first` holds odd ones.
 * Returns the string "YES" or "NO".
 */
const char *evens_by_swapping(const int *first, size_t n1,
                              const int *second, size_t n2)
{
    size_t odd_in_first = 0, even_in_second = 0;

    for (size_t i = 0; i < n1; i++)
        if (first[i] % 2 != 0)
            odd_in_first++;
    for (size_t j = 0; j < n2; j++)
        if (second[j] % 2 == 0)
            even_in_second++;

    return even_in_second >= odd_in_first ? "YES" : "NO";
}
'''

C23B[113] = r'''/*
 * odd_digit_sentences.c
 *
 * A quirky formatting kata: for every digit string in the input, count its
 * odd digits (call it k) and produce the sentence
 *
 *     "the number of odd elements kn the strkng k of the knput."
 *
 * i.e. the template sentence with each "i" in the words "in", "string",
 * "i" and "input" swapped for the count. Example: "9021" has two odd digits,
 * so its line reads
 *     the number of odd elements 2n the str2ng 2 of the 2nput.
 * and "48" (no odd digits) gives
 *     the number of odd elements 0n the str0ng 0 of the 0nput.
 */
#include <stdio.h>

static int odd_digits(const char *digits)
{
    int k = 0;
    for (; *digits; digits++)
        if ((*digits - '0') % 2 == 1)
            k++;
    return k;
}

/* lines[i] receives the sentence for inputs[i]; each buffer needs ~80 bytes */
void describe_odd_counts(const char **inputs, int count, char lines[][96])
{
    for (int i = 0; i < count; i++) {
        int k = odd_digits(inputs[i]);
        snprintf(lines[i], 96,
                 "the number of odd elements %dn the str%dng %d of the %dnput.",
                 k, k, k, k);
    }
}

int main(void)
{
    const char *in[] = { "9021", "48", "13579" };
    char out[3][96];
    describe_odd_counts(in, 3, out);
    for (int i = 0; i < 3; i++)
        puts(out[i]);
    return 0;
}
'''

C23B[118] = r'''#include <string.h>

static int vowel(char c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

/*
 * Scan `word` (letters only) from the right, ignoring the first and last
 * character, and return the first vowel found whose left and right
 * neighbours are both consonants. Upper and lower case are treated as
 * different characters but both count as vowels. Returns '\0' when there
 * is no such vowel (including words shorter than three letters).
 */
char rightmost_enclosed_vowel(const char *word)
{
    size_t n = strlen(word);
    if (n < 3)
        return '\0';
    for (size_t i = n - 2; i >= 1; i--) {
        if (vowel(word[i]) && !vowel(word[i - 1]) && !vowel(word[i + 1]))
            return word[i];
    }
    return '\0';
}
'''

C23B[128] = r'''#include <assert.h>
#include <stdlib.h>
#include <stdbool.h>

/*
 * signed_magnitude_sum
 *   Add up |x| over the array, then multiply by the product of the signs
 *   (+1, -1 or 0) of all the elements. A single zero therefore forces 0.
 *   An empty array has no answer: the function returns false and leaves
 *   *result untouched.
 */
bool signed_magnitude_sum(const int *xs, int n, long *result)
{
    if (n == 0)
        return false;

    long magnitude = 0;
    int sign = 1;
    for (int i = 0; i < n; i++) {
        magnitude += labs((long)xs[i]);
        if (xs[i] == 0)
            sign = 0;
        else if (xs[i] < 0)
            sign = -sign;
    }
    *result = sign * magnitude;
    return true;
}

int main(void)
{
    long r;
    int a[] = { 3, -1, -2, 5 };
    int b[] = { -6, 2, 4 };
    int c[] = { 8, 0, -3 };

    assert(signed_magnitude_sum(a, 4, &r) && r == 11);
    assert(signed_magnitude_sum(b, 3, &r) && r == -12);
    assert(signed_magnitude_sum(c, 3, &r) && r == 0);
    assert(!signed_magnitude_sum(NULL, 0, &r));
    return 0;
}
'''

C23B[129] = r'''A classic grid puzzle: an N x N board (N >= 2) holds each of the numbers 1..N*N exactly once. A walk of length k visits k cells, starting anywhere and stepping each time to an edge-adjacent cell (cells may be revisited, and you cannot leave the board). Among all walks, we want the one whose sequence of visited values is lexicographically smallest, and we return that sequence.

The trick is that you never need a search. The smallest possible first value is 1, so the walk starts on the cell holding 1. From there the best second value is the smallest neighbour of that cell, and the best third value is 1 again, because you can always step straight back. So the answer just alternates 1, m, 1, m, ... where m is the minimum among the (up to four) neighbours of the cell containing 1.

```c
#include <stddef.h>

/* grid is stored row-major: grid[r * n + c]. path receives k values. */
void smallest_walk(const int *grid, int n, int k, int *path)
{
    int r1 = 0, c1 = 0;
    for (int idx = 0; idx < n * n; idx++) {
        if (grid[idx] == 1) {
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
        if (grid[r * n + c] < best)
            best = grid[r * n + c];
    }

    for (int step = 0; step < k; step++)
        path[step] = (step % 2 == 0) ? 1 : best;
}
```
'''

C23B[132] = r'''#include <string.h>
#include <stdbool.h>

/* index of the last ']' strictly before position `from`, or -1 */
static long prev_closer(const char *s, long from)
{
    for (long p = from - 1; p >= 0; p--)
        if (s[p] != '[')
            return p;
    return -1;
}

/*
 * has_nested_pair: `s` consists of '[' and ']' only.
 *
 * We want to know if some subsequence of the brackets forms a valid
 * sequence with at least one pair sitting inside another, e.g. "[[]]".
 * Greedy approach: pair the opening brackets, left to right, with the
 * closing brackets taken from the right end moving inward. Every time an
 * opener lies to the left of the closer it is being paired with, we have
 * one more layer of enclosing brackets. Two layers means nesting exists.
 */
bool has_nested_pair(const char *s)
{
    long len = (long)strlen(s);
    long closer = prev_closer(s, len);
    int layers = 0;

    for (long i = 0; i < len; i++) {
        if (s[i] != '[')
            continue;
        if (closer >= 0 && i < closer) {
            layers++;
            closer = prev_closer(s, closer);
        }
    }
    return layers >= 2;
}
'''

C23B[136] = r'''/* Review note on PR #214: the old version used INT_MIN/INT_MAX as "missing"
 * markers, which breaks when those values really occur. This version reports
 * presence explicitly.
 *
 * nearest_to_zero: among the negative entries, find the largest one (the one
 * closest to zero from below); among the positive entries, find the smallest.
 * Zeros belong to neither group. If a group is empty its has_* flag is 0.
 */
#include <stdio.h>

struct around_zero {
    int has_neg, neg;   /* largest negative value */
    int has_pos, pos;   /* smallest positive value */
};

struct around_zero nearest_to_zero(const int *v, int n)
{
    struct around_zero r = { 0, 0, 0, 0 };
    for (int i = 0; i < n; i++) {
        if (v[i] < 0 && (!r.has_neg || v[i] > r.neg)) {
            r.has_neg = 1;
            r.neg = v[i];
        } else if (v[i] > 0 && (!r.has_pos || v[i] < r.pos)) {
            r.has_pos = 1;
            r.pos = v[i];
        }
    }
    return r;
}

static void show(const int *v, int n)
{
    struct around_zero r = nearest_to_zero(v, n);
    if (r.has_neg) printf("(%d, ", r.neg); else printf("(none, ");
    if (r.has_pos) printf("%d)\n", r.pos); else printf("none)\n");
}

int main(void)
{
    int a[] = { -8, 6, -2, 9, 3 };
    int b[] = { 0, 12, 5 };
    int c[] = { -4, -40, 0 };
    show(a, 5);   /* (-2, 3)    */
    show(b, 3);   /* (none, 5)  */
    show(c, 3);   /* (-4, none) */
    show(b, 0);   /* (none, none) */
    return 0;
}
'''

C23B[141] = r'''#include <string.h>
#include <ctype.h>

/*
 * Validate an upload name. Accepted only when all of these hold:
 *   - exactly one '.' in the whole name;
 *   - the part before the dot is non-empty and begins with an ASCII letter;
 *   - the part before the dot has at most three digit characters;
 *   - the part after the dot is exactly "txt", "exe" or "dll".
 * Returns "Yes" or "No".
 */
const char *upload_name_ok(const char *name)
{
    const char *dot = strchr(name, '.');
    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";

    const char *ext = dot + 1;
    if (strcmp(ext, "txt") != 0 && strcmp(ext, "exe") != 0 && strcmp(ext, "dll") != 0)
        return "No";

    size_t stem_len = (size_t)(dot - name);
    if (stem_len == 0)
        return "No";

    unsigned char first = (unsigned char)name[0];
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
        return "No";

    int digits = 0;
    for (size_t i = 0; i < stem_len; i++)
        if (isdigit((unsigned char)name[i]))
            digits++;
    return digits > 3 ? "No" : "Yes";
}
'''

C23B[142] = r'''#include <assert.h>
#include <stddef.h>

/*
 * weighted_index_sum
 *   Position i of the array contributes:
 *     x*x       if i is divisible by 3,
 *     x*x*x     if i is divisible by 4 but not by 3,
 *     x         otherwise.
 *   The contributions are added up; an empty array sums to 0.
 */
long weighted_index_sum(const int *x, size_t n)
{
    long total = 0;
    for (size_t i = 0; i < n; i++) {
        long v = x[i];
        if (i % 3 == 0)
            total += v * v;
        else if (i % 4 == 0)
            total += v * v * v;
        else
            total += v;
    }
    return total;
}

int main(void)
{
    int a[] = { 2, 3, 4, 5, 6 };        /* 4 + 3 + 4 + 25 + 216 = 252 */
    int b[] = { -2, 1, 1, 1, -3 };      /* 4 + 1 + 1 + 1 - 27  = -20 */
    int c[] = { 5 };                    /* 25 */
    assert(weighted_index_sum(a, 5) == 252);
    assert(weighted_index_sum(b, 5) == -20);
    assert(weighted_index_sum(c, 1) == 25);
    assert(weighted_index_sum(NULL, 0) == 0);
    return 0;
}
'''

C23B[157] = r'''/* geometry_utils.c */
#include <stdio.h>
#include <stdbool.h>

static long sq(long v) { return v * v; }

/* perimeter, kept for the shapes module */
long tri_perimeter(long a, long b, long c)
{
    return a + b + c;
}

/*
 * is_right_triangle: given three side lengths, report whether one of the
 * angles is exactly 90 degrees, i.e. whether the square of some side equals
 * the sum of the squares of the other two (Pythagoras, tried for each side
 * as the hypotenuse so the order of arguments does not matter).
 */
bool is_right_triangle(long a, long b, long c)
{
    return sq(a) == sq(b) + sq(c)
        || sq(b) == sq(a) + sq(c)
        || sq(c) == sq(a) + sq(b);
}

int main(void)
{
    printf("%d\n", is_right_triangle(9, 40, 41));   /* 1 */
    printf("%d\n", is_right_triangle(20, 16, 12));  /* 1 */
    printf("%d\n", is_right_triangle(4, 5, 6));     /* 0 */
    printf("%d\n", is_right_triangle(3, 3, 3));     /* 0 */
    return 0;
}
'''

C_HELDOUT23B[31] = r'''#include <assert.h>
#include <stdbool.h>

/* Primality by trial division up to the square root.
   Anything below 2 (including negatives) is not prime. */
bool prime_check(long n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (long d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

int main(void)
{
    assert(prime_check(2));
    assert(prime_check(97));
    assert(prime_check(7919));
    assert(!prime_check(0));
    assert(!prime_check(91));     /* 7 * 13 */
    assert(!prime_check(1024));
    return 0;
}
'''

C_HELDOUT23B[79] = r'''#include <string.h>

/*
 * Format a non-negative integer as binary, wrapped in the two-letter marker
 * "db" on both sides (a framing convention from the old serial protocol).
 * Zero is written as a single '0' digit. `out` needs at least 70 bytes.
 */
char *framed_binary(unsigned long value, char *out)
{
    char bits[65];
    int pos = 64;
    bits[pos] = '\0';
    do {
        bits[--pos] = (value & 1UL) ? '1' : '0';
        value >>= 1;
    } while (value != 0);

    strcpy(out, "db");
    strcat(out, bits + pos);
    strcat(out, "db");
    return out;
}
'''

C_HELDOUT23B[91] = r'''/*
 * Counting "I"-sentences.
 *
 * Text is cut into sentences at every '.', '?' or '!'. Whitespace right after
 * one of those terminators is skipped, so the next sentence starts at the
 * first non-space character. A sentence counts when it opens with the word
 * "I" followed by a space. Examples with this rule:
 *
 *   "I ran. You sat! I slept"        -> 2
 *   "It rained. Is it over?"         -> 0   ("It", "Is" are not the word I)
 *   "We met.   I waved"              -> 1
 */
#include <stdio.h>
#include <ctype.h>

static int is_terminator(char c)
{
    return c == '.' || c == '?' || c == '!';
}

int count_i_sentences(const char *text)
{
    int count = 0;
    const char *p = text;

    for (;;) {
        /* p is at the start of a sentence */
        if (p[0] == 'I' && p[1] == ' ')
            count++;
        while (*p && !is_terminator(*p))
            p++;
        if (*p == '\0')
            break;
        p++;                                  /* step over the terminator */
        while (*p && isspace((unsigned char)*p))
            p++;
    }
    return count;
}

int main(void)
{
    printf("%d\n", count_i_sentences("I ran. You sat! I slept"));
    printf("%d\n", count_i_sentences("It rained. Is it over?"));
    printf("%d\n", count_i_sentences("We met.   I waved"));
    return 0;
}
'''

C_HELDOUT23B[127] = r'''#include <stdbool.h>

static bool prime(long v)
{
    if (v < 2)
        return false;
    for (long d = 2; d * d <= v; d++)
        if (v % d == 0)
            return false;
    return true;
}

/*
 * Two closed intervals [a1, b1] and [a2, b2] (with a <= b for each).
 * Their overlap runs from max(a1, a2) to min(b1, b2); its length is the
 * difference of those endpoints. Answer "YES" when that length is a prime
 * number, "NO" otherwise, and also "NO" when the intervals do not overlap.
 */
const char *overlap_length_is_prime(long a1, long b1, long a2, long b2)
{
    long lo = a1 > a2 ? a1 : a2;
    long hi = b1 < b2 ? b1 : b2;
    long length = hi - lo;
    return (length > 0 && prime(length)) ? "YES" : "NO";
}
'''

C_HELDOUT23B[135] = r'''Small helper from our sorting-diagnostics code. Given an array with no repeated values, it reports the highest index i at which the element is smaller than the one right before it (a "descent"). If the array never goes down, it returns -1.

```c
#include <stdio.h>

int last_descent(const int *a, int n)
{
    for (int i = n - 1; i >= 1; i--)
        if (a[i] < a[i - 1])
            return i;
    return -1;
}

int main(void)
{
    int x[] = { 4, 9, 2, 6, 8 };
    int y[] = { 10, 20, 30 };
    int z[] = { 5, 3, 1 };
    printf("%d\n", last_descent(x, 5));  /* 2  */
    printf("%d\n", last_descent(y, 3));  /* -1 */
    printf("%d\n", last_descent(z, 3));  /* 2  */
    return 0;
}
```

Scanning from the right lets us stop at the first hit instead of walking the whole array.
'''

C_HELDOUT23B[147] = r'''/*
 * Build a[1..n] with a[i] = i*i - i + 1 and count index triples i < j < k
 * for which a[i] + a[j] + a[k] is divisible by 3.
 *
 * Only residues mod 3 matter, so we tally how many terms fall in each residue
 * class and count the combinations: three from one class (0+0+0, 1+1+1,
 * 2+2+2 are all multiples of 3) or one from each class.
 */
static long long choose3(long long m)
{
    return m < 3 ? 0 : m * (m - 1) * (m - 2) / 6;
}

long long triples_divisible_by_three(int n)
{
    long long bucket[3] = { 0, 0, 0 };
    for (long long i = 1; i <= n; i++)
        bucket[(i * i - i + 1) % 3]++;

    return choose3(bucket[0]) + choose3(bucket[1]) + choose3(bucket[2])
         + bucket[0] * bucket[1] * bucket[2];
}
'''

C_HELDOUT23B[155] = r'''#include <assert.h>
#include <stdlib.h>

typedef struct {
    int evens;
    int odds;
} parity_tally;

/* Count even and odd decimal digits of n; the sign is ignored and 0 has one even digit. */
parity_tally digit_parity(long n)
{
    parity_tally t = { 0, 0 };
    unsigned long m = (unsigned long)labs(n);
    do {
        if ((m % 10) % 2 == 0)
            t.evens++;
        else
            t.odds++;
        m /= 10;
    } while (m != 0);
    return t;
}

int main(void)
{
    parity_tally t = digit_parity(-4071);
    assert(t.evens == 2 && t.odds == 2);
    t = digit_parity(888);
    assert(t.evens == 3 && t.odds == 0);
    t = digit_parity(0);
    assert(t.evens == 1 && t.odds == 0);
    return 0;
}
'''

OTHER_C23B.append(r'''#include <stdio.h>
#include <string.h>

/*
 * shortest_entry: return the string with the fewest characters; when several
 * are equally short, the one that appears first is returned. NULL for an
 * empty list.
 */
const char *shortest_entry(const char **list, int count)
{
    const char *pick = NULL;
    size_t pick_len = 0;
    for (int i = 0; i < count; i++) {
        size_t len = strlen(list[i]);
        if (pick == NULL || len < pick_len) {
            pick = list[i];
            pick_len = len;
        }
    }
    return pick;
}

int main(void)
{
    const char *tags[] = { "gamma", "pi", "rho", "nu" };
    printf("%s\n", shortest_entry(tags, 4));   /* pi */
    return 0;
}
''')

OTHER_C23B.append(r'''#include <stddef.h>

/*
 * dedupe_stable: copy `src` into `dst`, dropping any value that has already
 * been copied, so the first occurrence of every distinct value survives and
 * the original order is kept. Returns the number of values in `dst`.
 */
size_t dedupe_stable(const int *src, size_t n, int *dst)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (j < out && dst[j] != src[i])
            j++;
        if (j == out)
            dst[out++] = src[i];
    }
    return out;
}
''')

OTHER_C23B.append(r'''/*
 * Running-key toy cipher: the letter at position p (counting from 0) of a
 * lowercase message is moved p places forward, wrapping after 'z'.
 * Decoding moves each letter p places back.
 *
 *   encode("aaaa")  -> "abcd"
 *   decode("hfnos") -> "hello"
 */
#include <stdio.h>
#include <string.h>

void running_encode(char *s)
{
    for (size_t p = 0; s[p]; p++)
        s[p] = (char)('a' + (s[p] - 'a' + (int)(p % 26)) % 26);
}

void running_decode(char *s)
{
    for (size_t p = 0; s[p]; p++)
        s[p] = (char)('a' + (s[p] - 'a' + 26 - (int)(p % 26)) % 26);
}

int main(void)
{
    char a[] = "aaaa";
    char b[] = "hfnos";
    running_encode(a);
    running_decode(b);
    printf("%s %s\n", a, b);
    return 0;
}
''')

OTHER_C23B.append(r'''#include <string.h>

/*
 * first_paren_error: for a string of '(' and ')', report where balancing
 * first goes wrong. If a ')' arrives with nothing open, its index is
 * returned. If the string ends with brackets still open, the index of the
 * earliest '(' that was never closed is returned. A balanced string gives -1.
 */
int first_paren_error(const char *s)
{
    int stack[512];
    int top = 0;
    int n = (int)strlen(s);

    for (int i = 0; i < n; i++) {
        if (s[i] == '(') {
            if (top < 512)
                stack[top] = i;
            top++;
        } else {
            if (top == 0)
                return i;
            top--;
        }
    }
    return top == 0 ? -1 : stack[0];
}
''')

OTHER_C23B.append(r'''#include <assert.h>
#include <stdbool.h>

/*
 * is_obtuse_triangle: the three lengths must form a real (non-degenerate)
 * triangle, and the largest angle must exceed 90 degrees, which happens when
 * the square of the longest side is greater than the sum of the squares of
 * the other two.
 */
bool is_obtuse_triangle(long a, long b, long c)
{
    if (a <= 0 || b <= 0 || c <= 0)
        return false;
    if (a + b <= c || a + c <= b || b + c <= a)
        return false;

    long longest = a, s1 = b, s2 = c;
    if (b > longest) { longest = b; s1 = a; s2 = c; }
    if (c > longest) { longest = c; s1 = a; s2 = b; }
    return longest * longest > s1 * s1 + s2 * s2;
}

int main(void)
{
    assert(is_obtuse_triangle(2, 3, 4));
    assert(!is_obtuse_triangle(3, 4, 5));   /* right angle, not obtuse */
    assert(!is_obtuse_triangle(5, 5, 5));
    assert(!is_obtuse_triangle(1, 2, 3));   /* degenerate */
    return 0;
}
''')

OTHER_C23B.append(r'''Our build script refuses to pick up source files whose names are not simple C identifiers. The rule is: exactly one dot; the extension after it is "c" or "h"; the stem before it is non-empty, does not start with a digit, and contains only ASCII letters, digits and underscores. Here is the checker.

```c
#include <string.h>
#include <ctype.h>
#include <stdbool.h>

bool source_name_ok(const char *name)
{
    const char *dot = strchr(name, '.');
    if (!dot || strchr(dot + 1, '.'))
        return false;
    if (strcmp(dot + 1, "c") != 0 && strcmp(dot + 1, "h") != 0)
        return false;
    if (dot == name || isdigit((unsigned char)name[0]))
        return false;
    for (const char *p = name; p < dot; p++)
        if (!(isalnum((unsigned char)*p) || *p == '_'))
            return false;
    return true;
}
```
''')

OTHER_C23B.append(r'''#include <stdlib.h>

static int present(const int *a, int n, int v)
{
    for (int i = 0; i < n; i++)
        if (a[i] == v)
            return 1;
    return 0;
}

static int asc(const void *p, const void *q)
{
    int x = *(const int *)p, y = *(const int *)q;
    return (x > y) - (x < y);
}

/*
 * one_sided_values: the distinct values found in exactly one of the two
 * arrays (in `a` but not `b`, or in `b` but not `a`), sorted ascending.
 * `out` must hold na + nb ints; the number written is returned.
 */
int one_sided_values(const int *a, int na, const int *b, int nb, int *out)
{
    int k = 0;
    for (int i = 0; i < na; i++)
        if (!present(b, nb, a[i]) && !present(out, k, a[i]))
            out[k++] = a[i];
    for (int j = 0; j < nb; j++)
        if (!present(a, na, b[j]) && !present(out, k, b[j]))
            out[k++] = b[j];
    qsort(out, (size_t)k, sizeof(int), asc);
    return k;
}
''')
