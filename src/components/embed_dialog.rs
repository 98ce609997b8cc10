//! The embed dialog: the iframe snippet for a chart in the current language, unit and theme,
//! with a copy button and a live preview.

use super::context::{use_lang, use_view_state};
use super::copy_field::CopyField;
use super::dialog::Dialog;
use super::file_origin_note::FileOriginNote;
use crate::embed;
use crate::state::{url, Embed, Tab, ViewState};
use charts::i18n::Msg;
use leptos::prelude::*;

/// Height written into the snippet; `embed.js` then fits the frame to its content.
const SNIPPET_HEIGHT: u32 = 560;

/// Embedding `chart`.
#[component]
pub fn EmbedDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The chart to embed, by id.
    chart: String,
    /// The chart's title, for the iframe's `title`.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let state = use_view_state();
    let embed_state = Memo::new(move |_| {
        state.with(|s| ViewState {
            lang: s.lang,
            money: s.money,
            color_scheme: s.color_scheme,
            chart: Some(chart.clone()),
            tab: if s.chart.as_ref() == Some(&chart) {
                s.tab
            } else {
                Tab::Chart
            },
            embed: Some(Embed::Chart(chart.clone())),
            data: s.data.clone(),
            care: s.care,
            ..ViewState::default()
        })
    });
    let snippet = Signal::derive(move || {
        let src = url::absolute(&embed_state.get());
        embed::snippet(&src, &title.get(), SNIPPET_HEIGHT)
    });
    let preview_src = move || format!("?{}", embed_state.get().to_query());
    view! {
        <Dialog open title=Signal::derive(move || Msg::EmbedTitle.text(lang.get()).to_string()) testid="embed-dialog">
            <p>{move || Msg::EmbedHelp.text(lang.get())}</p>
            <FileOriginNote />
            <CopyField text=snippet label=Msg::EmbedTitle button=Msg::CopyCode rows=4 />
            <h3>{move || Msg::Preview.text(lang.get())}</h3>
            <iframe class="embed-preview" src=preview_src title=title></iframe>
        </Dialog>
    }
}
