//! Browser entry point of the app with the authoring view (`?view=edit`), a separate wasm so
//! readers never download the editor; `public/boot.js` loads it for that view only.

fn main() {
    aid_impact::start();
}
