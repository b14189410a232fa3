<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import dev.pledge.runtime.RegionSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

<@c.javadoc policyDoc + ["<p>", "The regions (jurisdictions) this policy declares, with the age below which children need", "parental consent there."]/>
public enum Region implements RegionSpec {
<#list regions as region>
<@c.javadoc region.constant.doc "\t"/>
	${region.constant.name}(${region.constant.id}, ${region.childAge?c}, ${region.minimumAge?c},
			<@c.strings region.countries/>,
			${region.constant.titles},
			${region.constant.descriptions})${region?has_next?then(",", ";")}

<#else>
	;

</#list>
	private final String id;
	private final int childAge;
	private final int minimumAge;
	private final List<String> countries;
	private final Map<String, String> titles;
	private final Map<String, String> descriptions;

	Region(String id, int childAge, int minimumAge, String[] countries, 
			<@c.textParams/>) {
		this.id = id;
		this.childAge = childAge;
		this.minimumAge = minimumAge;
		this.countries = PolicyValues.list(countries);
<@c.textFields/>	}

<@c.textMethods "region"/>

	/** Below this age, consent-based purposes need parental consent here ({@code under N need parental-consent}); 0 for no rule. */
	@Override
	public int childAge() {
		return childAge;
	}

	/**
	 * Below this age, children may not use the service here at all ({@code under N need not-allowed}); 0 for no
	 * rule. The guard then denies every purpose but those based on legal obligation or vital interest.
	 */
	@Override
	public int minimumAge() {
		return minimumAge;
	}

	/** The country codes the policy lists for the region. */
	public List<String> countries() {
		return countries;
	}

	/** The first region that lists the country code, e.g. {@code "DE"}. */
	public static Optional<Region> ofCountry(String country) {
		for (Region region : values()) {
			if (region.countries.contains(country)) {
				return Optional.of(region);
			}
		}
		return Optional.empty();
	}

<@c.byId "Region"/>
}
