package org.targetcast.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.Graphics;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * What a chart drew.
     *
     * @param texts the box of every text, in the order drawn
     * @param legendEntries those of the texts that are the legend's entries: XChart's texts drawn after it
     *     filled the legend's box (it paints the legend last, before the annotations)
     * @param legend the legend as drawn: the box XChart laid out and filled, widened to its entries (XChart
     *     measures it short of them in some presets); empty if the chart has no legend
     */
    record Drawn(List<Box> texts, List<Box> legendEntries, Optional<Rectangle2D> legend) {}

    /** What a text XChart drew as outlines is called. */
    static final String XCHART = "(xchart)";

    private List<Box> boxes = new ArrayList<>();
    private List<Filled> rectangles = new ArrayList<>();

    /** A rectangle filled: as given, as drawn, and how many texts were drawn before it. */
    private record Filled(Rectangle2D given, Rectangle2D drawn, int textsBefore) {}

    private TextBounds() {}

    /**
     * @param chart a chart
     * @return the box of every text it draws at its own size, in the order drawn
     */
    static List<Box> of(Chart<?, ?> chart) {
        return drawn(chart).texts();
    }

    /**
     * @param chart a chart
     * @return its texts and its legend box as drawn at its own size; the legend is the rectangle filled at
     *     the size of XChart's legend bounds (read from the chart's {@code legend} part)
     */
    static Drawn drawn(Chart<?, ?> chart) {
        TextBounds g = new TextBounds();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        Rectangle2D laidOut = legendBounds(chart);
        Optional<Rectangle2D> legend = Optional.empty();
        List<Box> entries = new ArrayList<>();
        if (laidOut != null && chart.getStyler().isLegendVisible()) {
            for (Filled r : g.rectangles) {
                if (Math.abs(r.given().getWidth() - laidOut.getWidth()) < 1e-6
                        && Math.abs(r.given().getHeight() - laidOut.getHeight()) < 1e-6) {
                    Rectangle2D extent = r.drawn();
                    entries.clear();
                    for (Box b : g.boxes.subList(r.textsBefore(), g.boxes.size())) {
                        if (b.text().equals(XCHART)) {
                            entries.add(b);
                            extent = extent.createUnion(b.box());
                        }
                    }
                    legend = Optional.of(extent);
                }
            }
        }
        return new Drawn(List.copyOf(g.boxes), List.copyOf(entries), legend);
    }

    private static Rectangle2D legendBounds(Chart<?, ?> chart) {
        try {
            java.lang.reflect.Field field = Chart.class.getDeclaredField("legend");
            field.setAccessible(true);
            Object legend = field.get(chart);
            return legend == null ? null : ((org.knowm.xchart.internal.chartpart.ChartPart) legend).getBounds();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("XChart's legend part is not where XChart 3.8.8 keeps it", e);
        }
    }

    @Override
    public Graphics create() {
        TextBounds copy = (TextBounds) super.create();
        copy.boxes = boxes;
        copy.rectangles = rectangles;
        return copy;
    }

    @Override
    public void fill(Shape s) {
        if (s.getClass() == GeneralPath.class) {
            add(XCHART, getTransform().createTransformedShape(s).getBounds2D());
        } else if (s instanceof Rectangle2D r) {
            rectangles.add(new Filled(
                    (Rectangle2D) r.clone(),
                    getTransform().createTransformedShape(r).getBounds2D(),
                    boxes.size()));
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
