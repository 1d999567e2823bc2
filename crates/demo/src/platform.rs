//! Platform: one demo account per role.

use crate::model::DemoAccount;

/// The demo accounts, one per role.
pub(crate) fn accounts(password: &str) -> Vec<DemoAccount> {
    [
        ("admin", "Admin Musterstadt (Demo)"),
        ("lead", "Petra Lehmann (Programmleitung)"),
        ("analyst", "Jonas Becker (Statistik)"),
        ("manager", "Aylin Kaya (Quartiersmanagement)"),
        ("jury", "Hans Vogel (Vergabejury)"),
        ("actor", "Mariam Haddad (Jasmin e.V.)"),
        ("resident", "Olena Kovalenko (Bewohnerin)"),
    ]
    .iter()
    .map(|&(role, name)| DemoAccount {
        role: role.to_string(),
        email: format!("{role}@musterstadt.example"),
        display_name: name.to_string(),
        password: password.to_string(),
    })
    .collect()
}
