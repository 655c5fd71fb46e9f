package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.Method;
import org.wganlab.config.SpecException;

class LessonJsonTest {
    private static final String HEAD = "{\n  \"format\": \"wgan-lab-lesson\",\n  \"version\": 1,\n  \"title\": \"T\",\n  \"steps\": [\n";

    private static String lesson(String steps) {
        return HEAD + steps + "\n  ]\n}\n";
    }

    private static final String STEP = "    {\"title\": \"A\", \"text\": \"x\", \"start\": {\"settings\": {\"mode\": \"gp\"}}, \"iterations\": 10}";

    private static String refusal(String text) {
        return assertThrows(SpecException.class, () -> LessonJson.read(text, "l.json")).getMessage();
    }

    @Test
    void everyShippedLessonReadsAndFollowsTheSeedsChain() {
        assertEquals(6, Lessons.allShipped().size());
        for (Lesson l : Lessons.allShipped()) {
            assertTrue(l.steps().size() >= 2, l.title());
            assertInstanceOf(LessonStart.Settings.class, l.steps().get(0).start(), l.title());
            for (LessonStep s : l.steps()) assertTrue(s.iterations() > 0 && !s.text().isBlank() && !s.charts().isEmpty(), s.title());
        }
        Lesson first = Lessons.shipped("01-disjoint-supports");
        assertEquals(Method.MINIMAX, ((LessonStart.Settings) first.steps().get(0).start()).spec().method());
        Lesson live = Lessons.shipped("06-clip-vs-penalty");
        LessonAction.Switch s = (LessonAction.Switch) live.steps().get(0).actions().get(0);
        assertEquals(500, s.at());
        assertEquals(Method.CLIP, s.change().applyTo(((LessonStart.Settings) live.steps().get(0).start()).spec()).method());
    }

    @Test
    void aSwitchChangesOnlyWhatItNames() {
        Lesson l = LessonJson.read(lesson(STEP.replace("\"iterations\": 10", "\"iterations\": 10, \"actions\": [{\"at\": 5, \"do\": \"switch\", \"settings\": {\"lambda\": 1}}]")), "l");
        var base = ((LessonStart.Settings) l.steps().get(0).start()).spec().withLr(3e-4);
        var after = ((LessonAction.Switch) l.steps().get(0).actions().get(0)).change().applyTo(base);
        assertEquals(1.0, after.lambda());
        assertEquals(3e-4, after.lr(), "the rate set by hand stays");
        assertEquals(base.hidden(), after.hidden());
    }

    @Test
    void badLessonsAreRefusedNamingTheLine() {
        String unknownOverlay = refusal(lesson(STEP.replace("\"iterations\": 10", "\"iterations\": 10,\n     \"overlays\": [\"sparkles\"]")));
        assertTrue(unknownOverlay.contains("line 7") && unknownOverlay.contains("sparkles"), unknownOverlay);
        String noStart = refusal(lesson("    {\"title\": \"A\", \"text\": \"x\"}"));
        assertTrue(noStart.contains("line 6") && noStart.contains("\"start\""), noStart);
        String two = refusal(lesson("    {\"title\": \"A\", \"text\": \"x\", \"start\": {\"preset\": \"nope\"}}"));
        assertTrue(two.contains("no preset is called \"nope\""), two);
        String first = refusal(lesson("    {\"title\": \"A\", \"text\": \"x\", \"start\": {\"continue\": true}}"));
        assertTrue(first.contains("no run to continue"), first);
        String badSetting = refusal(lesson(STEP.replace("\"mode\": \"gp\"", "\"hidden\": 0")));
        assertTrue(badSetting.contains("line 6") && badSetting.contains("hidden"), badSetting);
        String unknownKey = refusal(lesson(STEP.replace("\"iterations\"", "\"iteratons\"")));
        assertTrue(unknownKey.contains("line 6") && unknownKey.contains("iteratons"), unknownKey);
        String newer = refusal(lesson(STEP).replace("\"version\": 1", "\"version\": 2"));
        assertTrue(newer.contains("newer"), newer);
        String notLesson = refusal("{\"mode\": \"gp\"}");
        assertTrue(notLesson.contains("mode") || notLesson.contains("format"), notLesson);
        String badAction = refusal(lesson(STEP.replace("\"iterations\": 10", "\"iterations\": 10, \"actions\": [{\"at\": 5, \"do\": \"dance\"}]")));
        assertTrue(badAction.contains("\"do\""), badAction);
        String order = refusal(lesson(STEP.replace("\"iterations\": 10", "\"iterations\": 10, \"actions\": [{\"at\": 5, \"do\": \"pause\"}, {\"at\": 2, \"do\": \"pause\"}]")));
        assertTrue(order.contains("iteration order"), order);
    }

    @Test
    void aLessonFileFindsItsSessionsBesideIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, lesson("    {\"title\": \"A\", \"text\": \"x\", \"start\": {\"session\": \"trained.wgan\"}}"));
        String missing = assertThrows(SpecException.class, () -> LessonJson.read(file)).getMessage();
        assertTrue(missing.contains("trained.wgan") && missing.contains(file.toString()), missing);
        Files.write(dir.resolve("trained.wgan"), new byte[] {1});
        LessonStart.Session s = (LessonStart.Session) LessonJson.read(file).steps().get(0).start();
        assertEquals(dir.resolve("trained.wgan"), s.file());
    }
}
