package org.entente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Problem;

/**
 * The event pattern dictionary (docs/dictionaries.md, section 4), indexed by trigger lemma, each
 * trigger's patterns in the order they are tried: blocking lines ({@link EventPattern#blocks()}) first,
 * then the most specific, then file order.
 *
 * <p>Immutable and thread-safe once built; use {@link Builder} to read one or more files.
 */
public final class PatternSet {

  /** English prepositions (a closed word class): "PREP word" in a pattern is a prepositional phrase. */
  private static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along",
      "amid", "among", "around", "as", "at", "before", "behind", "below", "beside", "between", "beyond", "by",
      "despite", "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "outside",
      "over", "past", "since", "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via",
      "with", "within", "without");

  private static final Pattern ATTRIBUTE = Pattern.compile("\\[([a-z_]+)(?:=([^\\]]*))?\\]");

  private final Stances stances;
  private final Map<String, List<EventPattern>> verbs;
  private final Map<String, List<EventPattern>> nouns;
  private final int size;

  private final Map<String, Answer> answers;

  /** Act nouns and the verbs that report the acts they name (dictionaries/verbs/act-nouns.tsv). */
  private final Map<String, Set<String>> actVerbs;

  /** The reverse event of a code, and the preposition its pattern's target must have (null: any). */
  private record Answer(String code, String preposition) {}

  private PatternSet(List<EventPattern> patterns, Stances stances, Map<String, Answer> answers,
      Map<String, Set<String>> actVerbs) {
    this.stances = stances;
    this.answers = Map.copyOf(answers);
    this.actVerbs = Map.copyOf(actVerbs);
    Map<String, List<EventPattern>> v = new HashMap<>();
    Map<String, List<EventPattern>> n = new HashMap<>();
    for (EventPattern p : patterns) {
      Map<String, List<EventPattern>> index = p.kind() == EventPattern.TriggerKind.VERB ? v : n;
      for (String t : p.triggers()) {
        index.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
      }
    }
    Comparator<EventPattern> order = Comparator.comparing((EventPattern p) -> !p.blocks())
        .thenComparingInt(p -> -p.specificity());
    v.values().forEach(l -> l.sort(order));
    n.values().forEach(l -> l.sort(order));
    this.verbs = v;
    this.nouns = n;
    this.size = patterns.size();
  }

  public List<EventPattern> forVerb(String lemma) {
    return verbs.getOrDefault(lemma, Collections.emptyList());
  }

  public List<EventPattern> forNoun(String lemma) {
    return nouns.getOrDefault(lemma, Collections.emptyList());
  }

  /** Whether a lemma can trigger any event: the cheap test for "is this sentence worth parsing". */
  public boolean isTrigger(String lemma) {
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }

  public int size() {
    return size;
  }

  /**
   * The verbs that report the act a noun names ("ruling": "rule"; dictionaries/verbs/act-nouns.tsv), empty
   * for a noun not listed.
   */
  public Set<String> actVerbs(String nounLemma) {
    return actVerbs.getOrDefault(nounLemma, Set.of());
  }

  /** Whether a verb lemma reports the act of some listed act noun. */
  public boolean reportsAct(String verbLemma) {
    return actVerbs.values().stream().anyMatch(v -> v.contains(verbLemma));
  }

  /**
   * The code of the event the target does to the source whenever the source does {@code code} to it
   * (dictionaries/verbs/reciprocal-codes.tsv: a visit to B is hosted by B), or null.
   */
  public String answerCode(String code) {
    Answer a = answers.get(code);
    return a == null || a.preposition() != null ? null : a.code();
  }

  /**
   * The reverse event of pattern {@code p} coding {@code code}: as {@link #answerCode(String)}, except that a
   * noun names no answer of another code (a nominal visit is no hosting) and a {@code [oneway]} line none; and for a
   * code answered only through a preposition ("reached an agreement <b>with</b> B": B reached it too),
   * when the pattern's target is a phrase with that preposition.
   */
  public String answerCode(EventPattern p, String code) {
    Answer a = answers.get(code);
    if (a != null && (p.oneWay() || p.kind() == EventPattern.TriggerKind.NOUN && !a.code().equals(code))) {
      // "Yoon's visit to Tokyo" names the traveller's trip, with the host only its destination; a
      // mutual act named by a noun ("talks between A and B") is still both sides'. A [oneway] line
      // ("flew to Spain") names a journey, not a reception.
      return null;
    }
    if (a == null || a.preposition() == null || p.mutual()) {
      return a == null ? null : a.code();
    }
    boolean joined = p.elements().stream().anyMatch(e -> e instanceof PatternElement.Prep pr && pr.slot() == Slot.TARGET
        && pr.prepositions().contains(a.preposition()));
    return joined ? a.code() : null;
  }

  /**
   * The intent code of a pattern's act: its own {@code [intent=...]}, else the INTENT column of
   * dictionaries/verbs/stances.tsv for its code, else null.
   */
  public String intentCode(EventPattern p) {
    if (p.blocks()) {
      return null;
    }
    return p.intentCode() != null ? p.intentCode() : stances.code(Stances.Stance.INTENT, p.code());
  }

  /** The code of an act held in a stance other than intent (stances.tsv), or null. */
  public String stanceCode(Stances.Stance stance, String code) {
    return stances.code(stance, code);
  }

  public static Builder builder(CameoTable table, Consumer<Problem> problems) {
    return new Builder(table, problems);
  }

  /** Reads pattern files; later files add to earlier ones. Bad lines are reported and skipped. */
  public static final class Builder {
    private final CameoTable table;
    private final Consumer<Problem> problems;
    private final List<EventPattern> patterns = new ArrayList<>();
    private final Stances.Builder stances = new Stances.Builder();
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Set<String>> actVerbs = new HashMap<>();

    /** Reads a NOUN<TAB>VERB|VERB... file: act nouns and the verbs that report the acts they name. */
    public Builder readActNouns(String name, Reader in) throws IOException {
      forEachDataLine(name, in, (data, where) -> {
        String[] cols = data.split("\\s+");
        if (cols.length != 2) {
          throw new IllegalArgumentException("expected NOUN<TAB>VERB|VERB...");
        }
        actVerbs.computeIfAbsent(cols[0].toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
            .addAll(List.of(cols[1].toLowerCase(Locale.ROOT).split("\\|")));
      });
      return this;
    }

    /**
     * Reads a CODE<TAB>ANSWER_CODE[<TAB>PREPOSITION] file: events that imply one of the target on the
     * source (only when the target is joined by the preposition, if one is given).
     */
    public Builder readAnswers(String name, Reader in) throws IOException {
      forEachDataLine(name, in, (data, where) -> {
        String[] cols = data.split("\\s+");
        if (cols.length != 2 && cols.length != 3) {
          throw new IllegalArgumentException("expected CODE<TAB>ANSWER_CODE[<TAB>PREPOSITION]");
        }
        answers.put(checkCode(cols[0]), new Answer(checkCode(cols[1]), cols.length == 3 ? cols[2] : null));
      });
      return this;
    }

    /** Reads a stance file: CODE, INTENT, APPEAL, DEMAND, REFUSAL (docs/dictionaries.md, section 4). */
    public Builder readStances(String name, Reader in) throws IOException {
      forEachDataLine(name, in, (data, where) -> {
        for (String code : stances.add(data.split("\\s+"))) {
          if (code != null) {
            checkCode(code);
          }
        }
      });
      return this;
    }

    /**
     * Calls {@code handle} with each line's text before any {@code #} comment, skipping blank lines;
     * a line it rejects is reported as {@code file:line} and the rest are read.
     */
    private void forEachDataLine(String name, Reader in, java.util.function.BiConsumer<String, String> handle)
        throws IOException {
      BufferedReader reader = new BufferedReader(in);
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        int hash = line.indexOf('#');
        String data = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (data.isEmpty()) {
          continue;
        }
        try {
          handle.accept(data, name + ":" + n);
        } catch (IllegalArgumentException e) {
          problems.accept(new Problem(name + ":" + n, e.getMessage()));
        }
      }
    }

    Builder(CameoTable table, Consumer<Problem> problems) {
      this.table = table;
      this.problems = problems;
    }

    public Builder read(String name, Reader in) throws IOException {
      forEachDataLine(name, in, (data, where) -> patterns.add(parse(data, where)));
      return this;
    }

    /** Adds one pattern written as a line of the pattern file (for tests and tools). */
    public Builder add(String line, String origin) {
      patterns.add(parse(line, origin));
      return this;
    }

    EventPattern parse(String data, String origin) {
      String intent = null;
      String plan = null;
      String also = null;
      String negated = null;
      Set<String> subjectWords = Set.of();
      boolean placeTarget = false;
      boolean oneWay = false;
      boolean decided = false;
      boolean mutual = false;
      Matcher m = ATTRIBUTE.matcher(data);
      StringBuilder rest = new StringBuilder();
      int last = 0;
      while (m.find()) {
        rest.append(data, last, m.start());
        last = m.end();
        if (m.group(1).equals("intent")) {
          intent = checkCode(m.group(2) == null ? "" : m.group(2).trim());
        } else if (m.group(1).equals("plan")) {
          plan = checkCode(m.group(2) == null ? "" : m.group(2).trim());
        } else if (m.group(1).equals("negated")) {
          negated = checkCode(m.group(2) == null ? "" : m.group(2).trim());
        } else if (m.group(1).equals("also")) {
          also = checkCode(m.group(2) == null ? "" : m.group(2).trim());
        } else if (m.group(1).equals("subject") && m.group(2) != null) {
          subjectWords = alternatives(m.group(2).trim());
        } else if (m.group(1).equals("target") && m.group(2) != null && m.group(2).trim().equals("place")) {
          placeTarget = true;
        } else if (m.group(1).equals("oneway") && m.group(2) == null) {
          oneWay = true;
        } else if (m.group(1).equals("decided") && m.group(2) == null) {
          decided = true;
        } else if (m.group(1).equals("mutual") && m.group(2) == null) {
          mutual = true;
        } else {
          throw new IllegalArgumentException("unknown attribute [" + m.group(1) + "]");
        }
      }
      rest.append(data.substring(last));
      String[] words = rest.toString().trim().split("\\s+");
      if (words.length < 3) {
        throw new IllegalArgumentException("expected CODE KIND PATTERN");
      }
      String code = words[0].equals(EventPattern.NOT_AN_EVENT) ? words[0] : checkCode(words[0]);
      if (code.equals(EventPattern.NOT_AN_EVENT) && (intent != null || plan != null || also != null || decided)) {
        throw new IllegalArgumentException("a line that is no event has no intent, plan or also code");
      }
      EventPattern.TriggerKind kind = switch (words[1].toLowerCase(Locale.ROOT)) {
        case "verb" -> EventPattern.TriggerKind.VERB;
        case "noun" -> EventPattern.TriggerKind.NOUN;
        default -> throw new IllegalArgumentException("kind must be 'verb' or 'noun', not '" + words[1] + "'");
      };
      int i = 2;
      Slot subject = Slot.of(words[i]);
      if (subject != null) {
        i++;
      }
      if (i >= words.length || Slot.of(words[i]) != null) {
        throw new IllegalArgumentException("pattern has no trigger word");
      }
      Set<String> triggers = alternatives(words[i++]);
      List<PatternElement> elements = new ArrayList<>();
      while (i < words.length) {
        Slot slot = Slot.of(words[i]);
        if (slot != null) {
          elements.add(new PatternElement.Object(slot));
          i++;
        } else if (i + 1 < words.length && Slot.of(words[i + 1]) != null && isPreposition(words[i])) {
          elements.add(new PatternElement.Prep(alternatives(words[i]), Slot.of(words[i + 1])));
          i += 2;
        } else if (i + 1 < words.length && isPreposition(words[i])) {
          elements.add(new PatternElement.PrepWord(alternatives(words[i]), alternatives(words[i + 1])));
          i += 2;
        } else {
          elements.add(new PatternElement.Word(alternatives(words[i])));
          i++;
        }
      }
      if (!subjectWords.isEmpty() && subject == null) {
        throw new IllegalArgumentException("[subject=...] needs a subject slot before the trigger");
      }
      String text = String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length));
      EventPattern p = new EventPattern(code, kind, triggers, subject, elements, intent, plan, subjectWords, placeTarget,
          origin, text, also, oneWay, decided, mutual, negated);
      if (placeTarget && !p.hasSlot(Slot.TARGET)) {
        throw new IllegalArgumentException("[target=place] needs a target slot");
      }
      return p;
    }

    /**
     * Whether a word before a slot introduces a prepositional phrase ("with +", "out_of +"); any other
     * word is a plain word whose object the slot is ("threaten attack +": the object of "attack").
     */
    private static boolean isPreposition(String word) {
      return PREPOSITIONS.containsAll(alternatives(word)) || word.contains("_");
    }

    private String checkCode(String code) {
      if (!table.contains(code)) {
        throw new IllegalArgumentException("CAMEO code " + code + " is not in the CAMEO table");
      }
      return code;
    }

    private static Set<String> alternatives(String word) {
      Set<String> out = new LinkedHashSet<>();
      for (String w : word.split("\\|")) {
        if (!w.isEmpty()) {
          out.add(w.toLowerCase(Locale.ROOT).replace('_', ' '));
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("empty word in pattern");
      }
      return out;
    }

    public PatternSet build() {
      Map<String, Set<String>> verbsOfNouns = new HashMap<>();
      actVerbs.forEach((k, v) -> verbsOfNouns.put(k, Set.copyOf(v)));
      return new PatternSet(patterns, stances.build(), answers, verbsOfNouns);
    }
  }
}
