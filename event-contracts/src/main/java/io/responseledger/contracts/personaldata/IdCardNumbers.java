package io.responseledger.contracts.personaldata;

/**
 * Mainland resident ID-card numbers (居民身份证号码, GB 11643): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2. Eighteen digits whose check character does not fit are some other number (an order or
 * account number) and are not treated as an ID.
 */
final class IdCardNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumbers() {
    }

    /** Whether {@code number} (ASCII digits, last character possibly X or x) has a valid check character. */
    static boolean isValid(String number) {
        if (number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == CHECK[sum % 11];
    }

    /** The check character for the first 17 digits; for tests and sample data. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
