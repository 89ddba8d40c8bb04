package io.wavegrid.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.SignalLifecycle;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "wavegrid", name = "scan", description = "Current trade setups over many symbols and timeframes, ranked by confidence")
public class ScanCommand implements Action {

    @Reference
    private SignalLifecycle signals;

    @Option(name = "-s", aliases = "--symbols", description = "Comma-separated symbols, e.g. BTCUSDT,ETH/USDT (default: all)")
    private String symbols;

    @Option(name = "-t", aliases = "--timeframes", description = "Comma-separated timeframes, e.g. 1h,4h (default: all)")
    private String timeframes;

    @Override
    public Object execute() {
        try {
            SignalTable.print(signals.scan(parse(symbols, Symbol::parse), parse(timeframes, Timeframe::parse)));
        } catch (IllegalArgumentException e) {
            System.out.println("Scan refused: " + e.getMessage());
        }
        return null;
    }

    private static <T> List<T> parse(String csv, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        if (csv != null) {
            for (String item : csv.split(",")) {
                if (!item.isBlank()) {
                    values.add(parser.apply(item.trim()));
                }
            }
        }
        return values;
    }
}
