package uk.nhs.best.patients;

import java.util.Optional;

/**
 * An NHS number: 10 digits, the last a modulus-11 check digit. Spaces and dashes as people type
 * them ("943 476 5919") are accepted; an invalid number cannot be constructed.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static NhsNumber of(String typed) {
        return new NhsNumber(normalise(typed));
    }

    public static Optional<NhsNumber> parse(String typed) {
        return problemWith(normalise(typed)) == null ? Optional.of(new NhsNumber(normalise(typed))) : Optional.empty();
    }

    /** A message a receptionist can act on, or null if the typed text is a valid NHS number. */
    public static String problemWith(String typed) {
        String digits = normalise(typed);
        if (digits.isEmpty()) {
            return "Enter the NHS number.";
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            return "An NHS number has only digits (spaces are fine).";
        }
        if (digits.length() != 10) {
            return "An NHS number has 10 digits; this has " + digits.length() + ".";
        }
        Integer check = checkDigit(digits.substring(0, 9));
        if (check == null || check != digits.charAt(9) - '0') {
            return "This is not a valid NHS number: check it for a mistyped digit.";
        }
        return null;
    }

    /** The check digit for 9 leading digits, or null where no digit is valid (remainder 10). */
    public static Integer checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    private static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** As the NHS prints it: 3-3-4 digits. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
