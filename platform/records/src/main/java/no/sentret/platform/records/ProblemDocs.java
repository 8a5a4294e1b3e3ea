package no.sentret.platform.records;

/** Descriptions shared by the OpenAPI annotations of every resource. */
public final class ProblemDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST = "Invalid request: unknown or missing property, wrong type, invalid enum value, "
            + "malformed JSON, personal data in a text field, or a time in the future. The problem names the field.";
    public static final String UNAUTHORIZED = "No valid bearer token";
    public static final String FORBIDDEN = "The token's roles do not allow this";
    public static final String TOO_LARGE = "Request body larger than 64 KiB";
    public static final String UNKNOWN_CLIENT = "The clientCode names no client";
    public static final String EXAMPLE_400 = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"activities[0]: 'SAUNA' is not one of CONVERSATION, LAUNDRY, MEAL, REST, SHOWER, SOCIAL_EVENT, OTHER",
             "errors":[{"field":"activities[0]","message":"'SAUNA' is not one of CONVERSATION, LAUNDRY, MEAL, REST, SHOWER, SOCIAL_EVENT, OTHER"}]}""";

    private ProblemDocs() {
    }
}
