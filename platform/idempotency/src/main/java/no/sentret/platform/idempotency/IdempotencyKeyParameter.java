package no.sentret.platform.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Documents the Idempotency-Key header, and the two answers it adds, on every POST of the service. */
// a fixed priority among the kit's filters: their order decides the order of keys in the committed document
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class IdempotencyKeyParameter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getPOST)
                .filter(post -> post != null)
                .forEach(IdempotencyKeyParameter::document);
    }

    private static void document(Operation post) {
        post.addParameter(OASFactory.createParameter()
                .name(IdempotentRequests.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe: the same key with the same request returns the first answer "
                        + "(header Idempotent-Replayed: true) and records nothing new; keys are the caller's own and "
                        + "are remembered for a day. The key " + IdempotentRequests.KEY_RULE + ".")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .pattern("^" + IdempotentRequests.KEY.pattern() + "$").maxLength(64))
                .example("0b6f3f6e-3d0c-4c4b-9a55-1f0e8f7a2b11"));
        addIfAbsent(post, "409", "A request with this Idempotency-Key is still being processed; retry after Retry-After seconds");
        addIfAbsent(post, "422", "The request could not be processed as sent (e.g. its Idempotency-Key was used for a different request)");
    }

    private static void addIfAbsent(Operation post, String status, String description) {
        if (post.getResponses() == null || post.getResponses().hasAPIResponse(status)) {
            return;
        }
        post.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
