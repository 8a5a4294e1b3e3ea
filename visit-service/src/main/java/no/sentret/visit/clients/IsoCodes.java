package no.sentret.visit.clients;

import java.util.Locale;
import java.util.Set;
import no.sentret.platform.problem.ProblemException;

/** Nationality (ISO 3166 alpha-2) and language (ISO 639-1) as the JDK knows them; null stays null (= unknown). */
final class IsoCodes {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {
    }

    static String country(String value, String field) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw ProblemException.invalid(field, "must be an ISO 3166 alpha-2 country code (e.g. ES), or null for unknown");
        }
        return code;
    }

    static String language(String value, String field) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw ProblemException.invalid(field, "must be an ISO 639-1 language code (e.g. es), or null for not stated");
        }
        return code;
    }
}
