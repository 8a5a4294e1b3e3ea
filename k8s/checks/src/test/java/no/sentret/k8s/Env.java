package no.sentret.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment a Deployment's first container gets: its ConfigMaps' values, its own env, and the
 * names of the keys of the Secrets it takes whole (generated Secrets: the rendered keys). A value
 * from a Secret key or an operator's Secret is "(secret)".
 */
final class Env {

    static Map<String, String> of(Rendered r, JsonNode deployment) {
        Map<String, String> env = new TreeMap<>();
        JsonNode c = deployment.at("/spec/template/spec/containers/0");
        for (JsonNode from : c.path("envFrom")) {
            if (from.has("configMapRef")) {
                r.find("ConfigMap", from.at("/configMapRef/name").asText())
                        .ifPresent(cm -> cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
            }
            if (from.has("secretRef")) {
                r.find("Secret", from.at("/secretRef/name").asText())
                        .ifPresent(s -> s.path("data").fieldNames().forEachRemaining(k -> env.put(k, "(secret)")));
            }
        }
        for (JsonNode e : c.path("env")) {
            env.put(e.path("name").asText(), e.has("value") ? e.path("value").asText() : "(secret)");
        }
        return env;
    }

    private Env() {
    }
}
