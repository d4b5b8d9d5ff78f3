/** Storage of articles and their events; implementations (DuckDB) live outside the core. */
package org.entente.store;
