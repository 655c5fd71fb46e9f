package org.wganlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void roundTripsNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"quoted\"\nline");
        m.put("n", 3.0);
        m.put("x", 0.125);
        m.put("flag", true);
        m.put("nothing", null);
        m.put("list", List.of(1.0, 2.5));
        m.put("nested", Map.of("k", List.of(Map.of("z", -1.0))));
        assertEquals(m, Json.parse(Json.write(m)));
    }

    @Test
    void errorsNameLineAndColumn() {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertTrue(e.getMessage().startsWith("line 3, column 7"), e.getMessage());
        assertThrows(Json.JsonException.class, () -> Json.parse("[1, 2"));
        assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\": 1} x"));
        assertThrows(Json.JsonException.class, () -> Json.parse("\"open"));
    }
}
