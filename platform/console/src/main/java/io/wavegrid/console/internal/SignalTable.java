package io.wavegrid.console.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import io.wavegrid.signal.api.TradingSignal;

import org.apache.karaf.shell.support.table.ShellTable;

/** Prints trading signals as one table for the signal commands. */
final class SignalTable {

    private SignalTable() {
    }

    static void print(List<TradingSignal> signals) {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Symbol");
        table.column("TF");
        table.column("Side");
        table.column("Conf").alignRight();
        table.column("Entry").alignRight();
        table.column("Stop").alignRight();
        table.column("Targets");
        table.column("Status");
        table.column("Expiry");
        table.column("Reason");
        for (TradingSignal s : signals) {
            table.addRow().addContent(s.id(), s.symbol(), s.timeframe() == null ? "-" : s.timeframe().code(), s.direction(),
                    String.format("%.2f", s.confidence()), s.entry().toPlainString(), s.stopLoss().toPlainString(),
                    s.takeProfits().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" ")),
                    s.status(), s.expiry() == null ? "-" : s.expiry().toString(), s.reason());
        }
        table.print(System.out);
    }
}
