package io.wavegrid.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * What a test that timed out waiting for a service prints about the container: which bundles are not active and the
 * newest warnings and errors of its log. A CI run only keeps the failure messages, not the container's folder.
 */
public final class ContainerState {

    private static final int LOG_LINES = 25;
    private static final int LINE_CHARS = 400;

    private ContainerState() {
    }

    /** @param watched the bundle whose registered services are listed */
    public static String describe(BundleContext context, String watched) {
        StringBuilder text = new StringBuilder("; services of ").append(watched).append(':');
        for (Bundle bundle : context.getBundles()) {
            if (watched.equals(bundle.getSymbolicName())) {
                text.append(" (").append(state(bundle.getState())).append(')');
                ServiceReference<?>[] services = bundle.getRegisteredServices();
                for (ServiceReference<?> service : services == null ? new ServiceReference<?>[0] : services) {
                    text.append(' ').append(String.join("+", (String[]) service.getProperty(Constants.OBJECTCLASS)));
                }
            }
        }
        text.append("; bundles not active:");
        int inactive = 0;
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getState() != Bundle.ACTIVE && !fragment) {
                text.append(' ').append(bundle.getSymbolicName()).append('=').append(state(bundle.getState()));
                inactive++;
            }
        }
        if (inactive == 0) {
            text.append(" none");
        }
        text.append("; newest warnings and errors of the log:");
        for (String line : warnings()) {
            text.append("\n  ").append(line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS) + "..." : line);
        }
        return text.toString();
    }

    private static List<String> warnings() {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        Deque<String> newest = new ArrayDeque<>();
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.contains("| WARN ") || line.contains("| ERROR") || line.startsWith("Caused by") || line.startsWith("\tat io.wavegrid")) {
                    newest.addLast(line);
                    if (newest.size() > LOG_LINES) {
                        newest.removeFirst();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of("(" + log + " unreadable: " + e + ")");
        }
        return List.copyOf(newest);
    }

    private static String state(int state) {
        switch (state) {
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            case Bundle.ACTIVE:
                return "ACTIVE";
            default:
                return Integer.toString(state);
        }
    }
}
