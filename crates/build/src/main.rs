//! Build step, run natively by Trunk's post-build hook (see `Trunk.toml`) on its staging
//! directory (`$TRUNK_STAGING_DIR`, or the directory given as the first argument):
//! - pre-renders every shareable address: the default page (the Chinese overview) into
//!   `index.html`, with the loading and crash messages, and every other one into `pages/`;
//! - gives both builds of the app content-hashed file names and names them in `index.html`
//!   for `public/boot.js`;
//! - draws `preview.png`, the link-preview image.

use prerender::preview;
use report::Report;

use aid_impact::state::ViewState;
use resvg::{tiny_skia, usvg};
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
    else {
        eprintln!("prerender: give the output directory, or run from Trunk (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let dir = PathBuf::from(dir);
    let result = report::bundled()
        .map_err(|errors| format!("{errors:?}"))
        .and_then(|report| {
            prerender_pages(&dir, &report).and_then(|()| write_preview(&dir, &report))
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn prerender_pages(dir: &Path, report: &Report) -> Result<(), String> {
    let pages = dir.join(prerender::PAGES_DIR);
    std::fs::create_dir_all(&pages).map_err(|e| format!("{}: {e}", pages.display()))?;
    for state in prerender::addresses(report) {
        let path = pages.join(prerender::file_name(&state));
        std::fs::write(&path, prerender::render(report, &state))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let meta = prerender::address_meta(report) + &hash_app_files(dir)?;
    let path = dir.join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let fragment = prerender::render(report, &ViewState::default()) + &prerender::templates();
    let html = prerender::inject(&html, "body", &fragment)
        .and_then(|html| prerender::inject_before(&html, prerender::LOADER_SCRIPT, &meta))
        .ok_or("index.html has no <body> or no prerender.js script")?;
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}

/// Gives both builds of the app content-hashed file names and returns the `<meta>`s that name
/// them. Trunk hashes the reader's app itself (`filehash`), but not a target of its "worker"
/// type, the editor's: its two files are renamed here after a hash of both.
fn hash_app_files(dir: &Path) -> Result<String, String> {
    let [reader, editor] = prerender::APPS;
    let files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    let hashed: Vec<&str> = files
        .iter()
        .filter_map(|file| prerender::hashed_base(reader, file))
        .collect();
    let [reader_base] = hashed[..] else {
        return Err(format!(
            "expected one {reader}-<hash>_bg.wasm (Trunk.toml: filehash = true), found {hashed:?}"
        ));
    };

    let mut hasher = DefaultHasher::new();
    let names = [".js", "_bg.wasm"].map(|end| format!("{editor}{end}"));
    for name in &names {
        let path = dir.join(name);
        hasher.write(&std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let editor_base = format!("{editor}-{:016x}", hasher.finish());
    for (name, end) in names.iter().zip([".js", "_bg.wasm"]) {
        let to = dir.join(format!("{editor_base}{end}"));
        std::fs::rename(dir.join(name), &to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(prerender::files_meta(reader, reader_base) + &prerender::files_meta(editor, &editor_base))
}

fn write_preview(dir: &Path, report: &Report) -> Result<(), String> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // Chinese needs a CJK face (Debian's fonts-noto-cjk, installed by ./dev).
    fonts.set_sans_serif_family("Noto Sans CJK SC");
    let tree = usvg::Tree::from_str(&preview::svg(report), &options).map_err(|e| e.to_string())?;
    let mut pixmap =
        tiny_skia::Pixmap::new(preview::WIDTH, preview::HEIGHT).ok_or("empty image")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let path = dir.join("preview.png");
    pixmap
        .save_png(&path)
        .map_err(|e| format!("{}: {e}", path.display()))
}
