package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
}
