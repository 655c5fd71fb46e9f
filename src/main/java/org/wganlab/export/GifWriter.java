package org.wganlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** An animated GIF from frames, with javax.imageio's own GIF writer; loops forever. */
public final class GifWriter {
    private GifWriter() {
    }

    public static void write(List<BufferedImage> frames, int delayMs, Path file) throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("no frames to write");
        AtomicFiles.write(file, out -> {
            Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
            if (!it.hasNext()) throw new IOException("no GIF writer available");
            ImageWriter w = it.next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                w.setOutput(ios);
                w.prepareWriteSequence(null);
                for (int i = 0; i < frames.size(); i++) {
                    BufferedImage f = frames.get(i);
                    ImageWriteParam p = w.getDefaultWriteParam();
                    IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(f), p);
                    configure(meta, delayMs, i == 0);
                    w.writeToSequence(new IIOImage(f, null, meta), p);
                }
                w.endWriteSequence();
            } finally {
                w.dispose();
            }
        });
    }

    private static void configure(IIOMetadata meta, int delayMs, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}
