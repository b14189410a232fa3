<#ftl output_format="Markdown">
<#-- SPDX-License-Identifier: Apache-2.0 -->
<#-- The Markdown notice (CommonMark with GitHub tables). -->
<#import "markdown.ftl" as m>
# ${header.title}

*${header.kind}*

<@m.facts header.facts/>
<#list header.paragraphs as p>
${p}

</#list>
## ${chrome.contents}

1. ${summary.heading}
<#if changes??>
1. ${changes.heading}
</#if>
1. ${chrome.fullNotice}
<#list sections as s>
   1. ${s.heading}
</#list>
<#if appendix??>
1. ${chrome.appendix}
   1. ${appendix.heading}
</#if>

## ${summary.heading}

${summary.intro}

<@m.glance summary/>
<#if changes??>
<@m.section changes/>
</#if>
---

*${chrome.fullNotice}*

<#list sections as s>
<@m.section s/>
</#list>
<#if appendix??>
---

*${chrome.appendix}*

<@m.section appendix/>
</#if>
---

${chrome.footer}
