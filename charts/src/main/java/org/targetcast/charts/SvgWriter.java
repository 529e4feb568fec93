package org.targetcast.charts;

import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
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
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Writes the drawing commands VectorGraphics2D recorded for a chart as an SVG file's bytes, in one pass over
 * the commands and straight into a character buffer: shapes as {@code path}, {@code rect}, {@code line} and
 * {@code ellipse} elements in their own user space under the transform that was current (so strokes scale as
 * Java 2D scales them), text as {@code text}, each clip as a {@code clipPath} in page space numbered in the
 * order it appears. Coordinates are written to a thousandth of a point, which is far below what any screen or
 * printer resolves.
 *
 * <p>VectorGraphics2D's own SVG processor builds a DOM tree, formats every coordinate with a
 * {@link java.text.DecimalFormat} shared by all threads (so only one chart at a time can use it) and
 * serializes the tree through an XSLT transformer: in a profile of {@code ./targetcast}, a fifth of the
 * processor time. This writer draws the same elements (one per shape or string, as the processor does)
 * without any of that; it covers the commands the charts issue and declines ({@link Optional#empty()})
 * anything else, such as an image, a gradient or an XOR mode, for the caller to hand to that processor.
 *
 * <p>Not instantiable; stateless and safe to call from several threads at once.
 */
final class SvgWriter {
    private SvgWriter() {}

    /**
     * @param commands the commands a {@code VectorGraphics2D} recorded
     * @param width page width, points
     * @param height page height, points
     * @return the SVG file's bytes, UTF-8; empty if a command is one this writer does not draw
     */
    static Optional<byte[]> write(CommandSequence commands, double width, double height) {
        Pass pass = new Pass();
        StringBuilder out = pass.out;
        out.append(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" version=\"1.1\" width=\"");
        pass.number(width).append("px\" height=\"");
        pass.number(height).append("px\" viewBox=\"0 0 ");
        pass.number(width).append(' ');
        pass.number(height).append("\">\n");
        for (Command<?> command : commands) {
            if (!pass.apply(command)) {
                return Optional.empty();
            }
        }
        pass.closeClipGroup();
        out.append("</svg>\n");
        return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The graphics state of one {@code Graphics2D} between its {@code create} and its {@code dispose}. */
    private static final class State {
        AffineTransform transform = new AffineTransform();
        /** The clip in page space, or null for none. */
        Shape clip;
        /** The clip's number in the file, 0 while it has not been written. */
        int clipId;

        Color color = Color.BLACK;
        BasicStroke stroke = new BasicStroke();
        Font font = new Font(Font.DIALOG, Font.PLAIN, 12);
        float alpha = 1f;

        State copy() {
            State s = new State();
            s.transform = new AffineTransform(transform);
            s.clip = clip;
            s.clipId = clipId;
            s.color = color;
            s.stroke = stroke;
            s.font = font;
            s.alpha = alpha;
            return s;
        }
    }

    /** One walk over the commands, with the state stack and the text written so far. */
    private static final class Pass {
        final StringBuilder out = new StringBuilder(128 * 1024);
        final Deque<State> saved = new ArrayDeque<>();
        State state = new State();
        int clips;
        /** The number of the clip whose group is open, 0 for none. */
        int openClip;

        /** @return false if the command is one this writer does not draw */
        boolean apply(Command<?> command) {
            if (command instanceof SetColorCommand c) {
                state.color = c.getValue();
            } else if (command instanceof SetPaintCommand c) {
                if (!(c.getValue() instanceof Color color)) {
                    return false;
                }
                state.color = color;
            } else if (command instanceof SetStrokeCommand c) {
                if (!(c.getValue() instanceof BasicStroke stroke)) {
                    return false;
                }
                state.stroke = stroke;
            } else if (command instanceof SetFontCommand c) {
                state.font = c.getValue();
            } else if (command instanceof SetCompositeCommand c) {
                if (!(c.getValue() instanceof AlphaComposite composite)
                        || composite.getRule() != AlphaComposite.SRC_OVER) {
                    return false;
                }
                state.alpha = composite.getAlpha();
            } else if (command instanceof SetTransformCommand c) {
                state.transform = new AffineTransform(c.getValue());
            } else if (command instanceof AffineTransformCommand c) {
                state.transform.concatenate(c.getValue());
            } else if (command instanceof SetClipCommand c) {
                Shape clip = c.getValue();
                state.clip = clip == null ? null : state.transform.createTransformedShape(clip);
                state.clipId = 0;
            } else if (command instanceof CreateCommand) {
                saved.push(state);
                state = state.copy();
            } else if (command instanceof DisposeCommand) {
                if (!saved.isEmpty()) {
                    state = saved.pop();
                }
            } else if (command instanceof SetHintCommand || command instanceof SetBackgroundCommand) {
                // hints steer a rasterizer, and the background only clearRect, which arrives as a fill
                return true;
            } else if (command instanceof FillShapeCommand c) {
                shape(c.getValue(), true);
            } else if (command instanceof DrawShapeCommand c) {
                shape(c.getValue(), false);
            } else if (command instanceof DrawStringCommand c) {
                text(c.getValue(), c.getX(), c.getY());
            } else {
                return false;
            }
            return true;
        }

        private void shape(Shape shape, boolean fill) {
            enterClip();
            if (shape instanceof Line2D line) {
                out.append("<line x1=\"");
                number(line.getX1()).append("\" y1=\"");
                number(line.getY1()).append("\" x2=\"");
                number(line.getX2()).append("\" y2=\"");
                number(line.getY2()).append('"');
            } else if (shape instanceof Rectangle2D rect) {
                out.append("<rect x=\"");
                number(rect.getX()).append("\" y=\"");
                number(rect.getY()).append("\" width=\"");
                number(rect.getWidth()).append("\" height=\"");
                number(rect.getHeight()).append('"');
            } else if (shape instanceof Ellipse2D ellipse) {
                out.append("<ellipse cx=\"");
                number(ellipse.getCenterX()).append("\" cy=\"");
                number(ellipse.getCenterY()).append("\" rx=\"");
                number(ellipse.getWidth() / 2).append("\" ry=\"");
                number(ellipse.getHeight() / 2).append('"');
            } else {
                out.append("<path d=\"");
                boolean evenOdd = path(shape);
                out.append('"');
                if (evenOdd && fill) {
                    out.append(" fill-rule=\"evenodd\"");
                }
            }
            transform();
            out.append(" style=\"");
            if (fill) {
                paint("fill");
                out.append(";stroke:none\"/>\n");
            } else {
                out.append("fill:none;");
                paint("stroke");
                stroke();
                out.append("\"/>\n");
            }
        }

        private void text(String text, double x, double y) {
            enterClip();
            out.append("<text x=\"");
            number(x).append("\" y=\"");
            number(y).append('"');
            transform();
            out.append(" xml:space=\"preserve\" style=\"");
            paint("fill");
            Font font = state.font;
            out.append(";stroke:none;font-family:");
            family(font.getFamily());
            out.append(";font-size:");
            number(font.getSize2D()).append("px");
            if (font.isBold()) {
                out.append(";font-weight:bold");
            }
            if (font.isItalic()) {
                out.append(";font-style:italic");
            }
            out.append("\">");
            escape(text);
            out.append("</text>\n");
        }

        /**
         * Writes the font family with fallbacks for a viewer that lacks it: the shipped Noto Sans SC is Debian's
         * and most Linux desktops' Noto Sans CJK SC under another name (same design and widths), and a generic
         * family keeps a sans-serif text sans-serif.
         */
        private void family(String family) {
            String name = family.replace("'", "");
            out.append('\'');
            escape(name);
            out.append('\'');
            if (name.equals(ShippedFont.FAMILY)) {
                out.append(",'Noto Sans CJK SC'");
            }
            out.append(
                    name.toLowerCase(java.util.Locale.ROOT).contains("serif") && !name.contains("Sans")
                            ? ",serif"
                            : ",sans-serif");
        }

        /** Writes the path's outline; @return whether it fills by the even-odd rule */
        private boolean path(Shape shape) {
            PathIterator it = shape.getPathIterator(null);
            double[] c = new double[6];
            while (!it.isDone()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> point('M', c, 0);
                    case PathIterator.SEG_LINETO -> point('L', c, 0);
                    case PathIterator.SEG_QUADTO -> {
                        point('Q', c, 0);
                        point(' ', c, 2);
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        point('C', c, 0);
                        point(' ', c, 2);
                        point(' ', c, 4);
                    }
                    case PathIterator.SEG_CLOSE -> out.append('Z');
                    default -> throw new IllegalStateException("unknown path segment");
                }
                it.next();
            }
            return it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
        }

        private void point(char op, double[] c, int i) {
            out.append(op);
            number(c[i]).append(',');
            number(c[i + 1]);
        }

        private void transform() {
            AffineTransform t = state.transform;
            if (t.isIdentity()) {
                return;
            }
            if (t.getType() == AffineTransform.TYPE_TRANSLATION) {
                out.append(" transform=\"translate(");
                number(t.getTranslateX()).append(' ');
                number(t.getTranslateY()).append(")\"");
                return;
            }
            out.append(" transform=\"matrix(");
            number(t.getScaleX()).append(' ');
            number(t.getShearY()).append(' ');
            number(t.getShearX()).append(' ');
            number(t.getScaleY()).append(' ');
            number(t.getTranslateX()).append(' ');
            number(t.getTranslateY()).append(")\"");
        }

        private void paint(String property) {
            Color color = state.color;
            out.append(property)
                    .append(":rgb(")
                    .append(color.getRed())
                    .append(',')
                    .append(color.getGreen())
                    .append(',')
                    .append(color.getBlue())
                    .append(')');
            double opacity = color.getAlpha() / 255.0 * state.alpha;
            if (opacity < 1) {
                out.append(';').append(property).append("-opacity:");
                number(opacity);
            }
        }

        private void stroke() {
            BasicStroke s = state.stroke;
            out.append(";stroke-width:");
            number(s.getLineWidth());
            out.append(";stroke-linecap:")
                    .append(
                            switch (s.getEndCap()) {
                                case BasicStroke.CAP_ROUND -> "round";
                                case BasicStroke.CAP_SQUARE -> "square";
                                default -> "butt";
                            })
                    .append(";stroke-linejoin:")
                    .append(
                            switch (s.getLineJoin()) {
                                case BasicStroke.JOIN_ROUND -> "round";
                                case BasicStroke.JOIN_BEVEL -> "bevel";
                                default -> "miter";
                            });
            if (s.getLineJoin() == BasicStroke.JOIN_MITER) {
                out.append(";stroke-miterlimit:");
                number(s.getMiterLimit());
            }
            float[] dashes = s.getDashArray();
            if (dashes != null && dashes.length > 0) {
                out.append(";stroke-dasharray:");
                for (int i = 0; i < dashes.length; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    number(dashes[i]);
                }
                if (s.getDashPhase() != 0) {
                    out.append(";stroke-dashoffset:");
                    number(s.getDashPhase());
                }
            }
        }

        /** Opens a group clipped by the current clip, closing the previous one if the clip changed. */
        private void enterClip() {
            if (state.clip != null && state.clipId == 0) {
                state.clipId = ++clips;
                closeClipGroup();
                out.append("<clipPath id=\"clip").append(state.clipId).append("\"><path d=\"");
                path(state.clip);
                out.append("\"/></clipPath>\n");
            }
            int wanted = state.clip == null ? 0 : state.clipId;
            if (wanted != openClip) {
                closeClipGroup();
                if (wanted != 0) {
                    out.append("<g clip-path=\"url(#clip").append(wanted).append(")\">\n");
                }
                openClip = wanted;
            }
        }

        void closeClipGroup() {
            if (openClip != 0) {
                out.append("</g>\n");
                openClip = 0;
            }
        }

        /**
         * Appends the number to a thousandth, without trailing zeros ({@code 12}, {@code 12.5}, {@code -0.125});
         * a value that is not finite is written as 0, which SVG accepts where the number stands.
         */
        StringBuilder number(double v) {
            if (!Double.isFinite(v)) {
                return out.append('0');
            }
            long m = Math.round(v * 1000);
            if (m < 0) {
                out.append('-');
                m = -m;
            }
            out.append(m / 1000);
            int frac = (int) (m % 1000);
            if (frac != 0) {
                out.append('.');
                if (frac < 100) {
                    out.append('0');
                }
                if (frac < 10) {
                    out.append('0');
                }
                while (frac % 10 == 0) {
                    frac /= 10;
                }
                out.append(frac);
            }
            return out;
        }

        /** Appends text with XML's special characters escaped and characters XML 1.0 forbids left out. */
        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> {
                        if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                            out.append(ch);
                        }
                    }
                }
            }
        }
    }
}
