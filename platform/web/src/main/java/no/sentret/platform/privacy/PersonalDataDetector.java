package no.sentret.platform.privacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never be stored about a client: a Norwegian national identity or D-number
 * (11 digits, also written 6+5), an e-mail address, a phone number (8 or more digits, optionally
 * with a country prefix, written with spaces, dashes, dots or brackets), a social-media handle
 * ("@maria_92") or a link to a profile or chat ("wa.me/…", "instagram.com/…", any http(s) or www
 * link). Dates such as 2022-05-01 or 01.05.2022 are not phone numbers.
 */
public final class PersonalDataDetector {

    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\d+])\\d{6}[ .]?\\d{5}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+%-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])(?:\\+|00)?\\d(?: ?\\d){7,14}(?!\\d)");
    /** "@name" not preceded by a word character (that would be an e-mail address). */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.+%-])@[\\p{L}\\p{N}_.]{2,}");
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(?i)\\b(?:wa\\.me|api\\.whatsapp\\.com|chat\\.whatsapp\\.com|t\\.me|telegram\\.me|m\\.me|ig\\.me|"
                    + "(?:www\\.)?(?:instagram|facebook|fb|tiktok|snapchat|twitter|x|onlyfans|vk|linkedin|threads|youtube)\\.(?:com|net|me))"
                    + "\\s*/");
    private static final Pattern LINK = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)\\S");
    /** 8 or more digits separated by single spaces, dashes, dots or brackets, optionally after + or 00. */
    private static final Pattern SEPARATED_PHONE = Pattern.compile("(?<![\\w])\\(?(?:\\+|00)?\\d(?:[ .\\-()/]{0,2}\\d){7,14}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b");

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
        if (PROFILE_LINK.matcher(text).find() || LINK.matcher(text).find()) {
            return Optional.of("must not contain a link to a profile or chat");
        }
        if (HANDLE.matcher(text).find()) {
            return Optional.of("must not contain a social-media handle");
        }
        // judged without the dates in it: 2022-05-01 and 01.05.2022 are not phone numbers
        if (SEPARATED_PHONE.matcher(DATE.matcher(text).replaceAll(" ")).find()) {
            return Optional.of("must not contain a phone number");
        }
        return Optional.empty();
    }
}
