<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import java.util.Map;
import java.util.Optional;
import java.util.Set;

<@c.javadoc policyDoc + ["<p>", "The rights this policy grants."]/>
public enum Right {
<#list rights as right>
<@c.javadoc right.constant.doc "\t"/>
	${right.constant.name}(${right.constant.id}, ${right.kind},
			<@c.constants "Region" right.regions/>,
			<@c.constants "Purpose" right.purposes/>,
			${right.constant.titles},
			${right.constant.descriptions})${right?has_next?then(",", ";")}

<#else>
	;

</#list>
	private final String id;
	private final String kind;
	private final Set<Region> regions;
	private final Set<Purpose> purposes;
	private final Map<String, String> titles;
	private final Map<String, String> descriptions;

	Right(String id, String kind, Region[] regions, Purpose[] purposes, 
			<@c.textParams/>) {
		this.id = id;
		this.kind = kind;
		this.regions = PolicyValues.set(Region.class, regions);
		this.purposes = PolicyValues.set(Purpose.class, purposes);
<@c.textFields/>	}

<@c.textMethods "right"/>

	/** The kind of right as the policy writes it, e.g. {@code erasure}, {@code withdraw-consent}. */
	public String kind() {
		return kind;
	}

	/** The regions where the right applies; empty when it applies everywhere. */
	public Set<Region> regions() {
		return regions;
	}

	/** The purposes the right concerns; empty when it concerns all. */
	public Set<Purpose> purposes() {
		return purposes;
	}

<@c.byId "Right"/>
}
