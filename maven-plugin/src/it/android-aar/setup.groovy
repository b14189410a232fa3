// SPDX-License-Identifier: Apache-2.0
// Builds the Android library this app depends on, dev.pledge.it.libs:tracking:1.0 of type aar, and installs
// it into the ITs' local repository (AndroidAar.groovy). Its classes are compiled here from aar/; the Adjust
// stand-in is left out of it.
def androidAar = evaluate(new File(itSources, 'AndroidAar.groovy'))
androidAar.install(basedir, localRepositoryPath, 'tracking',
        ['com/example/tracking/Tracking.java', 'com/adjust/sdk/Adjust.java'],
        ['com/example/tracking/Tracking.class'])
return true
