//! Small SVG swatches for chart legends, drawn by the same code as the charts; each kind
//! (`kinds/`) says what its swatches show.

use super::scene::Scene;

/// A swatch `width` px wide, drawn by `draw`.
pub(crate) fn swatch(width: u32, draw: impl FnOnce(&mut Scene)) -> String {
    let mut scene = Scene {
        width,
        height: 16,
        ..Scene::default()
    };
    draw(&mut scene);
    scene.to_svg()
}
