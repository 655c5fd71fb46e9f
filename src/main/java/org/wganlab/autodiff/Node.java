package org.wganlab.autodiff;

/**
 * A matrix-valued value in the computation graph.
 *
 * <p>A node made by an op remembers its parents and, for each parent, a vector-Jacobian
 * product rule written in terms of other ops ({@link Vjp}). Because the rules build graph
 * nodes themselves, the gradient of a gradient is just another backward pass.
 */
public final class Node {
    /** The backward rule for one parent: given the gradient g of this node, the gradient for parent i. */
    @FunctionalInterface
    public interface Vjp {
        /** Returns null when parent i receives no gradient (it is used as a constant, like a ReLU mask). */
        Node apply(Node self, Node g, int i);
    }

    public final Tensor value;
    /** The op that made this node ({@link Op#LEAF} for inputs and parameters, {@link Op#CONST} for constants). */
    public final Op op;
    /** The op's number: a scale factor or a slope; unused by most ops. */
    public final float param;
    /** The op's row offset (sliceRows, padRows); unused by the others. */
    public final int offset;
    final Node[] parents;
    final Vjp vjp;
    final boolean requiresGrad;
    // A rule shared by several parents (a fused layer's masked gradient) is computed once per
    // incoming gradient: the gradient it was made for, and the result.
    Node memoFor;
    Node memo;

    Node(Tensor value, Op op, float param, Node[] parents, Vjp vjp, boolean requiresGrad) {
        this(value, op, param, 0, parents, vjp, requiresGrad);
    }

    Node(Tensor value, Op op, float param, int offset, Node[] parents, Vjp vjp, boolean requiresGrad) {
        this.value = value;
        this.op = op;
        this.param = param;
        this.offset = offset;
        this.parents = parents;
        this.vjp = vjp;
        this.requiresGrad = requiresGrad;
    }

    /** An input or parameter: gradients can be taken with respect to it. */
    public static Node variable(Tensor value) {
        return new Node(value, Op.LEAF, 0f, new Node[0], null, true);
    }

    /** A value gradients never flow into. */
    public static Node constant(Tensor value) {
        return new Node(value, Op.CONST, 0f, new Node[0], null, false);
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    public Node parent(int i) {
        return parents[i];
    }

    public int rows() {
        return value.rows;
    }

    public int cols() {
        return value.cols;
    }

    public float item() {
        return value.item();
    }

    @Override
    public String toString() {
        return op + "(" + value.shape() + ")";
    }
}
