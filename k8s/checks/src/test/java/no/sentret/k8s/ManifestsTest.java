package no.sentret.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays render, and every object parses strictly into its model (unknown fields fail). */
class ManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsValidAgainstItsModel(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode o : r.objects) {
            problems.addAll(StrictModel.problems(o));
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyKindThatMustBeThereIs(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (String kind : List.of("Namespace", "Deployment", "Service", "ConfigMap", "Secret", "NetworkPolicy", "Ingress",
                "Cluster", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Keycloak", "KeycloakRealmImport")) {
            assertFalse(r.ofKind(kind).isEmpty(), overlay + " renders no " + kind);
        }
        assertEquals(6, r.ofKind("Deployment").size(), overlay);
        String namespace = overlay.equals("prod") ? "sentret" : "sentret-dev";
        for (JsonNode o : r.objects) {
            if (!o.path("kind").asText().equals("Namespace")) {
                assertEquals(namespace, o.path("metadata").path("namespace").asText(), Rendered.id(o));
            }
        }
        assertTrue(r.find("Namespace", namespace).orElseThrow().path("metadata").path("labels")
                .path("pod-security.kubernetes.io/enforce").asText().equals("restricted"));
    }
}
