// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.PolicyFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * What a file's check reports, the same in {@code pledge check} and in the language server:
 * <ul>
 * <li>a file that does not parse gets only its syntax errors (the rest would be echoes of them);</li>
 * <li>past {@value #MAX_SYNTAX_ERRORS_PER_FILE} syntax errors in a file, one note says how many more;</li>
 * <li>every issue carries a rule id as its code ({@code syntax} for a syntax error Xtext gives none;
 * {@code internal-error} for a check that failed, which Xtext reports without a code);</li>
 * <li>messages show invisible characters as escapes ({@code \u202e}), so a finding shows what the
 * file holds and cannot reorder or hide the text around it;</li>
 * <li>a direction control anywhere in the file, in a text or a comment too, is a {@code bidi-control}
 * error (Trojan Source), reported even when the file does not parse;</li>
 * <li>a file that declares nothing is an {@code empty-file} error.</li>
 * </ul>
 * Pledge's own checks run only on files that parse: on a broken file they would only echo the
 * syntax errors, and on a large broken file they would cost far more than the parse itself.
 */
public class PledgeResourceValidator extends ResourceValidatorImpl {

    /** Past this many syntax errors in one file, the rest are summarised: they are mostly echoes. */
    public static final int MAX_SYNTAX_ERRORS_PER_FILE = 20;

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
        List<Issue> issues = super.validate(resource, mode, monitor);
        return issues == null ? null : asCli(resource, issues);
    }

    @Override
    protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
        if (!hasSyntaxErrors(resource)) {
            super.validate(resource, mode, monitor, acceptor);
        }
    }

    /**
     * Xtext cannot place a diagnostic that ends at the end of a file whose last character is a lone carriage
     * return (it reads the character after it), and the exception then dropped the file's other diagnostics
     * and checks: a file with a syntax error passed with 0 errors. Such a diagnostic is reported ending where
     * it starts.
     */
    @Override
    protected void issueFromXtextResourceDiagnostic(
            Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
        try {
            super.issueFromXtextResourceDiagnostic(diagnostic, severity, acceptor);
        } catch (IndexOutOfBoundsException e) {
            Issue.IssueImpl issue = new Issue.IssueImpl();
            issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
            issue.setSeverity(severity);
            issue.setLineNumber(diagnostic.getLine());
            issue.setColumn(diagnostic.getColumn());
            issue.setLineNumberEnd(diagnostic.getLine());
            issue.setColumnEnd(diagnostic.getColumn());
            issue.setMessage(diagnostic.getMessage());
            if (diagnostic instanceof AbstractDiagnostic placed) {
                issue.setOffset(placed.getOffset());
                issue.setLength(placed.getLength());
                issue.setUriToProblem(placed.getUriToProblem());
                issue.setCode(placed.getCode());
                issue.setData(placed.getData());
            }
            issue.setType(CheckType.FAST);
            acceptor.accept(issue);
        }
    }

    private static boolean hasSyntaxErrors(Resource resource) {
        return resource instanceof XtextResource xtext
                && xtext.getParseResult() != null
                && xtext.getParseResult().hasSyntaxErrors();
    }

    static List<Issue> asCli(Resource resource, List<Issue> all) {
        List<Issue> issues = all;
        if (hasSyntaxErrors(resource)) {
            issues = issues.stream().filter(Issue::isSyntaxError).toList();
        }
        List<Issue> result = new ArrayList<>();
        List<Issue> controls = directionControls(resource);
        Set<Integer> controlOffsets = new HashSet<>();
        controls.forEach(c -> controlOffsets.add(c.getOffset()));
        Map<URI, Integer> syntaxErrors = new HashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Issue issue : issues) {
            String rule = ruleOf(issue);
            if (issue.isSyntaxError() && controlOffsets.contains(issue.getOffset())) {
                continue; // the bidi-control error at the same place says it better
            }
            URI where = issue.getUriToProblem() == null
                    ? resource.getURI()
                    : issue.getUriToProblem().trimFragment();
            if (Rule.SYNTAX.id().equals(rule)
                    && syntaxErrors.merge(where, 1, Integer::sum) > MAX_SYNTAX_ERRORS_PER_FILE) {
                continue;
            }
            // the same message at the same place is reported once
            if (seen.add(Arrays.asList(
                    where, issue.getLineNumber(), issue.getColumn(), issue.getSeverity(), issue.getMessage(), rule))) {
                result.add(asReported(issue, rule));
            }
        }
        result.addAll(controls);
        int hidden = syntaxErrors.values().stream()
                .mapToInt(count -> Math.max(0, count - MAX_SYNTAX_ERRORS_PER_FILE))
                .sum();
        if (hidden > 0) {
            result.add(atStart(
                    resource,
                    Severity.INFO,
                    Rule.SYNTAX,
                    hidden + " more syntax errors not shown: fix the first ones and check again"));
        }
        if (issues.isEmpty() && declaresNothing(resource)) {
            result.add(atStart(
                    resource,
                    Severity.ERROR,
                    Rule.EMPTY_FILE,
                    "file declares nothing: start it with `policy <name> \"<title>\" { version \"...\" }` "
                            + "or declarations such as `category`, `purpose`, `party`"));
        }
        return result;
    }

    /** The rule an issue is reported under: its own, or {@code syntax} / {@code internal-error} for Xtext's. */
    private static String ruleOf(Issue issue) {
        String code = issue.getCode();
        if (code == null) {
            return issue.isSyntaxError() ? Rule.SYNTAX.id() : Rule.INTERNAL_ERROR.id();
        }
        return Rule.byId(code) == null ? Rule.INTERNAL_ERROR.id() : code;
    }

    private static Issue asReported(Issue issue, String rule) {
        String message = VisibleText.escape(issue.getMessage());
        if (rule.equals(Rule.INTERNAL_ERROR.id()) && !rule.equals(issue.getCode())) {
            message = "Pledge could not check this (" + message + "): this is a bug in Pledge, please report it"
                    + " with the file";
        }
        return rule.equals(issue.getCode()) && message.equals(issue.getMessage())
                ? issue
                : withCode(issue, rule, message);
    }

    /** One {@code bidi-control} error per direction control in the file's text (at most the first 20). */
    private static List<Issue> directionControls(Resource resource) {
        if (!(resource instanceof XtextResource xtext)
                || xtext.getParseResult() == null
                || xtext.getParseResult().getRootNode() == null) {
            return List.of();
        }
        ICompositeNode root = xtext.getParseResult().getRootNode();
        String text = root.getText();
        List<Issue> found = new ArrayList<>();
        for (int i = 0; i < text.length() && found.size() < MAX_SYNTAX_ERRORS_PER_FILE; i++) {
            char c = text.charAt(i);
            if (!VisibleText.reordersText(c)) {
                continue;
            }
            LineAndColumn at = NodeModelUtils.getLineAndColumn(root, i);
            Issue.IssueImpl issue = new Issue.IssueImpl();
            issue.setCode(Rule.BIDI_CONTROL.id());
            issue.setSeverity(Severity.ERROR);
            issue.setMessage("invisible direction control " + VisibleText.describe(c)
                    + ": it can make the file read differently from what it is (Trojan Source); delete it, or"
                    + " write it as `\\u" + String.format("%04X", (int) c) + "` inside a text that needs it");
            issue.setType(CheckType.FAST);
            issue.setUriToProblem(resource.getURI());
            issue.setOffset(i);
            issue.setLength(1);
            issue.setLineNumber(at.getLine());
            issue.setColumn(at.getColumn());
            issue.setLineNumberEnd(at.getLine());
            issue.setColumnEnd(at.getColumn() + 1);
            found.add(issue);
        }
        return found;
    }

    private static boolean declaresNothing(Resource resource) {
        return resource.getContents().isEmpty()
                || resource.getContents().get(0) instanceof PolicyFile file
                        && file.getImports().isEmpty()
                        && file.getElements().isEmpty();
    }

    private static Issue withCode(Issue issue, String code, String message) {
        Issue.IssueImpl copy = new Issue.IssueImpl();
        copy.setCode(code);
        copy.setSeverity(issue.getSeverity());
        copy.setMessage(message);
        copy.setType(issue.getType());
        copy.setUriToProblem(issue.getUriToProblem());
        copy.setOffset(issue.getOffset());
        copy.setLength(issue.getLength());
        copy.setLineNumber(issue.getLineNumber());
        copy.setColumn(issue.getColumn());
        copy.setLineNumberEnd(issue.getLineNumberEnd());
        copy.setColumnEnd(issue.getColumnEnd());
        copy.setSyntaxError(issue.isSyntaxError());
        copy.setData(issue.getData());
        return copy;
    }

    /** An issue at line 1, column 1, where file-level findings go. */
    private static Issue atStart(Resource resource, Severity severity, Rule rule, String message) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setCode(rule.id());
        issue.setSeverity(severity);
        issue.setMessage(message);
        issue.setType(CheckType.FAST);
        issue.setUriToProblem(resource.getURI());
        issue.setOffset(0);
        issue.setLength(0);
        issue.setLineNumber(1);
        issue.setColumn(1);
        issue.setLineNumberEnd(1);
        issue.setColumnEnd(1);
        return issue;
    }
}
