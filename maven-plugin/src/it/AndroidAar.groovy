// SPDX-License-Identifier: Apache-2.0
// Shared by the android-aar* ITs' setup.groovy: builds an Android library, dev.pledge.it.libs:<artifactId>:1.0
// of type aar (classes.jar and AndroidManifest.xml, as Android's build writes it), and installs it into the
// ITs' local repository. The sources are compiled from <basedir>/aar; only the library's own classes go into
// classes.jar (the stand-ins of Android and the SDKs it calls are left out).
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream
import javax.tools.ToolProvider

def install = { basedir, localRepositoryPath, String artifactId, List<String> sources,
                List<String> libraryClasses ->
    def src = new File(basedir, 'aar')
    def classes = new File(basedir, 'target/aar-classes')
    classes.mkdirs()
    String[] args = ['--release', '17', '-g', '-d', classes.path] + sources.collect { new File(src, it).path }
    assert ToolProvider.systemJavaCompiler.run(null, null, null, args) == 0

    def jarBytes = new ByteArrayOutputStream()
    new ZipOutputStream(jarBytes).withCloseable { jar ->
        libraryClasses.each { name ->
            jar.putNextEntry(new ZipEntry(name))
            jar.write(new File(classes, name).bytes)
            jar.closeEntry()
        }
    }
    def dir = new File(localRepositoryPath, "dev/pledge/it/libs/$artifactId/1.0")
    dir.mkdirs()
    new ZipOutputStream(new FileOutputStream(new File(dir, "$artifactId-1.0.aar"))).withCloseable { aar ->
        aar.putNextEntry(new ZipEntry('AndroidManifest.xml'))
        aar.write(new File(src, 'AndroidManifest.xml').bytes)
        aar.closeEntry()
        aar.putNextEntry(new ZipEntry('classes.jar'))
        aar.write(jarBytes.toByteArray())
        aar.closeEntry()
    }
    new File(dir, "$artifactId-1.0.pom").text = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.pledge.it.libs</groupId>
  <artifactId>$artifactId</artifactId>
  <version>1.0</version>
  <packaging>aar</packaging>
</project>
"""
}

return [install: install]
