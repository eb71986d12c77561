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
    void unmaskedNumbersInAnyTextAreMaskedInTheDocuments() {
        CaseEvent event = CaseEvents.responded(UUID.randomUUID(), UUID.randomUUID(), 2,
                "来电13912345678", "身份证110105199001011234，电话13912345678",
                "已回电13912345678", "三日内回电15912345678");
        var response = event.snapshot().responses().get(0);

        SearchDocuments.CaseDocument caseDoc = SearchDocuments.caseDocument(event.snapshot(), 2);
        SearchDocuments.ResponseDocument responseDoc = SearchDocuments.responseDocument(event.snapshot(), response, 2);

        assertThat(SearchDocuments.holdsUnmaskedPersonalData(event.snapshot())).isTrue();
        assertThat(caseDoc.title()).isEqualTo("来电139****5678");
        assertThat(caseDoc.reportText()).containsExactly("来电139****5678", "身份证110105********1234，电话139****5678");
        assertThat(responseDoc.caseTitle()).isEqualTo("来电139****5678");
        assertThat(responseDoc.text()).isEqualTo("已回电139****5678");
        assertThat(responseDoc.commitments()).singleElement()
                .satisfies(c -> assertThat(c.content()).isEqualTo("三日内回电159****5678"));
    }

    @Test
    void maskedTextIsNotReportedAsHoldingPersonalData() {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 1, "来电139****5678", "身份证110105********1234");

        assertThat(SearchDocuments.holdsUnmaskedPersonalData(event.snapshot())).isFalse();
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
