<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import dev.pledge.runtime.LegalBasis;
import dev.pledge.runtime.PurposeSpec;
<#if purposes?filter(p -> p.basisRegions?has_content || p.ageRegions?has_content)?has_content>
import dev.pledge.runtime.RegionSpec;
</#if>
import java.util.Map;
import java.util.Optional;
import java.util.Set;

<@c.javadoc policyDoc + ["<p>", "The purposes this policy declares, with their legal basis, version, data and regions: what the", "consent guard {@link ${consentClass}} checks."]/>
public enum Purpose implements PurposeSpec {
<#list purposes as purpose>
<@c.javadoc purpose.constant.doc "\t"/>
	${purpose.constant.name}(${purpose.constant.id}, LegalBasis.${purpose.basis}, ${purpose.version?c}, ${purpose.optional?c},
			<@c.constants "DataItem" purpose.items/>,
			<@c.constants "Region" purpose.regions/>,
			${purpose.constant.titles},
			${purpose.constant.descriptions})${purpose?has_next?then(",", ";")}

<#else>
	;

</#list>
	private final String id;
	private final LegalBasis basis;
	private final int version;
	private final boolean optional;
	private final Set<DataItem> items;
	private final Set<Region> regions;
	private final long regionMask;
	private final Map<String, String> titles;
	private final Map<String, String> descriptions;

	Purpose(String id, LegalBasis basis, int version, boolean optional, DataItem[] items, Region[] regions,
			<@c.textParams/>) {
		this.id = id;
		this.basis = basis;
		this.version = version;
		this.optional = optional;
		this.items = PolicyValues.set(DataItem.class, items);
		this.regions = PolicyValues.set(Region.class, regions);
		long mask = regions.length == 0 ? -1L : 0L;
		for (Region region : regions) {
			mask |= 1L << region.ordinal();
		}
		this.regionMask = mask;
<@c.textFields/>	}

<@c.textMethods "purpose"/>

	@Override
	public LegalBasis basis() {
		return basis;
	}

<#if purposes?filter(p -> p.basisRegions?has_content)?has_content>
	/** The basis in a region: the policy gives some purposes a basis of their own in some regions. */
	@Override
	public LegalBasis basis(RegionSpec region) {
<#list purposes?filter(p -> p.basisRegions?has_content) as purpose>
		if (this == ${purpose.constant.name}) {
<#list purpose.basisRegions as region>
			if (region == Region.${region}) {
				return LegalBasis.${purpose.regionalBases[region?index]};
			}
</#list>
		}
</#list>
		return basis;
	}

</#if>
<#if purposes?filter(p -> p.ageRegions?has_content)?has_content>
	/** The child age in a region: a children's rule limited to some purposes' services sets its own. */
	@Override
	public int childAge(RegionSpec region) {
<#list purposes?filter(p -> p.ageRegions?has_content) as purpose>
		if (this == ${purpose.constant.name}) {
<#list purpose.ageRegions as region>
			if (region == Region.${region}) {
				return ${purpose.childAges[region?index]?c};
			}
</#list>
		}
</#list>
		return region.childAge();
	}

	/** The minimum age in a region: a children's rule limited to some purposes' services sets its own. */
	@Override
	public int minimumAge(RegionSpec region) {
<#list purposes?filter(p -> p.ageRegions?has_content) as purpose>
		if (this == ${purpose.constant.name}) {
<#list purpose.ageRegions as region>
			if (region == Region.${region}) {
				return ${purpose.minimumAges[region?index]?c};
			}
</#list>
		}
</#list>
		return region.minimumAge();
	}

</#if>
<#if notForChildren?has_content>
	/** The policy promises not to profile children: the guard denies its profiling purposes to them. */
	@Override
	public boolean notForChildren() {
		return <#list notForChildren as purpose>this == ${purpose}<#sep> || </#list>;
	}

</#if>
	/** The purpose's version: 1 unless the policy states {@code version N}; consent for an older one no longer counts. */
	@Override
	public int version() {
		return version;
	}

	/** Bit {@code i} set: allowed in the region of ordinal {@code i}; {@code -1L}: everywhere. */
	@Override
	public long regionMask() {
		return regionMask;
	}

	/** Whether processing for this purpose needs the subject's consent where no regional basis applies. */
	public boolean needsConsent() {
		return basis.needsConsent();
	}

	/** Whether the policy marks the purpose {@code optional}. */
	public boolean optional() {
		return optional;
	}

	/** The data items the purpose uses (categories expanded). */
	public Set<DataItem> items() {
		return items;
	}

	/** Whether the purpose uses the item. */
	public boolean uses(DataItem item) {
		return items.contains(item);
	}

	/** The regions the purpose is restricted to; empty when it applies everywhere. */
	public Set<Region> regions() {
		return regions;
	}

<@c.byId "Purpose"/>
}
