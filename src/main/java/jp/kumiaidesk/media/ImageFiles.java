package jp.kumiaidesk.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import jp.kumiaidesk.base.FieldRejectedException;

/**
 * The server's rules for uploaded images, whatever the browser claimed: the type is read from the bytes (JPEG, PNG,
 * WebP), the size and pixel count are limited before anything is decoded, and the picture is drawn into a fresh
 * image and encoded again, so no EXIF, GPS or other metadata — nor anything hidden after the image data — survives.
 * A phone photo's EXIF orientation is applied first, so it is not stored sideways.
 */
final class ImageFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final String FIELD = "image";

    record Cleaned(String contentType, byte[] bytes, int width, int height) {
    }

    private enum Type {
        JPEG, PNG, WEBP
    }

    private ImageFiles() {
    }

    static Cleaned clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new FieldRejectedException(FIELD, "image.error.unreadable");
        }
        if (upload.length > MAX_BYTES) {
            throw new FieldRejectedException(FIELD, "image.error.too-large");
        }
        Type type = typeOf(upload);
        if (type == null) {
            throw new FieldRejectedException(FIELD, "image.error.type");
        }
        BufferedImage image = decode(upload, type);
        if (type == Type.JPEG) {
            image = upright(image, ExifOrientation.of(upload));
        }
        boolean transparent = image.getColorModel().hasAlpha();
        return transparent || type == Type.PNG ? encode(image, "png", "image/png")
                : encode(image, "jpeg", "image/jpeg");
    }

    private static Type typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Type.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Type.PNG;
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Type.WEBP;
        }
        return null;
    }

    private static BufferedImage decode(byte[] bytes, Type type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.name().toLowerCase());
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // the header is enough to refuse a decompression bomb before its pixels are allocated
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new FieldRejectedException(FIELD, "image.error.too-many-pixels");
                }
                if (pixels == 0) {
                    throw new FieldRejectedException(FIELD, "image.error.unreadable");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FieldRejectedException rejected) {
                throw rejected;
            }
            throw new FieldRejectedException(FIELD, "image.error.unreadable");
        }
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR).filter(rgb(image), target);
        return target;
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static Cleaned encode(BufferedImage image, String format, String contentType) {
        // a fresh raster carries none of the source's metadata
        BufferedImage pixels = "png".equals(format) ? argb(image) : rgb(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding an image in memory failed", e);
        } finally {
            writer.dispose();
        }
        return new Cleaned(contentType, out.toByteArray(), pixels.getWidth(), pixels.getHeight());
    }

    private static BufferedImage argb(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
