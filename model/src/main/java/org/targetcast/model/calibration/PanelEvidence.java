package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.HorizonErrors;

/**
 * The evidence for a scenario's share bands from the whole calibration panel, as one value that the report
 * and {@code backtest --calibrate --panel} both render: who is in the panel, who was refused and why, and
 * how the bands did on every history of it ({@link BandEvidence}: coverage at 50/80/95 % per horizon, the two
 * one-sided miss rates, the interval score, the PIT deciles, each with its block-bootstrap interval over
 * origin years).
 *
 * <p>The bands are scored <em>as a run makes them</em>: each history's checks come from the scenario's model
 * calibrated on every other economy of the panel, its own economy left out ({@link PanelCalibration}; china
 * and unctad:China are one economy and leave together). No check is scored with a factor fitted to it: the
 * evidence is leave-one-economy-out.
 *
 * <p>Further figures from the same panel join as components of this record, so that everything that
 * renders the evidence receives them together: how often each component jumps and by how much
 * ({@link PanelJumps}, China left out). Pure and immutable.
 *
 * @param histories the histories of the panel, in the data's order (China on its basis among them)
 * @param refused the histories of the data refused from the panel, each with its reason, in the data's order
 * @param bands the bands as run, scored on every history of the panel
 * @param maxHorizon the longest horizon scored, at least 1
 * @param jumps the rare events of each component on the panel, China left out; null where the panel is too
 *     small to fit them ({@link JumpEstimator#MIN_ECONOMIES})
 */
public record PanelEvidence(
        List<String> histories, List<RefusedHistory> refused, BandEvidence bands, int maxHorizon, PanelJumps jumps) {
    /** Copies the lists and checks the horizon. */
    public PanelEvidence {
        histories = List.copyOf(histories);
        refused = List.copyOf(refused);
        Objects.requireNonNull(bands, "bands");
        if (maxHorizon < 1) {
            throw ModelException.of("panel evidence: longest horizon %d must be at least 1", maxHorizon);
        }
    }

    /**
     * The evidence without jumps.
     *
     * @param histories the histories of the panel
     * @param refused the histories refused
     * @param bands the bands as run
     * @param maxHorizon the longest horizon scored
     */
    public PanelEvidence(List<String> histories, List<RefusedHistory> refused, BandEvidence bands, int maxHorizon) {
        this(histories, refused, bands, maxHorizon, null);
    }

    /**
     * @param j the panel's jumps, or null
     * @return this evidence with those jumps
     */
    public PanelEvidence withJumps(PanelJumps j) {
        return new PanelEvidence(histories, refused, bands, maxHorizon, j);
    }

    /**
     * @param histories the histories of the panel, in order
     * @param refused the histories refused, with their reasons
     * @param asRun each history's checks with the bands as a run makes them, named by the history
     *     ({@link ShareCalibrationResult#named}); the economy of a check is {@link PanelCalibration#economy} of
     *     that name
     * @param maxHorizon the longest horizon scored
     * @param onPanel whether the model is calibrated on the panel (its bands are then the others' errors,
     *     {@link #byOthersErrors}); else each check keeps its model's own predictive
     * @return the evidence, with {@link BandEvidence#of} intervals
     */
    public static PanelEvidence of(
            List<String> histories,
            List<RefusedHistory> refused,
            List<ShareCalibrationResult> asRun,
            int maxHorizon,
            boolean onPanel) {
        List<ScoredCheck> checks = scored(asRun);
        return new PanelEvidence(
                histories, refused, BandEvidence.of(onPanel ? byOthersErrors(checks) : checks), maxHorizon);
    }

    /**
     * @param results each history's checks, named by the history
     * @return every check with the predictive as the forecast made it, its economy taken from the name
     */
    public static List<ScoredCheck> scored(List<ShareCalibrationResult> results) {
        List<ScoredCheck> out = new ArrayList<>();
        for (ShareCalibrationResult r : results) {
            String economy = PanelCalibration.economy(r.name());
            r.checks().forEach(c -> out.add(ScoredCheck.asMade(economy, c)));
        }
        return out;
    }

    /**
     * The bands a run makes with a calibration by errors ({@link ErrorCalibration#byErrors()}): each check's
     * own centre plus the errors, at each horizon, of every check of the <em>other</em> economies. These are
     * the errors {@link PanelCalibration} keeps for a history of that economy (the centre of a forecast does
     * not depend on the calibration, so the errors of a check are the same whichever economy is left out). An
     * economy whose others give too few errors ({@link HorizonErrors#of}) keeps the predictive it was made
     * with.
     *
     * @param checks the checks of every history of the panel, their centres as the run's forecasts made them
     * @return the same checks, in order, each scored leaving its own economy out
     */
    public static List<ScoredCheck> byOthersErrors(List<ScoredCheck> checks) {
        // every horizon's errors sorted once, each with its economy; an economy's others are the same arrays
        // without its own, still sorted
        Map<Integer, List<ScoredCheck>> byHorizon = new TreeMap<>();
        for (ScoredCheck c : checks) {
            byHorizon.computeIfAbsent(c.horizon(), h -> new ArrayList<>()).add(c);
        }
        Map<Integer, double[]> sortedErrors = new TreeMap<>();
        Map<Integer, String[]> sortedEconomies = new TreeMap<>();
        byHorizon.forEach((h, list) -> {
            ScoredCheck[] a = list.toArray(new ScoredCheck[0]);
            Arrays.sort(a, Comparator.comparingDouble(ScoredCheck::error));
            double[] x = new double[a.length];
            String[] e = new String[a.length];
            for (int i = 0; i < a.length; i++) {
                x[i] = a[i].error();
                e[i] = a[i].economy();
            }
            sortedErrors.put(h, x);
            sortedEconomies.put(h, e);
        });
        Map<String, HorizonErrors> byEconomy = new HashMap<>();
        List<ScoredCheck> out = new ArrayList<>(checks.size());
        for (ScoredCheck c : checks) {
            HorizonErrors e = byEconomy.computeIfAbsent(c.economy(), economy -> {
                Map<Integer, double[]> arrays = new TreeMap<>();
                sortedErrors.forEach((h, x) -> {
                    String[] owner = sortedEconomies.get(h);
                    double[] kept = new double[x.length];
                    int n = 0;
                    for (int i = 0; i < x.length; i++) {
                        if (!owner[i].equals(economy)) {
                            kept[n++] = x[i];
                        }
                    }
                    arrays.put(h, Arrays.copyOf(kept, n));
                });
                return HorizonErrors.of(arrays);
            });
            out.add(e.isEmpty() ? c : c.withErrors(e));
        }
        return out;
    }

    /** @return the number of economies of the panel besides China (china and unctad:China count once) */
    public int economiesBesidesChina() {
        return (int) histories.stream()
                .map(PanelCalibration::economy)
                .filter(e -> !e.equals("china"))
                .distinct()
                .count();
    }
}
