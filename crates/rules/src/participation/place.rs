//! Choosing a place without JavaScript: the quarter is drawn as an image of fixed size
//! inside an image button; a click submits the pixel (`map.x`, `map.y`), which is turned
//! back into coordinates here and checked against the quarter's boundary.
//!
//! The projection is equirectangular with the longitude scaled by the cosine of the
//! middle latitude (true to shape at quarter scale), north up.

use geo::Contains;
use geo_types::{MultiPolygon, Point};

/// The frame of a drawn map: the bounding box it shows and its size in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    /// West, south, east, north (degrees) of the drawn area, margin included.
    pub bbox: [f64; 4],
    /// Width in pixels.
    pub width: f64,
    /// Height in pixels.
    pub height: f64,
}

impl MapFrame {
    /// A frame of `width` pixels around `shapes`, with `margin` pixels on every side;
    /// the height follows from the shape. `None` without coordinates.
    pub fn fit(shapes: &[MultiPolygon<f64>], width: f64, margin: f64) -> Option<MapFrame> {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for c in shapes
            .iter()
            .flat_map(|m| m.0.iter())
            .flat_map(|p| p.exterior().0.iter())
        {
            b = [b[0].min(c.x), b[1].min(c.y), b[2].max(c.x), b[3].max(c.y)];
        }
        if !(b[0] < b[2] && b[1] < b[3]) {
            return None;
        }
        let k = ((b[1] + b[3]) / 2.0).to_radians().cos();
        let inner = (width - 2.0 * margin).max(1.0);
        let scale = inner / ((b[2] - b[0]) * k);
        let height = (b[3] - b[1]) * scale + 2.0 * margin;
        let dlon = margin / (scale * k);
        let dlat = margin / scale;
        Some(MapFrame {
            bbox: [b[0] - dlon, b[1] - dlat, b[2] + dlon, b[3] + dlat],
            width,
            height: height.round(),
        })
    }

    fn sx(&self) -> f64 {
        self.width / (self.bbox[2] - self.bbox[0])
    }

    fn sy(&self) -> f64 {
        self.height / (self.bbox[3] - self.bbox[1])
    }

    /// Pixel position of a coordinate.
    pub fn to_pixel(&self, lat: f64, lon: f64) -> (f64, f64) {
        (
            (lon - self.bbox[0]) * self.sx(),
            (self.bbox[3] - lat) * self.sy(),
        )
    }

    /// Coordinate `(lat, lon)` of a pixel; `None` outside the image.
    pub fn from_pixel(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        if !(x.is_finite() && y.is_finite())
            || x < 0.0
            || y < 0.0
            || x > self.width
            || y > self.height
        {
            return None;
        }
        Some((self.bbox[3] - y / self.sy(), self.bbox[0] + x / self.sx()))
    }
}

/// Whether `(lat, lon)` lies inside one of the shapes (the quarter's areas).
pub fn inside(shapes: &[MultiPolygon<f64>], lat: f64, lon: f64) -> bool {
    let p = Point::new(lon, lat);
    shapes.iter().any(|m| m.contains(&p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::{LineString, Polygon};

    fn square() -> Vec<MultiPolygon<f64>> {
        // lon 12.30–12.40, lat 51.30–51.36
        let ring = LineString::from(vec![
            (12.30, 51.30),
            (12.40, 51.30),
            (12.40, 51.36),
            (12.30, 51.36),
            (12.30, 51.30),
        ]);
        vec![MultiPolygon(vec![Polygon::new(ring, vec![])])]
    }

    #[test]
    fn pixel_round_trip_and_shape() {
        let f = MapFrame::fit(&square(), 320.0, 10.0).expect("frame");
        assert_eq!(f.width, 320.0);
        // 0.1° of longitude at 51.33° spans about 0.0625° of latitude-equivalent, the box
        // 0.06° of latitude: 300 px inner width give 288 px inner height, plus margins.
        assert!((f.height - 308.0).abs() <= 1.0, "{}", f.height);
        let (x, y) = f.to_pixel(51.33, 12.35);
        assert!((x - 160.0).abs() < 0.5 && (y - f.height / 2.0).abs() < 1.0);
        let (lat, lon) = f.from_pixel(x, y).expect("inside the image");
        assert!((lat - 51.33).abs() < 1e-9 && (lon - 12.35).abs() < 1e-9);
        // The margin: the corner of the shape sits 10 px in.
        let (x0, y0) = f.to_pixel(51.36, 12.30);
        assert!(
            (x0 - 10.0).abs() < 0.5 && (y0 - 10.0).abs() < 1.0,
            "{x0} {y0}"
        );
        assert_eq!(f.from_pixel(-1.0, 5.0), None);
        assert_eq!(f.from_pixel(5.0, f.height + 1.0), None);
        assert!(MapFrame::fit(&[], 320.0, 10.0).is_none());
    }

    #[test]
    fn boundary_check() {
        let s = square();
        assert!(inside(&s, 51.33, 12.35));
        assert!(!inside(&s, 51.37, 12.35));
        assert!(!inside(&s, 51.33, 12.45));
        // A click in the margin is on the image but outside the quarter.
        let f = MapFrame::fit(&s, 320.0, 10.0).expect("frame");
        let (lat, lon) = f.from_pixel(3.0, 3.0).expect("on the image");
        assert!(!inside(&s, lat, lon));
    }
}
