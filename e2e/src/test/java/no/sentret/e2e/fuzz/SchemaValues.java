package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Values a schema allows: {@link #valid} anywhere in range, {@link #boundary} at its edges (maximum
 * length, minimum and maximum, first and last enum value, every optional field, as many items as allowed).
 * Dates are in 2021, a year no other test compares (the compressed year is 2018, the browser tests the
 * current year), and always given, so no write defaults to today. Names the contract cannot say in a
 * schema (a client code that exists, a site of the team) come from what the fuzzer created itself.
 */
final class SchemaValues {

    static final int YEAR = 2021;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private final Owned owned;
    /**
     * A mark of this run in the names it makes up where a name must be new (an ad site): a second run on the same
     * local suite draws the same names from the same seed, and the team's sites from the first run refused them (409).
     */
    private static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 1_679_616, 36);

    SchemaValues(Owned owned) {
        this.owned = owned;
    }

    JsonNode valid(String name, JsonNode schema, Operation operation, Random random) {
        return value(name, schema, operation, random, false);
    }

    JsonNode boundary(String name, JsonNode schema, Operation operation, Random random) {
        return value(name, schema, operation, random, true);
    }

    private JsonNode value(String name, JsonNode schema, Operation operation, Random random, boolean edge) {
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object":
                return object(schema, operation, random, edge, !name.equals("body"));
            case "array":
                return array(name, schema, operation, random, edge);
            case "integer":
                return JSON.numberNode(integer(schema, random, edge));
            case "number":
                return JSON.numberNode((double) integer(schema, random, edge));
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            default:
                return JSON.textNode(string(name, schema, operation, random, edge));
        }
    }

    private ObjectNode object(JsonNode schema, Operation operation, Random random, boolean edge, boolean nested) {
        if (nested && schema.path("properties").has("category") && schema.path("properties").has("infection")) {
            return serviceLine(schema, operation, random, edge);
        }
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = property.getValue();
            if (propertySchema.path("deprecated").asBoolean(false) || propertySchema.path("readOnly").asBoolean(false)) {
                return; // the old names (arrivedAt, at) are accepted beside the new ones, never together
            }
            boolean isDate = propertySchema.path("format").asText().startsWith("date");
            // an item of a list (a consultation's service line) gets few optional fields: which of them go
            // together depends on the item's kind, a rule no schema states, and a lean item is more often right
            boolean optional = nested ? random.nextInt(6) == 0 : random.nextBoolean();
            if (required.contains(property.getKey()) || edge || isDate || optional) {
                object.set(property.getKey(), value(property.getKey(), propertySchema, operation, random, edge));
            }
        });
        if (object.path("occurredAt").isTextual() && object.path("endedAt").isTextual()) {
            // a street shift is an evening, not a season: it ends two hours after it began
            try {
                object.put("endedAt", java.time.OffsetDateTime.parse(object.get("occurredAt").asText()).plusHours(2).toString());
            } catch (java.time.format.DateTimeParseException e) {
                // left as generated
            }
        }
        for (String[] period : PERIODS) {
            if (object.path(period[0]).isTextual() && object.path(period[1]).isTextual()
                    && object.get(period[0]).asText().compareTo(object.get(period[1]).asText()) > 0) {
                JsonNode first = object.get(period[0]);
                object.set(period[0], object.get(period[1]));
                object.set(period[1], first);
            }
        }
        return object;
    }

    /**
     * A consultation's service line with the fields its category takes, no more (a rule of health-service's
     * {@code ServiceRules} the schema does not state: a line with a field its category does not use is a 400, so
     * lean random lines were refused nearly always and no consultation of the fuzzer's own was ever recorded).
     * The values come from the contract's schemas; a vaccination is a first dose, valid for every vaccine.
     */
    private ObjectNode serviceLine(JsonNode schema, Operation operation, Random random, boolean edge) {
        JsonNode properties = schema.path("properties");
        String category = string("category", properties.path("category"), operation, random, edge);
        ObjectNode line = JSON.objectNode().put("category", category);
        List<String> fields = switch (category) {
            case "STI_TEST" -> List.of("infection", "sampleSites");
            case "TREATMENT" -> List.of("infection");
            case "CONTRACEPTION" -> List.of("contraceptionMethod");
            case "COUNSELLING" -> List.of("topics");
            case "VACCINATION" -> List.of("vaccine");
            case "REFERRAL" -> List.of("referralTo");
            default -> List.of();
        };
        for (String field : fields) {
            line.set(field, value(field, properties.path(field), operation, random, edge));
        }
        if (category.equals("VACCINATION")) {
            line.put("dose", 1);
        }
        if (category.equals("PREP")) {
            String stage = List.of("ASSESSMENT", "START", "FOLLOW_UP").get(random.nextInt(3));
            line.put("prepStage", stage);
            if (stage.equals("ASSESSMENT")) {
                line.put("prepEligible", random.nextBoolean());
                line.set("prepReason", value("prepReason", properties.path("prepReason"), operation, random, edge));
            } else if (stage.equals("START")) {
                line.set("regimen", value("regimen", properties.path("regimen"), operation, random, edge));
            }
        }
        return line;
    }

    /** Fields that begin and end a period: the end is not before the beginning (ISO text orders as time does). */
    private static final String[][] PERIODS = {{"from", "to"}, {"occurredAt", "endedAt"}, {"start", "end"}};

    static void swapIfAfter(java.util.Map<String, String> values, String first, String second) {
        String a = values.get(first);
        String b = values.get(second);
        if (a != null && b != null && a.compareTo(b) > 0) {
            values.put(first, b);
            values.put(second, a);
        }
    }

    private ArrayNode array(String name, JsonNode schema, Operation operation, Random random, boolean edge) {
        JsonNode items = schema.path("items");
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(4), 12);
        List<String> choices = new ArrayList<>();
        items.path("enum").forEach(e -> choices.add(e.asText()));
        if (!choices.isEmpty()) {
            max = Math.min(max, choices.size()); // enum items are sets: no value twice
        }
        int count = edge ? (random.nextBoolean() ? max : Math.max(min, 1)) : min + random.nextInt(Math.max(1, Math.min(max, 3) - min + 1));
        count = Math.max(min, Math.min(count, max));
        ArrayNode array = JSON.arrayNode();
        java.util.Collections.shuffle(choices, random);
        for (int i = 0; i < count; i++) {
            if (!choices.isEmpty()) {
                array.add(choices.get(i));
            } else {
                JsonNode item = value(singular(name), items, operation, random, edge);
                if (!containsValue(array, item)) {
                    array.add(item);
                }
            }
        }
        return array;
    }

    private static boolean containsValue(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String name) {
        return name.equals("clientCodes") ? "clientCode" : name.equals("lawyerIds") ? "lawyerId"
                : name.equals("skipDates") ? "skipDate" : name;
    }

    private long integer(JsonNode schema, Random random, boolean edge) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 0) + 100;
        if (edge) {
            return random.nextBoolean() ? min : max;
        }
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String string(String name, JsonNode schema, Operation operation, Random random, boolean edge) {
        List<String> choices = new ArrayList<>();
        schema.path("enum").forEach(e -> choices.add(e.asText()));
        if (!choices.isEmpty()) {
            return edge ? choices.get(random.nextBoolean() ? 0 : choices.size() - 1) : choices.get(random.nextInt(choices.size()));
        }
        String format = schema.path("format").asText();
        String pattern = schema.path("pattern").asText();
        if (format.equals("uuid") || pattern.startsWith("[a-fA-F0-9]{8}")) {
            String id = owned.id(name, operation, random);
            return id != null ? id : UUID.randomUUID().toString();
        }
        if (format.equals("date") && name.equals("occurredOn") && operation.path().startsWith("/api/outreach/safety-alerts")) {
            // an alert is current for some days from when it happened: one from 2021 would expire under the
            // sweep during the run and change the data beside a refused request; alerts count in no figure
            return LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();
        }
        if (format.equals("date") && edge && !operation.writes() && random.nextInt(3) == 0) {
            // a read may ask for the whole range the services take (the kit's StrictValues: 1900 to 2200)
            return random.nextBoolean() ? "1900-01-01" : "2200-12-31";
        }
        if (format.equals("date")) {
            return date(random, edge).toString();
        }
        if (format.equals("date-time")) {
            return date(random, edge) + (edge ? (random.nextBoolean() ? "T00:00:00+01:00" : "T23:59:59+01:00")
                    : String.format("T%02d:%02d:00+01:00", 8 + random.nextInt(12), random.nextInt(60)));
        }
        if (format.equals("local-time")) {
            return edge ? (random.nextBoolean() ? "00:00" : "23:59") : String.format("%02d:%02d", 12 + random.nextInt(4), 15 * random.nextInt(4));
        }
        String named = byName(name, operation, random);
        if (named != null) {
            return named;
        }
        if (pattern.contains("W\\d{2}")) {
            return String.format("%d-W%02d", YEAR, edge ? (random.nextBoolean() ? 1 : 52) : 1 + random.nextInt(52));
        }
        if (pattern.equals("^[a-z]{2,3}$")) {
            return List.of("en", "ro", "th", "es", "nb").get(random.nextInt(5));
        }
        int maxLength = schema.path("maxLength").asInt(40);
        int minLength = Math.max(schema.path("minLength").asInt(1), 1);
        int length = edge ? (random.nextBoolean() ? maxLength : minLength) : minLength + random.nextInt(Math.max(1, Math.min(maxLength, 24) - minLength + 1));
        return words(Math.max(minLength, Math.min(length, maxLength)), random);
    }

    /** What the contract says in a description, not a schema: codes that exist, a site of the team, a month. */
    private String byName(String name, Operation operation, Random random) {
        switch (name) {
            case "clientCode", "code", "survivingCode" -> {
                String code;
                if (operation.path().endsWith("/erase")) {
                    code = owned.clientWithoutRecords(random);
                } else {
                    String invited = operation.path().endsWith("/invitations/{clientCode}/clear") ? owned.invitedClient(random) : null;
                    code = invited != null ? invited : owned.clientCode(random);
                }
                // a new code in the codes' own alphabet (no I, L, O, 0 or 1): one with a letter outside it was
                // refused, and with no client registered no valid request naming a client ever got through
                return code != null ? code : "FZ" + drawn(CODE_CHARACTERS, 4, random);
            }
            case "nationality" -> {
                return List.of("NO", "RO", "TH", "NG", "ES").get(random.nextInt(5));
            }
            case "preferredLanguage" -> {
                return List.of("en", "no", "ro", "th").get(random.nextInt(4));
            }
            case "site" -> {
                String site = owned.adSite(random);
                return site != null ? site : "fuzz" + letters(6, random) + "-" + RUN + ".example";
            }
            case "pseudonym", "conversation" -> {
                String pseudonym = owned.pseudonym(random);
                return pseudonym != null && random.nextBoolean() ? pseudonym : "fuzz-" + letters(8, random);
            }
            case "subject" -> {
                return UUID.randomUUID().toString();
            }
            case "Accept-Language" -> {
                return List.of("nb", "en", "th", "en-GB,en;q=0.8").get(random.nextInt(4));
            }
            case "from", "to" -> {
                // the statistics' month ranges are year-months; the other from/to are dates (format date)
                return operation.path().endsWith("/monthly") ? String.format("%d-%02d", YEAR, name.equals("from") ? 1 : 12) : null;
            }
            default -> {
                return null;
            }
        }
    }

    static LocalDate date(Random random, boolean edge) {
        if (edge) {
            return random.nextBoolean() ? LocalDate.of(YEAR, 1, 1) : LocalDate.of(YEAR, 12, 31);
        }
        return LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
    }

    private static String words(int length, Random random) {
        StringBuilder text = new StringBuilder("fuzz");
        while (text.length() < length) {
            text.append(text.length() % 9 == 8 && text.length() < length - 1 ? ' ' : LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.substring(0, length).strip().isEmpty() ? "f" : text.substring(0, length);
    }

    /** The alphabet of client codes (the kit's {@code ClientCodes.ALPHABET}). */
    private static final String CODE_CHARACTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static String letters(int length, Random random) {
        return drawn(LETTERS, length, random);
    }

    private static String drawn(String alphabet, int length, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
