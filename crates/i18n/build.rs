//! Rebuild when any Fluent file under `locales/` changes or is added: the messages are
//! compiled into the binary by `fluent_templates::static_loader!`.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
    if let Ok(dirs) = std::fs::read_dir("../../locales") {
        for d in dirs.flatten() {
            println!("cargo:rerun-if-changed={}", d.path().display());
        }
    }
}
