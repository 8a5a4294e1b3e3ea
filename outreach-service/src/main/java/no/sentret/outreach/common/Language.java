package no.sentret.outreach.common;

/** ISO 639-1/-2 language codes as written in requests: two or three lower-case letters. */
public final class Language {

    public static final String PATTERN = "^[a-z]{2,3}$";
    public static final String EXAMPLE = "es";

    private Language() {
    }
}
