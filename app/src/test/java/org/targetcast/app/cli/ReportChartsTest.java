package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report embeds the charts the run wrote, from memory: report.html holds each chart file's bytes, and
 * report.pdf each PNG's pixels, in the order the report shows them; with SVG alone the HTML embeds the SVG
 * and the PDF has no chart.
 */
class ReportChartsTest {
    private static final Pattern EMBEDDED = Pattern.compile("src=\"data:image/([a-z+]+);base64,([^\"]+)\"");

    @TempDir
    Path dir;

    private static Path run(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--paths",
                "2000"));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** The comparison, the specification range, the charts of baseline, then the panel's, in the report's order. */
    private static List<String> shown(String extension) {
        List<String> order =
                new ArrayList<>(List.of("compare", "baseline-specification", "baseline-fan", "baseline-share"));
        order.addAll(List.of("baseline-histogram-2029", "baseline-histogram-2035"));
        order.addAll(List.of("baseline-components", "baseline-decomposition"));
        // the calibration panel's share histories, in the section on the calibration's evidence
        order.add("panel");
        return order.stream().map(c -> "charts/" + c + extension).toList();
    }

    private static List<String[]> embedded(Path html) throws IOException {
        List<String[]> found = new ArrayList<>();
        Matcher m = EMBEDDED.matcher(Files.readString(html, StandardCharsets.UTF_8));
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
        }
        return found;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** @return the data of a PNG file's IDAT chunks, in order: its compressed rows */
    private static byte[] compressedRows(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            byte[] data = new byte[length];
            b.get(data);
            b.getInt();
            if (new String(type, StandardCharsets.US_ASCII).equals("IDAT")) {
                rows.writeBytes(data);
            }
        }
        return rows.toByteArray();
    }

    @Test
    void theHtmlHoldsEachPngFileAndThePdfItsPixelsInTheOrderShown() throws IOException {
        Path out = run(dir.resolve("png"));
        List<String> pngs = shown(".png");
        List<String[]> html = embedded(out.resolve("report.html"));
        assertEquals(pngs.size(), html.size(), "one image per chart shown");
        for (int i = 0; i < pngs.size(); i++) {
            assertEquals("png", html.get(i)[0], pngs.get(i));
            assertArrayEquals(
                    Files.readAllBytes(out.resolve(pngs.get(i))),
                    Base64.getDecoder().decode(html.get(i)[1]),
                    pngs.get(i));
        }
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertEquals(pngs.size(), images.size(), "one image per chart shown");
            for (int i = 0; i < pngs.size(); i++) {
                BufferedImage file = ImageIO.read(out.resolve(pngs.get(i)).toFile());
                assertArrayEquals(pixels(file), pixels(images.get(i).getImage()), pngs.get(i) + " in report.pdf");
                // and the PNG's compressed rows themselves, copied, not decoded and compressed again
                try (InputStream raw = images.get(i).getCOSObject().createRawInputStream()) {
                    assertArrayEquals(
                            compressedRows(Files.readAllBytes(out.resolve(pngs.get(i)))),
                            raw.readAllBytes(),
                            pngs.get(i) + " copied into report.pdf");
                }
            }
        }
    }

    @Test
    void withSvgAloneTheHtmlEmbedsTheSvgFilesAndThePdfNoChart() throws IOException {
        Path out = run(dir.resolve("svg"), "--formats", "svg");
        List<String> svgs = shown(".svg");
        List<String[]> html = embedded(out.resolve("report.html"));
        assertEquals(svgs.size(), html.size());
        for (int i = 0; i < svgs.size(); i++) {
            assertEquals("svg+xml", html.get(i)[0]);
            assertArrayEquals(
                    Files.readAllBytes(out.resolve(svgs.get(i))),
                    Base64.getDecoder().decode(html.get(i)[1]));
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile());
                Stream<Path> files = Files.list(out.resolve("charts"))) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertTrue(!(page.getResources().getXObject(name) instanceof PDImageXObject), "no image");
                }
            }
            assertTrue(files.allMatch(f -> f.toString().endsWith(".svg")), "only SVG files written");
        }
    }
}
