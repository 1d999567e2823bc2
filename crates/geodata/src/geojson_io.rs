//! GeoJSON reading (FeatureCollection or Feature with Polygon/MultiPolygon) and writing.
//!
//! The reader deserialises the document in one pass straight into compact raw features
//! (coordinates as `(f64, f64)` rings, properties as a JSON map) instead of building a
//! `serde_json::Value` tree of the whole file first: every coordinate of a `Value` tree is
//! a 32-byte value inside its own array allocation, which made a 60 MB file of a quarter
//! of a million polygons take more than a gigabyte. Files are read through a buffered
//! reader, so the raw text is never held in memory either.
//!
//! Error reporting is unchanged: a document that is not valid JSON is a
//! [`GeoError::Format`] with line and column; everything else (features that are not
//! Features, broken coordinates, other geometry types) is reported per feature. Members
//! the importer does not use are still checked for JSON validity, exactly as before.

use std::fmt;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::build::{RawFeature, RawGeometry, RawPolygon, RawRing, build_layer};
use crate::crs::Crs;
use crate::model::{
    AreaLayer, Collector, GeoError, ImportOptions, ImportReport, Properties, display_name,
};

#[cfg(test)]
mod legacy;

/// Reads a GeoJSON file of area boundaries.
pub fn read_geojson(path: &Path, options: &ImportOptions) -> Result<ImportReport, GeoError> {
    let file = display_name(path);
    let io_err = |source| GeoError::Io {
        file: file.clone(),
        source,
    };
    let handle = std::fs::File::open(path).map_err(io_err)?;
    let mut reader = BufReader::with_capacity(256 * 1024, handle);
    // Skip a UTF-8 byte order mark.
    let has_bom = reader
        .fill_buf()
        .map_err(io_err)?
        .starts_with(b"\xEF\xBB\xBF");
    if has_bom {
        reader.consume(3);
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    let doc = parse_document(&mut de, &file)?;
    finish(doc, &file, options)
}

/// Reads GeoJSON from bytes; `file` is the name used in messages.
pub fn read_geojson_bytes(
    bytes: &[u8],
    file: &str,
    options: &ImportOptions,
) -> Result<ImportReport, GeoError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let doc = parse_document(&mut de, file)?;
    finish(doc, file, options)
}

/// Parses the whole document (including the check for trailing characters).
fn parse_document<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
    file: &str,
) -> Result<Document, GeoError> {
    let json_err = |e: serde_json::Error| GeoError::Format {
        file: file.to_string(),
        message: format!(
            "not valid JSON (line {}, column {}): {e}",
            e.line(),
            e.column()
        ),
    };
    let doc = Document::deserialize(&mut *de).map_err(json_err)?;
    de.end().map_err(json_err)?;
    Ok(doc)
}

/// Checks the top level and builds the layer.
fn finish(doc: Document, file: &str, options: &ImportOptions) -> Result<ImportReport, GeoError> {
    let crs_detected = match &doc.crs {
        None | Some(Value::Null) => None,
        Some(crs) => Some(parse_crs_member(crs).map_err(|source| GeoError::Crs {
            file: file.to_string(),
            source,
        })?),
    };
    let (raw, not_features) = match doc.kind.as_ref().and_then(Value::as_str) {
        Some("FeatureCollection") => match doc.features {
            Some(FeatureList::Array {
                features,
                not_features,
            }) => (features, not_features),
            Some(FeatureList::NotArray) | None => {
                return Err(GeoError::Format {
                    file: file.to_string(),
                    message: "FeatureCollection without a 'features' array".into(),
                });
            }
        },
        Some("Feature") => (
            vec![RawFeature {
                row: 0,
                properties: doc.properties.unwrap_or_default(),
                geometry: doc.geometry.unwrap_or(RawGeometry::Empty),
            }],
            Vec::new(),
        ),
        Some(other) => {
            return Err(GeoError::Format {
                file: file.to_string(),
                message: format!(
                    "GeoJSON of type '{other}'; expected a FeatureCollection of areas with properties"
                ),
            });
        }
        None => {
            return Err(GeoError::Format {
                file: file.to_string(),
                message: "not GeoJSON: no 'type' member at the top level".into(),
            });
        }
    };
    let mut problems = Collector::new(file, options.max_problems);
    for row in not_features {
        problems.error(Some(row), None, "element of 'features' is not a Feature");
    }
    Ok(build_layer(raw, crs_detected, options, problems))
}

/// Parses a GeoJSON 2008 `crs` member (`name` or `EPSG` type).
fn parse_crs_member(crs: &Value) -> Result<Crs, crate::crs::CrsError> {
    let props = crs.get("properties");
    if let Some(name) = props.and_then(|p| p.get("name")).and_then(Value::as_str) {
        return Crs::from_name(name);
    }
    if let Some(code) = props.and_then(|p| p.get("code")) {
        if let Some(c) = code.as_u64().and_then(|c| u32::try_from(c).ok()) {
            return Crs::from_epsg(c);
        }
        if let Some(s) = code.as_str() {
            return Crs::from_name(s);
        }
    }
    Err(crate::crs::CrsError::Unrecognised(crs.to_string()))
}

fn truncate_json(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 60 {
        let mut t: String = s.chars().take(60).collect();
        t.push('…');
        t
    } else {
        s
    }
}

// ------------------------------------------------------------------ typed deserialisation

/// The members of the top-level object the importer uses.
#[derive(Default)]
struct Document {
    /// `type` (kept as a value: a non-string type means "no type").
    kind: Option<Value>,
    crs: Option<Value>,
    features: Option<FeatureList>,
    /// `properties` and `geometry` of a top-level Feature.
    properties: Option<Properties>,
    geometry: Option<RawGeometry>,
}

/// The `features` member.
enum FeatureList {
    /// An array: its Features (with their index) and the indices of other elements.
    Array {
        features: Vec<RawFeature>,
        not_features: Vec<usize>,
    },
    NotArray,
}

/// One element of `features`.
enum Element {
    Feature {
        properties: Option<Properties>,
        geometry: Option<RawGeometry>,
    },
    NotFeature,
}

/// Member names the importer looks at; everything else is skipped (but still validated).
enum Key {
    Type,
    Crs,
    Features,
    Properties,
    Geometry,
    Coordinates,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "type" => Key::Type,
                    "crs" => Key::Crs,
                    "features" => Key::Features,
                    "properties" => Key::Properties,
                    "geometry" => Key::Geometry,
                    "coordinates" => Key::Coordinates,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// A JSON value that is validated exactly like a `serde_json::Value` (numbers in range,
/// strings, nesting limit) but not stored.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct SkipVisitor;
        impl<'de> Visitor<'de> for SkipVisitor {
            type Value = Skip;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Skip, E> {
                Ok(Skip)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
                while seq.next_element::<Skip>()?.is_some() {}
                Ok(Skip)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
                while map.next_entry::<Skip, Skip>()?.is_some() {}
                Ok(Skip)
            }
        }
        d.deserialize_any(SkipVisitor)
    }
}

/// Visitor methods for every non-array JSON value: the value is rebuilt as a
/// `serde_json::Value` (only needed for messages) and handed to `self.other`.
macro_rules! non_array_as_value {
    () => {
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(self.other(Value::Bool(v)))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(self.other(Value::from(v)))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(self.other(Value::from(v)))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(self.other(Value::from(v)))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(self.other(Value::String(v.to_owned())))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(self.other(Value::Null))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            let v = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
            Ok(self.other(v))
        }
    };
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DocumentVisitor)
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a GeoJSON object")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Document, E> {
        Ok(Document::default())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Document, E> {
        Ok(Document::default())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Document, E> {
        Ok(Document::default())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Document, E> {
        Ok(Document::default())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Document, E> {
        Ok(Document::default())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Document, E> {
        Ok(Document::default())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Document, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Document::default())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let mut doc = Document::default();
        let mut scratch = Scratch::default();
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Type => doc.kind = Some(map.next_value()?),
                Key::Crs => doc.crs = Some(map.next_value()?),
                Key::Features => {
                    doc.features = Some(map.next_value_seed(FeatureListSeed(&mut scratch))?);
                }
                Key::Properties => doc.properties = map.next_value_seed(PropertiesSeed)?,
                Key::Geometry => {
                    doc.geometry = Some(map.next_value_seed(GeometrySeed(&mut scratch))?);
                }
                Key::Coordinates | Key::Other => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        Ok(doc)
    }
}

/// `properties`: an object becomes the map, anything else counts as no properties.
/// (Returns `Some(empty)` for a non-object so that a later duplicate member still wins.)
struct PropertiesSeed;

impl<'de> DeserializeSeed<'de> for PropertiesSeed {
    type Value = Option<Properties>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Ok(Some(match Value::deserialize(d)? {
            Value::Object(m) => m,
            _ => Map::new(),
        }))
    }
}

struct FeatureListSeed<'a>(&'a mut Scratch);

impl<'de> DeserializeSeed<'de> for FeatureListSeed<'_> {
    type Value = FeatureList;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<FeatureList, D::Error> {
        d.deserialize_any(self)
    }
}

impl FeatureListSeed<'_> {
    fn other(&self, _: Value) -> FeatureList {
        FeatureList::NotArray
    }
}

impl<'de> Visitor<'de> for FeatureListSeed<'_> {
    type Value = FeatureList;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of features")
    }
    non_array_as_value!();
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FeatureList, A::Error> {
        let mut features = Vec::new();
        let mut not_features = Vec::new();
        let mut row = 0;
        while let Some(e) = seq.next_element_seed(ElementSeed(&mut *self.0))? {
            match e {
                Element::Feature {
                    properties,
                    geometry,
                } => features.push(RawFeature {
                    row,
                    properties: properties.unwrap_or_default(),
                    geometry: geometry.unwrap_or(RawGeometry::Empty),
                }),
                Element::NotFeature => not_features.push(row),
            }
            row += 1;
        }
        features.shrink_to_fit();
        Ok(FeatureList::Array {
            features,
            not_features,
        })
    }
}

struct ElementSeed<'a>(&'a mut Scratch);

impl<'de> DeserializeSeed<'de> for ElementSeed<'_> {
    type Value = Element;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Element, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ElementSeed<'_> {
    type Value = Element;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Feature")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Element, E> {
        Ok(Element::NotFeature)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Element, E> {
        Ok(Element::NotFeature)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Element, E> {
        Ok(Element::NotFeature)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Element, E> {
        Ok(Element::NotFeature)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Element, E> {
        Ok(Element::NotFeature)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Element, E> {
        Ok(Element::NotFeature)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Element, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Element::NotFeature)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Element, A::Error> {
        let mut kind: Option<Value> = None;
        let mut properties = None;
        let mut geometry = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Type => kind = Some(map.next_value()?),
                Key::Properties => properties = map.next_value_seed(PropertiesSeed)?,
                Key::Geometry => geometry = Some(map.next_value_seed(GeometrySeed(&mut *self.0))?),
                _ => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        if kind.as_ref().and_then(Value::as_str) != Some("Feature") {
            return Ok(Element::NotFeature);
        }
        Ok(Element::Feature {
            properties,
            geometry,
        })
    }
}

/// A `geometry` member: null is no geometry; an object is decoded; anything else is a
/// geometry without a type.
struct GeometrySeed<'a>(&'a mut Scratch);

impl<'de> DeserializeSeed<'de> for GeometrySeed<'_> {
    type Value = RawGeometry;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawGeometry, D::Error> {
        d.deserialize_any(self)
    }
}

impl GeometrySeed<'_> {
    fn other(&self, v: Value) -> RawGeometry {
        if v.is_null() {
            RawGeometry::Empty
        } else {
            RawGeometry::Broken("geometry without a 'type'".into())
        }
    }
}

/// The `coordinates` member as read: typed when the geometry type was already known.
enum Coordinates {
    Missing,
    Polygon(Result<RawPolygon, String>),
    MultiPolygon(Option<Result<Vec<RawPolygon>, String>>),
    /// Read before the type (or for other geometry types): decoded afterwards.
    Untyped(Value),
}

impl<'de> Visitor<'de> for GeometrySeed<'_> {
    type Value = RawGeometry;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a GeoJSON geometry")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawGeometry, E> {
        Ok(self.other(Value::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawGeometry, E> {
        Ok(self.other(Value::from(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawGeometry, E> {
        Ok(self.other(Value::from(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawGeometry, E> {
        Ok(self.other(Value::from(v)))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<RawGeometry, E> {
        Ok(RawGeometry::Broken("geometry without a 'type'".into()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawGeometry, E> {
        Ok(RawGeometry::Empty)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawGeometry, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(RawGeometry::Broken("geometry without a 'type'".into()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawGeometry, A::Error> {
        let mut kind: Option<Value> = None;
        let mut coords = Coordinates::Missing;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Type => kind = Some(map.next_value()?),
                Key::Coordinates => {
                    coords = match kind.as_ref().and_then(Value::as_str) {
                        Some("Polygon") => {
                            Coordinates::Polygon(map.next_value_seed(PolygonSeed(&mut *self.0))?)
                        }
                        Some("MultiPolygon") => Coordinates::MultiPolygon(
                            map.next_value_seed(MultiPolygonSeed(&mut *self.0))?,
                        ),
                        _ => Coordinates::Untyped(map.next_value()?),
                    };
                }
                _ => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        let kind = kind.as_ref().and_then(Value::as_str).unwrap_or("");
        Ok(match kind {
            "Polygon" => {
                let parsed = match coords {
                    Coordinates::Missing => None,
                    Coordinates::Polygon(p) => Some(p),
                    Coordinates::Untyped(v) => Some(polygon_from_value(&v)),
                    // A second, different `type` member after the coordinates.
                    Coordinates::MultiPolygon(_) => {
                        Some(Err("ambiguous geometry: duplicate 'type' member".into()))
                    }
                };
                match parsed {
                    Some(Ok(p)) if p.is_empty() => RawGeometry::Empty,
                    Some(Ok(p)) => RawGeometry::Polygons(vec![p]),
                    Some(Err(e)) => RawGeometry::Broken(e),
                    None => RawGeometry::Broken("Polygon without coordinates".into()),
                }
            }
            "MultiPolygon" => {
                let parsed = match coords {
                    Coordinates::Missing => None,
                    Coordinates::MultiPolygon(p) => p,
                    Coordinates::Untyped(v) => v.as_array().map(|polys| {
                        polys
                            .iter()
                            .map(polygon_from_value)
                            .collect::<Result<Vec<_>, _>>()
                    }),
                    Coordinates::Polygon(_) => {
                        Some(Err("ambiguous geometry: duplicate 'type' member".into()))
                    }
                };
                match parsed {
                    Some(Ok(p)) if p.iter().all(Vec::is_empty) => RawGeometry::Empty,
                    Some(Ok(p)) => {
                        RawGeometry::Polygons(p.into_iter().filter(|r| !r.is_empty()).collect())
                    }
                    Some(Err(e)) => RawGeometry::Broken(e),
                    None => RawGeometry::Broken("MultiPolygon without coordinates array".into()),
                }
            }
            "" => RawGeometry::Broken("geometry without a 'type'".into()),
            other => RawGeometry::Other(other.to_string()),
        })
    }
}

/// Reused buffers for coordinates being read, so that every ring and polygon is stored
/// in one allocation of exactly its size (no growth by doubling).
#[derive(Default)]
struct Scratch {
    points: Vec<(f64, f64)>,
    rings: Vec<RawRing>,
}

/// `coordinates` of a MultiPolygon: `None` if not an array.
struct MultiPolygonSeed<'a>(&'a mut Scratch);

impl<'de> DeserializeSeed<'de> for MultiPolygonSeed<'_> {
    type Value = Option<Result<Vec<RawPolygon>, String>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl MultiPolygonSeed<'_> {
    fn other(&self, _: Value) -> Option<Result<Vec<RawPolygon>, String>> {
        None
    }
}

impl<'de> Visitor<'de> for MultiPolygonSeed<'_> {
    type Value = Option<Result<Vec<RawPolygon>, String>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MultiPolygon coordinates")
    }
    non_array_as_value!();
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = seq.next_element_seed(PolygonSeed(&mut *self.0))? {
            match item {
                Ok(p) => out.push(p),
                Err(e) => {
                    skip_rest(seq)?;
                    return Ok(Some(Err(e)));
                }
            }
        }
        out.shrink_to_fit();
        Ok(Some(Ok(out)))
    }
}

/// Validates and skips the remaining elements of an array.
fn skip_rest<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<Skip>()?.is_some() {}
    Ok(())
}

/// `coordinates` of a Polygon (or one polygon of a MultiPolygon).
struct PolygonSeed<'a>(&'a mut Scratch);

impl<'de> DeserializeSeed<'de> for PolygonSeed<'_> {
    type Value = Result<RawPolygon, String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl PolygonSeed<'_> {
    fn other(&self, v: Value) -> Result<RawPolygon, String> {
        Err(format!(
            "polygon coordinates are not an array: {}",
            truncate_json(&v)
        ))
    }
}

impl<'de> Visitor<'de> for PolygonSeed<'_> {
    type Value = Result<RawPolygon, String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("polygon coordinates")
    }
    non_array_as_value!();
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Scratch { points, rings } = self.0;
        rings.clear();
        while let Some(item) = seq.next_element_seed(RingSeed(&mut *points))? {
            match item {
                Ok(r) => rings.push(r),
                Err(e) => {
                    rings.clear();
                    skip_rest(seq)?;
                    return Ok(Err(e));
                }
            }
        }
        // Exactly sized; the scratch buffer keeps its capacity for the next polygon.
        let mut polygon = Vec::with_capacity(rings.len());
        polygon.append(rings);
        Ok(Ok(polygon))
    }
}

struct RingSeed<'a>(&'a mut Vec<(f64, f64)>);

impl<'de> DeserializeSeed<'de> for RingSeed<'_> {
    type Value = Result<RawRing, String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl RingSeed<'_> {
    fn other(&self, v: Value) -> Result<RawRing, String> {
        Err(format!("ring is not an array: {}", truncate_json(&v)))
    }
}

impl<'de> Visitor<'de> for RingSeed<'_> {
    type Value = Result<RawRing, String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a ring of positions")
    }
    non_array_as_value!();
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let points = self.0;
        points.clear();
        while let Some(item) = seq.next_element_seed(PositionSeed)? {
            match item {
                Ok(p) => points.push(p),
                Err(e) => {
                    points.clear();
                    skip_rest(seq)?;
                    return Ok(Err(e));
                }
            }
        }
        let ring = points.as_slice().to_vec();
        points.clear();
        Ok(Ok(ring))
    }
}

/// One position: at least two numbers (further elements such as a height are ignored).
struct PositionSeed;

impl<'de> DeserializeSeed<'de> for PositionSeed {
    type Value = Result<(f64, f64), String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl PositionSeed {
    fn other(&self, v: Value) -> Result<(f64, f64), String> {
        Err(format!("invalid position {}", truncate_json(&v)))
    }
}

impl<'de> Visitor<'de> for PositionSeed {
    type Value = Result<(f64, f64), String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a position")
    }
    non_array_as_value!();
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Some(x) = seq.next_element::<Value>()? else {
            return Ok(self.other(Value::Array(Vec::new())));
        };
        let Some(y) = seq.next_element::<Value>()? else {
            return Ok(self.other(Value::Array(vec![x])));
        };
        if let (Some(xf), Some(yf)) = (x.as_f64(), y.as_f64()) {
            skip_rest(seq)?;
            return Ok(Ok((xf, yf)));
        }
        let mut all = vec![x, y];
        while let Some(v) = seq.next_element::<Value>()? {
            all.push(v);
        }
        Ok(Err(format!(
            "position {} is not numeric",
            Value::Array(all)
        )))
    }
}

// ------------------------------------------------ coordinates read before the type member

fn position_from_value(v: &Value) -> Result<(f64, f64), String> {
    match v.as_array().map(Vec::as_slice) {
        Some([x, y, ..]) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => Ok((x, y)),
            _ => Err(format!("position {v} is not numeric")),
        },
        _ => Err(format!("invalid position {}", truncate_json(v))),
    }
}

fn ring_from_value(v: &Value) -> Result<RawRing, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("ring is not an array: {}", truncate_json(v)))?;
    arr.iter().map(position_from_value).collect()
}

fn polygon_from_value(v: &Value) -> Result<RawPolygon, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("polygon coordinates are not an array: {}", truncate_json(v)))?;
    arr.iter().map(ring_from_value).collect()
}

/// Writes a layer as a GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat).
///
/// Each feature gets the properties `id_field` (the area id), `name` (if present), the
/// area's other properties, and — if `extra` returns some — additional properties for the
/// area (e.g. indicator values or classes for a map export), which win over existing ones.
///
/// Members are written in sorted order (`features`, `type`; `geometry`, `properties`,
/// `type`; `coordinates`, `type`), properties sorted by name. The document is serialised
/// feature by feature, without building a JSON tree of the whole layer.
pub fn to_geojson<F>(layer: &AreaLayer, id_field: &str, extra: F) -> String
where
    F: FnMut(&crate::Area) -> Option<Properties>,
{
    let mut out = Vec::new();
    // Serialising into memory only fails if a closure panics; the output is UTF-8 JSON.
    if serde_json::to_writer(&mut out, &LayerOut::new(layer, id_field, extra)).is_err() {
        out.clear();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Properties of one output feature (see [`to_geojson`]).
fn feature_properties(area: &crate::Area, id_field: &str, more: Option<Properties>) -> Properties {
    let mut props = Map::new();
    props.insert(id_field.to_string(), Value::String(area.id.clone()));
    if let Some(n) = &area.name {
        props.insert("name".into(), Value::String(n.clone()));
    }
    for (k, v) in &area.properties {
        props.entry(k.clone()).or_insert_with(|| v.clone());
    }
    if let Some(more) = more {
        for (k, v) in more {
            props.insert(k, v);
        }
    }
    props
}

/// The FeatureCollection; `extra` is called once per area while writing.
struct LayerOut<'a, F> {
    layer: &'a AreaLayer,
    id_field: &'a str,
    extra: std::cell::RefCell<F>,
}

impl<'a, F> LayerOut<'a, F> {
    fn new(layer: &'a AreaLayer, id_field: &'a str, extra: F) -> Self {
        LayerOut {
            layer,
            id_field,
            extra: std::cell::RefCell::new(extra),
        }
    }
}

impl<F> serde::Serialize for LayerOut<'_, F>
where
    F: FnMut(&crate::Area) -> Option<Properties>,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap, SerializeSeq};
        struct Features<'b, 'a, F>(&'b LayerOut<'a, F>);
        impl<F> serde::Serialize for Features<'_, '_, F>
        where
            F: FnMut(&crate::Area) -> Option<Properties>,
        {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut extra = self
                    .0
                    .extra
                    .try_borrow_mut()
                    .map_err(|_| S::Error::custom("re-entrant GeoJSON writer"))?;
                let mut seq = s.serialize_seq(Some(self.0.layer.areas.len()))?;
                for area in &self.0.layer.areas {
                    let props = feature_properties(area, self.0.id_field, (*extra)(area));
                    seq.serialize_element(&FeatureOut {
                        geometry: &area.geometry,
                        properties: &props,
                    })?;
                }
                seq.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("features", &Features(self))?;
        m.serialize_entry("type", "FeatureCollection")?;
        m.end()
    }
}

struct FeatureOut<'a> {
    geometry: &'a geo_types::MultiPolygon<f64>,
    properties: &'a Properties,
}

impl serde::Serialize for FeatureOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("geometry", &MultiPolygonOut(self.geometry))?;
        m.serialize_entry("properties", self.properties)?;
        m.serialize_entry("type", "Feature")?;
        m.end()
    }
}

struct MultiPolygonOut<'a>(&'a geo_types::MultiPolygon<f64>);

impl serde::Serialize for MultiPolygonOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Rings<'a>(&'a geo_types::Polygon<f64>);
        impl serde::Serialize for Rings<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(
                    std::iter::once(self.0.exterior())
                        .chain(self.0.interiors())
                        .map(RingOut),
                )
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("coordinates", &SeqOf(|| self.0.iter().map(Rings)))?;
        m.serialize_entry("type", "MultiPolygon")?;
        m.end()
    }
}

struct RingOut<'a>(&'a geo_types::LineString<f64>);

impl serde::Serialize for RingOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.coords().map(|c| [c.x, c.y]))
    }
}

/// A sequence produced by an iterator factory.
struct SeqOf<G>(G);

impl<G, I> serde::Serialize for SeqOf<G>
where
    G: Fn() -> I,
    I: Iterator,
    I::Item: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// Writes a layer as GeoJSON to a file (see [`to_geojson`]).
pub fn write_geojson<F>(
    layer: &AreaLayer,
    path: &Path,
    id_field: &str,
    extra: F,
) -> Result<(), GeoError>
where
    F: FnMut(&crate::Area) -> Option<Properties>,
{
    let io_err = |source| GeoError::Io {
        file: display_name(path),
        source,
    };
    let file = std::fs::File::create(path).map_err(io_err)?;
    let mut w = std::io::BufWriter::new(file);
    serde_json::to_writer(&mut w, &LayerOut::new(layer, id_field, extra))
        .map_err(|e| io_err(std::io::Error::other(e)))?;
    std::io::Write::flush(&mut w).map_err(io_err)
}
