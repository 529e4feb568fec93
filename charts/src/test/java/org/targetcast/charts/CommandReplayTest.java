package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Drawing recorded commands onto a bitmap gives the pixels of drawing the same calls onto it directly. */
class CommandReplayTest {
    /** Transforms, a clip, a child graphics and its disposal, strokes, translucent fills, hints. */
    private static final Consumer<Graphics2D> DRAWING = g -> {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, 200, 100));
        g.translate(10, 5);
        g.setClip(new Rectangle2D.Double(0, 0, 120, 80));
        g.setColor(new Color(0, 114, 178, 128));
        g.fill(new Ellipse2D.Double(20, 10, 150, 60));
        Graphics2D child = (Graphics2D) g.create();
        child.rotate(0.3);
        child.setStroke(
                new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {6, 3}, 0));
        child.setColor(new Color(230, 159, 0));
        child.draw(new Line2D.Double(0, 0, 180, 40));
        child.dispose();
        g.setClip(null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.DARK_GRAY);
        g.draw(new Rectangle2D.Double(100.5, 60.5, 60, 20));
        g.scale(1.5, 0.5);
        g.fill(new Rectangle2D.Double(5, 150, 20, 20));
    };

    private static BufferedImage bitmap() {
        return new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D scaled(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        return g;
    }

    @Test
    void theRecordDrawsThePixelsOfTheCalls() {
        BufferedImage direct = bitmap();
        Graphics2D g = scaled(direct);
        DRAWING.accept(g);
        g.dispose();
        VectorGraphics2D recorder = new VectorGraphics2D();
        DRAWING.accept(recorder);
        BufferedImage replayed = bitmap();
        Graphics2D r = scaled(replayed);
        CommandReplay.draw(recorder.getCommands(), r);
        r.dispose();
        int differ = 0;
        for (int y = 0; y < direct.getHeight(); y++) {
            for (int x = 0; x < direct.getWidth(); x++) {
                if (direct.getRGB(x, y) != replayed.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "pixels that differ");
    }
}
