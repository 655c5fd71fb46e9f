package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.wganlab.export.PdfFonts;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A handout in German, Chinese or Arabic: its text layer reads as the lesson was written, in fonts the file carries. */
class HandoutScriptsTest {
    private static String lesson(String title, String stepTitle, String text) {
        return """
                {"format": "wgan-lab-lesson", "version": 1, "title": "%s", "steps": [
                 {"title": "%s", "text": "%s",
                  "start": {"settings": {"mode": "gp", "hidden": 16, "batch": 64, "critic_iters": 1, "eval_samples": 40, "threads": 1}},
                  "iterations": 3, "charts": ["wasserstein"]}]}
                """.formatted(title, stepTitle, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Über (GANs) \\\\ Wasserstein-Abstand W₁ — Größe|Schritt (1): Äpfel|Die Gewichte fallen; ‖∇C‖₂ ≈ 1 für x̂, λ = 10, min_G max_D, E_{x∼p_r}, ß, fi, ffl.",
        "生成对抗网络：Wasserstein 距离|第一步：梯度惩罚|判别器的梯度范数 ‖∇C‖ 接近 1，λ = 10。生成器学习八个高斯分布的混合，这一行足够长，会在页面上换行，而中文没有空格，所以只能在字与字之间断开：梯度惩罚让评论家的梯度范数保持在一附近。",
        "مرحبا بالشبكات التوليدية|الخطوة الأولى|المسافة بين التوزيعين تتناقص مع التدريب ولا تزيد"})
    void theTextLayerReadsAsWrittenInEmbeddedFonts(String title, String stepTitle, String text, @TempDir Path dir) throws Exception {
        Lesson l = LessonJson.read(lesson(title, stepTitle, text), "scripts");
        assertEquals(title.replace("\\\\", "\\"), l.title());
        Handout.Result r = Handout.write(l, dir, (step, done, of) -> { });
        String read = HandoutTest.pdfText(r.pdf());
        assertTrue(read.contains(l.title()), "the title: " + read);
        assertTrue(read.contains(stepTitle), "the step's title: " + read);
        // Chinese wraps between characters: the extracted lines join without the break's space.
        String body = read.contains(text) ? text : read.replace(" ", "").contains(text.replace(" ", "")) ? text : null;
        assertTrue(body != null, "the text, exactly: " + read);
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) PdfFonts.collect(page.getResources(), fonts);
            assertFalse(fonts.isEmpty());
        }
    }

    /** Each glyph of a line with Arabic letters, by its baseline: where it starts and ends across the page. */
    private static Map<Integer, List<float[]>> glyphsByLine(Path pdf) throws Exception {
        Map<Integer, List<float[]>> lines = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) return;
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) lines.computeIfAbsent(Math.round(p.getYDirAdj()), y -> new ArrayList<>()).add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()});
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        return lines;
    }

    @Test
    void anArabicLineWithAFormulaIsSetFromTheRightWithoutOverlap(@TempDir Path dir) throws Exception {
        String text = "المسافة بين التوزيعين تتناقص مع التدريب، و $\\\\lambda = 10$ و القيد يبقى";
        Lesson l = LessonJson.read(lesson("مرحبا", "الخطوة الأولى", text), "formula");
        Handout.Result r = Handout.write(l, dir, (step, done, of) -> { });
        // The body's line: the Arabic one with the most glyphs (the heading's and title's are shorter).
        List<float[]> line = glyphsByLine(r.pdf()).values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        float right = 0;
        for (float[] g : line) right = Math.max(right, g[1]);
        assertEquals(HandoutPage.WIDTH - HandoutPage.MARGIN, right, 3, "the line ends at the right margin");
        line.sort(Comparator.comparingDouble(g -> g[0]));
        for (int i = 1; i < line.size(); i++) {
            assertTrue(line.get(i)[0] >= line.get(i - 1)[1] - 1.5, "glyphs overlap at x = " + line.get(i)[0] + ": the runs on either side of the formula were both set against the margin");
        }
    }
}
