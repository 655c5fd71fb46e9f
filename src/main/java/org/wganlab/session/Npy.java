package org.wganlab.session;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format for two-dimensional little-endian arrays: float32 for tensors
 * ({@code numpy.load} gives an array of shape (rows, cols) and dtype float32) and float64 for
 * tables of doubles. Only what a session needs: C order, versions 1 and 2 of the header.
 */
final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern HEADER = Pattern.compile(
            "\\{\\s*'descr'\\s*:\\s*'([^']*)'\\s*,\\s*'fortran_order'\\s*:\\s*(True|False)\\s*,\\s*'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d*)\\s*\\)\\s*,?\\s*\\}\\s*");

    /** A 2-D array as read: its shape and its values, row-major (as doubles for float64, floats otherwise). */
    record Array(int rows, int cols, float[] floats, double[] doubles) {
    }

    private Npy() {
    }

    static byte[] float32(int rows, int cols, float[] data) {
        ByteBuffer b = begin("<f4", rows, cols, 4L * data.length);
        for (float v : data) b.putFloat(v);
        return b.array();
    }

    static byte[] float64(int rows, int cols, double[] data) {
        ByteBuffer b = begin("<f8", rows, cols, 8L * data.length);
        for (double v : data) b.putDouble(v);
        return b.array();
    }

    private static ByteBuffer begin(String descr, int rows, int cols, long dataBytes) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        // The header, with its 10 leading bytes, is padded to a multiple of 64 and ends in a newline.
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        long total = MAGIC.length + 4 + header.length() + dataBytes;
        if (total > Integer.MAX_VALUE - 64) throw new IllegalArgumentException("an array of " + rows + " x " + cols + " is too large for one .npy file here");
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        return b;
    }

    /** Reads a float32 or float64 2-D array; anything else raises an IllegalArgumentException saying what it is. */
    static Array read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (byte m : MAGIC) {
            if (!b.hasRemaining() || b.get() != m) throw new IllegalArgumentException("not a .npy array");
        }
        if (b.remaining() < 4) throw new IllegalArgumentException("the .npy header is cut off");
        int major = b.get();
        b.get();
        long headerLength = major == 1 ? Short.toUnsignedInt(b.getShort()) : major == 2 || major == 3 ? Integer.toUnsignedLong(b.getInt()) : -1;
        if (headerLength < 0) throw new IllegalArgumentException(".npy format version " + major + " is not one this app reads (1 or 2)");
        if (headerLength > b.remaining()) throw new IllegalArgumentException("the .npy header is cut off");
        byte[] h = new byte[(int) headerLength];
        b.get(h);
        Matcher m = HEADER.matcher(new String(h, StandardCharsets.US_ASCII));
        if (!m.matches()) throw new IllegalArgumentException("a .npy header this app does not read: " + new String(h, StandardCharsets.US_ASCII).strip());
        String descr = m.group(1);
        if (m.group(2).equals("True")) throw new IllegalArgumentException("a Fortran-order .npy array; this app reads C order");
        if (m.group(4).isEmpty()) throw new IllegalArgumentException("a 1-D .npy array where a 2-D one belongs");
        int rows, cols;
        try {
            rows = Integer.parseInt(m.group(3));
            cols = Integer.parseInt(m.group(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a .npy shape too large: (" + m.group(3) + ", " + m.group(4) + ")");
        }
        int width = switch (descr) {
            case "<f4" -> 4;
            case "<f8" -> 8;
            default -> throw new IllegalArgumentException("a .npy array of type " + descr + "; this app reads little-endian float32 (<f4) and float64 (<f8)");
        };
        long n = (long) rows * cols;
        if (n * width != b.remaining()) throw new IllegalArgumentException("the .npy data holds " + b.remaining() + " bytes for a " + rows + " x " + cols + " " + descr + " array (cut off or damaged)");
        if (width == 4) {
            float[] f = new float[(int) n];
            b.asFloatBuffer().get(f);
            return new Array(rows, cols, f, null);
        }
        double[] d = new double[(int) n];
        b.asDoubleBuffer().get(d);
        return new Array(rows, cols, null, d);
    }
}
