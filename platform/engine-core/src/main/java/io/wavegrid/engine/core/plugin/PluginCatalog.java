package io.wavegrid.engine.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.api.PluginState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every plugin the engine knows, keyed by service id. Names are unique per kind: a second service with a
 * taken name is kept in the view as FAILED so the operator sees the clash, but never runs.
 */
public final class PluginCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PluginCatalog.class);

    /** Told about plugins that may run (not the ones failed on arrival). */
    public interface Listener {
        void added(PluginEntry entry);

        void removed(PluginEntry entry);
    }

    private final Map<Long, PluginEntry> entries = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized void add(PluginEntry entry) {
        PluginEntry clash = find(entry.kind(), entry.name());
        entries.put(entry.serviceId(), entry);
        if (clash != null) {
            entry.markFailed("name '" + entry.name() + "' is already used by " + clash.bundle());
            LOG.error("Ignoring {}: {}", entry, "its name is already used by " + clash);
            return;
        }
        LOG.info("Plugin arrived: {}", entry);
        listeners.forEach(l -> l.added(entry));
    }

    public synchronized PluginEntry remove(long serviceId) {
        PluginEntry entry = entries.remove(serviceId);
        if (entry != null) {
            LOG.info("Plugin left: {}", entry);
            if (entry.state() != PluginState.FAILED) {
                listeners.forEach(l -> l.removed(entry));
            }
        }
        return entry;
    }

    public PluginEntry get(long serviceId) {
        return entries.get(serviceId);
    }

    /** The running plugin of that kind and name, or null. */
    public PluginEntry find(PluginKind kind, String name) {
        for (PluginEntry e : entries.values()) {
            if (e.kind() == kind && e.name().equals(name) && e.state() != PluginState.FAILED) {
                return e;
            }
        }
        return null;
    }

    public List<PluginEntry> all() {
        List<PluginEntry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing(PluginEntry::kind).thenComparing(PluginEntry::name)
                .thenComparingLong(PluginEntry::serviceId));
        return list;
    }

    /** Entries that may run, in arrival order of service id. */
    public List<PluginEntry> runnable() {
        return entries.values().stream().filter(e -> e.state() != PluginState.FAILED)
                .sorted(Comparator.comparingLong(PluginEntry::serviceId)).collect(Collectors.toList());
    }

    public Set<String> names(PluginKind kind) {
        return entries.values().stream().filter(e -> e.kind() == kind && e.state() != PluginState.FAILED)
                .map(PluginEntry::name).collect(Collectors.toSet());
    }
}
