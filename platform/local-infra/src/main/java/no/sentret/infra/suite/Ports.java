package no.sentret.infra.suite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks before start-up that a port is free, and names the process holding it when it is not. */
final class Ports {

    private static final Pattern SS_USER = Pattern.compile("\\(\\(\"([^\"]+)\",pid=(\\d+)");

    private Ports() {
    }

    static void requireFree(int port, String component) {
        if (isFree(port)) {
            return;
        }
        throw new SuiteException("port " + port + " (" + component + ") is already in use by " + holder(port)
                + ". Stop that process or choose another port with " + hintFor(component) + ".");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** e.g. {@code "java (pid 4711): java -jar other.jar"}; best effort through {@code ss}, which lists listening sockets. */
    static String holder(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor(5, TimeUnit.SECONDS);
            Matcher m = SS_USER.matcher(out);
            if (m.find()) {
                long pid = Long.parseLong(m.group(2));
                String commandLine = ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
                return m.group(1) + " (pid " + pid + ")" + (commandLine.isEmpty() ? "" : ": " + abbreviate(commandLine));
            }
        } catch (IOException | InterruptedException | RuntimeException notAvailable) {
            // ss missing or not permitted: fall through
        }
        return "another process";
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static String hintFor(String component) {
        for (App app : App.values()) {
            if (app.module().equals(component)) {
                return app.portVariable();
            }
            if ((app.module() + " management").equals(component)) {
                return app.managementPortVariable();
            }
        }
        return switch (component) {
            case "keycloak" -> "SENTRET_KEYCLOAK_PORT";
            case "kafka" -> "SENTRET_KAFKA_PORT";
            case "postgres" -> "SENTRET_POSTGRES_PORT";
            default -> "the SENTRET_*_PORT variables";
        };
    }

    static int free() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new SuiteException("no free port", e);
        }
    }
}
