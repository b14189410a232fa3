// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.symbols;

import com.google.inject.Singleton;
import dev.pledge.dsl.pledge.PledgePackage;
import java.util.Map;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/**
 * The outline icon of each kind of declaration (Xtext shows every symbol as a property). A kind the
 * grammar gains later is shown as an object until it gets an icon of its own here.
 */
@Singleton
public class PledgeSymbolKinds extends DocumentSymbolKindProvider {

    private static final PledgePackage P = PledgePackage.eINSTANCE;
    private static final Map<EClass, SymbolKind> KINDS = Map.ofEntries(
            Map.entry(P.getPolicy(), SymbolKind.Module),
            Map.entry(P.getController(), SymbolKind.Class),
            Map.entry(P.getContact(), SymbolKind.Interface),
            Map.entry(P.getRegion(), SymbolKind.Namespace),
            Map.entry(P.getDataCentre(), SymbolKind.Constant),
            Map.entry(P.getDataCategory(), SymbolKind.Struct),
            Map.entry(P.getDataItem(), SymbolKind.Field),
            Map.entry(P.getService(), SymbolKind.Package),
            Map.entry(P.getPurpose(), SymbolKind.Function),
            Map.entry(P.getParty(), SymbolKind.Object),
            Map.entry(P.getDisclosure(), SymbolKind.Property),
            Map.entry(P.getTracking(), SymbolKind.Event),
            Map.entry(P.getRight(), SymbolKind.Key),
            Map.entry(P.getTransfer(), SymbolKind.Operator),
            Map.entry(P.getRetention(), SymbolKind.Number),
            Map.entry(P.getChildren(), SymbolKind.Variable),
            Map.entry(P.getSecurity(), SymbolKind.Enum),
            Map.entry(P.getCertification(), SymbolKind.EnumMember),
            Map.entry(P.getMarketing(), SymbolKind.Method),
            Map.entry(P.getChanges(), SymbolKind.Array),
            Map.entry(P.getChangeLogEntry(), SymbolKind.String));

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        return KINDS.getOrDefault(type, SymbolKind.Object);
    }
}
