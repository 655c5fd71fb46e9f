/**
 * The run specification and its file form. {@link org.wganlab.config.RunSpec} is one immutable
 * record of everything that defines a run, made of small validated parts (data, network,
 * critic, optimizer, loop, evaluation), each value checked once against its
 * {@link org.wganlab.config.Range}; {@link org.wganlab.config.SpecDiff} says what changed
 * between two specs and what the change does to a running run. config.json and mixture files
 * are read and written with Jackson ({@link org.wganlab.config.SpecJson},
 * {@link org.wganlab.config.MixtureJson}), strictly, with the line, column and key in every
 * refusal.
 */
package org.wganlab.config;
