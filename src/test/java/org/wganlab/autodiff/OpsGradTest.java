package org.wganlab.autodiff;

import static org.wganlab.autodiff.Ops.*;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every op's backward rule, first and second order, against double-precision finite differences. */
class OpsGradTest {
    private static final double TOL = 2e-3;

    private static Tensor randn(int r, int c, long seed) {
        Tensor t = new Tensor(r, c);
        new Rng(seed).fillGaussian(t);
        return t;
    }

    private static Tensor positive(int r, int c, long seed) {
        Tensor t = randn(r, c, seed);
        for (int i = 0; i < t.data.length; i++) t.data[i] = 0.5f + Math.abs(t.data[i]);
        return t;
    }

    /** sum(w * x) for a fixed random w, so that no gradient is trivially uniform. */
    private static Node weighted(Node x) {
        return sumAll(mul(x, Node.constant(randn(x.rows(), x.cols(), 99))));
    }

    private static Arguments c(String name, Function<List<Node>, Node> f, Tensor... in) {
        return Arguments.of(name, f, List.of(in));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("matmul", x -> weighted(matmul(x.get(0), x.get(1))), randn(3, 4, 1), randn(4, 5, 2)),
                c("matmulNT", x -> weighted(matmulNT(x.get(0), x.get(1))), randn(3, 4, 1), randn(5, 4, 2)),
                c("matmulTN", x -> weighted(matmulTN(x.get(0), x.get(1))), randn(4, 3, 1), randn(4, 5, 2)),
                c("matmul chain", x -> weighted(square(matmul(matmul(x.get(0), x.get(1)), x.get(2)))), randn(3, 4, 1), randn(4, 5, 2), randn(5, 2, 3)),
                c("addRow", x -> weighted(square(addRow(x.get(0), x.get(1)))), randn(3, 4, 1), randn(1, 4, 2)),
                c("linear", x -> weighted(square(linear(x.get(0), x.get(1), x.get(2)))), randn(5, 4, 1), randn(4, 40, 2), randn(1, 40, 3)),
                c("linear, narrow", x -> weighted(square(linear(x.get(0), x.get(1), x.get(2)))), randn(9, 4, 1), randn(4, 2, 2), randn(1, 2, 3)),
                c("linearRelu", x -> weighted(square(linearRelu(x.get(0), x.get(1), x.get(2)))), randn(5, 4, 1), randn(4, 40, 2), randn(1, 40, 3)),
                c("linearRelu, narrow", x -> weighted(square(linearRelu(x.get(0), x.get(1), x.get(2)))), randn(9, 4, 1), randn(4, 2, 2), randn(1, 2, 3)),
                c("linearRelu, stacked", x -> weighted(square(linear(linearRelu(x.get(0), x.get(1), x.get(2)), x.get(3), x.get(4)))),
                        randn(6, 3, 1), randn(3, 20, 2), randn(1, 20, 3), randn(20, 2, 4), randn(1, 2, 5)),
                c("sumOverRows", x -> weighted(square(sumOverRows(x.get(0)))), randn(3, 4, 1)),
                c("sumOverCols", x -> weighted(square(sumOverCols(x.get(0)))), randn(3, 4, 1)),
                c("sumAll", x -> square(sumAll(square(x.get(0)))), randn(3, 4, 1)),
                c("mean", x -> square(mean(mul(x.get(0), x.get(0)))), randn(3, 4, 1)),
                c("broadcastRows", x -> weighted(square(broadcastRows(x.get(0), 3))), randn(1, 4, 1)),
                c("broadcastCols", x -> weighted(square(broadcastCols(x.get(0), 4))), randn(3, 1, 1)),
                c("broadcastScalar", x -> weighted(square(broadcastScalar(x.get(0), 2, 3))), randn(1, 1, 1)),
                c("add", x -> weighted(square(add(x.get(0), x.get(1)))), randn(3, 4, 1), randn(3, 4, 2)),
                c("sub", x -> weighted(square(sub(x.get(0), x.get(1)))), randn(3, 4, 1), randn(3, 4, 2)),
                c("mul", x -> weighted(mul(x.get(0), x.get(1))), randn(3, 4, 1), randn(3, 4, 2)),
                c("div", x -> weighted(div(x.get(0), x.get(1))), randn(3, 4, 1), positive(3, 4, 2)),
                c("scale", x -> weighted(square(scale(x.get(0), -1.7f))), randn(3, 4, 1)),
                c("addScalar", x -> weighted(square(addScalar(x.get(0), 0.3f))), randn(3, 4, 1)),
                c("square", x -> weighted(square(x.get(0))), randn(3, 4, 1)),
                c("sqrt", x -> weighted(sqrt(x.get(0))), positive(3, 4, 1)),
                c("rowNorm", x -> weighted(rowNorm(x.get(0), 1e-12f)), randn(5, 3, 1)),
                c("relu", x -> weighted(square(relu(x.get(0)))), randn(4, 5, 1)),
                c("positivePart", x -> weighted(mul(positivePart(x.get(0)), x.get(0))), randn(4, 5, 1)),
                c("leakyRelu", x -> weighted(square(leakyRelu(x.get(0), 0.2f))), randn(4, 5, 1)),
                c("tanh", x -> weighted(tanh(x.get(0))), randn(3, 4, 1)),
                c("sigmoid", x -> weighted(sigmoid(x.get(0))), randn(3, 4, 1)),
                c("softplus", x -> weighted(softplus(x.get(0))), randn(3, 4, 1)),
                c("concatRows", x -> weighted(square(concatRows(x.get(0), x.get(1)))), randn(2, 3, 1), randn(4, 3, 2)),
                c("sliceRows", x -> weighted(square(sliceRows(x.get(0), 1, 2))), randn(4, 3, 1)),
                c("padRows", x -> weighted(square(padRows(x.get(0), 1, 5))), randn(2, 3, 1)),
                c("relu net input gradient", x -> {
                    Node h = relu(matmul(x.get(0), x.get(1)));
                    Node d = matmul(h, x.get(2));
                    Node g = Autodiff.grad(d, x.get(0), true);
                    return mean(square(addScalar(rowNorm(g, 1e-12f), -1f)));
                }, randn(6, 2, 1), randn(2, 8, 2), randn(8, 1, 3)),
                c("tanh net input gradient", x -> {
                    Node d = matmul(tanh(matmul(x.get(0), x.get(1))), x.get(2));
                    return sumAll(square(Autodiff.grad(d, x.get(0), true)));
                }, randn(6, 2, 1), randn(2, 8, 2), randn(8, 1, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstAndSecondOrderGradientsMatchFiniteDifferences(String name, Function<List<Node>, Node> f, List<Tensor> inputs) {
        GradCheck.check(f, inputs, 2, TOL, 7);
    }
}
