//! quartier-geodata
