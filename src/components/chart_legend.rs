//! The key to a chart's encoding: which qualifiers, statuses or sides its marks show.

use super::context::use_lang;
use charts::compile::{CompiledChart, Layout};
use charts::i18n::{messages, Msg};
use charts::render::{legend, style::theme_color};
use leptos::prelude::*;
use report::{Qualifier, Status, Theme};

/// The legend of a chart.
#[component]
pub fn ChartLegend(
    /// The chart's data.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let entries: Vec<(String, String)> = compiled.with(|compiled| {
            let color = compiled
                .data
                .first()
                .map_or(theme_color(Theme::Funds), |d| theme_color(d.theme));
            match &compiled.layout {
                Layout::Bars(_) => Qualifier::ALL
                    .iter()
                    .copied()
                    // Each swatch in the colour of the first item it explains.
                    .filter_map(|q| {
                        compiled
                            .data
                            .iter()
                            .find(|d| d.qualifier == q)
                            .map(|d| (q, theme_color(d.theme)))
                    })
                    .map(|(q, color)| {
                        let text =
                            messages::qualifier(q, lang).unwrap_or(Msg::AsReported.text(lang));
                        (legend::qualifier(q, color), text.to_string())
                    })
                    .collect(),
                Layout::Timeline(entries) => [
                    Status::Done,
                    Status::UnderWay,
                    Status::Expected,
                    Status::Signed,
                ]
                .into_iter()
                .filter(|s| entries.iter().any(|e| e.status == *s))
                .map(|s| {
                    (
                        legend::status(s, color),
                        messages::status(s, lang).to_string(),
                    )
                })
                .collect(),
                Layout::Pairings(_) => vec![
                    (
                        legend::side(true, color),
                        Msg::AidingSide.text(lang).to_string(),
                    ),
                    (
                        legend::side(false, color),
                        Msg::AidedSide.text(lang).to_string(),
                    ),
                ],
            }
        });
        let items = entries
            .into_iter()
            .map(|(svg, text)| {
                view! {
                    <li>
                        <span class="swatch" inner_html=svg></span>
                        {text}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="chart-legend">
                <span class="legend-title">{Msg::Legend.text(lang)}</span>
                <ul>{items}</ul>
            </div>
        }
    }
}
