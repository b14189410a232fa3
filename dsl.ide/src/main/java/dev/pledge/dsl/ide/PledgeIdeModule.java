package dev.pledge.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class PledgeIdeModule extends AbstractPledgeIdeModule {
}
