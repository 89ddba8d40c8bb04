package io.wavegrid.infra.memory.internal;

import java.util.regex.Pattern;

/** An AMQP topic binding pattern: words separated by dots, {@code *} matches one word, {@code #} zero or more. */
final class TopicPattern {

    private static final Pattern VALID = Pattern.compile("([A-Za-z0-9_:-]+|\\*|#)(\\.([A-Za-z0-9_:-]+|\\*|#))*");

    private final String[] words;

    TopicPattern(String pattern) {
        if (pattern == null || !VALID.matcher(pattern).matches()) {
            throw new IllegalArgumentException("invalid topic pattern '" + pattern
                    + "': expected dot-separated words, '*' or '#', e.g. signal.# or ticker.*");
        }
        this.words = pattern.split("\\.");
    }

    boolean matches(String topic) {
        return matches(topic.split("\\."), 0, 0);
    }

    private boolean matches(String[] topic, int t, int p) {
        if (p == words.length) {
            return t == topic.length;
        }
        if (words[p].equals("#")) {
            for (int skip = t; skip <= topic.length; skip++) {
                if (matches(topic, skip, p + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (t == topic.length) {
            return false;
        }
        return (words[p].equals("*") || words[p].equals(topic[t])) && matches(topic, t + 1, p + 1);
    }
}
