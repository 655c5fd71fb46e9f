package org.wganlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;

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
        ImageIO.setUseCache(false);
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
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, reason(e));
        }
    }

    /** Why an input or output failed, in words: the system's reason, or what kind of failure it was. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) return f.getReason();
            return f.getClass() == FileSystemException.class ? "the file system refused it" : f.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void writeVia(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the exported file.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
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
