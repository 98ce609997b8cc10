//! Where the app goes: the element the build pre-renders each page into, which the app takes
//! over when it starts.

/// `id` of the element the pages are rendered into and the app mounts into.
pub const ELEMENT_ID: &str = "app";

/// The element the app mounts into, emptied and shown: the pre-rendered page goes in the same
/// task as the app's first render, so no frame shows both or neither.
pub fn take_root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    let root = match document.get_element_by_id(ELEMENT_ID) {
        Some(root) => root,
        None => {
            let root = document.create_element("div").ok()?;
            root.set_id(ELEMENT_ID);
            document.body()?.prepend_with_node_1(&root).ok()?;
            root
        }
    };
    root.replace_children_with_node_0();
    // The pre-rendered page's own marks go with it: the app sets the document's language.
    for attribute in ["lang", "data-title", "data-page"] {
        let _ = root.remove_attribute(attribute);
    }
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("prerender-off");
    }
    root.dyn_into().ok()
}
