//! Reprojection accuracy against PROJ 9.5 (pyproj 3.7) reference values.
#![allow(clippy::unwrap_used)]

use quartier_geodata::Crs;

/// (EPSG, easting, northing, expected lon, expected lat) computed with PROJ; for 31468 the
/// PROJ definition used the same 7-parameter Helmert (`+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7`).
const REF: &[(u32, f64, f64, f64, f64)] = &[
    (
        25832,
        734926.837,
        5693004.587,
        12.373099995652,
        51.339700001390,
    ),
    (
        25832,
        798812.803,
        5827999.900,
        13.405000006266,
        52.519999999892,
    ),
    (
        25832,
        691567.326,
        5334734.330,
        11.574999994657,
        48.136999996884,
    ),
    (
        25832,
        565590.941,
        5933912.165,
        9.990000004625,
        53.549999996219,
    ),
    (
        25833,
        317034.750,
        5690878.117,
        12.373099993348,
        51.339700003330,
    ),
    (
        25833,
        391779.259,
        5820072.159,
        13.404999996321,
        52.519999999167,
    ),
    (
        25833,
        245204.038,
        5337202.213,
        11.575000001442,
        48.136999998134,
    ),
    (
        25833,
        168189.767,
        5945138.078,
        9.990000000719,
        53.549999998953,
    ),
    (
        3857,
        1377367.192,
        6681604.127,
        12.373100004184,
        51.339699998951,
    ),
    (
        3857,
        1492237.774,
        6894699.801,
        13.404999999247,
        52.519999998456,
    ),
    (
        3857,
        1288523.106,
        6129677.092,
        11.575000000610,
        48.137000001153,
    ),
    (
        3857,
        1112081.713,
        7085388.165,
        9.989999999777,
        53.549999997358,
    ),
    (
        31468,
        4526103.760,
        5689502.549,
        12.373100000544,
        51.339700006643,
    ),
    (
        31468,
        4595471.685,
        5821692.367,
        13.405000006941,
        52.520000002643,
    ),
    (
        31468,
        4468476.027,
        5333305.996,
        11.575000006564,
        48.136999999565,
    ),
    (
        31468,
        4366885.954,
        5937267.743,
        9.989999996648,
        53.550000003616,
    ),
    (
        4647,
        32734926.837,
        5693004.587,
        12.373099995652,
        51.339700001390,
    ),
    (
        4647,
        32565590.941,
        5933912.165,
        9.990000004625,
        53.549999996219,
    ),
];

#[test]
fn inverse_matches_proj_to_1e_9_degrees() {
    for &(code, x, y, lon, lat) in REF {
        let crs = Crs::from_epsg(code).unwrap();
        let (lo, la) = crs.to_wgs84(x, y).unwrap();
        assert!((lo - lon).abs() < 1e-9, "EPSG:{code} lon {lo} vs {lon}");
        assert!((la - lat).abs() < 1e-9, "EPSG:{code} lat {la} vs {lat}");
    }
}

#[test]
fn forward_roundtrip() {
    for &(code, x, y, lon, lat) in REF {
        let crs = Crs::from_epsg(code).unwrap();
        let (fx, fy) = crs.from_wgs84(lon, lat).unwrap();
        // The Helmert inverse is first order in the rotations: allow 1 cm there.
        let tol = if code == 31468 { 0.01 } else { 1e-4 };
        assert!(
            (fx - x).abs() < tol && (fy - y).abs() < tol,
            "EPSG:{code}: {fx},{fy} vs {x},{y}"
        );
    }
}

#[test]
fn names_and_wkt() {
    assert_eq!(
        Crs::from_name("urn:ogc:def:crs:EPSG::25833").unwrap().epsg,
        Some(25833)
    );
    assert_eq!(Crs::from_name("EPSG:3857").unwrap().epsg, Some(3857));
    assert_eq!(
        Crs::from_name("http://www.opengis.net/def/crs/EPSG/0/25832")
            .unwrap()
            .epsg,
        Some(25832)
    );
    assert!(
        Crs::from_name("urn:ogc:def:crs:OGC:1.3:CRS84")
            .unwrap()
            .is_identity()
    );
    assert!(Crs::from_name("EPSG:2154").is_err());
    assert!(Crs::from_name("garbage").is_err());

    // ESRI WKT without authority: parsed from its parameters.
    let esri = r#"PROJCS["ETRS_1989_UTM_Zone_33N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]"#;
    let crs = Crs::from_wkt(esri).unwrap();
    let (lo, la) = crs.to_wgs84(391779.259, 5820072.159).unwrap();
    assert!((lo - 13.405).abs() < 1e-8 && (la - 52.52).abs() < 1e-8);

    // GDAL WKT with authority.
    let gdal = r#"PROJCS["DHDN / 3-degree Gauss-Kruger zone 4",GEOGCS["DHDN",DATUM["Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel 1841",6377397.155,299.1528128,AUTHORITY["EPSG","7004"]],AUTHORITY["EPSG","6314"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4314"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",12],PARAMETER["scale_factor",1],PARAMETER["false_easting",4500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","31468"]]"#;
    assert_eq!(Crs::from_wkt(gdal).unwrap().epsg, Some(31468));
    // Same without the top-level authority: Bessel ⇒ DHDN Helmert.
    let cut = gdal.replace(r#",AUTHORITY["EPSG","31468"]]"#, "]");
    let crs = Crs::from_wkt(&cut).unwrap();
    assert_eq!(crs.epsg, None);
    let (lo, la) = crs.to_wgs84(4595471.685, 5821692.367).unwrap();
    assert!((lo - 13.405000006941).abs() < 1e-9 && (la - 52.520000002643).abs() < 1e-9);
    assert!(Crs::from_wkt("LOCAL_CS[\"x\"]").is_err());
    assert!(Crs::from_wkt("").is_err());
}

#[test]
fn non_finite_is_an_error() {
    let crs = Crs::from_epsg(25833).unwrap();
    assert!(crs.to_wgs84(f64::NAN, 1.0).is_err());
    assert!(crs.to_wgs84(f64::INFINITY, 1.0).is_err());
}
