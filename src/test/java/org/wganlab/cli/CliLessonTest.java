package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.lesson.Lessons;

class CliLessonTest {
    @Test
    void listNamesEveryShippedLesson() {
        CliTest.Result r = CliTest.run("lesson", "--list");
        assertEquals(0, r.code(), r.err());
        for (String name : Lessons.SHIPPED) assertTrue(r.out().contains(name), name);
        assertEquals(Lessons.SHIPPED.size(), r.out().strip().split("\n").length);
    }

    @Test
    void aLessonFileBecomesAHandout(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mini.json"), org.wganlab.lesson.HandoutTest.MINI);
        Path out = dir.resolve("handout");
        CliTest.Result r = CliTest.run("lesson", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lastLine().contains("pages=2"), r.lastLine());
        assertTrue(r.err().contains("step 1 of 2: Penalty first"), r.err());
        assertTrue(Files.size(out.resolve("handout.pdf")) > 10_000);
    }

    @Test
    void badLessonsAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        CliTest.Result unknown = CliTest.run("lesson", "no-such-lesson", "--out", dir.toString());
        assertEquals(Cli.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("no-such-lesson"), unknown.err());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"wgan-lab-lesson\", \"version\": 1,\n \"title\": \"T\", \"steps\": [\n {\"title\": \"A\"}]}");
        CliTest.Result r = CliTest.run("lesson", bad.toString(), "--out", dir.resolve("o").toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("line 3") && r.err().contains("\"text\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written for a bad lesson");
        assertEquals(Cli.BAD_INPUT, CliTest.run("lesson", "01-disjoint-supports").code());
    }
}
