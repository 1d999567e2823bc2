//! Colour palettes: colour-blind-safe ColorBrewer schemes and the conventional LISA and
//! Berlin MSS status colours. All colours are `#rrggbb` strings.

/// Text colour used for all text (contrast ratio ≈ 15:1 on white, WCAG AAA).
pub const TEXT_COLOR: &str = "#1c2330";

/// Fill of areas without data (used together with a hatch pattern in maps).
pub const NO_DATA_COLOR: &str = "#e6e6e6";

/// ColorBrewer YlOrRd, the exact published schemes for 3 to 9 classes.
const YL_OR_RD: [&[&str]; 7] = [
    &["#ffeda0", "#feb24c", "#f03b20"],
    &["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"],
    &["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
    &[
        "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026",
    ],
    &[
        "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026",
    ],
    &[
        "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026",
    ],
    &[
        "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026",
        "#800026",
    ],
];

/// ColorBrewer RdBu, published schemes for 3 to 11 classes, **reversed** (blue → red).
const BU_RD: [&[&str]; 9] = [
    &["#67a9cf", "#f7f7f7", "#ef8a62"],
    &["#0571b0", "#92c5de", "#f4a582", "#ca0020"],
    &["#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020"],
    &[
        "#2166ac", "#67a9cf", "#d1e5f0", "#fddbc7", "#ef8a62", "#b2182b",
    ],
    &[
        "#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b",
    ],
    &[
        "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#fddbc7", "#f4a582", "#d6604d", "#b2182b",
    ],
    &[
        "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d",
        "#b2182b",
    ],
    &[
        "#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#fddbc7", "#f4a582", "#d6604d",
        "#b2182b", "#67001f",
    ],
    &[
        "#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582",
        "#d6604d", "#b2182b", "#67001f",
    ],
];

fn parse_hex(c: &str) -> (f64, f64, f64) {
    let h = c.trim_start_matches('#');
    let v = u32::from_str_radix(h, 16).unwrap_or(0);
    (
        f64::from((v >> 16) & 0xff),
        f64::from((v >> 8) & 0xff),
        f64::from(v & 0xff),
    )
}

/// `k` colours evenly interpolated (in sRGB) along `stops`.
fn interpolate(stops: &[&str], k: usize) -> Vec<String> {
    if k == 0 || stops.is_empty() {
        return Vec::new();
    }
    if k == 1 {
        return vec![stops[stops.len() / 2].to_owned()];
    }
    (0..k)
        .map(|j| {
            let t = j as f64 / (k - 1) as f64 * (stops.len() - 1) as f64;
            let i = (t.floor() as usize).min(stops.len() - 2);
            let f = t - i as f64;
            let (a, b) = (parse_hex(stops[i]), parse_hex(stops[i + 1]));
            let mix = |x: f64, y: f64| (x + (y - x) * f).round().clamp(0.0, 255.0) as u8;
            format!(
                "#{:02x}{:02x}{:02x}",
                mix(a.0, b.0),
                mix(a.1, b.1),
                mix(a.2, b.2)
            )
        })
        .collect()
}

fn scheme(table: &[&[&str]], first_k: usize, k: usize) -> Vec<String> {
    let last_k = first_k + table.len() - 1;
    if (first_k..=last_k).contains(&k) {
        table[k - first_k].iter().map(|c| (*c).to_owned()).collect()
    } else if k < first_k {
        match k {
            0 => Vec::new(),
            1 => vec![table[0][table[0].len() / 2].to_owned()],
            _ => vec![
                table[0][0].to_owned(),
                table[0][table[0].len() - 1].to_owned(),
            ],
        }
    } else {
        interpolate(table[table.len() - 1], k)
    }
}

/// `k` sequential colours, light (low values) → dark (high values): ColorBrewer YlOrRd
/// (colour-blind safe, print friendly). Exact published schemes for 3–9 classes; fewer
/// classes take the ends of the 3-class scheme, more are interpolated.
pub fn sequential(k: usize) -> Vec<String> {
    scheme(&YL_OR_RD, 3, k)
}

/// `k` diverging colours, blue (low values) → light grey/white (middle, for odd `k`) → red
/// (high values): ColorBrewer RdBu reversed (colour-blind safe). Exact published schemes
/// for 3–11 classes; more are interpolated.
pub fn diverging(k: usize) -> Vec<String> {
    scheme(&BU_RD, 3, k)
}

/// Colours of the LISA cluster categories (GeoDa conventions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LisaColors {
    /// High-High (hot spot): `#d7191c`.
    pub high_high: String,
    /// Low-High: `#abd9e9`.
    pub low_high: String,
    /// Low-Low (cold spot): `#2c7bb6`.
    pub low_low: String,
    /// High-Low: `#fdae61`.
    pub high_low: String,
    /// Not significant: `#eeeeee`.
    pub not_significant: String,
}

impl LisaColors {
    /// The colours indexed by GeoDa's cluster code: 0 not significant, 1 HH, 2 LL, 3 LH,
    /// 4 HL (the coding of `quartier_stats::lisa`).
    pub fn by_geoda_code(&self) -> [String; 5] {
        [
            self.not_significant.clone(),
            self.high_high.clone(),
            self.low_low.clone(),
            self.low_high.clone(),
            self.high_low.clone(),
        ]
    }
}

/// The LISA cluster colours (see [`LisaColors`]).
pub fn lisa_colors() -> LisaColors {
    LisaColors {
        high_high: "#d7191c".to_owned(),
        low_high: "#abd9e9".to_owned(),
        low_low: "#2c7bb6".to_owned(),
        high_low: "#fdae61".to_owned(),
        not_significant: "#eeeeee".to_owned(),
    }
}

/// Colours of the four status classes of the Berlin Monitoring Soziale Stadtentwicklung, in
/// class order 1 *hoch* → 4 *sehr niedrig* (social status), light → dark purple
/// (ColorBrewer Purples, 4 classes): the darker, the higher the need.
pub fn mss_status_colors() -> Vec<String> {
    ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"]
        .iter()
        .map(|c| (*c).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_order() {
        for k in 0..=14 {
            assert_eq!(sequential(k).len(), k);
            assert_eq!(diverging(k).len(), k);
        }
        assert_eq!(sequential(9)[8], "#800026");
        assert_eq!(diverging(5)[0], "#0571b0");
        let s12 = sequential(12);
        assert_eq!(s12[0], "#ffffcc");
        assert_eq!(s12[11], "#800026");
        assert!(s12.iter().all(|c| c.len() == 7 && c.starts_with('#')));
        assert_eq!(lisa_colors().by_geoda_code()[1], "#d7191c");
    }
}
