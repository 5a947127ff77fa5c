#!/usr/bin/env python3
"""Independent check of the composite audit's worked example (docs/composite.md, "Statistical audit").

Pure Python 3, no numpy: min-max normalisation, the two dimensions and the index, Pearson and Spearman
correlations, Cronbach's alpha, Excel-style skewness (SKEW) and excess kurtosis (KURT), and the eigenvalues of the
indicators' correlation matrix by cyclic Jacobi rotations. Run: python3 docs/scripts/composite_audit_check.py
The unit tests (tests/De06Metrics.Tests/Composite/MultiLevelIndexTest.Audit.cs) assert the numbers it prints.
"""
import math

UNITS = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8"]
# code: (values by unit, higher is better?, weight, dimension)
INDICATORS = {
    "ONLINE": ([90, 70, 80, 50, 85, 60, 75, 95], True, 2, "D1"),
    "PAY":    ([60, 80, 55, 40, 75, 45, 70, 85], True, 1, "D1"),
    "LATE":   ([5, 10, 20, 15, 8, 25, 12, 4], False, 1, "D1"),
    "EID":    ([70, 65, 80, 40, 60, 55, 75, 85], True, 1, "D2"),
    "HEALTH": ([92, 85, 95, 60, 88, 70, 80, 97], True, 1, "D2"),
}
DIMENSIONS = {"D1": 3, "D2": 2}  # dimension weights in the index


def minmax(xs, up):
    lo, hi = min(xs), max(xs)
    return [((x - lo) if up else (hi - x)) / (hi - lo) * 100 for x in xs]


def mean(xs):
    return sum(xs) / len(xs)


def var(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def pearson(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def average_ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    ranks = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs, ys):
    return pearson(average_ranks(xs), average_ranks(ys))


def alpha(columns):
    k = len(columns)
    totals = [sum(c[i] for c in columns) for i in range(len(columns[0]))]
    return k / (k - 1) * (1 - sum(var(c) for c in columns) / var(totals))


def skew(xs):
    n, m, s = len(xs), mean(xs), math.sqrt(var(xs))
    return n / ((n - 1) * (n - 2)) * sum(((x - m) / s) ** 3 for x in xs)


def kurt(xs):
    n, m, s = len(xs), mean(xs), math.sqrt(var(xs))
    return (n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * sum(((x - m) / s) ** 4 for x in xs)
            - 3 * (n - 1) ** 2 / ((n - 2) * (n - 3)))


def jacobi_eigenvalues(a, sweeps=100):
    a = [row[:] for row in a]
    n = len(a)
    for _ in range(sweeps):
        off = sum(a[i][j] ** 2 for i in range(n) for j in range(n) if i != j)
        if off < 1e-30:
            break
        for p in range(n - 1):
            for q in range(p + 1, n):
                if abs(a[p][q]) < 1e-300:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = math.copysign(1, theta) / (abs(theta) + math.sqrt(theta * theta + 1))
                c = 1 / math.sqrt(t * t + 1)
                s = t * c
                for k in range(n):  # columns p, q
                    akp, akq = a[k][p], a[k][q]
                    a[k][p], a[k][q] = c * akp - s * akq, s * akp + c * akq
                for k in range(n):  # rows p, q
                    apk, aqk = a[p][k], a[q][k]
                    a[p][k], a[q][k] = c * apk - s * aqk, s * apk + c * aqk
    return sorted((a[i][i] for i in range(n)), reverse=True)


def main():
    codes = list(INDICATORS)
    norm = {c: minmax(v, up) for c, (v, up, _, _) in INDICATORS.items()}
    dims = {}
    for d in DIMENSIONS:
        members = [c for c in codes if INDICATORS[c][3] == d]
        w = sum(INDICATORS[c][2] for c in members)
        dims[d] = [sum(INDICATORS[c][2] * norm[c][u] for c in members) / w for u in range(len(UNITS))]
    wd = sum(DIMENSIONS.values())
    index = [sum(DIMENSIONS[d] * dims[d][u] for d in DIMENSIONS) / wd for u in range(len(UNITS))]
    print("normalised:", {c: [round(x, 6) for x in norm[c]] for c in codes})
    print("dimensions:", {d: [round(x, 6) for x in dims[d]] for d in dims})
    print("index:", [round(x, 6) for x in index])
    columns = [norm[c] for c in codes] + [dims[d] for d in DIMENSIONS] + [index]
    labels = codes + list(DIMENSIONS) + ["INDEX"]
    for name, f in (("pearson", pearson), ("spearman", spearman)):
        print(name)
        for i, a in enumerate(columns):
            print(f"  {labels[i]:7}", " ".join(f"{f(a, b):.12f}" for b in columns))
    for d in DIMENSIONS:
        print(f"alpha {d}: {alpha([norm[c] for c in codes if INDICATORS[c][3] == d]):.12f}")
    corr = [[pearson(norm[a], norm[b]) for b in codes] for a in codes]
    eig = jacobi_eigenvalues(corr)
    print("eigenvalues:", " ".join(f"{e:.12f}" for e in eig), " sum", f"{sum(eig):.12f}")
    for c in codes:
        raw = INDICATORS[c][0]
        print(f"shape {c}: skewness {skew(raw):.12f} kurtosis {kurt(raw):.12f}")


if __name__ == "__main__":
    main()
