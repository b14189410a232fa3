// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static dev.pledge.generator.java.JavaText.literal;

import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.java.JavaModel.Constant;
import dev.pledge.generator.java.JavaModel.DisclosureValue;
import dev.pledge.generator.java.JavaModel.ItemConstant;
import dev.pledge.generator.java.JavaModel.Keyword;
import dev.pledge.generator.java.JavaModel.PartyConstant;
import dev.pledge.generator.java.JavaModel.PurposeConstant;
import dev.pledge.generator.java.JavaModel.RegionConstant;
import dev.pledge.generator.java.JavaModel.RightConstant;
import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.ChildRequirement;
import dev.pledge.generator.model.Children;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PromiseKind;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Scopes;
import dev.pledge.generator.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Works out the {@link JavaModel} of a policy: names, escaped texts, ages, and checks that it fits Java. */
final class JavaModelBuilder {

    /** A purpose's allowed regions are a bit mask in one {@code long}. */
    static final int MAX_REGIONS = 64;

    private final Policy policy;
    private final JavaDocs docs;
    private final Map<String, String> categories;
    private final Map<String, String> items;
    private final Map<String, String> purposes;
    private final Map<String, String> regions;
    private final Map<String, String> parties;
    private final Map<String, String> rights;
    /** The languages of the constants' texts, the default language first; one constructor argument each. */
    private final List<String> languages;

    private JavaModelBuilder(Policy policy) {
        this.policy = policy;
        this.docs = new JavaDocs(policy);
        this.categories = names(policy.categories(), dev.pledge.generator.model.DataCategory::id);
        this.items = names(policy.items(), DataItem::id);
        this.purposes = names(policy.purposes(), Purpose::id);
        this.regions = names(policy.regions(), Region::id);
        this.parties = names(policy.parties(), Party::id);
        this.rights = names(policy.rights(), Right::id);
        this.languages = languages(policy);
    }

    /**
     * The languages the titles and descriptions of the generated constants come in: the default language first,
     * then the policy's languages in their order, then any other, alphabetically. A language the policy lists
     * but no such text uses takes no constructor parameter (a policy may list every ISO 639-1 language).
     */
    static List<String> languages(Policy policy) {
        Set<String> used = new LinkedHashSet<>();
        Set<String> others = new TreeSet<>();
        Stream.of(
                        policy.categories().stream().flatMap(c -> Stream.of(c.title(), c.description())),
                        policy.items().stream().flatMap(i -> Stream.of(i.title(), i.description())),
                        policy.purposes().stream().flatMap(p -> Stream.of(p.title(), p.description())),
                        policy.parties().stream().flatMap(p -> Stream.of(p.title(), p.description())),
                        policy.rights().stream().flatMap(r -> Stream.of(r.title(), r.description())),
                        policy.regions().stream().flatMap(r -> Stream.of(r.title(), r.description())))
                .flatMap(texts -> texts)
                .filter(Objects::nonNull)
                .forEach(text -> used.addAll(text.translations().keySet()));
        Set<String> languages = new LinkedHashSet<>();
        languages.add(policy.info().defaultLanguage());
        policy.info().languages().stream().filter(used::contains).forEach(languages::add);
        others.addAll(used);
        others.removeAll(languages);
        languages.addAll(others);
        return List.copyOf(languages);
    }

    static JavaModel build(Policy policy, String packageName) throws GeneratorException {
        check(policy);
        JavaModel model = new JavaModelBuilder(policy).model(packageName);
        JvmLimits.check(policy.id(), model);
        return model;
    }

    private static void check(Policy policy) throws GeneratorException {
        if (policy.regions().size() > MAX_REGIONS) {
            throw new GeneratorException("policy '" + policy.id() + "' declares "
                    + policy.regions().size() + " regions; the consent API supports at most " + MAX_REGIONS
                    + ": merge regions with the same rules");
        }
        for (Purpose purpose : policy.purposes()) {
            if (purpose.bases().isEmpty()) {
                throw new GeneratorException("purpose '" + purpose.id()
                        + "' has no legal basis: add `basis ...` and check" + " the policy again");
            }
            if (purpose.currentVersion() < 1) {
                throw new GeneratorException("purpose '" + purpose.id() + "' has version " + purpose.currentVersion()
                        + ": purpose versions start at 1");
            }
        }
    }

    private JavaModel model(String packageName) {
        String prefix = JavaNames.typePrefix(policy.id());
        String source = "policy " + policy.id() + ", version "
                + JavaText.comment(policy.info().version());
        return new JavaModel(
                packageName,
                prefix + "Consent",
                prefix + "Ledger",
                literal(policy.id()),
                literal(policy.info().version()),
                languages.stream().map(JavaText::literal).toList(),
                source,
                docs.policy(),
                policy.categories().stream()
                        .map(c -> constant(categories, c.id(), c.title(), c.description(), docs.category(c)))
                        .toList(),
                policy.items().stream().map(this::item).toList(),
                policy.purposes().stream().map(this::purpose).toList(),
                policy.parties().stream().map(this::party).toList(),
                policy.rights().stream().map(this::right).toList(),
                policy.regions().stream().map(this::region).toList(),
                Arrays.stream(PartyKind.values())
                        .map(k -> new Keyword(JavaNames.constant(k.id()), literal(k.id())))
                        .toList(),
                policy.promises(PromiseKind.NO_PROFILING_OF_CHILDREN).isEmpty()
                        ? List.of()
                        : policy.purposes().stream()
                                .filter(Purpose::profiling)
                                .map(p -> purposes.get(p.id()))
                                .toList());
    }

    private ItemConstant item(DataItem item) {
        return new ItemConstant(
                constant(items, item.id(), item.title(), item.description(), docs.item(item)),
                categories.get(item.category()),
                item.sensitive(),
                item.nonPersonal(),
                item.sources().stream().map(JavaText::literal).toList());
    }

    private PurposeConstant purpose(Purpose purpose) {
        List<String> basisRegions = new ArrayList<>();
        List<String> regionalBases = new ArrayList<>();
        for (Basis basis : purpose.bases()) {
            for (String region : basis.regions()) {
                basisRegions.add(regions.get(region));
                regionalBases.add(basis.strictest().name());
            }
        }
        List<String> ageRegions = new ArrayList<>();
        List<Integer> childAges = new ArrayList<>();
        List<Integer> minimumAges = new ArrayList<>();
        for (Region region : policy.regions()) {
            int child = age(purpose.services(), region, ChildRequirement.PARENTAL_CONSENT);
            int minimum = age(purpose.services(), region, ChildRequirement.NOT_ALLOWED);
            if (child != age(List.of(), region, ChildRequirement.PARENTAL_CONSENT)
                    || minimum != age(List.of(), region, ChildRequirement.NOT_ALLOWED)) {
                ageRegions.add(regions.get(region.id()));
                childAges.add(child);
                minimumAges.add(minimum);
            }
        }
        return new PurposeConstant(
                constant(purposes, purpose.id(), purpose.title(), purpose.description(), docs.purpose(purpose)),
                purpose.guardBasis().name(),
                purpose.currentVersion(),
                names(items, purpose.items()),
                names(regions, purpose.regions()),
                purpose.optional(),
                basisRegions,
                regionalBases,
                ageRegions,
                childAges,
                minimumAges);
    }

    private PartyConstant party(Party party) {
        return new PartyConstant(
                constant(parties, party.id(), party.title(), party.description(), docs.party(party)),
                party.named(),
                party.kinds().stream()
                        .map(kind -> JavaNames.constant(kind.id()))
                        .toList(),
                party.urls().stream().map(JavaText::literal).toList(),
                party.sdks().stream().map(JavaText::literal).toList(),
                names(regions, party.locations()),
                party.disclosures().stream()
                        .map(d -> new DisclosureValue(names(items, d.items()), names(purposes, d.purposes())))
                        .toList());
    }

    private RightConstant right(Right right) {
        return new RightConstant(
                constant(rights, right.id(), right.title(), right.description(), docs.right(right)),
                literal(right.kind().id()),
                names(regions, right.regions()),
                names(purposes, right.purposes()));
    }

    private RegionConstant region(Region region) {
        int childAge = age(List.of(), region, ChildRequirement.PARENTAL_CONSENT);
        int minimumAge = age(List.of(), region, ChildRequirement.NOT_ALLOWED);
        return new RegionConstant(
                constant(
                        regions,
                        region.id(),
                        region.title(),
                        region.description(),
                        docs.region(region, childAge, minimumAge)),
                childAge,
                minimumAge,
                region.countries().stream().map(JavaText::literal).toList());
    }

    /**
     * The age of the children's rules with this requirement that hold for processing in these services (none:
     * the region's own rules) in the region: of the most specific such rules (services and region, then
     * services, then region, then neither), the highest age; 0 if none holds.
     */
    private int age(List<String> services, Region region, ChildRequirement requirement) {
        List<Children> rules = policy.children().stream()
                .filter(rule -> rule.requirement() == requirement)
                .toList();
        return Scopes.mostSpecific(rules, Scopes::of, services, region.id()).stream()
                .mapToInt(Children::age)
                .max()
                .orElse(0);
    }

    private Constant constant(Map<String, String> names, String id, Text title, Text description, List<String> doc) {
        return new Constant(names.get(id), literal(id), texts(title), texts(description), doc);
    }

    /**
     * The text as constructor arguments, one per language ({@code "Email", "电子邮件", null}): a
     * literal each costs the class initialiser three bytes, where a map built in place cost about
     * fourteen per language, and javac refuses a class initialiser over 64 KB.
     */
    private String texts(Text text) {
        return languages.stream()
                .map(language -> text == null || !text.has(language)
                        ? "null"
                        : literal(text.translations().get(language)))
                .collect(Collectors.joining(", "));
    }

    private static <T> Map<String, String> names(List<T> declarations, Function<T, String> id) {
        List<String> ids = declarations.stream().map(id).toList();
        List<String> constants = JavaNames.constants(ids);
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            names.put(ids.get(i), constants.get(i));
        }
        return names;
    }

    private static List<String> names(Map<String, String> names, List<String> ids) {
        return ids.stream()
                .map(id -> {
                    String name = names.get(id);
                    if (name == null) {
                        throw new IllegalStateException("'" + id + "' is not declared in the policy view");
                    }
                    return name;
                })
                .toList();
    }
}
