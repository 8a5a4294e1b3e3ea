package no.sentret.platform.privacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never be stored about a client: a Norwegian national identity or D-number
 * (11 digits, also written 6+5), an e-mail address, or a phone number (8 or more digits, optionally
 * with a country prefix and single spaces). Dates such as 2022-05-01 are not phone numbers.
 */
public final class PersonalDataDetector {

    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\d+])\\d{6}[ .]?\\d{5}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+%-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])(?:\\+|00)?\\d(?: ?\\d){7,14}(?!\\d)");

    private PersonalDataDetector() {
    }

    /** @return why {@code text} is refused, or empty when it carries none of the above */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (NATIONAL_ID.matcher(text).find()) {
            return Optional.of("must not contain a national identity number (11 digits)");
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of("must not contain an e-mail address");
        }
        Matcher phone = PHONE.matcher(text);
        if (phone.find()) {
            return Optional.of("must not contain a phone number");
        }
        return Optional.empty();
    }
}
