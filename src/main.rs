//! Browser entry point.

fn main() {
    aid_impact::crash::install();
    // The app takes the pre-rendered page's place in the same task, so no frame shows both.
    if let Some(root) = aid_impact::prerender::take_root() {
        leptos::mount::mount_to(root, aid_impact::App).forget();
    }
}
