package org.targetcast.model.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.ExactProbabilities;
import org.targetcast.model.outlook.ShareForecast;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.FitWindow;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.Intervention;
import org.targetcast.model.trend.TrendFamily;

/**
 * A scenario's answer over the credible specifications: the choices an analyst makes before any
 * assumption about the future, and which the bands do not include. Four choices are varied:
 * <ul>
 *   <li>the <b>data basis</b> (each basis's history, projected by that basis's forecaster);
 *   <li>the <b>fit start</b>: every year from the first of the history to one year after the scenario's own,
 *       both components together, keeping at least {@value #MIN_FIT_YEARS} years to fit;
 *   <li>the <b>treatment of 2020–2022</b>: left out of the fit, one-off shocks (an outlier each year), a
 *       level shift in 2020, or kept as ordinary years;
 *   <li>the <b>trend family</b>: drift, log-linear, damped, and the panel-pooled drift.
 * </ul>
 * Each combination of the first three is a cell; in each cell every family is projected alone and the
 * families are weighted by Bayesian-bootstrap stacking on that cell's own backtests ({@link FamilyWeights},
 * the rule of every run, on every basis). A family that cannot take a treatment (the damped trend and the
 * pooled drift take no interventions) is left out of that cell, its weight shared among the others.
 *
 * <p>The <b>range</b> is the 10th to 90th percentile of the answers of all specifications, each cell weighing
 * the same and each family within a cell by its stacking weight; the minimum and maximum are kept too. The
 * <b>levers</b> move one choice at a time from the scenario's own specification (the others held at the
 * scenario's) and are ranked by how far they move the first target's probability: "what moves the answer".
 * The data basis is shown twice: each basis with its own stacking weights, and the other bases with the own
 * basis's weights, so that the basis effect is seen apart from a change of weights.
 *
 * <p>Every answer is the closed form of the share's distribution with the scenario's own uncertainty
 * settings and band calibration (the calibration is not refitted per specification). Only targets on the
 * share in a year are covered: the others have no closed form.
 */
public final class SpecificationRange {
    /** The years whose treatment is varied. */
    public static final List<Integer> PANDEMIC = List.of(2020, 2021, 2022);

    /** Fewest years left to fit after the fit start, the pandemic years counted. */
    public static final int MIN_FIT_YEARS = 8;

    /** The families every cell averages, when the scenario averages none of its own. */
    public static final List<TrendFamily> FAMILIES =
            List.of(TrendFamily.DRIFT, TrendFamily.LOG_LINEAR, TrendFamily.DAMPED, TrendFamily.POOLED);

    /** The option key of the scenario's own stacked average of families. */
    public static final String AVERAGE = "average";

    private static final double LOW = 0.1;
    private static final double HIGH = 0.9;

    /** How the years 2020–2022 enter the fit. */
    public enum Treatment {
        /** Left out of the fit. */
        EXCLUDED("excluded", "excluded"),
        /** Kept, each year an additive outlier. */
        OUTLIERS("outliers", "one-off shocks"),
        /** Kept, with a level shift in 2020. */
        LEVEL_SHIFT("level_shift", "level shift in 2020"),
        /** Kept as ordinary years. */
        KEPT("kept", "kept"),
        /** As the scenario states it, when it is none of the above. */
        AS_STATED("as_stated", "as the scenario states");

        private final String key;
        private final String label;

        Treatment(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** @return its key, e.g. {@code level_shift} */
        public String key() {
            return key;
        }

        /** @return the English label */
        public String label() {
            return label;
        }
    }

    /** A choice that is varied. */
    public enum Dimension {
        /** The data basis. */
        BASIS("data_basis", "data basis"),
        /** The first year of the fit. */
        FIT_START("fit_start", "fit start"),
        /** The treatment of 2020–2022. */
        PANDEMIC("pandemic_treatment", "treatment of 2020-2022"),
        /** The trend family. */
        FAMILY("model_choice", "trend family");

        private final String key;
        private final String label;

        Dimension(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** @return its key, e.g. {@code fit_start} */
        public String key() {
            return key;
        }

        /** @return the English label */
        public String label() {
            return label;
        }
    }

    /**
     * One specification.
     *
     * @param basis the data basis
     * @param fitStart the first year of both fits
     * @param treatment the treatment of 2020–2022
     * @param family the family, or null for the cell's stacked average
     */
    public record Specification(String basis, int fitStart, Treatment treatment, TrendFamily family) {
        /** Checks the basis and treatment. */
        public Specification {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(treatment, "treatment");
        }

        /** @return "mofcom, from 2015, 2020-2022 excluded, drift" */
        public String label() {
            return basis + ", from " + fitStart + ", 2020-2022 " + treatment.label() + ", "
                    + (family == null ? "stacked average" : family.key());
        }
    }

    /**
     * The answer of one specification.
     *
     * @param specification the specification
     * @param probabilities per share target, in order, the probability of the share in that year at or
     *     above the target
     * @param weight its weight in the range (all weights sum to 1)
     */
    public record Answer(Specification specification, List<Double> probabilities, double weight) {
        /** Copies. */
        public Answer {
            probabilities = List.copyOf(probabilities);
        }
    }

    /**
     * One option of a lever.
     *
     * @param label the option: a year ({@code 2016}), a basis, family or treatment key ({@code unctad},
     *     {@code drift}, {@code level_shift}), or {@link #AVERAGE}
     * @param probabilities per share target, in order
     * @param own whether it is the scenario's own choice
     */
    public record Option(String label, List<Double> probabilities, boolean own) {
        /** Copies. */
        public Option {
            probabilities = List.copyOf(probabilities);
        }
    }

    /**
     * One choice moved alone from the scenario's own specification.
     *
     * @param dimension the choice
     * @param options its options, the scenario's own among them
     */
    public record Lever(Dimension dimension, List<Option> options) {
        /** Copies. */
        public Lever {
            options = List.copyOf(options);
        }

        /**
         * @param target index of a share target
         * @return the largest minus the smallest probability over the options
         */
        public double span(int target) {
            return max(target) - min(target);
        }

        /**
         * @param target index of a share target
         * @return the smallest probability over the options
         */
        public double min(int target) {
            return options.stream()
                    .mapToDouble(o -> o.probabilities().get(target))
                    .min()
                    .orElse(Double.NaN);
        }

        /**
         * @param target index of a share target
         * @return the largest probability over the options
         */
        public double max(int target) {
            return options.stream()
                    .mapToDouble(o -> o.probabilities().get(target))
                    .max()
                    .orElse(Double.NaN);
        }
    }

    /**
     * The answer over the specifications.
     *
     * @param targets the share targets covered, in the scenario's order
     * @param own the scenario's own specification (family null: its average, or its own model)
     * @param central per target, the scenario's own probability
     * @param answers every specification's answer
     * @param low per target, the 10th percentile of the answers
     * @param high per target, the 90th percentile
     * @param min per target, the smallest answer
     * @param max per target, the largest answer
     * @param levers the choices moved one at a time, ranked by how far they move the first target
     * @param basisWithOwnWeights the other bases' answers with the own basis's family weights (empty when
     *     there is one basis or the scenario averages no families)
     * @param notes specifications left out, and why
     */
    public record Result(
            List<ShareTarget> targets,
            Specification own,
            List<Double> central,
            List<Answer> answers,
            List<Double> low,
            List<Double> high,
            List<Double> min,
            List<Double> max,
            List<Lever> levers,
            List<Option> basisWithOwnWeights,
            List<String> notes) {
        /** Copies. */
        public Result {
            targets = List.copyOf(targets);
            central = List.copyOf(central);
            answers = List.copyOf(answers);
            low = List.copyOf(low);
            high = List.copyOf(high);
            min = List.copyOf(min);
            max = List.copyOf(max);
            levers = List.copyOf(levers);
            basisWithOwnWeights = List.copyOf(basisWithOwnWeights);
            notes = List.copyOf(notes);
        }

        /** @return the choice that moves the first target most */
        public Lever strongest() {
            return levers.get(0);
        }

        /**
         * @param target a share target of the scenario
         * @return its index here, or −1
         */
        public int indexOf(Target target) {
            return targets.indexOf(target);
        }
    }

    /** A cell to compute: a basis with its evaluator, a fit start and a treatment. */
    private record Planned(String basis, int start, Treatment treatment, Evaluator evaluator) {}

    /** One cell: a basis, a fit start and a treatment, with its families' answers. */
    private record Cell(
            String basis,
            int start,
            Treatment treatment,
            List<TrendFamily> families,
            double[] weights,
            List<double[]> probabilities,
            FamilyWeights stacking) {
        double[] average() {
            double[] out = new double[probabilities.get(0).length];
            for (int f = 0; f < families.size(); f++) {
                for (int t = 0; t < out.length; t++) {
                    out[t] += weights[f] * probabilities.get(f)[t];
                }
            }
            return out;
        }
    }

    private SpecificationRange() {}

    /**
     * @param forecast the scenario's own forecast, as the run made it (its probabilities are the centre)
     * @param ownBasis the basis the scenario is run on, a key of {@code bases}
     * @param bases an evaluator per data basis (the run's forecaster and history on each), in display order
     * @return the answer over the specifications
     * @throws ModelException if the scenario has no target on the share in a year, or its own specification
     *     cannot be projected
     */
    public static Result of(ShareForecast forecast, String ownBasis, Map<String, Evaluator> bases) {
        Scenario scenario = forecast.projection().scenario();
        Evaluator ownEvaluator = bases.get(ownBasis);
        if (ownEvaluator == null) {
            throw ModelException.of("specification range: no evaluator for the basis %s", ownBasis);
        }
        List<ShareTarget> targets = scenario.targets().stream()
                .filter(t -> t instanceof ShareTarget s && !s.reachedBy())
                .map(t -> (ShareTarget) t)
                .toList();
        if (targets.isEmpty()) {
            throw ModelException.of("scenario %s: no target on the share in a year to range over", scenario.name());
        }
        List<TrendFamily> families = scenario.uncertainty().families().isEmpty()
                ? FAMILIES
                : scenario.uncertainty().families();
        ComponentHistory history = ownEvaluator.history();
        int first = history.digital().firstYear();
        int last = history.digital().lastYear();
        Integer stated = scenario.digital().fit().from();
        int ownStart = stated == null ? first : stated;
        Treatment ownTreatment = treatmentOf(scenario);
        List<Integer> starts = new ArrayList<>();
        for (int y = first; y <= ownStart + 1 && y <= last - MIN_FIT_YEARS + 1; y++) {
            starts.add(y);
        }
        if (!starts.contains(ownStart)) {
            starts.add(ownStart);
            starts.sort(Comparator.naturalOrder());
        }
        List<Treatment> treatments = coversPandemic(scenario)
                ? new ArrayList<>(
                        List.of(Treatment.EXCLUDED, Treatment.OUTLIERS, Treatment.LEVEL_SHIFT, Treatment.KEPT))
                : new ArrayList<>(List.of(ownTreatment));
        if (!treatments.contains(ownTreatment)) {
            treatments.add(ownTreatment);
        }
        // every cell keeps the scenario's own calibration: a choice moves the model, not the errors elsewhere
        ErrorCalibration calibration = forecast.projection().calibration();
        List<String> notes = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (Map.Entry<String, Evaluator> b : bases.entrySet()) {
            for (int start : starts) {
                for (Treatment treatment : treatments) {
                    planned.add(new Planned(b.getKey(), start, treatment, b.getValue()));
                }
            }
        }
        // the cells in parallel, kept in the order planned: each is a deterministic function of its
        // specification, and the fits and weights they share are remembered in thread-safe memos
        List<Object> made = planned.parallelStream()
                .map(c -> {
                    Scenario variant = variant(scenario, c.start(), c.treatment(), ownTreatment, families);
                    try {
                        return (Object) cell(
                                c.basis(),
                                c.start(),
                                c.treatment(),
                                variant,
                                c.evaluator(),
                                targets,
                                null,
                                calibration);
                    } catch (ModelException e) {
                        return c.basis() + ", from " + c.start() + ", 2020-2022 "
                                + c.treatment().label() + ": left out (" + e.getMessage() + ")";
                    }
                })
                .toList();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned c = planned.get(i);
            if (made.get(i) instanceof Cell cell) {
                cells.put(key(c.basis(), c.start(), c.treatment()), cell);
            } else {
                notes.add((String) made.get(i));
            }
        }
        Cell ownCell = cells.get(key(ownBasis, ownStart, ownTreatment));
        if (ownCell == null) {
            throw ModelException.of(
                    "scenario %s: its own specification cannot be projected: %s", scenario.name(), notes);
        }
        double[] central = own(forecast, targets);
        List<Answer> answers = new ArrayList<>();
        for (Cell c : cells.values()) {
            for (int f = 0; f < c.families().size(); f++) {
                answers.add(new Answer(
                        new Specification(
                                c.basis(),
                                c.start(),
                                c.treatment(),
                                c.families().get(f)),
                        boxed(c.probabilities().get(f)),
                        c.weights()[f] / cells.size()));
            }
        }
        List<Lever> levers = new ArrayList<>();
        if (bases.size() > 1) {
            List<Option> options = new ArrayList<>();
            for (String b : bases.keySet()) {
                Cell c = cells.get(key(b, ownStart, ownTreatment));
                if (c != null) {
                    options.add(new Option(b, boxed(b.equals(ownBasis) ? central : c.average()), b.equals(ownBasis)));
                }
            }
            levers.add(new Lever(Dimension.BASIS, options));
        }
        if (starts.size() > 1) {
            List<Option> options = new ArrayList<>();
            for (int s : starts) {
                Cell c = cells.get(key(ownBasis, s, ownTreatment));
                if (c != null) {
                    options.add(
                            new Option(String.valueOf(s), boxed(s == ownStart ? central : c.average()), s == ownStart));
                }
            }
            levers.add(new Lever(Dimension.FIT_START, options));
        }
        if (treatments.size() > 1) {
            List<Option> options = new ArrayList<>();
            for (Treatment t : treatments) {
                Cell c = cells.get(key(ownBasis, ownStart, t));
                if (c != null) {
                    options.add(
                            new Option(t.key(), boxed(t == ownTreatment ? central : c.average()), t == ownTreatment));
                }
            }
            levers.add(new Lever(Dimension.PANDEMIC, options));
        }
        List<Option> familyOptions = new ArrayList<>();
        boolean averages = !scenario.uncertainty().families().isEmpty();
        for (int f = 0; f < ownCell.families().size(); f++) {
            TrendFamily fam = ownCell.families().get(f);
            boolean isOwn = !averages && fam == scenario.digital().model();
            familyOptions.add(
                    new Option(fam.key(), boxed(ownCell.probabilities().get(f)), isOwn));
        }
        if (averages) {
            familyOptions.add(new Option(AVERAGE, boxed(central), true));
        }
        levers.add(new Lever(Dimension.FAMILY, familyOptions));
        levers.sort(Comparator.comparingDouble((Lever l) -> -l.span(0)));
        List<Option> basisWithOwnWeights = new ArrayList<>();
        if (averages && bases.size() > 1) {
            for (Map.Entry<String, Evaluator> b : bases.entrySet()) {
                if (b.getKey().equals(ownBasis)) {
                    continue;
                }
                Scenario variant = variant(scenario, ownStart, ownTreatment, ownTreatment, families);
                try {
                    Cell c = cell(
                            b.getKey(),
                            ownStart,
                            ownTreatment,
                            variant,
                            b.getValue(),
                            targets,
                            ownCell.stacking(),
                            calibration);
                    basisWithOwnWeights.add(new Option(b.getKey(), boxed(c.average()), false));
                } catch (ModelException e) {
                    notes.add(b.getKey() + " with " + ownBasis + "'s weights: left out (" + e.getMessage() + ")");
                }
            }
        }
        int n = targets.size();
        Double[] low = new Double[n];
        Double[] high = new Double[n];
        Double[] min = new Double[n];
        Double[] max = new Double[n];
        for (int t = 0; t < n; t++) {
            int target = t;
            low[t] = quantile(answers, target, LOW);
            high[t] = quantile(answers, target, HIGH);
            min[t] = answers.stream()
                    .mapToDouble(a -> a.probabilities().get(target))
                    .min()
                    .orElseThrow();
            max[t] = answers.stream()
                    .mapToDouble(a -> a.probabilities().get(target))
                    .max()
                    .orElseThrow();
        }
        return new Result(
                targets,
                new Specification(ownBasis, ownStart, ownTreatment, null),
                boxed(central),
                answers,
                Arrays.asList(low),
                Arrays.asList(high),
                Arrays.asList(min),
                Arrays.asList(max),
                levers,
                basisWithOwnWeights,
                notes);
    }

    /** The scenario's own probabilities, exactly as its forecast gives them. */
    private static double[] own(ShareForecast forecast, List<ShareTarget> targets) {
        Map<Target, Double> exact = forecast.exactProbabilities();
        double[] out = new double[targets.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = exact.getOrDefault(targets.get(t), Double.NaN);
        }
        return out;
    }

    private static Cell cell(
            String basis,
            int start,
            Treatment treatment,
            Scenario variant,
            Evaluator evaluator,
            List<ShareTarget> targets,
            FamilyWeights weights,
            ErrorCalibration calibration) {
        ShareForecast f = evaluator.forecaster().forecast(variant, evaluator.history(), weights, calibration);
        List<TrendFamily> fams = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (ShareForecast.Member m : f.members()) {
            Map<Target, Double> exact = ExactProbabilities.of(m.projection()).byTarget();
            double[] p = new double[targets.size()];
            for (int t = 0; t < p.length; t++) {
                p[t] = exact.getOrDefault(targets.get(t), Double.NaN);
                if (Double.isNaN(p[t])) {
                    throw ModelException.of(
                            "%s has no closed form for %s",
                            m.family().key(), targets.get(t).label());
                }
            }
            fams.add(m.family());
            probabilities.add(p);
        }
        FamilyWeights w = f.weights().orElseThrow();
        return new Cell(basis, start, treatment, fams, w.weights(), probabilities, w);
    }

    /**
     * @param scenario a scenario
     * @param start the first year of both fits
     * @param treatment the treatment of 2020–2022
     * @param own the scenario's own treatment
     * @param families the families to average
     * @return the scenario with that fit start and treatment, averaging those families
     */
    static Scenario variant(
            Scenario scenario, int start, Treatment treatment, Treatment own, List<TrendFamily> families) {
        return scenario.withDigital(component(scenario.digital(), start, treatment, own))
                .withOther(component(scenario.other(), start, treatment, own))
                .withUncertainty(scenario.uncertainty().withFamilies(families));
    }

    private static ComponentSpec component(ComponentSpec c, int start, Treatment treatment, Treatment own) {
        FitWindow w = c.fit();
        SortedSet<Integer> excluded = new TreeSet<>(w.excluded());
        List<Intervention> shocks = new ArrayList<>(w.shocks());
        if (treatment != own) {
            excluded.removeAll(PANDEMIC);
            shocks.removeIf(i -> PANDEMIC.contains(i.year()));
            switch (treatment) {
                case EXCLUDED -> excluded.addAll(PANDEMIC);
                case OUTLIERS -> PANDEMIC.forEach(y -> shocks.add(Intervention.outlier(y)));
                case LEVEL_SHIFT -> shocks.add(Intervention.levelShift(PANDEMIC.get(0)));
                case KEPT, AS_STATED -> {}
            }
        }
        excluded.removeIf(y -> y < start);
        shocks.removeIf(i -> i.year() <= start);
        return c.withFit(new FitWindow(start, w.to(), excluded, shocks));
    }

    /** @return how the scenario's digital fit treats 2020–2022 */
    static Treatment treatmentOf(Scenario scenario) {
        FitWindow w = scenario.digital().fit();
        List<Integer> shockYears = w.shocks().stream().map(Intervention::year).toList();
        if (w.excluded().containsAll(PANDEMIC) && shockYears.stream().noneMatch(PANDEMIC::contains)) {
            return Treatment.EXCLUDED;
        }
        boolean outliers = w.shocks().stream()
                        .filter(i -> i.kind() == Intervention.Kind.ADDITIVE_OUTLIER)
                        .map(Intervention::year)
                        .toList()
                        .containsAll(PANDEMIC)
                && w.excluded().stream().noneMatch(PANDEMIC::contains);
        if (outliers && w.shocks().size() == PANDEMIC.size()) {
            return Treatment.OUTLIERS;
        }
        if (w.shocks().equals(List.of(Intervention.levelShift(PANDEMIC.get(0))))
                && w.excluded().stream().noneMatch(PANDEMIC::contains)) {
            return Treatment.LEVEL_SHIFT;
        }
        if (w.shocks().isEmpty() && w.excluded().stream().noneMatch(PANDEMIC::contains)) {
            return Treatment.KEPT;
        }
        return Treatment.AS_STATED;
    }

    /** @return whether both fits reach into 2020–2022 (a treatment of those years means something) */
    private static boolean coversPandemic(Scenario scenario) {
        return covers(scenario.digital().fit()) && covers(scenario.other().fit());
    }

    private static boolean covers(FitWindow w) {
        return w.to() == null || w.to() >= PANDEMIC.get(PANDEMIC.size() - 1) + 1;
    }

    private static String key(String basis, int start, Treatment treatment) {
        return basis + "|" + start + "|" + treatment;
    }

    /** The weighted quantile (the smallest answer whose cumulative weight reaches q). */
    static double quantile(List<Answer> answers, int target, double q) {
        List<Answer> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparingDouble(a -> a.probabilities().get(target)));
        double total = sorted.stream().mapToDouble(Answer::weight).sum();
        double cumulative = 0;
        for (Answer a : sorted) {
            cumulative += a.weight();
            if (cumulative >= q * total - 1e-12) {
                return a.probabilities().get(target);
            }
        }
        return sorted.get(sorted.size() - 1).probabilities().get(target);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
