"""Twenty-third batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C23A: positives keyed by HumanEval item number, items 17, 21, 24, 34, 36, 49, 57, 68, 69, 73, 81, 102, 106, 109, 121, 124, 125, 137, 140, 146, 156, 158, 161, 162.
  C_HELDOUT23A: held-out documents, items 19, 55, 87, 99, 103, 111, 123.
  OTHER_C23A: seven C look-alikes with a different rule:
    0. additive (non-subtractive) upper-case Roman numerals: 4 -> IIII, 9 -> VIIII, 900 -> DCCCC
    1. pick the smallest element divisible by 3 (first index on ties), instead of the smallest even one
    2. slugify: lower-case alphanumerics, every run of other characters becomes one hyphen, no leading/trailing hyphens
    3. zigzag test: neighbours must strictly alternate up/down (not monotonic)
    4. word with the FEWEST distinct characters, ties broken by greater length, then list order
    5. validate a 24-hour HH:MM time string (00-23 hours, 00-59 minutes, exactly 5 chars)
    6. z-score standardisation (subtract mean, divide by population std dev) instead of min-max scaling to [0,1]
"""

C23A = {}
C_HELDOUT23A = {}
OTHER_C23A = []

C23A[17] = r'''/*
 * beats.c -- tiny parser for the "ASCII score" format used in our ear-training
 * exercises.  A score is a sequence of tokens separated by blanks:
 *
 *     o    whole note    -> 4 beats
 *     o|   half note     -> 2 beats
 *     .|   quarter note  -> 1 beat
 *
 * note_durations() walks the score and writes the beat count of every token
 * into `out` (which must have room for at least strlen(score)/2 + 1 ints).
 * It returns how many notes were written.  Repeated blanks are tolerated.
 */
#include <stdio.h>
#include <string.h>

static int token_beats(const char *tok, size_t len)
{
    if (len == 1 && tok[0] == 'o')
        return 4;
    if (len == 2 && tok[1] == '|') {
        if (tok[0] == 'o') return 2;
        if (tok[0] == '.') return 1;
    }
    return -1; /* not a note we know about */
}

int note_durations(const char *score, int *out)
{
    int count = 0;
    const char *p = score;

    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        int b = token_beats(start, (size_t)(p - start));
        if (b > 0)
            out[count++] = b;
    }
    return count;
}

int main(void)
{
    /* expected: 2 2 4 1 1 2 */
    const char *bar = "o| o| o .| .| o|";
    int beats[32];
    int n = note_durations(bar, beats);

    for (int i = 0; i < n; i++)
        printf("%d%c", beats[i], i + 1 < n ? ' ' : '\n');
    return 0;
}
'''

C23A[21] = r'''#include <stddef.h>

/* Smallest and largest entries of a (non-empty) array of doubles. */
static void find_extremes(const double *v, size_t n, double *lo, double *hi)
{
    *lo = *hi = v[0];
    for (size_t i = 1; i < n; i++) {
        if (v[i] < *lo) *lo = v[i];
        if (v[i] > *hi) *hi = v[i];
    }
}

/*
 * Min-max normalisation, done in place.
 *
 * After the call the smallest value of the array is 0.0, the largest is 1.0
 * and everything in between is mapped linearly onto [0, 1].  The caller has
 * to pass at least two values, and they must not all be equal (otherwise the
 * span is zero and we would divide by it).
 */
void normalize_minmax(double *values, size_t count)
{
    double lo, hi;
    find_extremes(values, count, &lo, &hi);

    double span = hi - lo;
    for (size_t i = 0; i < count; i++)
        values[i] = (values[i] - lo) / span;
}
'''

C23A[24] = r'''#include <assert.h>

/*
 * Biggest proper divisor of n (the largest d < n with n % d == 0).
 *
 * Instead of counting down from n-1, find the smallest factor p >= 2;
 * then n / p is the largest divisor below n.  If no factor exists up to
 * sqrt(n), n is prime and the answer is 1.  Expects n >= 2.
 */
long greatest_proper_divisor(long n)
{
    for (long p = 2; p * p <= n; p++) {
        if (n % p == 0)
            return n / p;
    }
    return 1;
}

int main(void)
{
    assert(greatest_proper_divisor(21) == 7);
    assert(greatest_proper_divisor(64) == 32);
    assert(greatest_proper_divisor(13) == 1);   /* prime */
    assert(greatest_proper_divisor(2) == 1);
    assert(greatest_proper_divisor(121) == 11);
    return 0;
}
'''

C23A[34] = r'''#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Sorts arr in ascending order and squeezes out repeated values, so that
 * arr[0 .. k-1] holds each distinct value exactly once.  Returns k.
 * Works in place; the tail of the array after k is left as garbage.
 */
size_t sort_distinct(int *arr, size_t len)
{
    if (len == 0)
        return 0;

    qsort(arr, len, sizeof *arr, cmp_int);

    size_t k = 1;
    for (size_t i = 1; i < len; i++) {
        if (arr[i] != arr[k - 1])
            arr[k++] = arr[i];
    }
    return k;
}
'''

C23A[36] = r'''// Q: "How many times does the digit 7 show up when you write out every number
// below n that is a multiple of 11 or of 13?"
//
// Straightforward answer: loop over 0..n-1, keep the multiples, and count the
// sevens digit by digit -- no need to build strings.
#include <stdio.h>

static int sevens_in(int x)
{
    int c = 0;
    while (x > 0) {
        if (x % 10 == 7)
            c++;
        x /= 10;
    }
    return c;
}

int count_sevens(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++)
        if (i % 11 == 0 || i % 13 == 0)
            total += sevens_in(i);
    return total;
}

int main(void)
{
    // below 120: 77 (two sevens), 78 and 117 (one each) -> 4
    printf("%d\n", count_sevens(120));
    // below 250 the total climbs to 7
    printf("%d\n", count_sevens(250));
    // below 30: nothing with a 7 in it -> 0
    printf("%d\n", count_sevens(30));
    return 0;
}
'''

C23A[49] = r'''#include <stdint.h>

/*
 * pow2_mod(e, m) -- compute 2**e mod m without ever forming 2**e.
 *
 * Square-and-multiply over the bits of the exponent.  All intermediate
 * products are done in 64 bits, so any modulus that fits in 32 bits is safe.
 * For e == 0 the result is 1.
 */
uint32_t pow2_mod(uint32_t e, uint32_t m)
{
    uint64_t result = 1;
    uint64_t base = 2 % m;

    while (e) {
        if (e & 1u)
            result = (result * base) % m;
        base = (base * base) % m;
        e >>= 1;
    }
    return (uint32_t)result;
}
'''

C23A[57] = r'''#include <stdbool.h>
#include <stddef.h>
#include <assert.h>

/*
 * is_sorted_either_way: true when the sequence never goes down (each element
 * >= the one before it) or never goes up (each element <= the one before).
 * Runs of equal values are allowed in both cases; empty and one-element
 * arrays count as sorted.
 */
bool is_sorted_either_way(const int *a, size_t n)
{
    bool rising = true, falling = true;

    for (size_t i = 1; i < n; i++) {
        if (a[i] < a[i - 1]) rising = false;
        if (a[i] > a[i - 1]) falling = false;
    }
    return rising || falling;
}

int main(void)
{
    int up[]    = {-3, 0, 0, 8, 15};
    int down[]  = {50, 12, 12, 7};
    int wobble[] = {2, 9, 3, 11};
    int flat[]  = {6, 6, 6};

    assert(is_sorted_either_way(up, 5));
    assert(is_sorted_either_way(down, 4));
    assert(!is_sorted_either_way(wobble, 4));
    assert(is_sorted_either_way(flat, 3));
    return 0;
}
'''

C23A[68] = r'''/* tree_pick.h / tree_pick.c
 *
 * A branch of a tree is stored as an array of non-negative node values.
 * pick_node() chooses the node we want to remove: the one with the smallest
 * even value; if that value occurs more than once, the occurrence with the
 * lowest index wins.  When the branch is empty or contains no even value at
 * all, nothing is picked (found == 0).
 */
#include <stddef.h>

struct pick {
    int found;      /* 0 -> nothing to pick                */
    int value;      /* smallest even value                 */
    size_t index;   /* position of its first occurrence    */
};

struct pick pick_node(const int *branch, size_t len)
{
    struct pick best = { 0, 0, 0 };

    for (size_t i = 0; i < len; i++) {
        int v = branch[i];
        if (v % 2 != 0)
            continue;
        /* strict '<' keeps the earliest index on ties */
        if (!best.found || v < best.value) {
            best.found = 1;
            best.value = v;
            best.index = i;
        }
    }
    return best;
}
'''

C23A[69] = r'''/*
 * Exercise 4.7 -- "self-counting" values.
 *
 * Given a non-empty array of positive integers, call a value v "heavy" if it
 * appears at least v times.  Report the largest heavy value, or -1 if there
 * is none.
 *
 *   {3, 1, 3, 6, 3}           -> 3   (3 appears three times, 1 once)
 *   {2, 2, 4, 4, 4, 1}        -> 2   (4 only appears three times)
 *   {7, 7, 5}                 -> -1
 */
#include <stdio.h>
#include <stdlib.h>

int largest_heavy(const int *vals, int n)
{
    int top = 0;
    for (int i = 0; i < n; i++)
        if (vals[i] > top)
            top = vals[i];

    int *freq = calloc((size_t)top + 1, sizeof *freq);
    if (!freq)
        return -1;
    for (int i = 0; i < n; i++)
        freq[vals[i]]++;

    int answer = -1;
    for (int v = top; v >= 1; v--) {
        if (freq[v] >= v) {
            answer = v;
            break;
        }
    }
    free(freq);
    return answer;
}

int main(void)
{
    int a[] = {3, 1, 3, 6, 3};
    int b[] = {2, 2, 4, 4, 4, 1};
    int c[] = {7, 7, 5};

    printf("%d %d %d\n",
           largest_heavy(a, 5), largest_heavy(b, 6), largest_heavy(c, 3));
    return 0;
}
'''

C23A[73] = r'''#include <stddef.h>

/* How many single-element edits does it take to turn `a` into a palindrome?
 *
 * Each edit overwrites one element with any value we like.  Comparing the
 * array from both ends at once, every mirrored pair that disagrees costs
 * exactly one edit (overwrite either side to match the other), and pairs
 * that already agree cost nothing.  The middle element of an odd-length
 * array never needs touching.
 */
int palindrome_edits(const int *a, size_t n)
{
    int edits = 0;
    size_t lo = 0, hi = n;

    while (hi > lo + 1) {
        hi--;
        if (a[lo] != a[hi])
            edits++;
        lo++;
    }
    return edits;
}
'''

C23A[81] = r'''/*
 * gpa2letter.c
 *
 * The registrar's table for turning a GPA into a letter:
 *
 *     exactly 4.0   A+        above 2.0   C+
 *     above 3.7     A         above 1.7   C
 *     above 3.3     A-        above 1.3   C-
 *     above 3.0     B+        above 1.0   D+
 *     above 2.7     B         above 0.7   D
 *     above 2.3     B-        above 0.0   D-
 *                             otherwise   E
 *
 * Note the bounds are exclusive: a GPA of exactly 3.0 is a B, not a B+.
 *
 * Sample run:
 *     3.9 -> A, 3.0 -> B, 0.7 -> D-, 2.5 -> B-, 0.0 -> E
 */
#include <stdio.h>

struct band { double above; const char *letter; };

static const struct band bands[] = {
    {3.7, "A"}, {3.3, "A-"}, {3.0, "B+"}, {2.7, "B"}, {2.3, "B-"},
    {2.0, "C+"}, {1.7, "C"}, {1.3, "C-"}, {1.0, "D+"}, {0.7, "D"},
    {0.0, "D-"},
};

const char *gpa_to_letter(double gpa)
{
    if (gpa == 4.0)
        return "A+";
    for (size_t i = 0; i < sizeof bands / sizeof bands[0]; i++)
        if (gpa > bands[i].above)
            return bands[i].letter;
    return "E";
}

/* Fill out[i] with the letter for gpas[i]. */
void letters_for_class(const double *gpas, const char **out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = gpa_to_letter(gpas[i]);
}

int main(void)
{
    double gpas[] = {3.9, 3.0, 0.7, 2.5, 0.0};
    const char *letters[5];

    letters_for_class(gpas, letters, 5);
    for (int i = 0; i < 5; i++)
        printf("%.1f -> %s\n", gpas[i], letters[i]);
    return 0;
}
'''

C23A[102] = r'''/* Largest even integer in the closed range [lo, hi], for positive lo and hi.
 * Returns -1 when the range is empty (lo > hi) or holds no even number
 * (lo == hi and odd).
 */
int max_even_between(int lo, int hi)
{
    if (lo > hi)
        return -1;

    int candidate = (hi % 2 == 0) ? hi : hi - 1;
    return candidate >= lo ? candidate : -1;
}
'''

C23A[106] = r'''/*
 * Build a table of length n where position k (counting from 1) holds
 *   k!            when k is even,
 *   1 + 2 + ... + k   when k is odd.
 * The table is written into out[0..n-1].
 *
 * e.g. n = 6  ->  1 2 6 24 15 720
 *      n = 4  ->  1 2 6 24
 */
#include <stdio.h>

void alt_fact_tri(int n, long long *out)
{
    long long fact = 1;  /* running k! */
    long long tri = 0;   /* running 1 + ... + k */

    for (int k = 1; k <= n; k++) {
        fact *= k;
        tri += k;
        out[k - 1] = (k % 2 == 0) ? fact : tri;
    }
}

int main(void)
{
    long long t[10];
    alt_fact_tri(9, t);
    for (int i = 0; i < 9; i++)
        printf("%lld ", t[i]);   /* 1 2 6 24 15 720 28 40320 45 */
    putchar('\n');
    return 0;
}
'''

C23A[109] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * can_rotate_to_sorted -- the array holds distinct integers.  We may rotate
 * it to the right (last element moves to the front) as many times as we
 * like.  Can some rotation make it ascending?
 *
 * Think of the array as a ring.  A rotation of a sorted array has at most one
 * place where a value is followed by a smaller one (the seam between the
 * biggest and smallest element), counting the wrap-around pair from the last
 * element back to the first.  So we just count the "drops" around the ring.
 * An empty array is trivially fine.
 */
bool can_rotate_to_sorted(const int *arr, size_t n)
{
    if (n == 0)
        return true;

    size_t drops = 0;
    for (size_t i = 0; i < n; i++) {
        size_t next = (i + 1) % n;
        if (arr[i] > arr[next])
            drops++;
    }
    return drops <= 1;
}
'''

C23A[121] = r'''#include <stdio.h>

/* Adds up the odd numbers that sit at even indices (0, 2, 4, ...).
 * Negative odd numbers count as odd too, so we test x % 2 != 0 rather
 * than x % 2 == 1.
 *
 *   {9, 2, 4, 7, 11}  -> 9 + 11 = 20
 *   {6, 1, 8}         -> 0
 *   {-5, 3, 1}        -> -5 + 1 = -4
 */
long odd_at_even_positions(const int *xs, int len)
{
    long acc = 0;
    for (int i = 0; i < len; i += 2)
        if (xs[i] % 2 != 0)
            acc += xs[i];
    return acc;
}

int main(void)
{
    int a[] = {9, 2, 4, 7, 11};
    int b[] = {6, 1, 8};
    int c[] = {-5, 3, 1};
    printf("%ld %ld %ld\n", odd_at_even_positions(a, 5),
           odd_at_even_positions(b, 3), odd_at_even_positions(c, 3));
    return 0;
}
'''

C23A[124] = r'''/*
 * date_check.c -- validate dates written as mm-dd-yyyy.
 *
 * Rules:
 *   - the string must not be empty and must consist of three groups of
 *     digits separated by '-' (anything else, e.g. '/', fails);
 *   - the month must be between 1 and 12;
 *   - the day must be at least 1 and at most 31 for January, March, May,
 *     July, August, October and December, at most 30 for April, June,
 *     September and November, and at most 29 for February (the year is not
 *     looked at, so leap years are not special-cased).
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* Parses a run of digits at *pp, advancing the pointer.  Returns -1 if there
 * are no digits. */
static long read_number(const char **pp)
{
    const char *p = *pp;
    long v = 0;
    int digits = 0;

    while (isdigit((unsigned char)*p)) {
        v = v * 10 + (*p - '0');
        if (v > 100000000L)
            v = 100000000L;   /* clamp, we only need to know it is big */
        p++;
        digits++;
    }
    *pp = p;
    return digits ? v : -1;
}

static int days_in_month(long month)
{
    switch (month) {
    case 2:
        return 29;
    case 4: case 6: case 9: case 11:
        return 30;
    default:
        return 31;
    }
}

bool is_valid_mdy(const char *s)
{
    if (s == NULL || *s == '\0')
        return false;

    while (isspace((unsigned char)*s))
        s++;

    const char *p = s;
    long month = read_number(&p);
    if (month < 0 || *p++ != '-')
        return false;
    long day = read_number(&p);
    if (day < 0 || *p++ != '-')
        return false;
    long year = read_number(&p);
    if (year < 0)
        return false;

    while (isspace((unsigned char)*p))
        p++;
    if (*p != '\0')
        return false;

    if (month < 1 || month > 12)
        return false;
    if (day < 1 || day > days_in_month(month))
        return false;
    return true;
}
'''

C23A[125] = r'''/*
 * split_or_count()
 *
 * A small text helper with three modes, picked from the input itself:
 *
 *   1. the text contains a space   -> split it on whitespace;
 *   2. otherwise, it contains ','  -> split it on the commas;
 *   3. otherwise                   -> no words at all: return how many
 *      lowercase letters sit at an odd position in the alphabet when 'a'
 *      is position 0 (that is b, d, f, ..., z).
 *
 * Examples
 *   "red green  blue"  -> ["red", "green", "blue"]
 *   "x,y,,z"           -> ["x", "y", "z"]
 *   "hello"            -> 3   (h = 7 and both l = 11)
 *   "Bad"              -> 1   ('B' is uppercase and ignored, 'd' = 3)
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct split_result {
    int is_count;     /* 1: use `count`, 0: use `words`/`nwords` */
    int count;
    char **words;
    int nwords;
};

static int is_sep(char c, int commas_too)
{
    return isspace((unsigned char)c) || (commas_too && c == ',');
}

static char **tokenize(const char *s, int commas_too, int *n_out)
{
    size_t len = strlen(s);
    char **words = malloc((len / 2 + 1) * sizeof *words);
    int n = 0;
    size_t i = 0;

    while (i < len) {
        while (i < len && is_sep(s[i], commas_too))
            i++;
        size_t start = i;
        while (i < len && !is_sep(s[i], commas_too))
            i++;
        if (i > start) {
            char *w = malloc(i - start + 1);
            memcpy(w, s + start, i - start);
            w[i - start] = '\0';
            words[n++] = w;
        }
    }
    *n_out = n;
    return words;
}

struct split_result split_or_count(const char *text)
{
    struct split_result r = {0, 0, NULL, 0};

    if (strchr(text, ' ')) {
        r.words = tokenize(text, 0, &r.nwords);
    } else if (strchr(text, ',')) {
        r.words = tokenize(text, 1, &r.nwords);
    } else {
        r.is_count = 1;
        for (const char *p = text; *p; p++)
            if (*p >= 'a' && *p <= 'z' && (*p - 'a') % 2 == 1)
                r.count++;
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

int main(void)
{
    const char *samples[] = {"red green  blue", "x,y,,z", "hello", "Bad"};

    for (int s = 0; s < 4; s++) {
        struct split_result r = split_or_count(samples[s]);
        printf("%-18s => ", samples[s]);
        if (r.is_count) {
            printf("%d\n", r.count);
        } else {
            for (int i = 0; i < r.nwords; i++)
                printf("[%s]", r.words[i]);
            putchar('\n');
        }
        split_result_free(&r);
    }
    return 0;
}
'''

C23A[137] = r'''#include <stdlib.h>
#include <string.h>

/* A loosely typed number, the way it arrives from a spreadsheet import:
 * either an int, a double, or text such as "3.75" or "3,75" (European
 * decimal comma). */
enum num_kind { NUM_INT, NUM_REAL, NUM_TEXT };

struct loose_num {
    enum num_kind kind;
    union {
        long i;
        double d;
        const char *s;
    } u;
};

static double as_double(const struct loose_num *v)
{
    switch (v->kind) {
    case NUM_INT:
        return (double)v->u.i;
    case NUM_REAL:
        return v->u.d;
    case NUM_TEXT: {
        char buf[64];
        strncpy(buf, v->u.s, sizeof buf - 1);
        buf[sizeof buf - 1] = '\0';
        for (char *p = buf; *p; p++)
            if (*p == ',')
                *p = '.';
        return strtod(buf, NULL);
    }
    }
    return 0.0;
}

/*
 * Returns whichever of the two arguments holds the bigger number, unchanged
 * (so a string stays a string, with its original comma if it had one), or
 * NULL when both represent the same value.
 */
const struct loose_num *bigger_of(const struct loose_num *a,
                                  const struct loose_num *b)
{
    double x = as_double(a), y = as_double(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}
'''

C23A[140] = r'''/* Turning titles into something safe for file names.
 *
 * Rules: a single blank, or two blanks in a row, become the same number of
 * underscores; a run of three or more blanks collapses into a single dash.
 * Nothing else is touched.
 *
 *   "my  notes v2"    -> "my__notes_v2"
 *   "draft    final"  -> "draft-final"
 *   "  x"             -> "__x"
 *   "end   "          -> "end-"
 *
 * `out` must be at least strlen(in) + 1 bytes.
 */
#include <stdio.h>
#include <string.h>

void blanks_to_marks(const char *in, char *out)
{
    size_t o = 0;
    size_t i = 0;

    while (in[i]) {
        if (in[i] != ' ') {
            out[o++] = in[i++];
            continue;
        }
        size_t run = 0;
        while (in[i] == ' ') {
            run++;
            i++;
        }
        if (run > 2) {
            out[o++] = '-';
        } else {
            while (run--)
                out[o++] = '_';
        }
    }
    out[o] = '\0';
}

int main(void)
{
    const char *titles[] = {"my  notes v2", "draft    final", "  x", "end   "};
    char buf[64];

    for (int k = 0; k < 4; k++) {
        blanks_to_marks(titles[k], buf);
        printf("\"%s\" -> \"%s\"\n", titles[k], buf);
    }
    return 0;
}
'''

C23A[146] = r'''#include <stddef.h>

static int leading_digit(int x)
{
    while (x >= 10)
        x /= 10;
    return x;
}

/*
 * Counts the entries that are strictly greater than 10 and whose first and
 * last decimal digits are both odd.  Negative numbers and anything <= 10 are
 * skipped outright.
 */
size_t count_odd_bookends(const int *nums, size_t len)
{
    size_t hits = 0;

    for (size_t k = 0; k < len; k++) {
        int v = nums[k];
        if (v <= 10)
            continue;
        if ((v % 10) % 2 == 1 && leading_digit(v) % 2 == 1)
            hits++;
    }
    return hits;
}
'''

C23A[156] = r'''/*
 * Lower-case Roman numerals for 1..1000, e.g. for numbering appendix pages.
 *
 *    7   -> "vii"
 *    14  -> "xiv"
 *    399 -> "cccxcix"
 *    640 -> "dcxl"
 *
 * Greedy conversion: repeatedly take the biggest value from the table that
 * still fits.  The subtractive pairs (cm, cd, xc, xl, ix, iv) are listed as
 * table entries of their own, so the greedy pass produces them naturally.
 */
#include <stdio.h>
#include <string.h>

static const int values[]      = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *const syms[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

/* buf needs 16 bytes for anything up to 1000 ("dccclxxxviii" is the longest) */
char *roman_lower(int number, char *buf)
{
    buf[0] = '\0';
    for (int k = 0; number > 0; k++) {
        while (number >= values[k]) {
            strcat(buf, syms[k]);
            number -= values[k];
        }
    }
    return buf;
}

int main(void)
{
    char buf[16];
    int samples[] = {7, 14, 399, 640};

    for (int i = 0; i < 4; i++)
        printf("%d -> %s\n", samples[i], roman_lower(samples[i], buf));
    return 0;
}
'''

C23A[158] = r'''#include <string.h>
#include <stddef.h>

/* Number of different byte values that occur in w. */
static int distinct_chars(const char *w)
{
    unsigned char seen[256] = {0};
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (!seen[*p]) {
            seen[*p] = 1;
            n++;
        }
    }
    return n;
}

/*
 * richest_word -- from a non-empty list of words, return the one made of the
 * most different characters.  If several words tie, the alphabetically
 * smallest of them (strcmp order) is returned.
 */
const char *richest_word(const char *const *words, size_t count)
{
    const char *best = words[0];
    int best_n = distinct_chars(best);

    for (size_t i = 1; i < count; i++) {
        int n = distinct_chars(words[i]);
        if (n > best_n || (n == best_n && strcmp(words[i], best) < 0)) {
            best = words[i];
            best_n = n;
        }
    }
    return best;
}
'''

C23A[161] = r'''/*
 * flip_or_reverse(s): swap upper/lower case of every letter in s, leaving
 * everything else alone.  If s has no letters at all, reverse it instead.
 * Works in place and returns s.
 *
 *   "Hello, World"  -> "hELLO, wORLD"
 *   "2024-06"       -> "60-4202"
 *   "x+Y=9"         -> "X+y=9"
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

char *flip_or_reverse(char *s)
{
    int any_letter = 0;
    size_t len = strlen(s);

    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isupper(c)) {
            s[i] = (char)tolower(c);
            any_letter = 1;
        } else if (islower(c)) {
            s[i] = (char)toupper(c);
            any_letter = 1;
        }
    }

    if (!any_letter && len > 1) {
        for (size_t i = 0, j = len - 1; i < j; i++, j--) {
            char t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }
    return s;
}

int main(void)
{
    char a[] = "Hello, World", b[] = "2024-06", c[] = "x+Y=9";
    puts(flip_or_reverse(a));
    puts(flip_or_reverse(b));
    puts(flip_or_reverse(c));
    return 0;
}
'''

C23A[162] = r'''/* md5hex.c -- hex MD5 digest of a C string, via OpenSSL's EVP interface.
 * Build with: cc md5hex.c -lcrypto
 *
 * md5_hex() returns a freshly malloc'd 32-character lowercase hex string,
 * or NULL if the input is empty (there is nothing to hash in that case, by
 * convention of the calling code) or if something went wrong.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>

char *md5_hex(const char *text)
{
    if (text == NULL || text[0] == '\0')
        return NULL;

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return NULL;

    int ok = EVP_DigestInit_ex(ctx, EVP_md5(), NULL)
          && EVP_DigestUpdate(ctx, text, strlen(text))
          && EVP_DigestFinal_ex(ctx, digest, &dlen);
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return NULL;

    static const char hexdigits[] = "0123456789abcdef";
    char *hex = malloc(2 * dlen + 1);
    if (!hex)
        return NULL;
    for (unsigned int i = 0; i < dlen; i++) {
        hex[2 * i]     = hexdigits[digest[i] >> 4];
        hex[2 * i + 1] = hexdigits[digest[i] & 0x0f];
    }
    hex[2 * dlen] = '\0';
    return hex;
}
'''

C_HELDOUT23A[19] = r'''/*
 * Sorting spelled-out digits.
 *
 * Input: words "zero" .. "nine" separated by spaces, e.g. "eight two two six".
 * Output: the same words ordered by the digit they name, single-spaced:
 *         "two two six eight".
 *
 * Since there are only ten possible words, a counting sort does the job:
 * tally each word, then emit them from zero up.
 *
 * sort_digit_words("nine one four")  -> "one four nine"
 * sort_digit_words("")               -> ""
 */
#include <stdio.h>
#include <string.h>

static const char *const names[10] = {
    "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine"
};

static int word_value(const char *w, size_t len)
{
    for (int d = 0; d < 10; d++)
        if (strlen(names[d]) == len && strncmp(names[d], w, len) == 0)
            return d;
    return -1;
}

/* out must hold at least strlen(in) + 1 bytes */
void sort_digit_words(const char *in, char *out)
{
    int tally[10] = {0};
    const char *p = in;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        if (p > w) {
            int d = word_value(w, (size_t)(p - w));
            if (d >= 0)
                tally[d]++;
        }
    }

    out[0] = '\0';
    for (int d = 0; d < 10; d++) {
        while (tally[d]-- > 0) {
            if (out[0])
                strcat(out, " ");
            strcat(out, names[d]);
        }
    }
}

int main(void)
{
    char buf[128];
    sort_digit_words("eight two two six", buf);
    printf("[%s]\n", buf);
    sort_digit_words("nine one four", buf);
    printf("[%s]\n", buf);
    return 0;
}
'''

C_HELDOUT23A[55] = r'''/* Fibonacci numbers, 0-indexed: F(0) = 0, F(1) = 1,
 * F(k) = F(k-1) + F(k-2).
 *
 * The textbook doubly-recursive version is exponential, so walk the
 * sequence forward keeping only the last two terms.  An unsigned 64-bit
 * result is exact up to n = 93.
 */
#include <stdint.h>

uint64_t fibonacci(unsigned n)
{
    uint64_t prev = 0, cur = 1;

    if (n == 0)
        return 0;
    for (unsigned i = 1; i < n; i++) {
        uint64_t next = prev + cur;
        prev = cur;
        cur = next;
    }
    return cur;
}
'''

C_HELDOUT23A[87] = r'''/*
 * locate_all() -- find every cell equal to `target` in a ragged 2-D array
 * (rows may have different lengths, including zero).
 *
 * Coordinates come back as (row, col) pairs, ordered by row ascending and,
 * within a row, by column DESCENDING.  That ordering falls out for free if we
 * scan rows top to bottom and each row right to left.
 *
 * Example, target = 4:
 *
 *     row 0: 4 0 4
 *     row 1: (empty)
 *     row 2: 9 4
 *
 *   -> (0,2) (0,0) (2,1)
 */
#include <stdio.h>
#include <stddef.h>

struct cell { size_t row, col; };

/* Writes at most `cap` hits into `out`; returns the total number of hits. */
size_t locate_all(const int *const *rows, const size_t *row_len, size_t nrows,
                  int target, struct cell *out, size_t cap)
{
    size_t found = 0;

    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = row_len[r]; c-- > 0; ) {
            if (rows[r][c] == target) {
                if (found < cap) {
                    out[found].row = r;
                    out[found].col = c;
                }
                found++;
            }
        }
    }
    return found;
}

int main(void)
{
    int r0[] = {4, 0, 4};
    int r2[] = {9, 4};
    const int *rows[] = {r0, NULL, r2};
    size_t lens[] = {3, 0, 2};
    struct cell hits[8];

    size_t n = locate_all(rows, lens, 3, 4, hits, 8);
    for (size_t i = 0; i < n; i++)
        printf("(%zu,%zu) ", hits[i].row, hits[i].col);
    putchar('\n');
    return 0;
}
'''

C_HELDOUT23A[99] = r'''#include <math.h>
#include <stdlib.h>

/*
 * nearest_int_from_text -- parse a decimal number given as a string (for
 * instance read from a config file) and return the integer closest to it.
 *
 * Exact halves are rounded away from zero, which happens to be precisely
 * what C99's round() does: 2.5 -> 3 and -2.5 -> -3.  Anything else goes to
 * the nearest integer as usual.
 */
long nearest_int_from_text(const char *text)
{
    double v = strtod(text, NULL);
    return lround(v);
}
'''

C_HELDOUT23A[103] = r'''/*
 * mean_in_binary(lo, hi)
 *
 * Average of all integers from lo to hi inclusive, rounded to the nearest
 * integer and written as a binary literal with a "0b" prefix.  When lo > hi
 * the function returns -1 and leaves buf untouched; otherwise it returns 0.
 *
 * Rounding follows Python's round(): a value exactly halfway between two
 * integers goes to the even one (banker's rounding).  The mean of lo..hi is
 * just (lo + hi) / 2, so a halfway case happens exactly when lo + hi is odd.
 *
 *   mean_in_binary(3, 9)   -> "0b110"      (mean 6)
 *   mean_in_binary(2, 5)   -> "0b100"      (mean 3.5, rounds to 4)
 *   mean_in_binary(4, 7)   -> "0b110"      (mean 5.5, rounds to 6)
 *   mean_in_binary(10, 3)  -> -1
 */
#include <stdio.h>

static void to_binary(unsigned long v, char *buf)
{
    char tmp[72];
    int n = 0;

    do {
        tmp[n++] = (char)('0' + (v & 1u));
        v >>= 1;
    } while (v);

    buf[0] = '0';
    buf[1] = 'b';
    for (int i = 0; i < n; i++)
        buf[2 + i] = tmp[n - 1 - i];
    buf[2 + n] = '\0';
}

int mean_in_binary(long lo, long hi, char *buf)
{
    if (lo > hi)
        return -1;

    long twice = lo + hi;          /* 2 * mean */
    long mean = twice / 2;
    if (twice % 2 != 0 && mean % 2 != 0)
        mean++;                    /* .5 case: step to the even neighbour */

    to_binary((unsigned long)mean, buf);
    return 0;
}

int main(void)
{
    char out[80];
    long cases[][2] = {{3, 9}, {2, 5}, {4, 7}, {10, 3}};

    for (int i = 0; i < 4; i++) {
        if (mean_in_binary(cases[i][0], cases[i][1], out) < 0)
            printf("(%ld, %ld) -> -1\n", cases[i][0], cases[i][1]);
        else
            printf("(%ld, %ld) -> %s\n", cases[i][0], cases[i][1], out);
    }
    return 0;
}
'''

C_HELDOUT23A[111] = r'''#include <stddef.h>

/*
 * Letter tally for a string of space-separated lowercase letters such as
 * "q w q e".  Fills `letters` with the letter(s) that occur most often, in
 * the order they first appear in the input, sets *top_count to how often
 * that is, and returns how many letters tied for the top spot.  An empty
 * input (or one with only spaces) yields 0 letters and a count of 0.
 *
 * `letters` must have room for 26 chars.
 */
int most_frequent_letters(const char *s, char *letters, int *top_count)
{
    int freq[26] = {0};
    int best = 0;

    for (const char *p = s; *p; p++) {
        if (*p >= 'a' && *p <= 'z') {
            int f = ++freq[*p - 'a'];
            if (f > best)
                best = f;
        }
    }

    int n = 0;
    if (best > 0) {
        int emitted[26] = {0};
        for (const char *p = s; *p; p++) {
            if (*p < 'a' || *p > 'z')
                continue;
            int k = *p - 'a';
            if (freq[k] == best && !emitted[k]) {
                emitted[k] = 1;
                letters[n++] = *p;
            }
        }
    }
    *top_count = best;
    return n;
}
'''

C_HELDOUT23A[123] = r'''/* collatz_odds.c
 *
 * Starting from n, follow the Collatz rule (halve even numbers, map odd x to
 * 3x + 1) until reaching 1, and collect the odd values seen along the way,
 * including n itself when it is odd and the final 1.  The result comes back
 * sorted ascending.
 *
 *   n = 6  : 6 3 10 5 16 8 4 2 1      -> 1 3 5
 *   n = 9  : 9 28 14 7 22 11 34 17 52 26 13 40 20 10 5 16 8 4 2 1
 *                                      -> 1 5 7 9 11 13 17
 *   n = 1  :                           -> 1
 */
#include <stdio.h>
#include <stdlib.h>

static int cmp_ull(const void *a, const void *b)
{
    unsigned long long x = *(const unsigned long long *)a;
    unsigned long long y = *(const unsigned long long *)b;
    return (x > y) - (x < y);
}

/* Returns a malloc'd array of the odd terms; *count receives its length. */
unsigned long long *collatz_odd_terms(unsigned long long n, size_t *count)
{
    size_t cap = 16, len = 0;
    unsigned long long *odds = malloc(cap * sizeof *odds);

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

    qsort(odds, len, sizeof *odds, cmp_ull);
    *count = len;
    return odds;
}

int main(void)
{
    unsigned long long starts[] = {6, 9, 1};

    for (int i = 0; i < 3; i++) {
        size_t k;
        unsigned long long *t = collatz_odd_terms(starts[i], &k);
        printf("%llu:", starts[i]);
        for (size_t j = 0; j < k; j++)
            printf(" %llu", t[j]);
        putchar('\n');
        free(t);
    }
    return 0;
}
'''

OTHER_C23A.append(r'''/*
 * Old-style (purely additive) Roman numerals, as seen on clock faces and
 * some medieval manuscripts: no subtractive pairs, so 4 is IIII, 9 is VIIII,
 * 40 is XXXX and 900 is DCCCC.  Upper case, range 1..3999.
 *
 *    4    -> IIII
 *    19   -> XVIIII
 *    94   -> LXXXXIIII
 *    1444 -> MCCCCXXXXIIII
 */
#include <stdio.h>

static const struct { int value; char letter; } digits[] = {
    {1000, 'M'}, {500, 'D'}, {100, 'C'}, {50, 'L'},
    {10, 'X'}, {5, 'V'}, {1, 'I'},
};

/* buf must be large enough; 32 bytes covers 1..3999 in additive form. */
char *additive_roman(int n, char *buf)
{
    int pos = 0;
    for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++) {
        while (n >= digits[k].value) {
            buf[pos++] = digits[k].letter;
            n -= digits[k].value;
        }
    }
    buf[pos] = '\0';
    return buf;
}

int main(void)
{
    char buf[32];
    int tests[] = {4, 19, 94, 1444};
    for (int i = 0; i < 4; i++)
        printf("%4d -> %s\n", tests[i], additive_roman(tests[i], buf));
    return 0;
}
''')

OTHER_C23A.append(r'''#include <stddef.h>

/*
 * first_min_multiple_of_three -- scan an array of non-negative integers and
 * pick the smallest value that is divisible by 3, together with the index of
 * its first occurrence.  Returns 1 and fills *value / *index when such an
 * element exists, 0 otherwise (empty array, or nothing divisible by 3).
 */
int first_min_multiple_of_three(const int *a, size_t n, int *value, size_t *index)
{
    int found = 0;

    for (size_t i = 0; i < n; i++) {
        if (a[i] % 3 != 0)
            continue;
        if (!found || a[i] < *value) {
            *value = a[i];
            *index = i;
            found = 1;
        }
    }
    return found;
}
''')

OTHER_C23A.append(r'''/*
 * slugify() for our static blog generator.
 *
 * Letters and digits are kept (letters lower-cased); every run of other
 * characters -- spaces, punctuation, whatever -- turns into ONE hyphen, and
 * hyphens at the very start or end are dropped.
 *
 *   "Hello,   World!"        -> "hello-world"
 *   "  C99 & You: Part 2 "   -> "c99-you-part-2"
 *   "***"                    -> ""
 *
 * `out` needs strlen(in) + 1 bytes.
 */
#include <ctype.h>
#include <stdio.h>

void slugify(const char *in, char *out)
{
    size_t o = 0;
    int pending_dash = 0;

    for (const unsigned char *p = (const unsigned char *)in; *p; p++) {
        if (isalnum(*p)) {
            if (pending_dash && o > 0)
                out[o++] = '-';
            pending_dash = 0;
            out[o++] = (char)tolower(*p);
        } else {
            pending_dash = 1;
        }
    }
    out[o] = '\0';
}

int main(void)
{
    char buf[64];
    const char *titles[] = {"Hello,   World!", "  C99 & You: Part 2 ", "***"};

    for (int i = 0; i < 3; i++) {
        slugify(titles[i], buf);
        printf("%-24s -> \"%s\"\n", titles[i], buf);
    }
    return 0;
}
''')

OTHER_C23A.append(r'''#include <stdbool.h>
#include <stddef.h>

/*
 * Zigzag test: does the sequence strictly alternate between going up and
 * going down?  Every neighbouring pair must differ, and the direction must
 * flip at every step (up, down, up, ... or down, up, down, ...).
 * Sequences with fewer than two elements are accepted; a two-element one is
 * accepted as long as the two values differ.
 */
bool is_zigzag(const int *v, size_t n)
{
    int prev_dir = 0;   /* +1 up, -1 down, 0 = no step seen yet */

    for (size_t i = 1; i < n; i++) {
        int dir = (v[i] > v[i - 1]) - (v[i] < v[i - 1]);
        if (dir == 0 || dir == prev_dir)
            return false;
        prev_dir = dir;
    }
    return true;
}
''')

OTHER_C23A.append(r'''/*
 * plainest_word: among a non-empty list of words, return the one built from
 * the FEWEST different letters.  Ties go to the longer word; if the lengths
 * tie as well, the word that came first in the list wins.
 *
 *   {"banana", "kiwi", "apple"}  -> "banana"  (banana and kiwi both use 3
 *                                              letters; banana is longer)
 *   {"zz", "abc", "q"}           -> "zz"      (1 letter, and longer than "q")
 *   {"moon", "noon", "soon"}     -> "noon"    (only n and o)
 */
#include <stdio.h>
#include <string.h>

static int letter_variety(const char *w)
{
    int seen[256] = {0}, n = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++)
        if (!seen[*p]++)
            n++;
    return n;
}

const char *plainest_word(const char *const *words, size_t n)
{
    const char *best = words[0];
    int best_var = letter_variety(best);
    size_t best_len = strlen(best);

    for (size_t i = 1; i < n; i++) {
        int var = letter_variety(words[i]);
        size_t len = strlen(words[i]);
        if (var < best_var || (var == best_var && len > best_len)) {
            best = words[i];
            best_var = var;
            best_len = len;
        }
    }
    return best;
}

int main(void)
{
    const char *a[] = {"banana", "kiwi", "apple"};
    const char *b[] = {"zz", "abc", "q"};
    const char *c[] = {"moon", "noon", "soon"};

    printf("%s %s %s\n", plainest_word(a, 3), plainest_word(b, 3),
           plainest_word(c, 3));
    return 0;
}
''')

OTHER_C23A.append(r'''/* Validate a 24-hour clock time written as "HH:MM".
 *
 * Exactly two digits for the hour (00-23), a colon, exactly two digits for
 * the minutes (00-59), and nothing else -- no seconds, no spaces, no AM/PM.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

static int two_digits(const char *p)
{
    if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]))
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

bool is_valid_hhmm(const char *s)
{
    if (s == NULL || strlen(s) != 5 || s[2] != ':')
        return false;

    int hh = two_digits(s);
    int mm = two_digits(s + 3);
    return hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59;
}
''')

OTHER_C23A.append(r'''/*
 * zscore.c -- standardise a sample in place: subtract the mean and divide by
 * the (population) standard deviation, so the result has mean 0 and
 * standard deviation 1.  Needs at least two values that are not all equal.
 *
 * Example: {2, 4, 4, 4, 5, 5, 7, 9} has mean 5 and standard deviation 2,
 * so it becomes {-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2}.
 *
 * Build: cc zscore.c -lm
 */
#include <math.h>
#include <stdio.h>

void standardize(double *x, int n)
{
    double mean = 0.0;
    for (int i = 0; i < n; i++)
        mean += x[i];
    mean /= n;

    double var = 0.0;
    for (int i = 0; i < n; i++)
        var += (x[i] - mean) * (x[i] - mean);
    double sd = sqrt(var / n);

    for (int i = 0; i < n; i++)
        x[i] = (x[i] - mean) / sd;
}

int main(void)
{
    double data[] = {2, 4, 4, 4, 5, 5, 7, 9};
    standardize(data, 8);
    for (int i = 0; i < 8; i++)
        printf("%g ", data[i]);
    putchar('\n');
    return 0;
}
''')
