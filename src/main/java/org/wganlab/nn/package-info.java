/** Layers and multilayer perceptrons on the autodiff core, initialised as the paper's code does. */
package org.wganlab.nn;
