package org.targetcast.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.Graphics;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Test only: paints a chart into a graphics context that records where each text lands, in the chart's
 * points. Two kinds of text are seen: strings drawn with {@code drawString} (the header, footer and the
 * labels at the ends of lines), recorded as the ink bounds of the string; and the texts XChart draws itself
 * (tick labels, axis titles, legend entries), which it fills as glyph outlines: a fill of a
 * {@link GeneralPath}, the class {@link TextLayout#getOutline} returns and XChart uses for nothing else.
 * Each text is one box, in device space after every transform; blank texts (no ink) are left out.
 */
final class TextBounds extends VectorGraphics2D {

    /**
     * A text and its box.
     *
     * @param text the string, or {@code "(xchart)"} for a text XChart drew as outlines
     * @param box its ink bounds, points
     */
    record Box(String text, Rectangle2D box) {
        @Override
        public String toString() {
            return String.format(
                    "'%s' [%.1f, %.1f – %.1f, %.1f]", text, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
        }
    }

    private List<Box> boxes = new ArrayList<>();

    private TextBounds() {}

    /**
     * @param chart a chart
     * @return the box of every text it draws at its own size, in the order drawn
     */
    static List<Box> of(Chart<?, ?> chart) {
        TextBounds g = new TextBounds();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        return List.copyOf(g.boxes);
    }

    @Override
    public Graphics create() {
        TextBounds copy = (TextBounds) super.create();
        copy.boxes = boxes;
        return copy;
    }

    @Override
    public void fill(Shape s) {
        if (s.getClass() == GeneralPath.class) {
            add("(xchart)", getTransform().createTransformedShape(s).getBounds2D());
        }
        super.fill(s);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (!str.isEmpty()) {
            TextLayout layout = new TextLayout(str, getFont(), getFontRenderContext());
            Shape ink = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
            add(str, getTransform().createTransformedShape(ink).getBounds2D());
        }
        super.drawString(str, x, y);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    private void add(String text, Rectangle2D box) {
        if (box.getWidth() > 0 && box.getHeight() > 0) {
            boxes.add(new Box(text, box));
        }
    }
}
