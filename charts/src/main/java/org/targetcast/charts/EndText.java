package org.targetcast.charts;

import java.awt.Color;
import java.util.Objects;

/**
 * A short text beside a point of the plot, as an {@link EndLabel} or {@link EndLabelStack} draws it: the
 * value labels at the ends of tornado bars, the names at the ends of scenario paths. Not API.
 *
 * @param text the text
 * @param x the point, in data units of the x axis
 * @param y the point, in data units of the y axis
 * @param leftOfPoint whether the text ends at the point (true) or starts at it (false)
 * @param gap space between point and text, points
 * @param color colour of the text; null for the annotation colour
 * @param bar colour of the bar whose end the point is, or null for none: a text that would leave the plot on
 *     its side is then drawn inside the bar, in white or charcoal, whichever stands out more on that colour
 */
record EndText(String text, double x, double y, boolean leftOfPoint, double gap, Color color, Color bar) {
    /** Checks the text for null. */
    EndText {
        Objects.requireNonNull(text, "text");
    }
}
