/* A plain C version of the same kernels over the same .rgx snapshot, to compare against
 * the Swift code under identical machine conditions (the shared machine is rarely
 * quiet). Single-threaded; -O2. Build: gcc -O2 -o core_ref core_ref.c
 * Usage: core_ref GRAPH.rgx [pagerank|betweenness|cocredit|components] [sources]      */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static uint64_t sm_state;
static uint64_t sm_next(void) {
    uint64_t z = (sm_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static size_t pad(size_t b) { return (b + 7) / 8 * 8; }

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: core_ref GRAPH.rgx OP [k]\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    unsigned char head[72];
    if (fread(head, 1, 72, f) != 72) return 1;
    uint64_t n, m;
    memcpy(&n, head + 16, 8); memcpy(&m, head + 24, 8);
    int32_t *off = malloc(4 * (n + 1)), *tg = malloc(4 * m);
    uint8_t *ty = malloc(n);
    if (fread(off, 4, n + 1, f) != n + 1) return 1;
    fseek(f, pad(4 * (n + 1)) - 4 * (n + 1), SEEK_CUR);
    if (fread(tg, 4, m, f) != m) return 1;
    fseek(f, pad(4 * m) - 4 * m + pad(2 * m), SEEK_CUR);
    if (fread(ty, 1, n, f) != n) return 1;
    fclose(f);
    const char *op = argv[2];
    double w0 = now(), c0 = cpu();
    char result[200] = "";
    if (!strcmp(op, "pagerank")) {
        double *r = malloc(8 * n), *sh = malloc(8 * n), *nx = malloc(8 * n), *ns = malloc(8 * n), dang = 0, d = 0.85;
        for (uint64_t v = 0; v < n; v++) { r[v] = 1.0 / n; int k = off[v + 1] - off[v]; if (k) sh[v] = r[v] / k; else { sh[v] = 0; dang += r[v]; } }
        for (int it = 0; it < 20; it++) {
            double base = (1 - d) / n + d * dang / n, lost = 0;
            for (uint64_t v = 0; v < n; v++) {
                double s = 0; for (int32_t i = off[v]; i < off[v + 1]; i++) s += sh[tg[i]];
                double x = base + d * s; nx[v] = x; int k = off[v + 1] - off[v];
                if (k) ns[v] = x / k; else { ns[v] = 0; lost += x; }
            }
            double *t = r; r = nx; nx = t; t = sh; sh = ns; ns = t; dang = lost;
        }
        double best = 0; uint64_t bv = 0; for (uint64_t v = 0; v < n; v++) if (r[v] > best) { best = r[v]; bv = v; }
        snprintf(result, sizeof result, "top node %llu %.3e", (unsigned long long)bv, best);
    } else if (!strcmp(op, "betweenness")) {
        int k = argc > 3 ? atoi(argv[3]) : 100;
        int32_t *src = malloc(4 * k); char *chosen = calloc(n, 1); sm_state = 1;
        for (int c = 0; c < k;) { int32_t v = (int32_t)(sm_next() % n); if (!chosen[v]) { chosen[v] = 1; src[c++] = v; } }
        int32_t *dist = malloc(4 * n), *order = malloc(4 * n);
        double *sigma = calloc(n, 8), *coeff = calloc(n, 8), *acc = calloc(n, 8);
        for (uint64_t v = 0; v < n; v++) dist[v] = -1;
        for (int c = 0; c < k; c++) {
            int32_t s = src[c]; int head = 0, tail = 1; order[0] = s; dist[s] = 0; sigma[s] = 1;
            while (head < tail) {
                int32_t u = order[head++]; int32_t du = dist[u] + 1; double su = sigma[u];
                for (int32_t i = off[u]; i < off[u + 1]; i++) { int32_t v = tg[i];
                    if (dist[v] < 0) { dist[v] = du; sigma[v] = su; order[tail++] = v; } else if (dist[v] == du) sigma[v] += su; }
            }
            for (int j = tail - 1; j >= 0; j--) {
                int32_t x = order[j], nx = dist[x] + 1; double sum = 0;
                for (int32_t i = off[x]; i < off[x + 1]; i++) if (dist[tg[i]] == nx) sum += coeff[tg[i]];
                double delta = sigma[x] * sum; if (x != s) acc[x] += delta; coeff[x] = (1 + delta) / sigma[x];
            }
            for (int j = 0; j < tail; j++) { int32_t v = order[j]; dist[v] = -1; sigma[v] = 0; coeff[v] = 0; }
        }
        double best = 0; uint64_t bv = 0; for (uint64_t v = 0; v < n; v++) if (acc[v] > best) { best = acc[v]; bv = v; }
        snprintf(result, sizeof result, "top node %llu %.4e (unscaled)", (unsigned long long)bv, best);
    } else if (!strcmp(op, "cocredit")) {
        int32_t *mark = malloc(4 * n); long pairs = 0;
        for (uint64_t v = 0; v < n; v++) mark[v] = -1;
        for (int32_t u = 0; u < (int32_t)n; u++) { if (ty[u] != 0) continue; int32_t lw = -1;
            for (int32_t i = off[u]; i < off[u + 1]; i++) { int32_t x = tg[i]; if (x == lw || ty[x] == 0) continue; lw = x;
                for (int32_t j = off[x]; j < off[x + 1]; j++) { int32_t q = tg[j]; if (q <= u || ty[q] != 0) continue;
                    if (mark[q] != u) { mark[q] = u; pairs++; } } } }
        snprintf(result, sizeof result, "%ld distinct pairs", pairs);
    } else if (!strcmp(op, "components")) {
        int32_t *p = malloc(4 * n); for (uint64_t v = 0; v < n; v++) p[v] = (int32_t)v;
        for (int32_t u = 0; u < (int32_t)n; u++) for (int32_t i = off[u]; i < off[u + 1]; i++) { int32_t v = tg[i]; if (v <= u) continue;
            int32_t a = u, b = v; while (p[a] != a) { p[a] = p[p[a]]; a = p[a]; } while (p[b] != b) { p[b] = p[p[b]]; b = p[b]; }
            if (a != b) { if (a < b) p[b] = a; else p[a] = b; } }
        long c = 0; for (uint64_t v = 0; v < n; v++) if (p[v] == (int32_t)v) c++;
        snprintf(result, sizeof result, "%ld components", c);
    } else if (!strcmp(op, "paths")) {
        /* The benchmark's 100 pairs: people with credits, drawn with SplitMix64 seed 1. */
        int32_t *people = malloc(4 * n); long np = 0;
        for (uint64_t v = 0; v < n; v++) if (ty[v] == 0 && off[v + 1] > off[v]) people[np++] = (int32_t)v;
        sm_state = 1; int32_t ps[100], pt[100];
        for (int c = 0; c < 100; c++) { ps[c] = people[sm_next() % np]; pt[c] = people[sm_next() % np]; }
        uint32_t *sf = calloc(n, 4), *sb = calloc(n, 4); int32_t *pf = malloc(4 * n), *pb = malloc(4 * n);
        int32_t *ff = malloc(4 * n), *fb = malloc(4 * n), *nx = malloc(4 * n); long total = 0;
        w0 = now(); c0 = cpu();
        for (int rep = 0; rep < 5; rep++) for (int c = 0; c < 100; c++) {
            uint32_t gen = rep * 100 + c + 1; int32_t s = ps[c], t = pt[c];
            if (s == t) { total += 1; continue; }
            long nf = 1, nb = 1; ff[0] = s; fb[0] = t; sf[s] = gen; sb[t] = gen; pf[s] = -1; pb[t] = -1;
            long cf = off[s + 1] - off[s], cb = off[t + 1] - off[t]; int32_t meet = -1;
            while (nf && nb && meet < 0) {
                int fwd = cf <= cb; int32_t *fr = fwd ? ff : fb; long nfr = fwd ? nf : nb;
                uint32_t *mine = fwd ? sf : sb, *other = fwd ? sb : sf; int32_t *par = fwd ? pf : pb;
                long nn = 0, cost = 0;
                for (long a = 0; a < nfr && meet < 0; a++) { int32_t u = fr[a];
                    for (int32_t i = off[u]; i < off[u + 1]; i++) { int32_t v = tg[i]; if (mine[v] == gen) continue;
                        mine[v] = gen; par[v] = u; if (other[v] == gen) { meet = v; break; }
                        nx[nn++] = v; cost += off[v + 1] - off[v]; } }
                if (fwd) { memcpy(ff, nx, 4 * nn); nf = nn; cf = cost; } else { memcpy(fb, nx, 4 * nn); nb = nn; cb = cost; }
            }
            if (meet >= 0) { long len = 1; for (int32_t v = pf[meet]; v >= 0; v = pf[v]) len++; for (int32_t v = pb[meet]; v >= 0; v = pb[v]) len++; total += len; }
        }
        printf("(5 rounds of 100 paths; time below is per round) ");
        double w = (now() - w0) / 5, cc = (cpu() - c0) / 5;
        printf("C reference %-12s wall %8.4f s  cpu %8.4f s  total nodes on paths %ld\n", op, w, cc, total / 5);
        return 0;
    } else { fprintf(stderr, "unknown op\n"); return 2; }
    printf("C reference %-12s wall %8.4f s  cpu %8.4f s  %s\n", op, now() - w0, cpu() - c0, result);
    return 0;
}
