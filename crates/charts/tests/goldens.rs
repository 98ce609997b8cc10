//! Golden SVGs: every chart of the bundled report, drawn at a phone's and a desktop's chart
//! width in both languages, kept in `crates/charts/tests/goldens/` so that any change to a drawing shows in
//! review as a changed file (open it in a browser to see it). A drawing that differs from its
//! golden fails; `UPDATE_GOLDENS=1 cargo test -p aid-impact-charts --test goldens` writes them anew.

use charts::compile;
use charts::i18n::money::MoneyUnit;
use charts::render;
use report::Lang;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The chart widths drawn: a card on a 375 px phone, and on a 1280 px desktop's column.
const WIDTHS: [(&str, u32); 2] = [("phone", 343), ("desktop", 760)];

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/goldens")
}

#[test]
fn every_chart_draws_as_its_golden_svg() {
    let report = report::bundled().unwrap();
    let update = std::env::var_os("UPDATE_GOLDENS").is_some();
    let dir = folder();
    std::fs::create_dir_all(&dir).unwrap();
    let mut expected = BTreeSet::new();
    let mut differ = Vec::new();
    for chart in compile::charts(&report) {
        for lang in Lang::ALL {
            let compiled = compile::chart(&report, &chart, lang, MoneyUnit::Auto);
            for (device, width) in WIDTHS {
                let name = format!("{}.{}.{device}.svg", chart.id, lang.code());
                let svg = render::render(&compiled, width, lang).svg;
                let path = dir.join(&name);
                if update {
                    std::fs::write(&path, &svg).unwrap();
                } else if std::fs::read_to_string(&path).ok().as_deref() != Some(svg.as_str()) {
                    differ.push(name.clone());
                }
                expected.insert(name);
            }
        }
    }
    let kept: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".svg"))
        .collect();
    let stale: Vec<&String> = kept.difference(&expected).collect();
    if update {
        for name in &stale {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        return;
    }
    assert!(
        differ.is_empty(),
        "{} drawings differ from their goldens in crates/charts/tests/goldens/ (UPDATE_GOLDENS=1 to accept): {differ:#?}",
        differ.len()
    );
    assert!(
        stale.is_empty(),
        "goldens of no chart (UPDATE_GOLDENS=1 removes them): {stale:#?}"
    );
}
