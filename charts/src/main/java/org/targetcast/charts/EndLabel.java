package org.targetcast.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Draws an {@link EndText} beside its point of the plot, to its left or right with a gap, centred vertically
 * on it: the value labels at the ends of tornado bars (names at the ends of lines, which may crowd, are
 * stacked by {@link EndLabelStack}). XChart's
 * own {@code AnnotationText} can only centre a text on its point, which would put half of it over the bar.
 * Drawn in the annotation font and colour. A text at the end of a bar that would run past the plot's edge
 * (a long setting's name at a bar reaching the edge of the value axis, over the assumptions' names) is
 * drawn inside the bar instead, from its end toward the base, where it fits. Not API.
 */
final class EndLabel extends Annotation {
    private final EndText label;
    private double plotMin;
    private double plotMax;

    /** @param label the text and where it stands */
    EndLabel(EndText label) {
        super(false);
        this.label = java.util.Objects.requireNonNull(label, "label");
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || label.text().isEmpty()) {
            return;
        }
        Font font = styler.getAnnotationTextFont();
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle2D box = font.getStringBounds(label.text(), frc);
        double px = getXAxisScreenValue(label.x());
        double py = getYAxisScreenValue(label.y());
        double left = label.leftOfPoint() ? px - label.gap() - box.getWidth() : px + label.gap();
        Color color = label.color() == null ? styler.getAnnotationTextFontColor() : label.color();
        plotMin = getXAxisScreenValueForMin();
        plotMax = getXAxisScreenValueForMax();
        boolean leaves = label.leftOfPoint() ? left < plotMin : left + box.getWidth() > plotMax;
        if (label.bar() != null && leaves) {
            double inside = label.leftOfPoint() ? px + label.gap() : px - label.gap() - box.getWidth();
            if (inside >= plotMin && inside + box.getWidth() <= plotMax) {
                left = inside;
                color = onColour(label.bar());
            }
        }
        var metrics = font.getLineMetrics(label.text(), frc);
        double baseline = py + (metrics.getAscent() - metrics.getDescent()) / 2;
        g.setColor(color);
        g.setFont(font);
        g.drawString(label.text(), (float) left, (float) baseline);
        bounds = new Rectangle2D.Double(left, py - box.getHeight() / 2, box.getWidth(), box.getHeight());
    }

    /** @return the screen x of the value axis's ends at the last paint, {@code {min, max}} */
    double[] plotSpan() {
        return new double[] {plotMin, plotMax};
    }

    /**
     * @param background a bar's colour
     * @return white or charcoal, whichever has the larger contrast ratio with it (WCAG 2.1: (L1 + 0.05) /
     *     (L2 + 0.05) of the relative luminances)
     */
    static Color onColour(Color background) {
        double l = luminance(background);
        double withWhite = 1.05 / (l + 0.05);
        double withCharcoal = (l + 0.05) / (luminance(Palette.CHARCOAL) + 0.05);
        return withWhite >= withCharcoal ? Color.WHITE : Palette.CHARCOAL;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
