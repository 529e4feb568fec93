# Reference values for StudentTErrorsTest: the maximum-likelihood scaled Student-t of the standardised
# share forecast errors in panel-errors.csv (the baseline model's errors on the shipped panel, China left
# out, as targetcast backtest --calibrate --panel made them on 2026-11-30). Independent of targetcast: the
# likelihood is R's own dt(), maximised by optim's L-BFGS-B over (log k, log nu) with nu in [1, 1000], then
# polished by a one-dimensional profile search.
#   Rscript student-t-errors.R      (prints k, nu and the log likelihood; copied into the test)
z <- read.csv("panel-errors.csv")$z
nll <- function(p) { k <- exp(p[1]); nu <- exp(p[2]); -sum(dt(z / sqrt(k), nu, log = TRUE) - 0.5 * log(k)) }
o <- optim(c(0, log(3)), nll, method = "L-BFGS-B", lower = c(-10, 0), upper = c(10, log(1000)),
           control = list(factr = 1e2, pgtol = 1e-12, maxit = 10000))
profile <- function(lnu) optimize(function(lk) nll(c(lk, lnu)), c(-10, 10), tol = 1e-12)$objective
lnu <- optimize(profile, c(0, log(1000)), tol = 1e-12)$minimum
lk <- optimize(function(lk) nll(c(lk, lnu)), c(-10, 10), tol = 1e-12)$minimum
cat(sprintf("n = %d\nL-BFGS-B: k = %.8f nu = %.8f loglik = %.8f\n", length(z), exp(o$par[1]), exp(o$par[2]), -o$value))
cat(sprintf("profile:  k = %.8f nu = %.8f loglik = %.8f\n", exp(lk), exp(lnu), -nll(c(lk, lnu))))
