//! Musterstadt, the fictional demo city.
