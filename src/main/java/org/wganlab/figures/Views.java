package org.wganlab.figures;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The registry of views, in the order the window lays them out and the dashboard draws them.
 * The export menus, the command line's --export and --composite (and their help), and the
 * dashboard all read it: a new view is one new figure class and one line here.
 */
public final class Views {
    public static final int CHART_WIDTH = 800, CHART_HEIGHT = 520;

    public static final View PLANE = new View("plane", "view.plane", 820, 760, p -> p);
    public static final View WASSERSTEIN = chart("wasserstein", "view.wasserstein", Charts.Wasserstein::new);
    public static final View GRAD_NORMS = chart("grad-norms", "view.gradNorms", p -> new Charts.GradNorms(p.words()));
    public static final View WEIGHTS = chart("weights", "view.weights", p -> new Charts.Weights(p.words()));
    public static final View LAYER_GRADS = chart("layer-grads", "view.layerGrads", p -> new LayerGradientsChart(p.words()));
    public static final View LOSSES = chart("losses", "view.losses", p -> new Charts.Losses(p.words()));
    public static final View LIPSCHITZ = chart("lipschitz", "view.lipschitz", p -> new LipschitzChart(p.words()));

    public static final List<View> ALL = List.of(PLANE, WASSERSTEIN, GRAD_NORMS, WEIGHTS, LAYER_GRADS, LOSSES, LIPSCHITZ);

    /** Not a view of its own: every view in one captioned figure. */
    public static final String DASHBOARD_ID = "dashboard";
    /** The key of the dashboard's menu title among the window's words. */
    public static final String DASHBOARD_TITLE_KEY = "view.dashboard";
    public static final int[] DASHBOARD_SIZE = {1800, 1150};

    private Views() {
    }

    private static View chart(String id, String titleKey, Function<PlaneFigure, Figure> make) {
        return new View(id, titleKey, CHART_WIDTH, CHART_HEIGHT, make);
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (View v : ALL) ids.add(v.id());
        return ids;
    }

    /** The view with this id; refuses an unknown one, naming those there are. */
    public static View byId(String id) {
        for (View v : ALL) if (v.id().equals(id)) return v;
        throw new IllegalArgumentException("unknown view '" + id + "' (expected " + String.join(", ", ids()) + ")");
    }

    /** A view's default export size, or the dashboard's. */
    public static int[] sizeOf(String id) {
        return DASHBOARD_ID.equals(id) ? DASHBOARD_SIZE.clone() : byId(id).size();
    }

    /** Fresh figures of every view, sharing this plane and speaking its language. */
    public static List<Figure> figures(PlaneFigure plane) {
        List<Figure> out = new ArrayList<>();
        for (View v : ALL) out.add(v.figure(plane));
        return List.copyOf(out);
    }

    /** The view ids, for picocli's ${COMPLETION-CANDIDATES} in the command line's help. */
    public static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids().iterator();
        }
    }
}
