package no.sentret.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Java runtime of the images: {@code jlink} of this JDK's modules into {@code /opt/java}. The list is the JDK's
 * runtime modules without its development tools, because the apps reach modules by reflection and service loading
 * (Narayana, Kafka's SASL, Micrometer's JVM metrics, JFreeChart and the PDF renderer's java.desktop, CLDR locale
 * data for Norwegian) that {@code jdeps} would not see.
 */
final class JavaRuntime {

    static final String MODULES = String.join(",", List.of(
            "java.base", "java.compiler", "java.datatransfer", "java.desktop", "java.instrument", "java.logging",
            "java.management", "java.management.rmi", "java.naming", "java.net.http", "java.prefs", "java.rmi",
            "java.scripting", "java.security.jgss", "java.security.sasl", "java.sql", "java.sql.rowset",
            "java.transaction.xa", "java.xml", "java.xml.crypto", "jdk.charsets", "jdk.crypto.cryptoki",
            "jdk.crypto.ec", "jdk.httpserver", "jdk.jfr", "jdk.localedata", "jdk.management", "jdk.management.jfr",
            "jdk.naming.dns", "jdk.net", "jdk.security.auth", "jdk.security.jgss", "jdk.unsupported", "jdk.zipfs"));

    private JavaRuntime() {}

    /** Links the runtime into {@code target} (which must not exist yet) with the running JDK's {@code jlink}. */
    static void link(Path target) throws IOException, InterruptedException {
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        if (!Files.isExecutable(jlink)) {
            throw new IllegalStateException("no jlink at " + jlink + ": build the images with a JDK, not a JRE");
        }
        Commands.run(List.of(jlink.toString(), "--add-modules", MODULES, "--strip-debug", "--no-man-pages",
                "--no-header-files", "--compress=2", "--output", target.toString()));
    }
}
