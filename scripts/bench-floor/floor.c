/*
 * The floor for scripts/bench: the least work any program reading csat's
 * input and writing csat's Data sheet must do, in plain C on the same two
 * libraries. A reference point, not a product: no validity, no scoring.
 *
 *   floor parse FILE...
 *       Reads each file in 4 MiB chunks (as csat does) and feeds libcsv,
 *       counting rows and fields. No decoding beyond libcsv's.
 *
 *   floor write FORMS.csv OUT.xlsx TEXT_COLS NUMBER_COLS [ROWS]
 *       Parses FORMS.csv and writes the cells of csat's Data sheet with
 *       libxlsxwriter in constant-memory mode: a header row, then one row per
 *       form (the first ROWS forms when given, e.g. the valid count) with
 *       TEXT_COLS as text cells (comma-separated 0-based field indices, in
 *       sheet order; "U1:2" stands for a 12-character pseudonym of fields 1
 *       and 2, as csat writes "U-" and 10 hex digits in place of the unit),
 *       NUMBER_COLS as number cells (empty fields stay blank), and a last
 *       number cell with one decimal derived from the answers (csat's
 *       respondent score column; its value does not change the cost).
 *
 * Build: cc -O2 -o floor floor.c -lcsv -lxlsxwriter
 */
#include <csv.h>
#include <xlsxwriter.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHUNK (4 << 20)
#define MAX_FIELDS 512
#define FIELD_BYTES 4096
#define SHEET_ROWS 1048575 /* data rows under the header row, as csat's DataSheet */

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void die(const char *what, const char *detail) {
    fprintf(stderr, "floor: %s: %s\n", what, detail);
    exit(2);
}

/* Feeds a whole file to libcsv; the callbacks do the rest. */
static void parse_file(const char *path, void (*field)(void *, size_t, void *), void (*row)(int, void *), void *ctx) {
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) die(path, "csv_init failed");
    FILE *f = fopen(path, "rb");
    if (!f) die(path, "cannot open");
    char *buf = malloc(CHUNK);
    size_t n;
    while ((n = fread(buf, 1, CHUNK, f)) > 0)
        if (csv_parse(&p, buf, n, field, row, ctx) != n) die(path, csv_strerror(csv_error(&p)));
    if (ferror(f)) die(path, "read error");
    if (csv_fini(&p, field, row, ctx) != 0) die(path, csv_strerror(csv_error(&p)));
    csv_free(&p);
    free(buf);
    fclose(f);
}

/* ---- parse ---- */

struct counts { long long rows, fields; };

static void count_field(void *s, size_t len, void *ctx) { (void)s; (void)len; ((struct counts *)ctx)->fields++; }
static void count_row(int term, void *ctx) { (void)term; ((struct counts *)ctx)->rows++; }

static int parse_mode(int argc, char **argv) {
    struct counts c = {0, 0};
    double t0 = now();
    for (int i = 0; i < argc; i++) parse_file(argv[i], count_field, count_row, &c);
    printf("floor parse: %lld rows, %lld fields, %.3f s\n", c.rows, c.fields, now() - t0);
    return 0;
}

/* ---- write ---- */

struct writer {
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *text, *integer, *index;
    int text_cols[64], ntext;   /* field index per text column; -1 = unit pseudonym */
    int unit_a, unit_b;         /* the pseudonym's two fields */
    int num_cols[MAX_FIELDS], nnum;
    long long limit, written;   /* data rows to write, and written so far */
    int sheets, sheet_row;      /* sheet number, and the next row on it */
    char fields[MAX_FIELDS][FIELD_BYTES];
    size_t lens[MAX_FIELDS];
    int nf;
    int header_done;
};

static void check(lxw_error e, const char *what) {
    if (e != LXW_NO_ERROR) die(what, lxw_strerror(e));
}

static void new_sheet(struct writer *w) {
    char name[32];
    w->sheets++;
    snprintf(name, sizeof name, w->sheets == 1 ? "Data" : "Data (%d)", w->sheets);
    w->ws = workbook_add_worksheet(w->wb, name);
    if (!w->ws) die("workbook_add_worksheet", name);
    w->sheet_row = 0;
}

static void put_text(struct writer *w, int col, const char *s) {
    if (*s) check(worksheet_write_string(w->ws, w->sheet_row, col, s, w->text), "writing text");
}

static void write_header(struct writer *w) {
    int col = 0;
    for (int i = 0; i < w->ntext; i++) put_text(w, col++, w->text_cols[i] < 0 ? "unit" : w->fields[w->text_cols[i]]);
    for (int i = 0; i < w->nnum; i++) put_text(w, col++, w->fields[w->num_cols[i]]);
    put_text(w, col, "score");
    w->sheet_row++;
}

static void write_row(struct writer *w) {
    int col = 0;
    char unit[16];
    if (w->sheet_row > SHEET_ROWS) { new_sheet(w); write_header(w); }
    for (int i = 0; i < w->ntext; i++, col++) {
        int f = w->text_cols[i];
        if (f >= 0) { put_text(w, col, w->fields[f]); continue; }
        /* The unit's stand-in, as long as csat's "U-" + 10 hex digits: FNV-1a of project 0x1F unit. */
        uint64_t h = 0xcbf29ce484222325ULL;
        int k = w->unit_a;
        for (int part = 0; part < 2; part++, k = w->unit_b) {
            for (size_t j = 0; j < w->lens[k]; j++) { h ^= (unsigned char)w->fields[k][j]; h *= 0x100000001b3ULL; }
            if (part == 0) { h ^= 0x1F; h *= 0x100000001b3ULL; }
        }
        snprintf(unit, sizeof unit, "U-%010llx", (unsigned long long)(h & 0xFFFFFFFFFFULL));
        put_text(w, col, unit);
    }
    double sum = 0; int answered = 0;
    for (int i = 0; i < w->nnum; i++, col++) {
        const char *s = w->fields[w->num_cols[i]];
        if (!*s) continue;
        double x = strtod(s, NULL);
        sum += x; answered++;
        check(worksheet_write_number(w->ws, w->sheet_row, col, x, w->integer), "writing a number");
    }
    if (answered) {
        double score = round((sum / answered - 1) * 25 * 10) / 10;
        check(worksheet_write_number(w->ws, w->sheet_row, col, score, w->index), "writing a number");
    }
    w->sheet_row++;
}

static void keep_field(void *s, size_t len, void *ctx) {
    struct writer *w = ctx;
    if (w->nf >= MAX_FIELDS) die("forms", "too many fields");
    if (len >= FIELD_BYTES) len = FIELD_BYTES - 1;
    memcpy(w->fields[w->nf], s ? s : "", len); /* libcsv owns its buffer: copy during the callback */
    w->fields[w->nf][len] = 0;
    w->lens[w->nf++] = len;
}

static void end_row(int term, void *ctx) {
    (void)term;
    struct writer *w = ctx;
    if (!w->header_done) { write_header(w); w->header_done = 1; }
    else if (w->limit < 0 || w->written < w->limit) { write_row(w); w->written++; }
    w->nf = 0;
}

static int field_index(const char *s, char **end, const char *what) {
    long i = strtol(s, end, 10);
    if (*end == s || i < 0 || i >= MAX_FIELDS) die(what, "expected comma-separated field indices");
    return (int)i;
}

static int parse_list(const char *s, int *out, int max, struct writer *w, const char *what) {
    int n = 0;
    for (char *end; *s; s = *end ? end + 1 : end) {
        if (n == max) die(what, "too many columns");
        if (*s == 'U' && w) { /* U<project>:<unit> */
            w->unit_a = field_index(s + 1, &end, what);
            if (*end != ':') die(what, "write the pseudonym as U<project field>:<unit field>");
            w->unit_b = field_index(end + 1, &end, what);
            out[n++] = -1;
        } else {
            out[n++] = field_index(s, &end, what);
        }
        if (*end && *end != ',') die(what, "expected comma-separated field indices");
    }
    return n;
}

static int write_mode(int argc, char **argv) {
    if (argc < 4) die("usage", "floor write FORMS.csv OUT.xlsx TEXT_COLS NUMBER_COLS [ROWS]");
    static struct writer w; /* ~2 MB of field buffers: not on the stack */
    w.ntext = parse_list(argv[2], w.text_cols, 64, &w, "TEXT_COLS");
    w.nnum = parse_list(argv[3], w.num_cols, MAX_FIELDS, NULL, "NUMBER_COLS");
    w.limit = argc > 4 ? atoll(argv[4]) : -1;
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE};
    w.wb = workbook_new_opt(argv[1], &opt);
    if (!w.wb) die(argv[1], "cannot create the workbook");
    w.text = workbook_add_format(w.wb);
    w.integer = workbook_add_format(w.wb);
    format_set_num_format(w.integer, "0");
    w.index = workbook_add_format(w.wb);
    format_set_num_format(w.index, "0.0");
    new_sheet(&w);
    double t0 = now();
    parse_file(argv[0], keep_field, end_row, &w);
    double t1 = now();
    check(workbook_close(w.wb), "saving the workbook");
    double t2 = now();
    printf("floor write: %lld rows x %d columns, parse+cells %.3f s, workbook_close %.3f s\n",
           w.written, w.ntext + w.nnum + 1, t1 - t0, t2 - t1);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "parse") == 0) return parse_mode(argc - 2, argv + 2);
    if (argc >= 3 && strcmp(argv[1], "write") == 0) return write_mode(argc - 2, argv + 2);
    fprintf(stderr, "usage: floor parse FILE...\n"
                    "       floor write FORMS.csv OUT.xlsx TEXT_COLS NUMBER_COLS [ROWS]\n");
    return 2;
}
