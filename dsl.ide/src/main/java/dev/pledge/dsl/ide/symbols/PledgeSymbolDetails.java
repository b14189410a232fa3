// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.symbols;

import com.google.inject.Singleton;
import dev.pledge.dsl.pledge.Text;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/** An outline entry's detail: the declaration's title, in the policy's first language. */
@Singleton
public class PledgeSymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject object) {
        EStructuralFeature title = object.eClass().getEStructuralFeature("title");
        return title != null && object.eGet(title) instanceof Text text && text.getValue() != null
                ? text.getValue()
                : "";
    }
}
