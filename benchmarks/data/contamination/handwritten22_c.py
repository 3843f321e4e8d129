"""Twenty-second batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C22: positives keyed by HumanEval item number, items 9, 10, 17, 21, 24, 28, 41, 48, 50, 52, 57, 61, 65, 70, 76, 78, 80, 81, 85, 92, 93, 94, 97, 108, 110, 112, 116, 118, 121, 130, 136, 141, 142, 144, 148, 156.
  C_HELDOUT22: held-out documents, items 7, 15, 27, 31, 35, 39, 63, 71, 83, 123, 127, 151.
  OTHER_C22: seven C look-alikes with a different rule:
    0. sliding-window maximum over every run of k consecutive values (not the prefix/running maximum).
    1. Vigenere decoding with a repeating key word (each letter shifted back by its key letter, not a fixed shift of 5).
    2. bracket matching over three kinds of brackets, (), [] and {}, which must close in the right order (not a single-type depth counter).
    3. Roman numeral string to integer, upper or lower case (the inverse direction of integer-to-roman).
    4. happy number: repeatedly summing the squares of the digits reaches 1 (not the three-distinct-consecutive-letters string rule).
    5. wiggle arrangement v0 <= v1 >= v2 <= v3 ... (sort, then swap pairs (1,2), (3,4), ...), not min/max/min alternation.
    6. mountain check: strictly rising then strictly falling, with at least one step each way (not monotonic in either direction).
"""

C22 = {}
C_HELDOUT22 = {}
OTHER_C22 = []

C22[9] = r'''/* running_peak.c
 *
 * Prefix maximum ("high-water mark") of an integer series: out[i] holds the
 * largest value seen anywhere in in[0..i].  in and out may point to the
 * same array.
 */
#include <stdio.h>
#include <stddef.h>

void running_peak(const int *in, int *out, size_t n)
{
    size_t i;
    int best;

    if (n == 0)
        return;
    best = in[0];
    for (i = 0; i < n; i++) {
        if (in[i] > best)
            best = in[i];
        out[i] = best;
    }
}

int main(void)
{
    int samples[] = {5, 1, 7, 3, 9, 2};
    int marks[6];
    size_t i;

    running_peak(samples, marks, 6);
    for (i = 0; i < 6; i++)
        printf("%d ", marks[i]);        /* prints: 5 5 7 7 9 9 */
    putchar('\n');
    return 0;
}
'''

C22[10] = r'''## Shortest palindrome by appending characters

A classic warm-up question: given a string, add as few characters as possible
to its *end* so that the result reads the same in both directions. The trick
is to look for the longest suffix that is already a palindrome; whatever sits
in front of that suffix has to be mirrored and glued onto the back. Scanning
the possible suffix start positions from left to right is O(n^2), which is
perfectly fine for short strings (if you need linear time, run the KMP failure
function over `s + '#' + reverse(s)`).

```c
#include <stdlib.h>
#include <string.h>

/* Is s[lo..hi) the same forwards and backwards? */
static int span_is_mirror(const char *s, size_t lo, size_t hi)
{
    while (lo + 1 < hi) {
        if (s[lo] != s[hi - 1])
            return 0;
        lo++;
        hi--;
    }
    return 1;
}

/* Returns a freshly allocated string; the caller frees it. */
char *complete_to_palindrome(const char *s)
{
    size_t n = strlen(s), start = 0, i;
    char *res;

    while (start < n && !span_is_mirror(s, start, n))
        start++;

    res = malloc(n + start + 1);
    if (res == NULL)
        return NULL;
    memcpy(res, s, n);
    for (i = 0; i < start; i++)
        res[n + i] = s[start - 1 - i];
    res[n + start] = '\0';
    return res;
}
```

The loop always stops: a one-character suffix is trivially a palindrome, so
`start` never passes `n - 1` for a non-empty input, and the empty string just
comes back as an empty copy.
'''

C22[17] = r'''/*
 * beats.c - tiny parser for a space-separated rhythm notation.
 *
 *   "o"    whole note    -> 4 beats
 *   "o|"   half note     -> 2 beats
 *   ".|"   quarter note  -> 1 beat
 *
 * e.g. ".| o o|"  gives  1 4 2
 */
#include <stddef.h>

/* Writes one beat count per token into `beats` (room for `cap` entries) and
 * returns how many were stored.  Unrecognised tokens are ignored. */
size_t rhythm_to_beats(const char *score, int *beats, size_t cap)
{
    size_t count = 0;
    const char *p = score;

    while (*p) {
        const char *tok;
        size_t len;
        int value = 0;

        while (*p == ' ')
            p++;
        if (*p == '\0')
            break;
        tok = p;
        while (*p && *p != ' ')
            p++;
        len = (size_t)(p - tok);

        if (len == 1 && tok[0] == 'o')
            value = 4;
        else if (len == 2 && tok[0] == 'o' && tok[1] == '|')
            value = 2;
        else if (len == 2 && tok[0] == '.' && tok[1] == '|')
            value = 1;

        if (value != 0 && count < cap)
            beats[count++] = value;
    }
    return count;
}
'''

C22[21] = r'''/* stats.c -- a few small helpers for arrays of doubles */
#include <stddef.h>

double mean_of(const double *v, size_t n)
{
    double s = 0.0;
    size_t i;
    for (i = 0; i < n; i++)
        s += v[i];
    return n ? s / (double)n : 0.0;
}

double clamp(double x, double lo, double hi)
{
    return x < lo ? lo : (x > hi ? hi : x);
}

/* Linearly map v[0..n-1] onto [0, 1] in place: the smallest value ends up as
 * 0.0, the largest as 1.0, and everything else keeps its relative position.
 * Needs at least two distinct values, otherwise the span is zero. */
void normalize_minmax(double *v, size_t n)
{
    double lo = v[0], hi = v[0], span;
    size_t i;

    for (i = 1; i < n; i++) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }
    span = hi - lo;
    for (i = 0; i < n; i++)
        v[i] = (v[i] - lo) / span;
}
'''

C22[24] = r'''/*
 * Largest divisor of n that is smaller than n itself (n >= 2).
 *
 * No need to walk down from n - 1: if d is the smallest factor above 1,
 * then n / d is the biggest factor below n.  If nothing up to sqrt(n)
 * divides n, it is prime and the answer is 1.
 *
 *   biggest_proper_factor(21) == 7
 *   biggest_proper_factor(13) == 1
 *   biggest_proper_factor(64) == 32
 */
unsigned long biggest_proper_factor(unsigned long n)
{
    unsigned long d;

    for (d = 2; d * d <= n; d++)
        if (n % d == 0)
            return n / d;
    return 1;
}
'''

C22[28] = r'''/* strutil.c */
#include <stdlib.h>
#include <string.h>

char *str_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

int str_starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Glue parts[0..count-1] together end to end, no separator.  Returns a new
 * heap string (just "" when count is 0) or NULL if malloc fails. */
char *join_all(const char *const *parts, size_t count)
{
    size_t total = 0, i, len;
    char *out, *w;

    for (i = 0; i < count; i++)
        total += strlen(parts[i]);

    out = malloc(total + 1);
    if (out == NULL)
        return NULL;

    w = out;
    for (i = 0; i < count; i++) {
        len = strlen(parts[i]);
        memcpy(w, parts[i], len);
        w += len;
    }
    *w = '\0';
    return out;
}
'''

C22[41] = r'''Q: n cars drive east and another n cars drive west along an endless straight
road, all at the same speed. The two groups start very far apart. Whenever an
eastbound car meets a westbound one they "collide", but the cars are
indestructible and just keep going as if nothing happened. How many collisions
are there in total? I started writing a simulation with positions and time
steps and it is getting messy.

A: You don't need to simulate anything. Since the cars pass straight through
each other, nobody ever changes direction, so every eastbound car eventually
meets every westbound car exactly once, and two cars going the same way never
meet. The answer is simply the number of (eastbound, westbound) pairs:

```c
/* n cars each way -> n * n meetings, e.g. 6 -> 36, 1 -> 1 */
unsigned long long head_on_meetings(unsigned long long n)
{
    return n * n;
}
```

Overflow is only an issue past roughly four billion cars per direction.
'''

C22[48] = r'''#include <stdbool.h>
#include <string.h>

/* True when s is identical to its own reverse.  The empty string and any
 * single character qualify. */
bool reads_same_both_ways(const char *s)
{
    size_t len = strlen(s), i, j;

    if (len == 0)
        return true;
    for (i = 0, j = len - 1; i < j; i++, j--)
        if (s[i] != s[j])
            return false;
    return true;
}
'''

C22[50] = r'''The reason your decoder prints garbage is that `%` in C keeps the sign of the
left operand: `('a' - 'a' - 5) % 26` is `-5`, not `21` like it would be in
Python. Add 26 before taking the remainder (for a fixed shift below 26 that is
all you need). Here is the complete pair for lowercase text:

```c
#include <stdio.h>

#define SHIFT 5

/* move every letter SHIFT places forward, wrapping z -> a */
void rot_forward(char *s)
{
    for (; *s; s++)
        *s = (char)('a' + (*s - 'a' + SHIFT) % 26);
}

/* inverse of rot_forward */
void rot_back(char *s)
{
    for (; *s; s++)
        *s = (char)('a' + (*s - 'a' - SHIFT + 26) % 26);
}

int main(void)
{
    char msg[] = "hello";

    rot_forward(msg);
    printf("%s\n", msg);    /* mjqqt */
    rot_back(msg);
    printf("%s\n", msg);    /* hello */
    return 0;
}
```
'''

C22[52] = r'''#include <stddef.h>

/* Returns 1 if every element of a[0..n-1] is strictly smaller than limit,
 * and 0 as soon as one of them reaches or exceeds it.  An empty array
 * trivially passes. */
int all_under(const long *a, size_t n, long limit)
{
    while (n--) {
        if (*a++ >= limit)
            return 0;
    }
    return 1;
}
'''

C22[57] = r'''#include <stddef.h>

/*
 * 1 if the sequence never changes direction, i.e. it is entirely
 * non-decreasing or entirely non-increasing (equal neighbours are allowed
 * either way); 0 otherwise.
 *
 *   {3, 3, 5, 8}  -> 1
 *   {9, 4, 4, 1}  -> 1
 *   {2, 7, 3}     -> 0
 */
int sorted_either_way(const int *a, size_t n)
{
    int went_up = 0, went_down = 0;
    size_t i;

    for (i = 1; i < n; i++) {
        if (a[i] > a[i - 1])
            went_up = 1;
        else if (a[i] < a[i - 1])
            went_down = 1;
        if (went_up && went_down)
            return 0;
    }
    return 1;
}
'''

C22[61] = r'''#include <stdbool.h>

/* `s` consists only of '(' and ')'.  It is balanced when every ')' closes an
 * earlier '(' that is still open, and nothing is left open at the end. */
bool parens_balanced(const char *s)
{
    long open = 0;

    for (; *s; ++s) {
        open += (*s == '(') ? 1 : -1;
        if (open < 0)
            return false;       /* closing something that was never opened */
    }
    return open == 0;
}
'''

C22[65] = r'''#include <stdio.h>
#include <string.h>

/*
 * Rotate the decimal digits of x to the right by k places and write the
 * result as a string into out (24 bytes is enough for any long).  If k is
 * larger than the number of digits, the digits are written in reverse order
 * instead.
 *
 *   rotate_digits(1234, 1, buf)  ->  "4123"
 *   rotate_digits(1234, 3, buf)  ->  "2341"
 *   rotate_digits(56, 5, buf)    ->  "65"
 */
void rotate_digits(long x, size_t k, char *out)
{
    char digits[24];
    size_t len, i;

    snprintf(digits, sizeof digits, "%ld", x);
    len = strlen(digits);

    if (k > len) {
        for (i = 0; i < len; i++)
            out[i] = digits[len - 1 - i];
    } else {
        for (i = 0; i < len; i++)
            out[i] = digits[(i + len - k) % len];
    }
    out[len] = '\0';
}
'''

C22[70] = r'''#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

/*
 * Fill out[] with the values of in[] taken alternately from the bottom and
 * the top: smallest, largest, second smallest, second largest, and so on.
 * in[] is left untouched.  Returns -1 if the scratch copy can't be allocated.
 */
int min_max_interleave(const int *in, size_t n, int *out)
{
    int *tmp;
    size_t lo = 0, hi, k;

    if (n == 0)
        return 0;
    tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL)
        return -1;
    memcpy(tmp, in, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, cmp_int);

    hi = n - 1;
    for (k = 0; k < n; k++)
        out[k] = (k % 2 == 0) ? tmp[lo++] : tmp[hi--];

    free(tmp);
    return 0;
}
'''

C22[76] = r'''#include <stdbool.h>

/*
 * Is x equal to base**k for some whole number k >= 0?  Because base**0 is 1,
 * x == 1 always counts.  With base == 1 the only reachable value is 1.
 * Assumes base >= 1.
 *
 *   is_integer_power(27, 3)  -> true
 *   is_integer_power(1, 9)   -> true
 *   is_integer_power(10, 3)  -> false
 *   is_integer_power(5, 1)   -> false
 */
bool is_integer_power(long long x, long long base)
{
    long long p = 1;

    if (base == 1)
        return x == 1;
    while (p < x)
        p *= base;
    return p == x;
}
'''

C22[78] = r'''/* Count the digits of an upper-case hexadecimal string whose value is a
 * prime number.  The only prime hex digits are 2, 3, 5, 7, B (11) and
 * D (13).  An empty string gives 0. */
int prime_hex_digits(const char *hex)
{
    int n = 0;

    for (; *hex != '\0'; hex++) {
        switch (*hex) {
        case '2': case '3': case '5': case '7':
        case 'B': case 'D':
            n++;
            break;
        default:
            break;
        }
    }
    return n;
}
'''

C22[80] = r'''#include <stdbool.h>
#include <string.h>

/*
 * A string passes the check when it is at least three characters long and
 * every run of three consecutive characters consists of three different
 * characters.
 *
 *   "xyzw" -> true
 *   "xyx"  -> false   (x appears twice in the only window)
 *   "ab"   -> false   (too short)
 */
bool triplets_all_distinct(const char *s)
{
    size_t n = strlen(s), i;

    if (n < 3)
        return false;
    for (i = 0; i + 2 < n; i++) {
        char a = s[i], b = s[i + 1], c = s[i + 2];
        if (a == b || b == c || a == c)
            return false;
    }
    return true;
}
'''

C22[81] = r'''/*
 * grades.c -- turn grade point averages into letter grades.
 *
 * A perfect 4.0 is "A+".  Otherwise the first row whose cut-off the GPA is
 * strictly above wins; a GPA of 0.0 (or less) gets "E".
 *
 *   gpa_to_letter(3.9) -> "A"
 *   gpa_to_letter(2.5) -> "B-"
 *   gpa_to_letter(0.0) -> "E"
 */
#include <stddef.h>

struct band {
    double above;
    const char *letter;
};

static const struct band bands[] = {
    {3.7, "A"},  {3.3, "A-"}, {3.0, "B+"}, {2.7, "B"},
    {2.3, "B-"}, {2.0, "C+"}, {1.7, "C"},  {1.3, "C-"},
    {1.0, "D+"}, {0.7, "D"},  {0.0, "D-"},
};

const char *gpa_to_letter(double gpa)
{
    size_t i;

    if (gpa == 4.0)
        return "A+";
    for (i = 0; i < sizeof bands / sizeof bands[0]; i++)
        if (gpa > bands[i].above)
            return bands[i].letter;
    return "E";
}

/* letters[i] receives the grade for gpas[i] (pointers to static strings). */
void letters_for_class(const double *gpas, size_t n, const char **letters)
{
    size_t i;
    for (i = 0; i < n; i++)
        letters[i] = gpa_to_letter(gpas[i]);
}
'''

C22[85] = r'''#include <stddef.h>

/* Sum of the values that are even AND sit at an odd position (1, 3, 5, ...)
 * in v.  Values at even positions are ignored no matter what they are. */
long sum_even_at_odd_slots(const int *v, size_t n)
{
    long total = 0;

    for (size_t i = 1; i < n; i += 2)
        if (v[i] % 2 == 0)
            total += v[i];
    return total;
}
'''

C22[92] = r'''C has no dynamic typing, so to express "all three arguments must be integers"
the arguments have to carry a tag saying what kind of number they are. A
floating-point argument makes the answer false even if it happens to hold a
whole value such as 3.0.

```c
#include <stdbool.h>
#include <stdio.h>

typedef struct {
    bool is_int;        /* false: the value was given as a floating-point number */
    long long i;
    double d;
} num_t;

static num_t int_arg(long long v)  { num_t n = { true, v, 0.0 }; return n; }
static num_t real_arg(double v)    { num_t n = { false, 0, v }; return n; }

/* true when a, b and c are all integers and one of them is the sum of the
 * other two */
bool one_is_sum_of_others(num_t a, num_t b, num_t c)
{
    if (!a.is_int || !b.is_int || !c.is_int)
        return false;
    return a.i + b.i == c.i || a.i + c.i == b.i || b.i + c.i == a.i;
}

int main(void)
{
    printf("%d\n", one_is_sum_of_others(int_arg(10), int_arg(4), int_arg(6)));   /* 1 */
    printf("%d\n", one_is_sum_of_others(int_arg(-5), int_arg(2), int_arg(-3)));  /* 1 */
    printf("%d\n", one_is_sum_of_others(int_arg(1), real_arg(2.0), int_arg(3))); /* 0 */
    printf("%d\n", one_is_sum_of_others(int_arg(8), int_arg(3), int_arg(4)));    /* 0 */
    return 0;
}
```
'''

C22[93] = r'''#include <ctype.h>
#include <string.h>

/*
 * Flip the case of every letter, then replace each vowel with the letter two
 * places further along in the alphabet (a->c, e->g, i->k, o->q, u->w, and
 * the same for capitals).  Everything else is copied as is.  `out` needs
 * room for strlen(in) + 1 bytes.
 */
void scramble_message(const char *in, char *out)
{
    for (; *in; in++, out++) {
        int c = (unsigned char)*in;

        if (isupper(c))
            c = tolower(c);
        else if (islower(c))
            c = toupper(c);

        if (strchr("aeiouAEIOU", c) != NULL)
            c += 2;
        *out = (char)c;
    }
    *out = '\0';
}
'''

C22[94] = r'''#include <stddef.h>

static int looks_prime(int n)
{
    if (n < 2)
        return 0;
    for (int d = 2; (long)d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

static int digit_sum(int n)
{
    int s = 0;
    while (n > 0) {
        s += n % 10;
        n /= 10;
    }
    return s;
}

/*
 * Find the largest prime among v[0..n-1] and return the sum of its decimal
 * digits; 0 if the array holds no prime at all.
 *
 *   {4, 6, 29, 15, 23}   -> 29 -> 2 + 9 = 11
 *   {10, 47, 401, 8}     -> 401 -> 5
 */
int digit_sum_of_max_prime(const int *v, size_t n)
{
    int best = 0;

    for (size_t i = 0; i < n; i++)
        if (v[i] > best && looks_prime(v[i]))
            best = v[i];
    return digit_sum(best);
}
'''

C22[97] = r'''#include <stdlib.h>

/* Multiply the last decimal digits of a and b; the sign of either number
 * is ignored. */
int last_digit_product(int a, int b)
{
    return (abs(a) % 10) * (abs(b) % 10);
}
'''

C22[108] = r'''#include <stddef.h>

/*
 * "Signed digit sum": the minus sign of a negative number sticks to its
 * first (most significant) digit, so -507 -> -5 + 0 + 7 = 2.
 *
 * count_positive_digit_sums() returns how many entries have a signed digit
 * sum strictly greater than zero.
 *
 *   {-21, 5, -9, 30}  -> 2     (-21 -> -1, 5 -> 5, -9 -> -9, 30 -> 3)
 */
static int signed_digit_sum(long v)
{
    int neg = v < 0, sum = 0, lead = 0;
    unsigned long m = neg ? 0UL - (unsigned long)v : (unsigned long)v;

    while (m != 0) {
        lead = (int)(m % 10);     /* ends up as the leading digit */
        sum += lead;
        m /= 10;
    }
    return neg ? sum - 2 * lead : sum;
}

size_t count_positive_digit_sums(const long *v, size_t n)
{
    size_t count = 0;

    for (size_t i = 0; i < n; i++)
        if (signed_digit_sum(v[i]) > 0)
            count++;
    return count;
}
'''

C22[110] = r'''#include <stddef.h>

/* Elements may be traded freely between the two arrays, any number of
 * times.  Can `first` be made to contain only even numbers?  Exactly when
 * `second` has at least as many even values as `first` has odd ones. */
const char *evens_swap_possible(const int *first, size_t n1,
                                const int *second, size_t n2)
{
    size_t odd_needed = 0, even_available = 0, i;

    for (i = 0; i < n1; i++)
        if (first[i] % 2 != 0)
            odd_needed++;
    for (i = 0; i < n2; i++)
        if (second[i] % 2 == 0)
            even_available++;

    return even_available >= odd_needed ? "YES" : "NO";
}
'''

C22[112] = r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *text;         /* heap allocated; the caller frees it */
    bool palindrome;
} strip_result;

/*
 * Remove from s every character that occurs anywhere in `banned`, then
 * report whether what is left reads the same backwards.
 *
 *   strip_and_check("racecars", "s") -> { "racecar", true }
 *   strip_and_check("hello", "l")    -> { "heo", false }
 *   strip_and_check("xx", "x")       -> { "", true }
 */
strip_result strip_and_check(const char *s, const char *banned)
{
    strip_result r = { NULL, false };
    size_t n = strlen(s), k = 0, i, j;

    r.text = malloc(n + 1);
    if (r.text == NULL)
        return r;

    for (i = 0; i < n; i++)
        if (strchr(banned, s[i]) == NULL)
            r.text[k++] = s[i];
    r.text[k] = '\0';

    r.palindrome = true;
    for (i = 0, j = k; i + 1 < j; i++, j--) {
        if (r.text[i] != r.text[j - 1]) {
            r.palindrome = false;
            break;
        }
    }
    return r;
}
'''

C22[116] = r'''/* Review comment on PR #214 ("sort ids by popcount"):
 *
 * > qsort with a two-level comparator is simpler than the bucket approach,
 * > and counting bits on the magnitude keeps negative ids from sorting as if
 * > they had 63 one-bits.  Suggested version below.
 */
#include <stdlib.h>

static int ones_in(long v)
{
    unsigned long m = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    int c = 0;

    while (m) {
        m &= m - 1;     /* clear lowest set bit */
        c++;
    }
    return c;
}

static int by_bits_then_value(const void *pa, const void *pb)
{
    long a = *(const long *)pa, b = *(const long *)pb;
    int ca = ones_in(a), cb = ones_in(b);

    if (ca != cb)
        return ca < cb ? -1 : 1;
    return (a > b) - (a < b);
}

/* Sort ascending by the number of 1 bits in each value's binary form
 * (negatives counted by their absolute value); equal counts are ordered by
 * the value itself. */
void sort_by_bit_count(long *v, size_t n)
{
    qsort(v, n, sizeof *v, by_bits_then_value);
}
'''

C22[118] = r'''#include <string.h>

static int is_vowel(char c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

/*
 * Walking from the right end of the word, return the first vowel that has a
 * consonant immediately on both sides.  The first and last letters can never
 * qualify.  Upper and lower case are both recognised, and the letter is
 * returned as it appears.  Returns '\0' when no such vowel exists.
 *
 *   inner_vowel_from_right("strength") -> 'e'
 *   inner_vowel_from_right("Crane")    -> 'a'
 *   inner_vowel_from_right("boat")     -> '\0'
 */
char inner_vowel_from_right(const char *w)
{
    size_t n = strlen(w), i;

    if (n < 3)
        return '\0';
    for (i = n - 2; i >= 1; i--) {
        if (is_vowel(w[i]) && !is_vowel(w[i - 1]) && !is_vowel(w[i + 1]))
            return w[i];
    }
    return '\0';
}
'''

C22[121] = r'''#include <stddef.h>

/* Add up the odd values located at even indices (0, 2, 4, ...) of a. */
long long odd_values_at_even_positions(const int *a, size_t n)
{
    long long sum = 0;
    size_t i;

    for (i = 0; i < n; i += 2)
        if (a[i] % 2 != 0)
            sum += a[i];
    return sum;
}
'''

C22[130] = r'''/*
 * The "tri" sequence from a puzzle set (not the usual tribonacci numbers):
 *
 *   t(0) = 1,  t(1) = 3
 *   t(n) = 1 + n / 2                     if n is even
 *   t(n) = t(n-1) + t(n-2) + t(n+1)      if n is odd
 *
 * The odd rule looks ahead, but n + 1 is even there, so t(n+1) is simply
 * 1 + (n + 1) / 2 and everything can be filled in left to right.
 *
 * tri_sequence(n, out) writes t(0) .. t(n) into out (n + 1 values), e.g.
 *   n = 5  ->  1 3 2 8 3 15
 */
void tri_sequence(int n, long long *out)
{
    out[0] = 1;
    if (n == 0)
        return;
    out[1] = 3;
    for (int i = 2; i <= n; i++) {
        if (i % 2 == 0)
            out[i] = 1 + i / 2;
        else
            out[i] = out[i - 1] + out[i - 2] + (1 + (i + 1) / 2);
    }
}
'''

C22[136] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * One pass over v looking for
 *   - the largest negative value (the negative number closest to zero), and
 *   - the smallest positive value.
 * Zero belongs to neither group.  *has_neg / *has_pos report whether each
 * answer exists; when one doesn't, the matching output is left alone.
 */
void nearest_to_zero_each_side(const int *v, size_t n,
                               bool *has_neg, int *neg,
                               bool *has_pos, int *pos)
{
    *has_neg = false;
    *has_pos = false;

    for (size_t i = 0; i < n; i++) {
        int x = v[i];
        if (x < 0 && (!*has_neg || x > *neg)) {
            *neg = x;
            *has_neg = true;
        } else if (x > 0 && (!*has_pos || x < *pos)) {
            *pos = x;
            *has_pos = true;
        }
    }
}
'''

C22[141] = r'''#include <ctype.h>
#include <string.h>

/*
 * Upload form rule for attachment names.  A name is accepted ("Yes") when:
 *   - it contains exactly one '.';
 *   - the part before the dot is non-empty and starts with a Latin letter;
 *   - the part after the dot is "txt", "exe" or "dll";
 *   - it contains at most three decimal digits.
 * Anything else is rejected ("No").
 *
 *   validate_filename("notes.txt")   -> "Yes"
 *   validate_filename("a1234.exe")   -> "No"   (four digits)
 *   validate_filename("report.pdf")  -> "No"   (bad extension)
 *   validate_filename("x.y.dll")     -> "No"   (two dots)
 */
const char *validate_filename(const char *name)
{
    const char *dot = strchr(name, '.');
    const char *ext;
    const char *p;
    int digits = 0;

    if (dot == NULL || strchr(dot + 1, '.') != NULL)
        return "No";
    if (dot == name || !isalpha((unsigned char)name[0]))
        return "No";

    ext = dot + 1;
    if (strcmp(ext, "txt") != 0 && strcmp(ext, "exe") != 0 &&
        strcmp(ext, "dll") != 0)
        return "No";

    for (p = name; p < dot; p++)
        if (isdigit((unsigned char)*p))
            digits++;
    return digits > 3 ? "No" : "Yes";
}
'''

C22[142] = r'''#include <stddef.h>

/* Index-dependent sum over v:
 *   index divisible by 3            -> add the square of the entry
 *   index divisible by 4 but not 3  -> add the cube of the entry
 *   any other index                 -> add the entry unchanged
 * Index 0 counts as divisible by 3. */
long long mixed_power_sum(const int *v, size_t n)
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

C22[144] = r'''#include <stdbool.h>
#include <stdio.h>

/*
 * x and y are fractions written "numerator/denominator" with positive
 * integers.  Returns true when x * y is a whole number.
 *
 *   product_is_whole("3/4", "8/3")  -> true    (24/12 = 2)
 *   product_is_whole("2/5", "1/3")  -> false   (2/15)
 *   product_is_whole("9/6", "4/3")  -> true    (36/18 = 2)
 */
bool product_is_whole(const char *x, const char *y)
{
    long long a, b, c, d;

    if (sscanf(x, "%lld/%lld", &a, &b) != 2 ||
        sscanf(y, "%lld/%lld", &c, &d) != 2)
        return false;
    return (a * c) % (b * d) == 0;
}
'''

C22[148] = r'''/* solar.c */
#include <stddef.h>
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

/* Put into out[] the planets whose orbits lie strictly between those of a and
 * b, listed from the Sun outwards, and return how many there are.  The order
 * of a and b does not matter.  An unknown name, or the same planet twice,
 * yields 0. */
size_t planets_between(const char *a, const char *b, const char *out[8])
{
    int ia = orbit_index(a), ib = orbit_index(b), lo, hi;
    size_t n = 0;

    if (ia < 0 || ib < 0 || ia == ib)
        return 0;
    lo = ia < ib ? ia : ib;
    hi = ia < ib ? ib : ia;
    for (int i = lo + 1; i < hi; i++)
        out[n++] = ORBITS[i];
    return n;
}
'''

C22[156] = r'''#include <string.h>

/*
 * Lower-case Roman numerals for 1 <= value <= 1000, built greedily from the
 * table of values (subtractive pairs included).  buf needs 16 bytes.
 *
 *   38   -> "xxxviii"
 *   649  -> "dcxlix"
 *   1000 -> "m"
 */
void to_roman_lower(int value, char *buf)
{
    static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const syms[] = {"m", "cm", "d", "cd", "c", "xc", "l",
                                       "xl", "x", "ix", "v", "iv", "i"};

    buf[0] = '\0';
    for (int i = 0; i < 13; i++) {
        while (value >= vals[i]) {
            strcat(buf, syms[i]);
            value -= vals[i];
        }
    }
}
'''

C_HELDOUT22[7] = r'''#include <stddef.h>
#include <string.h>

/*
 * keep_matching: copy into kept[] the entries of words[] that contain
 * `needle` somewhere inside them, preserving their order, and return how
 * many were copied.  kept[] must have room for n pointers.  An empty needle
 * matches every word.
 *
 *   words  = {"cat", "concat", "dog", "scatter"}, needle = "cat"
 *   kept   = {"cat", "concat", "scatter"}, returns 3
 */
size_t keep_matching(const char *const *words, size_t n,
                     const char *needle, const char **kept)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if (strstr(words[i], needle) != NULL)
            kept[k++] = words[i];
    return k;
}
'''

C_HELDOUT22[15] = r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Build the string "0 1 2 ... n" (numbers separated by single spaces, n
 * included) in a malloc'd buffer that grows as needed.  Caller frees. */
char *count_up_string(int n)
{
    size_t cap = 32, len = 0;
    char *buf = malloc(cap);

    if (buf == NULL)
        return NULL;
    for (int i = 0; i <= n; i++) {
        char piece[16];
        int k = snprintf(piece, sizeof piece, i == 0 ? "%d" : " %d", i);

        if (len + (size_t)k + 1 > cap) {
            char *bigger;
            cap *= 2;
            bigger = realloc(buf, cap);
            if (bigger == NULL) {
                free(buf);
                return NULL;
            }
            buf = bigger;
        }
        memcpy(buf + len, piece, (size_t)k);
        len += (size_t)k;
    }
    buf[len] = '\0';
    return buf;
}
'''

C_HELDOUT22[27] = r'''`swap_letter_case` turns every lowercase ASCII letter into uppercase and every
uppercase one into lowercase, in place; digits, spaces and punctuation are left
alone. For example `"GoOd Day 42"` becomes `"gOoD dAY 42"`.

```c
#include <ctype.h>

void swap_letter_case(char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (islower(c))
            *s = (char)toupper(c);
        else if (isupper(c))
            *s = (char)tolower(c);
    }
}
```
'''

C_HELDOUT22[31] = r'''#include <stdbool.h>

/* Primality by trial division.  After ruling out 2 and 3, every remaining
 * prime candidate has the form 6k - 1 or 6k + 1, so only those divisors
 * need testing, up to sqrt(n).  0 and 1 are not prime. */
bool prime_check(unsigned long n)
{
    if (n < 2)
        return false;
    if (n < 4)
        return true;
    if (n % 2 == 0 || n % 3 == 0)
        return false;
    for (unsigned long k = 5; k * k <= n; k += 6)
        if (n % k == 0 || n % (k + 2) == 0)
            return false;
    return true;
}
'''

C_HELDOUT22[35] = r'''#include <stddef.h>

/* Largest value in a[0..n-1].  The array must not be empty. */
int array_max(const int *a, size_t n)
{
    int best = a[0];

    for (size_t i = 1; i < n; i++)
        if (a[i] > best)
            best = a[i];
    return best;
}
'''

C_HELDOUT22[39] = r'''#include <stdint.h>

static int prime_u64(uint64_t v)
{
    if (v < 2)
        return 0;
    for (uint64_t d = 2; d * d <= v; d++)
        if (v % d == 0)
            return 0;
    return 1;
}

/* Walk the Fibonacci sequence and return the n-th term (counting from 1)
 * that is a prime number. */
uint64_t nth_prime_fibonacci(unsigned n)
{
    uint64_t a = 0, b = 1;

    for (;;) {
        uint64_t next = a + b;
        a = b;
        b = next;
        if (prime_u64(b) && --n == 0)
            return b;
    }
}
'''

C_HELDOUT22[63] = r'''/*
 * "FibFib" numbers: like Fibonacci, but each term is the sum of the three
 * before it.
 *
 *   ff(0) = 0, ff(1) = 0, ff(2) = 1
 *   ff(n) = ff(n-1) + ff(n-2) + ff(n-3)
 *
 * The naive recursion is exponential; keeping a sliding window of three
 * values makes it linear with O(1) memory.
 *
 *   ff(6) = 7,  ff(9) = 44
 */
unsigned long long ff_linear(unsigned n)
{
    unsigned long long a = 0, b = 0, c = 1;   /* ff(k), ff(k+1), ff(k+2) */

    if (n < 2)
        return 0;
    for (unsigned k = 2; k < n; k++) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return c;
}
'''

C_HELDOUT22[71] = r'''#include <math.h>

/*
 * Area of a triangle from its three side lengths (Heron's formula), rounded
 * to two decimal places.  If the sides cannot form a triangle -- some pair
 * does not add up to strictly more than the third side -- returns -1.
 *
 *   heron_area(5, 5, 6)  -> 12.00
 *   heron_area(6, 7, 8)  -> 20.33
 *   heron_area(2, 3, 5)  -> -1      (degenerate)
 */
double heron_area(double a, double b, double c)
{
    double s, area;

    if (a + b <= c || a + c <= b || b + c <= a)
        return -1;
    s = (a + b + c) / 2.0;
    area = sqrt(s * (s - a) * (s - b) * (s - c));
    return round(area * 100.0) / 100.0;
}
'''

C_HELDOUT22[83] = r'''/* How many n-digit positive integers start or end with the digit 1?
 *
 * For n == 1 there is only the number 1 itself.  For n >= 2:
 *   10^(n-1) numbers start with 1,
 *   9 * 10^(n-2) numbers end with 1 (the first digit can't be 0),
 *   10^(n-2) of them do both,
 * so the total is 10^(n-1) + 8 * 10^(n-2) = 18 * 10^(n-2). */
unsigned long long one_at_either_end(unsigned n)
{
    unsigned long long p = 1;

    if (n == 1)
        return 1;
    for (unsigned i = 2; i < n; i++)
        p *= 10;
    return 18 * p;
}
'''

C_HELDOUT22[123] = r'''#include <stdlib.h>

static int cmp_ull(const void *a, const void *b)
{
    unsigned long long x = *(const unsigned long long *)a;
    unsigned long long y = *(const unsigned long long *)b;
    return (x > y) - (x < y);
}

/*
 * Follow the Collatz trajectory of start (halve when even, 3x + 1 when odd)
 * down to 1, collect the odd values met along the way (start included if it
 * is odd, and the final 1), and store them in ascending order in out[].
 * Returns the count.  out[] must be large enough; 64 entries are plenty for
 * small starting values.
 *
 *   start = 9  ->  1 5 7 9 11 13 17
 *   start = 1  ->  1
 */
size_t odd_collatz_terms(unsigned long long start, unsigned long long *out)
{
    size_t n = 0;
    unsigned long long x = start;

    for (;;) {
        if (x % 2 == 1)
            out[n++] = x;
        if (x <= 1)
            break;
        x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
    }
    qsort(out, n, sizeof *out, cmp_ull);
    return n;
}
'''

C_HELDOUT22[127] = r'''/* Two closed integer intervals [s1, e1] and [s2, e2], each with start <= end.
 * Their overlap has length min(e1, e2) - max(s1, s2).  Answer "YES" when that
 * length is a prime number and "NO" otherwise, which includes the case where
 * the intervals don't overlap (length zero or negative). */
static int prime_len(long n)
{
    if (n < 2)
        return 0;
    for (long d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

const char *overlap_length_is_prime(long s1, long e1, long s2, long e2)
{
    long lo = s1 > s2 ? s1 : s2;
    long hi = e1 < e2 ? e1 : e2;

    return prime_len(hi - lo) ? "YES" : "NO";
}
'''

C_HELDOUT22[151] = r'''#include <math.h>
#include <stddef.h>

/*
 * Sum of the squares of the entries that are positive, odd whole numbers.
 * Negative values, fractional values and even numbers contribute nothing;
 * an empty array gives 0.
 *
 *   {7, 2.5, -3, 4, 1}  ->  49 + 1 = 50
 */
long long odd_square_total(const double *v, size_t n)
{
    long long total = 0;

    for (size_t i = 0; i < n; i++) {
        double x = v[i];
        if (x > 0 && x == floor(x) && fmod(x, 2.0) == 1.0)
            total += (long long)x * (long long)x;
    }
    return total;
}
'''

OTHER_C22.append(r'''/*
 * window_max.c -- maximum of every window of k consecutive samples.
 *
 * out[j] = max(in[j], ..., in[j + k - 1]) for j = 0 .. n - k, so out receives
 * n - k + 1 values (the return value).  Uses a monotonic deque of indices, so
 * the whole thing is O(n) no matter how big k is.
 *
 *   in = {4, 2, 12, 3, 8, 1}, k = 2  ->  4 12 12 8 8
 *   in = {4, 2, 12, 3, 8, 1}, k = 3  ->  12 12 12 8
 */
#include <stdlib.h>

size_t window_max(const int *in, size_t n, size_t k, int *out)
{
    size_t *dq, head = 0, tail = 0, produced = 0;

    if (k == 0 || k > n)
        return 0;
    dq = malloc(n * sizeof *dq);
    if (dq == NULL)
        return 0;

    for (size_t i = 0; i < n; i++) {
        /* drop the index that just slid out of the window */
        if (head < tail && dq[head] + k <= i)
            head++;
        /* smaller values behind the new one can never be a maximum again */
        while (head < tail && in[dq[tail - 1]] <= in[i])
            tail--;
        dq[tail++] = i;
        if (i + 1 >= k)
            out[produced++] = in[dq[head]];
    }
    free(dq);
    return produced;
}
''')

OTHER_C22.append(r'''#include <ctype.h>
#include <string.h>

/* Undo a Vigenere encryption in place.  Each lowercase letter of msg is moved
 * back by the alphabet position of the matching key letter ('a' = 0,
 * 'b' = 1, ...), the key repeating as often as needed.  Characters that are
 * not lowercase letters are copied through and do not use up a key letter.
 * The key must be non-empty and lowercase. */
void vigenere_decode(char *msg, const char *key)
{
    size_t klen = strlen(key), k = 0;

    for (; *msg; msg++) {
        if (!islower((unsigned char)*msg))
            continue;
        int shift = key[k % klen] - 'a';
        *msg = (char)('a' + (*msg - 'a' - shift + 26) % 26);
        k++;
    }
}
''')

OTHER_C22.append(r'''Checking mixed brackets needs a stack rather than a single counter, because
`([)]` has the right number of each kind but closes them in the wrong order.
Push every opener; on a closer, the top of the stack has to be its partner.

```c
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* true when every (, [ and { in s is closed by the matching bracket in the
 * right order; characters other than brackets are ignored.
 *
 *   "([]{})"   -> true
 *   "a[b(c)]d" -> true
 *   "([)]"     -> false
 *   "{["       -> false
 */
bool brackets_match(const char *s)
{
    size_t n = strlen(s), top = 0;
    char *stack = malloc(n + 1);
    bool ok = true;

    if (stack == NULL)
        return false;
    for (; *s && ok; s++) {
        char c = *s, want;
        switch (c) {
        case '(': case '[': case '{':
            stack[top++] = c;
            continue;
        case ')': want = '('; break;
        case ']': want = '['; break;
        case '}': want = '{'; break;
        default:  continue;
        }
        if (top == 0 || stack[--top] != want)
            ok = false;
    }
    if (top != 0)
        ok = false;
    free(stack);
    return ok;
}
```
''')

OTHER_C22.append(r'''#include <ctype.h>

static int roman_digit(char c)
{
    switch (tolower((unsigned char)c)) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    case 'd': return 500;
    case 'm': return 1000;
    default:  return 0;
    }
}

/* Parse a Roman numeral (upper or lower case) into an integer.  A symbol
 * that is smaller than the one after it is subtracted (the "iv", "xc"
 * cases), every other symbol is added.  Returns -1 on a character that is
 * not a Roman digit. */
int roman_to_int(const char *s)
{
    int total = 0;

    for (; *s; s++) {
        int cur = roman_digit(s[0]);
        int next = s[1] ? roman_digit(s[1]) : 0;

        if (cur == 0)
            return -1;
        if (cur < next)
            total -= cur;
        else
            total += cur;
    }
    return total;
}
''')

OTHER_C22.append(r'''#include <stdbool.h>
#include <stdio.h>

static unsigned digit_square_sum(unsigned n)
{
    unsigned s = 0;
    while (n) {
        unsigned d = n % 10;
        s += d * d;
        n /= 10;
    }
    return s;
}

/* A "happy number": repeatedly replacing n by the sum of the squares of its
 * decimal digits eventually reaches 1.  Unhappy numbers fall into a cycle
 * instead, which Floyd's tortoise-and-hare detects without any memory. */
bool happy_number(unsigned n)
{
    unsigned slow = n, fast = n;

    do {
        slow = digit_square_sum(slow);
        fast = digit_square_sum(digit_square_sum(fast));
    } while (slow != fast);
    return slow == 1;
}

int main(void)
{
    /* 7 -> 49 -> 97 -> 130 -> 10 -> 1, so 7 is happy; 2 is not */
    printf("7: %d\n", happy_number(7));     /* 1 */
    printf("2: %d\n", happy_number(2));     /* 0 */
    printf("100: %d\n", happy_number(100)); /* 1 */
    return 0;
}
''')

OTHER_C22.append(r'''#include <stdlib.h>

static int ascending(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

/* Rearrange v in place into "wiggle" order, v[0] <= v[1] >= v[2] <= v[3] ...
 * Sort first, then swap the neighbours at positions (1,2), (3,4), (5,6), ...
 * so every odd position ends up at least as large as both its neighbours. */
void wiggle_arrange(int *v, size_t n)
{
    qsort(v, n, sizeof *v, ascending);
    for (size_t i = 1; i + 1 < n; i += 2) {
        int t = v[i];
        v[i] = v[i + 1];
        v[i + 1] = t;
    }
}
''')

OTHER_C22.append(r'''#include <stdbool.h>
#include <stddef.h>

/*
 * "Mountain" check: the values must climb strictly to a single peak and then
 * descend strictly, with at least one step on each side of the peak.  Flat
 * stretches are not allowed anywhere.
 *
 *   {1, 4, 7, 3}   -> true
 *   {1, 2, 3}      -> false   (never comes down)
 *   {3, 5, 5, 2}   -> false   (plateau at the top)
 */
bool is_mountain(const int *a, size_t n)
{
    size_t i = 0;

    while (i + 1 < n && a[i] < a[i + 1])
        i++;
    if (i == 0 || i == n - 1)
        return false;           /* no way up, or no way down */
    while (i + 1 < n && a[i] > a[i + 1])
        i++;
    return i == n - 1;
}
''')
