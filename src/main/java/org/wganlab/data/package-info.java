/** 2D toy distributions: the paper's 8gaussians, 25gaussians and swiss roll, user mixtures (JSON), and teaching cases. */
package org.wganlab.data;
