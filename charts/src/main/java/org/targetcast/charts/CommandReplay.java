package org.targetcast.charts;

import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetBackgroundCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetClipCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetColorCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetCompositeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetHintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetStrokeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetXORModeCommand;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Draws the commands VectorGraphics2D recorded for a chart onto another {@link Graphics2D}, such as a bitmap's:
 * the chart is laid out once (axes, ticks, text outlines) and the layout serves the SVG file and the PNG
 * file alike. Absolute transforms are taken relative to the target's transform on entry (the PNG's scale to
 * its resolution); each {@code create} starts a child of the current graphics and its {@code dispose} returns
 * to the parent, as VectorGraphics2D's own processors read the sequence. Not instantiable.
 */
final class CommandReplay {
    private CommandReplay() {}

    /**
     * @param commands the recorded commands
     * @param target the graphics to draw on; its transform on entry maps the chart's points to the target
     */
    static void draw(CommandSequence commands, Graphics2D target) {
        AffineTransform base = target.getTransform();
        Deque<Graphics2D> parents = new ArrayDeque<>();
        Graphics2D g = (Graphics2D) target.create();
        for (Command<?> command : commands) {
            if (command instanceof SetColorCommand c) {
                g.setColor(c.getValue());
            } else if (command instanceof SetPaintCommand c) {
                g.setPaint(c.getValue());
            } else if (command instanceof SetStrokeCommand c) {
                g.setStroke(c.getValue());
            } else if (command instanceof SetFontCommand c) {
                g.setFont(c.getValue());
            } else if (command instanceof SetCompositeCommand c) {
                g.setComposite(c.getValue());
            } else if (command instanceof SetBackgroundCommand c) {
                g.setBackground(c.getValue());
            } else if (command instanceof SetXORModeCommand c) {
                g.setXORMode(c.getValue());
            } else if (command instanceof SetHintCommand c) {
                g.setRenderingHint((RenderingHints.Key) c.getKey(), c.getValue());
            } else if (command instanceof SetTransformCommand c) {
                AffineTransform t = new AffineTransform(base);
                t.concatenate(c.getValue());
                g.setTransform(t);
            } else if (command instanceof AffineTransformCommand c) {
                g.transform(c.getValue());
            } else if (command instanceof SetClipCommand c) {
                g.setClip(c.getValue());
            } else if (command instanceof CreateCommand) {
                parents.push(g);
                g = (Graphics2D) g.create();
            } else if (command instanceof DisposeCommand) {
                if (!parents.isEmpty()) {
                    g.dispose();
                    g = parents.pop();
                }
            } else if (command instanceof FillShapeCommand c) {
                g.fill(c.getValue());
            } else if (command instanceof DrawShapeCommand c) {
                g.draw(c.getValue());
            } else if (command instanceof DrawStringCommand c) {
                g.drawString(c.getValue(), (float) c.getX(), (float) c.getY());
            } else if (command instanceof DrawImageCommand c) {
                g.drawImage(
                        c.getValue(),
                        (int) Math.round(c.getX()),
                        (int) Math.round(c.getY()),
                        (int) Math.round(c.getWidth()),
                        (int) Math.round(c.getHeight()),
                        null);
            }
        }
        g.dispose();
        while (!parents.isEmpty()) {
            parents.pop().dispose();
        }
    }
}
