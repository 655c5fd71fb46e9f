package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.lesson.Claim;
import org.wganlab.lesson.ClaimResult;
import org.wganlab.lesson.HandoutTest;
import org.wganlab.lesson.LessonCheck;
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
        Path file = Files.writeString(dir.resolve("mini.json"), HandoutTest.MINI);
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

    private static String checked(String claims) {
        return """
                {"format": "wgan-lab-lesson", "version": 1, "title": "Checked", "steps": [
                 {"title": "Short", "text": "x", "start": {"settings": {"mode": "gp", "hidden": 16, "batch": 64, "critic_iters": 2, "eval_samples": 60, "threads": 1}},
                  "iterations": 30, "expect": [%s]}]}
                """.formatted(claims);
    }

    @Test
    void checkExitsZeroWhenEveryClaimHoldsAndOneWhenOneFails(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), checked("\"W1 >= 0 at the end\", \"modes covered <= 8\""));
        CliTest.Result ok = CliTest.run("lesson", "--check", good.toString(), "--seeds", "2");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("W1 >= 0 at the end") && ok.out().contains("2/2") && ok.out().contains("pass"), ok.out());
        assertTrue(ok.err().contains("seed 2 of 2, step 1 of 1"), "progress on stderr: " + ok.err());

        Path bad = Files.writeString(dir.resolve("bad.json"), checked("\"W1 >= 0\", \"W1 <= 0\""));
        CliTest.Result fails = CliTest.run("lesson", "--check", bad.toString(), "--seeds", "2");
        assertEquals(1, fails.code(), fails.out());
        assertTrue(fails.out().contains("W1 <= 0") && fails.out().contains("0/2") && fails.out().contains("FAIL (at the shipped seed)"), fails.out());

        assertEquals(Cli.BAD_INPUT, CliTest.run("lesson", "--check", good.toString(), "--seeds", "0").code());
        assertEquals(Cli.BAD_INPUT, CliTest.run("lesson", "--check", good.toString(), "--out", dir.resolve("o").toString()).code());
        assertEquals(Cli.BAD_INPUT, CliTest.run("lesson", "--check", "no-such-lesson").code());
    }

    @Test
    void aClaimMustHoldOnFourSeedsInFive() {
        ClaimResult holds = ClaimResult.of(Claim.parse("W1 >= 0"), 1);
        ClaimResult fails = ClaimResult.of(Claim.parse("W1 >= 0"), -1);
        assertTrue(new LessonCheck.Row(1, "s", holds, 4, 5).passes());
        assertFalse(new LessonCheck.Row(1, "s", holds, 3, 5).passes(), "3 of 5 is 60%");
        assertFalse(new LessonCheck.Row(1, "s", fails, 5, 5).passes(), "the shipped seed must hold");
        assertTrue(new LessonCheck.Row(1, "s", holds, 1, 1).passes());
        assertFalse(new LessonCheck.Row(1, "s", holds, 1, 2).passes(), "1 of 2 is 50%");
    }
}
