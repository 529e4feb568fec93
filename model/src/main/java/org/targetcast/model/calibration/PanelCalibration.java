package org.targetcast.model.calibration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.HorizonErrors;
import org.targetcast.model.scenario.PooledCorrelation;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.simulation.ShockEstimator;

/**
 * Fits a scenario's {@code uncertainty.calibration: panel} ({@link ErrorCalibration}) on the other
 * economies of a panel. The scenario's own model, without the calibration, is backtested on every history
 * of the panel whose economy is not the scenario's ({@link ShareCalibration}: rolling origins, nothing after
 * an origin seen, growth paths and level shocks dropped); every realised share gives a standardised error
 * {@code z = (L_actual − E L) / sd L} with the Gaussian plug-in sd of the forecast; a scaled Student-t is
 * fitted to the pooled errors by maximum likelihood ({@link StudentTErrors}), and the errors of ln(D/O)
 * themselves, {@code L_actual − E L}, are kept by horizon ({@link HorizonErrors}): the run's bands are its
 * central forecast plus those errors. The economy judged never
 * contributes to its own calibration: it is fitted leaving that economy out, whatever its history is
 * called (china, china@unctad and unctad:China are one economy).
 *
 * <p>What the errors cover: the origins of every other economy, and so the years after them, the
 * pandemic included. For an origin before 2020 of the economy judged, the calibration therefore knows
 * that other economies' shares jumped in 2020: hindsight about that kind of year, not about the economy
 * itself. Pure; results are remembered in a {@link BacktestMemo} under a key made of what they depend on.
 */
public final class PanelCalibration {
    private PanelCalibration() {}

    /**
     * Everything a panel calibration depends on, as a value: the scenario's model without its calibration
     * (growth paths, level shocks, targets and run settings dropped), the economy left out, and the other
     * economies' histories, values, flags and sources included. Two equal requests give the same
     * calibration; {@link #fingerprint()} names it across processes.
     *
     * @param digital the digital component's model and fit window
     * @param other the other component's model and fit window
     * @param baselineYear the scenario's baseline year
     * @param uncertainty the uncertainty settings, uncalibrated, with the default paths and seed
     * @param economy the economy left out, in lower case ({@link #economy(String)})
     * @param others the histories the model is backtested on
     */
    public record Request(
            ComponentSpec digital,
            ComponentSpec other,
            int baselineYear,
            UncertaintySpec uncertainty,
            String economy,
            List<ComponentHistory> others) {
        /** Checks for nulls and copies the list. */
        public Request {
            Objects.requireNonNull(digital, "digital");
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(uncertainty, "uncertainty");
            Objects.requireNonNull(economy, "economy");
            others = List.copyOf(others);
        }

        /**
         * @return SHA-256 (hex) of {@link #METHOD} and the text of every part of the request: the same for
         *     equal requests in any process (every collection in it is ordered and every number printed in
         *     full), different when a setting, a history or one value of it differs
         */
        public String fingerprint() {
            StringBuilder sb = new StringBuilder(METHOD).append('\n');
            sb.append(digital)
                    .append('\n')
                    .append(other)
                    .append('\n')
                    .append(baselineYear)
                    .append('\n');
            sb.append(uncertainty).append('\n').append(economy).append('\n');
            for (ComponentHistory h : others) {
                sb.append(h).append('\n');
            }
            try {
                byte[] d = MessageDigest.getInstance("SHA-256")
                        .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
        }

        /** @return the first year of any history of the panel, or 0 without one */
        public int firstYear() {
            return others.stream().mapToInt(ComponentHistory::firstYear).min().orElse(0);
        }

        /** @return the last year of any history of the panel, or 0 without one */
        public int lastYear() {
            return others.stream().mapToInt(ComponentHistory::lastYear).max().orElse(0);
        }
    }

    /**
     * The version of the method, part of every {@link Request#fingerprint()}: raised whenever the fit
     * changes, so that a calibration kept from an earlier method is never reused.
     */
    public static final String METHOD = "panel-errors-by-horizon/2";

    /**
     * @param scenario a scenario asking for a panel calibration still unfitted
     * @param own the history the scenario is judged on (its economy is left out)
     * @param panel every history that may calibrate (the scenario's own economy among them is skipped)
     * @return what the calibration depends on
     */
    public static Request request(Scenario scenario, ComponentHistory own, List<ComponentHistory> panel) {
        UncertaintySpec u = scenario.uncertainty();
        Scenario raw = ShareCalibration.backtestable(scenario.withUncertainty(
                u.withCalibration(ErrorCalibration.Source.NONE).withFamilies(List.of())));
        String economy = economy(own.economy());
        List<ComponentHistory> others = panel.stream()
                .filter(h -> !economy(h.economy()).equals(economy))
                .toList();
        return new Request(
                raw.digital(),
                raw.other(),
                raw.baselineYear(),
                raw.uncertainty().withRun(UncertaintySpec.DEFAULT_PATHS, UncertaintySpec.DEFAULT_SEED),
                economy,
                others);
    }

    /**
     * @param scenario a scenario
     * @param own the history the scenario is judged on (its economy is left out)
     * @param panel every history that may calibrate (the scenario's own economy among them is skipped)
     * @param memo where fits are remembered across scenarios with the same model and fit windows
     * @return the calibration the scenario asks for: {@link ErrorCalibration#none()}, or fitted on the panel
     *     ({@link ErrorCalibration#emptyPanel()} when the other economies give fewer than
     *     {@link StudentTErrors#MIN_ERRORS} errors)
     */
    public static ErrorCalibration resolve(
            Scenario scenario, ComponentHistory own, List<ComponentHistory> panel, BacktestMemo memo) {
        if (scenario.uncertainty().calibration() == ErrorCalibration.Source.NONE) {
            return ErrorCalibration.none();
        }
        Request request = request(scenario, own, panel);
        return memo.remember(request, ErrorCalibration.class, () -> fit(request));
    }

    /**
     * @param request what the calibration depends on
     * @return the fitted calibration
     */
    public static ErrorCalibration fit(Request request) {
        Scenario template = new Scenario(
                "calibration",
                "calibration",
                "",
                request.economy(),
                request.lastYear() + 1,
                request.baselineYear(),
                request.digital(),
                request.other(),
                List.of(),
                request.uncertainty());
        return fit(template, request.others());
    }

    /**
     * @param template the scenario's model, uncalibrated
     * @param others the histories to backtest it on
     * @return the fitted calibration
     */
    static ErrorCalibration fit(Scenario template, List<ComponentHistory> others) {
        PooledCorrelation pooled = correlation(others);
        // the errors are those of the model as it will run: its correlation shrunk toward the same centre
        ErrorCalibration asRun = ErrorCalibration.correlationOnly(pooled);
        List<Double> z = new ArrayList<>();
        TreeMap<Integer, List<Double>> errors = new TreeMap<>();
        List<String> used = new ArrayList<>();
        ShareCalibration calibration = ShareCalibration.withDefaults();
        for (ComponentHistory h : others) {
            List<ShareCheck> checks;
            try {
                checks = calibration.evaluate(h, template, asRun).checks();
            } catch (ModelException e) {
                // a history the model cannot be backtested on gives no errors
                continue;
            }
            for (ShareCheck c : checks) {
                z.add(c.z(1));
                errors.computeIfAbsent(c.horizon(), k -> new ArrayList<>()).add(c.actualLogRatio() - c.meanLogRatio());
            }
            if (!checks.isEmpty()) {
                used.add(h.economy());
            }
        }
        if (z.size() < StudentTErrors.MIN_ERRORS) {
            return ErrorCalibration.correlationOnly(pooled);
        }
        StudentTErrors t =
                StudentTErrors.fit(z.stream().mapToDouble(Double::doubleValue).toArray());
        Map<Integer, double[]> byHorizon = new TreeMap<>();
        errors.forEach((h, e) ->
                byHorizon.put(h, e.stream().mapToDouble(Double::doubleValue).toArray()));
        return ErrorCalibration.fitted(
                t.varianceFactor(), t.degreesOfFreedom(), t.count(), used, pooled, HorizonErrors.of(byHorizon));
    }

    /**
     * @param others the histories of the other economies
     * @return the random-effects centre of their correlations (each over its whole history), toward which the
     *     scenario's own estimate is shrunk
     */
    static PooledCorrelation correlation(List<ComponentHistory> others) {
        double[] r = new double[others.size()];
        int[] n = new int[others.size()];
        for (int i = 0; i < r.length; i++) {
            double[] c = ShockEstimator.historyCorrelation(others.get(i));
            r[i] = c[0];
            n[i] = (int) c[1];
        }
        return PooledCorrelation.of(r, n);
    }

    /**
     * @param history a history's name: {@code china}, {@code china@unctad}, {@code unctad:India},
     *     {@code unctad:India/exports}
     * @return its economy in lower case: {@code china}, {@code china}, {@code india}, {@code india}
     */
    public static String economy(String history) {
        String e = Objects.requireNonNull(history, "history");
        if (e.startsWith("unctad:")) {
            e = e.substring("unctad:".length());
        }
        int at = e.indexOf('@');
        if (at >= 0) {
            e = e.substring(0, at);
        }
        int slash = e.indexOf('/');
        if (slash >= 0) {
            e = e.substring(0, slash);
        }
        return e.toLowerCase(Locale.ROOT);
    }
}
