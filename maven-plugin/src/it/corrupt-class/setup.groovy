// SPDX-License-Identifier: Apache-2.0
// Puts a corrupt class file where the build copies it into target/classes: the class-file magic
// and the start of a constant pool, cut off after 15 bytes, as a torn download or full disk leaves it.
// (Written here rather than kept in git, which ignores *.class.)
def folder = new File(basedir, 'src/main/resources/com/example/shop')
folder.mkdirs()
new File(folder, 'Truncated.class').bytes = [0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x00, 0x41, 0x00, 0x1A, 0x0A, 0x00, 0x02, 0x00, 0x07] as byte[]
return true
