package org.wganlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelaunchTest {
    @Test
    void olderJdksGetNoQuietingOptions() {
        // JDK 17 stops at an option it does not know: the child would never start.
        assertEquals(List.of(), Relaunch.quieting(17));
        assertEquals(List.of(), Relaunch.quieting(21));
        assertEquals(List.of(), Relaunch.quieting(23));
    }

    @Test
    void newerJdksAllowJavaFxsNativesAndUnsafe() {
        List<String> q = Relaunch.quieting(25);
        assertTrue(q.contains("--enable-native-access=ALL-UNNAMED"), q.toString());
        assertTrue(q.contains("--sun-misc-unsafe-memory-access=allow"), q.toString());
        assertEquals(q, Relaunch.quieting(24));
    }

    @Test
    void hugePagesAreAskedForOnlyWhereLinuxGivesThemOnRequest() {
        assertEquals(List.of("-XX:+UseTransparentHugePages"), Relaunch.hugePages("always [madvise] never\n"));
        // Given anyway, or not at all: asking would change nothing, or make the JVM warn.
        assertEquals(List.of(), Relaunch.hugePages("[always] madvise never\n"));
        assertEquals(List.of(), Relaunch.hugePages("always madvise [never]\n"));
        assertEquals(List.of(), Relaunch.hugePages(null));
    }
}
