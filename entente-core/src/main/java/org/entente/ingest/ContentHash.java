package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.model.Article;

/**
 * The content hash of an article: a stable digest of its id, publication date, title and text, which
 * tells a re-run of the same input (same hash: nothing to do) from changed text (different hash).
 *
 * <p>URL, source and origin are left out on purpose: the same article read from a moved file or a
 * re-crawled feed is still the same article.
 */
public final class ContentHash {

  private ContentHash() {}

  /** 32 hex digits (the first 128 bits of SHA-256). */
  public static String of(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((a.id() + "\u0000" + a.date() + "\u0000" + a.title() + "\u0000" + a.text())
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
