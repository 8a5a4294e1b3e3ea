package no.sentret.platform.privacy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never be stored about a client: a Norwegian national identity or D-number
 * (11 digits, also written 6+5), an e-mail address (also spelled out: "kari at example dot no"), a
 * phone number (8 or more digits, optionally with a country prefix, written with spaces, dashes, dots
 * or brackets), a social-media handle ("@maria_92"), a link to a profile or chat ("wa.me/…",
 * "instagram.com/…", any http(s) or www link), a street address ("Storgata 1", "0155 Oslo") or a
 * person's name (a common Norwegian given name or surname beside another capitalised word: "Kari
 * Nordmann"). Dates such as 2022-05-01 or 01.05.2022 are not phone numbers.
 *
 * <p>The text is judged as a reader would see it: Unicode NFKC (full-width digits and letters become
 * ASCII), format characters removed (a zero-width space between digits hides nothing), any script's
 * decimal digits read as 0-9 (Arabic-Indic ٠١٢…). Every pattern starts only at the start of a token
 * (a negative lookbehind) and consumes possessively, so a check is linear in the text's length; a text
 * longer than {@link #MAX_LENGTH} is refused without being scanned at all (no field of ours is longer).
 */
public final class PersonalDataDetector {

    /** The longest text the guard reads; every guarded field's own limit is far below. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\d+])\\d{6}+[ .\\-]?\\d{5}+(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+%-])[\\w.+%-]++@[\\w-]++(?:\\.[\\w-]++)++");
    /** "kari at example dot no", "kari(at)example.no", "kari krøllalfa example punktum no". */
    private static final String SPELLED_AT = "(?:[(\\[{]\\s*+(?:at|alfa|krøllalfa)\\s*+[)\\]}]|(?<=\\s)(?:at|krøllalfa|alfakrøll)(?=\\s))";
    private static final String SPELLED_DOT = "(?:\\.|\\s*+[(\\[{]\\s*+(?:dot|punktum)\\s*+[)\\]}]\\s*+|\\s++(?:dot|punktum)\\s++)";
    /** A domain label as people write one: it starts with a letter (so "at 17.30" is a time, not an address). */
    private static final String LABEL = "[a-z][\\w-]*+";
    private static final Pattern SPELLED_EMAIL = Pattern.compile("(?iu)(?<![\\w.+%-])[\\w.+%-]++\\s*+" + SPELLED_AT
            + "\\s*+" + LABEL + "(?:" + SPELLED_DOT + LABEL + ")++");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])(?:\\+|00)?\\d(?: ?\\d){7,14}(?!\\d)");
    /** "@name" not preceded by a word character (that would be an e-mail address). */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.+%-])@[\\p{L}\\p{N}_.]{2}");
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(?i)\\b(?:wa\\.me|api\\.whatsapp\\.com|chat\\.whatsapp\\.com|t\\.me|telegram\\.me|m\\.me|ig\\.me|"
                    + "(?:www\\.)?(?:instagram|facebook|fb|tiktok|snapchat|twitter|x|onlyfans|vk|linkedin|threads|youtube)\\.(?:com|net|me))"
                    + "\\s*+/");
    private static final Pattern LINK = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)\\S");
    /** 8 or more digits separated by single spaces, dashes, dots or brackets, optionally after + or 00. */
    private static final Pattern SEPARATED_PHONE = Pattern.compile("(?<![\\w])\\(?(?:\\+|00)?\\d(?:[ .\\-()/]{0,2}\\d){7,14}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)|(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?![\\d.])");
    /** A word and the house number after it ("Storgata 1", "Karl Johans gate 14B"). */
    private static final Pattern WORD_AND_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}++)[ ]++\\d{1,4}+(?!\\d)");
    private static final Pattern POSTCODE_AND_PLACE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4}+,?[ ]++(\\p{L}++)");
    private static final Pattern WORD = Pattern.compile("\\p{L}++");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("[\\p{Cf}]++");
    private static final String[] STREET_SUFFIXES = {"gata", "gaten", "gate", "gt", "veien", "vegen", "vei", "veg", "vn",
            "allé", "alleen", "plass", "plassen", "torg", "torget", "stien", "brygge", "bryggen", "kaia", "kaien", "bakken"};
    private static final Set<String> STREET_WORDS = Set.of("gate", "gata", "vei", "veien", "veg", "vegen", "allé", "plass", "torg");
    private static final Set<String> PLACES = Set.of("oslo", "bergen", "trondheim", "stavanger", "drammen", "fredrikstad",
            "kristiansand", "sandnes", "tromsø", "sarpsborg", "skien", "ålesund", "sandefjord", "haugesund", "tønsberg", "moss",
            "porsgrunn", "bodø", "arendal", "hamar", "larvik", "halden", "lillehammer", "molde", "kongsberg", "gjøvik", "harstad",
            "horten", "lillestrøm", "jessheim", "ski", "asker", "sandvika", "lysaker", "bærum", "lørenskog", "kolbotn", "nesodden",
            "stabekk", "hønefoss", "steinkjer", "narvik", "alta", "kirkenes", "hammerfest", "mo", "elverum", "kongsvinger");

    private PersonalDataDetector() {
    }

    /** @return why {@code text} is refused, or empty when it carries none of the above */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("is too long (at most " + MAX_LENGTH + " characters)");
        }
        return scan(normalise(text));
    }

    /** The checks without the length bound: linear in the text's length (the tests hold them to it). */
    static Optional<String> scan(String normalised) {
        if (NATIONAL_ID.matcher(normalised).find()) {
            return Optional.of("must not contain a national identity number (11 digits)");
        }
        if (EMAIL.matcher(normalised).find() || SPELLED_EMAIL.matcher(normalised).find()) {
            return Optional.of("must not contain an e-mail address");
        }
        if (PHONE.matcher(normalised).find()) {
            return Optional.of("must not contain a phone number");
        }
        if (PROFILE_LINK.matcher(normalised).find() || LINK.matcher(normalised).find()) {
            return Optional.of("must not contain a link to a profile or chat");
        }
        if (HANDLE.matcher(normalised).find()) {
            return Optional.of("must not contain a social-media handle");
        }
        // judged without the dates in it: 2022-05-01 and 01.05.2022 are not phone numbers
        if (SEPARATED_PHONE.matcher(DATE.matcher(normalised).replaceAll(" ")).find()) {
            return Optional.of("must not contain a phone number");
        }
        if (hasAddress(normalised)) {
            return Optional.of("must not contain an address");
        }
        if (hasName(normalised)) {
            return Optional.of("must not contain a person's name");
        }
        return Optional.empty();
    }

    /**
     * A client code the client chose: refused as any text is, and when it is a common given name or
     * surname, with or without digits after it ({@code HANSEN}, {@code KARI92}).
     */
    public static Optional<String> findInChosenCode(String code) {
        Optional<String> reason = find(code);
        if (reason.isPresent() || code == null) {
            return reason;
        }
        String letters = normalise(code).strip().replaceFirst("\\d++$", "");
        return CommonNames.contains(letters) ? Optional.of("must not be a person's name") : Optional.empty();
    }

    /** NFKC, format characters (zero-width space, soft hyphen, direction marks) removed, every script's digits as 0-9. */
    static String normalise(String text) {
        String nfkc = FORMAT_CHARACTERS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder sb = null;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(nfkc);
                }
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb == null ? nfkc : sb.toString();
    }

    private static boolean hasAddress(String text) {
        Matcher street = WORD_AND_NUMBER.matcher(text);
        while (street.find()) {
            String word = street.group(1).toLowerCase(Locale.ROOT);
            if (STREET_WORDS.contains(word) && capitalisedWordBefore(text, street.start(1))) {
                return true;
            }
            for (String suffix : STREET_SUFFIXES) {
                if (word.length() > suffix.length() + 1 && word.endsWith(suffix)) {
                    return true;
                }
            }
        }
        Matcher postcode = POSTCODE_AND_PLACE.matcher(text);
        while (postcode.find()) {
            if (PLACES.contains(postcode.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalisedWordBefore(String text, int index) {
        int end = index - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start));
    }

    /** Two capitalised words side by side, one of them a common given name or surname ("Kari Nordmann", "Maria Hansen"). */
    private static boolean hasName(String text) {
        Matcher word = WORD.matcher(text);
        int previousEnd = -1;
        String previous = null;
        while (word.find()) {
            String current = word.group();
            boolean capitalised = Character.isUpperCase(current.charAt(0));
            if (capitalised && previous != null && word.start() == previousEnd + 1 && text.charAt(previousEnd) == ' '
                    && (CommonNames.contains(previous) || CommonNames.contains(current))) {
                return true;
            }
            previous = capitalised ? current : null;
            previousEnd = word.end();
        }
        return false;
    }
}
