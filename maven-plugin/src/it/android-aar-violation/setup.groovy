// SPDX-License-Identifier: Apache-2.0
// Builds the Android library this app depends on, dev.pledge.it.libs:tracking-activity:1.0 of type aar, and
// installs it into the ITs' local repository (AndroidAar.groovy). Its classes are compiled here from aar/; the
// Android and Adjust stand-ins are left out of it.
def androidAar = evaluate(new File(itSources, 'AndroidAar.groovy'))
androidAar.install(basedir, localRepositoryPath, 'tracking-activity',
        ['com/example/tracking/TrackingActivity.java', 'com/adjust/sdk/Adjust.java', 'android/app/Activity.java',
         'android/telephony/TelephonyManager.java'],
        ['com/example/tracking/TrackingActivity.class'])
return true
