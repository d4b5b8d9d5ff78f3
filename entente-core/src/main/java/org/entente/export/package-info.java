/** Output formats of coded events (JSON Lines; the record format of docs/formats.md). */
package org.entente.export;
