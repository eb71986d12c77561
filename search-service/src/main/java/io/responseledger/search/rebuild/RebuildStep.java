package io.responseledger.search.rebuild;

/** The finer-grained progress of a rebuild, for the operator watching it. */
public enum RebuildStep {
    CREATING_INDICES,
    /** Reading the topic from the beginning up to the end offsets captured at the start. */
    REPLAYING,
    /** Reading what arrived during the replay, until little enough remains to switch. */
    CATCHING_UP,
    /** Moving every alias in one request. */
    SWITCHING,
    /** Reading what arrived up to the switch; later events reach the new indices through the aliases. */
    CATCHING_UP_AFTER_SWITCH,
    REMOVING_OLD_INDICES,
    DONE
}
