//! A quick fuzz smoke run without cargo-fuzz: deterministic mutations (bit flips, byte
//! insertions, deletions, spliced separators and number fragments) of the committed test
//! files and, when present, the shared data, read with default options and with random
//! mappings. Nothing may panic; the CSV writer must accept whatever was read.
//! The full fuzz targets are in `fuzz/` (`fuzz/run.sh`, needs cargo-fuzz).
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use quartier_tabular::*;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&[u8]] = &[
    b";",
    b",",
    b"\n",
    b"\"",
    b"1.374",
    b"35,5%",
    b"-,8",
    b"202012",
    b"bis 2019",
    b"(Dez 2013)",
    b"2018_Anzahl",
    b"gesamt",
    b"Stadt X",
    b"nicht zuzuordnen",
    b"11 A",
    b"ZEIT",
    b"Jahr",
    b"\xff",
    b"%",
    b"\xe2\x82\xac",
    b"1e400",
    b"..",
    b"Anzahl",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..=rng.below(8) {
        let pos = rng.below(v.len() + 1);
        match rng.below(4) {
            0 if !v.is_empty() => {
                let p = pos.min(v.len() - 1);
                v[p] ^= 1 << rng.below(8);
            }
            1 => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                v.splice(pos..pos, f.iter().copied());
            }
            2 if !v.is_empty() => {
                let end = (pos + rng.below(16)).min(v.len());
                v.drain(pos.min(end)..end);
            }
            _ => v.insert(pos, rng.next() as u8),
        }
    }
    v
}

fn mapping(rng: &mut Rng) -> Mapping {
    Mapping {
        header_row: match rng.below(4) {
            0 => Some(HeaderRow::None),
            1 => Some(HeaderRow::Line(rng.below(6) + 1)),
            _ => None,
        },
        skip_rows: if rng.below(4) == 0 { rng.below(4) } else { 0 },
        year_column: match rng.below(5) {
            0 => Some(YearColumn::None),
            1 => Some(YearColumn::Named("ZEIT".into())),
            _ => None,
        },
        aggregate_rows: (rng.below(5) == 0).then(Default::default),
        ..Default::default()
    }
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("../../testdata/tabular/cp1252_wide.csv"),
        root.join("../../testdata/tabular/utf8_bom_long.csv"),
        root.join("../../testdata/tabular/tiny.ods"),
    ];
    let shared = root.join("../../../shared/data");
    for rel in [
        "leipzig-gentri14/kinderarmut.csv",
        "leipzig-gentri14/Aufstocker.csv",
        "koeln-stadtteile/2012_Altersgruppen_Stadtbezirk.csv",
        "leipzig-ortsteile/kdvalues/leipzig-jugendquote.json",
    ] {
        let p = shared.join(rel);
        if p.exists() {
            files.push(p);
        } else {
            println!("skipping seed {} (not found)", p.display());
        }
    }
    files
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read(&p).ok()?))
        })
        .collect()
}

#[test]
fn mutated_tables_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut runs = 0;
    for (name, seed) in seeds() {
        let n = if name.ends_with(".ods") { 100 } else { 400 };
        for _ in 0..n {
            let bytes = mutate(&mut rng, &seed);
            let opts = TableOptions {
                mapping: mapping(&mut rng),
                ..Default::default()
            };
            let imp = if name.ends_with(".ods") {
                match read_spreadsheet_bytes(&bytes, &name, &opts) {
                    Ok(i) => i,
                    Err(_) => continue,
                }
            } else if name.ends_with(".json") {
                match read_json_bytes(&bytes, &name, &opts) {
                    Ok(i) => i,
                    Err(_) => continue,
                }
            } else {
                read_csv_bytes(&bytes, &name, &opts)
            };
            let _ = to_csv_string(&imp.table.to_wide_sheet(), &CsvWriteOptions::german_excel());
            let _ = imp.recognition.detection.to_mapping();
            runs += 1;
        }
    }
    println!("{runs} mutated tables read");
    assert!(runs > 1000);
}
