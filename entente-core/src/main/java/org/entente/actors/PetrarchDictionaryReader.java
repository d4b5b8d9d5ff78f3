package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Problem;

/**
 * Reads actor and agent dictionaries in the PETRARCH/TABARI text formats, so users bring the
 * dictionaries they already have. Actor records are a phrase line, {@code +synonym} lines and
 * {@code [CODE dates]} lines; agents are {@code PHRASE {plurals} [~XXX]} lines with {@code !SET! = a, b}
 * substitutions. A file whose name contains "agent" is read as agents.
 *
 * <p>Date restrictions ({@code [HOB < 950601]}, {@code [HOBGOV 19950601 - 19990815]},
 * {@code [HOBREB > 990816]}) become dated role periods: tried in file order, bounds inclusive, the
 * undated code the fallback; six-digit dates are YYMMDD with 00–30 read as 20YY. Bad lines are reported
 * with {@code file:line} and skipped.
 */
public final class PetrarchDictionaryReader {

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern SUBSTITUTION = Pattern.compile("!([A-Z_]+)!");

  private final ActorDictionary.Builder builder;
  private final Consumer<Problem> problems;

  public PetrarchDictionaryReader(ActorDictionary.Builder builder, Consumer<Problem> problems) {
    this.builder = builder;
    this.problems = problems;
  }

  /** Whether a file looks like a PETRARCH/TABARI dictionary (rather than Entente's .tsv formats). */
  public static boolean isPetrarchFile(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  public void read(String name, Reader in) throws IOException {
    List<String[]> lines = lines(in);
    if (name.toLowerCase(Locale.ROOT).contains("agent")) {
      readAgents(name, lines);
    } else {
      readActors(name, lines);
    }
  }

  /** Lines with comments removed, as {line number, text}; XML comments may span lines. */
  private static List<String[]> lines(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    List<String[]> out = new ArrayList<>();
    String line;
    int n = 0;
    boolean inComment = false;
    while ((line = r.readLine()) != null) {
      n++;
      StringBuilder kept = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        if (inComment) {
          int end = line.indexOf("-->", i);
          if (end < 0) {
            i = line.length();
          } else {
            inComment = false;
            i = end + 3;
          }
        } else {
          int start = line.indexOf("<!--", i);
          if (start < 0) {
            kept.append(line, i, line.length());
            i = line.length();
          } else {
            kept.append(line, i, start);
            inComment = true;
            i = start + 4;
          }
        }
      }
      String text = kept.toString();
      int hash = text.indexOf('#');
      if (hash >= 0) {
        text = text.substring(0, hash);
      }
      if (!text.isBlank()) {
        out.add(new String[] {Integer.toString(n), text});
      }
    }
    return out;
  }

  private void readActors(String name, List<String[]> lines) {
    List<String> phrases = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    String where = name;
    for (String[] l : lines) {
      String text = l[1].strip();
      if (text.startsWith("+")) {
        phrases.add(text.substring(1));
      } else if (text.startsWith("[")) {
        codes.addAll(codesIn(text));
      } else {
        flushActor(where, phrases, codes);
        phrases.clear();
        codes.clear();
        where = name + ":" + l[0];
        int bracket = text.indexOf('[');
        phrases.add(bracket < 0 ? text : text.substring(0, bracket));
        if (bracket >= 0) {
          codes.addAll(codesIn(text.substring(bracket)));
        }
      }
    }
    flushActor(where, phrases, codes);
  }

  private void flushActor(String where, List<String> phrases, List<String> codes) {
    if (phrases.isEmpty() || codes.isEmpty()) {
      return;
    }
    try {
      List<RolePeriod> periods = new ArrayList<>();
      for (String c : codes) {
        periods.add(period(c));
      }
      boolean dated = periods.stream().anyMatch(p -> !p.isDefault());
      if (dated) {
        String person = phrase(phrases.get(0));
        List<String> names = new ArrayList<>();
        for (String p : phrases) {
          names.add(phrase(p));
        }
        builder.addPerson(new Person(person, periods), names);
      } else {
        for (String p : phrases) {
          builder.addImported(periods.get(0).code(), phrase(p));
        }
      }
    } catch (IllegalArgumentException e) {
      problems.accept(new Problem(where, e.getMessage()));
    }
  }

  private static List<String> codesIn(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    return out;
  }

  /** "HOBGOV 19950601 - 19990815", "HOB < 950601", "HOBREB > 990816" or a plain code. */
  static RolePeriod period(String spec) {
    String s = spec.strip();
    int space = s.indexOf(' ');
    int lt = s.indexOf('<');
    int gt = s.indexOf('>');
    int cut = minPositive(space, lt, gt);
    String code = normaliseCode(cut < 0 ? s : s.substring(0, cut));
    String rest = cut < 0 ? "" : s.substring(cut).replace(" ", "");
    if (rest.isEmpty()) {
      return new RolePeriod(code, null, null, "");
    }
    if (rest.startsWith("<")) {
      return new RolePeriod(code, null, date(rest.substring(1)), "");
    }
    if (rest.startsWith(">")) {
      return new RolePeriod(code, date(rest.substring(1)), null, "");
    }
    String[] range = rest.split("-");
    if (range.length != 2) {
      throw new IllegalArgumentException("cannot read date restriction '" + spec + "'");
    }
    return new RolePeriod(code, date(range[0]), date(range[1]).plusDays(1), "");
  }

  private static int minPositive(int... xs) {
    int best = -1;
    for (int x : xs) {
      if (x > 0 && (best < 0 || x < best)) {
        best = x;
      }
    }
    return best;
  }

  /** Codes are upper case; "---" (recognised but null-coded) becomes the empty code. */
  private static String normaliseCode(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.matches("-+")) {
      return "";
    }
    if (!c.matches("[A-Z0-9/+~#]+")) {
      throw new IllegalArgumentException("not an actor code: '" + code + "'");
    }
    return c;
  }

  static LocalDate date(String s) {
    String d = s.strip();
    if (d.matches("\\d{6}")) {
      int yy = Integer.parseInt(d.substring(0, 2));
      d = (yy <= 30 ? "20" : "19") + d;
    }
    if (!d.matches("\\d{8}")) {
      throw new IllegalArgumentException("not a date (YYMMDD or YYYYMMDD): '" + s + "'");
    }
    return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
        Integer.parseInt(d.substring(6, 8)));
  }

  /** PETRARCH phrases separate words with '_' or spaces; a trailing '_' only asked for whole words. */
  static String phrase(String p) {
    return p.strip().replace('_', ' ').strip();
  }

  private void readAgents(String name, List<String[]> lines) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (String[] l : lines) {
      String text = l[1].strip();
      String where = name + ":" + l[0];
      try {
        if (text.startsWith("!") && text.contains("=")) {
          String key = text.substring(0, text.indexOf('=')).strip().replace("!", "");
          List<String> members = new ArrayList<>();
          for (String m : text.substring(text.indexOf('=') + 1).split(",")) {
            if (!m.isBlank()) {
              members.add(m.strip());
            }
          }
          sets.put(key, members);
          continue;
        }
        int bracket = text.indexOf('[');
        if (bracket < 0) {
          throw new IllegalArgumentException("agent line without a [code]");
        }
        String phrase = text.substring(0, bracket);
        int brace = phrase.indexOf('{');
        List<String> plurals = null;
        if (brace >= 0) {
          int close = phrase.indexOf('}', brace);
          if (close < 0) {
            throw new IllegalArgumentException("plural list without a closing '}'");
          }
          plurals = List.of(phrase.substring(brace + 1, close).strip().split("\\s+"));
          phrase = phrase.substring(0, brace);
        }
        String code = codesIn(text.substring(bracket)).get(0).replace(" ", "").toUpperCase(Locale.ROOT);
        boolean prefix = code.endsWith("~");
        String role = code.replace("~", "");
        if (role.isEmpty() || !role.matches("[A-Z0-9]+")) {
          throw new IllegalArgumentException("not an agent code: '" + code + "'");
        }
        boolean substituted = SUBSTITUTION.matcher(phrase).find();
        for (String expanded : expand(phrase.strip(), sets)) {
          // Written plurals, "{}" (none) and substituted phrases match as written; other phrases also
          // match through the lemma, and their regular plurals as written ("CONGRESSES").
          boolean asWritten = plurals != null || substituted;
          builder.addImportedRole(role, phrase(expanded), prefix, asWritten);
          List<String> forms = plurals != null ? plurals : substituted ? List.of() : List.of(plural(expanded.strip()));
          for (String form : forms) {
            if (!form.isBlank()) {
              builder.addImportedRole(role, phrase(form), prefix, true);
            }
          }
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        problems.accept(new Problem(where, e.getMessage()));
      }
    }
  }

  /** PETRARCH's regular plural of a phrase's last word: +S, Y → IES, S → ES. */
  static String plural(String phrase) {
    String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
    String upper = p.toUpperCase(Locale.ROOT);
    if (upper.endsWith("Y")) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    return upper.endsWith("S") ? p + "ES" : p + "S";
  }

  private static List<String> expand(String phrase, Map<String, List<String>> sets) {
    Matcher m = SUBSTITUTION.matcher(phrase);
    if (!m.find()) {
      return List.of(phrase);
    }
    List<String> members = sets.get(m.group(1));
    if (members == null) {
      throw new IllegalArgumentException("undefined substitution set !" + m.group(1) + "!");
    }
    List<String> out = new ArrayList<>();
    for (String member : members) {
      String joined = phrase.substring(0, m.start()) + member + phrase.substring(m.end());
      out.addAll(expand(joined, sets));
    }
    return out;
  }
}
