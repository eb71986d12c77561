package io.responseledger.cases.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit and topic-area administration as an ADMIN uses it, and as everyone else is refused it. */
@MicronautTest(transactional = false)
class AdministrationApiTest extends HttpTestWithoutKafka {

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject UnitDirectory directory;
    @Inject TopicAreaDirectory topicAreas;

    private CasesApi admin;
    private CasesApi anonymous;

    @BeforeAll
    void setUp() {
        anonymous = new CasesApi(http.toBlocking(), json);
        admin = anonymous.as(Tokens.of("test-admin", List.of("ADMIN"), null));
    }

    @Test
    void adminCreatesChangesAndDeactivatesAUnitWhichTheDirectoryThenKnows() throws Exception {
        String district = code("a2-gov");
        String bureau = code("a2-hrss");
        assertThat(admin.send(HttpRequest.POST("/api/v1/admin/units",
                unit(district, "A2区人民政府" + district, null, "A2区"))).getStatus().getCode()).isEqualTo(201);
        HttpResponse<String> created = admin.send(HttpRequest.POST("/api/v1/admin/units",
                unit(bureau, "A2区人社局" + bureau, district, "A2区")));
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/v1/admin/units/" + bureau);
        Map<String, Object> view = read(created.body());
        assertThat(view).containsEntry("parentCode", district).containsEntry("active", true)
                .containsEntry("version", 1);

        Map<String, Object> renamed = read(admin.send(HttpRequest.PUT("/api/v1/admin/units/" + bureau,
                Map.of("name", "A2区人力资源和社会保障局" + bureau, "parentCode", district, "region", "A2区",
                        "active", true, "version", 1))).body());
        assertThat(renamed).containsEntry("version", 2).containsEntry("name", "A2区人力资源和社会保障局" + bureau);
        assertThat(directory.byName("A2区人力资源和社会保障局" + bureau)).hasValueSatisfying(u ->
                assertThat(u.code()).isEqualTo(bureau));
        assertThat(directory.isActive(bureau)).isTrue();

        Map<String, Object> deactivated = read(admin.send(HttpRequest.DELETE("/api/v1/admin/units/" + bureau)).body());
        assertThat(deactivated).containsEntry("active", false);
        assertThat(directory.isActive(bureau)).isFalse();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inactive = (List<Map<String, Object>>) read(admin.send(
                HttpRequest.GET("/api/v1/admin/units?active=false&size=500")).body()).get("items");
        assertThat(inactive).extracting(u -> u.get("code")).contains(bureau).doesNotContain(district);
    }

    @Test
    void invalidOrClashingUnitsAreRefusedNamingTheField() {
        String unit = code("u");
        admin.send(HttpRequest.POST("/api/v1/admin/units", unit(unit, "某局" + unit, null, null)));

        assertViolation(admin.problem(HttpRequest.POST("/api/v1/admin/units", unit("bad code!", "", null, null)), 400),
                "code", "name");
        assertViolation(admin.problem(HttpRequest.POST("/api/v1/admin/units",
                unit(code("v"), "另一局" + unit, "no-such-unit", null)), 400), "parentCode");
        Map<String, Object> taken = admin.problem(HttpRequest.POST("/api/v1/admin/units",
                unit(unit, "又一局" + unit, null, null)), 409);
        assertThat((String) taken.get("detail")).contains(unit).contains("已存在");
        assertThat((String) admin.problem(HttpRequest.POST("/api/v1/admin/units",
                unit(code("w"), "某局" + unit, null, null)), 409).get("detail")).contains("已被单位");
        assertViolation(admin.problem(HttpRequest.PUT("/api/v1/admin/units/" + unit,
                Map.of("name", "某局" + unit, "parentCode", unit, "active", true)), 400), "parentCode");
        Map<String, Object> stale = admin.problem(HttpRequest.PUT("/api/v1/admin/units/" + unit,
                Map.of("name", "某局" + unit, "active", true, "version", 7)), 409);
        assertThat((String) stale.get("detail")).contains("7").contains("当前版本为 1");
        admin.problem(HttpRequest.GET("/api/v1/admin/units/nothing-here"), 404);
    }

    @Test
    void topicAreasAreSeededAndAdministered() throws Exception {
        assertThat(topicAreas.codeOf("欠薪治理")).hasValue("wage-arrears");
        String area = code("ta");
        assertThat(admin.send(HttpRequest.POST("/api/v1/admin/topic-areas",
                Map.of("code", area, "name", "城市管理" + area))).getStatus().getCode()).isEqualTo(201);
        assertThat(topicAreas.codeOf("城市管理" + area)).hasValue(area);
        Map<String, Object> changed = read(admin.send(HttpRequest.PUT("/api/v1/admin/topic-areas/" + area,
                Map.of("name", "城乡建设" + area, "active", false))).body());
        assertThat(changed).containsEntry("active", false).containsEntry("version", 2);
        assertViolation(admin.problem(HttpRequest.PUT("/api/v1/admin/topic-areas/" + area,
                Map.of("name", " ")), 400), "active", "name");
        assertThat((String) admin.problem(HttpRequest.POST("/api/v1/admin/topic-areas",
                Map.of("code", code("tb"), "name", "欠薪治理")), 409).get("detail")).contains("wage-arrears");
        assertThat(read(admin.send(HttpRequest.GET("/api/v1/admin/topic-areas?size=500")).body()).get("items"))
                .asString().contains("wage-arrears").contains(area);
    }

    @Test
    void onlyAdminMayAdminister() {
        for (String path : List.of("/api/v1/admin/units", "/api/v1/admin/topic-areas")) {
            assertThat(anonymous.problem(HttpRequest.GET(path), 401)).containsKey("detail");
            for (String token : List.of(Tokens.supervisor(), Tokens.leader(), Tokens.monitor(),
                    Tokens.officer("区人社局"))) {
                Map<String, Object> refused = anonymous.as(token).problem(HttpRequest.POST(path,
                        Map.of("code", code("x"), "name", "x")), 403);
                assertThat(refused.get("requiredRoles")).isEqualTo(List.of("ADMIN"));
            }
        }
    }

    private static Map<String, Object> unit(String code, String name, String parent, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("parentCode", parent);
        body.put("region", region);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void assertViolation(Map<String, Object> problem, String... fields) {
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.get("violations");
        assertThat(violations).extracting(v -> v.get("field")).containsExactlyInAnyOrder((Object[]) fields);
    }

    private Map<String, Object> read(String body) throws Exception {
        return json.readValue(body, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
