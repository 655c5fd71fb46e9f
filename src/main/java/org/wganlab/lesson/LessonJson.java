package org.wganlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;
import org.wganlab.i18n.Refused;
import org.wganlab.config.SpecJson;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.figures.Views;
import org.wganlab.notation.MathText;
import org.wganlab.train.Presets;

/**
 * A lesson file: JSON, read strictly (an unknown key, a wrong type or a bad value is refused
 * with its line, column and key). The format is in the README; each record below checks its
 * own object, so a refusal points at the object that is wrong.
 */
public final class LessonJson {
    public static final String FORMAT = "wgan-lab-lesson";
    public static final int VERSION = 1;
    static final int MAX_CLAIMS = 8;
    static final List<String> OVERLAYS = List.of("contours", "interpolates", "arrows", "warp", "grad_map", "transport", "estimate_over_k");

    private LessonJson() {
    }

    record File(String format, Integer version, String title, String summary, List<Step> steps) {
        File {
            if (!FORMAT.equals(format)) throw SpecException.worded("refusal.lesson.format", FORMAT);
            if (version == null) throw SpecException.worded("refusal.lesson.noVersion");
            if (version > VERSION) throw SpecException.worded("refusal.lesson.newer", version, VERSION);
            if (version < 1) throw SpecException.worded("refusal.lesson.version");
            if (title == null || title.isBlank()) throw SpecException.worded("refusal.lesson.noTitle");
            if (steps == null || steps.isEmpty()) throw SpecException.worded("refusal.lesson.noSteps");
        }
    }

    record Step(String title, String text, Start start, Integer iterations, List<Action> actions, List<String> overlays, List<String> charts,
            @JsonProperty("point_at") String pointAt, List<Claim> expect, @JsonProperty("keep_profile") String keepProfile) {
        Step {
            if (expect != null && expect.size() > MAX_CLAIMS) throw SpecException.worded("refusal.lesson.tooManyClaims", String.valueOf(title), MAX_CLAIMS);
            if (expect != null && expect.contains(null)) throw SpecException.worded("refusal.lesson.claimNotString");
            if (keepProfile != null && keepProfile.isBlank()) throw SpecException.worded("refusal.lesson.emptyProfile");
            if (title == null || title.isBlank()) throw SpecException.worded("refusal.lesson.stepNoTitle");
            if (text == null || text.isBlank()) throw SpecException.worded("refusal.lesson.stepNoText", title);
            mathOf(title, "text", text);
            if (pointAt != null) mathOf(title, "point_at", pointAt);
            if (start == null) throw SpecException.worded("refusal.lesson.stepNoStart", title);
            if (iterations != null && (iterations < 0 || iterations > 1_000_000)) throw SpecException.worded("refusal.lesson.iterations", iterations);
            for (String o : overlays == null ? List.<String>of() : overlays) {
                if (!OVERLAYS.contains(o)) throw SpecException.worded("refusal.lesson.overlay", String.valueOf(o), String.join(", ", OVERLAYS));
            }
            for (String c : charts == null ? List.<String>of() : charts) {
                if (c.equals(Views.PLANE.id()) || !Views.ids().contains(c)) {
                    throw SpecException.worded("refusal.lesson.chart", String.valueOf(c), String.join(", ", Views.ids().subList(1, Views.ids().size())));
                }
            }
            if (actions != null) {
                int last = -1;
                for (Action a : actions) {
                    if (a.at() < last) throw SpecException.worded("refusal.lesson.actionOrder", title, a.at(), last);
                    last = a.at();
                }
            }
        }
    }

    /** The step's text read for its formulas: a malformed one is refused with the step, the key and where it starts. */
    private static void mathOf(String step, String key, String text) {
        try {
            MathText.parse(text);
        } catch (Refused e) {
            throw SpecException.worded("refusal.lesson.inStep", step, key, e.reason());
        }
    }

    record Start(String preset, SpecJson.File settings, String session, @JsonProperty("continue") Boolean continues) {
        Start {
            int given = (preset != null ? 1 : 0) + (settings != null ? 1 : 0) + (session != null ? 1 : 0) + (Boolean.TRUE.equals(continues) ? 1 : 0);
            if (given != 1) throw SpecException.worded("refusal.lesson.startOne");
            if (preset != null && Presets.byName(preset) == null) throw SpecException.worded("refusal.lesson.noPreset", preset);
            if (settings != null) spec(settings, RunSpec.defaults());
        }
    }

    record Action(Integer at, @JsonProperty("do") String action, SpecJson.File settings, Integer steps) {
        static final Set<String> KINDS = Set.of("switch", "pause", "train_critic");

        Action {
            if (at == null || at < 0) throw SpecException.worded("refusal.lesson.actionAt");
            if (action == null || !KINDS.contains(action)) throw action == null ? SpecException.worded("refusal.lesson.actionNoDo") : SpecException.worded("refusal.lesson.actionDo", action);
            if (action.equals("switch") == (settings == null)) throw SpecException.worded("refusal.lesson.switchSettings");
            if (action.equals("train_critic") == (steps == null)) throw SpecException.worded("refusal.lesson.criticSteps");
            if (steps != null && (steps < 1 || steps > 100_000)) throw SpecException.worded("refusal.lesson.actionSteps", steps);
            if (settings != null) spec(settings, RunSpec.defaults());
        }
    }

    private static RunSpec spec(SpecJson.File settings, RunSpec base) {
        try {
            return SpecJson.over(base, settings);
        } catch (SpecException e) {
            throw e.after("settings: ");
        }
    }

    /** Reads a lesson file; sessions it names are found beside it. Every refusal names the file and the place. */
    public static Lesson read(Path file) {
        File f = JsonFiles.read(file, File.class);
        try {
            return toLesson(f, file.toAbsolutePath().getParent());
        } catch (SpecException e) {
            throw e.in(file.toString());
        }
    }

    /** Reads a lesson's text (a shipped lesson); it may not name sessions. */
    public static Lesson read(String text, String name) {
        try {
            return toLesson(JsonFiles.read(text, File.class), null);
        } catch (SpecException e) {
            throw e.in(name);
        }
    }

    private static Lesson toLesson(File f, Path dir) {
        List<LessonStep> steps = new ArrayList<>();
        for (int i = 0; i < f.steps().size(); i++) {
            Step s = f.steps().get(i);
            if (i == 0 && Boolean.TRUE.equals(s.start().continues())) throw SpecException.worded("refusal.lesson.firstContinues", s.title());
            steps.add(new LessonStep(s.title(), s.text(), start(s, i, dir), s.iterations() == null ? 0 : s.iterations(), actions(s),
                    overlays(s.overlays()), s.charts() == null ? List.of() : s.charts(), s.pointAt(),
                    s.expect() == null ? List.of() : s.expect(), s.keepProfile()));
        }
        return new Lesson(f.title(), f.summary() == null ? "" : f.summary(), steps);
    }

    private static LessonStart start(Step s, int index, Path dir) {
        Start st = s.start();
        if (st.preset() != null) return new LessonStart.Settings(Presets.byName(st.preset()).spec(), st.preset());
        if (st.settings() != null) return new LessonStart.Settings(spec(st.settings(), RunSpec.defaults()), null);
        if (Boolean.TRUE.equals(st.continues())) return new LessonStart.Continue();
        if (dir == null) throw SpecException.worded("refusal.lesson.shippedSession", index + 1, s.title());
        Path session = dir.resolve(st.session());
        if (!Files.isRegularFile(session)) throw SpecException.worded("refusal.lesson.sessionMissing", index + 1, s.title(), st.session(), session.toString());
        return new LessonStart.Session(session);
    }

    private static List<LessonAction> actions(Step s) {
        List<LessonAction> out = new ArrayList<>();
        for (Action a : s.actions() == null ? List.<Action>of() : s.actions()) {
            out.add(switch (a.action()) {
                case "switch" -> new LessonAction.Switch(a.at(), new SettingsChange(a.settings(), label(a.settings())));
                case "pause" -> new LessonAction.Pause(a.at());
                default -> new LessonAction.TrainCritic(a.at(), a.steps());
            });
        }
        return out;
    }

    /** A switch as the window tells it: "switch to mode clip" from the keys it sets. */
    private static String label(SpecJson.File settings) {
        String json = JsonFiles.write(settings).replaceAll("[{}\"\\n]", " ").replaceAll("\\s+", " ").strip();
        return "switch to " + json.replace(" :", ":");
    }

    private static PlaneOptions overlays(List<String> names) {
        if (names == null) return PlaneOptions.DEFAULT;
        return new PlaneOptions(names.contains("contours"), names.contains("interpolates"), names.contains("arrows"), names.contains("warp"),
                names.contains("grad_map"), false, names.contains("transport"), names.contains("estimate_over_k"));
    }
}
