package org.targetcast.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Names at the right ends of lines (the scenario paths), laid out when the chart is painted, from the
 * bounds of the texts as drawn in the annotation font:
 * <ul>
 *   <li>a name wider than the room from its point to the right edge of the plot is shortened to its head
 *       ({@link #shorten}), so that no name runs into the legend at the right;
 *   <li>names are stacked in the order of their points, bottom to top, each moved up just enough to clear
 *       the one below by {@value #LEADING} of its height; a stack that runs past the top of the plot is
 *       moved down as a whole, and one past the bottom up ({@link #spread}).
 * </ul>
 * Each name is drawn in its colour, starting its gap to the right of its point, centred on its stacked
 * height. Not API.
 */
final class EndLabelStack extends Annotation {
    /** Space between two stacked names, as a share of a name's height. */
    static final double LEADING = 0.25;

    private static final String ELLIPSIS = "…";
    private static final List<String> SEPARATORS = List.of("：", ": ", " - ", " – ", " — ", "（", " (");

    private final List<EndText> labels;

    /** @param labels the names and the points they belong to, in data units; all right of their point */
    EndLabelStack(List<EndText> labels) {
        super(false);
        this.labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || labels.isEmpty()) {
            return;
        }
        Font font = styler.getAnnotationTextFont();
        FontRenderContext frc = g.getFontRenderContext();
        // the plot's edges on the screen (XChart names them by screen coordinate: "max" y is the bottom)
        double right = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
        double top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
        double bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
        int n = labels.size();
        String[] texts = new String[n];
        double[] left = new double[n];
        double[] centre = new double[n];
        double[] height = new double[n];
        for (int i = 0; i < n; i++) {
            EndText label = labels.get(i);
            left[i] = getXAxisScreenValue(label.x()) + label.gap();
            texts[i] = shorten(label.text(), s -> font.getStringBounds(s, frc).getWidth(), right - left[i]);
            height[i] = font.getLineMetrics(texts[i], frc).getHeight();
            centre[i] = getYAxisScreenValue(label.y());
        }
        double[] placed = spread(centre, height, top, bottom);
        Rectangle2D all = null;
        g.setFont(font);
        for (int i = 0; i < n; i++) {
            var metrics = font.getLineMetrics(texts[i], frc);
            double baseline = placed[i] + (metrics.getAscent() - metrics.getDescent()) / 2;
            g.setColor(
                    labels.get(i).color() == null
                            ? styler.getAnnotationTextFontColor()
                            : labels.get(i).color());
            g.drawString(texts[i], (float) left[i], (float) baseline);
            Rectangle2D box = new Rectangle2D.Double(
                    left[i],
                    placed[i] - height[i] / 2,
                    font.getStringBounds(texts[i], frc).getWidth(),
                    height[i]);
            all = all == null ? box : all.createUnion(box);
        }
        bounds = all;
    }

    /**
     * A name that fits a width: the whole name if it fits; else its head, the part before the first
     * separator ({@code ：}, {@code : }, {@code  - }, a dash, an opening bracket), e.g. {@code 基准情景} of
     * {@code 基准情景：按拟合趋势延续}; else the head cut to fit with an ellipsis; never less than one character
     * and the ellipsis.
     *
     * @param text the name
     * @param width the width of a text as drawn
     * @param room the width available
     * @return the name as drawn
     */
    static String shorten(String text, java.util.function.ToDoubleFunction<String> width, double room) {
        if (width.applyAsDouble(text) <= room) {
            return text;
        }
        String head = head(text);
        if (width.applyAsDouble(head) <= room) {
            return head;
        }
        int[] points = head.codePoints().toArray();
        for (int k = points.length - 1; k > 1; k--) {
            String cut = new String(points, 0, k).strip() + ELLIPSIS;
            if (width.applyAsDouble(cut) <= room) {
                return cut;
            }
        }
        return points.length == 0 ? head : new String(points, 0, 1) + ELLIPSIS;
    }

    /**
     * @param text a name such as a scenario's title
     * @return the part before its first separator, stripped; the whole name if it has none
     */
    static String head(String text) {
        int at = text.length();
        for (String separator : SEPARATORS) {
            int i = text.indexOf(separator);
            if (i > 0) {
                at = Math.min(at, i);
            }
        }
        return text.substring(0, at).strip();
    }

    /**
     * Moves labels apart vertically, screen coordinates (y grows downwards).
     *
     * @param centre each label's wanted centre, e.g. the end of its line
     * @param height each label's height
     * @param top the highest a label may reach
     * @param bottom the lowest a label may reach
     * @return each label's centre: in the order of the wanted centres, neighbours at least their half
     *     heights and {@value #LEADING} of the larger height apart, moved as little as that allows from the
     *     bottom up, then the whole stack shifted back inside [top, bottom] where it can be
     */
    static double[] spread(double[] centre, double[] height, double top, double bottom) {
        int n = centre.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // bottom (largest y) first
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> centre[i]).reversed());
        double[] placed = centre.clone();
        for (int k = 1; k < n; k++) {
            int below = order[k - 1];
            int i = order[k];
            double gap = (height[below] + height[i]) / 2 + LEADING * Math.max(height[below], height[i]);
            placed[i] = Math.min(placed[i], placed[below] - gap);
        }
        double low = placed[order[0]] + height[order[0]] / 2;
        double high = placed[order[n - 1]] - height[order[n - 1]] / 2;
        double shift = 0;
        if (high < top) {
            shift = top - high;
        }
        if (low + shift > bottom) {
            shift = bottom - low;
        }
        for (int i = 0; i < n; i++) {
            placed[i] += shift;
        }
        return placed;
    }
}
