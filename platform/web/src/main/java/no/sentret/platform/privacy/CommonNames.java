package no.sentret.platform.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The most common Norwegian given names and surnames ({@code common-names.txt}, after Statistics Norway's lists). */
final class CommonNames {

    private static final Set<String> NAMES = load();

    private CommonNames() {
    }

    static boolean contains(String word) {
        return word != null && NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = CommonNames.class.getResourceAsStream("common-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-names.txt is missing from the kit");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
