#!/usr/bin/env python3
"""Reference values for HorizonErrorsTest: the deciles of a fixed sample by Python's own
statistics.quantiles(method='inclusive'), which is R's quantile(type = 7) and numpy's default.
Python 3.8+, standard library only.

  python3 horizon-errors.py
"""
import statistics

SAMPLE = [0.31, -0.12, 0.05, -0.44, 0.27, 0.09, -0.03, 0.62, -0.21, 0.14,
          0.0, 0.18, -0.35, 0.41, 0.07, -0.08, 0.23, 0.11, -0.16, 0.52,
          0.02, -0.27]

for q in statistics.quantiles(SAMPLE, n=10, method="inclusive"):
    print(repr(q))

# the sample variance (n - 1), HorizonErrors.variance at a horizon with errors of its own
print(repr(statistics.variance(SAMPLE)))
