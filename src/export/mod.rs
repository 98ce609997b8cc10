//! Handing files to the reader: downloads (`download`) of what `charts::export` builds, and a
//! link's QR code (`qr`).

pub mod download;
pub mod qr;
