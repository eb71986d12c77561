package io.responseledger.cases.commitment;

import java.util.UUID;

/** No commitment (or no evidence of it) with the id asked for. Answered with 404. */
public class CommitmentNotFoundException extends RuntimeException {

    private final String detail;

    CommitmentNotFoundException(String detail) {
        super(detail);
        this.detail = detail;
    }

    static CommitmentNotFoundException byId(UUID id) {
        return new CommitmentNotFoundException("没有编号为 " + id + " 的承诺");
    }

    static CommitmentNotFoundException evidence(UUID commitmentId, UUID evidenceId) {
        return new CommitmentNotFoundException("承诺 " + commitmentId + " 没有编号为 " + evidenceId + " 的佐证材料");
    }

    public String detail() {
        return detail;
    }
}
