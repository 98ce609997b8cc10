//! The chart grouping: every bars chart the file draws with its figures, each figure movable
//! to another chart or a new one (a part moves with its whole), each chart renamed or removed.
//! A refused move says why beside the figure.

use super::super::context::use_lang;
use crate::state::draft::Editor;
use authoring::i18n::{action_on, refusal, ChartsMsg};
use authoring::{grouping, grouping::Target};
use charts::compile;
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use leptos::prelude::*;
use report::Lang;
use report::{ChartDescription, ChartKind, Localized, Report};

/// The value of the "new chart" choice; chart ids start with a letter, so none is this.
const NEW: &str = "+new";

/// One chart as the grouping lists it.
struct ChartRow {
    id: String,
    title: String,
    raw_title: Localized,
    described: bool,
    figures: Vec<FigureRow>,
}

/// One figure of a chart.
struct FigureRow {
    id: String,
    text: String,
    label: String,
    /// Drawn with its whole in this chart: it moves with it.
    part: bool,
}

fn rows(report: &Report, lang: Lang) -> Vec<ChartRow> {
    grouping::charts(report)
        .into_iter()
        .filter(|chart| chart.kind == ChartKind::Bars)
        .map(|chart| row(report, &chart, lang))
        .collect()
}

fn row(report: &Report, chart: &ChartDescription, lang: Lang) -> ChartRow {
    let drawn: Vec<&String> = chart.panels.iter().flat_map(|p| &p.figures).collect();
    let figures = drawn
        .iter()
        .filter_map(|id| report.figure(id))
        .map(|figure| FigureRow {
            id: figure.id.clone(),
            text: format!(
                "{} · {}",
                lang.pick(&figure.label),
                format::figure_value(figure, lang, MoneyUnit::Auto)
            ),
            label: lang.pick(&figure.label).to_string(),
            part: figure
                .part_of
                .as_ref()
                .is_some_and(|whole| drawn.contains(&whole)),
        })
        .collect();
    ChartRow {
        id: chart.id.clone(),
        title: compile::chart(report, chart, lang, MoneyUnit::Auto).title,
        raw_title: chart.title.clone(),
        described: grouping::is_described(report, &chart.id),
        figures,
    }
}

/// After the lists are drawn again, focus the move button of `figure`, wherever it is now.
fn refocus(figure: String) {
    request_animation_frame(move || {
        let selector = format!(
            "[data-testid=\"chart-grouping\"] [data-figure=\"{figure}\"] [data-action=\"move-figure\"]"
        );
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}

/// The chart grouping.
#[component]
pub fn ChartGrouping() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    // The figure whose move was refused, and why.
    let refused = RwSignal::new(None::<(String, String)>);
    let move_figure = move |figure: String, target: String| {
        let to = if target == NEW {
            Target::New
        } else {
            Target::Chart(target)
        };
        let mut outcome = None;
        editor
            .draft
            .apply(|r| outcome = Some(grouping::move_figure(r, &figure, &to)));
        match outcome {
            Some(Err(why)) => {
                let text = editor
                    .draft
                    .with_untracked(|r| refusal(&why, &figure, r, lang.get_untracked()))
                    .unwrap_or_default();
                refused.set(Some((figure, text)));
            }
            _ => {
                refused.set(None);
                refocus(figure);
            }
        }
    };
    view! {
        <section class="edit-panel" aria-labelledby="chart-grouping-heading" data-testid="chart-grouping">
            <h2 id="chart-grouping-heading">{move || ChartsMsg::GroupingTitle.text(lang.get())}</h2>
            <p class="note">{move || ChartsMsg::GroupingHelp.text(lang.get())}</p>
            <ul class="grouping-charts">
                {move || {
                    let lang = lang.get();
                    let charts = editor.draft.with(|r| rows(r, lang)).unwrap_or_default();
                    let targets: Vec<(String, String)> =
                        charts.iter().map(|c| (c.id.clone(), c.title.clone())).collect();
                    charts
                        .into_iter()
                        .map(|chart| chart_view(chart, &targets, refused, move_figure, lang))
                        .collect_view()
                }}
            </ul>
        </section>
    }
    .into_any()
}

/// One chart: its title and id, its figures with their move controls, rename and remove.
fn chart_view(
    chart: ChartRow,
    targets: &[(String, String)],
    refused: RwSignal<Option<(String, String)>>,
    move_figure: impl Fn(String, String) + Copy + 'static,
    lang: Lang,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let others: Vec<(String, String)> = targets
        .iter()
        .filter(|(id, _)| *id != chart.id)
        .cloned()
        .collect();
    let figures = chart
        .figures
        .into_iter()
        .map(|figure| {
            let controls = if figure.part {
                view! { <span class="note">{ChartsMsg::MovesWithWhole.text(lang)}</span> }.into_any()
            } else {
                let target = RwSignal::new(NEW.to_string());
                let select_id = format!("move-{}-{}", chart.id, figure.id);
                let id = figure.id.clone();
                view! {
                    <label for=select_id.clone() class="visually-hidden">{action_on(ChartsMsg::MoveTo, &figure.label, lang)}</label>
                    <select
                        id=select_id
                        data-field="move-target"
                        on:change=move |ev| target.set(event_target_value(&ev))
                    >
                        <option value=NEW>{ChartsMsg::NewChart.text(lang)}</option>
                        {others
                            .iter()
                            .map(|(id, title)| view! { <option value=id.clone()>{title.clone()}</option> })
                            .collect_view()}
                    </select>
                    <button
                        type="button"
                        data-action="move-figure"
                        aria-label=action_on(ChartsMsg::Move, &figure.label, lang)
                        on:click=move |_| move_figure(id.clone(), target.get_untracked())
                    >
                        {ChartsMsg::Move.text(lang)}
                    </button>
                }
                .into_any()
            };
            let here = figure.id.clone();
            let why = move || {
                refused
                    .get()
                    .filter(|(figure, _)| *figure == here)
                    .map(|(_, text)| view! { <p class="form-error" role="alert">{text}</p> })
            };
            view! {
                <li data-figure=figure.id.clone() class:part=figure.part>
                    <span>{figure.text}</span>
                    {controls}
                    {why}
                </li>
            }
        })
        .collect_view();
    let zh = RwSignal::new(chart.raw_title.zh.clone());
    let en = RwSignal::new(chart.raw_title.en.clone());
    let title_refused = RwSignal::new(None::<String>);
    let id = chart.id.clone();
    let rename = move |_| {
        let title = Localized {
            zh: zh.get_untracked(),
            en: en.get_untracked(),
        };
        let mut outcome = Ok(());
        editor
            .draft
            .apply(|r| outcome = grouping::rename_chart(r, &id, title));
        title_refused.set(outcome.err().map(|why| {
            editor
                .draft
                .with_untracked(|r| refusal(&why, "", r, lang))
                .unwrap_or_default()
        }));
    };
    let field = |which: &str| format!("chart-title-{which}-{}", chart.id);
    let (zh_id, en_id) = (field("zh"), field("en"));
    let remove_id = chart.id.clone();
    view! {
        <li class="grouping-chart" data-chart=chart.id.clone()>
            <h3>{chart.title.clone()}</h3>
            <p class="note">
                {ChartsMsg::ChartId.text(lang)}
                <code>{chart.id.clone()}</code>
                {(!chart.described).then(|| format!(" · {}", ChartsMsg::MadeByApp.text(lang)))}
            </p>
            <ul class="draft-items">{figures}</ul>
            <details class="grouping-rename">
                <summary>{action_on(ChartsMsg::Rename, &chart.title, lang)}</summary>
                <div class="edit-field">
                    <label for=zh_id.clone()>{ChartsMsg::ChartTitleZh.text(lang)}</label>
                    <input id=zh_id type="text" lang="zh" data-field="chart-title-zh" prop:value=move || zh.get() on:input=move |ev| zh.set(event_target_value(&ev)) />
                </div>
                <div class="edit-field">
                    <label for=en_id.clone()>{ChartsMsg::ChartTitleEn.text(lang)}</label>
                    <input id=en_id type="text" lang="en" data-field="chart-title-en" prop:value=move || en.get() on:input=move |ev| en.set(event_target_value(&ev)) />
                </div>
                <button type="button" data-action="save-chart-title" on:click=rename>{ChartsMsg::SaveTitle.text(lang)}</button>
                {move || title_refused.get().map(|text| view! { <p class="form-error" role="alert">{text}</p> })}
            </details>
            {chart.described.then(|| view! {
                <p class="grouping-remove">
                    <button
                        type="button"
                        data-action="remove-chart"
                        aria-label=action_on(ChartsMsg::RemoveChart, &chart.title, lang)
                        on:click=move |_| editor.draft.apply(|r| grouping::remove_chart(r, &remove_id))
                    >
                        {ChartsMsg::RemoveChart.text(lang)}
                    </button>
                </p>
            })}
        </li>
    }
}
