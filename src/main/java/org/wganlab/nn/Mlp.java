package org.wganlab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** A multilayer perceptron: hidden layers with an activation, then a linear output layer. */
public final class Mlp {
    private final List<Linear> layers;
    private final Activation activation;
    private final List<Node> parameters;

    public Mlp(List<Linear> layers, Activation activation) {
        if (layers.isEmpty()) throw new IllegalArgumentException("an MLP needs at least one layer");
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).in() != layers.get(i - 1).out()) throw new IllegalArgumentException("layer " + i + " input does not match");
        }
        this.layers = List.copyOf(layers);
        this.activation = activation;
        List<Node> ps = new ArrayList<>();
        for (Linear l : layers) {
            ps.add(l.weight);
            ps.add(l.bias);
        }
        this.parameters = Collections.unmodifiableList(ps);
    }

    /** in -> hidden x depth -> out, initialised as the paper's code does (see {@link Linear#init}). */
    public static Mlp create(int in, int hidden, int depth, int out, Activation activation, Rng rng) {
        if (hidden < 1) throw new IllegalArgumentException("hidden width must be positive, got " + hidden);
        if (depth < 1) throw new IllegalArgumentException("need at least one hidden layer, got " + depth);
        List<Linear> layers = new ArrayList<>();
        int width = in;
        for (int i = 0; i < depth; i++) {
            layers.add(Linear.init(width, hidden, true, rng));
            width = hidden;
        }
        layers.add(Linear.init(width, out, false, rng));
        return new Mlp(layers, activation);
    }

    public List<Linear> layers() {
        return layers;
    }

    public Activation activation() {
        return activation;
    }

    /** Weights and biases, layer by layer: W0, b0, W1, b1, ... */
    public List<Node> parameters() {
        return parameters;
    }

    public int inputDim() {
        return layers.get(0).in();
    }

    public int outputDim() {
        return layers.get(layers.size() - 1).out();
    }

    public int hiddenWidth() {
        return layers.get(0).out();
    }

    public int depth() {
        return layers.size() - 1;
    }

    public Node forward(Node x) {
        return forward(x, null);
    }

    /** Forward pass; when {@code hiddenOut} is given, each hidden layer's activation is appended to it. */
    public Node forward(Node x, List<Node> hiddenOut) {
        Node h = x;
        for (int i = 0; i < layers.size(); i++) {
            Linear l = layers.get(i);
            if (i == layers.size() - 1) {
                h = l.forward(h);
            } else {
                // ReLU layers run fused: one pass instead of a product and then an elementwise pass.
                h = activation == Activation.RELU ? Ops.linearRelu(h, l.weight, l.bias) : activation.apply(l.forward(h));
                if (hiddenOut != null) hiddenOut.add(h);
            }
        }
        return h;
    }

    /** A deep copy of the current weights, detached from any graph. */
    public Mlp copy() {
        List<Linear> ls = new ArrayList<>();
        for (Linear l : layers) ls.add(new Linear(l.weight.value.copy(), l.bias.value.copy()));
        return new Mlp(ls, activation);
    }

    /** Copies weights from an MLP of the same shape. */
    public void copyFrom(Mlp other) {
        for (int i = 0; i < parameters.size(); i++) parameters.get(i).value.copyFrom(other.parameters.get(i).value);
    }

    /** Copies weights from saved tensors, W0, b0, W1, b1, ...; refuses a list of other shapes. */
    public void copyFrom(List<Tensor> saved) {
        if (saved.size() != parameters.size()) throw new IllegalArgumentException(saved.size() + " parameter tensors for a network of " + parameters.size());
        for (int i = 0; i < saved.size(); i++) {
            if (!saved.get(i).sameShape(parameters.get(i).value)) throw new IllegalArgumentException("parameter " + i + " is " + saved.get(i).shape() + ", the network's " + parameters.get(i).value.shape());
        }
        for (int i = 0; i < saved.size(); i++) parameters.get(i).value.copyFrom(saved.get(i));
    }

    public int parameterCount() {
        int n = 0;
        for (Node p : parameters) n += p.value.size();
        return n;
    }

    /** Raw weight tensors, layer by layer (W0, b0, W1, b1, ...). */
    public List<Tensor> parameterValues() {
        List<Tensor> v = new ArrayList<>();
        for (Node p : parameters) v.add(p.value);
        return v;
    }
}
