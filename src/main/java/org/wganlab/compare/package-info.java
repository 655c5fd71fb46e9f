/**
 * Two runs side by side: the same seed and data, differing in what the teacher picks (clipping
 * against the penalty, one lambda against another). A {@link org.wganlab.compare.Comparison}
 * says what each side is; a {@link org.wganlab.compare.RunPair} trains both live in step with
 * one Play, Pause and Step. Each side is exactly the run its specification gives alone.
 */
package org.wganlab.compare;
