package no.sentret.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * States an operation's role rule the way tools read it. Quarkus writes {@code @RolesAllowed({"staff", "admin"})}
 * as the security requirement {@code oidc: [staff, admin]}; OpenAPI reads a requirement's list as scopes that
 * must <em>all</em> be granted, and our tokens carry roles, not scopes. So the requirement says only "a token of
 * this provider" ({@code oidc: []}), the roles move to the {@code x-roles} extension (any one of them suffices), and
 * the description says so in words.
 */
// a fixed priority among the kit's filters: their order decides the order of keys in the committed document
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 20)
public class RolesAsExtension implements OASFilter {

    static final String EXTENSION = "x-roles";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return operation;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> rewritten = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement tokenOnly = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                tokenOnly.addScheme(scheme, List.of());
            });
            if (!rewritten.contains(tokenOnly)) {
                rewritten.add(tokenOnly);
            }
        }
        operation.setSecurity(rewritten);
        if (!roles.isEmpty()) {
            operation.addExtension(EXTENSION, new ArrayList<>(roles));
            String rule = roles.size() == 1
                    ? "Role: " + roles.iterator().next() + "."
                    : "Roles: any one of " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? rule : description.strip() + " " + rule);
        }
        return operation;
    }
}
