package org.targetcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A circle marker drawn as a ring in the series colour around a white centre. */
final class HollowCircle extends Marker {
    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
        double half = markerSize / 2.0;
        Ellipse2D.Double circle = new Ellipse2D.Double(x - half, y - half, markerSize, markerSize);
        Paint colour = g.getPaint();
        Stroke stroke = g.getStroke();
        g.setPaint(Color.WHITE);
        g.fill(circle);
        g.setPaint(colour);
        g.setStroke(new BasicStroke(Math.max(1f, markerSize / 4.5f)));
        g.draw(circle);
        g.setStroke(stroke);
    }
}
