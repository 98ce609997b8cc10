//! Build step: writes `preview.png`, the link-preview image, into Trunk's staging directory
//! (`$TRUNK_STAGING_DIR`, or the directory given as the first argument). Run by Trunk's
//! post-build hook (see `Trunk.toml`).

use aid_impact::{data, export::preview};
use resvg::{tiny_skia, usvg};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
    else {
        eprintln!("preview: give the output directory, or run from Trunk (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match write_preview(PathBuf::from(dir).join("preview.png")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("preview: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_preview(path: PathBuf) -> Result<(), String> {
    let report = data::bundled().map_err(|errors| format!("{errors:?}"))?;
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // Chinese needs a CJK face (Debian's fonts-noto-cjk, installed by ./dev).
    fonts.set_sans_serif_family("Noto Sans CJK SC");
    let tree = usvg::Tree::from_str(&preview::svg(&report), &options).map_err(|e| e.to_string())?;
    let mut pixmap =
        tiny_skia::Pixmap::new(preview::WIDTH, preview::HEIGHT).ok_or("empty image")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .save_png(&path)
        .map_err(|e| format!("{}: {e}", path.display()))
}
