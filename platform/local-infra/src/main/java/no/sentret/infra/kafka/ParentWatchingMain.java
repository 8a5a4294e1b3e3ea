package no.sentret.infra.kafka;

import java.util.Arrays;

/**
 * Runs a main class (the Kafka broker) and halts it when the process that started it is gone, so
 * a killed test JVM or suite launcher never leaves a broker behind.
 * Usage: {@code ParentWatchingMain <parent-pid> <main-class> [args...]}.
 */
public final class ParentWatchingMain {

    private ParentWatchingMain() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    System.exit(0);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Class.forName(args[1]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
