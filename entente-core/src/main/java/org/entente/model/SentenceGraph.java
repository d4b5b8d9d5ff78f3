package org.entente.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * A navigable view of a sentence's dependency graph: children and parents of each token.
 *
 * <p>Enhanced++ graphs are not trees (a token may have several heads, e.g. a shared subject), so
 * every walk guards against revisiting. Immutable and thread-safe.
 */
public final class SentenceGraph {

  private final AnnotatedSentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  public SentenceGraph(AnnotatedSentence parsed) {
    AnnotatedSentence sentence = Misparses.repair(parsed);
    this.sentence = sentence;
    int n = sentence.size();
    List<List<Dependency>> down = new ArrayList<>(n);
    List<List<Dependency>> up = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      down.add(new ArrayList<>());
      up.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n || d.governor() >= n) {
        continue;
      }
      if (d.governor() >= 0) {
        down.get(d.governor()).add(d);
      }
      up.get(d.dependent()).add(d);
    }
    this.children = down;
    this.parents = up;
  }

  public AnnotatedSentence sentence() {
    return sentence;
  }

  public Token token(int i) {
    return sentence.token(i);
  }

  public List<Dependency> children(int i) {
    return children.get(i);
  }

  public List<Dependency> parents(int i) {
    return parents.get(i);
  }

  /** Children whose relation's base name ({@code obl} for {@code obl:with}) or full name is one of {@code relations}. */
  public List<Integer> children(int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      for (String r : relations) {
        if (d.relation().equals(r) || (!r.contains(":") && d.base().equals(r) && d.subtype().isEmpty())) {
          out.add(d.dependent());
          break;
        }
      }
    }
    return out;
  }

  /** The token the root relation points to, or -1 for a sentence without a parse. */
  public int root() {
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Whether token {@code i} has a child with exactly this relation. */
  public boolean hasChild(int i, String relation) {
    return children.get(i).stream().anyMatch(d -> d.relation().equals(relation));
  }

  /** The relation by which {@code i} depends on its first non-root head, or "root". */
  public Dependency head(int i) {
    for (Dependency d : parents.get(i)) {
      if (d.governor() >= 0 && !d.relation().equals("ref") && !d.relation().startsWith("conj")) {
        return d;
      }
    }
    for (Dependency d : parents.get(i)) {
      if (d.governor() >= 0) {
        return d;
      }
    }
    return parents.get(i).isEmpty() ? null : parents.get(i).get(0);
  }

  /** Depth of {@code i} from the root along first heads (0 for the root). */
  public int depth(int i) {
    int depth = 0;
    BitSet seen = new BitSet();
    Dependency d = head(i);
    while (d != null && d.governor() >= 0 && !seen.get(d.governor())) {
      seen.set(d.governor());
      depth++;
      d = head(d.governor());
    }
    return depth;
  }

  /**
   * Tokens under {@code i} in breadth-first order (i itself first), not descending through
   * relations rejected by {@code follow}.
   */
  public List<Integer> descendants(int i, Predicate<Dependency> follow) {
    List<Integer> out = new ArrayList<>();
    BitSet seen = new BitSet();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(i);
    seen.set(i);
    while (!queue.isEmpty()) {
      int t = queue.poll();
      out.add(t);
      for (Dependency d : children.get(t)) {
        if (!seen.get(d.dependent()) && follow.test(d)) {
          seen.set(d.dependent());
          queue.add(d.dependent());
        }
      }
    }
    return out;
  }

  /** The contiguous token span [first, last] covered by the basic subtree of {@code i}. */
  public int[] span(int i, Predicate<Dependency> follow) {
    int lo = i;
    int hi = i;
    for (int t : descendants(i, follow)) {
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
    return new int[] {lo, hi};
  }
}
