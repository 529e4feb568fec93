package org.targetcast.model.trend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The trend families, each with the key used in scenario files and on the command line. */
public enum TrendFamily {
    /** Constant growth: OLS of the log level on the year. */
    LOG_LINEAR("loglinear", Scale.LEVEL, "log-linear (constant growth)"),
    /** Constant increment: OLS of the level on the year. */
    LINEAR("linear", Scale.LEVEL, "linear (constant increment)"),
    /** Random walk with drift on the log level: growth is the mean of past log growth. */
    DRIFT("drift", Scale.LEVEL, "random walk with drift (log)"),
    /** Holt's damped trend, ETS(A,Ad,N), on the log level. */
    DAMPED("damped", Scale.LEVEL, "damped trend (Holt, log)"),
    /**
     * Random walk with drift on the log level, the drift shrunk toward a panel's cross-section of drifts
     * (empirical Bayes) and intervals calibrated on the panel's past errors; see {@link PooledDriftTrend}.
     */
    POOLED("pooled", Scale.LEVEL, "pooled drift (shrunk toward the panel)"),
    /** The Theta method on the log level: exponential smoothing plus half the linear slope. */
    THETA("theta", Scale.LEVEL, "Theta method (log)"),
    /** Logistic curve on the share with a bounded cap. */
    LOGISTIC("logistic", Scale.SHARE, "logistic on the share"),
    /**
     * Automatic choice among the level families by rolling-origin backtest MASE on the series being fitted;
     * see {@code org.targetcast.model.selection.AutoModel}.
     */
    AUTO("auto", Scale.LEVEL, "automatic choice by backtest MASE"),
    /**
     * Equal-weight (or inverse-MASE) combination of the best level families by backtest MASE, averaged on
     * the log scale; see {@code org.targetcast.model.selection.ComboModel}.
     */
    COMBO("combo", Scale.LEVEL, "combination of the best families by backtest MASE");

    private final String key;
    private final Scale scale;
    private final String description;

    TrendFamily(String key, Scale scale, String description) {
        this.key = key;
        this.scale = scale;
        this.description = description;
    }

    /** @return the key used in scenario files, e.g. {@code damped} */
    public String key() {
        return key;
    }

    /** @return what the family is fitted to */
    public Scale scale() {
        return scale;
    }

    /**
     * @return whether this family chooses or combines other families ({@link #AUTO}, {@link #COMBO})
     *     rather than estimating a model of its own
     */
    public boolean isSelection() {
        return this == AUTO || this == COMBO;
    }

    /** @return a short description for tables */
    public String description() {
        return description;
    }

    /**
     * @param key a scenario key, case-insensitive
     * @return the family with that key, if any
     */
    public static Optional<TrendFamily> fromKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    /** @return the keys of all families, in declaration order */
    public static String[] keys() {
        return Arrays.stream(values()).map(TrendFamily::key).toArray(String[]::new);
    }
}
