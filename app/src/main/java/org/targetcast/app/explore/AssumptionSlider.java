package org.targetcast.app.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import org.targetcast.model.analysis.Assumption;

/**
 * One assumption's slider: its name, the value in use (in percent for rates), the scenario's own value
 * and a reset button. Rates move in steps of 0.1 point, the correlation in steps of 0.01. The slider only
 * reports moves made by the user; {@link #show} positions it without reporting anything.
 */
final class AssumptionSlider extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Color MUTED = new Color(0x59, 0x59, 0x59);

    private final transient Assumption assumption;
    private final double unit;
    private final JSlider slider;
    private final JLabel value = new JLabel();
    private final JLabel scenarioValue = new JLabel();
    private final JButton reset;
    private final transient UiText scenarioText;
    private boolean showing;

    AssumptionSlider(Assumption assumption, UiText text, DoubleConsumer onMove, Runnable onReset) {
        super(new BorderLayout(4, 2));
        this.assumption = assumption;
        double[] range = range(assumption);
        this.unit = assumption.isRate() ? 0.001 : 0.01;
        slider = new JSlider((int) Math.round(range[0] / unit), (int) Math.round(range[1] / unit), 0);
        slider.setMajorTickSpacing((int) Math.round(range[2] / unit));
        slider.setMinorTickSpacing((int) Math.round(range[2] / unit / 5));
        slider.setPaintTicks(true);
        slider.setPaintLabels(true);
        slider.setLabelTable(labels(range));
        slider.addChangeListener(e -> {
            if (!showing) {
                double v = slider.getValue() * unit;
                value.setText(ExplorerCharts.format(assumption, v));
                onMove.accept(v);
            }
        });
        reset = new JButton(text.text("reset"));
        reset.setToolTipText(text.text("reset.tip"));
        reset.setMargin(new java.awt.Insets(1, 6, 1, 6));
        reset.addActionListener(e -> onReset.run());

        JLabel name = new JLabel(text.assumption(assumption));
        name.setFont(name.getFont().deriveFont(Font.BOLD));
        value.setFont(value.getFont().deriveFont(Font.BOLD, value.getFont().getSize2D() + 3f));
        value.setForeground(new Color(0x1F, 0x4E, 0x79));
        scenarioValue.setForeground(MUTED);
        JPanel head = new JPanel(new BorderLayout(8, 0));
        head.setOpaque(false);
        head.add(name, BorderLayout.WEST);
        head.add(value, BorderLayout.EAST);
        JPanel foot = new JPanel(new BorderLayout());
        foot.setOpaque(false);
        foot.add(scenarioValue, BorderLayout.WEST);
        foot.add(reset, BorderLayout.EAST);
        add(head, BorderLayout.NORTH);
        add(slider, BorderLayout.CENTER);
        add(foot, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(6, 4, 10, 4));
        this.scenarioText = text;
    }

    /**
     * Shows a value without reporting a move.
     *
     * @param fitted the scenario's own value
     * @param override the user's value, if any
     */
    void show(double fitted, OptionalDouble override) {
        double v = override.orElse(fitted);
        showing = true;
        try {
            slider.setValue((int) Math.round(v / unit));
        } finally {
            showing = false;
        }
        value.setText(ExplorerCharts.format(assumption, v));
        scenarioValue.setText(scenarioText.text("scenario.value", ExplorerCharts.format(assumption, fitted)));
        reset.setEnabled(override.isPresent());
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        slider.setEnabled(enabled);
    }

    /** @return the slider, for tests that move it */
    JSlider slider() {
        return slider;
    }

    /** @return the assumption */
    Assumption assumption() {
        return assumption;
    }

    /** @return {min, max, major tick spacing} in the assumption's own units */
    static double[] range(Assumption a) {
        return switch (a) {
            case DIGITAL_GROWTH, OTHER_GROWTH -> new double[] {-0.05, 0.20, 0.05};
            case DIGITAL_VOLATILITY, OTHER_VOLATILITY -> new double[] {0, 0.40, 0.10};
            case CORRELATION -> new double[] {-1, 1, 0.5};
            case VARIANCE_SCALE -> new double[] {0, 40, 10};
        };
    }

    private Dictionary<Integer, JComponent> labels(double[] range) {
        Hashtable<Integer, JComponent> t = new Hashtable<>();
        for (double v = range[0]; v <= range[1] + 1e-9; v += range[2]) {
            String s = assumption.isRate()
                    ? String.format(Locale.ROOT, "%.0f%%", 100 * v)
                    : String.format(Locale.ROOT, "%.1f", v);
            JLabel l = new JLabel(s);
            l.setFont(l.getFont().deriveFont(l.getFont().getSize2D() - 1f));
            t.put((int) Math.round(v / unit), l);
        }
        return t;
    }
}
