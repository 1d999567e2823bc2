//! quartier-tabular
