//! Browser entry point.

fn main() {
    aid_impact::crash::install();
    // The app takes over from the pre-rendered first screen in the same task, so no frame
    // shows both.
    aid_impact::prerender::remove();
    leptos::mount::mount_to_body(aid_impact::App);
}
