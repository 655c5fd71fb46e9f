package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wganlab.config.SpecException;
import org.wganlab.lesson.Quantity.Kind;

class ClaimTest {
    @Test
    void theIssuesExamplesParseToWhatTheySay() {
        Claim ratio = Claim.parse("estimate / W1 >= 0.6 at the end");
        assertEquals(Kind.ESTIMATE_OVER_W1, ratio.quantity().kind());
        assertEquals(new Claim.AtLeast(0.6), ratio.comparison());
        assertEquals(0, ratio.percent());
        assertNull(ratio.statistic());

        Claim median = Claim.parse("median ||grad C(x_hat)|| within 0.15 of 1 over the last 20%");
        assertEquals(Kind.GRAD_INTERP, median.quantity().kind());
        assertEquals(Claim.Statistic.MEDIAN, median.statistic());
        assertEquals(new Claim.Within(0.15, 1), median.comparison());
        assertEquals(20, median.percent());
        assertFalse(median.fromStart());
        assertTrue(Claim.parse("estimate / W1 <= 0.4 over the first 5%").fromStart());

        Claim layers = Claim.parse("layer 1 / layer 12 gradient norm <= 1e-6");
        assertEquals(new Quantity(Kind.LAYER_RATIO, 1, 12), layers.quantity());
        assertEquals(new Claim.AtMost(1e-6), layers.comparison());
        assertEquals(new Quantity(Kind.LAYER_RATIO, 1, 0), Claim.parse("layer 1 / layer last gradient norm >= 10").quantity());
        assertEquals(new Quantity(Kind.LAYER, 3, -1), Claim.parse("layer 3 gradient norm >= 1").quantity());

        Claim modes = Claim.parse("  modes   covered = 8 ");
        assertEquals(Kind.MODES, modes.quantity().kind());
        assertEquals("modes covered = 8", modes.text(), "kept single-spaced as written");
        assertTrue(modes.comparison().holds(8));
        assertFalse(modes.comparison().holds(7));
    }

    @Test
    void longerNamesWinAndAliasesAgree() {
        assertEquals(Kind.ESTIMATE_OVER_K_W1, Claim.parse("estimate / (K W1) <= 0.5").quantity().kind());
        assertEquals(Kind.ESTIMATE_OVER_K, Claim.parse("estimate / K >= 0.5").quantity().kind());
        assertEquals(Kind.ESTIMATE, Claim.parse("estimate >= 0.5").quantity().kind());
        assertEquals(Kind.W1, Claim.parse("exact W1 <= 0.2").quantity().kind());
        assertEquals(Kind.WEIGHTS_AT_BOUNDS, Claim.parse("clip fraction >= 0.5").quantity().kind());
        assertEquals(Kind.GRAD_REAL, Claim.parse("grad norm at real <= 0.5").quantity().kind());
    }

    @Test
    void changesReadAsPercentagesOfTheStart() {
        Claim falls = Claim.parse("W1 falls by 50%");
        assertInstanceOf(Claim.Change.class, falls.comparison());
        assertTrue(falls.comparison().holds(-60));
        assertFalse(falls.comparison().holds(-40));
        assertFalse(falls.comparison().holds(10));
        Claim rises = Claim.parse("estimate rises by at least 100 %");
        assertTrue(rises.comparison().holds(150));
        assertFalse(rises.comparison().holds(50));
        Claim stays = Claim.parse("W1 changes by at most 25%");
        assertTrue(stays.comparison().holds(-20) && stays.comparison().holds(20));
        assertFalse(stays.comparison().holds(-30));
    }

    @Test
    void badClaimsAreRefusedWithTheCharacterWhereTheyGoWrong() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> Claim.parse("happiness >= 1")).getMessage();
        assertTrue(unknown.contains("at character 1") && unknown.contains("unknown quantity") && unknown.contains("estimate / W1"), unknown);
        String noBound = assertThrows(IllegalArgumentException.class, () -> Claim.parse("W1 >= lots")).getMessage();
        assertTrue(noBound.contains("at character 3") && noBound.contains("expected a bound"), noBound);
        String tail = assertThrows(IllegalArgumentException.class, () -> Claim.parse("W1 >= 0.5 eventually")).getMessage();
        assertTrue(tail.contains("at character 10") && tail.contains("over the first P%"), tail);
        String window = assertThrows(IllegalArgumentException.class, () -> Claim.parse("W1 <= 0.5 over the last 0%")).getMessage();
        assertTrue(window.contains("more than 0%"), window);
        String moment = assertThrows(IllegalArgumentException.class, () -> Claim.parse("layer 1 gradient norm <= 1 over the last 10%")).getMessage();
        assertTrue(moment.contains("at the moment only"), moment);
        String layer = assertThrows(IllegalArgumentException.class, () -> Claim.parse("layer 0 gradient norm <= 1")).getMessage();
        assertTrue(layer.contains("count from 1"), layer);
        String stat = assertThrows(IllegalArgumentException.class, () -> Claim.parse("median W1 <= 1")).getMessage();
        assertTrue(stat.contains("needs a window"), stat);
        String change = assertThrows(IllegalArgumentException.class, () -> Claim.parse("W1 falls by 50% over the last 10%")).getMessage();
        assertTrue(change.contains("takes no window"), change);
        String distance = assertThrows(IllegalArgumentException.class, () -> Claim.parse("W1 within -1 of 2")).getMessage();
        assertTrue(distance.contains("not negative"), distance);
    }

    @Test
    void aLessonFileRefusesABadClaimWithItsLineAndColumn() {
        String text = "{\"format\": \"wgan-lab-lesson\", \"version\": 1, \"title\": \"T\", \"steps\": [\n"
                + " {\"title\": \"A\", \"text\": \"x\", \"start\": {\"settings\": {\"mode\": \"gp\"}}, \"iterations\": 10,\n"
                + "  \"expect\": [\"W1 <= 1\",\n   \"sharpness >= 2\"]}]}";
        String m = assertThrows(SpecException.class, () -> LessonJson.read(text, "l.json")).getMessage();
        assertTrue(m.contains("line 4") && m.contains("column") && m.contains("sharpness") && m.contains("unknown quantity"), m);
        String notText = assertThrows(SpecException.class, () -> LessonJson.read(text.replace("\"sharpness >= 2\"", "2"), "l.json")).getMessage();
        assertTrue(notText.contains("line 4"), notText);
        Lesson ok = LessonJson.read(text.replace("sharpness >= 2", "modes covered = 8"), "l.json");
        assertEquals(2, ok.steps().get(0).expect().size());
        assertEquals("modes covered = 8", ok.steps().get(0).expect().get(1).text());
    }

    @Test
    void numbersPrintAsTheyAreWritten() {
        assertEquals("8", Claim.number(8));
        assertEquals("0.15", Claim.number(0.15));
        assertEquals("1e-6", Claim.number(1e-6));
        assertEquals(">= 10", new Claim.AtLeast(10).text());
        assertEquals("within 0.15 of 1", new Claim.Within(0.15, 1).text());
    }
}
