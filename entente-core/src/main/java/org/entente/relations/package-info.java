/**
 * Relations: per-dyad, per-interval figures over coded events (counts per quad class, Goldstein sum
 * and mean), and their printing as tables, CSV or JSON.
 */
package org.entente.relations;
