// SPDX-License-Identifier: Apache-2.0
// The server app, and a developer adds the customer's date of birth to the entity (with getter and
// setter): personal data the policy does not declare.
def serverApp = evaluate(new File(itSources, 'ServerApp.groovy'))
def app = serverApp.copy(basedir, itSources, pluginVersion)
serverApp.edit(app, 'src/main/java/com/example/shop/domain/Customer.java',
        '    private Instant createdAt = Instant.now();\n',
        '    private Instant createdAt = Instant.now();\n\n    private java.time.LocalDate dateOfBirth;\n')
serverApp.edit(app, 'src/main/java/com/example/shop/domain/Customer.java',
        '    public Instant getCreatedAt() {',
        '''    public java.time.LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(java.time.LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Instant getCreatedAt() {''')
return true
