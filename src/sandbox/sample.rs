//! The sample directory: invented people at example.org covering every case the
//! journeys meet (active or not, with or without national ID, birth date and
//! contacts, expired, reset, service accounts). Used by `kleidi demo` and the tests.

use crate::pwhash::{Scheme, hash};

/// Base DN of the sample directory.
pub const SUFFIX: &str = "dc=example,dc=org";
/// kleidi's service account in the sample directory.
pub const SERVICE_DN: &str = "cn=kleidi,ou=services,dc=example,dc=org";

/// A sample account, for the demo's welcome text and for tests.
#[derive(Debug, Clone, Copy)]
pub struct Account {
    /// Username (uid).
    pub username: &'static str,
    /// Current password, `None` when the account is not activated.
    pub password: Option<&'static str>,
    /// What the account is for.
    pub about: &'static str,
}

/// The people of the sample directory.
pub fn accounts() -> &'static [Account] {
    &[
        Account {
            username: "alice",
            password: Some("Correct-Horse-42"),
            about: "staff, active, recovery email and mobile registered",
        },
        Account {
            username: "lmartin",
            password: Some("Lucas-Martin-2026"),
            about: "student (student no. 22001234, INE 1234567890A, born 2004-08-11), active",
        },
        Account {
            username: "jdupont",
            password: Some("Jeanne-Dupont-77"),
            about: "staff (staff no. E2040, born 1979-03-02), active, recovery email",
        },
        Account {
            username: "gpapadopoulos",
            password: None,
            about: "student, not activated, registrar mobile +306912345678, no national ID yet (born 2003-05-17)",
        },
        Account {
            username: "kpetrou",
            password: None,
            about: "student, not activated, registrar mobile +306955501234 and email katerina.p@example.net, AMKA on file",
        },
        Account {
            username: "dnikolaou",
            password: None,
            about: "student, not activated, registrar mobile +306955502345 and email dimitra.n@example.net, AMKA on file, department code csd, father's name, gender and tax number",
        },
        Account {
            username: "mrossi",
            password: None,
            about: "associate, not activated, registrar email maria.rossi@example.net",
        },
        Account {
            username: "expired",
            password: Some("Expired-Pass-1"),
            about: "active, password expired (no grace logins)",
        },
        Account {
            username: "grace",
            password: Some("Grace-Pass-1"),
            about: "active, password expired, 2 grace logins",
        },
        Account {
            username: "reset",
            password: Some("Temp-Pass-1"),
            about: "active, temporary password from the helpdesk (must change)",
        },
        Account {
            username: "office",
            password: Some("Office-Pass-1"),
            about: "impersonal service account owned by alice",
        },
        Account {
            username: "lbianchi",
            password: Some("Luca-Bianchi-2024"),
            about: "staff, active, only the registrar's external email (luca.bianchi@example.net)",
        },
        Account {
            username: "segreteria",
            password: Some("Segreteria-Pass-1"),
            about: "impersonal account whose owner (LDAP owner) is lbianchi",
        },
        Account {
            username: "library-desk",
            password: Some("Library-Desk-1"),
            about: "impersonal account owned by jdupont through kleidiServiceOwner only",
        },
        Account {
            username: "tfontaine",
            password: Some("Theo-Fontaine-31"),
            about: "helpdesk operator (member of cn=helpdesk,ou=groups)",
        },
        Account {
            username: "ssantoro",
            password: Some("Sara-Santoro-58"),
            about: "helpdesk operator (member of cn=helpdesk,ou=groups)",
        },
    ]
}

fn pw(p: &str) -> String {
    hash(Scheme::Ssha, p)
}

/// The LDIF, with fresh salted hashes for every password.
pub fn ldif(service_password: &str) -> String {
    let s = SUFFIX;
    format!(
        r#"dn: {s}
objectClass: top
objectClass: dcObject
objectClass: organization
dc: example
o: Example University

dn: ou=people,{s}
objectClass: organizationalUnit
ou: people

dn: ou=associates,{s}
objectClass: organizationalUnit
ou: associates

dn: ou=services,{s}
objectClass: organizationalUnit
ou: services

dn: ou=policies,{s}
objectClass: organizationalUnit
ou: policies

dn: {SERVICE_DN}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: kleidi
description: kleidi service account
userPassword: {svc}

dn: cn=default,ou=policies,{s}
objectClass: device
objectClass: pwdPolicy
cn: default
pwdAttribute: userPassword
pwdInHistory: 3
pwdMaxAge: 31536000
pwdExpireWarning: 864000
pwdGraceAuthNLimit: 2
pwdMustChange: TRUE
pwdAllowUserChange: TRUE
pwdSafeModify: FALSE
pwdLockout: TRUE
pwdMaxFailure: 5
pwdLockoutDuration: 300
pwdFailureCountInterval: 300
pwdCheckQuality: 1
pwdMinLength: 6

dn: cn=nograce,ou=policies,{s}
objectClass: device
objectClass: pwdPolicy
cn: nograce
pwdAttribute: userPassword
pwdInHistory: 3
pwdMaxAge: 31536000
pwdGraceAuthNLimit: 0
pwdMustChange: TRUE
pwdAllowUserChange: TRUE
pwdLockout: TRUE
pwdMaxFailure: 5
pwdLockoutDuration: 300

dn: uid=alice,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: kleidiAccount
uid: alice
cn: Alice Example
givenName: Alice
sn: Example
mail: alice@example.org
mobile: +306900000001
employeeNumber: E1001
ou: Computing Services
preferredLanguage: en
eduPersonAffiliation: staff
eduPersonAffiliation: employee
schacDateOfBirth: 19850214
kleidiActivatedAt: 20250901100000Z
kleidiRecoveryEmail: alice.private@example.net
kleidiRecoveryEmailConsentAt: 20250901100000Z
kleidiRecoveryMobile: +306900000001
kleidiRecoveryMobileConsentAt: 20250901100000Z
userPassword: {alice}

dn: uid=lmartin,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: supannPerson
objectClass: kleidiAccount
uid: lmartin
cn: Lucas Martin
givenName: Lucas
sn: Martin
mail: lucas.martin@example.org
ou: Mathématiques
preferredLanguage: fr
eduPersonAffiliation: student
schacDateOfBirth: 20040811
supannEtuId: 22001234
supannCodeINE: 1234567890A
kleidiActivatedAt: 20250915090000Z
kleidiRecoveryEmail: lucas.perso@example.net
kleidiRecoveryEmailConsentAt: 20250915090000Z
userPassword: {lmartin}

dn: uid=jdupont,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: supannPerson
objectClass: kleidiAccount
uid: jdupont
cn: Jeanne Dupont
givenName: Jeanne
sn: Dupont
mail: jeanne.dupont@example.org
ou: Bibliothèque
preferredLanguage: fr
eduPersonAffiliation: staff
schacDateOfBirth: 19790302
supannEmpId: E2040
employeeNumber: E2040
kleidiActivatedAt: 20240110080000Z
kleidiRecoveryEmail: jeanne.d@example.net
kleidiRecoveryEmailConsentAt: 20240110080000Z
userPassword: {jdupont}

dn: uid=gpapadopoulos,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: schacLinkageIdentifiers
uid: gpapadopoulos
cn: Γιώργος Παπαδόπουλος
givenName: Γιώργος
sn: Παπαδόπουλος
mail: gpapadopoulos@example.org
mobile: +306912345678
ou: Οικονομικών Επιστημών
preferredLanguage: el
eduPersonAffiliation: student
schacDateOfBirth: 20030517
schacPersonalUniqueCode: urn:schac:personalUniqueCode:int:esi:example.org:2021001

dn: uid=kpetrou,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: schacLinkageIdentifiers
objectClass: supannPerson
uid: kpetrou
cn: Κατερίνα Πέτρου
givenName: Κατερίνα
sn: Πέτρου
mail: kpetrou@example.org
mobile: +306955501234
supannMailPerso: katerina.p@example.net
ou: Πληροφορικής
preferredLanguage: el
eduPersonAffiliation: student
schacDateOfBirth: 20030517
schacPersonalUniqueID: urn:schac:personalUniqueID:gr:AMKA:17050345671
schacPersonalUniqueCode: urn:schac:personalUniqueCode:int:esi:example.org:2021002

dn: uid=mrossi,ou=associates,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: supannPerson
uid: mrossi
cn: Maria Rossi
givenName: Maria
sn: Rossi
mail: mrossi@example.org
supannMailPerso: maria.rossi@example.net
ou: Dipartimento di Fisica
preferredLanguage: it
eduPersonAffiliation: affiliate
schacDateOfBirth: 19901224

dn: uid=expired,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
uid: expired
cn: Ellis Expired
givenName: Ellis
sn: Expired
eduPersonAffiliation: staff
pwdPolicySubentry: cn=nograce,ou=policies,{s}
pwdChangedTime: 20200101000000Z
userPassword: {expired}

dn: uid=grace,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
uid: grace
cn: Grace Period
givenName: Grace
sn: Period
eduPersonAffiliation: staff
pwdChangedTime: 20200101000000Z
userPassword: {grace}

dn: uid=reset,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
uid: reset
cn: Riley Reset
givenName: Riley
sn: Reset
eduPersonAffiliation: student
pwdReset: TRUE
userPassword: {reset}

dn: uid=cbernard,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: supannPerson
uid: cbernard
cn: Camille Bernard
givenName: Camille
sn: Bernard
mail: camille.bernard@example.org
ou: Informatique
preferredLanguage: fr
eduPersonAffiliation: student
schacDateOfBirth: 20050120
supannEtuId: 22009876
supannCodeINE: 0987654321B
supannMailPerso: camille.b@example.net

dn: uid=nobirth,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
uid: nobirth
cn: Nefeli Birthless
givenName: Nefeli
sn: Birthless
mobile: +306977700001
eduPersonAffiliation: student

dn: uid=badamka,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: schacLinkageIdentifiers
uid: badamka
cn: Vasilis Badamka
givenName: Vasilis
sn: Badamka
mobile: +306977700002
eduPersonAffiliation: student
schacDateOfBirth: 20030517
schacPersonalUniqueID: urn:schac:personalUniqueID:gr:AMKA:08110412346

dn: uid=badcheck,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: schacLinkageIdentifiers
uid: badcheck
cn: Eleni Badcheck
givenName: Eleni
sn: Badcheck
mobile: +306977700003
eduPersonAffiliation: student
schacDateOfBirth: 20030517
schacPersonalUniqueID: urn:schac:personalUniqueID:gr:AMKA:17050345670

dn: uid=dnikolaou,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: schacPersonalCharacteristics
objectClass: schacLinkageIdentifiers
objectClass: supannPerson
objectClass: exampleRegistrarRecord
uid: dnikolaou
cn: Δήμητρα Νικολάου
givenName: Δήμητρα
sn: Νικολάου
mail: dnikolaou@example.org
mobile: +306955502345
supannMailPerso: dimitra.n@example.net
ou: csd
preferredLanguage: el
eduPersonAffiliation: student
schacDateOfBirth: 20040312
schacGender: 2
schacPersonalUniqueID: urn:schac:personalUniqueID:gr:AMKA:12030424688
exampleFatherName: Κωνσταντίνος
exampleTaxNumber: 098765432

dn: uid=office,ou=people,{s}
objectClass: inetOrgPerson
objectClass: extensibleObject
objectClass: kleidiAccount
uid: office
cn: Office of Admissions
sn: Office
mail: office@example.org
owner: uid=alice,ou=people,{s}
kleidiServiceOwner: uid=alice,ou=people,{s}
userPassword: {office}

dn: uid=lbianchi,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
objectClass: supannPerson
uid: lbianchi
cn: Luca Bianchi
givenName: Luca
sn: Bianchi
mail: lbianchi@example.org
supannMailPerso: luca.bianchi@example.net
ou: Dipartimento di Informatica
preferredLanguage: it
eduPersonAffiliation: staff
userPassword: {lbianchi}

dn: uid=segreteria,ou=people,{s}
objectClass: inetOrgPerson
objectClass: extensibleObject
uid: segreteria
cn: Segreteria Didattica
sn: Segreteria
mail: segreteria@example.org
owner: uid=lbianchi,ou=people,{s}
userPassword: {segreteria}

dn: uid=library-desk,ou=people,{s}
objectClass: inetOrgPerson
objectClass: kleidiAccount
uid: library-desk
cn: Library Desk
sn: Desk
mail: library-desk@example.org
kleidiServiceOwner: uid=jdupont,ou=people,{s}
userPassword: {library_desk}

dn: uid=tfontaine,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
uid: tfontaine
cn: Théo Fontaine
givenName: Théo
sn: Fontaine
mail: tfontaine@example.org
ou: Computing Services
preferredLanguage: fr
eduPersonAffiliation: staff
userPassword: {tfontaine}

dn: uid=ssantoro,ou=people,{s}
objectClass: inetOrgPerson
objectClass: eduPerson
uid: ssantoro
cn: Sara Santoro
givenName: Sara
sn: Santoro
mail: ssantoro@example.org
ou: Computing Services
preferredLanguage: it
eduPersonAffiliation: staff
userPassword: {ssantoro}

dn: ou=groups,{s}
objectClass: organizationalUnit
ou: groups

dn: cn=helpdesk,ou=groups,{s}
objectClass: groupOfNames
cn: helpdesk
description: Helpdesk operators: kleidi's console at /helpdesk
member: uid=tfontaine,ou=people,{s}
member: uid=ssantoro,ou=people,{s}
"#,
        svc = pw(service_password),
        alice = pw("Correct-Horse-42"),
        lmartin = pw("Lucas-Martin-2026"),
        jdupont = pw("Jeanne-Dupont-77"),
        expired = pw("Expired-Pass-1"),
        grace = pw("Grace-Pass-1"),
        reset = pw("Temp-Pass-1"),
        office = pw("Office-Pass-1"),
        lbianchi = pw("Luca-Bianchi-2024"),
        segreteria = pw("Segreteria-Pass-1"),
        library_desk = pw("Library-Desk-1"),
        tfontaine = pw("Theo-Fontaine-31"),
        ssantoro = pw("Sara-Santoro-58"),
    )
}
