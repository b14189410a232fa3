// SPDX-License-Identifier: Apache-2.0
// Builds the Android library this app depends on, dev.pledge.it.libs:tracking-activity:1.0 of type aar
// (classes.jar and AndroidManifest.xml, as Android's build writes it), and installs it into the ITs'
// local repository. Its classes are compiled here from aar/; the Android and Adjust stand-ins are left
// out of it.
import java.nio.file.Files
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream
import javax.tools.ToolProvider

def src = new File(basedir, 'aar')
def classes = new File(basedir, 'target/aar-classes')
classes.mkdirs()
def sources = ['com/example/tracking/TrackingActivity.java', 'com/adjust/sdk/Adjust.java', 'android/app/Activity.java',
               'android/telephony/TelephonyManager.java'].collect { new File(src, it).path }
String[] args = ['--release', '17', '-g', '-d', classes.path] + sources
assert ToolProvider.systemJavaCompiler.run(null, null, null, args) == 0

def jarBytes = new ByteArrayOutputStream()
new ZipOutputStream(jarBytes).withCloseable { jar ->
    jar.putNextEntry(new ZipEntry('com/example/tracking/TrackingActivity.class'))
    jar.write(new File(classes, 'com/example/tracking/TrackingActivity.class').bytes)
    jar.closeEntry()
}
def dir = new File(localRepositoryPath, 'dev/pledge/it/libs/tracking-activity/1.0')
dir.mkdirs()
new ZipOutputStream(new FileOutputStream(new File(dir, 'tracking-activity-1.0.aar'))).withCloseable { aar ->
    aar.putNextEntry(new ZipEntry('AndroidManifest.xml'))
    aar.write(new File(src, 'AndroidManifest.xml').bytes)
    aar.closeEntry()
    aar.putNextEntry(new ZipEntry('classes.jar'))
    aar.write(jarBytes.toByteArray())
    aar.closeEntry()
}
new File(dir, 'tracking-activity-1.0.pom').text = '''<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.pledge.it.libs</groupId>
  <artifactId>tracking-activity</artifactId>
  <version>1.0</version>
  <packaging>aar</packaging>
</project>
'''
return true
