package org.entente.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.export.EventJson;
import org.entente.model.Event;

/**
 * EventRows gives events the columns of the JSON Lines export (same names, same values, JSON types
 * mapped to Spark types), plus {@code month} ({@code YYYY-MM} of the event date, or {@code unknown}),
 * the partition column. Values are taken from {@link EventJson#node}, so the two cannot drift apart.
 */
final class EventRows {

  static final String MONTH = "month";

  /** The schema: the columns of the JSON export in its order, then {@code month}. */
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      string("id"), string("doc"), string("doc_date"), string("date"), string("date_precision"),
      string("date_end"), string("date_basis"), string("source"), string("source_country"), string("source_text"),
      string("target"), string("target_country"), string("target_text"), string("code"), string("root"),
      field("quad_class", DataTypes.IntegerType), field("goldstein", DataTypes.DoubleType),
      field("negated", DataTypes.BooleanType), field("hypothetical", DataTypes.BooleanType), string("sentence"),
      field("sentence_index", DataTypes.IntegerType), field("char_start", DataTypes.IntegerType),
      field("char_end", DataTypes.IntegerType), string("trigger"), field("trigger_start", DataTypes.IntegerType),
      field("trigger_end", DataTypes.IntegerType), field("source_start", DataTypes.IntegerType),
      field("source_end", DataTypes.IntegerType), field("target_start", DataTypes.IntegerType),
      field("target_end", DataTypes.IntegerType), string("pattern"),
      DataTypes.createStructField(MONTH, DataTypes.StringType, false)));

  private EventRows() {}

  private static StructField string(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  static Row row(Event e) {
    ObjectNode o = EventJson.node(e);
    StructField[] fields = SCHEMA.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length - 1; i++) {
      JsonNode v = o.get(fields[i].name());
      DataType t = fields[i].dataType();
      if (v == null || v.isNull()) {
        values[i] = null;
      } else if (t == DataTypes.IntegerType) {
        values[i] = v.intValue();
      } else if (t == DataTypes.DoubleType) {
        values[i] = v.doubleValue();
      } else if (t == DataTypes.BooleanType) {
        values[i] = v.booleanValue();
      } else {
        values[i] = v.textValue();
      }
    }
    values[fields.length - 1] = e.when().date() == null ? "unknown" : e.when().date().toString().substring(0, 7);
    return RowFactory.create(values);
  }
}
