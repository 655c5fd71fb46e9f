package org.wganlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.kernel.ThreadScoped;

class ArenaTest {
    @Test
    void aRepeatedComputationReusesItsBuffers() {
        Arena arena = new Arena();
        Node w = Node.variable(Tensor.filled(4, 3, 0.5f));
        Tensor first = null;
        long afterFirst = 0;
        for (int step = 0; step < 5; step++) {
            arena.reset();
            try (ThreadScoped.Scope s = arena.activate()) {
                Node x = Node.variable(Tensor.filled(6, 4, 1f));
                Node y = Ops.mean(Ops.square(Ops.relu(Ops.matmul(x, w))));
                List<Node> g = Autodiff.grad(y, List.of(w, x), false);
                assertEquals(4f, y.item(), 1e-5f, "relu(ones * 0.5)^2 = 2^2");
                if (step == 0) {
                    first = g.get(0).value;
                    afterFirst = arena.allocations();
                } else {
                    assertSame(first, g.get(0).value, "the same buffer serves the same op on every step");
                }
            }
        }
        assertEquals(afterFirst, arena.allocations(), "no arrays allocated after the first step");
    }
}
