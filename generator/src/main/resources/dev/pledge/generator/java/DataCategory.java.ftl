<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

<@c.javadoc policyDoc + ["<p>", "The categories of data this policy declares."]/>
public enum DataCategory {
<#list categories as category>
<@c.javadoc category.doc "\t"/>
	${category.name}(${category.id}, ${category.titles}, ${category.descriptions})${category?has_next?then(",", ";")}

<#else>
	;

</#list>
	private final String id;
	private final Map<String, String> titles;
	private final Map<String, String> descriptions;

	DataCategory(String id, <@c.textParams/>) {
		this.id = id;
<@c.textFields/>	}

<@c.textMethods "category"/>

	/** The data items of this category, in declaration order. */
	public Set<DataItem> items() {
		EnumSet<DataItem> items = EnumSet.noneOf(DataItem.class);
		for (DataItem item : DataItem.values()) {
			if (item.category() == this) {
				items.add(item);
			}
		}
		return items;
	}

<@c.byId "DataCategory"/>
}
