//! A chart's actions: share, embed, and download as SVG, PNG or CSV.

use super::context::{use_lang, use_report, use_view_state};
use super::embed_dialog::EmbedDialog;
use super::share_dialog::ShareDialog;
use crate::export::download;
use crate::state::{url, View, ViewState};
use charts::compiled::CompiledChart;
use charts::export;
use charts::i18n::Msg;
use charts::render;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Width exported charts are drawn at, whatever the screen.
const EXPORT_WIDTH: u32 = 760;

/// The toolbar under a chart card.
#[component]
pub fn ChartTools(
    /// Which chart, by id.
    id: String,
    /// The page it is on.
    view: View,
    /// What the chart compiler made of it.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
) -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let state = use_view_state();
    let share_open = RwSignal::new(false);
    let embed_open = RwSignal::new(false);
    let id = StoredValue::new(id);
    let link = Signal::derive(move || {
        let mut target: ViewState = state.get();
        target.view = view;
        // Another chart's tab and item do not belong in this chart's link.
        if target.chart.as_ref() != Some(&id.get_value()) {
            target.tab = crate::state::Tab::Chart;
            target.item = None;
        }
        target.chart = Some(id.get_value());
        url::absolute(&target)
    });
    let title = Signal::derive(move || compiled.with(|s| s.title.clone()));
    let meta = report.meta.clone();
    let name = move |extension: &str| {
        id.with_value(|id| export::file_name(&meta, id, lang.get_untracked(), extension))
    };
    let standalone = {
        let meta = report.meta.clone();
        move || {
            compiled.with_untracked(|compiled| {
                let rendered = render::render(compiled, EXPORT_WIDTH, lang.get_untracked());
                let svg = export::standalone_svg(compiled, &rendered, &meta, lang.get_untracked());
                (svg, rendered.width + 32, rendered.height + 84)
            })
        }
    };
    let save_svg = {
        let (standalone, name) = (standalone.clone(), name.clone());
        move |_| download::save_text(&standalone().0, &name("svg"), "image/svg+xml;charset=utf-8")
    };
    let png_failed = RwSignal::new(false);
    let save_png = {
        let name = name.clone();
        move |_| {
            let (svg, width, height) = standalone();
            let file = name("png");
            png_failed.set(false);
            spawn_local(async move {
                let failed = download::save_png(svg, width, height, file).await.is_err();
                png_failed.set(failed);
            });
        }
    };
    let save_csv = move |_| {
        let csv = compiled.with_untracked(|s| export::chart_csv(s, lang.get_untracked()));
        download::save_text(&csv, &name("csv"), "text/csv;charset=utf-8");
    };
    view! {
        <div class="chart-tools">
            <button type="button" class="tool" data-action="share" on:click=move |_| share_open.set(true)>
                {move || Msg::Share.text(lang.get())}
            </button>
            <button type="button" class="tool" data-action="embed" on:click=move |_| embed_open.set(true)>
                {move || Msg::Embed.text(lang.get())}
            </button>
            <span class="tools-label">{move || Msg::Download.text(lang.get())}</span>
            <button type="button" class="tool" data-action="download-svg" on:click=save_svg>"SVG"</button>
            <button type="button" class="tool" data-action="download-png" on:click=save_png>"PNG"</button>
            <button type="button" class="tool" data-action="download-csv" on:click=save_csv>"CSV"</button>
        </div>
        <Show when=move || png_failed.get()>
            <p class="tool-error" role="alert" data-testid="export-failed">
                {move || Msg::ExportFailed.text(lang.get())}
            </p>
        </Show>
        <Show when=move || share_open.get()>
            <ShareDialog open=share_open link subject=id.get_value() />
        </Show>
        <Show when=move || embed_open.get()>
            <EmbedDialog open=embed_open chart=id.get_value() title />
        </Show>
    }
}
