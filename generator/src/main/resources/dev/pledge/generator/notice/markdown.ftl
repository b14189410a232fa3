<#ftl output_format="Markdown">
<#-- SPDX-License-Identifier: Apache-2.0 -->
<#-- Pieces of the Markdown notice. Presentation only; every ${...} is escaped by MarkdownEscaper. -->
<#macro value v><#if v.prefix??>${v.prefix}</#if><#if v.href??>[${v.text}](${v.href})<#else>${v.text}</#if></#macro>
<#macro values vs><#list vs as v><@value v/><#sep>${chrome.comma}</#sep></#list></#macro>
<#macro facts facts>
<#list facts as f>
<#if f.list>
- **${f.label}**
<#list f.values as v>
  - <@value v/>
</#list>
<#else>
- **${f.label}**${chrome.separator}<@values f.values/>
</#if>
</#list>
<#if facts?has_content>

</#if>
</#macro>
<#macro cell c><#if c.lead??>**<@value c.lead/>**<#if c.values?has_content><br></#if></#if><#if c.values?has_content><@values c.values/><#elseif !c.lead??>${chrome.none}</#if></#macro>
<#macro table t>
<#if t.caption??>
**${t.caption}**

</#if>
|<#list t.headers as h> ${h} |</#list>
|<#list t.headers as h> --- |</#list>
<#list t.rows as row>
|<#list row.cells as c> <@cell c/> |</#list>
</#list>

</#macro>
<#macro line l><#if l.label??>**${l.label}**${chrome.separator}</#if><@values l.values/><#if l.more??>${chrome.comma}<@value l.more/></#if></#macro>
<#macro glance s>
**${s.caption}**

|<#list s.headers as h> ${h} |</#list>
|<#list s.headers as h> --- |</#list>
<#list s.answers as a>
| **${a.topic}** | <#list a.lines as l><@line l/><#sep><br></#sep><#else>${chrome.none}</#list> |
</#list>

</#macro>
<#macro entry e level>
<#if level == 3>###<#elseif level == 4>####<#else>#####</#if> ${e.heading}

<@facts e.facts/>
<#list e.paragraphs as p>
${p}

</#list>
<#list e.children as child>
<@entry child level + 1/>
</#list>
</#macro>
<#macro section s>
## ${s.heading}

<#list s.paragraphs as p>
${p}

</#list>
<@facts s.facts/>
<#if s.table??><@table s.table/></#if>
<#list s.entries as e>
<@entry e 3/>
</#list>
</#macro>
