package no.sentret.outreach.privacy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the ways outreach workers are reached that the kit's PersonalDataDetector does not know:
 * social-media handles ("@maria_92"), profile and chat links ("wa.me/4791234567", "instagram.com/x",
 * "t.me/x", any http(s) or www link), and phone numbers written with dashes, dots or brackets
 * ("912-34-567", "(+47) 912.34.567"). Belongs in the kit (platform/web PersonalDataDetector);
 * kept here until it moves, see the README.
 */
public final class ContactHandleDetector {

    /** "@name" not preceded by a word character (an e-mail address is the kit detector's business). */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.+%-])@[\\p{L}\\p{N}_.]{2,}");
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(?i)\\b(?:wa\\.me|api\\.whatsapp\\.com|chat\\.whatsapp\\.com|t\\.me|telegram\\.me|m\\.me|ig\\.me|"
                    + "(?:www\\.)?(?:instagram|facebook|fb|tiktok|snapchat|twitter|x|onlyfans|vk|linkedin|threads|youtube)\\.(?:com|net|me))"
                    + "\\s*/");
    private static final Pattern LINK = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)\\S");
    /** 8 or more digits separated by single spaces, dashes, dots or brackets, optionally after + or 00. */
    private static final Pattern SEPARATED_PHONE = Pattern.compile("(?<![\\w])\\(?(?:\\+|00)?\\d(?:[ .\\-()/]{0,2}\\d){7,14}(?!\\d)");

    private ContactHandleDetector() {
    }

    /** @return why {@code text} is refused, or empty when it carries no handle, profile link or phone number */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (PROFILE_LINK.matcher(text).find() || LINK.matcher(text).find()) {
            return Optional.of("must not contain a link to a profile or chat");
        }
        if (HANDLE.matcher(text).find()) {
            return Optional.of("must not contain a social-media handle");
        }
        if (SEPARATED_PHONE.matcher(text).find() && !looksLikeDate(text)) {
            return Optional.of("must not contain a phone number");
        }
        return Optional.empty();
    }

    /** 2022-05-01 or 01.05.2022 are dates, not phone numbers: judge the text without them. */
    private static boolean looksLikeDate(String text) {
        String withoutDates = text.replaceAll("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b", " ");
        return !SEPARATED_PHONE.matcher(withoutDates).find();
    }
}
