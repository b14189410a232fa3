<#ftl output_format="NoticeText">
<#-- SPDX-License-Identifier: Apache-2.0 -->
<#-- Pieces of the plain-text notice. Presentation only; a line break inside a ${...} is indented by TextEscaper. -->
<#macro value v><#if v.prefix??>${v.prefix}</#if>${v.text}</#macro>
<#macro values vs><#list vs as v><@value v/><#sep>${chrome.comma}</#sep></#list></#macro>
<#macro facts facts indent>
<#list facts as f>
<#if f.list>
${indent}${f.label}${chrome.separator?trim}
<#list f.values as v>
${indent}  - <@value v/>
</#list>
<#else>
${indent}${f.label}${chrome.separator}<@values f.values/>
</#if>
</#list>
</#macro>
<#macro cell c><#if c.lead??><@value c.lead/><#if c.values?has_content>${chrome.separator}</#if></#if><#if c.values?has_content><@values c.values/><#elseif !c.lead??>${chrome.none}</#if></#macro>
<#macro table t>
<#if t.caption??>
${t.caption}

</#if>
<#list t.rows as row>
<#list row.cells as c>
<#if c?is_first>
* <@cell c/>
<#else>
    ${t.headers[c?index]}${chrome.separator}<@cell c/>
</#if>
</#list>
</#list>

</#macro>
<#macro line l><#if l.label??>${l.label}${chrome.separator}</#if><@values l.values/><#if l.more??>${chrome.comma}<@value l.more/></#if></#macro>
<#macro glance s>
${s.caption}

<#list s.answers as a>
* ${a.topic}
<#list a.lines as l>
    - <@line l/>
<#else>
    - ${chrome.none}
</#list>
</#list>

</#macro>
<#macro entry e number>
${number} ${e.heading}
<@facts e.facts "  "/>
<#list e.paragraphs as p>
  ${p}
</#list>

<#list e.children as child>
<@entry child number + "." + child?counter/>
</#list>
</#macro>
<#macro section s number>
------------------------------------------------------------------------
${number}. ${s.heading}
------------------------------------------------------------------------

<#list s.paragraphs as p>
${p}

</#list>
<#if s.facts?has_content>
<@facts s.facts ""/>

</#if>
<#if s.table??><@table s.table/></#if>
<#list s.entries as e>
<@entry e number + "." + e?counter/>
</#list>
</#macro>
