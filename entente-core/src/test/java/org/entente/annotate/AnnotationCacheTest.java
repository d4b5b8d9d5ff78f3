package org.entente.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.testing.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {

  /** Annotates every article as the same two parsed sentences, and counts how often it is asked. */
  private static final class CountingAnnotator implements Annotator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public AnnotatedArticle annotate(Article article, SentenceSelector selector) {
      calls.incrementAndGet();
      AnnotatedSentence visit = Parsed.sentence(0, 0, "Yoon/NNP visited/VBD/visit Tokyo/NNP on/IN Sunday/NNP/Sunday/2023-03-19",
          "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,5) case(5,4)");
      AnnotatedSentence weather = Parsed.sentence(1, 40, "It/PRP rained/VBD/rain", "root(0,2) nsubj(2,1)");
      return new AnnotatedArticle(article, List.of(visit, weather));
    }
  }

  private static final Article ARTICLE = Article.of("a1", LocalDate.of(2023, 3, 20), "Yoon visited Tokyo on Sunday. It rained.");

  @Test
  void secondRunReadsTheFileInsteadOfAnnotatingAgain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cache.jsonl");
    CountingAnnotator inner = new CountingAnnotator();
    AnnotatedArticle first;
    try (AnnotationCache cache = new AnnotationCache(() -> inner, file)) {
      first = cache.annotate(ARTICLE, SentenceSelector.ALL);
      cache.annotate(ARTICLE, SentenceSelector.ALL);
    }
    assertEquals(1, inner.calls.get(), "the same article is annotated once");
    CountingAnnotator unused = new CountingAnnotator();
    try (AnnotationCache again = new AnnotationCache(() -> unused, file)) {
      assertEquals(1, again.size());
      AnnotatedArticle second = again.annotate(ARTICLE, SentenceSelector.ALL);
      assertEquals(first.sentences(), second.sentences(), "tokens, time expressions and dependencies survive the file");
    }
    assertEquals(0, unused.calls.get(), "nothing annotated when everything is in the file");
  }

  @Test
  void theCallersSelectionIsAppliedToTheCachedParses(@TempDir Path dir) throws Exception {
    CountingAnnotator inner = new CountingAnnotator();
    try (AnnotationCache cache = new AnnotationCache(() -> inner, dir.resolve("c.jsonl"))) {
      AnnotatedArticle a = cache.annotate(ARTICLE, tokens -> tokens.stream().anyMatch(t -> t.word().equals("Yoon")));
      assertTrue(a.sentences().get(0).parsed());
      assertEquals("2023-03-19", a.sentences().get(0).token(4).timex());
      AnnotatedSentence skipped = a.sentences().get(1);
      assertFalse(skipped.parsed());
      assertTrue(skipped.dependencies().isEmpty());
      assertNull(skipped.token(0).timex());
    }
  }

  @Test
  void aTornLineIsAnnotatedAgain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "{\"key\": \"abc\", \"sentences\": [{\"i\": 0, \"to");
    CountingAnnotator inner = new CountingAnnotator();
    try (AnnotationCache cache = new AnnotationCache(() -> inner, file)) {
      assertEquals(0, cache.size());
      assertEquals(2, cache.annotate(ARTICLE, SentenceSelector.ALL).sentences().size());
    }
    assertEquals(1, inner.calls.get());
    try (AnnotationCache reopened = new AnnotationCache(CountingAnnotator::new, file)) {
      assertEquals(1, reopened.size(), "the line written after the torn one is whole");
    }
  }
}
