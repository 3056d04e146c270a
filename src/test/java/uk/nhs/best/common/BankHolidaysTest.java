package uk.nhs.best.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Against the dates gov.uk publishes for England and Wales. */
class BankHolidaysTest {

    @Test
    void twentyTwentySixHasBoxingDayOnTheMondayAfter() {
        assertThat(BankHolidays.of(2026)).containsOnlyKeys(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void twentyTwentySevenHasChristmasAndBoxingDayOnTheMondayAndTuesdayAfter() {
        assertThat(BankHolidays.of(2027)).containsOnlyKeys(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @Test
    void proclaimedOneOffsReplaceTheRegularDays() {
        assertThat(BankHolidays.of(2022)).containsKeys(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19)).doesNotContainKey(LocalDate.of(2022, 5, 30));
        assertThat(BankHolidays.on(LocalDate.of(2023, 5, 8))).contains("Bank holiday for the coronation of King Charles III");
    }

    @Test
    void namesTheHolidayAndNothingElse() {
        assertThat(BankHolidays.on(LocalDate.of(2028, 4, 14))).contains("Good Friday");
        assertThat(BankHolidays.on(LocalDate.of(2028, 4, 13))).isEmpty();
    }
}
