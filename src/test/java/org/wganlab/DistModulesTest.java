package org.wganlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The app image carries only the modules the pom's dist profile lists: a JDK module our code
 * uses and the list leaves out fails there alone (a NoClassDefFoundError in the installed app,
 * while every run from Maven or the jar works).
 */
class DistModulesTest {
    @Test
    void theAppImageCarriesEveryJdkModuleOurClassesUse() throws IOException {
        Matcher m = Pattern.compile("<dist\\.modules>([^<]+)</dist\\.modules>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml lists the image's modules in <dist.modules>");
        Set<String> image = new TreeSet<>(Arrays.asList(m.group(1).strip().split(",")));

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--ignore-missing-deps", "--print-module-deps", "--multi-release", "17",
                "--add-modules", "jdk.incubator.vector", Path.of("target", "classes").toString());
        assertEquals(0, rc, err.toString());
        List<String> used = Arrays.stream(out.toString().strip().split(",")).map(String::strip).toList();
        assertTrue(used.contains("java.base") && used.contains("jdk.management"), "jdeps read our classes: " + used);
        for (String module : used) assertTrue(image.contains(module), module + " is used by our classes but missing from <dist.modules> " + image);
    }
}
