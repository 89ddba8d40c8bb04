package io.wavegrid.persistence.internal.repository;

import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;

class PostgresRepositoriesTest extends RepositoryContracts {

    @Override
    Backend backend() {
        return Backends.postgres();
    }
}
