"""Seventh batch of hand-written documents (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

C7          -- dict int -> str. Hand-written C translations of benchmark
               problems (keys are the problem numbers), styled as ordinary
               training-corpus C files: includes, a renamed function, comments
               in new words, often a small main. Positives.
C_HELDOUT7  -- dict int -> str. The same kind of C translation for held-out
               problems. Negatives.
PY7         -- dict int -> str. Hand paraphrases in Python: new function and
               parameter names, the task restated in new words, independently
               written solutions. Positives.
PY_HELDOUT7 -- dict int -> str. Python paraphrases of held-out problems,
               written the same way. Negatives.
OTHER7      -- list of 8 str (4 C, then 4 Python). Small problems in the same
               style that are not benchmark items but sit close to one in
               topic (a different rule or transformation). Negatives.

Roughly half of the documents in every name state a few input/output
examples (in comments, docstrings, asserts or a printing main); the examples
use new inputs and every stated output was checked by running the reference
solution (or, for OTHER7, a small Python version of the problem). The other
half state no examples. All C documents compile with gcc; all Python
documents parse.
"""

C7 = {
    32: r'''/* roots.c - locate one real root of a polynomial by bisection.
 *
 * Coefficients are stored lowest power first: c[0] + c[1]*x + c[2]*x^2 ...
 * Callers should pass an even number of coefficients (so the degree is odd)
 * with a non-zero leading term; an odd-degree polynomial always changes sign
 * somewhere, which is all bisection needs.
 */
#include <stdio.h>

static double horner_eval(const double *c, int n, double x)
{
    double acc = 0.0;
    for (int k = n - 1; k >= 0; --k)
        acc = acc * x + c[k];
    return acc;
}

double bisect_root(const double *c, int n)
{
    double lo = -1.0, hi = 1.0;

    /* widen the window until the end points disagree in sign (or hit zero) */
    while (horner_eval(c, n, lo) * horner_eval(c, n, hi) > 0.0) {
        lo *= 2.0;
        hi *= 2.0;
    }

    double flo = horner_eval(c, n, lo);
    for (int iter = 0; iter < 200 && hi - lo > 1e-10; ++iter) {
        double mid = lo + 0.5 * (hi - lo);
        double fmid = horner_eval(c, n, mid);
        if (fmid * flo > 0.0) {
            lo = mid;
            flo = fmid;
        } else {
            hi = mid;
        }
    }
    return lo;
}

int main(void)
{
    double cube[]  = { -8.0, 0.0, 0.0, 1.0 };   /* x^3 - 8             */
    double line[]  = { 3.0, 1.0 };              /* x + 3               */
    double three[] = { 6.0, -5.0, -2.0, 1.0 };  /* (x-1)(x+2)(x-3)     */

    printf("%.2f\n", bisect_root(cube, 4));    /* 2.00  */
    printf("%.2f\n", bisect_root(line, 2));    /* -3.00 */
    printf("%.2f\n", bisect_root(three, 4));   /* 1.00  */
    return 0;
}
''',

    50: r'''/* shift5.c
 * Two tiny helpers for a rotate-by-five cipher over the lowercase alphabet.
 * shift5_forward moves every letter five places later (v -> a, z -> e);
 * shift5_back undoes it and recovers the original text. Both rewrite the
 * buffer in place and expect nothing but 'a'..'z'.
 */
void shift5_forward(char *buf)
{
    for (; *buf; ++buf)
        *buf = (char)('a' + (*buf - 'a' + 5) % 26);
}

void shift5_back(char *buf)
{
    /* going back 5 is the same as going forward 21 (mod 26), which keeps
       the % operand non-negative */
    for (; *buf; ++buf)
        *buf = (char)('a' + (*buf - 'a' + 21) % 26);
}
''',

    61: r'''#include <assert.h>
#include <stdbool.h>

/* A string of '(' and ')' is well formed when no prefix closes more groups
 * than it has opened, and every group opened is closed by the end. */
static bool parens_balanced(const char *seq)
{
    long open = 0;
    while (*seq) {
        open += (*seq++ == '(') ? 1 : -1;
        if (open < 0)
            return false;
    }
    return open == 0;
}

int main(void)
{
    assert(!parens_balanced("(()"));
    assert(!parens_balanced("()()(("));
    assert(parens_balanced("(())()"));
    assert(!parens_balanced("())("));
    assert(parens_balanced(""));
    return 0;
}
''',

    74: r'''/*
 * Comparing two word lists by weight
 * ----------------------------------
 * Say you hold two arrays of strings and want whichever carries fewer
 * characters overall, where an array's weight is the sum of the lengths of
 * its strings. When both weigh the same, keep the first one. The helper
 * below returns a pointer to the winning array and stores its element count
 * in *count_out.
 */
#include <stddef.h>
#include <string.h>

static size_t char_weight(const char *const *items, size_t n)
{
    size_t total = 0;
    while (n--)
        total += strlen(*items++);
    return total;
}

const char *const *lighter_word_list(const char *const *first, size_t n_first,
                                     const char *const *second, size_t n_second,
                                     size_t *count_out)
{
    if (char_weight(second, n_second) < char_weight(first, n_first)) {
        *count_out = n_second;
        return second;
    }
    *count_out = n_first;
    return first;
}
''',

    88: r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_up(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_down(const void *a, const void *b)
{
    return cmp_up(b, a);
}

/* Return a freshly malloc'd sorted copy of vals (the input is not touched).
 * The direction is decided by the first and last elements: if their sum is
 * odd the copy is sorted smallest-first, if it is even largest-first.
 * An empty input gives NULL. */
int *parity_sorted_copy(const int *vals, size_t n)
{
    if (n == 0)
        return NULL;
    int *copy = malloc(n * sizeof *copy);
    if (copy == NULL)
        return NULL;
    memcpy(copy, vals, n * sizeof *copy);
    int ascending = (vals[0] + vals[n - 1]) % 2 != 0;
    qsort(copy, n, sizeof *copy, ascending ? cmp_up : cmp_down);
    return copy;
}

static void show(const int *v, size_t n)
{
    int *s = parity_sorted_copy(v, n);
    for (size_t i = 0; i < n; ++i)
        printf("%d%c", s[i], i + 1 < n ? ' ' : '\n');
    free(s);
}

int main(void)
{
    int a[] = { 7, 3, 9, 2 };
    int b[] = { 4, 1, 8, 6 };
    int c[] = { 10 };
    show(a, 4);   /* 2 3 7 9 */
    show(b, 4);   /* 8 6 4 1 */
    show(c, 1);   /* 10      */
    return 0;
}
''',

    93: r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* Garble a message of letters and spaces in place:
 *   - every letter has its case flipped;
 *   - after flipping, a vowel is swapped for the letter two steps further
 *     along the alphabet, keeping its (new) case.
 */
static void garble(char *text)
{
    for (char *p = text; *p; ++p) {
        int ch = (unsigned char)*p;
        if (!isalpha(ch))
            continue;
        ch = islower(ch) ? toupper(ch) : tolower(ch);
        if (strchr("aeiouAEIOU", ch))
            ch += 2;
        *p = (char)ch;
    }
}

int main(void)
{
    char line[1024];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        garble(line);
        puts(line);
    }
    return 0;
}
''',

    94: r'''/*
 * Small exercise from a practice set: scan an array of integers, find the
 * biggest one that is prime, and report the sum of its decimal digits.
 * Nothing fancy -- trial division is plenty for array-sized inputs.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

static bool is_prime(int v)
{
    if (v < 2)
        return false;
    for (int d = 2; (long)d * d <= v; ++d)
        if (v % d == 0)
            return false;
    return true;
}

static int digit_sum(int v)
{
    int s = 0;
    for (; v > 0; v /= 10)
        s += v % 10;
    return s;
}

int prime_peak_digit_sum(const int *nums, size_t len)
{
    int best = 0;
    for (size_t i = 0; i < len; ++i)
        if (nums[i] > best && is_prime(nums[i]))
            best = nums[i];
    return digit_sum(best);
}

int main(void)
{
    int a[] = { 4, 17, 10, 23, 9 };
    int b[] = { 100, 97, 91, 89 };
    int c[] = { 131, 12, 127, 40 };
    printf("%d\n", prime_peak_digit_sum(a, 5));  /* 23 -> 5  */
    printf("%d\n", prime_peak_digit_sum(b, 4));  /* 97 -> 16 */
    printf("%d\n", prime_peak_digit_sum(c, 4));  /* 131 -> 5 */
    return 0;
}
''',

    105: r'''#include <stddef.h>

static const char *const DIGIT_WORD[10] = {
    NULL, "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"
};

/* Put into out[] the English word for every value of vals that lies between
 * 1 and 9, biggest values first. Values outside 1..9 are simply skipped.
 * out needs room for n pointers; the number written is returned.
 * A counting pass replaces an explicit sort since only nine keys exist. */
size_t digit_words_desc(const int *vals, size_t n, const char **out)
{
    size_t tally[10] = { 0 };
    for (size_t i = 0; i < n; ++i)
        if (vals[i] >= 1 && vals[i] <= 9)
            tally[vals[i]]++;

    size_t k = 0;
    for (int d = 9; d >= 1; --d)
        for (size_t c = 0; c < tally[d]; ++c)
            out[k++] = DIGIT_WORD[d];
    return k;
}
''',

    106: r'''#include <stdio.h>

/* Fill out[0..n-1] so that entry number i (counting from 1) is i! when i is
 * even and the triangular number 1 + 2 + ... + i when i is odd.
 * The factorial is carried along incrementally instead of recomputed. */
void mixed_table(int n, long long *out)
{
    long long fact = 1;
    for (int i = 1; i <= n; ++i) {
        fact *= i;
        out[i - 1] = (i % 2 == 0) ? fact : (long long)i * (i + 1) / 2;
    }
}

int main(void)
{
    long long t[7];
    mixed_table(7, t);
    for (int i = 0; i < 7; ++i)
        printf("%lld ", t[i]);
    putchar('\n');
    /* expected: 1 2 6 24 15 720 28 */
    return 0;
}
''',

    109: r'''/* Rotation check.
 *
 * Given n distinct integers, decide whether some number of right rotations
 * (the last element wraps around to the front each time) leaves them in
 * increasing order. That is the case exactly when, walking around the array
 * circularly, a value is followed by a smaller one at most once. Empty and
 * one-element arrays trivially qualify.
 */
#include <stdbool.h>
#include <stddef.h>

bool sortable_by_rotation(const int *a, size_t n)
{
    size_t drops = 0;
    for (size_t i = 0; i < n; ++i) {
        if (a[i] > a[(i + 1) % n])
            ++drops;
        if (drops > 1)
            return false;
    }
    return true;
}
''',

    112: r'''#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Copy src to dst while leaving out every character that occurs in drop,
 * then tell whether the surviving text is a palindrome.
 * dst must be at least as large as src. */
bool strip_and_check(const char *src, const char *drop, char *dst)
{
    size_t n = 0;
    for (; *src; ++src)
        if (strchr(drop, *src) == NULL)
            dst[n++] = *src;
    dst[n] = '\0';

    for (size_t i = 0, j = n; i + 1 < j; ++i, --j)
        if (dst[i] != dst[j - 1])
            return false;
    return true;
}

int main(void)
{
    char out[64];
    bool p;

    p = strip_and_check("banana", "n", out);
    printf("%s %s\n", out, p ? "yes" : "no");   /* baaa no  */
    p = strip_and_check("abxba", "x", out);
    printf("%s %s\n", out, p ? "yes" : "no");   /* abba yes */
    p = strip_and_check("stats", "t", out);
    printf("%s %s\n", out, p ? "yes" : "no");   /* sas yes  */
    return 0;
}
''',

    114: r'''#include <stddef.h>

/* Smallest total over all non-empty contiguous stretches of v[0..n-1]
 * (n >= 1). This is Kadane's scan turned upside down: once the running sum
 * is positive it can only make things bigger, so restart at the current
 * element instead. */
long long smallest_run_sum(const long long *v, size_t n)
{
    long long best = v[0];
    long long cur = v[0];
    for (size_t i = 1; i < n; ++i) {
        cur = (cur > 0) ? v[i] : cur + v[i];
        if (cur < best)
            best = cur;
    }
    return best;
}
''',

    116: r'''/* Order integers by how many 1 bits their binary form has (fewest first);
 * numbers with the same bit count are ordered by value. For negative
 * inputs the bits of the magnitude are counted. Reads the numbers from the
 * command line and prints them in the new order. */
#include <stdio.h>
#include <stdlib.h>

static int ones(long v)
{
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    int c = 0;
    while (u) {
        u &= u - 1;   /* clear lowest set bit */
        ++c;
    }
    return c;
}

static int by_bits(const void *pa, const void *pb)
{
    long a = *(const long *)pa, b = *(const long *)pb;
    int d = ones(a) - ones(b);
    if (d != 0)
        return d;
    return (a > b) - (a < b);
}

void sort_by_popcount(long *v, size_t n)
{
    qsort(v, n, sizeof *v, by_bits);
}

int main(int argc, char **argv)
{
    size_t n = (size_t)(argc - 1);
    long *v = malloc((n ? n : 1) * sizeof *v);
    if (v == NULL)
        return 1;
    for (size_t i = 0; i < n; ++i)
        v[i] = strtol(argv[i + 1], NULL, 10);
    sort_by_popcount(v, n);
    for (size_t i = 0; i < n; ++i)
        printf("%ld\n", v[i]);
    free(v);
    return 0;
}
''',

    117: r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_vowel(int c)
{
    c = tolower(c);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Walk a line made of letters and spaces and hand every word that has
 * exactly `want` consonants to `emit`, in the order the words appear.
 * Returns how many words matched. */
int words_with_consonants(const char *line, int want,
                          void (*emit)(const char *word, size_t len))
{
    int matched = 0;
    while (*line) {
        while (*line == ' ')
            ++line;
        const char *start = line;
        int consonants = 0;
        while (*line && *line != ' ') {
            if (!is_vowel((unsigned char)*line))
                ++consonants;
            ++line;
        }
        if (line > start && consonants == want) {
            emit(start, (size_t)(line - start));
            ++matched;
        }
    }
    return matched;
}

static void print_word(const char *w, size_t len)
{
    printf("[%.*s] ", (int)len, w);
}

int main(void)
{
    words_with_consonants("Quick brown foxes jump", 3, print_word);
    putchar('\n');   /* [Quick] [foxes] [jump] */
    words_with_consonants("Quick brown foxes jump", 4, print_word);
    putchar('\n');   /* [brown] */
    words_with_consonants("the cat sat", 2, print_word);
    putchar('\n');   /* [the] [cat] [sat] */
    return 0;
}
''',

    120: r'''#include <stdlib.h>
#include <string.h>

static int ascending(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* Write the k largest values of src (length n, 0 <= k <= n) into dst,
 * smallest of them first. src is left alone; a scratch copy gets sorted.
 * Returns 0 on success and -1 if the scratch buffer cannot be allocated. */
int top_k_sorted(const int *src, size_t n, size_t k, int *dst)
{
    if (k == 0)
        return 0;
    int *tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL)
        return -1;
    memcpy(tmp, src, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, ascending);
    memcpy(dst, tmp + (n - k), k * sizeof *dst);
    free(tmp);
    return 0;
}
''',

    121: r'''/* Adds up the odd numbers that sit at even indices (0, 2, 4, ...). */
#include <stdio.h>

int odd_at_even_slots(const int *xs, int len)
{
    int total = 0;
    for (int i = 0; i < len; i += 2)
        if (xs[i] % 2 != 0)
            total += xs[i];
    return total;
}

int main(void)
{
    int a[] = { 9, 2, 4, 7, 1 };
    int b[] = { 2, 11, 6, 13 };
    int c[] = { 15 };
    printf("%d\n", odd_at_even_slots(a, 5));  /* prints 10 */
    printf("%d\n", odd_at_even_slots(b, 4));  /* prints 0  */
    printf("%d\n", odd_at_even_slots(c, 1));  /* prints 15 */
    return 0;
}
''',
}


C_HELDOUT7 = {
    15: r'''/* Build the text "0 1 2 ... n": every integer from zero up to and
 * including n, separated by single spaces. The buffer is grown on demand
 * and returned to the caller, who must free it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *count_up_text(int n)
{
    size_t cap = 16, used = 0;
    char *buf = malloc(cap);
    if (buf == NULL)
        return NULL;
    buf[0] = '\0';

    for (int i = 0; i <= n; ++i) {
        char piece[16];
        int len = snprintf(piece, sizeof piece, i ? " %d" : "%d", i);
        while (used + (size_t)len + 1 > cap) {
            char *grown = realloc(buf, cap * 2);
            if (grown == NULL) {
                free(buf);
                return NULL;
            }
            buf = grown;
            cap *= 2;
        }
        memcpy(buf + used, piece, (size_t)len + 1);
        used += (size_t)len;
    }
    return buf;
}

int main(void)
{
    int tests[] = { 3, 0, 10 };
    for (int t = 0; t < 3; ++t) {
        char *s = count_up_text(tests[t]);
        printf("[%s]\n", s);
        free(s);
    }
    /* [0 1 2 3]
       [0]
       [0 1 2 3 4 5 6 7 8 9 10] */
    return 0;
}
''',

    23: r'''#include <stddef.h>
#include <stdio.h>

/* Number of characters in a NUL-terminated string, found by walking a
 * pointer up to the terminator and subtracting. */
size_t char_count(const char *text)
{
    const char *end = text;
    while (*end != '\0')
        ++end;
    return (size_t)(end - text);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        printf("%s: %zu\n", argv[i], char_count(argv[i]));
    return 0;
}
''',

    39: r'''/* Fibonacci primes: step through the Fibonacci sequence and return the
 * k-th term (counting from 1) that is also a prime number. The terms grow
 * quickly, so unsigned long long only covers about the first dozen. */
#include <stdbool.h>
#include <stdio.h>

static bool prime_u64(unsigned long long v)
{
    if (v < 2)
        return false;
    if (v % 2 == 0)
        return v == 2;
    for (unsigned long long d = 3; d * d <= v; d += 2)
        if (v % d == 0)
            return false;
    return true;
}

unsigned long long kth_fib_prime(int k)
{
    unsigned long long a = 0, b = 1;
    for (;;) {
        unsigned long long next = a + b;
        a = b;
        b = next;
        if (prime_u64(b) && --k == 0)
            return b;
    }
}

int main(void)
{
    printf("%llu\n", kth_fib_prime(6));   /* 233   */
    printf("%llu\n", kth_fib_prime(7));   /* 1597  */
    printf("%llu\n", kth_fib_prime(8));   /* 28657 */
    return 0;
}
''',

    63: r'''/* A three-term cousin of the Fibonacci numbers: t(0) = 0, t(1) = 0,
 * t(2) = 1, and each later term is the sum of the three terms before it.
 * A plain loop with three rolling variables keeps this linear instead of
 * the exponential blow-up of the naive recursion. */
long long trib_like(int n)
{
    if (n < 2)
        return 0;
    long long a = 0, b = 0, c = 1;
    for (int i = 2; i < n; ++i) {
        long long d = a + b + c;
        a = b;
        b = c;
        c = d;
    }
    return c;
}
''',

    87: r'''/* Searching a ragged 2-D array.
 *
 * rows[i] points at row i, which holds widths[i] ints (rows can have any
 * length, zero included). Record the (row, column) position of every cell
 * equal to target. Results are grouped by row from top to bottom, and
 * inside a row they run from the rightmost column to the leftmost.
 * At most max_hits positions are stored; the count stored is returned.
 */
#include <stddef.h>

struct cell {
    size_t row;
    size_t col;
};

size_t locate_all(const int *const *rows, const size_t *widths, size_t nrows,
                  int target, struct cell *hits, size_t max_hits)
{
    size_t found = 0;
    for (size_t r = 0; r < nrows; ++r)
        for (size_t c = widths[r]; c-- > 0;)
            if (rows[r][c] == target && found < max_hits)
                hits[found++] = (struct cell){ r, c };
    return found;
}
''',

    107: r'''#include <stdio.h>

static int reads_same_backwards(int v)
{
    int rev = 0, orig = v;
    for (; v > 0; v /= 10)
        rev = rev * 10 + v % 10;
    return rev == orig;
}

/* Among the integers 1..limit, count the palindromic ones, split into even
 * and odd. */
void palindrome_parity(int limit, int *evens, int *odds)
{
    *evens = *odds = 0;
    for (int k = 1; k <= limit; ++k)
        if (reads_same_backwards(k))
            ++*(k % 2 ? odds : evens);
}

int main(void)
{
    int e, o;
    palindrome_parity(25, &e, &o);
    printf("%d %d\n", e, o);   /* 5 6  */
    palindrome_parity(9, &e, &o);
    printf("%d %d\n", e, o);   /* 4 5  */
    palindrome_parity(100, &e, &o);
    printf("%d %d\n", e, o);   /* 8 10 */
    return 0;
}
''',

    131: r'''/* Multiply together every odd decimal digit of a positive number. When
 * not a single digit is odd the answer is defined to be 0. */
unsigned long odd_digit_product(unsigned long n)
{
    unsigned long prod = 1;
    int seen = 0;
    for (; n > 0; n /= 10) {
        unsigned d = (unsigned)(n % 10);
        if (d & 1u) {
            prod *= d;
            seen = 1;
        }
    }
    return seen ? prod : 0;
}
''',

    155: r'''// Count how many decimal digits of an integer are even and how many are
// odd. The sign is ignored, and 0 is treated as the single digit 0.
#include <stdio.h>

void digit_parity(long long value, int *even, int *odd)
{
    unsigned long long u = value < 0 ? 0ULL - (unsigned long long)value
                                     : (unsigned long long)value;
    *even = *odd = 0;
    do {
        if ((u % 10) % 2 == 0)
            ++*even;
        else
            ++*odd;
        u /= 10;
    } while (u != 0);
}

int main(void)
{
    int e, o;
    digit_parity(-4071, &e, &o);
    printf("even=%d odd=%d\n", e, o);   // even=2 odd=2
    digit_parity(0, &e, &o);
    printf("even=%d odd=%d\n", e, o);   // even=1 odd=0
    digit_parity(13579, &e, &o);
    printf("even=%d odd=%d\n", e, o);   // even=0 odd=5
    return 0;
}
''',
}


PY7 = {
    122: r'''# Quick exercise: look only at the first `count` entries of a list and add
# up the ones that are "short", meaning they print with at most two
# characters (7 and 42 qualify, 305 does not).


def sum_short_prefix(values, count):
    total = 0
    for v in values[:count]:
        if -10 < v < 100:
            total += v
    return total


print(sum_short_prefix([5, 120, 33, 7, 1000], 4))   # 45
print(sum_short_prefix([250, 99, 10, 1], 2))        # 99
print(sum_short_prefix([400, 500, 60], 3))          # 60
''',

    125: r'''import re


def chop_text(text):
    """Break `text` into pieces.

    If the text contains a space, split it on whitespace. Failing that, if it
    contains commas, split on the commas. If there is nothing to split on,
    return instead how many lowercase letters occupy an odd slot of the
    alphabet when 'a' is slot 0 (that is b, d, f, ..., z).
    """
    if " " in text:
        return text.split()
    if "," in text:
        return [part for part in re.split(r"[,\s]+", text) if part]
    return sum(1 for ch in text if "a" <= ch <= "z" and (ord(ch) - ord("a")) % 2 == 1)
''',

    126: r'''from collections import Counter


def ascending_with_few_repeats(nums):
    """True when nums never decreases and no value appears three or more times.

    >>> ascending_with_few_repeats([0, 0, 1, 5])
    True
    >>> ascending_with_few_repeats([4, 7, 7, 9, 12])
    True
    >>> ascending_with_few_repeats([2, 2, 2])
    False
    >>> ascending_with_few_repeats([3, 1])
    False
    """
    if any(times > 2 for times in Counter(nums).values()):
        return False
    return all(a <= b for a, b in zip(nums, nums[1:]))
''',

    130: r'''def weird_sequence(n):
    # A made-up recurrence; return its first n + 1 terms (indices 0..n).
    #   term 0 is 1 and term 1 is 3;
    #   an even index i gives 1 + i/2;
    #   an odd index i >= 3 adds the two previous terms and the *next* one,
    #   and because the next index is even its value is known directly:
    #   1 + (i + 1)/2.
    seq = [1, 3]
    while len(seq) <= n:
        i = len(seq)
        nxt = 1 + i // 2 if i % 2 == 0 else seq[-1] + seq[-2] + 1 + (i + 1) // 2
        seq.append(nxt)
    return seq[: n + 1]
''',

    132: r'''def has_nested_pair(brackets):
    """Given a string of '[' and ']', decide whether some selection of its
    characters (kept in order) forms a valid bracket sequence in which one
    pair sits inside another. That is the same as asking whether "[[]]"
    occurs as a subsequence, which the shared iterator below checks in one
    pass.
    """
    remaining = iter(brackets)
    return all(ch in remaining for ch in "[[]]")


assert has_nested_pair("[[]]]")
assert has_nested_pair("][[]][")
assert has_nested_pair("[][][]")
assert not has_nested_pair("[[[")
assert not has_nested_pair("]][[")
''',

    138: r'''def four_even_parts(total):
    # Can `total` be split into four positive even summands, no more, no fewer?
    # Each part is 2 * (something >= 1), so total has to be even and
    # total / 2 has to be at least 4; conversely any such total works,
    # e.g. 2 + 2 + 2 + (total - 6).
    return total % 2 == 0 and total // 2 >= 4
''',

    141: r'''ALLOWED_EXTENSIONS = {"txt", "exe", "dll"}


def valid_filename(name):
    """Return "Yes" or "No" depending on whether `name` obeys all these rules:

    * the name contains exactly one '.';
    * the part after the dot is txt, exe or dll;
    * the part before the dot is non-empty and starts with a letter;
    * no more than three digit characters appear in the name.

    >>> valid_filename("a1.exe")
    'Yes'
    >>> valid_filename("Setup_v2.dll")
    'Yes'
    >>> valid_filename("report2024.txt")
    'No'
    >>> valid_filename("notes.pdf")
    'No'
    >>> valid_filename("_tmp.exe")
    'No'
    """
    if name.count(".") != 1:
        return "No"
    stem, _, ext = name.partition(".")
    ok = (
        ext in ALLOWED_EXTENSIONS
        and stem[:1].isalpha()
        and sum(ch.isdigit() for ch in stem) <= 3
    )
    return "Yes" if ok else "No"
''',

    142: r'''def weighted_power_sum(numbers):
    """Add up a list after raising some entries to a power based on their
    position: an index divisible by 3 squares the entry, an index divisible
    by 4 (but not 3) cubes it, and every other entry counts as it is.
    """
    def exponent(i):
        if i % 3 == 0:
            return 2
        return 3 if i % 4 == 0 else 1

    return sum(v ** exponent(i) for i, v in enumerate(numbers))
''',

    144: r'''from fractions import Fraction


def product_is_whole(a, b):
    """a and b are positive fractions written as "num/den" strings.
    Report whether multiplying them gives an integer."""
    return (Fraction(a) * Fraction(b)).denominator == 1


if __name__ == "__main__":
    print(product_is_whole("3/4", "8/3"))   # True   (24/12 = 2)
    print(product_is_whole("2/3", "5/7"))   # False  (10/21)
    print(product_is_whole("9/2", "4/9"))   # True   (36/18 = 2)
    print(product_is_whole("5/6", "3/5"))   # False  (15/30)
''',

    149: r'''def even_words_sorted(words):
    # Throw away every string whose length is odd, then order the rest by
    # length, breaking ties alphabetically. Duplicates are kept.
    return sorted((w for w in words if len(w) % 2 == 0), key=lambda w: (len(w), w))
''',

    153: r'''def pick_plugin(base, plugins):
    """Choose the plugin name with the highest "shout score" and attach it to
    `base` with a dot, e.g. base + "." + winner.

    The shout score of a name is its number of uppercase letters minus its
    number of lowercase letters. If several plugins tie, the earliest one in
    the list wins (max() already keeps the first maximal item).
    """
    def score(name):
        letters = [c for c in name if c.isalpha()]
        return sum(c.isupper() for c in letters) - sum(c.islower() for c in letters)

    return f"{base}.{max(plugins, key=score)}"
''',

    160: r'''import operator

# Evaluate a chain like  a op1 b op2 c ...  where the operators are given in
# one list and the non-negative integer operands in another (one operand
# more than operators). Normal precedence applies: ** binds tightest and
# groups to the right, then * and //, then + and -.
# Example: operators ['*', '+', '**'] with operands [3, 4, 2, 2] means
# 3 * 4 + 2 ** 2, which is 16; ['//', '-'] with [17, 5, 1] gives 2;
# ['**', '*'] with [2, 3, 4] gives 32.

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "//": 2, "**": 3}
APPLY = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "//": operator.floordiv,
    "**": operator.pow,
}


def evaluate_chain(ops, nums):
    pos = 0  # index of the next operand; ops[pos] follows nums[pos]

    def parse(min_prec):
        nonlocal pos
        left = nums[pos]
        while pos < len(ops) and PRECEDENCE[ops[pos]] >= min_prec:
            op = ops[pos]
            pos += 1
            # right-associative ** may reuse its own level, others must climb
            next_min = PRECEDENCE[op] if op == "**" else PRECEDENCE[op] + 1
            right = parse(next_min)
            left = APPLY[op](left, right)
        return left

    return parse(1)
''',
}


PY_HELDOUT7 = {
    19: r'''WORD_VALUE = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())}


def order_number_words(text):
    """Reorder a space-separated list of English digit words ("zero" up to
    "nine") by the value they name and return them as one string.

    >>> order_number_words("nine two seven zero")
    'zero two seven nine'
    >>> order_number_words("five five one")
    'one five five'
    """
    return " ".join(sorted(text.split(), key=WORD_VALUE.__getitem__))
''',

    47: r'''def middle_value(values):
    # Middle element of the data once sorted; for an even count, the average
    # of the two central elements.
    ordered = sorted(values)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2
''',

    71: r'''import math


def heron_area(x, y, z):
    """Area of the triangle with side lengths x, y and z, rounded to two
    decimals, or -1 if the sides cannot close up into a proper triangle
    (some side is at least as long as the other two together).

    Examples: sides 5, 5, 8 give 12.0; sides 7, 8, 9 give 26.83;
    sides 2, 3, 6 give -1.
    """
    small, mid, big = sorted((x, y, z))
    if small + mid <= big:
        return -1
    p = (x + y + z) / 2
    return round(math.sqrt(p * (p - x) * (p - y) * (p - z)), 2)
''',

    95: r'''def uniform_key_case(mapping):
    """True if `mapping` is non-empty and its keys are either all lowercase
    strings or all uppercase strings. Mixed case, any non-string key, or an
    empty mapping gives False."""
    keys = list(mapping)
    if not keys or not all(isinstance(k, str) for k in keys):
        return False
    return all(k.islower() for k in keys) or all(k.isupper() for k in keys)
''',

    119: r'''# Two strings of parentheses are given; can they be glued together, in one
# order or the other, into a balanced string?  A string works as the left
# half if it never dips below zero depth; the right half must then never dip
# below the depth the left half leaves behind, and the totals must cancel.


def _balance_profile(s):
    """Return (final depth, lowest depth reached) for a paren string."""
    depth = low = 0
    for ch in s:
        depth += 1 if ch == "(" else -1
        low = min(low, depth)
    return depth, low


def can_join_balanced(pair):
    first, second = pair
    for a, b in ((first, second), (second, first)):
        da, la = _balance_profile(a)
        db, lb = _balance_profile(b)
        if da + db == 0 and la >= 0 and da + lb >= 0:
            return "Yes"
    return "No"


# can_join_balanced(["(()", ")"])   -> "Yes"
# can_join_balanced([")(", "()"])   -> "No"
# can_join_balanced([")", "("])     -> "Yes"
''',

    143: r'''def _is_prime(k):
    return k > 1 and all(k % d for d in range(2, int(k ** 0.5) + 1))


def prime_length_words(sentence):
    # Keep only the words whose length is a prime number, in their original
    # order, joined back together with single spaces.
    return " ".join(w for w in sentence.split() if _is_prime(len(w)))
''',
}


OTHER7 = [
    # C, examples: product of the even digits (close to the odd-digit product)
    r'''/* even_digit_product.c
 * Multiply the even decimal digits (0, 2, 4, 6, 8) of a non-negative number.
 * If the number contains no even digit at all, return -1 instead.
 */
#include <stdio.h>

long even_digit_product(unsigned long n)
{
    long prod = 1;
    int any = 0;
    do {
        unsigned d = (unsigned)(n % 10);
        if (d % 2 == 0) {
            prod *= (long)d;
            any = 1;
        }
        n /= 10;
    } while (n > 0);
    return any ? prod : -1;
}

int main(void)
{
    printf("%ld\n", even_digit_product(2468));  /* 384 */
    printf("%ld\n", even_digit_product(1357));  /* -1  */
    printf("%ld\n", even_digit_product(402));   /* 0   */
    printf("%ld\n", even_digit_product(25));    /* 2   */
    return 0;
}
''',

    # C, examples: maximum nesting depth of parentheses (close to bracket checking)
    r'''#include <assert.h>

/* Deepest nesting level reached by a string of '(' and ')'.
 * Returns -1 if the string is not balanced (a ')' with nothing open, or
 * groups left open at the end). An empty string has depth 0. */
int paren_depth(const char *s)
{
    int depth = 0, deepest = 0;
    for (; *s; ++s) {
        depth += (*s == '(') ? 1 : -1;
        if (depth < 0)
            return -1;
        if (depth > deepest)
            deepest = depth;
    }
    return depth == 0 ? deepest : -1;
}

int main(void)
{
    assert(paren_depth("(()(()))") == 3);
    assert(paren_depth("()()") == 1);
    assert(paren_depth("(()") == -1);
    assert(paren_depth("") == 0);
    assert(paren_depth("())(()") == -1);
    return 0;
}
''',

    # C, no examples: ROT13 (close to the shift-by-five cipher)
    r'''#include <ctype.h>
#include <stdio.h>

/* ROT13 in place: each ASCII letter is moved 13 places along the alphabet,
 * wrapping around, with its case preserved. Anything that is not a letter
 * is left as it is. Applying the function twice restores the input. */
void rot13_inplace(char *s)
{
    for (; *s; ++s) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'a' && c <= 'z')
            *s = (char)('a' + (c - 'a' + 13) % 26);
        else if (c >= 'A' && c <= 'Z')
            *s = (char)('A' + (c - 'A' + 13) % 26);
    }
}

int main(void)
{
    int ch;
    char one[2] = { 0, 0 };
    while ((ch = getchar()) != EOF) {
        one[0] = (char)ch;
        rot13_inplace(one);
        putchar(one[0]);
    }
    return 0;
}
''',

    # C, no examples: count words with exactly k vowels (close to consonant selection)
    r'''/*
 * Counting words by vowel content
 *
 * Given a sentence of letters separated by spaces, count how many of its
 * words contain exactly k vowels (a, e, i, o, u in either case). The scan
 * below handles repeated spaces and leading or trailing blanks.
 */
#include <ctype.h>
#include <string.h>

int words_with_k_vowels(const char *text, int k)
{
    int hits = 0;
    int vowels = 0;
    int in_word = 0;

    for (;; ++text) {
        unsigned char c = (unsigned char)*text;
        if (c == '\0' || c == ' ') {
            if (in_word && vowels == k)
                ++hits;
            in_word = 0;
            vowels = 0;
            if (c == '\0')
                break;
        } else {
            in_word = 1;
            if (strchr("aeiou", tolower(c)))
                ++vowels;
        }
    }
    return hits;
}
''',

    # Python, examples: even values at odd indices (close to odd values at even indices)
    r'''def even_at_odd_positions(nums):
    """Sum the entries that are even and sit at an odd index (1, 3, 5, ...).

    >>> even_at_odd_positions([3, 8, 5, 6, 2, 10])
    24
    >>> even_at_odd_positions([1, 3, 5])
    0
    >>> even_at_odd_positions([7, -2, 0, 9])
    -2
    """
    return sum(x for x in nums[1::2] if x % 2 == 0)
''',

    # Python, examples: words whose length is a perfect square (close to prime-length words)
    r'''# Filter a sentence down to the words whose length is a perfect square
# (1, 4, 9, 16, ...), keeping their order.
import math


def square_length_words(sentence):
    keep = []
    for word in sentence.split():
        root = math.isqrt(len(word))
        if root * root == len(word):
            keep.append(word)
    return " ".join(keep)


assert square_length_words("a tree grows slowly") == "a tree"
assert square_length_words("sun and moon") == "moon"
assert square_length_words("I think extraordinarily") == "I"
''',

    # Python, no examples: sum of three positive odd numbers (close to four even parts)
    r'''def three_odd_parts(n):
    """Decide whether n is the sum of exactly three positive odd integers.

    Three odd numbers always add up to an odd number, and the smallest such
    sum is 1 + 1 + 1, so n must be odd and at least 3. Every such n can be
    reached as 1 + 1 + (n - 2).
    """
    return n >= 3 and n % 2 == 1
''',

    # Python, no examples: sort words by vowel count (close to sorting by length)
    r'''VOWELS = set("aeiouAEIOU")


def by_vowel_count(words):
    # Return a new list with the words ordered by how many vowels they
    # contain, fewest first; words with equal counts are ordered
    # alphabetically. The input list is not modified.
    def key(word):
        return (sum(ch in VOWELS for ch in word), word)

    return sorted(words, key=key)
''',
]
