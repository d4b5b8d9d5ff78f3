/**
 * Entente on Apache Spark: {@link org.entente.spark.SparkCodingJob} reads articles from any
 * Hadoop-compatible path, codes them with one pipeline per executor and writes events as Parquet
 * partitioned by month. Spark is a provided dependency; nothing here leaks into the core.
 */
package org.entente.spark;
