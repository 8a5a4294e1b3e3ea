package no.sentret.stats.report.document;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The document's words and numbers in one language; a null count is the suppressed marker. */
final class Text {

    final ReportLanguage language;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean publicView;

    /** @param publicView whether a missing figure was suppressed (the municipality's view) or does not exist (e.g. no one was asked) */
    Text(ReportLanguage language, boolean publicView) {
        this.language = language;
        this.publicView = publicView;
        this.bundle = language.bundle();
        this.locale = language.locale();
    }

    /** The message {@code key} with {0}, {1}, … replaced (no MessageFormat: apostrophes stay as written). */
    String msg(String key, Object... args) {
        String s = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** A category code's name ({@code prefix.CODE}), the code itself when the vocabulary has grown past the messages. */
    String label(String prefix, String code) {
        if ("UNKNOWN".equals(code)) {
            return bundle.getString("UNKNOWN");
        }
        String key = prefix + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    String nationality(String code) {
        if (code == null || "UNKNOWN".equals(code)) {
            return bundle.getString("UNKNOWN");
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    String month(String yearMonth) {
        Month m = YearMonth.parse(yearMonth).getMonth();
        String name = m.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Norwegian writes month names in lower case inside a sentence, English capitalised. */
    String monthInSentence(String yearMonth) {
        return language == ReportLanguage.NB ? month(yearMonth).toLowerCase(locale) : month(yearMonth);
    }

    /** A figure that does not exist (a share of nobody). */
    String none() {
        return bundle.getString("none");
    }

    /** What stands where a figure is missing: the suppressed marker in the public view, a dash in the analysts'. */
    String missing() {
        return bundle.getString(publicView ? "suppressed" : "none");
    }

    String count(Integer value) {
        return value == null ? missing() : integers().format(value);
    }

    /** A share (0..1) as a percentage with one decimal. */
    String percent(Double share) {
        return share == null ? missing() : decimals().format(share * 100) + (language == ReportLanguage.NB ? " %" : "%");
    }

    String decimal(Double value) {
        return value == null ? missing() : decimals().format(value);
    }

    /** (current - previous) / previous, signed; a dash where either is unknown or previous is 0. */
    String change(Number current, Number previous) {
        if (current == null || previous == null || previous.doubleValue() == 0) {
            return bundle.getString("none");
        }
        double change = (current.doubleValue() - previous.doubleValue()) / previous.doubleValue();
        String sign = change > 0 ? "+" : change < 0 ? "–" : "";
        return sign + percent(Math.abs(change));
    }

    NumberFormat integers() {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        f.setGroupingUsed(true);
        return f;
    }

    NumberFormat decimals() {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP); // as a reader rounds: 64.25 % reads 64.3 %
        return f;
    }
}
