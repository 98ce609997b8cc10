//! The chart's numbers as a real table: value with unit, qualifier, period and source.

use super::context::use_lang;
use super::pager::{page_bounds, Pager};
use charts::compiled::CompiledChart;
use charts::i18n::{format, messages, Msg};
use leptos::prelude::*;

/// The table of a chart.
#[component]
pub fn ChartTable(
    /// The chart's data.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
) -> impl IntoView {
    let lang = use_lang();
    let page = RwSignal::new(0);
    move || {
        let lang = lang.get();
        compiled.with(|compiled| {
            let total = compiled.data.len();
            let (start, end) = page_bounds(total, page.get());
            let rows = compiled.data[start..end]
                .iter()
                .map(|datum| {
                    let qualifier = messages::qualifier(datum.qualifier, lang)
                        .unwrap_or(Msg::AsReported.text(lang));
                    let source = datum.provenance.text(lang);
                    let whole = datum.whole.as_ref().map(|whole| {
                        view! { <span class="row-whole">{format::part_of_row(whole, lang)}</span> }
                    });
                    view! {
                        <tr data-key=datum.key.clone() data-qualifier=datum.qualifier.code()>
                            <th scope="row">{datum.label.clone()}{whole}</th>
                            <td class="num">{datum.value_text.clone()}</td>
                            <td>{qualifier}</td>
                            <td>{datum.period_text.clone()}</td>
                            <td lang="zh-CN" class="source-cell">{source}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="chart-table">
                        <caption>{compiled.title.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{Msg::ColumnItem.text(lang)}</th>
                                <th scope="col">{Msg::ColumnValue.text(lang)}</th>
                                <th scope="col">{Msg::ColumnQualifier.text(lang)}</th>
                                <th scope="col">{Msg::ColumnPeriod.text(lang)}</th>
                                <th scope="col">{Msg::ColumnSource.text(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Pager total page />
            }
        })
    }
}
