<#ftl output_format="Markdown">
<#-- SPDX-License-Identifier: Apache-2.0 -->
<#-- The review checklist (CommonMark with GitHub tables): a ReviewChecklist.Report. -->
# Review checklist: ${title}

Version ${version}, from ${files}. Each element GDPR Art. 12-14 and 21(4) require of a privacy
notice: whether the notice gives it, where (the parts of `${notice}`), and what to add to the
policy. *Present* means the policy states it; whether what it states is true and enough is the
reviewer's call.

Present: ${count("PRESENT")}, partial: ${count("PARTIAL")}, absent: ${count("ABSENT")}, not applicable: ${count("NOT_APPLICABLE")}.

| Status | Article | Element | Where in the notice | What to add to the policy |
|---|---|---|---|---|
<#list items as item>
| ${item.status().label()} | ${item.article()} | ${item.element()} | <#list item.where() as w>${w}<#sep><br></#sep><#else>—</#list> | <#list item.toAdd() as a>${a}<#sep><br></#sep><#else>—</#list> |
</#list>

Reviewed by: ____________________  Date: ____________  Decision: publish / do not publish
