package org.targetcast.app.explore;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import org.knowm.xchart.XYChart;

/**
 * Paints an XChart chart at the component's size. The chart is built off the event thread and handed
 * over whole; this component only paints it.
 */
final class ChartView extends JComponent {
    private static final long serialVersionUID = 1L;

    private transient XYChart chart;
    private String message = "";

    ChartView() {
        setPreferredSize(new Dimension(960, 600));
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    /** @param newChart the chart to show from now on */
    void setChart(XYChart newChart) {
        this.chart = newChart;
        this.message = "";
        repaint();
    }

    /** @param text a message shown instead of a chart (e.g. before the first result) */
    void setMessage(String text) {
        this.message = text;
        repaint();
    }

    /** @return the chart shown, or null */
    XYChart chart() {
        return chart;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (chart != null && getWidth() > 50 && getHeight() > 50) {
                chart.paint(g2, getWidth(), getHeight());
            } else if (!message.isEmpty()) {
                g2.setColor(Color.DARK_GRAY);
                g2.drawString(message, 20, 30);
            }
        } finally {
            g2.dispose();
        }
    }
}
