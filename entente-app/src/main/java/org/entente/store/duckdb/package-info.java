/** The DuckDB adapter of the event store: schema, atomic per-article writes, dyad queries in SQL. */
package org.entente.store.duckdb;
