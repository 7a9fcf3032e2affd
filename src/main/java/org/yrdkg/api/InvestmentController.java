package org.yrdkg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.Range;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.graph.read.Investments;

@RestController
@RequestMapping("/api/investments")
class InvestmentController {

    private final Investments investments;

    InvestmentController(Investments investments) {
        this.investments = investments;
    }

    @Operation(summary = "Investments with totals in yuan, optionally grouped",
            description = "`target`: a place or park (name, alias or id); investments into it and into anything located in it. "
                    + "`source`: an investor. `minAmount` in yuan. `groupBy`: none, target or source. "
                    + "Example: `curl 'http://localhost:8080/api/investments?target=淮南高新区'` lists 开沃汽车's 5500000000; "
                    + "`GET /api/investments?minAmount=1000000000&groupBy=target`.")
    @GetMapping
    Investments.Report investments(@Parameter(example = "淮南高新区") @RequestParam(required = false) String target,
                                   @Parameter(example = "开沃汽车") @RequestParam(required = false) String source,
                                   @Parameter(example = "1000000000") @RequestParam(required = false)
                                   @PositiveOrZero(message = "must be 0 or more yuan") Long minAmount,
                                   @Parameter(example = "target") @RequestParam(required = false) @OneOf({"none", "target", "source"}) String groupBy,
                                   @RequestParam(defaultValue = "0") @Range(min = 0, max = 1_000_000) int offset,
                                   @RequestParam(defaultValue = "100") @Range(min = 1, max = 1000) int limit) {
        return investments.find(target, source, minAmount, OneOf.Check.word(groupBy, "none"), offset, limit);
    }
}
