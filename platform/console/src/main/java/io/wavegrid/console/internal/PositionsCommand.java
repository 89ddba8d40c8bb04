package io.wavegrid.console.internal;

import io.wavegrid.trading.api.AccountSnapshot;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.PositionBook;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "wavegrid", name = "positions", description = "Shows the account's positions with P&L, and its balance, equity and exposure")
public class PositionsCommand implements Action {

    @Reference
    private PositionBook book;

    @Override
    public Object execute() {
        AccountSnapshot account = book.snapshot();
        System.out.printf("Account %s at %s: balance %s, equity %s (peak %s), exposure %s, today %s%n", account.account(),
                account.time(), Amounts.plain(account.balance()), Amounts.plain(account.equity()),
                Amounts.plain(account.peakEquity()), Amounts.plain(account.exposure()), Amounts.plain(account.dailyPnl()));
        ShellTable table = new ShellTable();
        table.column("Symbol");
        table.column("Quantity").alignRight();
        table.column("Avg entry").alignRight();
        table.column("Realised").alignRight();
        table.column("Unrealised").alignRight();
        table.column("Fees").alignRight();
        for (Position p : account.positions()) {
            table.addRow().addContent(p.symbol().code(), Amounts.plain(p.quantity()), Amounts.plain(p.averageEntry()),
                    Amounts.plain(p.realizedPnl()), Amounts.plain(p.unrealizedPnl()), Amounts.plain(p.fees()));
        }
        table.print(System.out);
        return null;
    }
}
