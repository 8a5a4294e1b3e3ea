package no.sentret.stats.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain JSON our producers write — an object of ASCII text without escapes, ints, booleans, nulls, arrays
 * and objects — straight from the record's bytes into {@link JsonFields}, and gives up ({@code null}) on anything
 * else, which Jackson then reads ({@link EventParser}). It accepts a strict subset of what Jackson's defaults accept
 * and builds the same fields from it, so an event's fact or dead-letter reason does not depend on which of the two
 * read it ({@code StreamingParserMatchesTreeTest}, {@code PlainJsonScannerTest}).
 *
 * <p>Why: on the replay's path Jackson's parser per record (its context, symbol table, text buffer, ~0.9 kB) and the
 * decoding of every text into characters and back were most of the parse's cost, and the parse most of a replay's
 * (bench README, step 19). Whatever is unusual is left to Jackson rather than handled twice: a byte outside printable
 * ASCII (UTF-8 is validated by Jackson), an escape, a fraction or exponent, a leading zero, a trailing comma, a root
 * that is not an object, nesting deeper than {@value #MAX_DEPTH}, input ending early. What follows the root object is
 * ignored, as Jackson's reading of the first value ignores it.
 */
final class PlainJsonScanner {

    private static final int MAX_DEPTH = 16;
    /** an int token longer than this is left to Jackson (its number-length limit, BigInteger) */
    private static final int MAX_DIGITS = 18;
    /** a name or a text longer than these is left to Jackson (its limits: 50,000 for a name, 20,000,000 for a text) */
    private static final int MAX_NAME = 1_000;
    private static final int MAX_TEXT = 1 << 20;

    /**
     * The contract's field names (every property of openapi/events/*.schema.json, which {@code PlainJsonScannerTest}
     * holds this to): a name among them is read as the constant, so reading it allocates nothing and
     * {@link JsonFields#get} finds it by identity first. A name missing here is still read, as a new String.
     */
    private static final ConstantStrings NAMES = new ConstantStrings(List.of(
            "eventId", "type", "schemaVersion", "occurredAt", "recordedAt", "source", "clientCode", "payload", "id", "activities", "category", "vaccine", "prepStage", "dose", "channel",
            "score", "language", "followUpAnswers", "at", "reason", "code", "codes", "gender", "nationality", "ageGroup",
            "regionOfOrigin", "preferredLanguage", "firstRegisteredOn", "mergedCode", "survivingCode", "erasedAt", "area",
            "areas", "subArea", "criminalSubAreas", "outcome", "referredTo", "wouldNotOtherwiseHaveSoughtLawyer", "lawyerKind",
            "date", "openedOn", "closedOn", "kind", "district", "site", "week", "count", "revision", "contacts", "handOuts",
            "quantity", "participants", "audience", "topics", "workers", "endedAt", "direction", "concernsYoungPeople",
            "arrivedAt", "before", "ending", "expiresAt", "occurredOn", "partOfDay", "publishedAt", "recordType", "rows"));

    /**
     * The texts the contract names (its event types, every enum value of openapi/events, which {@code
     * PlainJsonScannerTest} holds this to) and the producers' names in {@code source}: read as the constant, so an
     * event's type, source and categories allocate nothing, and the checks that compare them find them by identity.
     */
    private static final ConstantStrings TEXTS = new ConstantStrings(List.of(
            "visit-service", "health-service", "legal-aid-service", "outreach-service",
            "AdSiteWeekCounted", "AdSiteWeekVoided", "AssignmentHeld", "AssignmentVoided", "ClientErased", "ClientRegistered",
            "ClientUpdated", "ClientsMerged", "FeedbackGiven", "HealthServiceRecorded", "HealthServiceVoided",
            "HealthTeamInvitationCleared", "HealthTeamInvitationRequested", "LegalCaseClosed", "LegalCaseOpened", "LegalCaseVoided",
            "LegalInquiryRecorded", "LegalInquiryVoided", "LegalShiftCancelled", "LegalShiftHeld", "LegalShiftNobodyCame",
            "OutreachContactRecorded", "OutreachContactVoided", "RecordsDeIdentified", "SafetyAlertEnded", "SafetyAlertPublished",
            "SocialConsultationRecorded", "SocialConsultationVoided", "StreetShiftHeld", "StreetShiftVoided", "VisitRecorded",
            "VisitVoided",
            "LECTURE", "COURSE", "SCHOOL_CLASS", "CASE_GUIDANCE", "PUBLICATION", "OTHER", "SCHOOL", "HEALTH_SERVICE", "POLICE",
            "CHILD_WELFARE", "STUDENTS", "CONFERENCE", "WOMAN", "MAN", "TRANS_WOMAN", "TRANS_MAN", "NON_BINARY", "NOT_STATED",
            "UNDER_18", "18-25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", "61+", "nb", "en", "es", "th",
            "ro", "bg", "STI_TEST", "TREATMENT", "CONTRACEPTION", "COUNSELLING", "PREP", "PEP", "VACCINATION", "REFERRAL", "MPOX",
            "HEPATITIS_A", "HEPATITIS_B", "HPV", "ASSESSMENT", "START", "FOLLOW_UP", "STOP", "CRIMINAL", "FAMILY", "IMMIGRATION",
            "HOUSING_AND_TENANCY", "FINANCES", "SEXUAL_VIOLENCE", "THREATS", "HARASSMENT", "ROBBERY", "THEFT", "EXTORTION",
            "RESOLVED_ON_SITE", "REFERRED", "LEGAL_AID_OFFICE", "PRIVATE_LAWYER", "IMMIGRATION_AUTHORITY", "YES", "NO",
            "NOT_ASKED", "REGULAR", "SUBSTITUTE", "LAWYER_ILL", "LAWYER_UNAVAILABLE", "NO_SUBSTITUTE_FOUND", "CENTRE_CLOSED",
            "PUBLIC_HOLIDAY", "WHATSAPP", "SMS", "FACEBOOK", "INSTAGRAM", "PHONE", "EMAIL", "STREET", "INBOUND", "OUTBOUND",
            "HEALTH", "LEGAL", "VIOLENCE", "HOUSING", "ECONOMY", "CENTRE_INFORMATION", "REFUSED_TO_PAY", "CONDOM_REMOVAL",
            "DRUGGING", "SENTRUM", "GAMLE_OSLO", "GRUNERLOKKA", "SAGENE", "ST_HANSHAUGEN", "FROGNER", "ULLERN", "VESTRE_AKER",
            "NORDRE_AKER", "BJERKE", "GRORUD", "STOVNER", "ALNA", "OSTENSJO", "NORDSTRAND", "SONDRE_NORDSTRAND", "OUTSIDE_OSLO",
            "EXPIRED", "WITHDRAWN", "MORNING", "AFTERNOON", "EVENING", "NIGHT", "CONSULTATION", "EMERGENCY", "WORK_AND_EXIT",
            "HEALTH_REFERRAL", "LEGAL_REFERRAL", "SUBSTANCE_USE", "CONDOMS", "LUBE", "INFORMATION_LEAFLETS", "CONVERSATION",
            "LAUNDRY", "MEAL", "REST", "SHOWER", "SOCIAL_EVENT"));
    /** a record's texts remembered for a repeat (the envelope's client code and time again in the payload) */
    private static final int REMEMBERED = 8;

    private final byte[] in;
    /** the index after the value's last byte: the value may be a slice of a larger array (a fetched batch's) */
    private final int end;
    private int pos;
    private int depth;
    /** the record's texts read as new Strings so far (at most REMEMBERED): a repeat is the same String */
    private String[] seen;
    private int[] seenAt;
    private int seenCount;

    private PlainJsonScanner(byte[] in, int offset, int length) {
        this.in = in;
        this.pos = offset;
        this.end = offset + length;
    }

    /** @return the root object's fields, or null when Jackson has to read the value */
    static JsonFields scan(byte[] value) {
        return scan(value, 0, value.length);
    }

    /** {@link #scan(byte[])} of {@code value[offset, offset + length)}; nothing outside it is read */
    static JsonFields scan(byte[] value, int offset, int length) {
        PlainJsonScanner s = new PlainJsonScanner(value, offset, length);
        s.skipWhitespace();
        if (!s.at('{')) {
            return null;
        }
        s.pos++;
        return s.object();
    }

    /** after the '{'; null when something is not plain */
    private JsonFields object() {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        JsonFields fields = new JsonFields();
        skipWhitespace();
        if (at('}')) {
            pos++;
            depth--;
            return fields;
        }
        while (true) {
            if (!at('"')) {
                return null; // a trailing comma, an unquoted name, the end
            }
            pos++;
            String name = name();
            if (name == null) {
                return null;
            }
            skipWhitespace();
            if (!at(':')) {
                return null;
            }
            pos++;
            skipWhitespace();
            Object v = value();
            if (v == null) {
                return null;
            }
            fields.put(name, v);
            skipWhitespace();
            if (at(',')) {
                pos++;
                skipWhitespace();
            } else if (at('}')) {
                pos++;
                depth--;
                return fields;
            } else {
                return null;
            }
        }
    }

    /** at a value's first byte; null when it is not plain */
    private Object value() {
        if (pos >= end) {
            return null;
        }
        byte b = in[pos];
        switch (b) {
            case '"':
                pos++;
                return text(MAX_TEXT);
            case '{':
                pos++;
                return object();
            case '[':
                pos++;
                return array();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", JsonFields.NULL);
            default:
                return b == '-' || (b >= '0' && b <= '9') ? number() : null;
        }
    }

    private List<Object> array() {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (at(']')) {
            pos++;
            depth--;
            return items;
        }
        while (true) {
            Object v = value();
            if (v == null) {
                return null;
            }
            items.add(v);
            skipWhitespace();
            if (at(',')) {
                pos++;
                skipWhitespace();
            } else if (at(']')) {
                pos++;
                depth--;
                return items;
            } else {
                return null;
            }
        }
    }

    /** after a name's opening quote: the known name's constant, or the text as a new String */
    private String name() {
        int start = pos;
        int limit = Math.min(end, pos + MAX_NAME + 1);
        int hash = 0;
        for (int i = start; i < limit; i++) {
            byte b = in[i];
            if (b == '"') {
                pos = i + 1;
                return known(start, i, hash);
            }
            if (b < 0x20 || b == '\\') {
                return null;
            }
            hash = ConstantStrings.step(hash, b);
        }
        return null;
    }

    private String known(int from, int to, int hash) {
        String constant = NAMES.find(in, from, to, hash);
        return constant != null ? constant : new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * after a text's opening quote: printable ASCII up to the closing quote, no escape, within maxLength; the constant
     * it spells, or the same text read earlier in the record, or a new String
     */
    private String text(int maxLength) {
        int start = pos;
        int limit = Math.min(end, pos + maxLength + 1);
        int hash = 0;
        for (int i = start; i < limit; i++) {
            byte b = in[i];
            if (b == '"') {
                pos = i + 1;
                String constant = TEXTS.find(in, start, i, hash);
                return constant != null ? constant : readOnce(start, i);
            }
            if (b < 0x20 || b == '\\') { // a negative byte is outside ASCII: Jackson checks the UTF-8
                return null;
            }
            hash = ConstantStrings.step(hash, b);
        }
        return null;
    }

    /** in[from, to) as the String read for the same bytes earlier in this record, or a new one */
    private String readOnce(int from, int to) {
        int length = to - from;
        for (int k = 0; k < seenCount; k++) {
            String earlier = seen[k];
            if (earlier.length() == length && sameBytes(seenAt[k], from, length)) {
                return earlier;
            }
        }
        String text = new String(in, from, length, StandardCharsets.ISO_8859_1); // ASCII: the same characters
        if (seen == null) {
            seen = new String[REMEMBERED];
            seenAt = new int[REMEMBERED];
        }
        if (seenCount < REMEMBERED) {
            seen[seenCount] = text;
            seenAt[seenCount++] = from;
        }
        return text;
    }

    private boolean sameBytes(int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (in[a + i] != in[b + i]) {
                return false;
            }
        }
        return true;
    }

    private Object literal(String word, Object value) {
        int after = pos + word.length();
        if (after > end) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                return null;
            }
        }
        pos = after;
        return endsToken() ? value : null; // "nullx" is a token Jackson does not know
    }

    /** an int token: -?(0|[1-9][0-9]*) */
    private Object number() {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        int firstDigit = pos;
        long n = 0;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            if (pos - firstDigit == MAX_DIGITS) {
                return null;
            }
            n = n * 10 + (in[pos++] - '0');
        }
        int digits = pos - firstDigit;
        if (digits == 0 || (digits > 1 && in[firstDigit] == '0') || !endsToken()) {
            return null; // "-", a leading zero, a fraction or exponent, "1x"
        }
        long signed = in[start] == '-' ? -n : n;
        return signed >= Integer.MIN_VALUE && signed <= Integer.MAX_VALUE ? (Object) (int) signed : JsonFields.OTHER_NUMBER;
    }

    /** whether the byte after a number or literal ends it: white space or a structural character (not the input's end) */
    private boolean endsToken() {
        if (pos >= end) {
            return false;
        }
        byte b = in[pos];
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean at(char c) {
        return pos < end && in[pos] == c;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }
}
