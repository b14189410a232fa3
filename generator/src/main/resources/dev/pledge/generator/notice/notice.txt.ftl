<#ftl output_format="NoticeText">
<#-- SPDX-License-Identifier: Apache-2.0 -->
<#-- The plain-text notice. -->
<#import "text.ftl" as t>
========================================================================
${header.title}
${header.kind}
========================================================================

<@t.facts header.facts ""/>

<#list header.paragraphs as p>
${p}

</#list>
${chrome.contents}

  ${summary.heading}
<#if changes??>
  ${changes.heading}
</#if>
  ${chrome.fullNotice}
<#list sections as s>
    ${s?counter}. ${s.heading}
</#list>
<#if appendix??>
  ${chrome.appendix}
    ${appendix.heading}
</#if>

========================================================================
${summary.heading}
========================================================================

${summary.intro}

<@t.glance summary/>
<#if changes??>
========================================================================
${changes.heading}
========================================================================

<#list changes.paragraphs as p>
${p}

</#list>
<#if changes.facts?has_content>
<@t.facts changes.facts ""/>

</#if>
<#if changes.table??><@t.table changes.table/></#if>
</#if>
========================================================================
${chrome.fullNotice}
========================================================================

<#list sections as s>
<@t.section s s?counter?c/>
</#list>
<#if appendix??>
========================================================================
${chrome.appendix}
========================================================================

${appendix.heading}

<#list appendix.paragraphs as p>
${p}

</#list>
<#if appendix.table??><@t.table appendix.table/></#if>
</#if>
========================================================================
${chrome.footer}
