package no.sentret.stats.report.document;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The document's two languages: Norwegian bokmål (the default) and English, chosen by Accept-Language. */
public enum ReportLanguage {
    NB(Locale.forLanguageTag("nb-NO"), "nb"),
    EN(Locale.UK, "en");

    private final Locale locale;
    private final String tag;

    ReportLanguage(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The value of the response's Content-Language and the document's lang attribute. */
    public String tag() {
        return tag;
    }

    ResourceBundle bundle() {
        return ResourceBundle.getBundle("report.messages", Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The first acceptable language (in the client's order of preference) that the document is
     * written in: nb, no and nn read Norwegian, en English; none of them (or no header) gives Norwegian.
     */
    public static ReportLanguage of(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            switch (l.getLanguage()) {
                case "nb", "no", "nn" -> {
                    return NB;
                }
                case "en" -> {
                    return EN;
                }
                default -> {
                    // a language the document is not written in: the next preference
                }
            }
        }
        return NB;
    }
}
