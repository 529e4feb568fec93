#!/usr/bin/env python3
"""Scores the 80 % share bands on the checks `backtest --calibrate --panel --checks=FILE` writes, and
recomputes the run's bands independently of the tool.

  as run     the band a run makes, as the tool wrote it (columns run_lower_80 and run_upper_80)
  empirical  recomputed here from the checks alone: the model's central forecast of ln(D/O) plus the 10th
             and 90th percentiles of the errors the same forecasts made at the same horizon in the other
             economies (china and unctad:China leave together). A horizon with fewer than 20 such errors
             takes those of the longest horizon that has 20 (the reference r), times the square root of h/r.
             Empirical forecast intervals in the sense of Williams and Goodman (1971), leave one economy
             out, so no check is scored with its own errors. When the scenario calibrates on the panel this
             is the run's own construction: the two rows should agree.
  real time  the same, with only the errors whose outcome year is at most the check's origin (what a
             forecaster at that origin could have known); a check with fewer than 20 such errors at every
             horizon is left out of this row and counted apart.

The errors are those of every check in the file (every origin); the optional origin span selects the
checks scored. For each: coverage, the share below and above the band, the mean interval score of the
share band in percentage points (Gneiting and Raftery 2007: width plus 2/(1 - 0.8) times a miss),
overall and per horizon. Point estimates only: the checks of one origin year are not independent (the
evidence in the command's own output carries block-bootstrap intervals).

  ./targetcast backtest --calibrate --panel --checks=checks.csv
  python3 docs/analysis/empirical_bands.py checks.csv                 # every origin
  python3 docs/analysis/empirical_bands.py checks.csv 2019 2023       # origins 2019-2023 scored

Python 3.8+, standard library only.
"""
import csv
import math
import sys
from collections import defaultdict

LEVEL = 0.8
FEWEST = 20


def logistic(x):
    return 1 / (1 + math.exp(-x))


def quantile(sorted_values, p):
    """Linear interpolation between order statistics (R's type 7, numpy's default)."""
    h = (len(sorted_values) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def economy(row):
    return "china" if row["economy"] in ("china", "unctad:china") else row["economy"]


def score(rows, bands):
    """bands: one (lower, upper) share pair per row. Returns n, cover, below, above, mean interval score (pp)."""
    below = above = 0
    total = 0.0
    for r, (lo, hi) in zip(rows, bands):
        s = float(r["actual_share"])
        miss = 0.0
        if s < lo:
            below += 1
            miss = lo - s
        elif s > hi:
            above += 1
            miss = s - hi
        total += (hi - lo) + 2 / (1 - LEVEL) * miss
    n = len(rows)
    return n, 1 - (below + above) / n, below / n, above / n, 100 * total / n


def empirical(rows, real_time=False):
    """One band per row; None where too few errors are known (only in real time)."""
    errors = defaultdict(list)  # (economy, horizon) -> (outcome year, error of ln(D/O))
    for r in rows:
        error = float(r["actual_log_ratio"]) - float(r["model_mean"])
        errors[(economy(r), int(r["horizon"]))].append((int(r["year"]), error))
    known_sets = {}
    bands = []
    for r in rows:
        e, h = economy(r), int(r["horizon"])
        known = int(r["origin"]) if real_time else 10**9
        key = (e, known)
        if key not in known_sets:
            by_horizon = defaultdict(list)
            for (e2, h2), xs in errors.items():
                if e2 != e:
                    by_horizon[h2].extend(x for year, x in xs if year <= known)
            for xs in by_horizon.values():
                xs.sort()
            enough = [h2 for h2, xs in by_horizon.items() if len(xs) >= FEWEST]
            known_sets[key] = (by_horizon, max(enough) if enough else None)
        by_horizon, reference = known_sets[key]
        if reference is None:
            bands.append(None)
            continue
        if len(by_horizon.get(h, [])) >= FEWEST:
            others, stretch = by_horizon[h], 1.0
        else:
            others, stretch = by_horizon[reference], math.sqrt(h / reference)
        m = float(r["model_mean"])
        bands.append((logistic(m + stretch * quantile(others, (1 - LEVEL) / 2)),
                      logistic(m + stretch * quantile(others, (1 + LEVEL) / 2))))
    return bands


def main(argv):
    if len(argv) not in (2, 4):
        sys.exit(__doc__)
    with open(argv[1], newline="", encoding="utf-8") as f:
        every = list(csv.DictReader(f))
    kinds_every = {
        "as run": [(float(r["run_lower_80"]), float(r["run_upper_80"])) for r in every],
        "empirical": empirical(every),
        "real time": empirical(every, real_time=True),
    }
    keep = range(len(every))
    if len(argv) == 4:
        first, last = int(argv[2]), int(argv[3])
        keep = [i for i, r in enumerate(every) if first <= int(r["origin"]) <= last]
    rows = [every[i] for i in keep]
    if not rows:
        sys.exit("no checks in the origins asked for")
    kinds = {name: [bands[i] for i in keep] for name, bands in kinds_every.items()}
    origins = sorted({int(r["origin"]) for r in rows})
    print(f"80% share bands on {len(rows)} checks, origins {origins[0]}-{origins[-1]}")
    print(f"{'bands':10s} {'horizon':>7s} {'n':>5s} {'cover':>7s} {'below':>7s} {'above':>7s} {'score pp':>9s}")
    horizons = sorted({int(r["horizon"]) for r in rows})
    for name, bands in kinds.items():
        for h in [None] + horizons:
            pick = [i for i, r in enumerate(rows) if (h is None or int(r["horizon"]) == h) and bands[i] is not None]
            if not pick:
                continue
            n, cover, below, above, interval = score([rows[i] for i in pick], [bands[i] for i in pick])
            label = "all" if h is None else str(h)
            print(f"{name:10s} {label:>7s} {n:5d} {100 * cover:6.1f}% {100 * below:6.1f}% {100 * above:6.1f}% {interval:9.2f}")
        left = sum(b is None for b in bands)
        if left:
            print(f"{name:10s} {left} checks left out: fewer than {FEWEST} errors known at their origin")


if __name__ == "__main__":
    main(sys.argv)
