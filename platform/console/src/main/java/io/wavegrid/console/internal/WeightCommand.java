package io.wavegrid.console.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.signal.api.Category;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Sets a category or contributor weight of a strategy profile through Config Admin, so the change is
 * persisted in etc/, audited like any other edit, and validated by the engine, whose verdict is shown.
 */
@Service
@Command(scope = "wavegrid", name = "weight", description = "Shows or sets the weight of a category or contributor in a strategy profile")
public class WeightCommand implements Action {

    private static final long VERDICT_WAIT_MS = 5_000;

    @Reference
    private Engine engine;

    @Reference
    private ConfigurationAdmin configAdmin;

    @Argument(index = 0, name = "profile", description = "Strategy profile, e.g. default", required = true)
    private String profile;

    @Argument(index = 1, name = "target", description = "A category (technical, patterns, elliott, fibonacci, volume, "
            + "strategy) or a contributor name", required = false)
    private String target;

    @Argument(index = 2, name = "weight", description = "New weight, a number >= 0", required = false)
    private String weight;

    @Override
    public Object execute() throws Exception {
        Optional<ProfileStatus> status = status();
        if (target == null) {
            System.out.println(status.map(WeightCommand::describe).orElse("No profile named '" + profile + "'"));
            return null;
        }
        if (weight == null) {
            throw new IllegalArgumentException("Give the new weight too: wavegrid:weight " + profile + " " + target + " <weight>");
        }
        String key = isCategory(target) ? "weight." + target.toLowerCase() : "contributor." + target + ".weight";
        long before = status.map(ProfileStatus::revision).orElse(0L);
        Configuration configuration = ProfileConfigurations.find(configAdmin, profile);
        Dictionary<String, Object> previous = configuration.getProperties();
        Dictionary<String, Object> props = copy(previous);
        props.put(key, weight);
        configuration.update(props);
        ProfileStatus after = awaitVerdict(before);
        if (after == null) {
            throw new IllegalStateException("Saved " + key + " = " + weight + " but the engine has not applied it within "
                    + VERDICT_WAIT_MS + " ms; check wavegrid:weight " + profile);
        }
        if (after.lastRejection() != null) {
            // Keep the file in step with what runs: a refused value must not come back at the next restart.
            if (previous == null) {
                configuration.delete();
            } else {
                configuration.update(previous);
            }
            throw new IllegalArgumentException(after.lastRejection() + ". The previous configuration stays active.");
        }
        System.out.println("Profile '" + profile + "': " + key + " = " + weight + " (applies from the next candle)");
        return null;
    }

    private ProfileStatus awaitVerdict(long revisionBefore) throws InterruptedException {
        long deadline = System.currentTimeMillis() + VERDICT_WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            Optional<ProfileStatus> now = status();
            if (now.isPresent() && now.get().revision() > revisionBefore) {
                return now.get();
            }
            Thread.sleep(50);
        }
        return null;
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> source) {
        Dictionary<String, Object> copy = new Hashtable<>();
        if (source != null) {
            for (java.util.Enumeration<String> keys = source.keys(); keys.hasMoreElements(); ) {
                String k = keys.nextElement();
                copy.put(k, source.get(k));
            }
        }
        return copy;
    }

    private Optional<ProfileStatus> status() {
        return engine.profiles().stream().filter(p -> p.name().equals(profile)).findFirst();
    }

    private static boolean isCategory(String text) {
        try {
            Category.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(ProfileStatus status) {
        if (status.active() == null) {
            return "Profile '" + status.name() + "' is not active: " + status.lastRejection();
        }
        StringBuilder out = new StringBuilder("Profile '" + status.name() + "'\n");
        status.active().categoryWeights().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format("  %-12s %.3f%n", e.getKey().key(), e.getValue())));
        status.active().contributorWeights().forEach((k, v) -> out.append(String.format("  %-12s %.3f (contributor)%n", k, v)));
        if (status.lastRejection() != null) {
            out.append("Last change rejected: ").append(status.lastRejection());
        }
        return out.toString();
    }
}
