package org.wganlab.train;

import org.wganlab.config.Method;

/** What a critic step minimises: the method's loss, its penalty weight, and where the fake points come from. */
record CriticLoss(Method method, float lambda, boolean fixedGenerator) {
}
