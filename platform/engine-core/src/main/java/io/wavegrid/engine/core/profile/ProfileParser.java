package io.wavegrid.engine.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;

/**
 * Reads a strategy profile from its configuration ({@code etc/io.wavegrid.strategy-<name>.cfg}):
 * <pre>
 * weight.technical = 0.30          # category weights; categories not named keep their seed weight
 * contributor.rsi-macd.weight = 2  # overrides a contributor's own weight
 * contributors = rsi-macd, pvt     # who takes part; empty or absent: everybody
 * symbols = BTCUSDT, ETH/USDT      # empty or absent: every symbol
 * timeframes = 1h, 4h              # empty or absent: every timeframe
 * threshold.score = 0.3
 * threshold.confidence = 0.5
 * confirm.timeframe = 4h           # trading signals need the 4h aggregation not to point the other way
 * signal.expiry.bars = 3           # a trading signal not executed within 3 bars expires
 * stop.atr = 1.5                   # stop distance in ATRs when no level gives a better one
 * </pre>
 * Every problem is collected so one rejection message names them all. Unknown keys are problems too: a
 * misspelt weight must not silently fall back to its default.
 */
public final class ProfileParser {

    private static final Pattern CATEGORY_WEIGHT = Pattern.compile("weight\\.([a-z]+)");
    private static final Pattern CONTRIBUTOR_WEIGHT = Pattern.compile("contributor\\.([A-Za-z0-9._-]+)\\.weight");
    private static final Pattern CONTRIBUTOR_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    /** Keys Config Admin, File Install and DS add to every configuration. */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "felix.", "component.", "osgi.",
            "org.apache.karaf.");

    private ProfileParser() {
    }

    /**
     * @param knownContributors names of the contributors running now; a weight for any other is refused
     */
    public static StrategyProfile parse(String name, Map<String, ?> config, Set<String> knownContributors)
            throws InvalidProfileException {
        List<String> problems = new ArrayList<>();
        StrategyProfile seed = StrategyProfile.seed(name);
        Map<Category, Double> categoryWeights = new EnumMap<>(seed.categoryWeights());
        Map<String, Double> contributorWeights = new HashMap<>();
        Set<String> contributors = Set.of();
        Set<Symbol> symbols = Set.of();
        Set<Timeframe> timeframes = Set.of();
        double scoreThreshold = seed.scoreThreshold();
        double minConfidence = seed.minConfidence();
        Timeframe confirmTimeframe = null;
        int expiryBars = seed.expiryBars();
        double stopAtr = seed.stopAtr();

        for (Map.Entry<String, ?> e : config.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            Matcher category = CATEGORY_WEIGHT.matcher(key);
            Matcher contributor = CONTRIBUTOR_WEIGHT.matcher(key);
            if (category.matches()) {
                Double weight = weight(key, value, problems);
                try {
                    Category c = Category.parse(category.group(1));
                    if (weight != null) {
                        categoryWeights.put(c, weight);
                    }
                } catch (IllegalArgumentException ex) {
                    problems.add(key + ": " + ex.getMessage());
                }
            } else if (contributor.matches()) {
                Double weight = weight(key, value, problems);
                String who = contributor.group(1);
                if (!knownContributors.contains(who)) {
                    problems.add(key + ": unknown contributor '" + who + "' (running: " + sorted(knownContributors) + ")");
                } else if (weight != null) {
                    contributorWeights.put(who, weight);
                }
            } else if (key.equals("contributors")) {
                contributors = list(key, value, problems, ProfileParser::contributorName);
                for (String who : contributors) {
                    if (!knownContributors.contains(who)) {
                        problems.add("contributors: unknown contributor '" + who + "' (running: " + sorted(knownContributors) + ")");
                    }
                }
            } else if (key.equals("symbols")) {
                symbols = list(key, value, problems, Symbol::parse);
            } else if (key.equals("timeframes")) {
                timeframes = list(key, value, problems, Timeframe::parse);
            } else if (key.equals("threshold.score")) {
                scoreThreshold = fraction(key, value, problems, scoreThreshold);
            } else if (key.equals("threshold.confidence")) {
                minConfidence = fraction(key, value, problems, minConfidence);
            } else if (key.equals("confirm.timeframe")) {
                confirmTimeframe = confirmation(value, problems);
            } else if (key.equals("signal.expiry.bars")) {
                Double bars = number(key, value, problems);
                if (bars != null && (bars < 1 || bars > 10_000 || bars != Math.rint(bars))) {
                    problems.add(key + ": must be a whole number of bars from 1 to 10000, got " + value);
                } else if (bars != null) {
                    expiryBars = bars.intValue();
                }
            } else if (key.equals("stop.atr")) {
                Double atrs = number(key, value, problems);
                if (atrs != null && (atrs < 0.1 || atrs > 50)) {
                    problems.add(key + ": must be between 0.1 and 50 ATRs, got " + value);
                } else if (atrs != null) {
                    stopAtr = atrs;
                }
            } else if (!key.equals("name") && FRAMEWORK_PREFIXES.stream().noneMatch(key::startsWith)) {
                problems.add(key + ": unknown setting");
            }
        }
        double sum = categoryWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum <= 0) {
            problems.add("category weights sum to 0: at least one category needs a positive weight");
        }
        if (confirmTimeframe != null) {
            for (Timeframe own : timeframes) {
                if (confirmTimeframe.millis() <= own.millis()) {
                    problems.add("confirm.timeframe: " + confirmTimeframe.code() + " is not higher than the profile's timeframe "
                            + own.code());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException("profile '" + name + "' rejected: " + String.join("; ", problems));
        }
        return new StrategyProfile(name, categoryWeights, contributorWeights, contributors, symbols, timeframes,
                scoreThreshold, minConfidence, confirmTimeframe, expiryBars, stopAtr);
    }

    private static Timeframe confirmation(Object value, List<String> problems) {
        String text = String.valueOf(value).trim();
        if (text.isEmpty() || text.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Timeframe.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add("confirm.timeframe: " + e.getMessage());
            return null;
        }
    }

    private static Double weight(String key, Object value, List<String> problems) {
        Double d = number(key, value, problems);
        if (d == null) {
            return null;
        }
        if (d < 0) {
            problems.add(key + ": weight must not be negative, got " + d);
            return null;
        }
        return d;
    }

    private static double fraction(String key, Object value, List<String> problems, double fallback) {
        Double d = number(key, value, problems);
        if (d == null) {
            return fallback;
        }
        if (d < 0 || d > 1) {
            problems.add(key + ": must be between 0 and 1, got " + d);
            return fallback;
        }
        return d;
    }

    private static Double number(String key, Object value, List<String> problems) {
        try {
            double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value).trim());
            if (!Double.isFinite(d)) {
                problems.add(key + ": must be a finite number, got " + value);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(key + ": not a number: '" + value + "'");
            return null;
        }
    }

    private static <T> Set<T> list(String key, Object value, List<String> problems, Function<String, T> parse) {
        Collection<?> items;
        if (value instanceof Collection<?> c) {
            items = c;
        } else if (value instanceof Object[] array) {
            items = Arrays.asList(array);
        } else {
            items = Arrays.asList(String.valueOf(value).split(","));
        }
        Set<T> result = new LinkedHashSet<>();
        for (Object item : items) {
            String text = String.valueOf(item).trim();
            if (text.isEmpty()) {
                continue;
            }
            try {
                result.add(parse.apply(text));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        return result;
    }

    private static String contributorName(String text) {
        if (!CONTRIBUTOR_NAME.matcher(text).matches()) {
            throw new IllegalArgumentException("invalid contributor name '" + text + "'");
        }
        return text;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
