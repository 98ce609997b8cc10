//! Two reports side by side on the figures both have: both values, the change (derived, with
//! its formula) and both sources.

use super::context::{use_lang, use_view_state};
use super::pager::{page_bounds, Pager};
use super::report_file_input::ReportFileInput;
use crate::state::reports::{use_reports, Loaded, Origin, Slot};
use charts::compiled::{figure_datum, Datum};
use charts::i18n::{format, Msg};
use leptos::prelude::*;
use report::compare::{compare, in_order, unmatched, Change};
use report::Lang;
use report::Report;

/// The compare view.
#[component]
pub fn CompareView() -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let body = move || {
        let main = reports.main.get();
        match reports.second.get() {
            None => view! { <CompareChoice main /> }.into_any(),
            Some(second) => view! { <CompareTable main second /> }.into_any(),
        }
    };
    view! {
        <section class="compare-view" data-view="compare">
            <h1>{move || Msg::CompareTitle.text(lang.get())}</h1>
            <p class="note">{move || Msg::CompareHelp.text(lang.get())}</p>
            {body}
        </section>
    }
}

/// Choosing the second report.
#[component]
fn CompareChoice(main: Loaded) -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let with_bundled = (main.origin != Origin::Bundled).then(|| {
        view! {
            <button type="button" data-action="compare-bundled" on:click=move |_| reports.use_bundled(Slot::Second)>
                {move || Msg::CompareWithBundled.text(lang.get())}
            </button>
        }
    });
    view! {
        <ReportFileInput target=Slot::Second label=Msg::ChooseSecondFile />
        <p class="note">{move || Msg::DropHint.text(lang.get())}</p>
        {with_bundled}
    }
}

/// The table of shared figures.
#[component]
fn CompareTable(main: Loaded, second: Loaded) -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let state = use_view_state();
    let page = RwSignal::new(0);
    let table = move || {
        let lang = lang.get();
        let money = state.with(|s| s.money);
        let (earlier, later) = in_order(&main.report, &second.report);
        let rows = compare(earlier, later);
        let (only_earlier, only_later) = unmatched(earlier, later);
        let counts = format::compare_counts(rows.len(), only_earlier, only_later, lang);
        let (earlier_name, later_name) = (column(earlier, lang), column(later, lang));
        let total = rows.len();
        let (start, end) = page_bounds(total, page.get());
        let body = rows[start..end]
            .iter()
            .map(|row| {
                let before = figure_datum(earlier, row.before, lang, money);
                let after = figure_datum(later, row.after, lang, money);
                let change = format::change(row.change, row.before, row.after, lang, money);
                view! {
                    <tr data-figure-id=row.before.id.clone() data-indicative=row.indicative().then_some("true")>
                        <th scope="row">{after.label.clone()}</th>
                        <td class="num">{value_cell(&before, lang)}</td>
                        <td class="num">{value_cell(&after, lang)}</td>
                        <td class="num change">{change} {change_bar(row.change)}</td>
                        <td class="sources">
                            <p>
                                <strong>{earlier_name.clone()}</strong>
                                " "
                                <span lang="zh-CN">{before.provenance.text(lang)}</span>
                            </p>
                            <p>
                                <strong>{later_name.clone()}</strong>
                                " "
                                <span lang="zh-CN">{after.provenance.text(lang)}</span>
                            </p>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p data-testid="compare-counts">{counts}</p>
            <div class="table-scroll">
                <table class="chart-table compare-table" data-testid="compare-table">
                    <caption>{Msg::ChangeFormula.text(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{Msg::FigureColumn.text(lang)}</th>
                            <th scope="col">{earlier_name.clone()}</th>
                            <th scope="col">{later_name.clone()}</th>
                            <th scope="col">{Msg::Change.text(lang)}</th>
                            <th scope="col">{Msg::Sources.text(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <Pager total page />
        }
    };
    view! {
        {table}
        <button type="button" class="tool" data-action="remove-second" on:click=move |_| reports.clear_second()>
            {move || Msg::RemoveSecond.text(lang.get())}
        </button>
    }
}

/// "青山县 · 2024年6月30日": which report a column is (its regions and date).
fn column(report: &Report, lang: Lang) -> String {
    let date = report
        .meta
        .published
        .get(..10)
        .map(|d| format::date(d, lang))
        .unwrap_or_default();
    format!("{} · {date}", format::places(&report.meta.region, lang))
}

/// The value with its qualifier, and its period underneath.
fn value_cell(datum: &Datum, lang: Lang) -> impl IntoView {
    view! {
        {datum.value_with_qualifier(lang)}
        <br />
        <small class="period">{datum.period_text.clone()}</small>
    }
}

/// A small bar of the relative change from a centre line, capped at ±100 %, for scanning the
/// column; the number beside it is the reading.
fn change_bar(change: Change) -> Option<impl IntoView> {
    let Change::Difference {
        percent: Some(percent),
        ..
    } = change
    else {
        return None;
    };
    let half = percent.clamp(-100.0, 100.0) / 2.0;
    let x = if half < 0.0 { 50.0 + half } else { 50.0 };
    Some(view! {
        <svg class="change-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x=x y="1" width=half.abs() height="6"></rect>
            <line x1="50" y1="0" x2="50" y2="8"></line>
        </svg>
    })
}
