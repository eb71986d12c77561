package io.responseledger.search.query;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * The rules of {@link ChineseMatchingIT} with every phrase matched on the texts themselves
 * ({@code ledger.search.index.pair-phrases=false}, and what an index of older mappings gets): the same hits.
 */
@MicronautTest
class ChineseMatchingOnTextsIT extends ChineseMatchingIT {

    @Override
    boolean pairPhrases() {
        return false;
    }
}
