package no.sentret.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * An upstream that costs next to nothing (issue 20): reads the request's body and answers every request
 * {@code 201} with a visit-sized JSON body. In front of it, a proxy's CPU per request is the proxy's own,
 * with no database, broker or service in the figures ({@link GatewayOverheadBench}). A process of its own.
 * Args: listenPort.
 */
public final class StubUpstream {

    /** about the size of visit-service's answer to {@code POST /visits} */
    private static final Buffer ANSWER = Buffer.buffer("{\"id\":\"6b0c1f0e-2f4e-4d3a-9a51-6f1c2b7d8e90\",\"clientCode\":null,"
            + "\"occurredAt\":\"2026-11-30T12:00:00Z\",\"activities\":[\"CONVERSATION\",\"MEAL\"],\"recordedBy\":\"gateway-bench\"}");

    public static void main(String[] args) {
        Vertx.vertx().createHttpServer()
                .requestHandler(request -> request.body().onComplete(body -> request.response().setStatusCode(201)
                        .putHeader("Content-Type", "application/json").end(ANSWER)))
                .listen(Integer.parseInt(args[0]))
                .onSuccess(s -> System.out.println("stub upstream on " + s.actualPort()))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }
}
