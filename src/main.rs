//! Browser entry point.

fn main() {
    aid_impact::crash::install();
    leptos::mount::mount_to_body(aid_impact::App);
}
