package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** For tests: the fonts a PDF page uses, in its resources and in the forms it draws, each checked to be embedded. */
public final class PdfFonts {
    private PdfFonts() {
    }

    public static void collect(PDResources resources, List<String> out) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont f = resources.getFont(name);
            out.add(f.getName());
            assertTrue(f.isEmbedded(), f.getName() + " is embedded");
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) collect(form.getResources(), out);
        }
    }
}
