package org.wganlab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a failure never leaves a half-written file in place of a good one:
 * everything goes to a temporary file beside the target, which is moved over it only once
 * complete.
 */
public final class AtomicFiles {
    static {
        // ImageIO streams to an OutputStream through a cache file of its own unless told not to; when the disk
        // fills, that file is closed again by ImageIO's exit hook, which then fails with a NullPointerException
        // trace after our clear message (seen on a full disk). Our images are small: cache them in memory.
        javax.imageio.ImageIO.setUseCache(false);
    }

    private AtomicFiles() {
    }

    /** Something that writes a whole file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the whole content to the target. A file-system refusal is reported for the target
     * (never the temporary file's name) with its reason: "…/plane.png: permission denied".
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            writeVia(target, content);
        } catch (java.nio.file.FileSystemException e) {
            throw new java.nio.file.FileSystemException(target.toString(), null, reason(e));
        }
    }

    /** Why an input or output failed, in words: the system's reason, or what kind of failure it was. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileSystemException f) {
            if (f.getReason() != null) return f.getReason();
            return f.getClass() == java.nio.file.FileSystemException.class ? "the file system refused it" : f.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void writeVia(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the exported file.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            moveInto(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Moves a finished temporary file over the target, atomically where the file system can. */
    public static void moveInto(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
