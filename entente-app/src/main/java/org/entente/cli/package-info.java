/** The command line: one class per command, wiring in {@link org.entente.cli.Runtime}. */
package org.entente.cli;
