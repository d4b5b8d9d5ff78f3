package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.entente.model.Problem;

/**
 * Reads Entente's own actor dictionary files (docs/dictionaries.md, sections 1–3) into an
 * {@link ActorDictionary.Builder}. The file's name says its kind: {@code people*.tsv} are people
 * with dated roles, {@code agents*.tsv} role words, any other {@code .tsv} actor phrases.
 *
 * <p>Bad lines are reported as problems naming {@code file:line} and skipped.
 */
public final class ActorDictionaryReader {

  private final ActorDictionary.Builder builder;
  private final Consumer<Problem> problems;

  public ActorDictionaryReader(ActorDictionary.Builder builder, Consumer<Problem> problems) {
    this.builder = builder;
    this.problems = problems;
  }

  /** Reads one file; {@code name} is its file name (it decides the kind) or path for messages. */
  public void read(String name, Reader in) throws IOException {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (base.startsWith("people")) {
      readPeople(name, in);
    } else if (base.startsWith("agents")) {
      readLines(name, in, 3, this::roleLine);
    } else {
      dated.clear();
      // three columns; a short name adds its context countries, a dated code its FROM and TO
      readLines(name, in, 3, 5, this::namedLine);
      // A phrase with dated lines is one entry: the open-ended (latest) period gives its undated code.
      dated.forEach((key, periods) -> {
        RolePeriod current = periods.stream().filter(p -> p.to() == null).findFirst().orElse(periods.get(periods.size() - 1));
        builder.addNamed(current.code(), key.kind(), key.phrase(), periods);
      });
    }
  }

  /** A phrase of a given kind, for the lines that date its code. */
  private record DatedPhrase(PhraseKind kind, String phrase) {}

  /** Dated lines of the file being read, merged per phrase in file order. */
  private final Map<DatedPhrase, List<RolePeriod>> dated = new LinkedHashMap<>();

  private interface LineHandler {
    void handle(String[] columns);
  }

  private void readLines(String name, Reader in, int columns, LineHandler handler) throws IOException {
    readLines(name, in, columns, columns, handler);
  }

  /** Reads data lines of {@code columns} to {@code most} columns (trailing ones optional). */
  private void readLines(String name, Reader in, int columns, int most, LineHandler handler) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      String[] cols = columns(line, most);
      if (cols == null) {
        continue;
      }
      try {
        if (cols.length < columns || cols.length > most) {
          throw new IllegalArgumentException("expected " + (columns == most ? columns + "" : columns + " to " + most)
              + " tab-separated columns, found " + cols.length);
        }
        handler.handle(cols);
      } catch (IllegalArgumentException e) {
        problems.accept(new Problem(name + ":" + n, e.getMessage()));
      }
    }
  }

  /** The trimmed columns of a data line, or null for a comment or blank line. */
  static String[] columns(String line, int expected) {
    int hash = line.indexOf('#');
    String data = hash >= 0 ? line.substring(0, hash) : line;
    if (data.isBlank()) {
      return null;
    }
    String[] cols = data.split("\t", -1);
    int last = cols.length;
    while (last > expected && cols[last - 1].isBlank()) {
      last--;
    }
    String[] out = new String[last];
    for (int i = 0; i < last; i++) {
      out[i] = cols[i].trim();
    }
    return out;
  }

  private void namedLine(String[] cols) {
    if (cols[1].trim().equalsIgnoreCase("water")) {
      // "-	water	South China Sea": no code; the phrase only hides the country name inside it
      if (!cols[0].equals("-")) {
        throw new IllegalArgumentException("a water entry has no code: write '-' in the first column");
      }
      for (String phrase : phrases(cols[2])) {
        builder.addNamed("", PhraseKind.WATER, phrase);
      }
      return;
    }
    // "PRK/KOR adjective inter-Korean": a phrase naming two countries at once, each an actor of its own
    for (String one : cols[0].split("/", -1)) {
      checkCode(one);
    }
    String code = cols[0];
    PhraseKind kind;
    try {
      kind = PhraseKind.parse(cols[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown kind '" + cols[1] + "' (name, adjective, metonym, acronym, place, region, short, homonym or water)");
    }
    if (kind == PhraseKind.SHORT && cols.length != 4) {
      throw new IllegalArgumentException("a short name needs a fourth column: the countries one of which the article must name first");
    }
    if (kind == PhraseKind.SHORT) {
      List<String> context = List.of(cols[3].split("\\s+"));
      for (String c : context) {
        checkCode(c);
      }
      for (String phrase : phrases(cols[2])) {
        builder.addShort(code, phrase, context);
      }
      return;
    }
    if (kind == PhraseKind.HOMONYM) {
      for (String phrase : phrases(cols[2])) {
        builder.addHomonym(code, phrase);
      }
      return;
    }
    LocalDate from = cols.length > 3 ? date(cols[3]) : null;
    LocalDate to = cols.length > 4 ? date(cols[4]) : null;
    for (String phrase : phrases(cols[2])) {
      if (from == null && to == null) {
        builder.addNamed(code, kind, phrase);
      } else {
        dated.computeIfAbsent(new DatedPhrase(kind, phrase), k -> new ArrayList<>()).add(new RolePeriod(code, from, to, ""));
      }
    }
  }

  private void roleLine(String[] cols) {
    String role = cols[0];
    if (!role.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("role code must be three capital letters: '" + role + "'");
    }
    for (String phrase : phrases(cols[2])) {
      builder.addRole(role, cols[1], phrase);
    }
  }

  private void readPeople(String name, Reader in) throws IOException {
    Map<String, List<RolePeriod>> periods = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    readLines(name, in, 6, cols -> {
      String person = cols[0];
      if (person.isEmpty()) {
        throw new IllegalArgumentException("person line without a name");
      }
      RolePeriod period = new RolePeriod(checkCode(cols[2]), date(cols[3]), date(cols[4]), cols[5]);
      periods.computeIfAbsent(person, k -> new ArrayList<>()).add(period);
      aliases.computeIfAbsent(person, k -> new LinkedHashSet<>()).addAll(phrases(cols[1]));
    });
    periods.forEach((person, list) -> builder.addPerson(new Person(person, list), aliases.get(person)));
  }

  private static List<String> phrases(String column) {
    List<String> out = new ArrayList<>();
    for (String p : column.split(";")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  private static String checkCode(String code) {
    if (!code.matches("[A-Z0-9]{3}([A-Z0-9]{3})*")) {
      throw new IllegalArgumentException("actor code must be groups of three capital letters: '" + code + "'");
    }
    return code;
  }

  private static LocalDate date(String s) {
    if (s.isEmpty() || s.equals("-")) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date (YYYY-MM-DD): '" + s + "'");
    }
  }
}
