package no.sentret.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudNativePG's and the Keycloak operator's resources: their operators publish no Java model on
 * Maven Central and their CRDs cannot be fetched here, so each object of theirs is held to the fields
 * their CRDs define at the paths these manifests use (CloudNativePG 1.27, Keycloak 26 operator:
 * copied from their API references). An unknown field at a listed path fails; deeper objects that are
 * plain Kubernetes types (resources) are not looked into.
 */
final class OperatorCrs {

    private static final Set<String> METADATA = Set.of("name", "namespace", "labels", "annotations");

    private static final Map<String, Map<String, Set<String>>> FIELDS = Map.of(
            "Cluster", Map.of(
                    "", Set.of("apiVersion", "kind", "metadata", "spec"),
                    "spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "primaryUpdateMethod", "bootstrap",
                            "storage", "walStorage", "resources", "affinity", "postgresql", "monitoring", "backup",
                            "managed", "enableSuperuserAccess", "superuserSecret", "minSyncReplicas", "maxSyncReplicas",
                            "description", "plugins", "topologySpreadConstraints", "priorityClassName", "logLevel"),
                    "spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
                    "spec.bootstrap.initdb", Set.of("database", "owner", "secret", "encoding", "localeCollate", "localeCType",
                            "dataChecksums", "postInitApplicationSQL", "postInitSQL", "postInitTemplateSQL"),
                    "spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate"),
                    "spec.affinity", Set.of("enablePodAntiAffinity", "topologyKey", "podAntiAffinityType", "nodeSelector",
                            "tolerations", "nodeAffinity", "additionalPodAffinity", "additionalPodAntiAffinity")),
            "Keycloak", Map.of(
                    "", Set.of("apiVersion", "kind", "metadata", "spec"),
                    "spec", Set.of("instances", "image", "imagePullSecrets", "db", "http", "hostname", "proxy", "ingress",
                            "resources", "features", "transaction", "additionalOptions", "unsupported", "startOptimized",
                            "bootstrapAdmin", "cache", "httpManagement", "scheduling", "networkPolicy", "truststores", "env"),
                    "spec.db", Set.of("vendor", "host", "port", "database", "schema", "url", "usernameSecret", "passwordSecret",
                            "poolInitialSize", "poolMinSize", "poolMaxSize"),
                    "spec.db.usernameSecret", Set.of("name", "key"),
                    "spec.db.passwordSecret", Set.of("name", "key"),
                    "spec.http", Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations", "labels"),
                    "spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic"),
                    "spec.proxy", Set.of("headers"),
                    "spec.ingress", Set.of("enabled", "className", "annotations", "labels", "tlsSecret")),
            "KeycloakRealmImport", Map.of(
                    "", Set.of("apiVersion", "kind", "metadata", "spec"),
                    "spec", Set.of("keycloakCRName", "realm", "placeholders", "resources"),
                    "spec.realm", Set.of("realm", "enabled", "displayName", "sslRequired", "registrationAllowed",
                            "resetPasswordAllowed", "rememberMe", "loginWithEmailAllowed", "duplicateEmailsAllowed",
                            "bruteForceProtected", "permanentLockout", "failureFactor", "waitIncrementSeconds", "maxFailureWaitSeconds", "maxDeltaTimeSeconds", "accessTokenLifespan", "ssoSessionIdleTimeout", "ssoSessionMaxLifespan",
                            "roles", "clients", "users", "groups", "passwordPolicy", "otpPolicyType", "requiredActions",
                            "clientScopes", "defaultDefaultClientScopes", "defaultOptionalClientScopes")));

    static List<String> problems(JsonNode object) {
        String kind = object.path("kind").asText();
        Map<String, Set<String>> fields = FIELDS.get(kind);
        List<String> problems = new ArrayList<>();
        fields.forEach((path, allowed) -> {
            JsonNode node = path.isEmpty() ? object : object.at("/" + path.replace('.', '/'));
            if (node.isObject()) {
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    if (!allowed.contains(field)) {
                        problems.add(Rendered.id(object) + ": unknown field " + (path.isEmpty() ? "" : path + ".") + field);
                    }
                }
            }
        });
        object.path("metadata").fieldNames().forEachRemaining(f -> {
            if (!METADATA.contains(f)) {
                problems.add(Rendered.id(object) + ": unknown field metadata." + f);
            }
        });
        if (kind.equals("KeycloakRealmImport")) {
            object.path("spec").path("placeholders").forEach(p -> {
                if (!p.path("secret").path("name").isTextual() || !p.path("secret").path("key").isTextual()) {
                    problems.add(Rendered.id(object) + ": a placeholder needs secret.name and secret.key");
                }
            });
        }
        return problems;
    }

    private OperatorCrs() {
    }
}
