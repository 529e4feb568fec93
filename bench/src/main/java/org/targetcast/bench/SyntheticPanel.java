package org.targetcast.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a data folder for the panel backtest benchmark: the shipped observations plus synthetic
 * economies, each with the two UNCTAD series a panel history needs (digitally deliverable services
 * exports and imports 2010–2023, total services exports and imports 2005–2024): total as a log random walk
 * with drift, digital as a share of it whose logit is a random walk with drift, all drawn from one seeded
 * generator, so a seed always gives the same file. Every synthetic row cites
 * the source {@value #SOURCE}, described in the folder's {@code sources.csv} as synthetic.
 *
 * <p>Arguments: the shipped data folder, the output folder, the number of economies wanted in the file
 * (shipped ones included), the seed.
 */
public final class SyntheticPanel {
    /** The source id of every synthetic row. */
    static final String SOURCE = "SYNTH";
    private static final int FIRST = 2005;
    private static final int LAST = 2024;
    private static final int FIRST_DIGITAL = 2010;
    private static final int LAST_DIGITAL = 2023;

    private SyntheticPanel() {
    }

    /**
     * @param args shipped data folder, output folder, economies in total, seed
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: SyntheticPanel <shipped data folder> <output folder> <economies> <seed>");
        }
        Path shipped = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int economies = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Files.createDirectories(out);
        var observations = Files.readAllLines(shipped.resolve("observations.csv"), StandardCharsets.UTF_8);
        long shippedEconomies = observations.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        int synthetic = Math.toIntExact(economies - shippedEconomies);
        if (synthetic < 0) {
            throw new IllegalArgumentException("the shipped file already has " + shippedEconomies + " economies");
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("observations.csv"), StandardCharsets.UTF_8)) {
            for (String line : observations) {
                w.write(line);
                w.write('\n');
            }
            SplittableRandom root = new SplittableRandom(seed);
            for (int e = 1; e <= synthetic; e++) {
                String name = String.format(Locale.ROOT, "Synthetic %03d", e);
                SplittableRandom rng = root.split();
                double size = Math.exp(rng.nextDouble(Math.log(50), Math.log(20_000)));
                for (String flow : new String[] {"exports", "imports"}) {
                    // total: a log random walk with drift; digital: a share of it whose logit is one too, so
                    // digital stays positive and below total in every year
                    double[] total = new double[LAST - FIRST + 1];
                    double log = Math.log(size / 2);
                    double drift = rng.nextDouble(0.02, 0.09);
                    for (int y = 0; y < total.length; y++) {
                        total[y] = Math.exp(log);
                        log += drift + 0.08 * gaussian(rng);
                    }
                    double logit = rng.nextDouble(-1.4, 0.9);
                    double shareDrift = rng.nextDouble(-0.02, 0.06);
                    for (int year = FIRST; year <= LAST; year++) {
                        row(w, name, "services_total_unctad", flow, year, total[year - FIRST]);
                    }
                    for (int year = FIRST_DIGITAL; year <= LAST_DIGITAL; year++) {
                        row(w, name, "digitally_deliverable_unctad", flow, year, total[year - FIRST] / (1 + Math.exp(-logit)));
                        logit += shareDrift + 0.06 * gaussian(rng);
                    }
                }
            }
        }
        var sources = Files.readAllLines(shipped.resolve("sources.csv"), StandardCharsets.UTF_8);
        try (Writer w = Files.newBufferedWriter(out.resolve("sources.csv"), StandardCharsets.UTF_8)) {
            for (String line : sources) {
                w.write(line);
                w.write('\n');
            }
            w.write(SOURCE + ",\"Synthetic economies for the panel benchmark (seed " + seed
                    + "), not real data\",targetcast bench,,,D,\"\"\n");
        }
    }

    private static void row(Writer w, String economy, String series, String flow, int year, double value) throws IOException {
        w.write(String.format(Locale.ROOT, "%s,%d,%s,%s,level,USD_100m,%.2f,%s,D,synthetic\n", economy, year, series, flow, value,
                SOURCE));
    }

    /** A standard normal by the Box–Muller transform (one of the pair), from the given generator. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
