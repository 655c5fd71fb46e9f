package org.wganlab.figures;

/**
 * A finished run's gradient norms per hidden layer, kept under a label so the layer-grads chart
 * can draw it beside the live run's (the curves of the paper's Figure 1(b) left, one per critic).
 */
public record LayerProfile(String label, double[] norms) {
    public LayerProfile {
        norms = norms.clone();
    }

    @Override
    public double[] norms() {
        return norms.clone();
    }
}
