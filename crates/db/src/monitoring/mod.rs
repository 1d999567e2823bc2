//! Monitoring: cities, statistical areas, quarters and indicator values; versioned
//! dataset uploads; stored index configurations and their results.

pub mod aliases;
pub mod city;
pub mod datasets;
pub mod indices;
