package no.sentret.outreach.common;

import java.util.List;
import java.util.Locale;

/**
 * The languages the alert screens are rendered in. Chosen from {@code Accept-Language} (the first
 * language of the caller's list that we have; Norwegian when none is, as the centre's working
 * language); an unreadable header is a preference we cannot read, not an error.
 */
public enum ScreenLanguage {
    NB("nb"), EN("en");

    private final String tag;

    ScreenLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** @param acceptable the caller's languages, most wanted first (JAX-RS sorts them by q-value) */
    public static ScreenLanguage of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            switch (locale.getLanguage().toLowerCase(Locale.ROOT)) {
                case "nb", "no", "nn" -> {
                    return NB;
                }
                case "en" -> {
                    return EN;
                }
                default -> {
                }
            }
        }
        return NB;
    }
}
