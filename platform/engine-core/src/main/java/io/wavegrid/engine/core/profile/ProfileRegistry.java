package io.wavegrid.engine.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.engine.api.StrategyProfile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strategy profiles in force. A configuration change is validated first; if it is invalid the
 * previous profile stays in force and the rejection is recorded and logged. Accepted changes are logged
 * with their old and new values and handed to the kernel, which applies them from the next candle on.
 * With no profile configured, the seed profile "default" runs.
 */
public final class ProfileRegistry {

    public static final String DEFAULT_PROFILE = "default";
    private static final Logger LOG = LoggerFactory.getLogger(ProfileRegistry.class);

    private final Supplier<Set<String>> knownContributors;
    private final Map<String, ProfileStatus> profiles = new TreeMap<>();
    private Consumer<List<StrategyProfile>> onChange = p -> { };
    private long revisions;

    public ProfileRegistry(Supplier<Set<String>> knownContributors) {
        this.knownContributors = knownContributors;
    }

    public synchronized void onChange(Consumer<List<StrategyProfile>> listener) {
        onChange = listener;
    }

    /** Validates and, if valid, applies a profile's configuration. */
    public synchronized ProfileStatus configure(String name, Map<String, ?> config) {
        ProfileStatus previous = profiles.get(name);
        StrategyProfile old = previous == null ? null : previous.active();
        ProfileStatus status;
        try {
            StrategyProfile next = ProfileParser.parse(name, config, knownContributors.get());
            status = new ProfileStatus(name, next, ++revisions, null);
            profiles.put(name, status);
            logChange(old, next);
            onChange.accept(active());
        } catch (InvalidProfileException e) {
            status = new ProfileStatus(name, old, ++revisions, e.getMessage());
            profiles.put(name, status);
            LOG.error("{}; {}", e.getMessage(), old == null ? "the profile is not active" : "the previous configuration stays active");
        }
        return status;
    }

    public synchronized void remove(String name) {
        if (profiles.remove(name) != null) {
            LOG.info("Strategy profile '{}' removed", name);
            onChange.accept(active());
        }
    }

    /** Profiles the kernel aggregates for. */
    public synchronized List<StrategyProfile> active() {
        List<StrategyProfile> active = new ArrayList<>();
        for (ProfileStatus status : profiles.values()) {
            if (status.active() != null) {
                active.add(status.active());
            }
        }
        if (profiles.isEmpty()) {
            active.add(StrategyProfile.seed(DEFAULT_PROFILE));
        }
        return active;
    }

    public synchronized List<ProfileStatus> statuses() {
        if (profiles.isEmpty()) {
            return List.of(new ProfileStatus(DEFAULT_PROFILE, StrategyProfile.seed(DEFAULT_PROFILE), 0, null));
        }
        List<ProfileStatus> list = new ArrayList<>(profiles.values());
        list.sort(Comparator.comparing(ProfileStatus::name));
        return list;
    }

    private static void logChange(StrategyProfile old, StrategyProfile next) {
        if (old == null) {
            LOG.info("Strategy profile '{}' active: {}", next.name(), next);
            return;
        }
        List<String> changes = ProfileDiff.describe(old, next);
        if (changes.isEmpty()) {
            LOG.info("Strategy profile '{}' reconfigured without change", next.name());
        } else {
            LOG.info("Strategy profile '{}' changed: {}", next.name(), String.join(", ", changes));
        }
    }
}
