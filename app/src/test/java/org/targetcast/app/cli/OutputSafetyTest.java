package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.report.OutputGuard;

/**
 * Never lose a user's files: the folders no command may write, a user's folder refused with its files
 * untouched, charts added to a folder without removing earlier ones, and scenarios that may read only
 * scenario files.
 */
class OutputSafetyTest {
    private static final String BASELINE = Cli.SCENARIOS + "/baseline.yaml";

    @TempDir
    Path dir;

    /** @return every file under the folder (skipping build output and the repository's database), relative path to SHA-256 */
    private static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path rel = root.relativize(p);
                boolean skipped = false;
                for (Path part : rel) {
                    skipped |=
                            part.toString().equals("target") || part.toString().equals(".git");
                }
                if (!skipped && Files.isRegularFile(p)) {
                    out.put(rel.toString(), sha256(p));
                } else if (!skipped && Files.isDirectory(p)) {
                    out.put(rel + "/", "");
                }
            }
        }
        return out;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Cli r, String folder) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("--out: will not write the output folder " + folder), r.err());
        assertTrue(r.err().strip().endsWith("choose another folder with --out"), r.err());
    }

    @Test
    void runWithTheWorkingDirectoryOrTheRepositoryAsOutputChangesNothing() throws IOException {
        Path repo = Path.of("..").toRealPath();
        Map<String, String> before = checksums(repo);
        assertTrue(Files.isDirectory(repo.resolve(".git"))
                || Files.isRegularFile(repo.resolve(".git"))
                || Files.exists(repo.resolve("pom.xml")));
        assertRefused(
                Cli.run("run", BASELINE, "--data", Cli.DATA, "--no-charts", "--deterministic", "--out", "."), ".");
        assertRefused(
                Cli.run("run", BASELINE, "--data", Cli.DATA, "--no-charts", "--deterministic", "--out", ".."), "..");
        assertRefused(
                Cli.run("run", BASELINE, "--data", Cli.DATA, "--no-charts", "--deterministic", "--out", Cli.SCENARIOS),
                Cli.SCENARIOS);
        assertRefused(
                Cli.run(
                        "run",
                        BASELINE,
                        "--data",
                        Cli.DATA,
                        "--no-charts",
                        "--deterministic",
                        "--out",
                        "../scenarios/data"),
                "../scenarios/data");
        assertRefused(
                Cli.run("chart", BASELINE, "--data", Cli.DATA, "--deterministic", "--kind", "share", "--out", "."),
                ".");
        assertRefused(
                Cli.run("compare", BASELINE, "--data", Cli.DATA, "--deterministic", "--no-charts", "--out", ".."),
                "..");
        assertEquals(before, checksums(repo), "the repository is as it was");
    }

    @Test
    void aLinkToAProtectedFolderIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out"), Path.of("..").toRealPath());
        Cli r = Cli.run(
                "run", BASELINE, "--data", Cli.DATA, "--no-charts", "--deterministic", "--out", link.toString());
        assertRefused(r, link.toString());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aUsersFolderIsRefusedAndItsFilesUntouched() throws IOException {
        Path user = Files.createDirectories(dir.resolve("deck"));
        Files.writeString(user.resolve("notes.txt"), "talking points");
        Files.write(user.resolve("figures.xlsx"), new byte[] {80, 75, 3, 4});
        Map<String, String> before = checksums(user);
        for (String command : new String[] {"run", "chart", "compare"}) {
            Cli r = command.equals("run") || command.equals("compare")
                    ? Cli.run(
                            command,
                            BASELINE,
                            "--data",
                            Cli.DATA,
                            "--no-charts",
                            "--deterministic",
                            "--out",
                            user.toString())
                    : Cli.run(
                            command,
                            BASELINE,
                            "--data",
                            Cli.DATA,
                            "--deterministic",
                            "--kind",
                            "share",
                            "--out",
                            user.toString());
            assertRefused(r, user.toString());
            assertTrue(r.err().contains("figures.xlsx, notes.txt"), r.err());
        }
        assertEquals(before, checksums(user));
        assertEquals(1, dir.toFile().list().length, "nothing written beside it");
    }

    @Test
    void twoChartRunsKeepEachOthersFiles() throws IOException {
        Path out = dir.resolve("out-charts");
        Cli fan = Cli.run(
                "chart",
                BASELINE,
                "--data",
                Cli.DATA,
                "--kind",
                "fan",
                "--formats",
                "pdf",
                "--paths",
                "2000",
                "--out",
                out.toString());
        assertEquals(0, fan.code(), fan.err());
        byte[] fanPdf = Files.readAllBytes(out.resolve("baseline-fan.pdf"));
        Cli share = Cli.run(
                "chart",
                BASELINE,
                "--data",
                Cli.DATA,
                "--kind",
                "share",
                "--formats",
                "pdf",
                "--paths",
                "2000",
                "--out",
                out.toString());
        assertEquals(0, share.code(), share.err());
        assertTrue(Files.isRegularFile(out.resolve("baseline-share.pdf")));
        assertTrue(
                java.util.Arrays.equals(fanPdf, Files.readAllBytes(out.resolve("baseline-fan.pdf"))),
                "the fan chart is kept as it was");
        assertTrue(Files.readString(out.resolve(OutputGuard.MARKER)).contains("command: chart"));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no staging folder left");
        }
    }

    @Test
    void extendsOfANonScenarioFileIsRefusedWithoutEchoingIt() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        Files.writeString(dir.resolve("direct.yaml"), "extends: /etc/passwd\ntitle: P\n");
        Cli direct = Cli.run("validate", dir.resolve("direct.yaml").toString(), "--data", Cli.DATA);
        assertEquals(2, direct.code());
        assertTrue(
                direct.err()
                        .contains(
                                "direct.yaml:1:10: extends: expected a scenario file (*.yaml or *.yml), found '/etc/passwd'"),
                direct.err());
        if (Files.isReadable(passwd)) {
            Files.createSymbolicLink(dir.resolve("users.yaml"), passwd);
            Files.writeString(dir.resolve("linked.yaml"), "extends: users.yaml\ntitle: P\n");
            Cli linked = Cli.run("validate", dir.resolve("linked.yaml").toString(), "--data", Cli.DATA);
            assertEquals(2, linked.code());
            String content = Files.readString(passwd, StandardCharsets.UTF_8);
            // the message names the scenario's own path, whose random temporary folder may hold any digits
            String err = linked.err().replace(dir.toString(), "<dir>");
            for (String line : content.lines().toList()) {
                for (String token : line.split(":")) {
                    if (token.length() > 3) {
                        assertFalse(err.contains(token), "echoes '" + token + "': " + linked.err());
                    }
                }
            }
        }
    }

    @Test
    void backtestCsvIsWrittenWholeAndNeverOverAnInput() throws IOException {
        Path csv = dir.resolve("forecasts.csv");
        Cli r = Cli.run("backtest", "--data", Cli.DATA, "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(csv).startsWith("series,"));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no partial file left");
        }
        Cli over = Cli.run("backtest", "--data", Cli.DATA, "--csv", Cli.DATA);
        assertEquals(2, over.code());
        assertTrue(over.err().startsWith("--csv: will not write"), over.err());
    }

    @Test
    void backtestCsvReplacesOnlyAFileItWrote() throws IOException {
        Path mine = dir.resolve("forecasts.csv");
        assertEquals(
                0,
                Cli.run("backtest", "--data", Cli.DATA, "--csv", mine.toString())
                        .code());
        Cli again = Cli.run("backtest", "--data", Cli.DATA, "--csv", mine.toString());
        assertEquals(0, again.code(), "its own file is replaced: " + again.err());

        Path users = dir.resolve("budget.csv");
        Files.writeString(users, "item,amount\nrent,1200\n");
        Cli refused = Cli.run("backtest", "--data", Cli.DATA, "--csv", users.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("was not written by targetcast"), refused.err());
        assertEquals("item,amount\nrent,1200\n", Files.readString(users), "the user's file is untouched");
    }
}
