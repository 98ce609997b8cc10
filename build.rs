//! Lists the example reports of `public/reports/` from their own details, so the Open dialog
//! names every file the build hosts and no other.

use serde_json::Value;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(
        Path::new(&out).join("examples.rs"),
        examples("public/reports"),
    )
    .expect("OUT_DIR writable");
}

/// The example reports in `dir` as a Rust array of `Example`s, by date of publication.
fn examples(dir: &str) -> String {
    println!("cargo::rerun-if-changed={dir}");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the example reports' folder")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut entries: Vec<(String, String)> = files
        .iter()
        .map(|path| {
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(path).expect("an example report");
            let report: Value = serde_json::from_str(&text).expect("an example report is JSON");
            let meta = &report["meta"];
            let text = |value: &Value| format!("{:?}", value.as_str().unwrap_or_default());
            let file = path.file_name().and_then(|n| n.to_str()).expect("a file name");
            let entry = format!(
                "Example {{ path: {path:?}, title: [{}, {}], publisher: [{}, {}], published: {} }},",
                text(&meta["title"]["zh"]),
                text(&meta["title"]["en"]),
                text(&meta["publisher"]["zh"]),
                text(&meta["publisher"]["en"]),
                text(&meta["published"]),
                path = format!("reports/{file}"),
            );
            (meta["published"].as_str().unwrap_or_default().to_string(), entry)
        })
        .collect();
    entries.sort();
    let body: Vec<String> = entries.into_iter().map(|(_, entry)| entry).collect();
    format!("&[\n{}\n]", body.join("\n"))
}
