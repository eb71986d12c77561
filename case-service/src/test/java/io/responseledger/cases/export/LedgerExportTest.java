package io.responseledger.cases.export;

import javax.sql.DataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.core.type.Argument;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.response.RecordResponseRequest;
import io.responseledger.cases.response.RecordResponseRequest.CommitmentRequest;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.response.VerificationMethod;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.AgreedColumns;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.MutableClock;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger export as supervisors and leaders download it, read back with commons-csv and POI. */
@MicronautTest(transactional = false)
class LedgerExportTest extends HttpTestWithoutKafka {

    private static final String HRSS = "区人社局";
    private static final String MARKET = "市场监管局";
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject CaseOpening opening;
    @Inject CaseService cases;
    @Inject ResponseRecording recording;
    @Inject MutableClock clock;
    @Inject DataSource dataSource;

    private CasesApi anonymous;
    private CasesApi leader;
    private UUID wages;
    private UUID canteen;
    private UUID unassigned;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("test.clock", "mutable");
        properties.put("ledger.export.page-size", "2");
        return properties;
    }

    @BeforeAll
    void setUp() {
        AgreedColumns.ensure(dataSource);
        anonymous = new CasesApi(http.toBlocking(), json);
        leader = anonymous.as(Tokens.leader());
        // 2026-11-26 09:10 Beijing
        wages = opening.open(Reports.wageArrears("wage-arrears")).caseId();
        cases.assign(wages, HRSS, SUPERVISOR);
        clock.advance(Duration.ofHours(30));
        recording.record(wages, new RecordResponseRequest(
                "已约谈施工总包单位，责令于12月20日前足额支付拖欠工资；住建局将该项目纳入重点监管",
                ResponseChannel.GOVERNMENT_WEBSITE, HRSS, clock.instant(), "https://gov.example/notice/1",
                List.of(new CommitmentRequest("12月20日前足额支付拖欠工资", HRSS, LocalDate.of(2026, 12, 20),
                                VerificationMethod.CITIZEN_CALLBACK),
                        new CommitmentRequest("项目纳入重点监管", "住建局", LocalDate.of(2026, 12, 31),
                                VerificationMethod.DOCUMENT_CHECK))),
                Caller.of("officer", List.of(Roles.OFFICER), HRSS));
        AgreedColumns.update(dataSource, "UPDATE opinion_case SET region = 'A2区', severity = 'LARGE' WHERE id = ?",
                wages);
        AgreedColumns.update(dataSource, "UPDATE case_response SET on_time = TRUE WHERE case_id = ?", wages);
        clock.advance(Duration.ofDays(3));
        // 2026-11-30
        canteen = opening.open(Reports.hotline("food-drug", "学校食堂饭菜变质")).caseId();
        cases.assign(canteen, MARKET, SUPERVISOR);
        clock.advance(Duration.ofDays(2));
        unassigned = opening.open(Reports.hotline("food-drug", "超市售卖过期食品")).caseId();
    }

    @Test
    void csvWithUtf8BomAndChineseHeadersHoldsOneLinePerCommitment() throws IOException {
        HttpResponse<byte[]> response = download("format=csv&topicArea=wage-arrears&from=2026-11-01&to=2026-11-30");

        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/csv"));
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; "
                + "filename=\"ledger_2026-11-01_2026-11-30.csv\"; filename*=UTF-8''"
                + "%E8%88%86%E6%83%85%E5%9B%9E%E5%BA%94%E5%8F%B0%E8%B4%A6_2026-11-01_2026-11-30.csv");
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).toList()).isEqualTo(LedgerColumns.HEADERS);
        assertThat(records).hasSize(3);
        Map<String, String> first = cells(records.get(0).toList(), records.get(1).toList());
        assertThat(first).containsEntry("案件编号", wages.toString()).containsEntry("话题领域", "欠薪治理")
                .containsEntry("地区", "A2区").containsEntry("严重程度", "较大").containsEntry("责任单位", HRSS)
                .containsEntry("状态", "已回应").containsEntry("首报时间", "2026-11-26 09:10")
                .containsEntry("回应时间", "2026-11-27 15:10").containsEntry("回应渠道", "政府网站")
                .containsEntry("是否按时", "是").containsEntry("承诺事项", "12月20日前足额支付拖欠工资")
                .containsEntry("承诺期限", "2026-12-20").containsEntry("承诺状态", "待办理");
        assertThat(cells(records.get(0).toList(), records.get(2).toList()))
                .containsEntry("承诺事项", "项目纳入重点监管").containsEntry("承诺责任单位", "住建局");
    }

    @Test
    void xlsxHoldsTheCasesOfTheUnitAndCasesWithoutResponsesHaveOneLine() throws IOException {
        HttpResponse<byte[]> response = download("format=xlsx&unit=" + enc(MARKET));

        assertThat(response.header("Content-Disposition")).contains(".xlsx");
        List<List<String>> rows = readXlsx(response.body());
        assertThat(rows.get(0)).isEqualTo(LedgerColumns.HEADERS);
        assertThat(rows).hasSize(2);
        Map<String, String> line = cells(rows.get(0), rows.get(1));
        assertThat(line).containsEntry("案件编号", canteen.toString()).containsEntry("话题领域", "食品药品安全")
                .containsEntry("状态", "已交办").containsEntry("回应时间", "").containsEntry("承诺事项", "");
    }

    @Test
    void everyCaseIsExportedAcrossPagesAndFiltersCombine() throws IOException {
        List<List<String>> all = readXlsx(download("format=xlsx").body());
        assertThat(all).hasSize(1 + 2 + 1 + 1);
        assertThat(all.subList(1, all.size())).extracting(r -> r.get(0))
                .containsExactly(wages.toString(), wages.toString(), canteen.toString(), unassigned.toString());

        assertThat(readXlsx(download("status=NEW&topicArea=food-drug").body())).hasSize(2)
                .last().satisfies(r -> assertThat(r.get(0)).isEqualTo(unassigned.toString()));
        assertThat(readXlsx(download("from=2026-12-01").body())).hasSize(2);
        assertThat(readXlsx(download("to=2026-11-25").body())).hasSize(1);
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        assertViolations("format=pdf", "format");
        assertViolations("from=2026-13-01", "from");
        assertViolations("from=2026-12-01&to=2026-11-01", "to");
        assertViolations("status=DONE&unit=" + enc("局".repeat(201)), "status", "unit");
    }

    @Test
    void onlySupervisorsAndLeadersMayExport() {
        anonymous.problem(HttpRequest.GET("/api/v1/ledger/export"), 401);
        for (String token : List.of(Tokens.monitor(), Tokens.officer(HRSS), Tokens.of("admin", List.of("ADMIN"), null))) {
            assertThat(anonymous.as(token).problem(HttpRequest.GET("/api/v1/ledger/export"), 403)
                    .get("requiredRoles")).asList().containsExactlyInAnyOrder("SUPERVISOR", "LEADER");
        }
        assertThat(anonymous.as(Tokens.supervisor()).send(HttpRequest.GET("/api/v1/ledger/export?format=csv"))
                .getStatus().getCode()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private void assertViolations(String query, String... fields) {
        Map<String, Object> problem = leader.problem(HttpRequest.GET("/api/v1/ledger/export?" + query), 400);
        assertThat((List<Map<String, Object>>) problem.get("violations")).extracting(v -> v.get("field"))
                .containsExactlyInAnyOrder((Object[]) fields);
    }

    private HttpResponse<byte[]> download(String query) {
        return http.toBlocking().exchange(HttpRequest.GET("/api/v1/ledger/export?" + query)
                .bearerAuth(Tokens.leader()), Argument.of(byte[].class));
    }

    private static List<List<String>> readXlsx(byte[] body) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("舆情回应台账");
            int width = LedgerColumns.HEADERS.size();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Map<String, String> cells(List<String> header, List<String> row) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), row.get(i));
        }
        return cells;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
