package io.responseledger.intake;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "intake-service", version = "v1",
                description = "舆情回应台账的受理接口：舆情监测员上报（单条、批量）与 12345 热线工单。"
                        + "所有报告经过同一流程：规范化、校验、个人信息遮蔽、话题领域判定，写入 opinion.reports.v1。"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
