package no.sentret.gateway.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Where the privacy officer's fan-outs go ({@code sentret.privacy.*}): per route name of the route
 * table, the service's own path. Adding a service to the trail or the export is a line here.
 */
@ConfigMapping(prefix = "sentret.privacy")
public interface PrivacyConfig {

    /** route name → the service's audit log, e.g. {@code health=/health/audit} (its {@code /daily} beside it) */
    Map<String, String> auditTrails();

    /** route name → the service's export of one client code, {@code {clientCode}} in the path */
    Map<String, String> exports();

    /** the most entries one trail answer lists (newest first across the services) */
    @WithDefault("500")
    int maxEntries();
}
