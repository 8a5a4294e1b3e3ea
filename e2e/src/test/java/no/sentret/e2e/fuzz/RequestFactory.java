package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Builds a request for an operation from a {@link Recipe}: valid (in range), boundary (at the edges) or
 * invalid (a valid request with one thing broken by a {@link Mutations mutation}: a field, a parameter,
 * the idempotency key or the whole body).
 */
final class RequestFactory {

    private final SchemaValues values;
    private final UnstatedRules rules;

    RequestFactory(Owned owned) {
        this.values = new SchemaValues(owned);
        this.rules = new UnstatedRules(owned);
    }

    FuzzRequest build(Operation operation, Recipe recipe) {
        Random random = new Random(recipe.seed());
        FuzzRequest.Kind kind = recipe.kind();
        FuzzRequest request = new FuzzRequest(operation, kind);
        boolean edge = kind == FuzzRequest.Kind.BOUNDARY;
        request.headers.put("Accept", operation.accept());
        for (Operation.Parameter p : operation.parameters()) {
            if (p.name().equals("Idempotency-Key")) {
                request.headers.put(p.name(), "fuzz-" + UUID.randomUUID());
                continue;
            }
            if (!p.required() && !edge && random.nextInt(3) == 0) {
                continue;
            }
            String value = text(edge ? values.boundary(p.name(), p.schema(), operation, random) : values.valid(p.name(), p.schema(), operation, random));
            switch (p.in()) {
                case "path" -> request.path.put(p.name(), value);
                case "query" -> request.query.put(p.name(), value);
                case "header" -> request.headers.put(p.name(), value);
                default -> { }
            }
        }
        inOrder(request.query, operation, random, edge, "from", "to");
        inOrder(request.query, operation, random, edge, "fromYear", "toYear");
        if (operation.body() != null) {
            request.body = edge ? values.boundary("body", operation.body(), operation, random) : values.valid("body", operation.body(), operation, random);
        }
        rules.apply(request, random);
        if (kind == FuzzRequest.Kind.INVALID) {
            List<Slot> slots = slots(operation, request);
            Mutations.breakOne(request, slots, recipe, random);
        }
        return request;
    }

    /**
     * A period is given whole and in order: {@code from} without {@code to} (or after it) is refused by a
     * rule no schema states, and would hide the rule a mutation breaks behind another field's problem.
     */
    private void inOrder(java.util.Map<String, String> query, Operation operation, Random random, boolean edge, String first, String last) {
        Operation.Parameter from = null;
        Operation.Parameter to = null;
        for (Operation.Parameter p : operation.parameters()) {
            if (p.in().equals("query") && p.name().equals(first)) {
                from = p;
            } else if (p.in().equals("query") && p.name().equals(last)) {
                to = p;
            }
        }
        if (from == null || to == null || (!query.containsKey(first) && !query.containsKey(last))) {
            return;
        }
        for (Operation.Parameter p : List.of(from, to)) {
            query.computeIfAbsent(p.name(), k -> text(edge ? values.boundary(k, p.schema(), operation, random) : values.valid(k, p.schema(), operation, random)));
        }
        SchemaValues.swapIfAfter(query, first, last);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Everything one mutation can break: parameters, body fields (and the fields of a list's first item). */
    static List<Slot> slots(Operation operation, FuzzRequest request) {
        List<Slot> slots = new ArrayList<>();
        for (Operation.Parameter p : operation.parameters()) {
            if (p.in().equals("header") && !p.name().equals("Idempotency-Key")) {
                continue; // Accept-Language is negotiated, never refused
            }
            slots.add(new Slot(p.in(), p.name(), p.name(), p.schema(), p.required(), null, null));
        }
        if (operation.body() != null && request.body instanceof ObjectNode body) {
            addFields(slots, operation.body(), body, "");
        }
        return slots;
    }

    private static void addFields(List<Slot> slots, JsonNode schema, ObjectNode object, String prefix) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode propertySchema = property.getValue();
            if (propertySchema.path("deprecated").asBoolean(false)) {
                return;
            }
            slots.add(new Slot("body", prefix + name, name, propertySchema, required.contains(name), object, name));
            if (propertySchema.path("items").has("properties") && object.get(name) instanceof ArrayNode items
                    && !items.isEmpty() && items.get(0) instanceof ObjectNode first) {
                addFields(slots, propertySchema.path("items"), first, prefix + name + "[0].");
            }
        });
    }

    /** A place a value goes: a parameter ({@code in} path, query, header) or a body field of {@code owner}. */
    record Slot(String in, String path, String name, JsonNode schema, boolean required, ObjectNode owner, String property) {

        String type() {
            return schema.path("type").asText(schema.has("properties") ? "object" : "string");
        }

        boolean isEnum() {
            return schema.has("enum");
        }

        String format() {
            return schema.path("format").asText();
        }
    }

    /** One case's recipe ({@link Recipes}): the kind of request, a seed for its values, which slot and variant to break. */
    record Recipe(FuzzRequest.Kind kind, long seed, int slot, int variant, String noise) {
    }
}
