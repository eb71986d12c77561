package io.responseledger.cases.importing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.casefile.CaseStatus;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.outbox.OutboxEntry;
import io.responseledger.cases.outbox.OutboxRepository;
import io.responseledger.cases.personal.ContactReveal;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.Tokens;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The historical import on the embedded database: the shipped fixture (realistic rows, multi-line cells, U+3000
 * spaces, personal data, bad rows), an XLSX made here with POI, re-import, concurrent uploads, bad uploads, roles.
 * Runs on H2 ({@link LedgerImportH2Test}) and PostgreSQL ({@link LedgerImportPostgresTest}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerImportContract implements TestPropertyProvider {

    private static final Caller LEADER = Caller.of("test-leader", List.of(Roles.LEADER), null);
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject CaseService cases;
    @Inject CaseFileRepository caseFiles;
    @Inject OutboxRepository outbox;
    @Inject ContactReveal contacts;

    private CasesApi anonymous;
    private ImportApi supervisor;

    /** Where the database is; the rest of the test configuration is common. */
    protected abstract Map<String, String> databaseProperties();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(databaseProperties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        return properties;
    }

    @BeforeAll
    void setUp() {
        anonymous = new CasesApi(http.toBlocking(), json);
        supervisor = new ImportApi(anonymous.as(Tokens.supervisor()), json);
    }

    /** First: the other tests import the fixture too, and this one counts what a first import does. */
    @Test
    @Order(1)
    void fixtureImportsItsGoodRowsAsClosedCasesAndReportsEachBadRowByLine() throws IOException {
        byte[] fixture = fixture();
        Map<String, Object> done = supervisor.importAndWait("ledger-sample.csv", fixture);

        assertThat(done.get("status")).isEqualTo("COMPLETED");
        assertThat(done.get("progress")).isEqualTo(Map.of("rowsRead", 8, "rowsTotal", 8));
        assertThat(done.get("counts")).isEqualTo(Map.of("imported", 4, "duplicates", 0, "rejected", 4));
        assertThat(rejected(done)).containsExactly(
                "10: 留言详情为空",
                "12: 留言时间无法识别：“2019年13月1日”，应为 2019/1/8 10:10:15、2019/1/8 或 2019-01-08 10:10:15",
                "13: 答复时间早于留言时间",
                "17: 答复意见为空");

        CaseView wages = importedCase("90001", "2019/4/25 9:32:09");
        assertThat(wages.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(wages.title()).isEqualTo("XX区某安置房项目拖欠农民工工资三个月");
        assertThat(wages.topicArea()).isEqualTo("other");
        assertThat(wages.openedAt()).isEqualTo(Instant.parse("2019-04-25T01:32:09Z"));
        assertThat(wages.reports()).singleElement().satisfies(report -> {
            assertThat(report.externalId()).isEqualTo("90001");
            assertThat(report.body()).startsWith("我是在XX区安置房项目干活的农民工")
                    .contains("\n\u3000\u3000多次找项目部")
                    .contains("139****5678").contains("110105********1232")
                    .doesNotContain("13912345678").doesNotContain("110105199001011232");
            assertThat(report.personalData().name()).isEqualTo("U*******");
        });
        assertThat(wages.responses()).singleElement().satisfies(response -> {
            assertThat(response.text()).startsWith("网友“U*******”您好！").doesNotContain("U0001123");
            assertThat(response.publishedAt()).isEqualTo(Instant.parse("2019-05-13T08:20:31Z"));
            assertThat(response.publishingUnit()).isEqualTo(RowImport.UNKNOWN_UNIT);
            assertThat(response.recordedBy()).isEqualTo("test-supervisor");
        });
        assertThat(contacts.reveal(wages.id(), SUPERVISOR).contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.phones()).containsExactly("13912345678");
            assertThat(contact.idNumbers()).containsExactly("110105199001011232");
        });

        CaseView dateOnly = importedCase("90002", "2019/1/8");
        assertThat(dateOnly.openedAt()).isEqualTo(Instant.parse("2019-01-07T16:00:00Z"));
        assertThat(dateOnly.responses().get(0).publishedAt()).isEqualTo(Instant.parse("2019-01-15T16:00:00Z"));

        List<OutboxEntry> events = outbox.findByCaseIdOrderByIdAsc(wages.id());
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.eventType()).isEqualTo(CaseEventType.CASE_IMPORTED.name());
            assertThat(event.payload()).contains("139****5678").doesNotContain("13912345678")
                    .doesNotContain("110105199001011232").doesNotContain("U0001123");
        });
        assertThat(importedEventCount()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        byte[] fixture = fixture();
        supervisor.importAndWait("ledger-sample.csv", fixture);
        long cases = caseFiles.count();
        long events = importedEventCount();

        Map<String, Object> again = supervisor.importAndWait("ledger-sample-again.csv", fixture);

        assertThat(again.get("status")).isEqualTo("COMPLETED");
        assertThat(again.get("counts")).isEqualTo(Map.of("imported", 0, "duplicates", 4, "rejected", 4));
        assertThat(caseFiles.count()).isEqualTo(cases);
        assertThat(importedEventCount()).isEqualTo(events);
    }

    @Test
    void theSameNewFileUploadedTwiceAtOnceIsImportedOnce() {
        String content = csv(List.of(
                row("70001", "2020/3/2 9:00:00", "请问复工后公交何时恢复正常班次？", "已于3月5日恢复。", "2020/3/3 9:00:00"),
                row("70002", "2020/3/2 9:10:00", "口罩预约购买点在哪里？", "请关注卫健委公告。", "2020/3/3 9:10:00")));
        long casesBefore = caseFiles.count();

        CompletableFuture<Map<String, Object>> first = CompletableFuture.supplyAsync(
                () -> supervisor.start("twice.csv", content.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<Map<String, Object>> second = CompletableFuture.supplyAsync(
                () -> supervisor.start("twice.csv", content.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> a = supervisor.awaitEnd(first.join().get("id"), Duration.ofSeconds(30));
        Map<String, Object> b = supervisor.awaitEnd(second.join().get("id"), Duration.ofSeconds(30));

        assertThat(caseFiles.count()).isEqualTo(casesBefore + 2);
        @SuppressWarnings("unchecked")
        int imported = (int) ((Map<String, Object>) a.get("counts")).get("imported")
                + (a.get("id").equals(b.get("id")) ? 0
                : (int) ((Map<String, Object>) b.get("counts")).get("imported"));
        assertThat(imported).isEqualTo(2);
    }

    @Test
    void xlsxWithEnglishHeadersAndDateCellsImports() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            String[] header = {"Message ID", "posted_at", "Message", "Reply", "replied_at", "unit", "topic_area", "备注"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row wages = sheet.createRow(1);
            wages.createCell(0).setCellValue(80001);
            wages.createCell(1).setCellValue(LocalDateTime.of(2021, 12, 1, 9, 30));
            wages.getCell(1).setCellStyle(dateStyle);
            wages.createCell(2).setCellValue("某工地拖欠工资，工人讨薪无门。\n请人社局介入。");
            wages.createCell(3).setCellValue("区人社局已约谈施工总包单位，责令于12月20日前足额支付。");
            wages.createCell(4).setCellValue("2021/12/3 15:00:00");
            wages.createCell(5).setCellValue("区人社局");
            wages.createCell(6).setCellValue("欠薪治理");
            Row unknownTopic = sheet.createRow(3);
            unknownTopic.createCell(0).setCellValue(80002);
            unknownTopic.createCell(1).setCellValue("2021/12/2 9:00:00");
            unknownTopic.createCell(2).setCellValue("垃圾分类点太远。");
            unknownTopic.createCell(3).setCellValue("已增设分类点。");
            unknownTopic.createCell(4).setCellValue("2021/12/9 9:00:00");
            unknownTopic.createCell(6).setCellValue("城乡建设");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Map<String, Object> done = supervisor.importAndWait("ledger.xlsx", xlsx);

        assertThat(done.get("status")).isEqualTo("COMPLETED");
        assertThat(done.get("format")).isEqualTo("XLSX");
        assertThat(done.get("counts")).isEqualTo(Map.of("imported", 1, "duplicates", 0, "rejected", 1));
        assertThat(rejected(done)).singleElement().asString().startsWith("4: 话题领域“城乡建设”不存在");
        CaseView wages = importedCase("80001", "2021-12-01 09:30:00");
        assertThat(wages.topicArea()).isEqualTo("wage-arrears");
        assertThat(wages.leadUnit()).isEqualTo("区人社局");
        assertThat(wages.title()).isEqualTo("某工地拖欠工资，工人讨薪无门。");
        assertThat(wages.openedAt()).isEqualTo(Instant.parse("2021-12-01T01:30:00Z"));
        assertThat(wages.responses().get(0).publishingUnit()).isEqualTo("区人社局");
    }

    @Test
    void fileWithoutTheRequiredColumnsFailsNamingThem() {
        Map<String, Object> done = supervisor.importAndWait("short.csv",
                "留言编号,留言主题,留言时间,留言详情\n1,主题,2019/1/1,内容\n".getBytes(StandardCharsets.UTF_8));

        assertThat(done.get("status")).isEqualTo("FAILED");
        assertThat((String) done.get("failure")).contains("答复意见").contains("答复时间").doesNotContain("留言详情（");
    }

    @Test
    void uploadsThatCannotBeALedgerAreRefusedNamingTheFile() {
        CasesApi api = anonymous.as(Tokens.supervisor());
        for (var upload : List.of(ImportApi.upload("empty.csv", new byte[0]),
                ImportApi.upload("old.xls", "x".getBytes(StandardCharsets.UTF_8)),
                ImportApi.upload("fake.xlsx", "留言编号\n".getBytes(StandardCharsets.UTF_8)))) {
            Map<String, Object> problem = api.problem(upload, 400);
            assertThat(problem.get("violations")).asString().contains("field=file");
        }
        assertThat(api.problem(HttpRequest.GET("/api/v1/imports/" + UUID.randomUUID()), 404).get("title"))
                .isEqualTo("导入任务不存在");
    }

    @Test
    void onlyAdminAndSupervisorMayImport() throws IOException {
        byte[] fixture = fixture();
        assertThat(anonymous.problem(ImportApi.upload("a.csv", fixture), 401)).containsKey("detail");
        for (String token : List.of(Tokens.leader(), Tokens.monitor(), Tokens.officer("区人社局"))) {
            assertThat(anonymous.as(token).problem(ImportApi.upload("a.csv", fixture), 403).get("requiredRoles"))
                    .asList().containsExactlyInAnyOrder("ADMIN", "SUPERVISOR");
            anonymous.as(token).problem(HttpRequest.GET("/api/v1/imports/" + UUID.randomUUID()), 403);
        }
        ImportApi admin = new ImportApi(anonymous.as(Tokens.of("test-admin", List.of("ADMIN"), null)), json);
        assertThat(admin.importAndWait("ledger-sample.csv", fixture).get("status")).isEqualTo("COMPLETED");
    }

    static byte[] fixture() throws IOException {
        try (InputStream in = LedgerImportContract.class.getResourceAsStream("/importing/ledger-sample.csv")) {
            return in.readAllBytes();
        }
    }

    /** The case of a row, found by the report id the import derives from the message number and time. */
    private CaseView importedCase(String messageId, String postedAt) {
        Instant posted = LedgerTimes.parse(postedAt).orElseThrow();
        LedgerRow row = new LedgerRow(0, messageId, null, "", posted, "", "", posted, null, "other");
        return cases.getByReport(row.reportId(), LEADER);
    }

    private long importedEventCount() {
        return StreamSupport.stream(outbox.findAll().spliterator(), false)
                .filter(e -> e.eventType().equals(CaseEventType.CASE_IMPORTED.name())).count();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rejected(Map<String, Object> view) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) ((Map<String, Object>) view.get("rejected")).get("items")) {
            lines.add(r.get("line") + ": " + r.get("reason"));
        }
        return lines;
    }

    private static String csv(List<String> rows) {
        return "留言编号,留言用户,留言主题,留言时间,留言详情,答复意见,答复时间\n" + String.join("\n", rows) + "\n";
    }

    private static String row(String id, String posted, String message, String reply, String replied) {
        return id + ",U9," + message.substring(0, 4) + "," + posted + "," + message + "," + reply + "," + replied;
    }
}
