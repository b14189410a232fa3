// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Controller;
import dev.pledge.dsl.pledge.PartyRole;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.Role;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.xtext.validation.Check;

/**
 * Roles per region: a company has one role in each region, and a region that names its controller or
 * processors agrees with the roles the companies state there.
 */
final class RolesValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;
    private static final Set<PartyRole> CONTROLLERS = EnumSet.of(PartyRole.CONTROLLER, PartyRole.JOINT_CONTROLLER);
    private static final Set<PartyRole> PROCESSORS = EnumSet.of(PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR);

    @Check
    public void checkRoles(Controller controller) {
        List<Role> roles = controller.getRoles();
        List<Role> everywhere =
                roles.stream().filter(r -> r.getRegions().isEmpty()).toList();
        if (everywhere.size() > 1) {
            error(
                    Rule.DUPLICATE_ROLE,
                    "controller " + quote(controller.getName())
                            + " states two roles for the same regions: keep one `role` without `in`, and give the "
                            + "others the regions they hold in, e.g. `role processor in eea`",
                    everywhere.get(1),
                    P.getRole_Role());
        }
        Set<Region> seen = new HashSet<>();
        for (Role role : roles) {
            for (int i = 0; i < role.getRegions().size(); i++) {
                Region region = role.getRegions().get(i);
                if (!region.eIsProxy() && !seen.add(region)) {
                    error(
                            Rule.DUPLICATE_ROLE,
                            "controller " + quote(controller.getName()) + " states two roles in region "
                                    + quote(region.getName()) + ": remove it from one of the `role ... in` lists",
                            role,
                            P.getRole_Regions(),
                            i);
                }
            }
        }
    }

    @Check
    public void checkRegion(Region region) {
        Controller controller = region.getController();
        if (controller != null && !controller.eIsProxy()) {
            PartyRole role = roleIn(controller, region);
            if (role != null && !CONTROLLERS.contains(role)) {
                conflict(region, controller, role, "controller", P.getRegion_Controller(), -1);
            }
        }
        for (int i = 0; i < region.getProcessors().size(); i++) {
            Controller processor = region.getProcessors().get(i);
            PartyRole role = processor.eIsProxy() ? null : roleIn(processor, region);
            if (role != null && !PROCESSORS.contains(role)) {
                conflict(region, processor, role, "processor", P.getRegion_Processors(), i);
            }
        }
    }

    private void conflict(
            Region region,
            Controller company,
            PartyRole role,
            String named,
            org.eclipse.emf.ecore.EStructuralFeature feature,
            int index) {
        String message = "region " + quote(region.getName()) + " names " + quote(company.getName()) + " its " + named
                + ", but " + quote(company.getName()) + " states the role " + role.getLiteral() + " there: write `role "
                + named + " in " + region.getName() + "` in controller " + quote(company.getName())
                + ", or name another company here";
        if (index < 0) {
            error(Rule.ROLE_CONFLICT, message, region, feature);
        } else {
            error(Rule.ROLE_CONFLICT, message, region, feature, index);
        }
    }

    /** The company's stated role in a region (its regional one, else the one without regions), or null. */
    static PartyRole roleIn(Controller controller, Region region) {
        PartyRole everywhere = null;
        for (Role role : controller.getRoles()) {
            if (role.getRegions().contains(region)) {
                return role.getRole();
            }
            if (role.getRegions().isEmpty() && everywhere == null) {
                everywhere = role.getRole();
            }
        }
        return everywhere;
    }
}
