package io.wavegrid.persistence.internal.repository;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

/**
 * A data source that runs an action right after a given query has executed and before its rows are read: what
 * another thread could do between the two, made to happen every time.
 */
final class QueryHook {

    private QueryHook() {
    }

    static DataSource afterExecuting(DataSource real, String query, Runnable action) {
        return proxy(DataSource.class, real, (method, result, args) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, (Connection) result, (m, r, a) -> m.getName().equals("prepareStatement") && query.equals(a[0])
                        ? proxy(PreparedStatement.class, (PreparedStatement) r, (sm, sr, sa) -> {
                            if (sm.getName().equals("executeQuery")) {
                                action.run();
                            }
                            return sr;
                        })
                        : r)
                : result);
    }

    @FunctionalInterface
    private interface AfterCall {
        Object after(Method method, Object result, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T real, AfterCall after) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.after(method, result, args);
        };
        return type.cast(Proxy.newProxyInstance(QueryHook.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
