<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

<@c.javadoc policyDoc + ["<p>", "Who receives data under this policy: named third parties ({@code party}) and kinds of recipient", "the policy does not name ({@code recipient}), with what they receive and why."]/>
public enum ThirdParty {
<#list parties as party>
<@c.javadoc party.constant.doc "\t"/>
	${party.constant.name}(${party.constant.id}, ${party.named?c}, <@c.constants "Kind" party.kinds/>,
			<@c.strings party.urls/>,
			<@c.strings party.sdks/>,
			<@c.constants "Region" party.locations/>,
			new Disclosure[] {<#list party.disclosures as disclosure>
					new Disclosure(<@c.constants "DataItem" disclosure.items/>, <@c.constants "Purpose" disclosure.purposes/>)<#sep>,</#sep></#list>},
			${party.constant.titles},
			${party.constant.descriptions})${party?has_next?then(",", ";")}

<#else>
	;

</#list>
	/** What a party does with the data it receives. */
	public enum Kind {
<#list partyKinds as kind>
		${kind.name}(${kind.id})${kind?has_next?then(",", ";")}
</#list>

		private final String id;

		Kind(String id) {
			this.id = id;
		}

		/** The keyword as the policy writes it. */
		public String id() {
			return id;
		}
	}

	/**
	 * Data a party receives and the purposes it receives it for ({@code receives ... for ...}).
	 *
	 * @param data the data items (categories expanded)
	 * @param purposes the purposes
	 */
	public record Disclosure(Set<DataItem> data, Set<Purpose> purposes) {

		Disclosure(DataItem[] data, Purpose[] purposes) {
			this(PolicyValues.set(DataItem.class, data), PolicyValues.set(Purpose.class, purposes));
		}

		public Disclosure {
			data = PolicyValues.copy(DataItem.class, data);
			purposes = PolicyValues.copy(Purpose.class, purposes);
		}
	}

	private final String id;
	private final boolean named;
	private final Set<Kind> kinds;
	private final List<String> urls;
	private final List<String> sdkPackages;
	private final Set<Region> locations;
	private final List<Disclosure> disclosures;
	private final Map<String, String> titles;
	private final Map<String, String> descriptions;

	ThirdParty(String id, boolean named, Kind[] kinds, String[] urls, String[] sdkPackages, Region[] locations,
			Disclosure[] disclosures, <@c.textParams/>) {
		this.id = id;
		this.named = named;
		this.kinds = PolicyValues.set(Kind.class, kinds);
		this.urls = PolicyValues.list(urls);
		this.sdkPackages = PolicyValues.list(sdkPackages);
		this.locations = PolicyValues.set(Region.class, locations);
		this.disclosures = List.of(disclosures);
<@c.textFields/>	}

<@c.textMethods "party"/>

	/** True for a named third party ({@code party}), false for a kind of recipient ({@code recipient}). */
	public boolean named() {
		return named;
	}

	/** What the party does with the data. */
	public Set<Kind> kinds() {
		return kinds;
	}

	/** The party's web addresses. */
	public List<String> urls() {
		return urls;
	}

	/** The code packages through which the application reaches the party ({@code sdk "..."}). */
	public List<String> sdkPackages() {
		return sdkPackages;
	}

	/** The regions where the party is located. */
	public Set<Region> locations() {
		return locations;
	}

	/** What the party receives and why, in the order the policy states it. */
	public List<Disclosure> disclosures() {
		return disclosures;
	}

	/** Every data item the party receives, for any purpose. */
	public Set<DataItem> receives() {
		EnumSet<DataItem> items = EnumSet.noneOf(DataItem.class);
		for (Disclosure disclosure : disclosures) {
			items.addAll(disclosure.data());
		}
		return items;
	}

	/** Whether the policy says the party receives the item for the purpose. */
	public boolean receives(DataItem item, Purpose purpose) {
		for (Disclosure disclosure : disclosures) {
			if (disclosure.data().contains(item) && disclosure.purposes().contains(purpose)) {
				return true;
			}
		}
		return false;
	}

<@c.byId "ThirdParty"/>
}
