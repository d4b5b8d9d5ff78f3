package org.entente.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Dependency;
import org.entente.model.Token;

/**
 * Builds annotated sentences by hand for unit tests, in a compact notation close to CoNLL-U:
 * tokens as {@code word/TAG} or {@code word/TAG/lemma} (lemma defaults to the lower-cased word, or the
 * word for proper nouns), a timex as {@code word/TAG/lemma/2023-05-07}, and dependencies as
 * {@code rel(head, dependent)} with 1-based token numbers (0 = root).
 *
 * <pre>
 * Parsed.sentence("China/NNP banned/VBD/ban imports/NNS/import from/IN Japan/NNP",
 *     "root(0,2) nsubj(2,1) obj(2,3) obl:from(2,5) case(5,4)");
 * </pre>
 */
public final class Parsed {

  private static final Pattern DEP = Pattern.compile("([a-z:_]+)\\((\\d+),\\s*(\\d+)\\)");

  private Parsed() {}

  public static AnnotatedSentence sentence(String tokens, String deps) {
    return sentence(0, 0, tokens, deps);
  }

  public static AnnotatedSentence sentence(int index, int offset, String tokens, String deps) {
    List<Token> out = new ArrayList<>();
    int pos = offset;
    StringBuilder text = new StringBuilder();
    String[] items = tokens.trim().split("\\s+");
    for (int i = 0; i < items.length; i++) {
      String[] f = items[i].split("/");
      String word = f[0].replace('_', ' ');
      String tag = f.length > 1 ? f[1] : "NN";
      String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : tag.startsWith("NNP") ? word : word.toLowerCase();
      String timex = f.length > 3 ? f[3] : null;
      String ner = timex != null ? "DATE" : "O";
      if (i > 0) {
        text.append(' ');
        pos++;
      }
      out.add(new Token(i, word, lemma, tag, ner, timex, pos, pos + word.length()));
      text.append(word);
      pos += word.length();
    }
    List<Dependency> ds = new ArrayList<>();
    Matcher m = DEP.matcher(deps);
    while (m.find()) {
      ds.add(new Dependency(m.group(1), Integer.parseInt(m.group(2)) - 1, Integer.parseInt(m.group(3)) - 1));
    }
    return new AnnotatedSentence(index, offset, pos, text.toString(), out, ds, !ds.isEmpty());
  }
}
