package org.targetcast.engine.workspace;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.targetcast.model.calibration.BlockBootstrap;
import org.targetcast.model.calibration.JumpComponent;
import org.targetcast.model.calibration.PanelJumps;

/**
 * The text of a cache file of the panel's jumps ({@link PanelJumps}), kept by {@link CalibrationCache#jumps}:
 * a header, the key, then each component's intervals, counts and fit, one economy or year a line, tab
 * separated, numbers in Java's shortest round-trip form, so that jumps read back are the ones fitted, bit
 * for bit. A file that does not parse in full throws {@link IllegalArgumentException}.
 */
final class PanelJumpsFile {
    static final String HEADER = "targetcast panel jumps";

    private PanelJumpsFile() {}

    /**
     * @param j the jumps
     * @param key their fingerprint
     * @return the file's text
     */
    static String format(PanelJumps j, String key) {
        StringBuilder b = new StringBuilder();
        b.append(HEADER).append('\n');
        b.append("key ").append(key).append('\n');
        b.append("leftOut\t").append(j.leftOut()).append('\n');
        b.append("economies\t").append(j.economies().size()).append('\n');
        j.economies().forEach(e -> b.append(e).append('\n'));
        for (JumpComponent c : j.components()) {
            b.append("component\t").append(c.component()).append('\n');
            interval(b, c.frequency());
            interval(b, c.sizeMean());
            interval(b, c.sizeSd());
            b.append(c.economies()).append('\t').append(c.economyYears()).append('\t');
            b.append(c.sizeVarianceFloor())
                    .append('\t')
                    .append(c.logLikelihood())
                    .append('\t');
            b.append(c.replicates()).append('\t').append(c.seed()).append('\n');
            for (JumpComponent.Ordinary o : c.ordinary()) {
                b.append(o.economy())
                        .append('\t')
                        .append(o.drift())
                        .append('\t')
                        .append(o.volatility());
                b.append('\t')
                        .append(o.years())
                        .append('\t')
                        .append(o.expectedJumps())
                        .append('\n');
            }
            b.append("years\t").append(c.jumpsByYear().size()).append('\n');
            c.jumpsByYear().forEach((y, v) -> b.append(y).append('\t').append(v).append('\n'));
        }
        b.append("end\n");
        return b.toString();
    }

    private static void interval(StringBuilder b, BlockBootstrap.Interval i) {
        b.append(i.estimate())
                .append('\t')
                .append(i.lower())
                .append('\t')
                .append(i.upper())
                .append('\t');
        b.append(i.level()).append('\n');
    }

    /**
     * @param text a file's text
     * @param key the fingerprint it must carry
     * @return the jumps it holds
     */
    static PanelJumps parse(String text, String key) {
        Iterator<String> lines = text.lines().iterator();
        expect(next(lines), HEADER);
        expect(next(lines), "key " + key);
        String leftOut = field(next(lines), "leftOut");
        int n = Integer.parseInt(field(next(lines), "economies"));
        List<String> economies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            economies.add(next(lines));
        }
        JumpComponent digital = component(lines);
        JumpComponent other = component(lines);
        expect(next(lines), "end");
        return new PanelJumps(leftOut, economies, digital, other);
    }

    private static JumpComponent component(Iterator<String> lines) {
        String name = field(next(lines), "component");
        BlockBootstrap.Interval frequency = interval(next(lines));
        BlockBootstrap.Interval mean = interval(next(lines));
        BlockBootstrap.Interval sd = interval(next(lines));
        String[] c = cells(next(lines), 6);
        int economies = Integer.parseInt(c[0]);
        List<JumpComponent.Ordinary> ordinary = new ArrayList<>();
        for (int i = 0; i < economies; i++) {
            String[] o = cells(next(lines), 5);
            ordinary.add(new JumpComponent.Ordinary(
                    o[0],
                    Double.parseDouble(o[1]),
                    Double.parseDouble(o[2]),
                    Integer.parseInt(o[3]),
                    Double.parseDouble(o[4])));
        }
        int years = Integer.parseInt(field(next(lines), "years"));
        TreeMap<Integer, Double> byYear = new TreeMap<>();
        for (int i = 0; i < years; i++) {
            String[] y = cells(next(lines), 2);
            byYear.put(Integer.parseInt(y[0]), Double.parseDouble(y[1]));
        }
        return new JumpComponent(
                name,
                frequency,
                mean,
                sd,
                economies,
                Integer.parseInt(c[1]),
                ordinary,
                byYear,
                Double.parseDouble(c[2]),
                Double.parseDouble(c[3]),
                Integer.parseInt(c[4]),
                Long.parseLong(c[5]));
    }

    private static BlockBootstrap.Interval interval(String line) {
        String[] c = cells(line, 4);
        return new BlockBootstrap.Interval(
                Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]));
    }

    private static String next(Iterator<String> lines) {
        if (!lines.hasNext()) {
            throw new IllegalArgumentException("incomplete jumps file");
        }
        return lines.next();
    }

    private static void expect(String line, String expected) {
        if (!line.equals(expected)) {
            throw new IllegalArgumentException("expected '" + expected + "', found '" + line + "'");
        }
    }

    private static String field(String line, String name) {
        String[] c = cells(line, 2);
        expect(c[0], name);
        return c[1];
    }

    private static String[] cells(String line, int n) {
        String[] c = line.split("\t", -1);
        if (c.length != n) {
            throw new IllegalArgumentException("expected " + n + " fields, found '" + line + "'");
        }
        return c;
    }
}
