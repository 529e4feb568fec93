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
 */
record EndText(String text, double x, double y, boolean leftOfPoint, double gap, Color color) {
    /** Checks the text for null. */
    EndText {
        Objects.requireNonNull(text, "text");
    }
}
