//! Fuzzes the pabulib `.pb` reader and, on what it reads, the writer and both allocation methods
//! (small elections only, so that add1 rounds stay few).
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_rules::fund::allocate::{Completion, Satisfaction, equal_shares, greedy};
use quartier_rules::fund::pb;

fuzz_target!(|data: &[u8]| {
    let Ok(e) = pb::parse_bytes(data) else { return };
    let _ = pb::parse(&pb::write(&e));
    if e.projects.len() <= 20 && e.ballots.len() <= 50 && e.budget < pb::Amount::units(100_000) {
        for sat in [Satisfaction::Cost, Satisfaction::Cardinality] {
            let _ = greedy(&e, sat);
            let _ = equal_shares(&e, sat, Completion::Greedy, &mut |_| {});
            let _ = equal_shares(&e, sat, Completion::Add1, &mut |_| {});
        }
    }
});
