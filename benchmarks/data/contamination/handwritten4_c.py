"""Fourth batch of hand-written C documents (2026-11-24).

Written blind to the detector, after it was frozen: none of the detector code or
its evaluation outputs were read while writing these.

C4         -- HumanEval item number -> C translation; items in the benchmark index (positives).
C_HELDOUT4 -- HumanEval item number -> C translation; held-out items, not in the index (negatives).
OTHER_C4   -- C programs for small HumanEval-style problems that are not HumanEval items but sit
              close to one in topic (negatives).
"""

C4 = {
1: """#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The input holds several groups of parentheses; each group is balanced and
   the groups are not nested inside one another. Break the input into those
   groups, dropping any blanks. Returns a malloc'd array of malloc'd strings,
   the number of groups goes to *count. */
char **split_groups(const char *s, int *count)
{
    size_t len = strlen(s);
    char **groups = malloc((len / 2 + 1) * sizeof *groups);
    char *buf = malloc(len + 1);
    size_t pos = 0;
    int depth = 0, k = 0;

    for (; *s; s++) {
        if (*s == '(') {
            depth++;
            buf[pos++] = '(';
        } else if (*s == ')') {
            depth--;
            buf[pos++] = ')';
            if (depth == 0) {
                buf[pos] = '\\0';
                groups[k++] = strdup(buf);
                pos = 0;
            }
        }
    }
    free(buf);
    *count = k;
    return groups;
}

int main(void)
{
    int n;
    char **g = split_groups("(()()) ((())) () ( ( ) )", &n);
    printf("%d groups\\n", n);          /* 4 groups */
    for (int i = 0; i < n; i++) {
        printf("%s\\n", g[i]);          /* (()()), ((())), (), (()) */
        free(g[i]);
    }
    free(g);
    return 0;
}""",
17: """#include <string.h>

/* notes separated by spaces: "o" whole = 4 beats, "o|" half = 2, ".|" quarter = 1.
   writes the beat counts to out, returns how many notes. modifies line (strtok). */
int parse_notes(char *line, int *out)
{
    int count = 0;
    for (char *tok = strtok(line, " "); tok; tok = strtok(NULL, " ")) {
        if (strcmp(tok, "o") == 0)       out[count++] = 4;
        else if (strcmp(tok, "o|") == 0) out[count++] = 2;
        else if (strcmp(tok, ".|") == 0) out[count++] = 1;
    }
    return count;
}""",
28: """#include <stdlib.h>
#include <string.h>

/* Glue n strings together into one newly allocated string (caller frees).
 *   join_all((const char *[]){"a", "b", "c"}, 3)  ->  "abc"
 *   join_all(NULL, 0)                             ->  ""
 */
char *join_all(const char **parts, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += strlen(parts[i]);

    char *res = malloc(total + 1);
    char *p = res;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(parts[i]);
        memcpy(p, parts[i], l);
        p += l;
    }
    *p = '\\0';
    return res;
}""",
38: """#include <string.h>

/* Encoder: cut the text into blocks of three characters and rotate every
   complete block one place to the left ("abc" -> "bca"). A shorter block at
   the end is left alone. Works in place. */
void encode_cyclic(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char t = s[i];
        s[i] = s[i + 1];
        s[i + 1] = s[i + 2];
        s[i + 2] = t;
    }
}

/* Inverse of encode_cyclic: rotate every full block one place to the right. */
void decode_cyclic(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char t = s[i + 2];
        s[i + 2] = s[i + 1];
        s[i + 1] = s[i];
        s[i] = t;
    }
}""",
54: """#include <assert.h>
#include <stdbool.h>

/* Do the two words use exactly the same set of characters?
   Multiplicity is ignored, only which characters appear. */
bool same_letters(const char *a, const char *b)
{
    bool in_a[256] = {false}, in_b[256] = {false};
    while (*a) in_a[(unsigned char)*a++] = true;
    while (*b) in_b[(unsigned char)*b++] = true;
    for (int c = 0; c < 256; c++)
        if (in_a[c] != in_b[c])
            return false;
    return true;
}

int main(void)
{
    assert(same_letters("listen", "silent"));
    assert(same_letters("kayak", "yak"));
    assert(!same_letters("abc", "abcd"));
    assert(!same_letters("tree", "treat"));
    return 0;
}""",
65: """#include <stdio.h>

/* Rotate the decimal digits of x right by `shift` positions and write the
   result as a string into out. If shift is larger than the digit count,
   out gets the digits reversed instead. */
void rotate_digits(int x, int shift, char *out)
{
    char d[16];
    int len = sprintf(d, "%d", x);
    if (shift > len) {
        for (int i = 0; i < len; i++)
            out[i] = d[len - 1 - i];
        out[len] = '\\0';
        return;
    }
    sprintf(out, "%s%.*s", d + len - shift, len - shift, d);
}""",
76: """/* Returns 1 if x is an integer power of n (n^k == x for some k >= 0), else 0.
 *   is_power_of(81, 3) -> 1     is_power_of(1, 7) -> 1
 *   is_power_of(10, 3) -> 0     is_power_of(5, 1) -> 0
 */
int is_power_of(long x, long n)
{
    if (n == 1)
        return x == 1;
    long p = 1;
    while (p < x)
        p *= n;
    return p == x;
}""",
84: """#include <stdlib.h>

/* Sum the decimal digits of N (0 <= N <= 10000) and return that sum written
   in binary, as a malloc'd string. */
char *digit_sum_binary(int N)
{
    int s = 0;
    for (; N > 0; N /= 10)
        s += N % 10;

    char tmp[32];
    int k = 0;
    do {
        tmp[k++] = '0' + (s & 1);
        s >>= 1;
    } while (s);

    char *res = malloc(k + 1);
    for (int i = 0; i < k; i++)
        res[i] = tmp[k - 1 - i];
    res[k] = '\\0';
    return res;
}""",
92: """#include <math.h>
#include <stdbool.h>

static bool whole(double v) { return v == floor(v); }

// true only when all three values are integers and one of them equals the sum of the other two
bool one_is_sum(double a, double b, double c)
{
    if (!whole(a) || !whole(b) || !whole(c))
        return false;
    return a + b == c || a + c == b || b + c == a;
}""",
102: """/* Largest even integer in the closed range [lo, hi]; -1 when there is none
   (also when lo > hi).
     largest_even(7, 11) == 10
     largest_even(9, 9)  == -1
     largest_even(20, 4) == -1 */
int largest_even(int lo, int hi)
{
    for (int v = hi; v >= lo; v--)
        if (v % 2 == 0)
            return v;
    return -1;
}""",
110: """#include <stdio.h>

/* Can elements be swapped between a and b, as many times as we like, so that
   a ends up with only even numbers? That is possible exactly when b holds at
   least as many even numbers as a holds odd ones. */
const char *can_make_even(const int *a, int na, const int *b, int nb)
{
    int odd_in_a = 0, even_in_b = 0;
    for (int i = 0; i < na; i++)
        if (a[i] % 2 != 0) odd_in_a++;
    for (int i = 0; i < nb; i++)
        if (b[i] % 2 == 0) even_in_b++;
    return even_in_b >= odd_in_a ? "YES" : "NO";
}

int main(void)
{
    int a1[] = {1, 2, 3, 4}, b1[] = {1, 2, 3, 4};
    int a2[] = {1, 2, 3, 4}, b2[] = {1, 5, 3, 4};
    printf("%s\\n", can_make_even(a1, 4, b1, 4));   /* YES */
    printf("%s\\n", can_make_even(a2, 4, b2, 4));   /* NO */
    return 0;
}""",
118: """#include <string.h>

static int is_vowel(char c) { return c && strchr("aeiouAEIOU", c) != NULL; }

/* Walking from the end of the word, return the first vowel with a consonant
   on each side. First and last letters never qualify. '\\0' if none found. */
char closest_inner_vowel(const char *w)
{
    int n = strlen(w);
    for (int i = n - 2; i > 0; i--)
        if (is_vowel(w[i]) && !is_vowel(w[i - 1]) && !is_vowel(w[i + 1]))
            return w[i];
    return '\\0';
}""",
129: """#include <stdio.h>

#define N 4

/*
 * N x N grid containing each of 1..N*N once. A path of length k visits k cells
 * (repeats allowed), each step going to a cell that shares an edge. Paths are
 * compared by their lists of values, lexicographically. The smallest one
 * starts on 1 and then goes back and forth between 1 and its smallest neighbour.
 */
void min_path(int g[N][N], int k, int *path)
{
    int best = N * N + 1;
    for (int r = 0; r < N; r++)
        for (int c = 0; c < N; c++) {
            if (g[r][c] != 1)
                continue;
            if (r > 0     && g[r - 1][c] < best) best = g[r - 1][c];
            if (c > 0     && g[r][c - 1] < best) best = g[r][c - 1];
            if (r < N - 1 && g[r + 1][c] < best) best = g[r + 1][c];
            if (c < N - 1 && g[r][c + 1] < best) best = g[r][c + 1];
        }
    for (int i = 0; i < k; i++)
        path[i] = (i % 2 == 0) ? 1 : best;
}

int main(void)
{
    int g[N][N] = {
        { 6, 15,  3, 10},
        {11,  1,  8, 16},
        { 4, 13,  9,  2},
        {14,  7, 12,  5},
    };
    int path[5];
    min_path(g, 5, path);
    for (int i = 0; i < 5; i++)
        printf("%d ", path[i]);
    printf("\\n");                      /* expected: 1 8 1 8 1 */
    return 0;
}""",
137: """#include <stdlib.h>
#include <string.h>

/* Both arguments are real numbers written as text, where the decimal
   separator may be '.' or ','. Returns whichever argument is numerically
   larger (the original string), or NULL when both have the same value. */
static double to_number(const char *s)
{
    char buf[64];
    strncpy(buf, s, sizeof buf - 1);
    buf[sizeof buf - 1] = '\\0';
    for (char *p = buf; *p; p++)
        if (*p == ',')
            *p = '.';
    return strtod(buf, NULL);
}

const char *larger_of(const char *a, const char *b)
{
    double x = to_number(a), y = to_number(b);
    if (x == y)
        return NULL;
    return x > y ? a : b;
}""",
145: """/* Sort nums in ascending order of digit sum, where a negative number's leading
 * digit counts as negative (-12 -> -1 + 2 = 1). Numbers with equal sums stay in
 * their original order (insertion sort is stable).
 *
 *   {25, -31, 7, 100, -5}  ->  {-5, -31, 100, 25, 7}
 */
static int signed_digit_sum(int v)
{
    int neg = v < 0;
    if (neg)
        v = -v;
    int sum = 0, lead = 0;
    while (v > 0) {
        lead = v % 10;
        sum += lead;
        v /= 10;
    }
    return neg ? sum - 2 * lead : sum;
}

void sort_by_digit_sum(int *nums, int n)
{
    for (int i = 1; i < n; i++) {
        int x = nums[i], key = signed_digit_sum(x);
        int j = i - 1;
        while (j >= 0 && signed_digit_sum(nums[j]) > key) {
            nums[j + 1] = nums[j];
            j--;
        }
        nums[j + 1] = x;
    }
}""",
156: """#include <string.h>

/* number in 1..1000 -> lowercase roman numeral, written to buf */
void mini_roman(int number, char *buf)
{
    static const int val[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *sym[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    buf[0] = '\\0';
    for (int i = 0; number > 0; i++)
        while (number >= val[i]) {
            strcat(buf, sym[i]);
            number -= val[i];
        }
}""",
}

C_HELDOUT4 = {
7: """#include <string.h>

/* Copy to out[] the strings of words[] that contain key somewhere inside them
 * (same order); returns how many were kept.
 *   words = {"banana", "cherry", "grape", "plan"}, key = "an"
 *   -> out = {"banana", "plan"}, returns 2
 */
size_t keep_containing(const char **words, size_t n, const char *key, const char **out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strstr(words[i], key) != NULL)
            out[k++] = words[i];
    return k;
}""",
43: """#include <stdbool.h>

/* Do two entries at different positions of v add up to zero? */
bool has_zero_pair(const int *v, int len)
{
    for (int i = 0; i < len; i++)
        for (int j = i + 1; j < len; j++)
            if (v[i] + v[j] == 0)
                return true;
    return false;
}""",
55: """/* n-th Fibonacci number (fib(0) = 0, fib(1) = 1).
   fib(10) == 55, fib(1) == 1, fib(8) == 21 */
long fib(int n)
{
    long a = 0, b = 1;
    while (n-- > 0) {
        long t = a + b;
        a = b;
        b = t;
    }
    return a;
}""",
71: """#include <math.h>

/* Area of a triangle from its three side lengths (Heron's formula), rounded
   to 2 decimal places. Returns -1 if the sides don't make a valid triangle,
   i.e. some two sides together are not longer than the third. */
double heron_area(double a, double b, double c)
{
    if (a + b <= c || a + c <= b || b + c <= a)
        return -1;
    double s = (a + b + c) / 2;
    double area = sqrt(s * (s - a) * (s - b) * (s - c));
    return round(area * 100) / 100;
}""",
87: """#include <stdio.h>

/* Ragged 2-D data: row i has lens[i] entries. Store the (row, column) of every
   entry equal to target in pos[], rows ascending and, within one row, columns
   descending. Returns the number of positions stored. */
int find_positions(int **rows, const int *lens, int nrows, int target, int (*pos)[2])
{
    int k = 0;
    for (int r = 0; r < nrows; r++)
        for (int c = lens[r] - 1; c >= 0; c--)
            if (rows[r][c] == target) {
                pos[k][0] = r;
                pos[k][1] = c;
                k++;
            }
    return k;
}

int main(void)
{
    int r0[] = {7, 3, 7};
    int r2[] = {2, 7};
    int r3[] = {7, 0, 0, 7, 1};
    int *rows[] = {r0, NULL, r2, r3};
    int lens[] = {3, 0, 2, 5};
    int pos[16][2];

    int k = find_positions(rows, lens, 4, 7, pos);
    for (int i = 0; i < k; i++)
        printf("(%d, %d) ", pos[i][0], pos[i][1]);
    printf("\\n");
    /* expected: (0, 2) (0, 0) (2, 1) (3, 3) (3, 0) */
    return 0;
}""",
111: """/* s: lowercase letters separated by single spaces. Work out the highest count
   reached by any letter; counts[] receives that count for each letter that
   reaches it and 0 for every other letter. Returns the highest count, 0 when
   s has no letters at all. */
int most_frequent_letters(const char *s, int counts[26])
{
    int freq[26] = {0}, top = 0;
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            freq[*s - 'a']++;
    for (int i = 0; i < 26; i++)
        if (freq[i] > top)
            top = freq[i];
    for (int i = 0; i < 26; i++)
        counts[i] = (top > 0 && freq[i] == top) ? top : 0;
    return top;
}""",
143: """#include <stdio.h>
#include <string.h>

static int is_prime(int n)
{
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0) return 0;
    return 1;
}

/* Keep only the words of the sentence whose length is prime, in the original
   order, joined by single spaces. out needs room for strlen(sentence) + 1. */
void prime_length_words(const char *sentence, char *out)
{
    const char *p = sentence;
    out[0] = '\\0';
    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        int len = (int)(p - start);
        if (len > 0 && is_prime(len)) {
            if (out[0])
                strcat(out, " ");
            strncat(out, start, len);
        }
    }
}

int main(void)
{
    char buf[128];
    prime_length_words("the quick brown fox jumps over lazy dogs", buf);
    printf("[%s]\\n", buf);   /* [the quick brown fox jumps] */
    prime_length_words("I am learning to code in C", buf);
    printf("[%s]\\n", buf);   /* [am to in] */
    return 0;
}""",
}

OTHER_C4 = [
"""#include <string.h>

/* Value of a lowercase roman numeral (subtractive notation).
   roman_value("xix") == 19, roman_value("mcmxciv") == 1994, roman_value("cdxliv") == 444 */
static int digit_value(char c)
{
    switch (c) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    case 'd': return 500;
    case 'm': return 1000;
    }
    return 0;
}

int roman_value(const char *s)
{
    int total = 0, n = strlen(s);
    for (int i = 0; i < n; i++) {
        int v = digit_value(s[i]);
        if (i + 1 < n && v < digit_value(s[i + 1]))
            total -= v;
        else
            total += v;
    }
    return total;
}""",
"""/* Smallest odd integer in [lo, hi] inclusive, or -1 if the range has none. */
int smallest_odd(int lo, int hi)
{
    if (lo > hi)
        return -1;
    int v = (lo % 2 != 0) ? lo : lo + 1;
    return v <= hi ? v : -1;
}""",
"""#include <stdio.h>

/* Count the top-level groups in a string of balanced parentheses, ignoring
   spaces, and report the deepest nesting level seen anywhere. */
int count_groups(const char *s, int *max_depth)
{
    int depth = 0, groups = 0;
    *max_depth = 0;
    for (; *s; s++) {
        if (*s == '(') {
            if (depth == 0)
                groups++;
            depth++;
            if (depth > *max_depth)
                *max_depth = depth;
        } else if (*s == ')') {
            depth--;
        }
    }
    return groups;
}

int main(void)
{
    int deep;
    int g = count_groups("(()) () ((()()))", &deep);
    printf("%d %d\\n", g, deep);   /* 3 3 */
    g = count_groups("( ( ) ( ) )", &deep);
    printf("%d %d\\n", g, deep);   /* 1 2 */
    return 0;
}""",
"""#include <string.h>

// copy the words of even length from sentence into out, space separated, in order
void even_length_words(const char *sentence, char *out)
{
    out[0] = '\\0';
    for (const char *p = sentence; *p; ) {
        while (*p == ' ') p++;
        const char *w = p;
        while (*p && *p != ' ') p++;
        size_t len = p - w;
        if (len > 0 && len % 2 == 0) {
            if (*out) strcat(out, " ");
            strncat(out, w, len);
        }
    }
}""",
"""#include <stdio.h>

/* Rotate the digits of x (x >= 0) to the LEFT by k places and write the result
   into out. If k is not smaller than the number of digits, x is written out
   unchanged.
     rotate_left(12345, 2) -> "34512"
     rotate_left(987, 5)   -> "987"
     rotate_left(4096, 1)  -> "0964" */
void rotate_left(unsigned x, unsigned k, char *out)
{
    char d[16];
    int len = sprintf(d, "%u", x);
    if ((int)k >= len) {
        sprintf(out, "%s", d);
        return;
    }
    sprintf(out, "%s%.*s", d + k, (int)k, d);
}""",
]
