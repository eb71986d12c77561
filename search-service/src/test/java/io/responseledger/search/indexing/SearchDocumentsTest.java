package io.responseledger.search.indexing;

import io.responseledger.contracts.CaseEvent;
import io.responseledger.search.CaseEvents;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SearchDocumentsTest {

    @Test
    void caseDocumentKeepsEachReportTextSeparateAndCarriesTheVersion() {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 3, "工地拖欠工资", "工人讨薪无果");

        SearchDocuments.CaseDocument doc = SearchDocuments.caseDocument(event.snapshot(), event.caseVersion());

        assertThat(doc.kind()).isEqualTo("CASE");
        assertThat(doc.caseId()).isEqualTo(event.caseId().toString());
        assertThat(doc.reportText()).containsExactly("工地拖欠工资", "工人讨薪无果");
        assertThat(doc.reportCount()).isEqualTo(1);
        assertThat(doc.caseVersion()).isEqualTo(3);
        assertThat(doc.activityAt()).isEqualTo(doc.updatedAt()).isEqualTo(event.snapshot().updatedAt().toString());
    }

    @Test
    void responseDocumentCarriesItsCaseFieldsAndCommitments() {
        UUID responseId = UUID.randomUUID();
        CaseEvent event = CaseEvents.responded(UUID.randomUUID(), responseId, 4, "工地拖欠工资", "工人讨薪无果",
                "已责令企业限期支付", "4月30日前结清全部工资");
        var response = event.snapshot().responses().get(0);

        SearchDocuments.ResponseDocument doc =
                SearchDocuments.responseDocument(event.snapshot(), response, event.caseVersion());

        assertThat(doc.kind()).isEqualTo("RESPONSE");
        assertThat(doc.responseId()).isEqualTo(responseId.toString());
        assertThat(doc.caseTitle()).isEqualTo("工地拖欠工资");
        assertThat(doc.status()).isEqualTo("RESPONDED");
        assertThat(doc.leadUnit()).isEqualTo("市人力资源和社会保障局");
        assertThat(doc.activityAt()).isEqualTo(response.publishedAt().toString());
        assertThat(doc.commitments()).singleElement().satisfies(c -> {
            assertThat(c.content()).isEqualTo("4月30日前结清全部工资");
            assertThat(c.dueDate()).isEqualTo("2024-04-30");
            assertThat(c.status()).isEqualTo("OPEN");
        });
    }
}
