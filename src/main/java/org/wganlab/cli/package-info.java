/**
 * The command line, on picocli: {@code train}, {@code compare}, {@code lesson},
 * {@code figure1} and {@code bench}, their options declared once (the run-spec options shared
 * in {@link org.wganlab.cli.SpecOptions}) and their help generated. Bad input exits with code 2
 * and one line naming the value, before anything is written; a diverging run exits with code 3.
 */
package org.wganlab.cli;
