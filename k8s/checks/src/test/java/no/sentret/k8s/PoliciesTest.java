package no.sentret.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policies k8s/README.md promises, checked on what kustomize renders. */
class PoliciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerIsNonRootReadOnlyAndLimited(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : Rendered.overlay(overlay).ofKind("Deployment")) {
            JsonNode pod = d.at("/spec/template/spec");
            for (JsonNode c : pod.path("containers")) {
                String where = Rendered.id(d) + "/" + c.path("name").asText();
                boolean nonRoot = c.at("/securityContext/runAsNonRoot").asBoolean(pod.at("/securityContext/runAsNonRoot").asBoolean());
                check(problems, nonRoot, where + ": runAsNonRoot");
                check(problems, c.at("/securityContext/readOnlyRootFilesystem").asBoolean(), where + ": readOnlyRootFilesystem");
                check(problems, c.at("/securityContext/allowPrivilegeEscalation").isBoolean()
                        && !c.at("/securityContext/allowPrivilegeEscalation").asBoolean(), where + ": allowPrivilegeEscalation false");
                check(problems, c.at("/securityContext/capabilities/drop").toString().contains("ALL"), where + ": drops ALL capabilities");
                check(problems, c.at("/resources/limits/memory").isTextual(), where + ": memory limit");
                check(problems, c.at("/resources/requests/cpu").isTextual(), where + ": cpu request");
                check(problems, c.at("/livenessProbe/httpGet/path").asText().equals("/q/health/live"), where + ": liveness /q/health/live");
                check(problems, c.at("/readinessProbe/httpGet/path").asText().equals("/q/health/ready"), where + ": readiness /q/health/ready");
                // issue 17: health, metrics and the OpenAPI document live on the management interface, not the API's port
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    check(problems, c.at("/" + probe + "/httpGet/port").asText().equals("management"), where + ": " + probe + " on the management port");
                }
                check(problems, c.at("/lifecycle/preStop").isObject(), where + ": preStop (graceful shutdown)");
            }
            check(problems, !pod.path("automountServiceAccountToken").asBoolean(true), Rendered.id(d) + ": no service-account token");
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyImageIsFullyQualifiedAndProdIsReleased(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : Rendered.overlay(overlay).ofKind("Deployment")) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                String image = c.path("image").asText();
                String where = Rendered.id(d) + ": image " + image;
                String first = image.split("/")[0];
                check(problems, image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")),
                        where + " names its registry");
                String tag = image.contains("@") ? null : image.substring(image.lastIndexOf('/')).contains(":")
                        ? image.substring(image.lastIndexOf(':') + 1) : "";
                check(problems, tag == null || !tag.isEmpty(), where + " has a tag or digest");
                check(problems, !"latest".equals(tag), where + " is not latest");
                if (overlay.equals("prod")) {
                    check(problems, tag == null || !tag.equals("dev"), where + " is a release in prod");
                    check(problems, tag == null || tag.matches("\\d+\\.\\d+\\.\\d+-[0-9a-f]{7,40}"), where + " is <version>-<commit>");
                    check(problems, c.path("imagePullPolicy").asText().equals("IfNotPresent"), where + " pull policy IfNotPresent");
                } else {
                    check(problems, !"dev".equals(tag) || c.path("imagePullPolicy").asText().equals("Always"),
                            where + ": the moving tag 'dev' is pulled Always");
                }
            }
        }
        assertEquals(List.of(), problems, overlay);
    }

    /** Every Secret a pod or an operator's resource names exists: rendered, or made by an operator. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySecretReferencedExists(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Set<String> available = new TreeSet<>();
        r.ofKind("Secret").forEach(s -> available.add(Rendered.name(s)));
        r.ofKind("Cluster").forEach(c -> available.add(Rendered.name(c) + "-app"));   // CloudNativePG: the owner's account
        r.ofKind("KafkaUser").forEach(u -> available.add(Rendered.name(u)));          // Strimzi: the user's password and JAAS line
        r.ofKind("Kafka").forEach(k -> available.add(Rendered.name(k) + "-cluster-ca-cert"));
        r.ofKind("Ingress").forEach(i -> i.at("/spec/tls").forEach(t -> available.add(t.path("secretName").asText()))); // cert-manager
        Map<String, String> referenced = new TreeMap<>();
        for (JsonNode d : r.ofKind("Deployment")) {
            JsonNode pod = d.at("/spec/template/spec");
            pod.path("volumes").forEach(v -> put(referenced, v.at("/secret/secretName"), Rendered.id(d)));
            for (JsonNode c : pod.path("containers")) {
                c.path("env").forEach(e -> put(referenced, e.at("/valueFrom/secretKeyRef/name"), Rendered.id(d)));
                c.path("envFrom").forEach(e -> put(referenced, e.at("/secretRef/name"), Rendered.id(d)));
            }
        }
        r.ofKind("Keycloak").forEach(k -> {
            put(referenced, k.at("/spec/db/usernameSecret/name"), Rendered.id(k));
            put(referenced, k.at("/spec/db/passwordSecret/name"), Rendered.id(k));
        });
        r.ofKind("KeycloakRealmImport").forEach(k -> k.at("/spec/placeholders")
                .forEach(p -> put(referenced, p.at("/secret/name"), Rendered.id(k))));
        List<String> missing = new ArrayList<>();
        referenced.forEach((name, by) -> {
            if (!available.contains(name)) {
                missing.add(by + " -> Secret " + name);
            }
        });
        assertEquals(List.of(), missing, overlay);
        // every rendered Secret comes from a secretGenerator and is used
        for (JsonNode s : r.ofKind("Secret")) {
            assertTrue(referenced.containsKey(Rendered.name(s)), overlay + ": Secret " + Rendered.name(s) + " is used");
        }
    }

    /** No Secret in the repository: no Secret manifest, and what the secretGenerators read is git-ignored. */
    @Test
    void noSecretIsCommitted() throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Rendered.K8S)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = Rendered.K8S.relativize(f).toString();
                if (rel.startsWith("checks") || !(rel.endsWith(".yaml") || rel.endsWith(".yml"))) {
                    continue;
                }
                if (Files.readString(f).lines().anyMatch(l -> l.matches("kind:\\s*Secret\\s*"))) {
                    problems.add(rel + " holds a Secret");
                }
            }
        }
        for (String overlay : List.of("dev", "prod")) {
            JsonNode k = Rendered.YAML.readTree(Rendered.K8S.resolve("overlays/" + overlay + "/kustomization.yaml").toFile());
            for (JsonNode g : k.path("secretGenerator")) {
                List<String> sources = new ArrayList<>();
                g.path("envs").forEach(e -> sources.add(e.asText()));
                g.path("files").forEach(e -> sources.add(e.asText().replaceFirst("^[^=]*=", "")));
                check(problems, g.path("literals").isMissingNode(), overlay + ": secretGenerator " + g.path("name").asText() + " has literals");
                for (String s : sources) {
                    String path = "k8s/overlays/" + overlay + "/" + s;
                    check(problems, git("check-ignore", "-q", "--no-index", path) == 0, path + " is git-ignored");
                    check(problems, gitOutput("ls-files", path).isBlank(), path + " is not committed");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configMapsAreGeneratedSoChangesRoll(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (JsonNode d : r.ofKind("Deployment")) {
            for (JsonNode e : d.at("/spec/template/spec/containers/0/envFrom")) {
                if (e.has("configMapRef")) {
                    assertTrue(e.at("/configMapRef/name").asText().matches(".*-[a-z0-9]{10}"),
                            Rendered.id(d) + " uses " + e.at("/configMapRef/name").asText() + ", not a generated (hashed) ConfigMap");
                }
            }
        }
    }

    /** Readiness must not follow the broker: the outbox keeps the events while it is away. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void readinessDoesNotDependOnTheBroker(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (JsonNode d : r.ofKind("Deployment")) {
            Map<String, String> env = Env.of(r, d);
            if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertEquals("false", env.get("QUARKUS_KAFKA_HEALTH_ENABLED"), Rendered.id(d));
                assertEquals("SASL_SSL", env.get("KAFKA_SECURITY_PROTOCOL"), Rendered.id(d));
                assertTrue(env.containsKey("KAFKA_SASL_JAAS_CONFIG"), Rendered.id(d) + ": its KafkaUser's JAAS line");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayIsReadyForSeveralReplicasBehindTheIngress(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> env = Env.of(r, r.find("Deployment", "gateway").orElseThrow());
        assertTrue(env.containsKey("QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET"), "state secret shared by the replicas");
        assertTrue(env.containsKey("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET"), "token encryption secret shared by the replicas");
        String proxies = env.getOrDefault("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "");
        assertTrue(!proxies.isBlank() && !proxies.contains("0.0.0.0/32") && !proxies.contains("0.0.0.0/0"), "trusted proxies: " + proxies);
    }

    @Test
    void prodIsHighlyAvailable() {
        Rendered r = Rendered.overlay("prod");
        Set<String> pdbs = new HashSet<>();
        r.ofKind("PodDisruptionBudget").forEach(p -> pdbs.add(p.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()));
        Map<String, JsonNode> hpas = new TreeMap<>();
        r.ofKind("HorizontalPodAutoscaler").forEach(h -> hpas.put(h.at("/spec/scaleTargetRef/name").asText(), h));
        for (String writer : List.of("gateway", "visit-service", "health-service", "legal-aid-service", "outreach-service")) {
            assertTrue(hpas.containsKey(writer), writer + " has an HPA");
        }
        for (JsonNode d : r.ofKind("Deployment")) {
            String name = Rendered.name(d);
            JsonNode hpa = hpas.get(name);
            if (hpa != null) {
                assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, name + ": HPA min 2");
                assertTrue(d.at("/spec/replicas").isMissingNode(), name + ": replicas left to the HPA");
            } else {
                assertTrue(d.at("/spec/replicas").asInt() >= 2, name + ": 2 replicas");
            }
            assertTrue(pdbs.contains(name), name + " has a PodDisruptionBudget");
            assertTrue(d.at("/spec/template/spec/topologySpreadConstraints").toString().contains("kubernetes.io/hostname"),
                    name + " is spread over nodes");
        }
        r.ofKind("Cluster").forEach(c -> assertTrue(c.at("/spec/instances").asInt() >= 2, Rendered.id(c)));
        r.ofKind("KafkaNodePool").forEach(p -> assertTrue(p.at("/spec/replicas").asInt() >= 3, Rendered.id(p)));
        r.ofKind("Keycloak").forEach(k -> assertTrue(k.at("/spec/instances").asInt() >= 2, Rendered.id(k)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAppIsScraped(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (JsonNode d : r.ofKind("Deployment")) {
            String tier = d.at("/spec/template/metadata/labels/sentret.no~1tier").asText();
            if (tier.equals("service") || tier.equals("gateway")) {
                JsonNode a = d.at("/spec/template/metadata/annotations");
                assertEquals("true", a.path("prometheus.io/scrape").asText(), Rendered.id(d));
                assertEquals("/q/metrics", a.path("prometheus.io/path").asText(), Rendered.id(d));
                assertEquals(String.valueOf(MANAGEMENT_PORT), a.path("prometheus.io/port").asText(), Rendered.id(d) + ": metrics on the management port");
            }
        }
    }

    private static final int MANAGEMENT_PORT = 9000;

    /** Issue 17: no Service (hence neither the ingress nor the gateway) reaches an app's management interface. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noServiceExposesTheManagementInterface(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (JsonNode d : r.ofKind("Deployment")) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                boolean declared = false;
                for (JsonNode port : c.path("ports")) {
                    declared |= port.path("name").asText().equals("management") && port.path("containerPort").asInt() == MANAGEMENT_PORT;
                }
                assertTrue(declared, Rendered.id(d) + ": container port 'management' " + MANAGEMENT_PORT);
            }
        }
        for (JsonNode s : r.ofKind("Service")) {
            for (JsonNode port : s.at("/spec/ports")) {
                String where = Rendered.id(s) + " port " + port;
                assertTrue(port.path("port").asInt() != MANAGEMENT_PORT && port.path("targetPort").asInt() != MANAGEMENT_PORT
                        && !port.path("targetPort").asText().equals("management"), where + " exposes the management interface");
            }
        }
    }

    private static void put(Map<String, String> map, JsonNode name, String by) {
        if (name.isTextual()) {
            map.merge(name.asText(), by, (a, b) -> a.contains(b) ? a : a + ", " + b);
        }
    }

    static void check(List<String> problems, boolean ok, String what) {
        if (!ok) {
            problems.add(what);
        }
    }

    private static int git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", Rendered.ROOT.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static String gitOutput(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", Rendered.ROOT.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
