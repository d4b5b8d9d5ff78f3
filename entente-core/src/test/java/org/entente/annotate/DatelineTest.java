package org.entente.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SEOUL — Japan and South Korea agreed.|Japan and South Korea agreed.",
      "BUSAN, Nov. 26, 2023 — The ministers met.|The ministers met.",
      "WASHINGTON (Example Wire) -- Biden spoke.|Biden spoke.",
      "SAN FRANCISCO — Kishida met Xi.|Kishida met Xi.",
      "The US - Japan alliance held.|The US - Japan alliance held.",
      "China criticised Japan — again.|China criticised Japan — again.",
      "PYONGYANG, June 19 (Reuters) - Putin and Kim signed a pact.|Putin and Kim signed a pact.",
      "KYIV, Ukraine (AP) — Drones struck the city.|Drones struck the city.",
      "Seoul, Dec. 2 (Yonhap) -- The ministry said.|The ministry said.",
      "(Reuters) - Japan protested.|Japan protested.",
      "NEW DELHI/ISLAMABAD — The two sides agreed.|The two sides agreed.",
      "Seoul, Tokyo agree - talks resume.|Seoul, Tokyo agree - talks resume.",
      "Japan, Korea (and China) - a history.|Japan, Korea (and China) - a history."})
  void masksOnlyARealDatelineAndKeepsOffsets(String text, String rest) {
    String masked = Dateline.mask(text);
    assertEquals(text.length(), masked.length());
    assertEquals(rest, masked.strip());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "THE HAGUE — The court ruled.|The Hague",
      "BUSAN, Nov. 26, 2023 — The ministers met.|Busan",
      "WASHINGTON (Example Wire) -- Biden spoke.|Washington",
      "PORT-AU-PRINCE — Officers landed.|Port-Au-Prince",
      "COX'S BAZAR — Refugees rallied.|Cox's Bazar",
      "China criticised Japan — again.|",
      "PYONGYANG, June 19 (Reuters) - Putin and Kim signed a pact.|Pyongyang",
      "Seoul, Dec. 2 (Yonhap) -- The ministry said.|Seoul",
      "(Reuters) - Japan protested.|"})
  void readsThePlaceOfADateline(String text, String place) {
    assertEquals(place == null ? "" : place, Dateline.place(text).orElse(""));
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SEOUL, March 4 (Reuters) - North Korea fired two missiles.|2025-03-05|2025-03-04",
      "BUSAN, Nov. 26, 2023 — The ministers met.|2023-11-26|2023-11-26",
      "NAIROBI, Dec. 31 (AP) — Police fired tear gas.|2026-01-01|2025-12-31",
      "TOKYO, Jan 6 (Reuters) - Japan protested.|2026-01-05|2026-01-06",
      "PYONGYANG, June 19 (Reuters) - Putin and Kim signed a pact.|2024-07-30|",
      "SEOUL — Japan and South Korea agreed.|2024-07-30|",
      "China criticised Japan on March 4 — again.|2025-03-05|"})
  void readsTheDayOfADatelineNearPublication(String text, String published, String day) {
    assertEquals(day == null ? "" : day,
        Dateline.date(text, java.time.LocalDate.parse(published)).map(Object::toString).orElse(""));
  }
}
