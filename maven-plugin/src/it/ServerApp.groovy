// SPDX-License-Identifier: Apache-2.0
// Shared by the server-app-* ITs' setup.groovy: copies the server-app IT's app into <basedir>/app,
// filtered as the invoker filters an IT's pom, so each builds the same app with one change of its own.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

def copy = { File basedir, String itSources, String pluginVersion ->
    Path from = Path.of(itSources, 'server-app')
    Path to = basedir.toPath().resolve('app')
    Files.walk(from).forEach { Path source ->
        Path target = to.resolve(from.relativize(source).toString())
        String name = source.fileName.toString()
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else if (!name.endsWith('.groovy') && name != 'invoker.properties') {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
    Path pom = to.resolve('pom.xml')
    Files.writeString(pom, Files.readString(pom)
            .replace('@project.version@', pluginVersion)
            .replace('@project.groupId@', 'dev.pledge')
            .replace('@project.artifactId@', 'pledge-maven-plugin'))
    return to
}

// replaces one text in a file of the copy, which must hold it
def edit = { Path app, String file, String text, String replacement ->
    Path path = app.resolve(file)
    String content = Files.readString(path)
    assert content.contains(text) : "$file lacks: $text"
    Files.writeString(path, content.replace(text, replacement))
}

return [copy: copy, edit: edit]
