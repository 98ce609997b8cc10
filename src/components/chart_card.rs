//! A chart card: title, note, and three tabs — the chart, its table, its sources — with the
//! generated one-sentence summary under them.

use super::chart_legend::ChartLegend;
use super::chart_plot::ChartPlot;
use super::chart_sources::ChartSources;
use super::chart_table::ChartTable;
use super::chart_tools::ChartTools;
use super::context::{use_lang, use_report, use_view_state};
use super::heading::Heading;
use super::read_aloud::ReadAloud;
use crate::state::{Tab, View};
use charts::compile;
use charts::i18n::{format, Msg};
use leptos::prelude::*;
use report::ChartDescription;

/// The message naming a tab.
fn tab_label(tab: Tab) -> Msg {
    match tab {
        Tab::Chart => Msg::TabChart,
        Tab::Table => Msg::TabTable,
        Tab::Source => Msg::TabSource,
    }
}

/// One chart with its table and sources.
#[component]
pub fn ChartCard(
    /// Which chart: its description.
    chart: ChartDescription,
    /// A small card (overview): the chart only, no tabs.
    #[prop(optional)]
    compact: bool,
    /// The level of the card's title: 2 where the card is a section of the page (a theme page,
    /// an embed), 3 (the default) under a section's own heading (overview, print).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let state = use_view_state();
    let meta = report.meta.clone();
    let source_line = move || {
        format!(
            "{}{}",
            Msg::ChartSource.text(lang.get()),
            format::citation(&meta, lang.get())
        )
    };
    let money = Memo::new(move |_| state.with(|s| s.money));
    let id = StoredValue::new(chart.id.clone());
    // Element ids of the card's parts: `<chart id>-<part>`.
    let part_id = move |part: &str| id.with_value(|id| format!("{id}-{part}"));
    let is_this = move |chart: &Option<String>| id.with_value(|id| chart.as_ref() == Some(id));
    let view = View::of_theme(chart.theme);
    let care = Memo::new(move |_| state.with(|s| s.care));
    let compiled = Memo::new(move |_| compile::chart(&report, &chart, lang.get(), money.get()));
    // A report without this chart's figures gets a plain statement, not an empty drawing.
    if compiled.with_untracked(|s| s.data.is_empty()) {
        let title_id = part_id("title");
        return view! {
            <figure class="chart-card no-data" data-chart-id=id.get_value() data-empty="true" aria-labelledby=title_id.clone()>
                <Heading level class="chart-title" id=title_id.clone()>{move || compiled.with(|s| report::file_text::on_screen(&s.title).into_owned())}</Heading>
                <p class="no-data-note">{move || Msg::NoChartData.text(lang.get())}</p>
            </figure>
        }
        .into_any();
    }
    // The open tab lives in the view state (and so in shared links) for the chart acted on last.
    let tab =
        Memo::new(move |_| state.with(|s| if is_this(&s.chart) { s.tab } else { Tab::Chart }));
    let select_tab = move |t: Tab| {
        state.update(|s| {
            if !is_this(&s.chart) {
                s.item = None;
            }
            s.chart = Some(id.get_value());
            s.tab = t;
        })
    };
    let title_id = part_id("title");
    let summary_id = part_id("summary");
    let panel_id = move |t: Tab| part_id(t.code());
    let tab_id = move |t: Tab| part_id(&format!("tab-{}", t.code()));

    let tabs = (!compact).then(|| {
        let buttons = Tab::ALL
            .into_iter()
            .map(|t| {
                view! {
                    <button
                        type="button"
                        role="tab"
                        class="chart-tab"
                        data-tab=t.code()
                        id=tab_id(t)
                        aria-selected=move || (tab.get() == t).to_string()
                        aria-controls=panel_id(t)
                        on:click=move |_| select_tab(t)
                    >
                        {move || tab_label(t).text(lang.get())}
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="chart-tabs" role="tablist" aria-labelledby=title_id.clone()>
                {buttons}
            </div>
        }
    });
    let plot_summary_id = summary_id.clone();
    let panel = move |t: Tab| {
        let summary_id = plot_summary_id.clone();
        let body = move || match t {
            Tab::Chart => view! {
                <ChartPlot id=id.get_value() compiled summary_id=summary_id.clone() compact />
                <ChartLegend compiled />
            }
            .into_any(),
            Tab::Table => view! { <ChartTable compiled /> }.into_any(),
            Tab::Source => view! { <ChartSources compiled level=level + 1 /> }.into_any(),
        };
        view! {
            <div
                class="chart-panel"
                role="tabpanel"
                id=panel_id(t)
                aria-labelledby=tab_id(t)
                hidden=move || tab.get() != t
            >
                <Show when=move || tab.get() == t>{body.clone()}</Show>
            </div>
        }
    };
    view! {
        <figure class="chart-card" class:compact=compact data-chart-id=id.get_value() aria-labelledby=title_id.clone()>
            <Heading level class="chart-title" id=title_id.clone()>
                {move || compiled.with(|s| report::file_text::on_screen(&s.title).into_owned())}
            </Heading>
            {move || compiled.with(|s| s.note.clone()).map(|note| view! { <p class="chart-note">{note}</p> })}
            {tabs}
            {Tab::ALL.into_iter().map(panel).collect_view()}
            <figcaption class="chart-summary" id=summary_id.clone()>
                {move || compiled.with(|s| s.summary.clone())}
            </figcaption>
            // Care mode reads the summary aloud.
            <Show when=move || care.get()>
                <ReadAloud
                    text=Signal::derive(move || compiled.with(|s| s.summary.clone()))
                    what=Signal::derive(move || compiled.with(|s| s.title.clone()))
                />
            </Show>
            <p class="chart-source-line">{source_line}</p>
            {(!compact).then(|| view! { <ChartTools id=id.get_value() view compiled /> })}
        </figure>
    }
    .into_any()
}
