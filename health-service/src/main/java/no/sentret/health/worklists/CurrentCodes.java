package no.sentret.health.worklists;

import java.util.HashMap;
import java.util.Map;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.problem.ProblemException;

/** Each recorded code resolved once (per list) to the code it stands for now: a client merged since is its survivor. */
public final class CurrentCodes {

    private final ClientDirectory directory;
    private final Map<String, String> resolved = new HashMap<>();

    public CurrentCodes(ClientDirectory directory) {
        this.directory = directory;
    }

    public String of(String code) {
        return resolved.computeIfAbsent(code, c -> {
            try {
                return directory.resolveReferenced(c, "clientCode");
            } catch (ProblemException e) {
                return c; // recorded before the directory knew it: the code itself
            }
        });
    }
}
