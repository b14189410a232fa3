package dev.pledge.dsl.ide.server;

import dev.pledge.dsl.pledge.PolicyFile;
import dev.pledge.dsl.validation.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Makes the language server report what {@code pledge check} reports
 * ({@code dev.pledge.dsl.load.PolicyLoader}), file by file:
 * <ul>
 * <li>a file that does not parse gets only its syntax errors (the rest would be echoes of them);</li>
 * <li>past {@value #MAX_SYNTAX_ERRORS_PER_FILE} syntax errors in a file, one note says how many more;</li>
 * <li>every issue carries a rule id as its code ({@code syntax} when Xtext gives none);</li>
 * <li>a file that declares nothing is an {@code empty-file} error.</li>
 * </ul>
 * The server puts the code into the LSP diagnostic's {@code code} field. Keep in step with
 * {@code PolicyLoader.check}; {@code PledgeLanguageServerIT} compares the two on the same files.
 */
public class CliConsistentResourceValidator extends ResourceValidatorImpl {

	/** Same limit as the CLI's. */
	static final int MAX_SYNTAX_ERRORS_PER_FILE = 20;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
		List<Issue> issues = super.validate(resource, mode, monitor);
		return issues == null ? null : asCli(resource, issues);
	}

	static List<Issue> asCli(Resource resource, List<Issue> all) {
		List<Issue> issues = all;
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().hasSyntaxErrors()) {
			issues = issues.stream().filter(Issue::isSyntaxError).toList();
		}
		List<Issue> result = new ArrayList<>();
		Map<URI, Integer> syntaxErrors = new HashMap<>();
		Set<List<Object>> seen = new HashSet<>();
		for (Issue issue : issues) {
			String rule = issue.getCode() == null ? Rule.SYNTAX.id() : issue.getCode();
			URI where = issue.getUriToProblem() == null ? resource.getURI() : issue.getUriToProblem().trimFragment();
			if (Rule.SYNTAX.id().equals(rule) && syntaxErrors.merge(where, 1, Integer::sum) > MAX_SYNTAX_ERRORS_PER_FILE) {
				continue;
			}
			// the CLI keeps findings in a set: the same message at the same place is reported once
			if (seen.add(Arrays.asList(where, issue.getLineNumber(), issue.getColumn(), issue.getSeverity(), issue.getMessage(), rule))) {
				result.add(rule.equals(issue.getCode()) ? issue : withCode(issue, rule));
			}
		}
		int hidden = syntaxErrors.values().stream().mapToInt(count -> Math.max(0, count - MAX_SYNTAX_ERRORS_PER_FILE)).sum();
		if (hidden > 0) {
			result.add(atStart(resource, Severity.INFO, Rule.SYNTAX,
					hidden + " more syntax errors not shown: fix the first ones and check again"));
		}
		if (issues.isEmpty() && declaresNothing(resource)) {
			result.add(atStart(resource, Severity.ERROR, Rule.EMPTY_FILE,
					"file declares nothing: start it with `policy <name> \"<title>\" { version \"...\" }` "
							+ "or declarations such as `category`, `purpose`, `party`"));
		}
		return result;
	}

	private static boolean declaresNothing(Resource resource) {
		return resource.getContents().isEmpty() || resource.getContents().get(0) instanceof PolicyFile file
				&& file.getImports().isEmpty() && file.getElements().isEmpty();
	}

	private static Issue withCode(Issue issue, String code) {
		Issue.IssueImpl copy = new Issue.IssueImpl();
		copy.setCode(code);
		copy.setSeverity(issue.getSeverity());
		copy.setMessage(issue.getMessage());
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

	/** An issue at line 1, column 1, as the CLI places file-level findings. */
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
