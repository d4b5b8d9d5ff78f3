package org.entente.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.entente.annotate.Annotator;
import org.entente.annotate.Dateline;
import org.entente.annotate.SentenceSelector;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Dependency;
import org.entente.model.Token;
import org.entente.pipeline.StageTimer;

/**
 * An {@link Annotator} on Stanford CoreNLP, in two passes: tokenize, ssplit, pos and lemma on every
 * sentence (cheap); then SUTime's temporal expressions (anchored on the publication date) and the
 * enhanced++ dependency parse only on the sentences the selector accepts (expensive). The pipeline
 * reads only dates, times and durations from the entity tags, so the statistical entity tagger is
 * not run; month names in people's names are told apart by {@link MonthNamesAsNames}; SUTime, nearly
 * as costly as the parse, skips the chosen sentences with no word a temporal expression needs
 * ({@link TemporalCues}). Before the parse, a tagger slip that would wreck it is corrected
 * ({@link VerbTagsAfterDeterminers}).
 *
 * <p>Thread-safe: CoreNLP pipelines may be shared by threads; each call builds its own annotations.
 * Loading takes several seconds and about 1 GB of heap, so create one per process.
 */
public final class CoreNlpAnnotator implements Annotator {

  private final StanfordCoreNLP light;
  private final StanfordCoreNLP times;
  private final StanfordCoreNLP parser;
  private final StageTimer timer;

  public CoreNlpAnnotator() {
    this(null);
  }

  /** An annotator that adds the time of its light and heavy passes to {@code timer} (null: not timed). */
  public CoreNlpAnnotator(StageTimer timer) {
    this.timer = timer;
    Properties lp = new Properties();
    lp.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    lp.setProperty("tokenize.language", "en");
    lp.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    this.light = new StanfordCoreNLP(lp);
    Properties hp = new Properties();
    hp.setProperty("annotators", "ner");
    // Only the rule-based part of NER: SUTime for dates, times and durations (and the number rules).
    // Actors come from our dictionaries, so the statistical PERSON/LOCATION/ORGANIZATION tagger, which
    // cost as much as the dependency parse, would label nothing the pipeline reads.
    hp.setProperty("ner.applyFineGrained", "false");
    hp.setProperty("ner.model", "");
    hp.setProperty("ner.useSUTime", "true");
    hp.setProperty("ner.buildEntityMentions", "false");
    hp.setProperty("sutime.includeRange", "true");
    this.times = new StanfordCoreNLP(hp, false);
    Properties pp = new Properties();
    pp.setProperty("annotators", "depparse");
    this.parser = new StanfordCoreNLP(pp, false);
  }

  @Override
  public AnnotatedArticle annotate(Article article, SentenceSelector selector) {
    long t0 = System.nanoTime();
    // The dateline ("SEOUL —") is blanked, not cut, so character offsets still point into the article.
    String text = Dateline.mask(article.text());
    Annotation doc = new Annotation(text);
    light.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Boolean> chosen = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    List<CoreMap> toTime = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<Token> light = tokens(s.get(CoreAnnotations.TokensAnnotation.class));
      boolean worth = selector.worthParsing(light);
      chosen.add(worth);
      if (worth) {
        VerbTagsAfterDeterminers.apply(s.get(CoreAnnotations.TokensAnnotation.class));
        toParse.add(s);
        if (TemporalCues.present(light)) {
          toTime.add(s);
        }
      }
    }
    long t1 = System.nanoTime();
    if (!toTime.isEmpty()) {
      times.annotate(part(text, toTime, article));
    }
    if (!toParse.isEmpty()) {
      parser.annotate(part(text, toParse, article));
    }
    long t2 = System.nanoTime();
    List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(sentence(i, sentences.get(i), chosen.get(i), article.text()));
    }
    if (timer != null) {
      timer.add(StageTimer.Stage.HEAVY_ANNOTATION, t2 - t1);
      timer.add(StageTimer.Stage.LIGHT_ANNOTATION, (t1 - t0) + (System.nanoTime() - t2));
    }
    return new AnnotatedArticle(article, out);
  }

  /** A document of some of the sentences, anchored on the publication date, for the expensive annotators. */
  private static Annotation part(String text, List<CoreMap> sentences, Article article) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    Annotation sub = new Annotation(text);
    sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
    if (article.date() != null) {
      sub.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    }
    return sub;
  }

  private static AnnotatedSentence sentence(int index, CoreMap s, boolean parsed, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = tokens(labels);
    List<Dependency> deps = new ArrayList<>();
    if (parsed) {
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        for (IndexedWord root : graph.getRoots()) {
          deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
            continue;
          }
          deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
      }
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new AnnotatedSentence(index, begin, end, text.substring(begin, end), tokens, deps, parsed && !deps.isEmpty());
  }

  private static List<Token> tokens(List<CoreLabel> labels) {
    List<Token> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String ner = l.ner();
      String timex = null;
      if ("DATE".equals(ner) || "TIME".equals(ner)) {
        timex = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      }
      out.add(new Token(i, l.word(), l.lemma(), l.tag() == null ? "" : l.tag(), ner, timex,
          l.beginPosition(), l.endPosition()));
    }
    return MonthNamesAsNames.apply(out);
  }
}
