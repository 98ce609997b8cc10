//! The share dialog: the link (copy, system share sheet) and its QR code (downloadable).

use super::context::{use_lang, use_report};
use super::copy_field::CopyField;
use super::dialog::Dialog;
use super::file_origin_note::FileOriginNote;
use crate::export::{download, qr};
use charts::export;
use charts::i18n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Sharing `link`; `subject` names the QR file (`<report>-<subject>-qr-zh.svg`).
#[component]
pub fn ShareDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The absolute link to share.
    #[prop(into)]
    link: Signal<String>,
    /// What is shared, for file names.
    #[prop(into)]
    subject: String,
) -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let title = report.meta.title.clone();
    let qr_svg = Memo::new(move |_| qr::svg(&link.get()));
    let download_qr = {
        let meta = report.meta.clone();
        move |_| {
            if let Some(svg) = qr_svg.get_untracked() {
                let name =
                    export::file_name(&meta, &format!("{subject}-qr"), lang.get_untracked(), "svg");
                download::save_text(&svg, &name, "image/svg+xml");
            }
        }
    };
    let share_sheet = move |_| {
        let title = lang.get_untracked().pick(&title).to_string();
        let url = link.get_untracked();
        spawn_local(async move { download::share(&title, &url).await });
    };
    view! {
        <Dialog open title=Signal::derive(move || Msg::ShareTitle.text(lang.get()).to_string()) testid="share-dialog">
            <FileOriginNote />
            <CopyField text=link label=Msg::Link button=Msg::CopyLink />
            {download::can_share()
                .then(|| {
                    view! {
                        <button type="button" class="share-sheet" on:click=share_sheet.clone()>
                            {move || Msg::ShareSheet.text(lang.get())}
                        </button>
                    }
                })}
            <figure class="qr">
                <div class="qr-code" data-testid="qr-code" inner_html=move || qr_svg.get().unwrap_or_default()></div>
                <figcaption>{move || Msg::QrCaption.text(lang.get())}</figcaption>
            </figure>
            <button type="button" class="download-qr" on:click=download_qr.clone()>
                {move || Msg::DownloadQr.text(lang.get())}
            </button>
        </Dialog>
    }
}
