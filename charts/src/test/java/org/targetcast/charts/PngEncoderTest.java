package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    /** Image I/O's decoder, not the encoder's code, reads every pixel back. */
    @Test
    void imageIoReadsBackEveryPixelOfRandomBitmapsOfAnySize() throws IOException {
        SplittableRandom random = new SplittableRandom(20261207L);
        int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {3, 5}, {257, 31}, {1000, 600}};
        for (int[] size : sizes) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    image.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image, 144)));
            assertEquals(size[0], back.getWidth());
            assertEquals(size[1], back.getHeight());
            assertArrayEquals(pixels(image), pixels(back), size[0] + "x" + size[1]);
        }
    }

    /** Pixels per metre are dpi / 0.0254 rounded: 2835 for 72 dpi, 3780 for 96, 11811 for 300. */
    @Test
    void recordsTheResolutionInPixelsPerMetre() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        int[][] expected = {{72, 2835}, {96, 3780}, {144, 5669}, {300, 11811}};
        for (int[] e : expected) {
            ByteBuffer density = ByteBuffer.wrap(chunk(PngEncoder.encode(image, e[0]), "pHYs"));
            assertEquals(9, density.remaining());
            assertEquals(e[1], density.getInt(), e[0] + " dpi, x");
            assertEquals(e[1], density.getInt(), e[0] + " dpi, y");
            assertEquals(1, density.get(), "unit: the metre");
        }
    }

    /**
     * The file's layout against the PNG specification: the signature, IHDR first (8-bit truecolour, no
     * interlace), IEND last, and each chunk's CRC as the specification's own sample code computes it.
     */
    @Test
    void everyChunkCarriesTheCrcOfTheSpecificationsSampleCode() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(5, 5, 30, 20);
        g.dispose();
        byte[] png = PngEncoder.encode(image, 96);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            types.add(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII));
            assertEquals(specificationCrc(typeAndData), b.getInt() & 0xffffffffL, types.get(types.size() - 1));
        }
        assertEquals(List.of("IHDR", "pHYs", "IDAT", "IEND"), types);
        ByteBuffer header = ByteBuffer.wrap(chunk(png, "IHDR"));
        assertEquals(40, header.getInt());
        assertEquals(30, header.getInt());
        assertArrayEquals(new byte[] {8, 2, 0, 0, 0}, Arrays.copyOfRange(header.array(), 8, 13));
        // IEND's CRC is the same in every PNG file
        assertEquals(0xae426082L, ByteBuffer.wrap(png, png.length - 4, 4).getInt() & 0xffffffffL);
    }

    @Test
    void refusesAnotherTypeOfBitmap() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(argb, 96));
        assertTrue(e.getMessage().contains("RGB bitmap"), e.getMessage());
    }

    /** The CRC-32 of the PNG specification's annex D, bit by bit, with no table. */
    private static long specificationCrc(byte[] bytes) {
        long c = 0xffffffffL;
        for (byte value : bytes) {
            c ^= value & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320L ^ (c >>> 1) : c >>> 1;
            }
        }
        return c ^ 0xffffffffL;
    }

    /**
     * @param png a PNG file's bytes
     * @param type a chunk type
     * @return the data of the first chunk of that type
     * @throws AssertionError if there is none
     */
    static byte[] chunk(byte[] png, String type) {
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] name = new byte[4];
            b.get(name);
            byte[] data = new byte[length];
            b.get(data);
            b.getInt();
            if (new String(name, StandardCharsets.US_ASCII).equals(type)) {
                return data;
            }
        }
        throw new AssertionError("no " + type + " chunk");
    }

    /**
     * @param image a bitmap
     * @return its pixels as RGB, row by row
     */
    static int[] pixels(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        return rgb;
    }
}
