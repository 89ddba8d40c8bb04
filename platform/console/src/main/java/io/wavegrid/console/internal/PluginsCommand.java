package io.wavegrid.console.internal;

import java.time.Instant;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.PluginInfo;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "wavegrid", name = "plugins", description = "Lists every plugin the engine tracks, with its weight and health")
public class PluginsCommand implements Action {

    @Reference
    private Engine engine;

    @Option(name = "-k", aliases = "--kind", description = "Only plugins of this kind (e.g. signal-contributor)")
    private String kind;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Kind");
        table.column("Name");
        table.column("Bundle");
        table.column("Version");
        table.column("Category");
        table.column("Weight").alignRight();
        table.column("State");
        table.column("Last candle");
        table.column("Candles").alignRight();
        table.column("Errors").alignRight();
        for (PluginInfo p : engine.plugins()) {
            if (kind != null && !p.kind().key().equals(kind)) {
                continue;
            }
            table.addRow().addContent(p.kind().key(), p.name(), p.bundle(), p.version(), dash(p.category()),
                    p.weight() == null ? "-" : String.format("%.3f", p.weight()), p.state(),
                    p.lastCandleTime() == 0 ? "-" : Instant.ofEpochMilli(p.lastCandleTime()).toString(),
                    p.candlesProcessed(), p.errorCount());
        }
        table.print(System.out);
        return null;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
