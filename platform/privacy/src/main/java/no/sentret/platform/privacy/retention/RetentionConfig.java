package no.sentret.platform.privacy.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** {@code sentret.retention.*}: the retention job's schedule and each record type's period. */
@ConfigMapping(prefix = "sentret.retention")
public interface RetentionConfig {

    /** off: nothing is removed (a test that needs its old rows, or a centre that must keep them for an inquiry) */
    @WithDefault("true")
    boolean enabled();

    /** when the nightly run starts (Quartz-style cron, Oslo time; read by RetentionJob's @Scheduled) */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** record type → ISO-8601 period ({@code P5Y}); a type not named keeps its rule's default */
    Map<String, String> periods();
}
