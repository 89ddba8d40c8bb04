package io.wavegrid.persistence.internal.repository;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import io.wavegrid.infra.api.StoreUnavailableException;

/**
 * Runs work in one resource-local transaction: committed when the work returns, rolled back when it throws,
 * so a failed call leaves the database as it was. Persistence failures surface as
 * {@link StoreUnavailableException}; the caller's own exceptions (a refused state change) pass unchanged.
 */
final class Transactions {

    private final EntityManagerFactory factory;
    private final String store;

    Transactions(EntityManagerFactory factory, String store) {
        this.factory = factory;
        this.store = store;
    }

    <T> T run(String what, Function<EntityManager, T> work) {
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw unavailable(what, e);
        }
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (PersistenceException e) {
            throw unavailable(what, e);
        } finally {
            try {
                if (tx.isActive()) {
                    tx.rollback();
                }
            } catch (PersistenceException rollbackFailed) {
                // the connection is gone with the transaction; the original failure is what matters
            } finally {
                em.close();
            }
        }
    }

    private StoreUnavailableException unavailable(String what, PersistenceException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StoreUnavailableException(store + ": " + what + " failed: " + root.getMessage(), e);
    }
}
