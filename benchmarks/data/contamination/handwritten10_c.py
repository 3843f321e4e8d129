"""Tenth batch of hand-written documents, C and Python (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

C10          -- dict int -> str. Hand-written C translations of benchmark
                problems, one realistic corpus-style document per problem
                (source file, snippet, or short blog-style write-up with a
                code block). Function and variable names are new, the
                comments describe the task in fresh words, and the C is
                written idiomatically rather than transliterated. Interfaces
                vary (length-delimited arrays, caller buffers, malloc'ed
                results, structs, in-place edits, printing). Positives.
C_HELDOUT10  -- dict int -> str. The same kind of C translation for held-out
                problems. Negatives.
PY10         -- dict int -> str. Python paraphrases: renamed function and
                parameters, task restated, independently written solution.
                Positives.
PY_HELDOUT10 -- dict int -> str. Python paraphrases of held-out problems,
                written the same way. Negatives.
OTHER10      -- list of 8 str (5 C, 3 Python). Small problems in the same
                style that sit near a benchmark problem in topic but follow a
                different rule; not benchmark items. Negatives.

Roughly half of the documents in each name state concrete input/output
examples (in comments, asserts, or a test main with expected output); every
stated output was computed by running a reference implementation. The other
half state no examples.
"""

C10 = {}

C10[122] = r'''#include <stddef.h>

/*
 * Walk the first `limit` entries of `vals` and add up only the "short"
 * numbers: the ones whose decimal spelling, minus sign included, fits in
 * two characters. That is exactly the range -9 .. 99.
 *
 *   {5, 120, 33, 7, 1000, 42}, limit 5  -> 45
 *   {5, 120, 33, 7, 1000, 42}, limit 6  -> 87
 *   {-7, -40, 250, 64},        limit 4  -> 57
 */
static int fits_two_chars(int v)
{
    return v >= -9 && v <= 99;
}

long sum_short_values(const int *vals, size_t count, size_t limit)
{
    long total = 0;

    if (limit > count)
        limit = count;
    for (size_t i = 0; i < limit; i++)
        if (fits_two_chars(vals[i]))
            total += vals[i];
    return total;
}
'''

C10[126] = r'''A small validation routine from a data-ingest tool. Readings have to arrive
in non-decreasing order, and any single value may show up at most twice:
two identical readings in a row are normal, three means the sensor is stuck
and the batch gets rejected.

Because the sequence must already be ordered, equal values are always
adjacent, so a run counter is all we need -- no hash table, no sorting.

```c
#include <stdbool.h>
#include <stddef.h>

bool readings_ok(const unsigned *r, size_t n)
{
    size_t run = 1;

    for (size_t i = 1; i < n; i++) {
        if (r[i] < r[i - 1])
            return false;              /* went backwards */
        run = (r[i] == r[i - 1]) ? run + 1 : 1;
        if (run > 2)
            return false;              /* same value three times */
    }
    return true;
}
```

An empty batch or a single reading is trivially fine.
'''

C10[132] = r'''#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/*
 * The input consists only of '[' and ']'. We want to know whether we can
 * pick out some subsequence in which at least one bracket pair sits inside
 * another one, i.e. something shaped like "[[]]".
 *
 * Greedy: match the leftmost unused '[' with the rightmost unused ']' for
 * as long as the opener comes before the closer. Two successful matches
 * give us an inner and an outer pair.
 */
static bool has_nesting(const char *s)
{
    size_t len = strlen(s);
    long hi = (long)len - 1;
    int pairs = 0;

    for (size_t lo = 0; lo < len; lo++) {
        if (s[lo] != '[')
            continue;
        while (hi >= 0 && s[hi] != ']')
            hi--;
        if (hi < 0 || (size_t)hi < lo)
            break;
        pairs++;
        hi--;
    }
    return pairs >= 2;
}

int main(void)
{
    const char *tests[] = { "[[[]]]", "[]]][[", "]][[[]]", "[[]" };

    /* expected output: yes, no, yes, no */
    for (size_t i = 0; i < sizeof tests / sizeof *tests; i++)
        printf("%-10s %s\n", tests[i], has_nesting(tests[i]) ? "yes" : "no");
    return 0;
}
'''

C10[138] = r'''/* four_evens.c
 *
 * Can a number be expressed as the sum of exactly four positive even
 * integers? The smallest such sum is 2+2+2+2 and every such sum is even.
 * Going the other way, any even value at or above that minimum works:
 * take three 2s and let the fourth part absorb the rest.
 */
#include <stdbool.h>

struct four_parts {
    long part[4];
};

bool split_into_four_evens(long total, struct four_parts *out)
{
    if (total < 8 || total % 2 != 0)
        return false;
    if (out) {
        out->part[0] = out->part[1] = out->part[2] = 2;
        out->part[3] = total - 6;
    }
    return true;
}
'''

C10[142] = r'''#include <stddef.h>

/* Position-weighted total of an int array.
 *
 * The contribution of each element depends on where it sits:
 *   - index divisible by 3          -> element squared
 *   - index divisible by 4, not 3   -> element cubed
 *   - any other index               -> element as is
 * Index 0 falls in the first bucket. An empty array totals 0.
 */
long long positional_total(const int *data, size_t len)
{
    long long acc = 0;

    for (size_t pos = 0; pos < len; pos++) {
        long long v = data[pos];

        if (pos % 3 == 0)
            acc += v * v;
        else if (pos % 4 == 0)
            acc += v * v * v;
        else
            acc += v;
    }
    return acc;
}
'''

C10[154] = r'''#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/*
 * contains_rotation(text, word)
 *
 * True when `word`, or any cyclic rotation of it, shows up as a contiguous
 * piece of `text`. Writing the word twice in a row gives a string in which
 * every rotation appears as a window of the original length, so we just
 * slide each of those windows over the text.
 *
 *   contains_rotation("wonderful", "erwond") -> true   ("wonder")
 *   contains_rotation("abcde", "cdab")       -> true   ("abcd")
 *   contains_rotation("rotation", "tatio")   -> true
 *   contains_rotation("banana", "nab")       -> false
 *   contains_rotation("network", "kne")      -> false
 */
bool contains_rotation(const char *text, const char *word)
{
    size_t wlen = strlen(word);
    size_t tlen = strlen(text);
    bool found = false;

    if (wlen == 0)
        return true;
    if (wlen > tlen)
        return false;

    char *twice = malloc(2 * wlen + 1);
    if (!twice)
        return false;
    memcpy(twice, word, wlen);
    memcpy(twice + wlen, word, wlen);
    twice[2 * wlen] = '\0';

    for (size_t shift = 0; shift < wlen && !found; shift++) {
        for (size_t at = 0; at + wlen <= tlen; at++) {
            if (memcmp(text + at, twice + shift, wlen) == 0) {
                found = true;
                break;
            }
        }
    }
    free(twice);
    return found;
}
'''

C10[161] = r'''#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* Flip the case of every ASCII letter in buf, in place. When the buffer
 * contains no letters whatsoever, reverse the whole thing instead. */
void flip_or_reverse(char *buf)
{
    int saw_letter = 0;

    for (char *p = buf; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isupper(c)) {
            *p = (char)tolower(c);
            saw_letter = 1;
        } else if (islower(c)) {
            *p = (char)toupper(c);
            saw_letter = 1;
        }
    }
    if (saw_letter)
        return;

    size_t n = strlen(buf);
    if (n < 2)
        return;
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }
}

int main(void)
{
    char a[] = "Hello, World!";
    char b[] = "2024-11";
    char c[] = "x9Y";

    flip_or_reverse(a);
    flip_or_reverse(b);
    flip_or_reverse(c);
    printf("%s\n", a);   /* hELLO, wORLD! */
    printf("%s\n", b);   /* 11-4202 */
    printf("%s\n", c);   /* X9y */
    return 0;
}
'''

C10[162] = r'''/*
 * md5hex.c -- tiny self-contained MD5 so the tool does not have to link
 * against OpenSSL just to fingerprint a few strings.
 *
 * text_md5_hex() returns a freshly malloc'ed, NUL-terminated string of 32
 * lowercase hex digits. An empty input has nothing worth fingerprinting,
 * so it yields NULL (as does an allocation failure). Caller frees.
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

static const unsigned char SHIFT[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20, 5,  9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static uint32_t rotl32(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32 - n));
}

static void md5_block(uint32_t st[4], const unsigned char *blk)
{
    uint32_t w[16];
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];

    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[4 * i]
             | (uint32_t)blk[4 * i + 1] << 8
             | (uint32_t)blk[4 * i + 2] << 16
             | (uint32_t)blk[4 * i + 3] << 24;

    for (unsigned i = 0; i < 64; i++) {
        uint32_t f;
        unsigned g;

        if (i < 16)      { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d;          g = (3 * i + 5) % 16; }
        else             { f = c ^ (b | ~d);       g = (7 * i) % 16; }

        uint32_t saved = d;
        d = c;
        c = b;
        b = b + rotl32(a + f + K[i] + w[g], SHIFT[i]);
        a = saved;
    }
    st[0] += a; st[1] += b; st[2] += c; st[3] += d;
}

char *text_md5_hex(const char *text)
{
    size_t len = strlen(text);
    if (len == 0)
        return NULL;

    uint32_t st[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
    size_t whole = len - len % 64;

    for (size_t off = 0; off < whole; off += 64)
        md5_block(st, (const unsigned char *)text + off);

    /* padding: 0x80, zeros, then the bit length little-endian */
    unsigned char tail[128] = { 0 };
    size_t rest = len - whole;
    size_t tail_len = (rest + 9 <= 64) ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;

    memcpy(tail, text + whole, rest);
    tail[rest] = 0x80;
    for (int i = 0; i < 8; i++)
        tail[tail_len - 8 + i] = (unsigned char)(bits >> (8 * i));
    md5_block(st, tail);
    if (tail_len == 128)
        md5_block(st, tail + 64);

    char *hex = malloc(33);
    if (!hex)
        return NULL;
    for (int i = 0; i < 16; i++)
        sprintf(hex + 2 * i, "%02x", (unsigned)(st[i / 4] >> (8 * (i % 4))) & 0xffu);
    return hex;
}
'''

C10[1] = r'''#include <stdlib.h>
#include <string.h>

/*
 * Break a string made of several balanced parenthesis clusters (clusters
 * sit side by side, never inside each other) into the individual clusters.
 * Whitespace and any other non-paren characters are simply dropped.
 *
 * Returns a malloc'ed array of malloc'ed strings and stores how many there
 * are in *count. Release everything with free_clusters().
 */
static char *copy_span(const char *src, size_t n)
{
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, src, n);
        s[n] = '\0';
    }
    return s;
}

void free_clusters(char **list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(list[i]);
    free(list);
}

char **split_clusters(const char *src, size_t *count)
{
    size_t cap = 4, n = 0, used = 0;
    int depth = 0;
    char **out = malloc(cap * sizeof *out);
    char *scratch = malloc(strlen(src) + 1);

    *count = 0;
    if (!out || !scratch) {
        free(out);
        free(scratch);
        return NULL;
    }

    for (const char *p = src; *p; p++) {
        if (*p != '(' && *p != ')')
            continue;
        scratch[used++] = *p;
        depth += (*p == '(') ? 1 : -1;
        if (depth != 0)
            continue;

        if (n == cap) {
            char **grown = realloc(out, 2 * cap * sizeof *out);
            if (!grown) {
                free(scratch);
                free_clusters(out, n);
                return NULL;
            }
            out = grown;
            cap *= 2;
        }
        out[n++] = copy_span(scratch, used);
        used = 0;
    }

    free(scratch);
    *count = n;
    return out;
}
'''

C10[17] = r'''/* Decode a little text notation for rhythm. Notes are separated by blanks:
 *     "o"  -> 4 beats
 *     "o|" -> 2 beats
 *     ".|" -> 1 beat
 * Beat counts are written into the caller's buffer (up to cap of them);
 * the return value is how many notes were found. Unknown tokens are skipped.
 */
#include <stdio.h>
#include <stddef.h>

size_t note_beats(const char *song, int *beats, size_t cap)
{
    size_t n = 0;
    const char *p = song;

    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;

        const char *tok = p;
        while (*p && *p != ' ')
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
            continue;

        if (n < cap)
            beats[n] = value;
        n++;
    }
    return n;
}

int main(void)
{
    int buf[16];
    const char *songs[] = { "o .| o| o", ".| .| o| o" };

    for (int s = 0; s < 2; s++) {
        size_t n = note_beats(songs[s], buf, 16);
        for (size_t i = 0; i < n; i++)
            printf("%d ", buf[i]);
        putchar('\n');
    }
    /* prints:
       4 1 2 4
       1 1 2 4 */
    return 0;
}
'''

C10[41] = r'''Here's a cute one that looks like a simulation problem but isn't.

Picture an endless straight highway. A group of n cars drives east, a second
group of n cars drives west, everybody at the same speed, and the two groups
start very far apart. Whenever an eastbound car meets a westbound one we
count a "collision" -- but these cars are indestructible, so they just pass
through each other and keep going.

Since nobody ever changes direction or speed, every eastbound car eventually
meets every westbound car exactly once. Cars going the same way never meet.
So the answer is just the number of (eastbound, westbound) pairs:

```c
#include <stdint.h>

uint64_t head_on_meetings(uint32_t cars_per_side)
{
    return (uint64_t)cars_per_side * cars_per_side;
}
```

Widening to 64 bits before multiplying keeps large inputs from overflowing.
'''

C10[44] = r'''#include <assert.h>
#include <string.h>

/* Write the digits of `value` in base `radix` (2..9) into out, which must
 * be large enough (CHAR_BIT * sizeof(unsigned) + 1 bytes always is).
 * Digits are produced least significant first, then reversed in place. */
char *to_radix(unsigned value, unsigned radix, char *out)
{
    size_t n = 0;

    do {
        out[n++] = (char)('0' + value % radix);
        value /= radix;
    } while (value != 0);
    out[n] = '\0';

    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        char t = out[i];
        out[i] = out[j];
        out[j] = t;
    }
    return out;
}

int main(void)
{
    char buf[40];

    assert(strcmp(to_radix(255, 2, buf), "11111111") == 0);
    assert(strcmp(to_radix(100, 7, buf), "202") == 0);
    assert(strcmp(to_radix(64, 8, buf), "100") == 0);
    assert(strcmp(to_radix(45, 4, buf), "231") == 0);
    return 0;
}
'''

C10[60] = r'''/* triangular.c - add up the whole numbers from 1 through n.
 *
 * No loop needed: Gauss's pairing trick gives n(n+1)/2. One of n and n+1 is
 * even, so halve that one first to keep the intermediate product small.
 */
unsigned long long running_total(unsigned long long n)
{
    if (n % 2 == 0)
        return (n / 2) * (n + 1);
    return n * ((n + 1) / 2);
}
'''

C10[73] = r'''#include <stddef.h>
#include <stdio.h>

/* Fewest single-element edits needed to make an int array read the same
 * forwards and backwards. An edit overwrites one slot with any value, so
 * every mirrored pair that disagrees costs exactly one edit. */
size_t edits_to_mirror(const int *a, size_t n)
{
    size_t edits = 0;

    if (n < 2)
        return 0;
    for (size_t l = 0, r = n - 1; l < r; l++, r--)
        if (a[l] != a[r])
            edits++;
    return edits;
}

int main(void)
{
    int a[] = { 4, 1, 8, 1, 4 };
    int b[] = { 1, 2, 3, 4 };
    int c[] = { 7, 7, 7, 6 };
    int d[] = { 9, 3, 5, 3, 2, 9 };

    printf("%zu\n", edits_to_mirror(a, 5));   /* 0 */
    printf("%zu\n", edits_to_mirror(b, 4));   /* 2 */
    printf("%zu\n", edits_to_mirror(c, 4));   /* 1 */
    printf("%zu\n", edits_to_mirror(d, 6));   /* 2 */
    return 0;
}
'''

C10[77] = r'''#include <math.h>
#include <stdbool.h>

/*
 * Is v the cube of some integer (negative values and zero included)?
 *
 * cbrt() gets us within rounding distance of the true root; checking the
 * neighbours of the rounded value with exact integer arithmetic takes care
 * of any floating-point wobble for big inputs.
 */
bool is_perfect_cube(long long v)
{
    long long mag = v < 0 ? -v : v;
    long long guess = llround(cbrt((double)mag));

    for (long long r = guess - 1; r <= guess + 1; r++) {
        if (r >= 0 && r * r * r == mag)
            return true;
    }
    return false;
}
'''

C10[100] = r'''#include <stdio.h>
#include <stdlib.h>

/*
 * Build a stone pyramid with `levels` layers. The bottom layer holds
 * `levels` stones, and each layer above it holds two more than the one
 * before (so the parity of the count never changes).
 *
 * Returns a malloc'ed array; *len receives the number of layers.
 */
int *stone_layers(int levels, size_t *len)
{
    *len = 0;
    if (levels <= 0)
        return NULL;

    int *layer = malloc((size_t)levels * sizeof *layer);
    if (!layer)
        return NULL;

    layer[0] = levels;
    for (int i = 1; i < levels; i++)
        layer[i] = layer[i - 1] + 2;
    *len = (size_t)levels;
    return layer;
}

int main(void)
{
    int sizes[] = { 4, 5, 1 };

    for (int k = 0; k < 3; k++) {
        size_t n;
        int *p = stone_layers(sizes[k], &n);
        for (size_t i = 0; i < n; i++)
            printf("%d%c", p[i], i + 1 < n ? ' ' : '\n');
        free(p);
    }
    /* expected:
       4 6 8 10
       5 7 9 11 13
       1 */
    return 0;
}
'''

C_HELDOUT10 = {}

C_HELDOUT10[107] = r'''#include <stdio.h>

/* Among the integers 1..limit (both ends included), how many read the same
 * in both directions, split by parity? */
struct pal_tally {
    int even;
    int odd;
};

static int is_pal(int x)
{
    int rev = 0, orig = x;

    while (x > 0) {
        rev = rev * 10 + x % 10;
        x /= 10;
    }
    return rev == orig;
}

struct pal_tally count_palindromes(int limit)
{
    struct pal_tally t = { 0, 0 };

    for (int k = 1; k <= limit; k++) {
        if (!is_pal(k))
            continue;
        if (k % 2 == 0)
            t.even++;
        else
            t.odd++;
    }
    return t;
}

int main(void)
{
    int limits[] = { 25, 100, 9 };

    for (int i = 0; i < 3; i++) {
        struct pal_tally t = count_palindromes(limits[i]);
        printf("%d: even=%d odd=%d\n", limits[i], t.even, t.odd);
    }
    /* 25: even=5 odd=6
       100: even=8 odd=10
       9: even=4 odd=5 */
    return 0;
}
'''

C_HELDOUT10[119] = r'''We get two strings built only from '(' and ')'. The question is whether
gluing them together -- in either order -- can produce a properly balanced
sequence. There is no need to actually build the concatenations: just run
the usual depth counter over one string and then straight on into the
other, and try both orders.

```c
#include <stdbool.h>

static bool balanced_pair(const char *first, const char *second)
{
    long depth = 0;
    const char *parts[2] = { first, second };

    for (int k = 0; k < 2; k++) {
        for (const char *p = parts[k]; *p; p++) {
            depth += (*p == '(') ? 1 : -1;
            if (depth < 0)
                return false;      /* closed more than we opened */
        }
    }
    return depth == 0;
}

const char *can_join_balanced(const char *x, const char *y)
{
    return (balanced_pair(x, y) || balanced_pair(y, x)) ? "Yes" : "No";
}
```
'''

C_HELDOUT10[135] = r'''#include <stddef.h>

/* Return the index of the last element that is smaller than the element
 * right before it, or -1 if the array never steps down. The values are
 * assumed to be distinct. Scanning from the back lets us stop at the
 * first hit. */
long last_descent(const int *v, size_t n)
{
    for (size_t i = n; i-- > 1; ) {
        if (v[i] < v[i - 1])
            return (long)i;
    }
    return -1;
}
'''

C_HELDOUT10[143] = r'''#include <stdio.h>
#include <string.h>

/*
 * Keep only the words of a sentence whose length is a prime number and
 * write them, single-space separated and in their original order, into
 * `out` (which needs at least strlen(sentence) + 1 bytes).
 *
 *   "cats and dogs run fast"   -> "and run"
 *   "my algorithm seems okay"  -> "my seems"
 *   "abcd efgh"                -> ""
 */
static int prime_len(size_t n)
{
    if (n < 2)
        return 0;
    for (size_t d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

void prime_length_words(const char *sentence, char *out)
{
    size_t w = 0;
    const char *p = sentence;

    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        size_t len = (size_t)(p - start);
        if (len && prime_len(len)) {
            if (w)
                out[w++] = ' ';
            memcpy(out + w, start, len);
            w += len;
        }
    }
    out[w] = '\0';
}
'''

C_HELDOUT10[151] = r'''/* Sum the squares of the odd, positive, whole-number entries of a mixed
 * numeric list. Entries are tagged: anything stored as a floating-point
 * value is ignored outright, as are negatives, zero and even numbers.
 * An empty list sums to 0. */
#include <stddef.h>

enum num_kind { NUM_INT, NUM_REAL };

struct number {
    enum num_kind kind;
    union {
        long i;
        double r;
    } as;
};

long long odd_square_sum(const struct number *xs, size_t n)
{
    long long total = 0;

    for (size_t k = 0; k < n; k++) {
        if (xs[k].kind != NUM_INT)
            continue;
        long v = xs[k].as.i;
        if (v > 0 && v % 2 == 1)
            total += (long long)v * v;
    }
    return total;
}
'''

C_HELDOUT10[11] = r'''#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* Bitwise exclusive-or of two strings of '0'/'1' characters, position by
 * position. If the lengths differ, the extra tail of the longer one is
 * ignored. Result is malloc'ed; the caller frees it. */
char *bitstring_xor(const char *lhs, const char *rhs)
{
    size_t n = strlen(lhs);
    size_t m = strlen(rhs);
    if (m < n)
        n = m;

    char *res = malloc(n + 1);
    if (!res)
        return NULL;
    for (size_t i = 0; i < n; i++)
        res[i] = (lhs[i] == rhs[i]) ? '0' : '1';
    res[n] = '\0';
    return res;
}

int main(void)
{
    char *r;

    r = bitstring_xor("1100", "1010"); assert(strcmp(r, "0110") == 0); free(r);
    r = bitstring_xor("111", "000");   assert(strcmp(r, "111") == 0);  free(r);
    r = bitstring_xor("0101", "0101"); assert(strcmp(r, "0000") == 0); free(r);
    return 0;
}
'''

C_HELDOUT10[3] = r'''#include <stdbool.h>
#include <stddef.h>

/*
 * An account opens with a balance of zero and then receives a series of
 * transactions (positive = deposit, negative = withdrawal). Report whether
 * the running balance is ever negative at any point along the way.
 */
bool ever_overdrawn(const long *txns, size_t count)
{
    long long balance = 0;

    for (size_t i = 0; i < count; i++) {
        balance += txns[i];
        if (balance < 0)
            return true;
    }
    return false;
}
'''

C_HELDOUT10[163] = r'''#include <stdio.h>

/* Print, in increasing order, the even single-digit values (2, 4, 6, 8)
 * lying between two positive bounds given in either order. Nothing is
 * printed if none fall in range; a newline always ends the line. */
void print_even_digits_between(int p, int q)
{
    int lo = p < q ? p : q;
    int hi = p < q ? q : p;
    const char *sep = "";

    for (int d = 2; d <= 8; d += 2) {
        if (d >= lo && d <= hi) {
            printf("%s%d", sep, d);
            sep = " ";
        }
    }
    putchar('\n');
}

int main(void)
{
    print_even_digits_between(3, 11);   /* 4 6 8 */
    print_even_digits_between(9, 1);    /* 2 4 6 8 */
    print_even_digits_between(17, 40);  /* (empty line) */
    print_even_digits_between(5, 5);    /* (empty line) */
    return 0;
}
'''

PY10 = {}

PY10[2] = r'''import math


def fractional_part(value: float) -> float:
    """Strip the whole-number portion off a positive float and give back
    what is left after the decimal point (always in [0, 1))."""
    return value - math.floor(value)
'''

PY10[18] = r'''def count_overlapping(haystack: str, needle: str) -> int:
    """Count every position where `needle` starts inside `haystack`,
    including matches that overlap one another."""
    hits = 0
    pos = haystack.find(needle)
    while pos != -1:
        hits += 1
        pos = haystack.find(needle, pos + 1)
    return hits


assert count_overlapping("banana", "ana") == 2
assert count_overlapping("abababa", "aba") == 3
assert count_overlapping("mississippi", "ss") == 2
assert count_overlapping("aaaaa", "aa") == 4
'''

PY10[20] = r'''# Given at least two numbers, pick the pair whose values are nearest to
# each other and return it as (smaller, larger).
#
# Sorting first means the closest pair must be neighbours in sorted order,
# so one linear pass over adjacent elements is enough.

def nearest_pair(values):
    ordered = sorted(values)
    best = (ordered[0], ordered[1])
    for lo, hi in zip(ordered, ordered[1:]):
        if hi - lo < best[1] - best[0]:
            best = (lo, hi)
    return best
'''

PY10[30] = r'''def keep_positive(items):
    """Return a new list holding only the strictly positive entries of
    `items`, in their original order. Zero is dropped along with the
    negatives."""
    out = []
    for x in items:
        if x > 0:
            out.append(x)
    return out
'''

PY10[36] = r'''A quick puzzle: look at every non-negative integer below some bound that is
a multiple of 11 or of 13, write them all out, and count how many times the
digit 7 shows up in total.

```python
def sevens_in_multiples(bound):
    return sum(
        str(k).count("7")
        for k in range(bound)
        if k % 11 == 0 or k % 13 == 0
    )

print(sevens_in_multiples(100))  # 3
print(sevens_in_multiples(150))  # 4
print(sevens_in_multiples(200))  # 6
```
'''

PY10[42] = r'''# Bump every number in a list up by one, leaving the original untouched.
def add_one_to_each(numbers):
    return list(map(lambda n: n + 1, numbers))
'''

PY10[58] = r'''def shared_sorted(first, second):
    """Values present in both lists, each reported once, smallest first."""
    return sorted(set(first).intersection(second))


if __name__ == "__main__":
    assert shared_sorted([3, 9, 1, 9, 4], [9, 4, 4, 0]) == [4, 9]
    assert shared_sorted([10, 20, 30], [40, 50]) == []
    assert shared_sorted([-2, 5, -2, 7], [7, -2, 8]) == [-2, 7]
    print("ok")
'''

PY10[66] = r'''def capital_code_total(text):
    # Add up the character codes of the capital letters only; everything
    # else (lowercase, digits, punctuation) contributes nothing.
    #   capital_code_total("Python3X") -> 168
    #   capital_code_total("ABC")      -> 198
    #   capital_code_total("lower")    -> 0
    total = 0
    for ch in text:
        if ch.isupper():
            total += ord(ch)
    return total
'''

PY_HELDOUT10 = {}

PY_HELDOUT10[67] = r'''import re


def mangoes_left(description, basket_total):
    """A basket holds apples, oranges and mangoes. `description` says how
    many apples and oranges there are (e.g. "12 apples and 7 oranges");
    whatever is not accounted for by those two numbers must be mangoes.

    >>> mangoes_left("12 apples and 7 oranges", 30)
    11
    >>> mangoes_left("0 apples and 0 oranges", 4)
    4
    """
    counted = sum(int(tok) for tok in re.findall(r"\d+", description))
    return basket_total - counted
'''

PY_HELDOUT10[75] = r'''def three_prime_product(num):
    # True when num factors into exactly three primes, counted with
    # multiplicity (so 2*2*7 qualifies just like 2*3*5).
    factors = 0
    d = 2
    while d * d <= num:
        while num % d == 0:
            num //= d
            factors += 1
        d += 1
    if num > 1:
        factors += 1
    return factors == 3
'''

PY_HELDOUT10[91] = r'''Counting "bored" sentences
--------------------------

Split a paragraph into sentences wherever there is a '.', '?' or '!', and
count the sentences whose first word is the pronoun "I".

```python
import re

def count_i_sentences(paragraph):
    total = 0
    for piece in re.split(r"[.?!]", paragraph):
        if piece.lstrip().startswith("I "):
            total += 1
    return total
```
'''

PY_HELDOUT10[103] = r'''def binary_mean(lo, hi):
    """Average of all integers from lo to hi inclusive, rounded to the
    nearest integer (Python's round, so ties go to the even neighbour) and
    rendered as a '0b' binary string. If lo > hi, return -1 instead.

    The mean of a run of consecutive integers is just the midpoint of the
    two ends, so there is no need to loop.
    """
    if lo > hi:
        return -1
    return bin(round((lo + hi) / 2))


assert binary_mean(3, 9) == "0b110"
assert binary_mean(4, 7) == "0b110"
assert binary_mean(2, 5) == "0b100"
assert binary_mean(10, 3) == -1
'''

OTHER10 = [
# C: count three-digit values among the first k entries
r'''#include <stddef.h>
#include <stdio.h>

/* How many of the first `k` values have exactly three digits, ignoring the
 * sign? (So -340 counts, 1000 does not.) */
size_t count_three_digit(const int *v, size_t n, size_t k)
{
    size_t hits = 0;

    if (k > n)
        k = n;
    for (size_t i = 0; i < k; i++) {
        long a = v[i] < 0 ? -(long)v[i] : v[i];
        if (a >= 100 && a <= 999)
            hits++;
    }
    return hits;
}

int main(void)
{
    int data[] = { 5, 120, -340, 7, 1000, 999 };

    printf("%zu\n", count_three_digit(data, 6, 6));  /* 3 */
    printf("%zu\n", count_three_digit(data, 6, 2));  /* 1 */
    return 0;
}
''',
# C: base conversion up to hexadecimal
r'''#include <string.h>

/* Render n in any base from 2 to 16, using uppercase letters for digit
 * values ten and above. The result goes into `out` (33 bytes suffice).
 *
 *   format_base(255, 16)  -> "FF"
 *   format_base(3054, 16) -> "BEE"
 *   format_base(10, 2)    -> "1010"
 *   format_base(35, 12)   -> "2B"
 */
void format_base(unsigned n, unsigned base, char *out)
{
    static const char digits[] = "0123456789ABCDEF";
    char tmp[33];
    size_t k = 0;

    do {
        tmp[k++] = digits[n % base];
        n /= base;
    } while (n);

    for (size_t i = 0; i < k; i++)
        out[i] = tmp[k - 1 - i];
    out[k] = '\0';
}
''',
# C: strictly increasing check
r'''#include <stdbool.h>
#include <stddef.h>

/* A sequence passes only if every element is strictly larger than the one
 * before it -- any repeated value, even a single pair, fails it. */
bool strictly_rising(const int *xs, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (xs[i] <= xs[i - 1])
            return false;
    return true;
}
''',
# C: swap case of vowels only
r'''Only the vowels get their case flipped here; consonants, digits and
punctuation stay exactly as they were.

```c
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_vowel(int c)
{
    return strchr("aeiou", tolower(c)) != NULL && c != '\0';
}

void flip_vowel_case(char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (!is_vowel(c))
            continue;
        *s = (char)(isupper(c) ? tolower(c) : toupper(c));
    }
}

int main(void)
{
    char a[] = "Hello World";
    char b[] = "sky";
    char c[] = "AEIxyz";

    flip_vowel_case(a);
    flip_vowel_case(b);
    flip_vowel_case(c);
    puts(a);   /* HEllO WOrld */
    puts(b);   /* sky */
    puts(c);   /* aeixyz */
    return 0;
}
```
''',
# C: perfect square test
r'''#include <stdbool.h>

/* Is n a perfect square? Negative numbers never are. Uses an integer
 * Newton iteration so there is no floating-point rounding to worry about. */
bool is_square(long long n)
{
    if (n < 0)
        return false;
    if (n < 2)
        return true;

    long long x = n / 2;
    while (x * x > n)
        x = (x + n / x) / 2;
    return x * x == n;
}
''',
# Python: non-overlapping occurrences
r'''def count_disjoint(text, piece):
    """Count occurrences of `piece` in `text`, scanning left to right and
    resuming after each match, so matches never share characters.

    >>> count_disjoint("aaaa", "aa")
    2
    >>> count_disjoint("banana", "ana")
    1
    >>> count_disjoint("abababa", "aba")
    2
    """
    found = 0
    i = 0
    while piece and i <= len(text) - len(piece):
        if text.startswith(piece, i):
            found += 1
            i += len(piece)
        else:
            i += 1
    return found
''',
# Python: sum of digit characters
r'''# Add together the numeric values of all digit characters appearing in a
# string; letters and symbols are skipped.
def digit_char_sum(s):
    return sum(int(c) for c in s if c.isdigit())
''',
# Python: largest gap between neighbours
r'''def widest_neighbour_gap(seq):
    """Among elements that are next to each other in the list (as given,
    not sorted), find the pair with the biggest absolute difference and
    return it as (smaller, larger). Needs at least two elements."""
    best = None
    for a, b in zip(seq, seq[1:]):
        if best is None or abs(a - b) > best[1] - best[0]:
            best = (min(a, b), max(a, b))
    return best
''',
]
