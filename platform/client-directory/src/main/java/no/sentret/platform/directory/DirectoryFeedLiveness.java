package no.sentret.platform.directory;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** DOWN when the feed's thread has died, so the platform restarts the pod instead of serving a directory that no longer grows. */
@Liveness
@ApplicationScoped
class DirectoryFeedLiveness implements HealthCheck {

    private final DirectoryFeed feed;

    DirectoryFeedLiveness(DirectoryFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        Throwable died = feed.died();
        return HealthCheckResponse.named("client directory feed")
                .status(died == null)
                .withData("enabled", feed.enabled())
                .withData("applied", feed.applied())
                .build();
    }
}
