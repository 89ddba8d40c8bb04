package io.wavegrid.risk.internal;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Config Admin as these tests need it: configurations by PID that outlive the components using them (what Karaf's
 * {@code data/} gives across a restart), raw properties a test can plant, and reads or writes that fail on demand.
 * Only the calls the risk manager makes are answered; any other call fails the test loudly.
 */
final class TestConfigAdmin {

    private final Map<String, Hashtable<String, Object>> stored = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();
    volatile boolean readsFail;
    volatile boolean writesFail;

    /** A Config Admin service over this store; a new one per component stands for a restarted framework. */
    ConfigurationAdmin admin() {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConfigurationAdmin.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConfiguration" -> configuration((String) args[0]);
                    case "listConfigurations" -> list((String) args[0]);
                    case "toString" -> "TestConfigAdmin";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("ConfigurationAdmin." + method.getName());
                });
    }

    /** What is stored under the PID, null when nothing is. */
    Map<String, Object> properties(String pid) {
        Hashtable<String, Object> properties = stored.get(pid);
        return properties == null ? null : Map.copyOf(properties);
    }

    /** Plants properties as an operator's file or an older version might have left them. */
    void plant(String pid, Map<String, Object> properties) {
        Hashtable<String, Object> copy = new Hashtable<>(properties);
        copy.put("service.pid", pid);
        stored.put(pid, copy);
    }

    private Configuration[] list(String filter) throws IOException {
        if (readsFail) {
            throw new IOException("disk read error");
        }
        String prefix = "(service.pid=";
        if (!filter.startsWith(prefix) || !filter.endsWith(")")) {
            throw new UnsupportedOperationException("filter " + filter);
        }
        String pid = filter.substring(prefix.length(), filter.length() - 1);
        return stored.containsKey(pid) ? new Configuration[] {configuration(pid)} : null;
    }

    private Configuration configuration(String pid) {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPid" -> pid;
                    case "getProperties" -> {
                        Hashtable<String, Object> properties = stored.get(pid);
                        yield properties == null ? null : new Hashtable<>(properties);
                    }
                    case "update", "updateIfDifferent" -> {
                        write(pid, args);
                        yield method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                    }
                    case "toString" -> "Configuration " + pid;
                    case "hashCode" -> pid.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("Configuration." + method.getName());
                });
    }

    private void write(String pid, Object[] args) throws IOException {
        if (args == null || args.length != 1) {
            throw new UnsupportedOperationException("update without properties");
        }
        if (writesFail) {
            throw new IOException("disk full");
        }
        @SuppressWarnings("unchecked")
        Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
        Hashtable<String, Object> copy = new Hashtable<>();
        for (String key : java.util.Collections.list(properties.keys())) {
            copy.put(key, properties.get(key));
        }
        copy.put("service.pid", pid);
        stored.put(pid, copy);
        writes.incrementAndGet();
    }
}
