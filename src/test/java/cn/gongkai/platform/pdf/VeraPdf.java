package cn.gongkai.platform.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The veraPDF validator, as the tests of every PDF the portal makes use it. */
public final class VeraPdf {

    private VeraPdf() {}

    /** veraPDF's failed rules for the flavour, each with its description and how often it failed. */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            result.getFailedChecks()
                    .forEach((rule, count) -> failed.add(
                            flavour + " " + rule.getClause() + "-" + rule.getTestNumber() + " ×" + count + ": "
                                    + result.getTestAssertions().stream()
                                            .filter(a -> a.getRuleId().equals(rule)
                                                    && a.getStatus() == TestAssertion.Status.FAILED)
                                            .map(TestAssertion::getMessage)
                                            .findFirst()
                                            .orElse("")));
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add(flavour + " not compliant: " + result.getJobEndStatus());
            }
            return failed;
        }
    }
}
