package org.entente.testing;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorDictionaryReader;
import org.entente.coding.CameoTable;
import org.entente.coding.PatternSet;
import org.entente.model.Problem;
import org.entente.pipeline.Dictionaries;

/** Small inline dictionaries in the real file formats, so unit tests do not depend on the bundled data. */
public final class TestDictionaries {

  public static final String COUNTRIES = String.join("\n",
      "JPN\tname\tJapan",
      "JPN\tadjective\tJapanese",
      "JPNGOV\tmetonym\tTokyo",
      "KOR\tname\tSouth Korea; Korea",
      "KOR\tadjective\tSouth Korean; Korean",
      "KORGOV\tmetonym\tSeoul",
      "CHN\tname\tChina",
      "CHN\tadjective\tChinese",
      "CHNGOV\tmetonym\tBeijing",
      "PRK\tname\tNorth Korea",
      "PRKGOV\tmetonym\tPyongyang",
      "USA\tname\tUnited States",
      "USA\tacronym\tUS; U.S.",
      "TWN\tname\tTaiwan");

  public static final String PEOPLE = String.join("\n",
      "Fumio Kishida\tKishida\tJPNGOV\t2021-10-04\t2024-10-01\thead_of_government",
      "Fumio Kishida\t\tJPNELI\t\t\t",
      "Shigeru Ishiba\tIshiba\tJPNGOV\t2024-10-01\t2025-10-21\thead_of_government",
      "Sanae Takaichi\tTakaichi\tJPNGOV\t2025-10-21\t\thead_of_government",
      "Yoon Suk Yeol\tYoon; Yoon Suk-yeol\tKORGOV\t2022-05-10\t2025-04-04\thead_of_state",
      "Yoon Suk Yeol\t\tKORELI\t2025-04-04\t\t",
      "Lee Jae-myung\tLee Jae Myung\tKOROPP\t2022-08-28\t2025-06-04\t",
      "Lee Jae-myung\t\tKORGOV\t2025-06-04\t\thead_of_state",
      "Xi Jinping\tXi\tCHNGOV\t2013-03-14\t\thead_of_state");

  public static final String AGENTS = String.join("\n",
      "GOV\thead_of_government\tprime minister",
      "GOV\thead_of_state\tpresident",
      "GOV\t\tgovernment; ministry; foreign ministry; official",
      "MIL\t\tmilitary; warship; troops",
      "CVL\t\tcivilians",
      "BUS\t\texecutive; business delegation; company");

  public static final String CAMEO = String.join("\n",
      "01\t01\t1\t0.0\tMake public statement",
      "019\t01\t1\t3.4\tExpress accord",
      "03\t03\t1\t4.0\tExpress intent to cooperate",
      "030\t03\t1\t4.0\tExpress intent to cooperate",
      "036\t03\t1\t4.0\tExpress intent to meet or negotiate",
      "04\t04\t1\t1.0\tConsult",
      "040\t04\t1\t1.0\tConsult",
      "042\t04\t1\t1.9\tMake a visit",
      "043\t04\t1\t2.8\tHost a visit",
      "046\t04\t1\t7.0\tEngage in negotiation",
      "05\t05\t1\t3.5\tDiplomatic cooperation",
      "07\t07\t2\t7.0\tProvide aid",
      "070\t07\t2\t7.0\tProvide aid",
      "08\t08\t2\t5.0\tYield",
      "081\t08\t2\t5.0\tEase restrictions",
      "11\t11\t3\t-2.0\tDisapprove",
      "111\t11\t3\t-2.0\tCriticize or denounce",
      "12\t12\t3\t-4.0\tReject",
      "16\t16\t4\t-4.0\tReduce relations",
      "163\t16\t4\t-8.0\tImpose embargo, boycott or sanctions",
      "19\t19\t4\t-10.0\tFight",
      "190\t19\t4\t-10.0\tUse conventional military force",
      "195\t19\t4\t-10.0\tEmploy aerial weapons");

  public static final String PATTERNS = String.join("\n",
      "042 verb $ visit +  [intent=036]",
      "042 verb $ travel to +  [intent=036]",
      "040 verb $ meet +  [intent=036]",
      "040 verb $ meet with +  [intent=036]",
      "046 verb $ hold talk with +",
      "040 noun talk between %",
      "042 noun $ visit to +",
      "111 verb $ criticize|criticise +",
      "163 verb $ ban import from +",
      "163 noun $ ban on +",
      "081 verb $ lift restriction on +",
      "070 verb + receive aid from $",
      "195 verb $ fire missile toward +",
      "12 verb $ refuse +",
      "019 verb % agree  [plan=030]",
      "190 verb $ attack +");

  private TestDictionaries() {}

  /** Only {@code text}, read as a pattern file over the test CAMEO table, its problems reported to {@code problems}. */
  public static PatternSet patterns(String text, java.util.function.Consumer<Problem> problems) throws IOException {
    CameoTable table = CameoTable.read("cameo.tsv", new StringReader(CAMEO), problems);
    return PatternSet.builder(table, problems).read("p.txt", new StringReader(text)).build();
  }

  public static Dictionaries load() {
    return load("");
  }

  /** The test dictionaries with a reciprocal-codes table (CODE<TAB>ANSWER_CODE lines). */
  public static Dictionaries load(String answers) {
    return load("", "", "", answers);
  }

  /** The test dictionaries with more CAMEO lines and patterns (same formats), for one test class's needs. */
  public static Dictionaries load(String moreCameo, String morePatterns) {
    return load(moreCameo, morePatterns, "");
  }

  /** ... and a stance table (dictionaries/verbs/stances.tsv format). */
  public static Dictionaries load(String moreCameo, String morePatterns, String stances) {
    return load(moreCameo, morePatterns, stances, "");
  }

  private static Dictionaries load(String moreCameo, String morePatterns, String stances, String answers) {
    List<Problem> problems = new ArrayList<>();
    try {
      CameoTable cameo = CameoTable.read("cameo.tsv", new StringReader(CAMEO + "\n" + moreCameo), problems::add);
      ActorDictionary.Builder b = ActorDictionary.builder();
      ActorDictionaryReader r = new ActorDictionaryReader(b, problems::add);
      r.read("countries.tsv", new StringReader(COUNTRIES));
      r.read("people.tsv", new StringReader(PEOPLE));
      r.read("agents.tsv", new StringReader(AGENTS));
      PatternSet patterns = PatternSet.builder(cameo, problems::add)
          .read("patterns.txt", new StringReader(PATTERNS + "\n" + morePatterns))
          .readStances("stances.tsv", new StringReader(stances))
          .readAnswers("reciprocal.tsv", new StringReader(answers)).build();
      if (!problems.isEmpty()) {
        throw new IllegalStateException("test dictionaries have problems: " + problems);
      }
      return new Dictionaries(b.build(), patterns, cameo);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
