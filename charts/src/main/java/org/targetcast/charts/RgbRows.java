package org.targetcast.charts;

import java.awt.Image;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;

/**
 * An RGB bitmap ({@link BufferedImage#TYPE_INT_RGB}) as Image I/O's PNG encoder reads it: the same colour
 * and sample models, so the encoder writes the same file, but each one-row region it asks for is a view of
 * the bitmap's pixels that unpacks a row into red, green and blue samples in one loop. Read through the
 * bitmap itself, each row is first copied and then unpacked one sample at a time through the sample model,
 * which took half of the encoder's time.
 */
final class RgbRows implements RenderedImage {
    private final BufferedImage image;
    private final int[] pixels;
    private final int width;

    /**
     * @param image a {@link BufferedImage#TYPE_INT_RGB} bitmap
     * @throws IllegalArgumentException for another type
     */
    RgbRows(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB bitmap of int pixels, found type " + image.getType());
        }
        this.image = image;
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
    }

    @Override
    public Raster getData(Rectangle r) {
        if (r.height == 1 && r.x == 0 && r.width == width && r.y >= 0 && r.y < image.getHeight()) {
            return new Row(image.getSampleModel(), pixels, width, r.y);
        }
        return image.getData(r);
    }

    /** One row of the bitmap, read in place. */
    private static final class Row extends Raster {
        private final int[] pixels;
        private final int offset;

        Row(SampleModel bitmap, int[] pixels, int rowWidth, int y) {
            super(
                    bitmap.createCompatibleSampleModel(rowWidth, 1),
                    new DataBufferInt(pixels, rowWidth, y * rowWidth),
                    new Point(0, y));
            this.pixels = pixels;
            this.offset = y * rowWidth;
        }

        @Override
        public int[] getPixels(int x, int y, int w, int h, int[] samples) {
            if (h != 1 || y != minY || x < minX || x + w > minX + width) {
                return super.getPixels(x, y, w, h, samples);
            }
            int[] out = samples != null ? samples : new int[3 * w];
            for (int i = 0, k = 0, p = offset + x - minX; i < w; i++, p++) {
                int rgb = pixels[p];
                out[k++] = (rgb >>> 16) & 0xff;
                out[k++] = (rgb >>> 8) & 0xff;
                out[k++] = rgb & 0xff;
            }
            return out;
        }
    }

    @Override
    public Vector<RenderedImage> getSources() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        return Image.UndefinedProperty;
    }

    @Override
    public String[] getPropertyNames() {
        return null;
    }

    @Override
    public ColorModel getColorModel() {
        return image.getColorModel();
    }

    @Override
    public SampleModel getSampleModel() {
        return image.getSampleModel();
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return image.getHeight();
    }

    @Override
    public int getMinX() {
        return 0;
    }

    @Override
    public int getMinY() {
        return 0;
    }

    @Override
    public int getNumXTiles() {
        return 1;
    }

    @Override
    public int getNumYTiles() {
        return 1;
    }

    @Override
    public int getMinTileX() {
        return 0;
    }

    @Override
    public int getMinTileY() {
        return 0;
    }

    @Override
    public int getTileWidth() {
        return width;
    }

    @Override
    public int getTileHeight() {
        return image.getHeight();
    }

    @Override
    public int getTileGridXOffset() {
        return 0;
    }

    @Override
    public int getTileGridYOffset() {
        return 0;
    }

    @Override
    public Raster getTile(int tileX, int tileY) {
        return image.getTile(tileX, tileY);
    }

    @Override
    public Raster getData() {
        return image.getData();
    }

    @Override
    public WritableRaster copyData(WritableRaster raster) {
        return image.copyData(raster);
    }
}
