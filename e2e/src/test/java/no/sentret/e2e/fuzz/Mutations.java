package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.sentret.e2e.fuzz.RequestFactory.Recipe;
import no.sentret.e2e.fuzz.RequestFactory.Slot;

/**
 * The ways a request is broken, each against the contract (a type, a required field, a length, a range,
 * an enum, a format) or against the centre's rules that no schema can say (no control character, no
 * personal data in free text, JSON only). Every broken string carries {@link #MARKER}, so an answer that
 * repeats the refused value is caught wherever the value went.
 */
final class Mutations {

    /** In every refused string value: it must not come back in any answer. */
    static final String MARKER = "zqx";
    /** Personal data in free text (an 11-digit fødselsnummer, a phone number, an e-mail address): refused, never echoed. */
    static final List<String> PERSONAL_VALUES = List.of("01019012345", "+47 912 34 567", "kari.nordmann@example.no");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> NOT_JSON = List.of("{", "zqx", "<a>zqx</a>", "[]", "\"zqx\"", "42", "null", "{\"a\":1,}", "{\"zqx\":");
    private static final List<String> ABSURD_DATES = List.of("-300000-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01", "2021-02-30", "2021-13-01", "01019012345");
    private static final char[] CONTROLS = {'\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b'};

    private Mutations() {
    }

    /** One applicable mutation, chosen by the recipe, applied to the request. */
    static void breakOne(FuzzRequest request, List<Slot> slots, Recipe recipe, Random random) {
        List<Runnable> candidates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Slot slot : slots) {
            for (Mutation m : applicable(slot)) {
                names.add(m + " " + slot.path());
                candidates.add(() -> m.apply(request, slot, recipe, random));
            }
        }
        if (request.operation.body() != null) {
            names.add("NOT_JSON");
            candidates.add(() -> {
                request.rawBody = NOT_JSON.get(Math.floorMod(recipe.variant(), NOT_JSON.size()));
                request.secrets = List.of(MARKER);
            });
            names.add("UNKNOWN_PROPERTY");
            candidates.add(() -> {
                if (request.body instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                    object.put("fuzzUnknownProperty", 1);
                    request.field = "fuzzUnknownProperty";
                }
            });
            if (request.operation.bodyRequired()) {
                names.add("NO_BODY");
                candidates.add(() -> request.body = null);
            }
        }
        if (candidates.isEmpty()) {
            request.kind = FuzzRequest.Kind.VALID; // nothing to break (no parameters, no body): sent as it is
            return;
        }
        int chosen = Math.floorMod(recipe.slot(), candidates.size());
        request.mutation = names.get(chosen);
        candidates.get(chosen).run();
    }

    static List<Mutation> applicable(Slot slot) {
        List<Mutation> list = new ArrayList<>();
        boolean body = slot.in().equals("body");
        String type = slot.type();
        if (slot.name().equals("Idempotency-Key")) {
            return List.of(Mutation.BAD_IDEMPOTENCY_KEY);
        }
        if (slot.required() && !slot.in().equals("path")) {
            list.add(Mutation.MISSING);
        }
        if (slot.required() && body && !slot.schema().path("nullable").asBoolean(false)) {
            list.add(Mutation.NULL);
        }
        if (body || !type.equals("string")) {
            list.add(Mutation.WRONG_TYPE);
        }
        if (type.equals("string") && !slot.isEnum()) {
            list.add(Mutation.CONTROL_CHARACTER);
            if (slot.schema().has("maxLength") && !slot.in().equals("path")) {
                list.add(Mutation.OVER_LONG);
            }
            if (body && slot.format().isEmpty() && !slot.name().equals("subject")) {
                list.add(Mutation.PERSONAL_DATA);
            }
        }
        if (slot.isEnum()) {
            list.add(Mutation.UNKNOWN_ENUM);
        }
        if (type.equals("integer") || type.equals("number")) {
            list.add(Mutation.OUT_OF_RANGE);
        }
        if (slot.format().startsWith("date")) {
            list.add(Mutation.ABSURD_DATE);
        }
        if (slot.format().equals("uuid") || slot.schema().path("pattern").asText().startsWith("[a-fA-F0-9]{8}")) {
            list.add(Mutation.MALFORMED_UUID);
        }
        if (type.equals("array") && (slot.schema().has("maxItems") || slot.schema().path("minItems").asInt(0) > 0)) {
            list.add(Mutation.ARRAY_SIZE);
        }
        return list;
    }

    enum Mutation {
        MISSING {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                if (s.owner() != null) {
                    s.owner().remove(s.property());
                } else {
                    r.query.remove(s.name());
                }
                r.field = s.name();
            }
        },
        NULL {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                s.owner().putNull(s.property());
                r.field = s.name();
            }
        },
        WRONG_TYPE {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                JsonNode wrong = switch (s.type()) {
                    case "string" -> List.<JsonNode>of(JSON.numberNode(12345), JSON.booleanNode(true), JSON.objectNode(), JSON.arrayNode().add("zqx"))
                            .get(Math.floorMod(recipe.variant(), 4));
                    case "array" -> JSON.textNode("zqx-not-a-list");
                    case "object" -> JSON.textNode("zqx-not-an-object");
                    case "boolean" -> JSON.textNode("zqxyes");
                    default -> Math.floorMod(recipe.variant(), 2) == 0 ? JSON.textNode("zqx12") : JSON.numberNode(1.5);
                };
                set(r, s, wrong);
            }
        },
        CONTROL_CHARACTER {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                String noise = recipe.noise().replace("\t", "").replace("\n", "").replace("\r", "");
                char control = CONTROLS[Math.floorMod(recipe.variant(), CONTROLS.length)];
                if (!s.in().equals("body") && Math.floorMod(recipe.variant(), 3) == 0) {
                    control = '\n'; // never part of a parameter: a forged log line or a split header
                }
                String text = MARKER + control + noise;
                text = text.substring(0, Math.min(text.length(), Math.max(MARKER.length() + 1, s.schema().path("maxLength").asInt(1000))));
                set(r, s, JSON.textNode(text));
            }
        },
        OVER_LONG {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                int max = s.schema().path("maxLength").asInt();
                int length = Math.floorMod(recipe.variant(), 2) == 0 ? max + 1 : Math.max(max + 1, s.in().equals("body") ? 60_000 : 5_000);
                set(r, s, JSON.textNode(MARKER + "a".repeat(length - MARKER.length())));
            }
        },
        PERSONAL_DATA {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                String secret = PERSONAL_VALUES.get(Math.floorMod(recipe.variant(), PERSONAL_VALUES.size()));
                int max = s.schema().path("maxLength").asInt(1000);
                // too long for the field, the length rule refuses it, which is as good: it must not come back either
                String text = ("ring " + secret).length() <= max ? "ring " + secret : secret;
                set(r, s, JSON.textNode(text));
                r.secrets = List.of(secret);
            }
        },
        UNKNOWN_ENUM {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                String first = s.schema().path("enum").path(0).asText();
                List<String> wrong = new ArrayList<>(List.of("ZQX_NOT_A_VALUE", first.toLowerCase().equals(first) ? MARKER + first : first.toLowerCase() + MARKER));
                if (s.in().equals("body")) {
                    wrong.add(""); // in a query, an empty value is how a form says "any" (status=): taken as not given
                }
                set(r, s, JSON.textNode(wrong.get(Math.floorMod(recipe.variant(), wrong.size()))));
            }
        },
        OUT_OF_RANGE {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                long min = s.schema().path("minimum").asLong(Integer.MIN_VALUE);
                long max = s.schema().path("maximum").asLong(Integer.MAX_VALUE);
                List<JsonNode> values = new ArrayList<>();
                if (s.schema().has("minimum")) {
                    values.add(JSON.numberNode(min - 1));
                }
                if (s.schema().has("maximum")) {
                    values.add(JSON.numberNode(max + 1));
                }
                values.add(JSON.numberNode(2147483647L));
                values.add(JSON.numberNode(-2147483649L));
                values.add(JSON.numberNode(new BigInteger("99999999999999999999999999")));
                JsonNode value = values.get(Math.floorMod(recipe.variant(), values.size()));
                if (value.asLong() >= min && value.asLong() <= max && value.canConvertToLong()) {
                    value = values.get(values.size() - 1);
                }
                set(r, s, value);
            }
        },
        ABSURD_DATE {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                String date = ABSURD_DATES.get(Math.floorMod(recipe.variant(), ABSURD_DATES.size()));
                set(r, s, JSON.textNode(s.format().equals("date-time") && date.contains("-") ? date + "T10:00:00+01:00" : date));
                r.secrets = date.equals("01019012345") ? List.of(date) : List.of();
            }
        },
        MALFORMED_UUID {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                List<String> wrong = List.of("zqx-not-a-uuid", "00000000-0000-0000-0000-00000000000g", "zqx" + "0".repeat(29), "zqx%00", "..");
                set(r, s, JSON.textNode(wrong.get(Math.floorMod(recipe.variant(), wrong.size()))));
            }
        },
        ARRAY_SIZE {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                ArrayNode array = JSON.arrayNode();
                int min = s.schema().path("minItems").asInt(0);
                if (min == 0 || (s.schema().has("maxItems") && Math.floorMod(recipe.variant(), 2) == 1)) {
                    JsonNode item = s.owner() != null && s.owner().get(s.property()) instanceof ArrayNode existing && !existing.isEmpty()
                            ? existing.get(0) : JSON.textNode("zqx");
                    for (int i = 0; i <= s.schema().path("maxItems").asInt(); i++) {
                        array.add(item.deepCopy());
                    }
                }
                set(r, s, array);
            }
        },
        BAD_IDEMPOTENCY_KEY {
            void apply(FuzzRequest r, Slot s, Recipe recipe, Random random) {
                List<String> wrong = List.of("zqx key with spaces", MARKER + "a".repeat(62), "zqx/../x", "zqx;drop");
                r.headers.put(s.name(), wrong.get(Math.floorMod(recipe.variant(), wrong.size())));
                r.field = s.name();
            }
        };

        abstract void apply(FuzzRequest request, Slot slot, Recipe recipe, Random random);

        /** The slot gets the value; a parameter gets its text. The field its problem must name is the slot's. */
        static void set(FuzzRequest r, Slot s, JsonNode value) {
            String text = value.isTextual() ? value.asText() : value.toString();
            switch (s.in()) {
                case "body" -> s.owner().set(s.property(), value);
                case "path" -> r.path.put(s.name(), text);
                case "query" -> r.query.put(s.name(), text);
                default -> r.headers.put(s.name(), text);
            }
            r.field = s.name();
            if (r.secrets.isEmpty() && text.contains(MARKER)) {
                r.secrets = List.of(MARKER);
            }
        }
    }
}
