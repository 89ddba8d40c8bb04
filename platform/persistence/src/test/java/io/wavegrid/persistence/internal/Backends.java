package io.wavegrid.persistence.internal;

import javax.persistence.EntityManagerFactory;

/**
 * One migrated database per backend for the whole test run, shared by the repository contract tests
 * (each test empties it first). Dropped when the test JVM exits.
 */
public final class Backends {

    public record Backend(TestDatabase db, Database database, EntityManagerFactory emf) {
    }

    private static Backend h2;
    private static Backend postgres;

    private Backends() {
    }

    public static synchronized Backend h2() {
        if (h2 == null) {
            h2 = open(TestDatabase.h2());
        }
        return h2;
    }

    public static synchronized Backend postgres() {
        if (postgres == null) {
            postgres = open(TestDatabase.postgres());
        }
        return postgres;
    }

    private static Backend open(TestDatabase db) {
        Database database = new Database(db.dataSource());
        EntityManagerFactory emf = db.entityManagerFactory(db.dataSource());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emf.close();
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("could not drop test database " + db.name() + ": " + e.getMessage());
            }
        }));
        return new Backend(db, database, emf);
    }
}
