package org.wganlab.train;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;

/**
 * Ready-made setups that each tell one story from the seeds and the papers: data, read from
 * the resource {@value #RESOURCE} by the same strict reader as config.json, so a preset is
 * written (and checked) like a settings file.
 *
 * <p>The file holds {@code default}, the app's starting point (settings over
 * {@link RunSpec#defaults()}), {@code story_base}, the paper's loop the stories keep (over the
 * default), and the presets, each settings over one of those two ({@code from}, story_base
 * when not given).
 */
public final class Presets {
    /** Where the presets are, on the class path. */
    public static final String RESOURCE = "/presets/presets.json";

    /**
     * A named setup and the sentence a teacher would say about it.
     *
     * @param session a saved session shipped with the app (a resource path) that the preset opens,
     *                already trained, or null: a new run of spec from its seed
     */
    public record Preset(String name, String story, RunSpec spec, String session, List<ScheduledSwitch> switches) {
        public Preset {
            switches = ScheduledSwitch.checked(switches, spec);
        }

        public Preset(String name, String story, RunSpec spec) {
            this(name, story, spec, null, List.of());
        }
    }

    /** The file as JSON. */
    record File(String format, Integer version, @JsonProperty("default") SpecJson.File defaults, @JsonProperty("story_base") SpecJson.File storyBase,
            List<Entry> presets) {
    }

    /** One preset as written: settings over {@code from}, switches as {@code ITER:KEY=VALUE,...}. */
    record Entry(String name, String story, String from, SpecJson.File settings, String session, List<String> switches) {
    }

    record Contents(RunSpec defaultSpec, List<Preset> presets) {
    }

    private static final Contents CONTENTS = read();

    /** The name of the preset that opens the shipped session of Figure 1(a), trained. */
    private static final String TRAINED_FIGURE_1A_NAME = "Figure 1(a), already trained: gradient penalty vs. fixed generator, 8gaussians";

    /** The session "Figure 1(a), already trained" opens (made by the command in the README). */
    public static final String TRAINED_FIGURE_1A = byName(TRAINED_FIGURE_1A_NAME).session();

    private Presets() {
    }

    /**
     * The app's starting point: 8 Gaussians with the gradient penalty, tuned to converge in
     * seconds (the file's {@code default}).
     */
    public static RunSpec defaultSpec() {
        return CONTENTS.defaultSpec();
    }

    /** The settings of the shipped trained critic of Figure 1(a), for the run's default length. */
    public static RunSpec trainedFigure1aSpec() {
        return byName(TRAINED_FIGURE_1A_NAME).spec().withIters(defaultSpec().iters());
    }

    /** The preset of this name, or null. */
    public static Preset byName(String name) {
        for (Preset p : all()) if (p.name().equals(name)) return p;
        return null;
    }

    public static List<Preset> all() {
        return CONTENTS.presets();
    }

    private static Contents read() {
        String text;
        try (InputStream in = Presets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the presets are missing from the app: " + RESOURCE);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return parse(text);
        } catch (SpecException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The presets of a file's text; anything wrong raises a SpecException that says where. */
    static Contents parse(String text) {
        File f = JsonFiles.read(text, File.class);
        if (!"wgan-lab-presets".equals(f.format()) || !Integer.valueOf(1).equals(f.version())) {
            throw new SpecException("expected \"format\": \"wgan-lab-presets\", \"version\": 1");
        }
        if (f.defaults() == null || f.storyBase() == null || f.presets() == null) throw new SpecException("expected \"default\", \"story_base\" and \"presets\"");
        RunSpec defaults = SpecJson.over(RunSpec.defaults(), f.defaults());
        RunSpec storyBase = SpecJson.over(defaults, f.storyBase());
        List<Preset> out = new ArrayList<>();
        for (Entry e : f.presets()) {
            String where = "preset " + (out.size() + 1) + (e.name() == null ? "" : " (\"" + e.name() + "\")");
            try {
                if (e.name() == null || e.name().isBlank() || e.story() == null) throw new SpecException("needs a \"name\" and a \"story\"");
                for (Preset p : out) if (p.name().equals(e.name())) throw new SpecException("has the name of an earlier one");
                RunSpec base = switch (e.from() == null ? "story_base" : e.from()) {
                    case "default" -> defaults;
                    case "story_base" -> storyBase;
                    default -> throw new SpecException("\"from\" is \"default\" or \"story_base\", not \"" + e.from() + "\"");
                };
                RunSpec spec = e.settings() == null ? base : SpecJson.over(base, e.settings());
                List<ScheduledSwitch> switches = new ArrayList<>();
                for (String s : e.switches() == null ? List.<String>of() : e.switches()) switches.add(ScheduledSwitch.parse(s));
                out.add(new Preset(e.name(), e.story(), spec, e.session(), switches));
            } catch (SpecException ex) {
                throw new SpecException(where + ": " + ex.getMessage());
            }
        }
        return new Contents(defaults, List.copyOf(out));
    }
}
