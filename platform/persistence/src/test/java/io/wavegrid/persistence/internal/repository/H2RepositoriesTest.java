package io.wavegrid.persistence.internal.repository;

import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;

class H2RepositoriesTest extends RepositoryContracts {

    @Override
    Backend backend() {
        return Backends.h2();
    }
}
