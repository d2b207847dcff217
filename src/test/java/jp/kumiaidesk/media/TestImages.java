package jp.kumiaidesk.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Images made in memory for upload tests: real ones, and the kinds of file an attacker or a mistake sends. */
public final class TestImages {

    /** A 1×1 lossless WebP. */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A JPEG whose EXIF says "rotate 90° clockwise" and carries a GPS note, as a phone photo does. */
    public static byte[] phonePhoto(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF, first IFD at 8
            0, 2, // two entries
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation = 6
            0x01, 0x0E, 0, 2, 0, 0, 0, 4, 'G', 'P', 'S', 0, // ImageDescription "GPS"
            0, 0, 0, 0 };
        byte[] secret = "GPS 35.6812N 139.7671E".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + 6 + tiff.length + secret.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff);
        out.writeBytes(secret);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A small file whose header claims a picture of more than 40 megapixels. */
    public static byte[] hugePng() {
        return encode(new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0392B));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(Color.WHITE);
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
