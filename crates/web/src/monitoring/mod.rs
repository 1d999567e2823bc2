//! Monitoring: indicator catalogue, maps, need ranking, area profiles, dataset
//! uploads (preview → apply), index configurations and their exports.

pub(crate) mod catalogue;
pub(crate) mod data;
pub mod datasets;
mod detection;
mod detection_form;
pub(crate) mod exports;
pub(crate) mod index_form;
pub(crate) mod indices;
pub(crate) mod maps;
pub mod need;

#[allow(unused_imports)]
use crate::access::{Access, DATA};

crate::routes::module_routes! {
    get "/monitoring" => catalogue::catalogue, Access::Public, "Indicator catalogue";
    get "/monitoring/map" => maps::map, Access::Public, "Choropleth map of an indicator, the need index or LISA clusters";
    get "/monitoring/map.svg" => maps::map_svg, Access::Public, "The same map as an SVG file";
    get "/monitoring/map.geojson" => maps::map_geojson, Access::Public, "The map's areas with value and class as GeoJSON";
    get "/monitoring/report" => maps::report, Access::Public, "Print-ready A4 report: maps, ranking, decisions";
    get "/monitoring/ranking" => catalogue::ranking, Access::Public, "Need ranking with rank intervals";
    get "/monitoring/ranking.csv" => catalogue::ranking_csv, Access::Public, "Need ranking as CSV";
    get "/monitoring/ranking.xlsx" => catalogue::ranking_xlsx, Access::Public, "Need ranking as XLSX";
    get "/monitoring/areas/{key}" => catalogue::area, Access::Public, "Profile of one statistical area";
    get "/monitoring/data" => data::index, DATA, "Datasets of the city: upload form and every version";
    post "/monitoring/data" => data::upload, DATA, "Upload boundaries, an indicator table or programme areas (multipart); stored as a preview version";
    get "/monitoring/data/{id}" => data::show, DATA, "One dataset version: what was recognised, area matching, every problem";
    post "/monitoring/data/{id}/apply" => data::apply_form, DATA, "Apply a version to the city's data (chosen indicators, names, units, direction)";
    post "/monitoring/data/{id}/discard" => data::discard, DATA, "Discard a preview version (its files stay stored)";
    get "/api/v1/datasets" => data::api_list, DATA, "Dataset versions of a city (`?city=slug`)";
    post "/api/v1/datasets" => data::api_upload, DATA, "Upload a dataset (multipart: kind, file…, settings); answers with the preview";
    get "/api/v1/datasets/{id}" => data::api_show, DATA, "One dataset version with its preview summary";
    post "/api/v1/datasets/{id}/apply" => data::api_apply, DATA, "Apply a dataset version (JSON body: optional chosen indicators)";
    get "/monitoring/indices" => indices::list, Access::Public, "Index configurations (MSS preset or custom composite)";
    get "/monitoring/indices/new" => index_form::new_form, DATA, "New index configuration (form)";
    post "/monitoring/indices" => index_form::create, DATA, "Save an index configuration and store its computed results";
    get "/monitoring/indices/{key}" => indices::show, Access::Public, "Stored results of an index configuration with rank intervals and versions";
    get "/monitoring/indices/{key}/edit" => index_form::edit_form, DATA, "Edit an index configuration (new version)";
    post "/monitoring/indices/{key}" => index_form::update, DATA, "Save a new version of an index configuration";
    get "/monitoring/indices/{key}/export.csv" => indices::results_csv, Access::Public, "Index results as CSV";
    get "/monitoring/indices/{key}/export.xlsx" => indices::results_xlsx, Access::Public, "Index results as XLSX";
    get "/monitoring/export.csv" => exports::catalogue_csv, Access::Public, "Indicator catalogue as CSV";
    get "/monitoring/export.xlsx" => exports::catalogue_xlsx, Access::Public, "Indicator catalogue as XLSX";
    get "/monitoring/areas/{key}/export.csv" => exports::area_csv, Access::Public, "Area profile values as CSV";
    get "/monitoring/areas/{key}/export.xlsx" => exports::area_xlsx, Access::Public, "Area profile values as XLSX";
    get "/monitoring/map/export.csv" => maps::table_csv, Access::Public, "The map's data table as CSV";
    get "/monitoring/map/export.xlsx" => maps::table_xlsx, Access::Public, "The map's data table as XLSX";
}
