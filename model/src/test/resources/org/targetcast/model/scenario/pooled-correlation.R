# Reference values for PooledCorrelationTest: the DerSimonian-Laird random-effects centre of four
# correlations on Fisher's scale, and the empirical Bayes shrinkage of a fifth toward it, in base R.
#   Rscript pooled-correlation.R
r <- c(0.9, 0.6, -0.5, 0.45); n <- c(20, 10, 12, 18)
z <- atanh(r); v <- 1 / (n - 3); w <- 1 / v
fixed <- sum(w * z) / sum(w)
q <- sum(w * (z - fixed)^2)
tau2 <- max(0, (q - (length(z) - 1)) / (sum(w) - sum(w^2) / sum(w)))
centre <- sum(z / (v + tau2)) / sum(1 / (v + tau2))
own <- 0.9; n0 <- 6; v0 <- 1 / (n0 - 3)
shrunk <- tanh(atanh(own) + v0 / (v0 + tau2) * (centre - atanh(own)))
cat(sprintf("centre = %.15f\ntau2 = %.15f\nshrunk = %.15f\n", centre, tau2, shrunk))
