package io.wavegrid.engine.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.signal.api.Category;

/** Lists what changed between two versions of a profile, as "key old -> new" for the audit trail. */
final class ProfileDiff {

    private ProfileDiff() {
    }

    static List<String> describe(StrategyProfile old, StrategyProfile next) {
        List<String> changes = new ArrayList<>();
        for (Category c : Category.values()) {
            compare(changes, "weight." + c.key(), old.categoryWeights().get(c), next.categoryWeights().get(c));
        }
        TreeSet<String> names = new TreeSet<>(old.contributorWeights().keySet());
        names.addAll(next.contributorWeights().keySet());
        for (String name : names) {
            compare(changes, "contributor." + name + ".weight", old.contributorWeights().get(name),
                    next.contributorWeights().get(name));
        }
        compare(changes, "contributors", new TreeSet<>(old.contributors()), new TreeSet<>(next.contributors()));
        compare(changes, "symbols", new TreeSet<>(old.symbols()), new TreeSet<>(next.symbols()));
        compare(changes, "timeframes", new TreeSet<>(old.timeframes()), new TreeSet<>(next.timeframes()));
        compare(changes, "threshold.score", old.scoreThreshold(), next.scoreThreshold());
        compare(changes, "threshold.confidence", old.minConfidence(), next.minConfidence());
        return changes;
    }

    private static void compare(List<String> changes, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(key + " " + (before == null ? "(unset)" : before) + " -> " + (after == null ? "(unset)" : after));
        }
    }
}
