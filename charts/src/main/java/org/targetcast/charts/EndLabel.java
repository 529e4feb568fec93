package org.targetcast.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A short text beside a point of the plot, to its left or right with a gap, centred vertically on it: the
 * value labels at the ends of tornado bars. XChart's own {@code AnnotationText} can only centre a text on
 * its point, which would put half of it over the bar. Also the names at the ends of the scenario paths. Drawn in the annotation font and colour. Not API.
 */
final class EndLabel extends Annotation {
    private final String text;
    private final double x;
    private final double y;
    private final boolean leftOfPoint;
    private final double gap;
    private final Color color;

    /**
     * @param text the text
     * @param x the point, in data units of the x axis
     * @param y the point, in data units of the y axis
     * @param leftOfPoint whether the text ends at the point (true) or starts at it (false)
     * @param gap space between point and text, points
     */
    EndLabel(String text, double x, double y, boolean leftOfPoint, double gap) {
        this(text, x, y, leftOfPoint, gap, null);
    }

    /**
     * @param text the text
     * @param x the point, in data units of the x axis
     * @param y the point, in data units of the y axis
     * @param leftOfPoint whether the text ends at the point (true) or starts at it (false)
     * @param gap space between point and text, points
     * @param color colour of the text; null for the annotation colour
     */
    EndLabel(String text, double x, double y, boolean leftOfPoint, double gap, Color color) {
        super(false);
        this.color = color;
        this.text = text;
        this.x = x;
        this.y = y;
        this.leftOfPoint = leftOfPoint;
        this.gap = gap;
    }

    String text() {
        return text;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    boolean leftOfPoint() {
        return leftOfPoint;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || text.isEmpty()) {
            return;
        }
        Font font = styler.getAnnotationTextFont();
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle2D box = font.getStringBounds(text, frc);
        double px = getXAxisScreenValue(x);
        double py = getYAxisScreenValue(y);
        double left = leftOfPoint ? px - gap - box.getWidth() : px + gap;
        var metrics = font.getLineMetrics(text, frc);
        double baseline = py + (metrics.getAscent() - metrics.getDescent()) / 2;
        g.setColor(color == null ? styler.getAnnotationTextFontColor() : color);
        g.setFont(font);
        g.drawString(text, (float) left, (float) baseline);
        bounds = new Rectangle2D.Double(left, py - box.getHeight() / 2, box.getWidth(), box.getHeight());
    }
}
