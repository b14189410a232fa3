<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

<@c.javadoc policyDoc + ["<p>", "The data items this policy declares: what {@link PersonalData#data()} names."]/>
public enum DataItem {
<#list items as item>
<@c.javadoc item.constant.doc "\t"/>
	${item.constant.name}(${item.constant.id}, DataCategory.${item.category}, ${item.sensitive?c}, ${item.nonPersonal?c},
			<@c.strings item.sources/>,
			${item.constant.titles},
			${item.constant.descriptions})${item?has_next?then(",", ";")}

<#else>
	;

</#list>
	private final String id;
	private final DataCategory category;
	private final boolean sensitive;
	private final boolean nonPersonal;
	private final List<String> sources;
	private final Map<String, String> titles;
	private final Map<String, String> descriptions;

	DataItem(String id, DataCategory category, boolean sensitive, boolean nonPersonal, String[] sources,
			<@c.textParams/>) {
		this.id = id;
		this.category = category;
		this.sensitive = sensitive;
		this.nonPersonal = nonPersonal;
		this.sources = PolicyValues.list(sources);
<@c.textFields/>	}

<@c.textMethods "data"/>

	/** The category the item is declared in. */
	public DataCategory category() {
		return category;
	}

	/** Whether the policy marks the item {@code sensitive} (special category data). */
	public boolean sensitive() {
		return sensitive;
	}

	/** Whether the policy marks the item {@code non-personal}. */
	public boolean nonPersonal() {
		return nonPersonal;
	}

	/** The code that reads the item, as the policy names it ({@code source "..."}). */
	public List<String> sources() {
		return sources;
	}

	/** The purposes that use this item. */
	public Set<Purpose> purposes() {
		EnumSet<Purpose> purposes = EnumSet.noneOf(Purpose.class);
		for (Purpose purpose : Purpose.values()) {
			if (purpose.uses(this)) {
				purposes.add(purpose);
			}
		}
		return purposes;
	}

<@c.byId "DataItem"/>
}
