package org.targetcast.model.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * Builds two-component histories (digital and total services trade, exports + imports, in
 * {@code USD_100m}) from a {@link Dataset}. Immutable; every call recomputes from the dataset.
 *
 * <h2>Histories</h2>
 * <ul>
 * <li>{@code china}: the measure of the policy targets on MOFCOM's basis: MOFCOM's
 * {@code digitally_deliverable_mofcom} levels over UNCTAD's (SAFE) total, the gaps filled so that each
 * year's share stands on one basis (MOFCOM's growth, a published share, or UNCTAD's own share), every
 * estimate flagged; see {@link ChinaHistories}.
 * <li>{@code china@unctad}: the same measure on UNCTAD's basis, extended past UNCTAD's last year from
 * MOFCOM's published growth ({@link Basis}).
 * <li>{@code unctad:<Economy>} (e.g. {@code unctad:India}): digital = {@code digitally_deliverable_unctad}
 * exports + imports, total = {@code services_total_unctad} exports + imports, over the years both exist.
 * <li>{@code unctad:<Economy>/exports} or {@code /imports}: the same series for one flow only, e.g.
 * {@code unctad:China/exports} is the digitally deliverable share of services exports, the measure UNCTAD
 * itself reports. The flow is chosen for the history, not per component: a share needs numerator and
 * denominator of the same flow and definition.
 * </ul>
 * Among duplicate figures the dataset's {@link Dataset#PREFERENCE} chooses. A value from a grade D source
 * is flagged {@link ValueFlag#SECONDARY}, a rounded one {@link ValueFlag#ROUNDED}.
 *
 * <h2>Series keys</h2>
 * {@code <history>.<component>}, where {@code <history>} is {@code china} or {@code unctad:<Economy>} (the
 * economy exactly as in the data, spaces allowed, e.g. {@code unctad:United States}) and
 * {@code <component>} is {@code digital}, {@code other} (total − digital), {@code total} or {@code share}
 * (digital / total, a fraction). The key splits at its last dot. Examples: {@code china.share},
 * {@code unctad:India.digital}. The built {@link ComponentHistory#economy()} holds the history name
 * ({@code china}, {@code unctad:India}), so its series are named by their keys.
 */
public final class HistoryBuilder {
    /** The name of the default China history. */
    public static final String CHINA = "china";
    /** The prefix of a UNCTAD history name. */
    public static final String UNCTAD_PREFIX = "unctad:";
    /** The components a series key may name. */
    public static final List<String> COMPONENTS = List.of("digital", "other", "total", "share");
    /** The unit of every history. */
    public static final String UNIT = "USD_100m";

    static final String CHINA_ECONOMY = "China";
    static final String MOFCOM_DIGITAL = "digitally_deliverable_mofcom";
    static final String MOFCOM_TOTAL = "services_total";
    static final String UNCTAD_DIGITAL = "digitally_deliverable_unctad";
    static final String UNCTAD_TOTAL = "services_total_unctad";
    static final String KNOWLEDGE_INTENSIVE = "knowledge_intensive_mofcom";

    private final Dataset data;

    /**
     * Every history built, by name: a run builds the same histories again and again (each workspace of a
     * basis pools over the whole panel, three components each), and a history is an immutable function of
     * the dataset, which never changes. Safe for concurrent use.
     */
    private final Map<String, ComponentHistory> built = new ConcurrentHashMap<>();

    private HistoryBuilder(Dataset data) {
        this.data = data;
    }

    /**
     * @param data the observations to build from
     * @return a builder over that dataset
     */
    public static HistoryBuilder of(Dataset data) {
        if (data == null) {
            throw new ModelException("dataset is missing");
        }
        return new HistoryBuilder(data);
    }

    /** @return the dataset histories are built from */
    public Dataset dataset() {
        return data;
    }

    /**
     * @return the histories this dataset supports: {@code china} if it has MOFCOM digital levels for China
     *     (and {@code china@unctad} if it also has UNCTAD's), then {@code unctad:<Economy>} for every economy with both UNCTAD series, sorted
     */
    public List<String> historyNames() {
        List<String> names = new ArrayList<>();
        if (!data.levels(CHINA_ECONOMY, MOFCOM_DIGITAL, "total", UNIT).isEmpty()) {
            names.add(CHINA);
            if (data.economiesWith(UNCTAD_DIGITAL).contains(CHINA_ECONOMY)) {
                names.add(Basis.UNCTAD.history());
            }
        }
        for (String e : data.economiesWith(UNCTAD_DIGITAL)) {
            if (data.economiesWith(UNCTAD_TOTAL).contains(e)) {
                names.add(UNCTAD_PREFIX + e);
            }
        }
        return List.copyOf(names);
    }

    /**
     * @return the economies with UNCTAD digitally deliverable services but no UNCTAD total services trade,
     *     sorted: they have no history (see {@link #historyNames()})
     */
    public List<String> economiesWithoutTotal() {
        return data.economiesWith(UNCTAD_DIGITAL).stream()
                .filter(e -> !data.economiesWith(UNCTAD_TOTAL).contains(e))
                .toList();
    }

    /**
     * @param name {@code china}, {@code china@unctad} or {@code unctad:<Economy>}
     * @return that history
     * @throws ModelException if the name is unknown or the data lack a required series or year
     */
    public ComponentHistory history(String name) {
        if (name == null) {
            return build(null);
        }
        ComponentHistory known = built.get(name);
        if (known != null) {
            return known;
        }
        ComponentHistory h = build(name);
        ComponentHistory first = built.putIfAbsent(name, h);
        return first == null ? h : first;
    }

    private ComponentHistory build(String name) {
        Basis basis = Basis.ofHistory(name);
        if (basis != null) {
            return china(basis);
        }
        if (name != null && name.startsWith(UNCTAD_PREFIX) && name.length() > UNCTAD_PREFIX.length()) {
            String rest = name.substring(UNCTAD_PREFIX.length());
            int slash = rest.lastIndexOf('/');
            if (slash < 0) {
                return unctad(rest);
            }
            String flow = rest.substring(slash + 1);
            if (!List.of("exports", "imports", "total").contains(flow)) {
                throw ModelException.of("history '%s': flow '%s' is not one of exports, imports, total", name, flow);
            }
            return unctad(rest.substring(0, slash), flow);
        }
        throw ModelException.of("history '%s' is unknown; expected one of %s", name, historyNames());
    }

    /**
     * One series of one history, for fitting and charts.
     *
     * @param key {@code <history>.<component>}, e.g. {@code china.share} (see the class comment)
     * @return the series, named by its key
     * @throws ModelException if the key is malformed or names an unknown history or component
     */
    public AnnualSeries series(String key) {
        int dot = key == null ? -1 : key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            throw ModelException.of("series key '%s' is not <history>.<component>, e.g. china.share", key);
        }
        String component = key.substring(dot + 1);
        if (!COMPONENTS.contains(component)) {
            throw ModelException.of("series key '%s': component '%s' is not one of %s", key, component, COMPONENTS);
        }
        ComponentHistory h = history(key.substring(0, dot));
        return switch (component) {
            case "digital" -> h.digital();
            case "total" -> h.total();
            case "other" -> h.other();
            default -> h.share();
        };
    }

    /**
     * The default China history, on MOFCOM's basis (see {@link ChinaHistories}).
     *
     * @return digital and total, 2010–2025 with the shipped data
     * @throws ModelException naming economy, series and year if a required figure is missing
     */
    public ComponentHistory china() {
        return china(Basis.MOFCOM);
    }

    /**
     * The China history on a basis (see {@link ChinaHistories}).
     *
     * @param basis MOFCOM's or UNCTAD's
     * @return digital and total on that basis
     * @throws ModelException naming economy, series and year if a required figure is missing
     */
    public ComponentHistory china(Basis basis) {
        ChinaHistories c = new ChinaHistories(this);
        return basis == Basis.UNCTAD ? c.unctad() : c.mofcom();
    }

    /**
     * A UNCTAD history: digital and total services trade, exports + imports, as UNCTAD publishes them.
     *
     * @param economy the economy exactly as in the data, e.g. {@code United States}
     * @return the history over the years both series have both flows
     * @throws ModelException naming economy, series and year if a series is missing or has a gap
     */
    public ComponentHistory unctad(String economy) {
        return unctad(economy, "total");
    }

    /**
     * A UNCTAD history for one flow.
     *
     * @param economy the economy exactly as in the data
     * @param flow {@code exports}, {@code imports} or {@code total} (exports + imports)
     * @return the history over the years both series have that flow
     * @throws ModelException naming economy, series, flow and year if a series is missing or has a gap
     */
    public ComponentHistory unctad(String economy, String flow) {
        String h = UNCTAD_PREFIX + economy + (flow.equals("total") ? "" : "/" + flow);
        SortedMap<Integer, BuiltValue> digital = flow(economy, UNCTAD_DIGITAL, flow);
        SortedMap<Integer, BuiltValue> total = flow(economy, UNCTAD_TOTAL, flow);
        List<Integer> common =
                digital.keySet().stream().filter(total::containsKey).toList();
        if (common.isEmpty()) {
            throw ModelException.of(
                    "history %s: no year has both %s and %s exports + imports for %s; economies with "
                            + "UNCTAD data: %s",
                    h, UNCTAD_DIGITAL, UNCTAD_TOTAL, economy, historyNames());
        }
        int first = common.get(0);
        int last = common.get(common.size() - 1);
        HistoryAssembly out = new HistoryAssembly(h, first, last);
        for (int y = first; y <= last; y++) {
            BuiltValue d = digital.get(y);
            BuiltValue t = total.get(y);
            if (d == null || t == null) {
                throw ModelException.of(
                        "history %s, year %d: %s has no %s %s (gap inside %d-%d)",
                        h,
                        y,
                        economy,
                        d == null ? UNCTAD_DIGITAL : UNCTAD_TOTAL,
                        flow.equals("total") ? "exports + imports" : flow,
                        first,
                        last);
            }
            out.digital(y, d);
            out.total(y, t);
        }
        return out.build();
    }

    /** One flow, or exports + imports for {@code total}, per year in {@link #UNIT}. */
    private SortedMap<Integer, BuiltValue> flow(String economy, String series, String flow) {
        if (flow.equals("total")) {
            return sumOfFlows(economy, series);
        }
        TreeMap<Integer, BuiltValue> out = new TreeMap<>();
        data.levels(economy, series, flow, UNIT).forEach((y, o) -> out.put(y, BuiltValue.of(o)));
        return out;
    }

    /** Exports + imports per year where both flows have a chosen level in {@link #UNIT}. */
    SortedMap<Integer, BuiltValue> sumOfFlows(String economy, String series) {
        SortedMap<Integer, Observation> ex = data.levels(economy, series, "exports", UNIT);
        SortedMap<Integer, Observation> im = data.levels(economy, series, "imports", UNIT);
        TreeMap<Integer, BuiltValue> out = new TreeMap<>();
        ex.forEach((y, e) -> {
            Observation i = im.get(y);
            if (i != null) {
                Set<ValueFlag> f = e.flags();
                f.addAll(i.flags());
                out.put(
                        y,
                        new BuiltValue(
                                e.value() + i.value(),
                                f,
                                new java.util.TreeSet<>(List.of(e.sourceId(), i.sourceId()))));
            }
        });
        return out;
    }
}
