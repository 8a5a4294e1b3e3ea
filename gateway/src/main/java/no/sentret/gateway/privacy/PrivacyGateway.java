package no.sentret.gateway.privacy;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.sentret.gateway.problem.Problems;

/**
 * {@code /api/privacy/**}: the privacy officer's requests that no single service can answer, assembled
 * here from each service's own endpoint. Admin only, at the edge and again in every service.
 * <ul>
 * <li>{@code GET /api/privacy/audit}: special-category reads across services ({@link AuditTrailFanOut})</li>
 * <li>{@code GET /api/privacy/clients/{clientCode}/export}: everything held under a client code ({@link SubjectExport})</li>
 * </ul>
 */
@ApplicationScoped
public class PrivacyGateway {

    public static final String PREFIX = "/api/privacy";
    static final String ADMIN = "admin";
    private static final String AUDIT = PREFIX + "/audit";
    private static final String EXPORT_TEMPLATE = PREFIX + "/clients/{clientCode}/export";
    private static final Pattern EXPORT = Pattern.compile("/api/privacy/clients/([^/]+)/export");
    /**
     * The paths answered here, as the public document names them: {@code gateway/src/main/openapi/privacy.yaml} documents
     * exactly these (PublicApiDocumentTest), and a path added here without it fails that test.
     */
    public static final List<String> PATHS = List.of(AUDIT, EXPORT_TEMPLATE);

    private final AuditTrailFanOut trail;
    private final SubjectExport export;

    PrivacyGateway(AuditTrailFanOut trail, SubjectExport export) {
        this.trail = trail;
        this.export = export;
    }

    public static boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    /** The caller is authenticated; {@code accessToken} is the one the services get. */
    public void handle(RoutingContext ctx, SecurityIdentity identity, String accessToken) {
        if (!identity.hasRole(ADMIN)) {
            Problems.send(ctx, 403, "Forbidden", "the privacy officer's requests need the role admin");
            return;
        }
        String path = ctx.normalizedPath();
        boolean get = ctx.request().method() == HttpMethod.GET;
        Matcher exportPath = EXPORT.matcher(path);
        if (path.equals(AUDIT)) {
            if (get) {
                trail.answer(ctx, accessToken);
            } else {
                notAllowed(ctx);
            }
        } else if (exportPath.matches()) {
            if (get) {
                export.answer(ctx, exportPath.group(1), accessToken);
            } else {
                notAllowed(ctx);
            }
        } else {
            Problems.send(ctx, 404, "Not Found", "no privacy request answers this path");
        }
    }

    private static void notAllowed(RoutingContext ctx) {
        ctx.response().putHeader("Allow", "GET");
        Problems.send(ctx, 405, "Method Not Allowed", "only GET");
    }
}
