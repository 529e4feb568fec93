# Reference values for RandomWalkPredictiveReferenceTest: R's forecast::rwf with drift on the log of a
# series, whose h-step variance is sigma^2 h (1 + h/m) with m yearly changes. Run from this folder:
#   Rscript rwf-reference.R > rwf-reference.properties
suppressPackageStartupMessages(library(forecast))
# China's digitally deliverable services trade 2010-2024 (USD 100 million) as the shipped history builds it
# from scenarios/data (MOFCOM levels, gaps chain-linked from UNCTAD); the other component held at 5000
x <- c(1405.1, 1824.1, 1802.2, 2052.3, 2242.7, 2000.0, 2076.5, 2206.7, 2639.6, 2722.0, 2947.6, 3603.6,
       3727.1, 3859.0, 4067.2)
f <- rwf(log(x), drift = TRUE, h = 6, level = c(80, 95))
cat("# forecast::rwf(log(x), drift = TRUE, h = 6, level = c(80, 95)); forecast", as.character(packageVersion("forecast")), "\n")
cat("data.first_year=2010\n")
cat("data.digital=", paste(format(x, nsmall = 1), collapse = ","), "\n", sep = "")
cat("data.other=5000\n")
cat("rwf.mean=", paste(sprintf("%.12f", f$mean), collapse = ","), "\n", sep = "")
cat("rwf.lower80=", paste(sprintf("%.12f", f$lower[, 1]), collapse = ","), "\n", sep = "")
cat("rwf.upper80=", paste(sprintf("%.12f", f$upper[, 1]), collapse = ","), "\n", sep = "")
cat("rwf.lower95=", paste(sprintf("%.12f", f$lower[, 2]), collapse = ","), "\n", sep = "")
cat("rwf.upper95=", paste(sprintf("%.12f", f$upper[, 2]), collapse = ","), "\n", sep = "")
