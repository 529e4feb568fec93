package org.targetcast.charts;

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
 * Drawn in the annotation font and colour. Not API.
 */
final class EndLabel extends Annotation {
    private final EndText label;

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
        var metrics = font.getLineMetrics(label.text(), frc);
        double baseline = py + (metrics.getAscent() - metrics.getDescent()) / 2;
        g.setColor(label.color() == null ? styler.getAnnotationTextFontColor() : label.color());
        g.setFont(font);
        g.drawString(label.text(), (float) left, (float) baseline);
        bounds = new Rectangle2D.Double(left, py - box.getHeight() / 2, box.getWidth(), box.getHeight());
    }
}
