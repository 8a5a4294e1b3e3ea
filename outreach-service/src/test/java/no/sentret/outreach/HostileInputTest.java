package no.sentret.outreach;

import static no.sentret.infra.testing.HostileInput.DATES_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.EMAIL;
import static no.sentret.infra.testing.HostileInput.LONG_TEXT;
import static no.sentret.infra.testing.HostileInput.NATIONAL_ID;
import static no.sentret.infra.testing.HostileInput.NOT_A_DATE;
import static no.sentret.infra.testing.HostileInput.NOT_A_TIMESTAMP;
import static no.sentret.infra.testing.HostileInput.TIMESTAMPS_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.probe;
import static no.sentret.infra.testing.HostileInput.secret;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.HostileInput.Probe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17's probes on every write endpoint and every query and path parameter of this service: huge
 * text, NUL and control characters, dates PostgreSQL cannot store, epoch numbers and digit strings in
 * date fields, padded enums, numbers beyond int, malformed UUIDs in paths — each a quick 400 problem
 * naming the field that never repeats a value that could be personal data.
 */
@QuarkusTest
class HostileInputTest {

    /** Valid bodies of each write, with {@code %s} where the probed property goes (first, so it is the one refused). */
    private static final String MESSAGE = "{%s,\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"language\":\"es\",\"topics\":[\"HEALTH\"],"
            + "\"conversation\":\"probe-conv\"}";
    private static final String SHIFT = "{%s,\"occurredAt\":\"2022-01-07T22:00:00Z\",\"endedAt\":\"2022-01-08T01:00:00Z\",\"district\":\"SENTRUM\","
            + "\"workers\":2,\"contacts\":3,\"handOuts\":[{\"kind\":\"CONDOMS\",\"quantity\":5}]}";
    private static final String ASSIGNMENT = "{%s,\"occurredAt\":\"2022-01-10T09:00:00Z\",\"kind\":\"LECTURE\",\"audience\":\"POLICE\","
            + "\"participants\":12,\"concernsYoungPeople\":false}";
    private static final String AD_COUNT = "{%s,\"site\":\"probe.no\",\"week\":\"2022-W10\",\"count\":3}";
    private static final String ALERT = "{%s,\"category\":\"ROBBERY\",\"district\":\"SENTRUM\",\"occurredOn\":\""
            + LocalDate.now(ZoneId.of("Europe/Oslo")) + "\",\"modusOperandi\":\"Grey car\"}";
    private static final String ID = UUID.randomUUID().toString();
    private static final String[] BAD_UUIDS = {"not-a-uuid", "1234", "01019012345", "%00", ID + "0", ID.replace('-', '_'), ID + "%00"};
    private static final String[] PADDED = {" %s", "%s ", "%s\\u0000", "%s\\t"};
    private static final String[] NOT_AN_INT = {"2147483648", "-2147483649", "1e3", "\"12\"", "12.5", "1651392000000"};

    static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        // text fields of every write: 60,000 characters, NUL, a control character, personal data not echoed
        text(probes, "POST", "/outreach/messages", MESSAGE, "clientCode");
        text(probes, "POST", "/outreach/messages", MESSAGE.replace(",\"conversation\":\"probe-conv\"", ""), "conversation");
        text(probes, "POST", "/outreach/messages", MESSAGE.replace("\"language\":\"es\",", ""), "language");
        text(probes, "POST", "/outreach/messages/" + ID + "/void", "{%s}", "reason");
        text(probes, "POST", "/outreach/street-shifts/" + ID + "/void", "{%s}", "reason");
        text(probes, "POST", "/outreach/assignments/" + ID + "/void", "{%s}", "reason");
        text(probes, "POST", "/outreach/ad-counts/" + ID + "/void", "{%s}", "reason");
        text(probes, "POST", "/outreach/conversations/probe-conv/link", "{%s}", "clientCode");
        text(probes, "POST", "/outreach/street-shifts", SHIFT.replace("{\"kind\":\"CONDOMS\",\"quantity\":5}",
                "{\"kind\":\"INFORMATION_LEAFLETS\",\"quantity\":5,%s}").replace("{%s,", "{"), "handOuts[0].language");
        text(probes, "POST", "/outreach/ad-sites", "{%s}", "name");
        text(probes, "POST", "/outreach/ad-counts", AD_COUNT.replace(",\"site\":\"probe.no\"", ""), "site");
        text(probes, "POST", "/outreach/ad-counts", AD_COUNT.replace(",\"week\":\"2022-W10\"", ""), "week");
        text(probes, "POST", "/outreach/safety-alerts", ALERT.replace(",\"modusOperandi\":\"Grey car\"", ""), "modusOperandi");
        text(probes, "POST", "/outreach/safety-alerts", ALERT, "description");
        text(probes, "POST", "/outreach/safety-alerts/" + ID + "/withdraw", "{%s}", "reason");
        // a list of client codes: each element
        for (String code : List.of(quoted(LONG_TEXT), "\"AB\\u0000CD\"", "\"AB\\u0007CD\"", quoted(NATIONAL_ID), "12345")) {
            probes.add(secret("clientCodes[0] " + abbreviate(code), "outreach", "POST", "/outreach/street-shifts",
                    String.format(SHIFT, "\"clientCodes\":[" + code + "]"), "clientCodes[0]", NATIONAL_ID));
        }

        // instants and dates
        timestamp(probes, "/outreach/messages", MESSAGE, "occurredAt");
        timestamp(probes, "/outreach/street-shifts", SHIFT.replace("\"occurredAt\":\"2022-01-07T22:00:00Z\",", ""), "occurredAt");
        timestamp(probes, "/outreach/street-shifts", SHIFT.replace("\"endedAt\":\"2022-01-08T01:00:00Z\",", ""), "endedAt");
        timestamp(probes, "/outreach/assignments", ASSIGNMENT.replace("\"occurredAt\":\"2022-01-10T09:00:00Z\",", ""), "occurredAt");
        String alertWithoutDate = ALERT.replaceFirst(",\"occurredOn\":\"[0-9-]+\"", "");
        for (String day : DATES_OUT_OF_RANGE) {
            probes.add(probe("occurredOn " + day, "outreach", "POST", "/outreach/safety-alerts",
                    String.format(alertWithoutDate, "\"occurredOn\":\"" + day + "\""), "occurredOn"));
        }
        for (String day : NOT_A_DATE) {
            probes.add(secret("occurredOn " + day, "outreach", "POST", "/outreach/safety-alerts",
                    String.format(alertWithoutDate, "\"occurredOn\":" + day), "occurredOn", NATIONAL_ID));
        }
        for (String week : List.of("+999999999-W01", "-300000-W01", "2022-W99", "1651392000", "01019012345", "2022-W1\\u0000")) {
            probes.add(secret("week " + week, "outreach", "POST", "/outreach/ad-counts",
                    String.format(AD_COUNT.replace(",\"week\":\"2022-W10\"", ""), "\"week\":\"" + week + "\""), "week", NATIONAL_ID));
        }

        // enums exactly as documented: padded, lower case, a number
        enumeration(probes, "/outreach/messages", MESSAGE.replace("\"channel\":\"WHATSAPP\",", ""), "channel", "WHATSAPP");
        enumeration(probes, "/outreach/messages", MESSAGE.replace("\"direction\":\"INBOUND\",", ""), "direction", "INBOUND");
        enumeration(probes, "/outreach/street-shifts", SHIFT.replace("\"district\":\"SENTRUM\",", ""), "district", "SENTRUM");
        enumeration(probes, "/outreach/assignments", ASSIGNMENT.replace("\"kind\":\"LECTURE\",", ""), "kind", "LECTURE");
        enumeration(probes, "/outreach/assignments", ASSIGNMENT.replace("\"audience\":\"POLICE\",", ""), "audience", "POLICE");
        enumeration(probes, "/outreach/safety-alerts", ALERT.replace("\"category\":\"ROBBERY\",", ""), "category", "ROBBERY");
        enumeration(probes, "/outreach/safety-alerts", ALERT.replace("\"district\":\"SENTRUM\",", ""), "district", "SENTRUM");
        enumeration(probes, "/outreach/safety-alerts", ALERT, "partOfDay", "NIGHT");
        for (String padded : PADDED) {
            probes.add(probe("topics[0] " + String.format(padded, "HEALTH"), "outreach", "POST", "/outreach/messages",
                    String.format(MESSAGE.replace(",\"topics\":[\"HEALTH\"]", ""), "\"topics\":[\"" + String.format(padded, "HEALTH") + "\"]"),
                    "topics[0]"));
            probes.add(probe("handOuts[0].kind " + String.format(padded, "CONDOMS"), "outreach", "POST", "/outreach/street-shifts",
                    SHIFT.replace("{%s,", "{").replace("\"CONDOMS\"", "\"" + String.format(padded, "CONDOMS") + "\""), "handOuts[0].kind"));
        }

        // integers: beyond int, exponent, text, fraction, an epoch in milliseconds
        for (String n : NOT_AN_INT) {
            probes.add(probe("workers " + n, "outreach", "POST", "/outreach/street-shifts",
                    String.format(SHIFT.replace("\"workers\":2,", ""), "\"workers\":" + n), "workers"));
            probes.add(probe("contacts " + n, "outreach", "POST", "/outreach/street-shifts",
                    String.format(SHIFT.replace("\"contacts\":3,", ""), "\"contacts\":" + n), "contacts"));
            probes.add(probe("handOuts[0].quantity " + n, "outreach", "POST", "/outreach/street-shifts",
                    SHIFT.replace("{%s,", "{").replace("\"quantity\":5", "\"quantity\":" + n), "handOuts[0].quantity"));
            probes.add(probe("participants " + n, "outreach", "POST", "/outreach/assignments",
                    String.format(ASSIGNMENT.replace("\"participants\":12,", ""), "\"participants\":" + n), "participants"));
            probes.add(probe("count " + n, "outreach", "POST", "/outreach/ad-counts",
                    String.format(AD_COUNT.replace(",\"count\":3", ""), "\"count\":" + n), "count"));
            probes.add(probe("validDays " + n, "outreach", "POST", "/outreach/safety-alerts", String.format(ALERT, "\"validDays\":" + n), "validDays"));
        }
        probes.add(probe("concernsYoungPeople \"true\"", "outreach", "POST", "/outreach/assignments",
                String.format(ASSIGNMENT.replace(",\"concernsYoungPeople\":false", ""), "\"concernsYoungPeople\":\"true\""), "concernsYoungPeople"));

        // query parameters
        for (String path : List.of("/outreach/messages", "/outreach/street-shifts", "/outreach/assignments")) {
            for (String param : List.of("from", "to")) {
                String fixed = param.equals("from") ? "to=2022-01-31" : "from=2022-01-01";
                for (String day : List.of("-300000-01-01", "%2B999999999-12-31", "1850-01-01", "1651392000", "01019012345", "2022-5-1",
                        "2022-05-01T10:00:00Z", "", "2022-01-01%00", "%202022-01-01")) {
                    probes.add(secret("GET " + path + " " + param + "=" + day, "outreach", "GET", path + "?" + fixed + "&" + param + "=" + day,
                            null, param, NATIONAL_ID));
                }
            }
        }
        for (String code : List.of("AB%00CD", "AB%07CD", "a".repeat(3000), NATIONAL_ID, "kari%40example.no")) {
            probes.add(secret("GET /outreach/messages clientCode=" + abbreviate(code), "outreach", "GET", "/outreach/messages?clientCode=" + code,
                    null, "clientCode", code.equals(NATIONAL_ID) ? NATIONAL_ID : "kari@example.no"));
        }
        for (String flag : List.of("yes", "TRUE", "1", "%00", "true%20")) {
            probes.add(probe("GET /outreach/messages includeVoided=" + flag, "outreach", "GET",
                    "/outreach/messages?from=2022-01-01&to=2022-01-31&includeVoided=" + flag, null, "includeVoided"));
            probes.add(probe("GET conversation includeVoided=" + flag, "outreach", "GET",
                    "/outreach/conversations/probe-conv/messages?includeVoided=" + flag, null, "includeVoided"));
        }
        for (String page : List.of("2147483647", "-1", "1e3", "%00", "99999999999999999999")) {
            probes.add(probe("GET /outreach/messages page=" + page, "outreach", "GET", "/outreach/messages?from=2022-01-01&to=2022-01-31&page=" + page,
                    null, "page"));
            probes.add(probe("GET /outreach/messages size=" + page, "outreach", "GET", "/outreach/messages?from=2022-01-01&to=2022-01-31&size=" + page,
                    null, "size"));
        }
        for (String year : List.of("%2B999999999", "-300000", "1651392000", "01019012345", "2022.0", "%202022", "2022%00", "")) {
            probes.add(secret("GET series year=" + year, "analyst", "GET", "/outreach/ad-counts/series?site=probe.no&year=" + year, null, "year",
                    NATIONAL_ID));
        }
        for (String site : List.of("probe%00.no", "probe%07.no", "probe%09.no", "probe%0A.no", "probe%0D%0A.no")) {
            probes.add(probe("GET series site=" + site, "analyst", "GET", "/outreach/ad-counts/series?year=2022&site=" + site, null, "site"));
        }

        // malformed UUIDs in every path that takes an id (a control character is named as the parameter too)
        for (String bad : BAD_UUIDS) {
            String field = "id";
            probes.add(secret("GET message " + bad, "outreach", "GET", "/outreach/messages/" + bad, null, field, NATIONAL_ID));
            probes.add(secret("void message " + bad, "outreach", "POST", "/outreach/messages/" + bad + "/void", "{\"reason\":\"mistake\"}", field,
                    NATIONAL_ID));
            probes.add(secret("GET street shift " + bad, "outreach", "GET", "/outreach/street-shifts/" + bad, null, field, NATIONAL_ID));
            probes.add(secret("GET assignment " + bad, "outreach", "GET", "/outreach/assignments/" + bad, null, field, NATIONAL_ID));
            probes.add(secret("void street shift " + bad, "outreach", "POST", "/outreach/street-shifts/" + bad + "/void", "{\"reason\":\"mistake\"}",
                    field, NATIONAL_ID));
            probes.add(secret("void assignment " + bad, "outreach", "POST", "/outreach/assignments/" + bad + "/void", "{\"reason\":\"mistake\"}",
                    field, NATIONAL_ID));
            probes.add(secret("void ad count " + bad, "outreach", "POST", "/outreach/ad-counts/" + bad + "/void", "{\"reason\":\"mistake\"}",
                    field, NATIONAL_ID));
            probes.add(secret("GET alert " + bad, "outreach", "GET", "/outreach/safety-alerts/" + bad, null, field, NATIONAL_ID));
            probes.add(secret("approve alert " + bad, "outreach", "POST", "/outreach/safety-alerts/" + bad + "/approve", null, field, NATIONAL_ID));
            probes.add(secret("withdraw alert " + bad, "outreach", "POST", "/outreach/safety-alerts/" + bad + "/withdraw", "{\"reason\":\"mistake\"}",
                    field, NATIONAL_ID));
        }
        return probes;
    }

    private static final String HANDLE = "@maria_92";
    private static final String PHONE = "+47 912 34 567";

    /** Huge text, NUL, a control character, a national ID, an e-mail address, a handle and a phone number in one text property. */
    private static void text(List<Probe> probes, String method, String path, String template, String field) {
        String property = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String where = method + " " + path + " " + field;
        probes.add(probe(where + " 60,000 characters", "outreach", method, path, String.format(template, json(property, LONG_TEXT)), field));
        probes.add(probe(where + " NUL", "outreach", method, path, String.format(template, json(property, "ab\\u0000cd")), field));
        probes.add(probe(where + " BEL", "outreach", method, path, String.format(template, json(property, "ab\\u0007cd")), field));
        probes.add(secret(where + " national ID", "outreach", method, path, String.format(template, json(property, NATIONAL_ID)), field, NATIONAL_ID));
        probes.add(secret(where + " e-mail", "outreach", method, path, String.format(template, json(property, EMAIL)), field, EMAIL));
        probes.add(secret(where + " handle", "outreach", method, path, String.format(template, json(property, HANDLE)), field, HANDLE));
        probes.add(secret(where + " phone", "outreach", method, path, String.format(template, json(property, PHONE)), field, PHONE));
    }

    private static void timestamp(List<Probe> probes, String path, String template, String field) {
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            probes.add(probe(path + " " + field + " " + at, "outreach", "POST", path, String.format(template, json(field, at)), field));
        }
        for (String at : NOT_A_TIMESTAMP) {
            probes.add(secret(path + " " + field + " " + at, "outreach", "POST", path, String.format(template, "\"" + field + "\":" + at), field,
                    NATIONAL_ID));
        }
    }

    private static void enumeration(List<Probe> probes, String path, String template, String field, String value) {
        List<String> bad = new ArrayList<>();
        for (String padded : PADDED) {
            bad.add(quoted(String.format(padded, value)));
        }
        bad.add(quoted(value.toLowerCase()));
        bad.add("0");
        bad.add(quoted(NATIONAL_ID));
        for (String b : bad) {
            probes.add(secret(path + " " + field + " " + b, "outreach", "POST", path, String.format(template, "\"" + field + "\":" + b), field,
                    NATIONAL_ID));
        }
    }

    private static String json(String property, String value) {
        return "\"" + property + "\":" + quoted(value);
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 8) + "…(" + s.length() + ")" : s;
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void refusedQuicklyWithoutEcho(Probe probe) {
        probe.check();
    }
}
