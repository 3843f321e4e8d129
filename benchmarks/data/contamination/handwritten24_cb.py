"""Twenty-fourth batch of hand-written documents, C (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  C24B: positives keyed by HumanEval item number, items 10, 14, 24, 29, 49, 52, 56, 57, 64, 73, 86, 93, 94, 97, 98, 100, 112, 124, 130, 137, 140, 156, 158, 162.
  C_HELDOUT24B: held-out documents, items 23, 27, 43, 63, 83, 87, 107.
  OTHER_C24B: seven C look-alikes with a different rule:
    0. Roman numerals in purely additive form (no subtractive pairs: 4 -> iiii, 9 -> viiii), lower case, 1..1000.
    1. Zigzag test: consecutive differences must strictly alternate in sign; any equal neighbours fail.
    2. Reverse the characters of each space-delimited word in place, keeping word order and spaces.
    3. Validate a 24-hour clock time written exactly as HH:MM (00-23, 00-59).
    4. Count clusters of adjacent vowels (a, e, i, o, u, any case; y is a consonant) in a word.
    5. Minimum total +1/-1 adjustments to make an array palindromic: sum of |a[i] - a[n-1-i]| over mirrored pairs.
    6. Trim leading/trailing spaces and replace every interior run of spaces, whatever its length, by one underscore.
"""

C24B = {}
C_HELDOUT24B = {}
OTHER_C24B = []

C24B[10] = r'''## Shortest palindrome by appending characters

A small puzzle from a coding kata: given a string, append as few characters as possible to its end so that the whole thing reads the same in both directions. The trick is to find the longest tail of the string that is already a palindrome; whatever sits in front of that tail gets mirrored and tacked onto the end. For "race" the longest palindromic tail is just "e", so we mirror "rac" and get "racecar". For "abcb" the tail "bcb" already works and we only have to add "a", which gives "abcba". An empty input stays empty.

```c
#include <stdlib.h>
#include <string.h>

/* Is s[lo..hi) the same read forwards and backwards? */
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

char *extend_to_palindrome(const char *src)
{
    size_t len = strlen(src);
    size_t cut = 0;

    /* first position where the rest of the string is a palindrome */
    while (cut < len && !span_is_mirror(src, cut, len))
        cut++;

    char *out = malloc(len + cut + 1);
    if (out == NULL)
        return NULL;
    memcpy(out, src, len);
    for (size_t k = 0; k < cut; k++)
        out[len + k] = src[cut - 1 - k];
    out[len + cut] = '\0';
    return out;
}
```

The caller owns the returned buffer and has to `free()` it. The scan is quadratic in the worst case, which is fine for short strings. If you need linear time, build `reverse(s) + "#" + s` and run the KMP failure function over it: the last value is the length of the longest palindromic suffix.'''

C24B[14] = r'''/* prefixes.c -- build every leading substring of a C string */
#include <stdlib.h>
#include <string.h>

void free_string_list(char **list, size_t count)
{
    if (list == NULL)
        return;
    for (size_t i = 0; i < count; ++i)
        free(list[i]);
    free(list);
}

/**
 * Collect the leading pieces of `word`, one for every length, starting
 * with the piece made of the first character alone and finishing with
 * the complete word.
 *
 * Returns a malloc'd array of malloc'd strings and stores its length in
 * *count. An empty word gives *count == 0 and a NULL array. On allocation
 * failure everything is released and NULL is returned with *count == 0.
 */
char **leading_pieces(const char *word, size_t *count)
{
    size_t n = strlen(word);
    char **list;

    *count = 0;
    if (n == 0)
        return NULL;

    list = malloc(n * sizeof *list);
    if (list == NULL)
        return NULL;

    for (size_t len = 1; len <= n; ++len) {
        char *piece = malloc(len + 1);
        if (piece == NULL) {
            free_string_list(list, len - 1);
            return NULL;
        }
        memcpy(piece, word, len);
        piece[len] = '\0';
        list[len - 1] = piece;
    }
    *count = n;
    return list;
}'''

C24B[24] = r'''#include <assert.h>
#include <stdio.h>

/*
 * Largest divisor of n that is smaller than n itself (n >= 2).
 * Rather than counting down from n - 1, look for the smallest factor f
 * above 1: n / f is then the biggest proper divisor. If nothing up to
 * sqrt(n) divides n, the number is prime and the answer is 1.
 */
static long biggest_proper_divisor(long n)
{
    for (long f = 2; f <= n / f; f++)
        if (n % f == 0)
            return n / f;
    return 1;
}

int main(void)
{
    assert(biggest_proper_divisor(21) == 7);
    assert(biggest_proper_divisor(97) == 1);
    assert(biggest_proper_divisor(64) == 32);
    assert(biggest_proper_divisor(1001) == 143);
    puts("all good");
    return 0;
}'''

C24B[29] = r'''/* strutil.c - small string helpers used by the command-line parser */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

bool str_starts_with(const char *s, const char *head)
{
    return strncmp(s, head, strlen(head)) == 0;
}

bool str_ends_with(const char *s, const char *tail)
{
    size_t ls = strlen(s), lt = strlen(tail);
    return lt <= ls && memcmp(s + ls - lt, tail, lt) == 0;
}

/* Remove leading and trailing whitespace in place; returns s. */
char *str_trim(char *s)
{
    char *start = s, *end;
    while (isspace((unsigned char)*start))
        start++;
    end = start + strlen(start);
    while (end > start && isspace((unsigned char)end[-1]))
        end--;
    memmove(s, start, (size_t)(end - start));
    s[end - start] = '\0';
    return s;
}

/*
 * Keep only the entries of items[0..n) that begin with `head`, in their
 * original order. Survivors are packed to the front of the same array and
 * their number is returned; nothing is copied or freed. An empty `head`
 * keeps everything.
 */
size_t keep_with_prefix(const char **items, size_t n, const char *head)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (str_starts_with(items[i], head))
            items[kept++] = items[i];
    return kept;
}'''

C24B[49] = r'''Your loop computes `pow(2, n)` as a `double` and only then takes the remainder. That stops being exact once n goes past 53, and the value overflows altogether long before n reaches a thousand. Reduce modulo p at every step instead; with square-and-multiply you also get away with O(log n) multiplications:

```c
#include <stdint.h>

/* 2 raised to e, reduced modulo m (m >= 1). */
uint64_t pow2_mod(uint64_t e, uint64_t m)
{
    uint64_t result = 1;
    uint64_t base = 2 % m;

    while (e > 0) {
        if (e & 1)
            result = (result * base) % m;
        base = (base * base) % m;
        e >>= 1;
    }
    return result;
}
```

As long as m fits in 32 bits none of the products can overflow a `uint64_t`. Some quick checks: `pow2_mod(10, 1000)` is 24 (1024 mod 1000), `pow2_mod(64, 97)` is 61, and `pow2_mod(0, 7)` is 1, since the empty product is 1.'''

C24B[52] = r'''**Review comment on `metrics/limits.c`, line 41**

> The loop keeps scanning after it has already seen a value that is too large, and the `ok` flag plus the `break` further down make it harder to follow than it needs to be. Also, the check used `>` against the limit, but the spec says the limit itself is already out of range, so it has to be `>=`.

Suggested version:

```c
#include <stdbool.h>
#include <stddef.h>

/* true when every sample is strictly smaller than limit; an empty set passes */
bool all_under_limit(const int *samples, size_t count, int limit)
{
    for (size_t i = 0; i < count; ++i) {
        if (samples[i] >= limit)
            return false;
    }
    return true;
}
```

**Author:** Done, pushed in 3f1c2e0. Added a unit test for the empty array while I was at it.'''

C24B[56] = r'''#include <stdbool.h>
#include <stdio.h>

/*
 * Angle-bracket matching. The input is expected to contain only '<' and
 * '>'. It is balanced when every '<' is closed by some later '>' and no
 * '>' ever shows up without an unmatched '<' in front of it.
 */
static bool angles_balanced(const char *s)
{
    long open = 0;
    for (; *s != '\0'; ++s) {
        open += (*s == '<') ? 1 : -1;
        if (open < 0)
            return false;       /* closed something that was never opened */
    }
    return open == 0;
}

int main(void)
{
    static const struct {
        const char *input;
        bool expected;
    } cases[] = {
        { "<<>>",   true  },
        { "<><>",   true  },
        { "><",     false },
        { "<<>",    false },
        { "",       true  },
        { "<<<>>>", true  },
    };
    int failures = 0;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
        bool got = angles_balanced(cases[i].input);
        if (got != cases[i].expected) {
            printf("FAIL \"%s\": got %d\n", cases[i].input, got);
            failures++;
        }
    }
    printf("%d failure(s)\n", failures);
    return failures != 0;
}'''

C24B[57] = r'''#include <stddef.h>

/*
 * Returns 1 if the values never go up, or never go down, along the array
 * (repeated values are allowed in both cases), and 0 if the array moves in
 * both directions somewhere. Arrays with fewer than two items qualify.
 *
 * Single pass: remember whether we have seen a rise and whether we have
 * seen a fall; once both have happened there is no point in continuing.
 */
int is_one_directional(const int *v, size_t n)
{
    int rose = 0, fell = 0;

    for (size_t i = 1; i < n; i++) {
        if (v[i] > v[i - 1])
            rose = 1;
        else if (v[i] < v[i - 1])
            fell = 1;
        if (rose && fell)
            return 0;
    }
    return 1;
}'''

C24B[64] = r'''/*
 * Count the vowels in one word. a, e, i, o and u count wherever they are
 * (upper or lower case); y/Y only counts when it is the last letter.
 *
 *   "sky"    -> 1
 *   "Yummy"  -> 2    (leading Y is ignored, trailing y counts)
 *   "queue"  -> 4
 *   "RHYTHM" -> 0
 */
#include <ctype.h>
#include <string.h>

int word_vowel_total(const char *word)
{
    int total = 0;
    size_t len = strlen(word);

    for (size_t i = 0; i < len; i++) {
        switch (tolower((unsigned char)word[i])) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            total++;
            break;
        case 'y':
            if (i == len - 1)
                total++;
            break;
        default:
            break;
        }
    }
    return total;
}'''

C24B[73] = r'''### Exercise 4.3: Mirror repairs (model solution)

You are given an array of n integers. In one move you may overwrite any single element with any value you like. What is the fewest moves needed before the array reads identically from the left and from the right?

Pair element i with element n-1-i. A pair that already agrees needs nothing; a pair that disagrees needs exactly one move (copy one side onto the other), and no single move can fix two pairs at once. With an odd length the middle element is paired with itself and never matters. So the answer is just the number of disagreeing pairs.

```c
int min_edits_to_mirror(const int a[], int n)
{
    int edits = 0;
    int i = 0, j = n - 1;

    while (i < j) {
        if (a[i] != a[j])
            edits++;
        i++;
        j--;
    }
    return edits;
}
```

Common mistake seen in submissions: looping i over the whole array instead of half of it, which counts every mismatched pair twice.'''

C24B[86] = r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_byte(const void *a, const void *b)
{
    return (int)*(const unsigned char *)a - (int)*(const unsigned char *)b;
}

/*
 * Sort the characters of every space-delimited word in place, by byte
 * value. Spaces are never moved, so the words stay in the same order and
 * every gap (even a double space) keeps its width.
 */
void sort_letters_per_word(char *text)
{
    char *p = text;

    while (*p != '\0') {
        if (*p == ' ') {
            p++;
            continue;
        }
        char *start = p;
        while (*p != '\0' && *p != ' ')
            p++;
        qsort(start, (size_t)(p - start), 1, by_byte);
    }
}

int main(void)
{
    char a[] = "dog cat";
    char b[] = "Good  morning, Sam!";

    sort_letters_per_word(a);
    sort_letters_per_word(b);
    printf("%s\n", a);      /* dgo act */
    printf("%s\n", b);      /* Gdoo  ,gimnnor !Sam */
    return 0;
}'''

C24B[93] = r'''#include <ctype.h>
#include <string.h>

/*
 * Obfuscate a message in place. Each letter has its case flipped; after
 * that every vowel is replaced by the letter two steps further on in the
 * alphabet, keeping the new case (a->c, e->g, i->k, o->q, u->w). Spaces
 * and anything else that is not a letter pass through unchanged.
 */
void scramble_message(char *msg)
{
    for (; *msg != '\0'; ++msg) {
        unsigned char c = (unsigned char)*msg;

        if (isupper(c))
            c = (unsigned char)tolower(c);
        else if (islower(c))
            c = (unsigned char)toupper(c);

        if (strchr("aeiouAEIOU", c) != NULL)
            c = (unsigned char)(c + 2);

        *msg = (char)c;
    }
}'''

C24B[94] = r'''#include <stdio.h>

static int is_prime(int n)
{
    if (n < 2)
        return 0;
    for (int d = 2; d <= n / d; d++)
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

/* Pick the largest prime in arr[0..len) and add up its decimal digits.
   Returns 0 when the array holds no prime. */
int biggest_prime_digit_sum(const int *arr, int len)
{
    int best = 0;
    for (int i = 0; i < len; i++)
        if (arr[i] > best && is_prime(arr[i]))
            best = arr[i];
    return digit_sum(best);
}

int main(void)
{
    int a[] = {4, 6, 11, 29, 9, 10};      /* 29  -> 2 + 9     = 11 */
    int b[] = {2, 3, 5, 101, 97, 8};      /* 101 -> 1 + 0 + 1 = 2  */
    int c[] = {997, 1000, 991};           /* 997 -> 9 + 9 + 7 = 25 */

    printf("%d\n", biggest_prime_digit_sum(a, 6));
    printf("%d\n", biggest_prime_digit_sum(b, 6));
    printf("%d\n", biggest_prime_digit_sum(c, 3));
    return 0;
}'''

C24B[97] = r'''#include <stdlib.h>

/* Multiply the last decimal digit of x by the last decimal digit of y.
   Signs are ignored, so only the magnitude of each unit digit matters. */
int last_digit_product(int x, int y)
{
    return abs(x % 10) * abs(y % 10);
}'''

C24B[98] = r'''#include <assert.h>
#include <string.h>

/* How many characters sitting at index 0, 2, 4, ... are capital vowels? */
size_t caps_vowels_even_slots(const char *s)
{
    size_t hits = 0, n = strlen(s);

    for (size_t i = 0; i < n; i += 2)
        if (strchr("AEIOU", s[i]) != NULL)
            hits++;
    return hits;
}

int main(void)
{
    assert(caps_vowels_even_slots("AbEcI") == 3);
    assert(caps_vowels_even_slots("UUUU") == 2);
    assert(caps_vowels_even_slots("aEiOu") == 0);
    assert(caps_vowels_even_slots("") == 0);
    return 0;
}'''

C24B[100] = r'''/*
 * Stone pyramid: the bottom level holds n stones, and every level above it
 * holds two more than the one before, so all levels share n's parity
 * (odd n gives consecutive odd numbers, even n consecutive even ones).
 * There are n levels in total.
 *
 * Fills levels[0..n) and returns n; the caller provides room for n ints.
 */
int stone_levels(int n, int *levels)
{
    int stones = n;

    for (int k = 0; k < n; k++, stones += 2)
        levels[k] = stones;
    return n;
}'''

C24B[112] = r'''#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strip_result {
    char *text;         /* malloc'd; the caller frees it */
    bool  palindrome;
};

/*
 * Drop from s every character that appears anywhere in `drop`, then check
 * whether what remains reads the same backwards. On allocation failure
 * text is NULL.
 */
struct strip_result strip_and_check(const char *s, const char *drop)
{
    struct strip_result r = { NULL, false };
    size_t n = strlen(s), k = 0;

    r.text = malloc(n + 1);
    if (r.text == NULL)
        return r;

    for (size_t i = 0; i < n; i++)
        if (strchr(drop, s[i]) == NULL)
            r.text[k++] = s[i];
    r.text[k] = '\0';

    r.palindrome = true;
    for (size_t i = 0; i < k / 2; i++) {
        if (r.text[i] != r.text[k - 1 - i]) {
            r.palindrome = false;
            break;
        }
    }
    return r;
}

int main(void)
{
    const char *tests[][2] = {
        { "banana",   "n"   },     /* -> "baaa"    no  */
        { "racecars", "s"   },     /* -> "racecar" yes */
        { "level",    "xyz" },     /* -> "level"   yes */
    };

    for (size_t i = 0; i < 3; i++) {
        struct strip_result r = strip_and_check(tests[i][0], tests[i][1]);
        printf("%-10s %-4s -> %-8s %s\n", tests[i][0], tests[i][1],
               r.text, r.palindrome ? "yes" : "no");
        free(r.text);
    }
    return 0;
}'''

C24B[124] = r'''#include <ctype.h>
#include <stdbool.h>

/* Parse a run of decimal digits at *pp into *out and move *pp past it.
   An empty run, or one longer than nine digits, is rejected. */
static bool read_number(const char **pp, int *out)
{
    const char *p = *pp;
    int value = 0, digits = 0;

    while (isdigit((unsigned char)*p)) {
        if (++digits > 9)
            return false;
        value = value * 10 + (*p - '0');
        p++;
    }
    if (digits == 0)
        return false;
    *out = value;
    *pp = p;
    return true;
}

static int month_length(int month)
{
    static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return days[month - 1];
}

/*
 * Validate a date written as mm-dd-yyyy (month first, dashes only).
 * The month has to be 1..12 and the day has to exist in that month:
 * 31 days for Jan/Mar/May/Jul/Aug/Oct/Dec, 30 for Apr/Jun/Sep/Nov and
 * at most 29 for February (the year is not checked for leap years).
 * Empty strings, other separators and missing parts are all invalid.
 * Surrounding whitespace is ignored.
 */
bool date_string_ok(const char *text)
{
    const char *p = text;
    int month, day, year;

    while (isspace((unsigned char)*p))
        p++;
    if (!read_number(&p, &month) || *p++ != '-')
        return false;
    if (!read_number(&p, &day) || *p++ != '-')
        return false;
    if (!read_number(&p, &year))
        return false;
    while (isspace((unsigned char)*p))
        p++;
    if (*p != '\0')
        return false;

    if (month < 1 || month > 12)
        return false;
    return day >= 1 && day <= month_length(month);
}'''

C24B[130] = r'''/*
 * A made-up sequence from a puzzle set:
 *
 *   a(0) = 1,  a(1) = 3
 *   a(k) = 1 + k/2                       for even k
 *   a(k) = a(k-1) + a(k-2) + a(k+1)      for odd k >= 3
 *
 * The odd rule looks one step ahead, but a(k+1) has an even index and is
 * therefore simply 1 + (k+1)/2, so the terms can be produced left to right.
 *
 * First terms: 1, 3, 2, 8, 3, 15, 4, 24
 */
#include <stdlib.h>

/* Returns a malloc'd array holding a(0) .. a(last), i.e. last + 1 values. */
long long *puzzle_sequence(int last)
{
    long long *a = malloc(((size_t)last + 1) * sizeof *a);
    if (a == NULL)
        return NULL;

    a[0] = 1;
    if (last >= 1)
        a[1] = 3;
    for (int k = 2; k <= last; k++) {
        if (k % 2 == 0)
            a[k] = 1 + k / 2;
        else
            a[k] = a[k - 1] + a[k - 2] + (1 + (k + 1) / 2);
    }
    return a;
}'''

C24B[137] = r'''#include <stdio.h>
#include <stdlib.h>

/* A number as it arrived from the input: an integer, a real, or text. */
enum num_kind { NUM_INT, NUM_REAL, NUM_TEXT };

struct loose_num {
    enum num_kind kind;
    union {
        long i;
        double d;
        const char *s;
    } as;
};

/* Numeric value of any variant. Text may use ',' or '.' as the decimal
   separator ("2,5" and "2.5" are the same number). */
static double numeric_value(const struct loose_num *v)
{
    char buf[64];
    size_t k = 0;

    switch (v->kind) {
    case NUM_INT:
        return (double)v->as.i;
    case NUM_REAL:
        return v->as.d;
    default:
        for (const char *p = v->as.s; *p != '\0' && k + 1 < sizeof buf; p++)
            buf[k++] = (*p == ',') ? '.' : *p;
        buf[k] = '\0';
        return strtod(buf, NULL);
    }
}

/* Return whichever argument holds the bigger number, untouched and in its
   original representation, or NULL when both are numerically equal. */
const struct loose_num *pick_larger(const struct loose_num *a,
                                    const struct loose_num *b)
{
    double x = numeric_value(a), y = numeric_value(b);

    if (x == y)
        return NULL;
    return x > y ? a : b;
}

static void show(const struct loose_num *v)
{
    if (v == NULL)
        puts("(equal)");
    else if (v->kind == NUM_INT)
        printf("%ld\n", v->as.i);
    else if (v->kind == NUM_REAL)
        printf("%g\n", v->as.d);
    else
        printf("\"%s\"\n", v->as.s);
}

int main(void)
{
    struct loose_num three = { NUM_INT,  { .i = 3 } };
    struct loose_num two_r = { NUM_REAL, { .d = 2.0 } };
    struct loose_num seven = { NUM_INT,  { .i = 7 } };
    struct loose_num neg2  = { NUM_INT,  { .i = -2 } };
    struct loose_num t35   = { NUM_TEXT, { .s = "3,5" } };
    struct loose_num t2    = { NUM_TEXT, { .s = "2" } };
    struct loose_num t725  = { NUM_TEXT, { .s = "7.25" } };
    struct loose_num tneg  = { NUM_TEXT, { .s = "-1,5" } };

    show(pick_larger(&three, &t35));    /* "3,5"   */
    show(pick_larger(&two_r, &t2));     /* (equal) */
    show(pick_larger(&t725, &seven));   /* "7.25"  */
    show(pick_larger(&tneg, &neg2));    /* "-1,5"  */
    return 0;
}'''

C24B[140] = r'''#include <stdlib.h>
#include <string.h>

/*
 * Replace blanks for use in a file name:
 *   - a run of one or two spaces turns into the same number of '_'
 *   - a run of three or more spaces collapses into a single '-'
 * All other characters are copied as they are. Returns a new malloc'd
 * string (never longer than the input), or NULL if allocation fails.
 */
char *underscore_blanks(const char *in)
{
    size_t n = strlen(in), i = 0;
    char *out = malloc(n + 1);
    char *w = out;

    if (out == NULL)
        return NULL;

    while (i < n) {
        if (in[i] != ' ') {
            *w++ = in[i++];
            continue;
        }
        size_t run = 0;
        while (i < n && in[i] == ' ') {
            run++;
            i++;
        }
        if (run > 2)
            *w++ = '-';
        else
            while (run-- > 0)
                *w++ = '_';
    }
    *w = '\0';
    return out;
}'''

C24B[156] = r'''#include <stdio.h>
#include <string.h>

/*
 * Lower-case Roman numeral for 1 <= n <= 1000, one decimal digit at a
 * time from tables. buf must hold at least 16 bytes; the longest result
 * in range is "dccclxxxviii" (888). Returns buf.
 */
char *roman_lower(int n, char *buf)
{
    static const char *const hundreds[] =
        { "", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm" };
    static const char *const tens[] =
        { "", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc" };
    static const char *const ones[] =
        { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix" };

    buf[0] = '\0';
    for (int m = n / 1000; m > 0; m--)
        strcat(buf, "m");
    strcat(buf, hundreds[(n / 100) % 10]);
    strcat(buf, tens[(n / 10) % 10]);
    strcat(buf, ones[n % 10]);
    return buf;
}

int main(void)
{
    char buf[16];
    printf("%s\n", roman_lower(44, buf));    /* xliv   */
    printf("%s\n", roman_lower(90, buf));    /* xc     */
    printf("%s\n", roman_lower(949, buf));   /* cmxlix */
    printf("%s\n", roman_lower(1000, buf));  /* m      */
    return 0;
}'''

C24B[158] = r'''#include <stddef.h>
#include <string.h>

static int distinct_chars(const char *w)
{
    unsigned char seen[256] = { 0 };
    int count = 0;

    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (!seen[*p]) {
            seen[*p] = 1;
            count++;
        }
    }
    return count;
}

/*
 * Among words[0..n) return the word built from the largest number of
 * different characters. When several words tie, the one that comes first
 * in strcmp order wins. n must be at least 1.
 */
const char *most_varied_word(const char *const *words, size_t n)
{
    const char *best = words[0];
    int best_count = distinct_chars(best);

    for (size_t i = 1; i < n; i++) {
        int c = distinct_chars(words[i]);
        if (c > best_count || (c == best_count && strcmp(words[i], best) < 0)) {
            best = words[i];
            best_count = c;
        }
    }
    return best;
}'''

C24B[162] = r'''/*
 * md5hex.c - MD5 fingerprint of a string, no OpenSSL required.
 *
 * Straight from RFC 1321: pad the message with 0x80, zeros and the bit
 * length (little endian), then run the 64-step compression over each
 * 64-byte block. The digest is returned as 32 lower-case hex characters.
 * For an empty input the function returns NULL instead of the digest of
 * the empty string.
 *
 *   md5_hex("abc") -> "900150983cd24fb0d6963f7d28e17f72"
 *   md5_hex("")    -> NULL
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint32_t K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
    0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static const unsigned SHIFT[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

#define ROTL32(x, c) (((x) << (c)) | ((x) >> (32 - (c))))

static void md5_block(uint32_t h[4], const unsigned char *blk)
{
    uint32_t w[16], a = h[0], b = h[1], c = h[2], d = h[3];

    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[4 * i]
             | (uint32_t)blk[4 * i + 1] << 8
             | (uint32_t)blk[4 * i + 2] << 16
             | (uint32_t)blk[4 * i + 3] << 24;

    for (int i = 0; i < 64; i++) {
        uint32_t f, tmp;
        int g;

        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) % 16;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) % 16;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) % 16;
        }
        tmp = d;
        d = c;
        c = b;
        b = b + ROTL32(a + f + K[i] + w[g], SHIFT[i]);
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

char *md5_hex(const char *text)
{
    size_t len = strlen(text);
    if (len == 0)
        return NULL;

    uint32_t h[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
    size_t whole = len / 64 * 64;
    for (size_t off = 0; off < whole; off += 64)
        md5_block(h, (const unsigned char *)text + off);

    /* last partial block plus padding: one or two more blocks */
    unsigned char tail[128] = { 0 };
    size_t rest = len - whole;
    size_t tail_len = (rest + 9 <= 64) ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;

    memcpy(tail, text + whole, rest);
    tail[rest] = 0x80;
    for (int i = 0; i < 8; i++)
        tail[tail_len - 8 + i] = (unsigned char)(bits >> (8 * i));
    md5_block(h, tail);
    if (tail_len == 128)
        md5_block(h, tail + 64);

    char *hex = malloc(33);
    if (hex == NULL)
        return NULL;
    for (int i = 0; i < 16; i++)
        sprintf(hex + 2 * i, "%02x", (unsigned)(h[i / 4] >> (8 * (i % 4))) & 0xffu);
    return hex;
}'''

C_HELDOUT24B[23] = r'''/* Chapter 5 exercises: pointer walking over C strings. */
#include <stddef.h>

/* 5-1: number of characters in front of the terminating '\0', computed by
   walking a pointer to the end and subtracting. */
size_t text_length(const char *s)
{
    const char *p = s;

    while (*p != '\0')
        ++p;
    return (size_t)(p - s);
}

/* 5-2: copy src into dst (which must be large enough); returns dst. */
char *text_copy(char *dst, const char *src)
{
    char *d = dst;

    while ((*d++ = *src++) != '\0')
        ;
    return dst;
}'''

C_HELDOUT24B[27] = r'''#include <stdio.h>

/* Turn lower-case ASCII letters into upper case and upper case into lower
   case, in place. Digits, punctuation and spaces are left alone. */
void invert_case(char *s)
{
    for (; *s != '\0'; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
        else if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
    }
}

int main(void)
{
    char msg[] = "cAPS lOCK Was On!";

    invert_case(msg);
    puts(msg);              /* Caps Lock wAS oN! */
    return 0;
}'''

C_HELDOUT24B[43] = r'''#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * Is there a pair of entries, at two different positions, that add up to
 * zero? Sort a copy and close in from both ends: O(n log n) instead of
 * checking every pair. A lone 0 does not pair with itself, two zeros do.
 */
bool has_opposite_pair(const int *vals, size_t n)
{
    if (n < 2)
        return false;

    int *tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL) {
        /* fall back to the quadratic scan */
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                if ((long long)vals[i] + vals[j] == 0)
                    return true;
        return false;
    }
    memcpy(tmp, vals, n * sizeof *tmp);
    qsort(tmp, n, sizeof *tmp, cmp_int);

    size_t lo = 0, hi = n - 1;
    bool found = false;
    while (lo < hi) {
        long long sum = (long long)tmp[lo] + tmp[hi];
        if (sum == 0) {
            found = true;
            break;
        }
        if (sum < 0)
            lo++;
        else
            hi--;
    }
    free(tmp);
    return found;
}

int main(void)
{
    int a[] = { 3, -1, 4, 1 };
    int b[] = { 0, 5 };
    int c[] = { 0, 0, 2 };
    int d[] = { -4, 2, 2 };

    printf("%d %d %d %d\n",
           has_opposite_pair(a, 4),     /* 1: -1 + 1      */
           has_opposite_pair(b, 2),     /* 0              */
           has_opposite_pair(c, 3),     /* 1: two zeros   */
           has_opposite_pair(d, 3));    /* 0: 2 + 2 != 4  */
    return 0;
}'''

C_HELDOUT24B[63] = r'''/*
 * Three-term recurrence that starts 0, 0, 1 and then adds up the previous
 * three terms:
 *
 *   t(0) = 0, t(1) = 0, t(2) = 1
 *   t(n) = t(n-1) + t(n-2) + t(n-3)
 *
 *   0, 0, 1, 1, 2, 4, 7, 13, 24, 44, 81, 149, ...
 *
 * The naive recursive version is exponential; keeping a sliding window of
 * three values makes it O(n) time and O(1) memory. unsigned long long is
 * exact up to n = 75.
 */
unsigned long long three_sum_term(unsigned n)
{
    unsigned long long a = 0, b = 0, c = 1;    /* t(k), t(k+1), t(k+2) */

    while (n-- > 0) {
        unsigned long long next = a + b + c;
        a = b;
        b = c;
        c = next;
    }
    return a;
}'''

C_HELDOUT24B[83] = r'''Counting question from the discrete maths problem sheet: how many positive integers with exactly n digits start with a 1, end with a 1, or both?

For n = 1 the only such number is 1 itself. For n >= 2 use inclusion-exclusion. Numbers whose first digit is 1: the other n-1 digits are free, so 10^(n-1). Numbers whose last digit is 1: the first digit can be 1..9 and the n-2 middle digits are free, so 9 * 10^(n-2). Both at once: only the middle is free, 10^(n-2). Total: 10^(n-1) + 9*10^(n-2) - 10^(n-2) = 18 * 10^(n-2).

A C version for checking answers (good for n up to 20 before 64 bits run out):

```c
unsigned long long one_at_an_edge(unsigned digits)
{
    unsigned long long power = 1;     /* 10^(digits-2) */

    if (digits == 1)
        return 1;
    for (unsigned k = 2; k < digits; k++)
        power *= 10;
    return 18 * power;
}
```'''

C_HELDOUT24B[87] = r'''#include <stddef.h>
#include <stdio.h>

struct cell {
    int row;
    int col;
};

/*
 * Search a ragged table (row r holds lens[r] values) for `target` and write
 * the position of each hit to out. Hits are ordered by row, top to bottom;
 * inside a row the right-most hit comes first. out needs room for every
 * possible hit (the total number of cells always suffices). Returns the
 * number of hits.
 */
size_t locate_value(const int *const *rows, const size_t *lens, size_t nrows,
                    int target, struct cell *out)
{
    size_t found = 0;

    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = lens[r]; c-- > 0; ) {
            if (rows[r][c] == target) {
                out[found].row = (int)r;
                out[found].col = (int)c;
                found++;
            }
        }
    }
    return found;
}

int main(void)
{
    const int r0[] = { 7, 1, 7 };
    const int r1[] = { 2 };
    const int r2[] = { 7, 7, 0, 7 };
    const int *rows[] = { r0, r1, r2 };
    const size_t lens[] = { 3, 1, 4 };
    struct cell hits[8];

    size_t n = locate_value(rows, lens, 3, 7, hits);
    for (size_t i = 0; i < n; i++)
        printf("(%d, %d) ", hits[i].row, hits[i].col);
    putchar('\n');   /* (0, 2) (0, 0) (2, 3) (2, 1) (2, 0) */
    return 0;
}'''

C_HELDOUT24B[107] = r'''/* Does the decimal form of v read the same in both directions? */
static int reads_same_reversed(unsigned v)
{
    unsigned rev = 0, rest = v;

    while (rest > 0) {
        rev = rev * 10 + rest % 10;
        rest /= 10;
    }
    return rev == v;
}

/*
 * Go through 1, 2, ..., limit (limit included) and count the numbers that
 * are decimal palindromes, separately for even and for odd values. The
 * two counts come back through the out-parameters.
 */
void palindrome_parity(unsigned limit, unsigned *evens, unsigned *odds)
{
    *evens = 0;
    *odds = 0;
    for (unsigned v = 1; v <= limit; v++) {
        if (!reads_same_reversed(v))
            continue;
        if (v % 2 == 0)
            ++*evens;
        else
            ++*odds;
    }
}'''

OTHER_C24B.append(r'''/*
 * Old-style Roman numerals, the way they appear on many clock faces and
 * early inscriptions: purely additive, no subtractive pairs. So 4 is
 * "iiii" rather than "iv", and 9 is "viiii" rather than "ix". Output is
 * lower case; valid input is 1..1000.
 *
 *   4   -> iiii
 *   14  -> xiiii
 *   40  -> xxxx
 *   999 -> dcccclxxxxviiii
 */
#include <stdio.h>

char *additive_roman(int n, char *out)   /* out: at least 24 bytes */
{
    static const int value[] = { 1000, 500, 100, 50, 10, 5, 1 };
    static const char glyph[] = { 'm', 'd', 'c', 'l', 'x', 'v', 'i' };
    char *w = out;

    for (int k = 0; k < 7; k++) {
        while (n >= value[k]) {
            *w++ = glyph[k];
            n -= value[k];
        }
    }
    *w = '\0';
    return out;
}

int main(void)
{
    char buf[24];
    int samples[] = { 4, 14, 40, 999 };

    for (int i = 0; i < 4; i++)
        printf("%4d -> %s\n", samples[i], additive_roman(samples[i], buf));
    return 0;
}''')

OTHER_C24B.append(r'''#include <stdbool.h>
#include <stddef.h>

/*
 * A sequence "zigzags" when the steps between neighbours keep switching
 * direction: up, down, up, ... or down, up, down, ... Any step of size
 * zero breaks the pattern. Sequences of zero or one element are trivially
 * zigzag, and so is any two-element sequence with distinct values.
 */
bool zigzags(const int *v, size_t n)
{
    int prev_dir = 0;   /* +1 last step went up, -1 down, 0 no step yet */

    for (size_t i = 1; i < n; i++) {
        int dir = (v[i] > v[i - 1]) - (v[i] < v[i - 1]);
        if (dir == 0 || dir == prev_dir)
            return false;
        prev_dir = dir;
    }
    return true;
}''')

OTHER_C24B.append(r'''#include <stdio.h>

/* Reverse s[lo..hi] in place. */
static void flip_range(char *s, size_t lo, size_t hi)
{
    while (lo < hi) {
        char t = s[lo];
        s[lo++] = s[hi];
        s[hi--] = t;
    }
}

/*
 * Spell every word backwards while leaving the sentence itself alone:
 * words keep their positions and the spaces between them are untouched.
 * A word is any maximal run of non-space characters, punctuation included.
 */
void mirror_each_word(char *s)
{
    size_t i = 0;

    while (s[i] != '\0') {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        size_t start = i;
        while (s[i] != '\0' && s[i] != ' ')
            i++;
        flip_range(s, start, i - 1);
    }
}

int main(void)
{
    char line[] = "stressed  desserts, live on";

    mirror_each_word(line);
    puts(line);     /* desserts  ,stressed evil no */
    return 0;
}''')

OTHER_C24B.append(r'''Q: What's the cleanest way to check that a user typed a valid 24-hour time like `07:45` in C? I'm using `sscanf(s, "%d:%d", &h, &m)` but it happily accepts `7:5`, `07:45xyz` and even `+7:-0`.

A: `sscanf` is too forgiving for validation. The format is fixed-width, so just look at the five characters directly:

```c
#include <stdbool.h>
#include <string.h>

static bool two_digits(const char *p, int *value)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return false;
    *value = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

/* Exactly "HH:MM": hours 00-23, minutes 00-59, nothing before or after. */
bool is_clock_time(const char *s)
{
    int hh, mm;

    if (strlen(s) != 5 || s[2] != ':')
        return false;
    if (!two_digits(s, &hh) || !two_digits(s + 3, &mm))
        return false;
    return hh <= 23 && mm <= 59;
}
```

If you also want to allow `24:00` as "end of day", add that as a special case before the range check.''')

OTHER_C24B.append(r'''#include <assert.h>
#include <ctype.h>
#include <stdbool.h>

static bool is_vowel(char c)
{
    switch (tolower((unsigned char)c)) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
        return true;
    default:
        return false;
    }
}

/*
 * Rough syllable estimate for a word: count the clusters of vowels, where
 * neighbouring vowels ("eau", "ie", "oo") are one cluster. y is treated as
 * a consonant.
 */
int vowel_clusters(const char *word)
{
    int clusters = 0;
    bool inside = false;

    for (; *word != '\0'; word++) {
        if (is_vowel(*word)) {
            if (!inside)
                clusters++;
            inside = true;
        } else {
            inside = false;
        }
    }
    return clusters;
}

int main(void)
{
    assert(vowel_clusters("beautiful") == 3);   /* eau, i, u */
    assert(vowel_clusters("queue") == 1);
    assert(vowel_clusters("rhythm") == 0);
    assert(vowel_clusters("AreA") == 2);
    return 0;
}''')

OTHER_C24B.append(r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Each unit of adjustment raises or lowers one element by 1. How many
 * units are needed, at least, to make the array read the same from both
 * ends? For every mirrored pair (i, n-1-i) the cheapest fix is to move one
 * value onto the other, which costs their absolute difference; pairs are
 * independent, so the answer is the sum over the first half.
 */
long mirror_cost(const int *a, size_t n)
{
    long cost = 0;

    for (size_t i = 0; i < n / 2; i++)
        cost += labs((long)a[i] - a[n - 1 - i]);
    return cost;
}

int main(void)
{
    int x[] = { 1, 5, 3, 2 };        /* |1-2| + |5-3| = 3 */
    int y[] = { 4, 0, 9, 0, 4 };     /* already mirrored: 0 */
    int z[] = { 10, 1 };             /* 9 */

    printf("%ld %ld %ld\n", mirror_cost(x, 4), mirror_cost(y, 5), mirror_cost(z, 2));
    return 0;
}''')

OTHER_C24B.append(r'''/* slug.c -- helpers for turning titles into identifiers */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Lower-case an ASCII string in place. */
void ascii_lower(char *s)
{
    for (; *s; s++)
        *s = (char)tolower((unsigned char)*s);
}

/*
 * Squeeze the spaces out of a title: spaces at the very start and end are
 * dropped, and every run of spaces between words, however long, becomes a
 * single underscore. Returns a fresh malloc'd string, or NULL on failure.
 */
char *squeeze_spaces(const char *title)
{
    size_t n = strlen(title);
    char *out = malloc(n + 1);
    char *w = out;
    int pending_gap = 0;

    if (out == NULL)
        return NULL;

    for (const char *p = title; *p != '\0'; p++) {
        if (*p == ' ') {
            if (w != out)           /* ignore leading spaces */
                pending_gap = 1;
            continue;
        }
        if (pending_gap) {
            *w++ = '_';
            pending_gap = 0;
        }
        *w++ = *p;
    }
    *w = '\0';                      /* a trailing gap is never written */
    return out;
}''')
