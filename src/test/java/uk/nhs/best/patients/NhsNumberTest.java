package uk.nhs.best.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "9999999999"})
    void acceptsValidNumbersAsPeopleTypeThem(String typed) {
        assertThat(NhsNumber.problemWith(typed)).isNull();
        assertThat(NhsNumber.of(typed).value()).hasSize(10).containsOnlyDigits();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9434765918|This is not a valid NHS number: check it for a mistyped digit.",
        "943476591|An NHS number has 10 digits; this has 9.",
        "94347659190|An NHS number has 10 digits; this has 11.",
        "94347A5919|An NHS number has only digits (spaces are fine).",
        "''|Enter the NHS number."})
    void explainsWhatIsWrongWithAnInvalidNumber(String typed, String message) {
        assertThat(NhsNumber.problemWith(typed)).isEqualTo(message);
        assertThat(NhsNumber.parse(typed)).isEmpty();
        assertThatThrownBy(() -> NhsNumber.of(typed)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 123456789: weighted sum 210, 11 - (210 mod 11) = 10: no valid check digit exists.
        assertThat(NhsNumber.checkDigit("123456789")).isNull();
        assertThat(NhsNumber.problemWith("1234567890")).isNotNull();
    }

    @Test
    void printsInTheNhsGrouping() {
        assertThat(NhsNumber.of("9434765919").formatted()).isEqualTo("943 476 5919");
    }
}
