package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.targetcast.model.data.ComponentHistory;

/**
 * The rare events of both components on the calibration panel: {@link JumpEstimator} fitted to the yearly
 * log changes of digital (D) and of other services (O = total − D), each economy with its own ordinary drift
 * and volatility, China left out (as every calibration leaves it out: the panel judges China's forecasts,
 * so China's own years do not shape it). Histories of one economy on several bases count once, by the
 * first given. Pure and immutable.
 *
 * @param leftOut the economy left out, as {@link PanelCalibration#economy} names it ({@code china})
 * @param economies the economies fitted, in the panel's order
 * @param digital the jumps of digital
 * @param other the jumps of other services
 */
public record PanelJumps(String leftOut, List<String> economies, JumpComponent digital, JumpComponent other) {
    /** The economy every calibration leaves out. */
    public static final String CHINA = "china";

    /** Copies the list and checks for nulls. */
    public PanelJumps {
        Objects.requireNonNull(leftOut, "leftOut");
        economies = List.copyOf(economies);
        Objects.requireNonNull(digital, "digital");
        Objects.requireNonNull(other, "other");
    }

    /**
     * @param panel the calibration panel's histories (e.g. {@code Workspace.calibrationPanel()})
     * @param estimator the estimator
     * @return both components' jumps on every economy of the panel but China
     * @throws org.targetcast.model.ModelException if too few economies or years remain
     *     ({@link JumpEstimator#fit})
     */
    public static PanelJumps estimate(List<ComponentHistory> panel, JumpEstimator estimator) {
        List<String> economies = new ArrayList<>();
        List<YearlyChanges> digital = new ArrayList<>();
        List<YearlyChanges> other = new ArrayList<>();
        for (ComponentHistory h : panel) {
            String e = PanelCalibration.economy(h.economy());
            if (e.equals(CHINA) || economies.contains(e)) {
                continue;
            }
            economies.add(e);
            digital.add(YearlyChanges.ofLevels(e, h.digital()));
            other.add(YearlyChanges.ofLevels(e, h.other()));
        }
        return new PanelJumps(CHINA, economies, estimator.fit("digital", digital), estimator.fit("other", other));
    }

    /** @return both components, digital first */
    public List<JumpComponent> components() {
        return List.of(digital, other);
    }
}
