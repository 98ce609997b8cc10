//! Browser entry point of the reader's app.

fn main() {
    aid_impact::start();
}
