package org.wganlab.config;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.GaussianMixture;

/**
 * Every settings file a user can hand the app, mangled every way we could think of: deep
 * nesting, huge, truncated, binary, BOM, wrong types, NaN and infinities, overflow. Each one is
 * read or refused with a SpecException: never another exception, never a stack overflow.
 */
class FileFormatFuzzTest {
    private static final String CONFIG = SpecJson.write(RunSpec.defaults().withData(new DataSpec.Mixture(GaussianMixture.twoGaussians())));
    private static final String MIXTURE = "{\"components\": [{\"mean\": [1, 1], \"std\": 0.05}, {\"mean\": [-1, -1], \"cov\": [[0.1, 0.02], [0.02, 0.1]], \"weight\": 2}]}";

    private static List<String> cases(String valid, long seed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= valid.length(); i += 3) out.add(valid.substring(0, i)); // truncated everywhere
        out.add("\uFEFF" + valid);
        out.add("[".repeat(20000) + "]".repeat(20000));
        out.add("{\"a\": " + "{\"a\": ".repeat(20000) + "1" + "}".repeat(20001));
        out.add("{\"components\": [" + "{\"mean\": [0, 0], \"std\": 1},".repeat(20000) + "{\"mean\": [0, 0], \"std\": 1}]}");
        for (String number : List.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "99999999999999999999999", "1.5", "-0", "0x10", "\"12\"", "true", "null", "[]", "{}")) {
            out.add(valid.replaceFirst(":\\s*[-0-9.eE]+", ": " + number));
            out.add(valid.replaceAll(":\\s*[-0-9.eE]+", ": " + number));
        }
        Random r = new Random(seed);
        for (int i = 0; i < 400; i++) {
            char[] c = valid.toCharArray();
            for (int k = 0; k < 1 + r.nextInt(4); k++) c[r.nextInt(c.length)] = (char) (r.nextBoolean() ? r.nextInt(128) : r.nextInt(0xFFFF));
            out.add(new String(c));
        }
        byte[] junk = new byte[4096];
        r.nextBytes(junk);
        out.add(new String(junk, StandardCharsets.ISO_8859_1));
        return out;
    }

    private static void onlySpecExceptions(String what, List<String> inputs, Consumer<String> read) {
        for (String in : inputs) {
            try {
                read.accept(in);
            } catch (SpecException expected) {
                // refused with a message: what we want
            } catch (Throwable t) {
                fail(what + ": " + t + " for input starting " + in.substring(0, Math.min(80, in.length())).replace("\n", "\\n"));
            }
        }
    }

    @Test
    void configFilesAreReadOrRefusedWithAMessage() {
        onlySpecExceptions("config.json", cases(CONFIG, 1), SpecJson::read);
    }

    @Test
    void mixtureFilesAreReadOrRefusedWithAMessage() {
        onlySpecExceptions("mixture", cases(MIXTURE, 2), MixtureJson::read);
    }

    @Test
    void filesOnDiskIncludingBinaryAndNonUtf8AreRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("f.json");
        List<byte[]> bytes = new ArrayList<>();
        byte[] random = new byte[2048];
        new Random(3).nextBytes(random);
        bytes.add(random);
        bytes.add(new byte[0]);
        bytes.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.add("{\"dataset\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        bytes.add("{\"dataset\": \"8gaussians\"}".getBytes(StandardCharsets.UTF_16));
        for (byte[] b : bytes) {
            Files.write(f, b);
            onlySpecExceptions("config file", List.of(""), s -> SpecJson.read(f));
            onlySpecExceptions("mixture file", List.of(""), s -> MixtureJson.read(f));
        }
        onlySpecExceptions("a folder", List.of(""), s -> SpecJson.read(dir));
    }
}
