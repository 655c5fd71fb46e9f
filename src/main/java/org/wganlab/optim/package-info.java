/** Optimizers (SGD, Adam, RMSProp with TF1 semantics) and weight clipping, each over a parameter list. */
package org.wganlab.optim;
