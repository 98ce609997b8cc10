//! If the app ever panics, the reader sees a short message and a reload link instead of a
//! frozen page; the panic itself still goes to the console.

use crate::state::url;
use charts::i18n::Msg;
use report::Lang;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message(url::read().lang);
    }));
}

/// Puts the message on top of the page, with plain DOM calls (no framework, no inline style).
fn show_message(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("crash");
    let _ = panel.set_attribute("role", "alert");
    if let Ok(title) = document.create_element("p") {
        title.set_text_content(Some(Msg::CrashTitle.text(lang)));
        let _ = panel.append_child(&title);
    }
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "");
        link.set_text_content(Some(Msg::CrashReload.text(lang)));
        let _ = panel.append_child(&link);
    }
    let _ = body.prepend_with_node_1(&panel);
}
