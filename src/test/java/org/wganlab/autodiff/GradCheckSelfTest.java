package org.wganlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself must catch a wrong backward rule, or its passes mean nothing. */
class GradCheckSelfTest {
    @Test
    void aWrongBackwardRuleIsCaughtAtFirstOrder() {
        Tensor x = Tensor.of(2, 2, 0.3f, -1.2f, 2.0f, 0.7f);
        // square whose backward forgets the factor 2.
        assertThrows(AssertionError.class, () -> GradCheck.check(in -> {
            Node xs = in.get(0);
            Node wrong = new Node(Ops.square(xs).value, Op.SQUARE, 0, new Node[] {xs}, (s, g, i) -> Ops.mul(g, s.parent(0)), true);
            return Ops.sumAll(wrong);
        }, List.of(x), 1, 1e-3, 1));
    }

    @Test
    void aWrongSecondDerivativeIsCaughtAtSecondOrder() {
        Tensor x = Tensor.of(2, 2, 0.3f, -1.2f, 2.0f, 0.7f);
        // square with the right first derivative 2x, but taken as a constant: its second derivative comes out 0, not 2.
        assertThrows(AssertionError.class, () -> GradCheck.check(in -> {
            Node xs = in.get(0);
            Node sq = new Node(Ops.square(xs).value, Op.SQUARE, 0, new Node[] {xs}, (s, g, i) -> {
                Tensor d = xs.value.copy();
                for (int k = 0; k < 4; k++) d.data[k] *= 2;
                return Ops.mul(g, Node.constant(d));
            }, true);
            return Ops.sumAll(Ops.mul(sq, sq));
        }, List.of(x), 2, 1e-3, 1));
    }
}
