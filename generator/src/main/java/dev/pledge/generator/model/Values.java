// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.Translation;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/** Reads the small values of the EMF model: texts, channels, periods, keywords, references. */
final class Values {

    private final String language;

    /** @param language the language of text written without a language mark */
    Values(String language) {
        this.language = language;
    }

    Text text(dev.pledge.dsl.pledge.Text text) {
        if (text == null) {
            return null;
        }
        Map<String, String> translations = new LinkedHashMap<>();
        translations.put(language, text.getValue());
        for (Translation translation : text.getTranslations()) {
            // a second text in a language already given is ignored, as the checker allows only one
            translations.putIfAbsent(translation.getLanguage(), translation.getValue());
        }
        return new Text(translations, source(text));
    }

    /** Where a node was written: its file, and the line and column where its text starts. */
    static Source source(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        URI uri = object.eResource() == null ? null : object.eResource().getURI();
        if (node == null || uri == null || !uri.isFile()) {
            return null;
        }
        LineAndColumn at = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        return new Source(Paths.get(uri.toFileString()).toAbsolutePath().normalize(), at.getLine(), at.getColumn());
    }

    List<Text> texts(List<dev.pledge.dsl.pledge.Text> texts) {
        return texts.stream().map(this::text).toList();
    }

    Channel channel(dev.pledge.dsl.pledge.Channel channel) {
        return channel == null
                ? null
                : new Channel(keyword(ChannelKind.class, channel.getKind()), text(channel.getValue()));
    }

    List<Channel> channels(List<dev.pledge.dsl.pledge.Channel> channels) {
        return channels.stream().map(this::channel).toList();
    }

    Provision provision(dev.pledge.dsl.pledge.Provision provision) {
        return provision == null
                ? null
                : new Provision(
                        keyword(ProvisionRequirement.class, provision.getRequirement()),
                        text(provision.getConsequence()));
    }

    DecisionLogic logic(dev.pledge.dsl.pledge.DecisionLogic logic) {
        return logic == null
                ? null
                : new DecisionLogic(
                        text(logic.getLogic()), text(logic.getSignificance()), text(logic.getConsequences()));
    }

    List<Telling> told(List<dev.pledge.dsl.pledge.Telling> told) {
        return told.stream()
                .map(t -> new Telling(
                        duration(t.getWithin()),
                        t.getWithin() == null && t.getText() == null
                                ? keyword(TellingMoment.class, t.getMoment())
                                : null,
                        text(t.getText())))
                .toList();
    }

    List<Safeguard> safeguards(List<dev.pledge.dsl.pledge.Safeguard> safeguards) {
        return safeguards.stream()
                .map(s -> new Safeguard(keyword(SafeguardKind.class, s.getKind()), text(s.getText())))
                .toList();
    }

    List<Trigger> triggers(List<dev.pledge.dsl.pledge.Trigger> triggers) {
        return triggers.stream()
                .map(t -> new Trigger(keyword(TriggerKind.class, t.getKind()), text(t.getText())))
                .toList();
    }

    Period period(dev.pledge.dsl.pledge.Period period) {
        return period == null ? null : new Period(duration(period.getDuration()), text(period.getTrigger()));
    }

    static Duration duration(dev.pledge.dsl.pledge.Duration duration) {
        return duration == null ? null : new Duration(duration.getAmount(), TimeUnit.of(duration.getUnit()));
    }

    /** The view's constant for an EMF enum literal: both enums use the same constant names. */
    static <E extends Enum<E>> E keyword(Class<E> type, Enum<?> literal) {
        return literal == null ? null : Enum.valueOf(type, literal.name());
    }

    static <E extends Enum<E>> List<E> keywords(Class<E> type, List<? extends Enum<?>> literals) {
        return literals.stream().map(literal -> keyword(type, literal)).toList();
    }

    /** An enum feature's value when the source states it, otherwise null (EMF reads the default). */
    static <E extends Enum<E>> E stated(Class<E> type, EObject object, EStructuralFeature feature) {
        if (NodeModelUtils.findNodesForFeature(object, feature).isEmpty()) {
            return null;
        }
        return keyword(type, (Enum<?>) object.eGet(feature));
    }

    /** Whether the source states a feature (for INT features, which read 0 otherwise). */
    static boolean isStated(EObject object, EStructuralFeature feature) {
        return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
    }

    /** The id a declaration is referenced by, without the {@code ^} that escapes a keyword. */
    static String id(EObject declaration) {
        if (declaration == null) {
            return null;
        }
        String name = declaration.eIsProxy() ? null : PledgeNameProvider.nameOf(declaration);
        if (name == null) {
            throw new IllegalArgumentException("the policy refers to a declaration that does not exist"
                    + " (an unresolved name): check the policy and fix its errors before generating");
        }
        return name.startsWith("^") ? name.substring(1) : name;
    }

    static List<String> ids(List<? extends EObject> declarations) {
        return declarations.stream().map(Values::id).toList();
    }

    /** Ids of the data items that items and categories stand for, without repeats. */
    static List<String> items(List<? extends DataSet> sets) {
        Set<String> items = new LinkedHashSet<>();
        for (DataSet set : sets) {
            if (set instanceof DataCategory category) {
                category.getItems().forEach(item -> items.add(id(item)));
            } else {
                items.add(id(set));
            }
        }
        return new ArrayList<>(items);
    }
}
