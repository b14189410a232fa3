// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.symbols;

import com.google.inject.Singleton;
import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.pledge.ChangeLogEntry;
import dev.pledge.dsl.pledge.Disclosure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Outline entries: declarations by name; inside a party each {@code receives ... for ...}, inside
 * a change log each {@code update}, as written, so the outline shows what a party gets.
 */
@Singleton
public class PledgeSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        if (object instanceof Disclosure || object instanceof ChangeLogEntry) {
            INode node = NodeModelUtils.getNode(object);
            return node == null ? null : NodeModelUtils.getTokenText(node);
        }
        return object == null ? null : PledgeNameProvider.nameOf(object);
    }
}
