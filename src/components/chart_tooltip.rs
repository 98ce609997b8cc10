//! The tooltip of the active data item: exact value with unit and qualifier, period, and the
//! source sentence (or the formula of a derived value).

use super::context::use_lang;
use super::provenance::ProvenanceView;
use charts::compiled::CompiledChart;
use charts::i18n::{format, Msg};
use charts::render::Rendered;
use leptos::prelude::*;

/// Tooltip width the position is clamped for, in px.
const TOOLTIP_WIDTH: i32 = 300;

/// The tooltip; hidden when no item is active.
#[component]
pub fn ChartTooltip(
    /// The chart's data.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
    /// Where the items are drawn.
    #[prop(into)]
    rendered: Signal<Option<Rendered>>,
    /// The active item.
    #[prop(into)]
    active: Signal<Option<usize>>,
    /// Element id, for `aria-describedby`.
    id: String,
) -> impl IntoView {
    let lang = use_lang();
    let area = move || {
        let item = active.get()?;
        rendered.with(|r| {
            r.as_ref()
                .and_then(|r| r.area_of(item).map(|a| (a, r.width as i32)))
        })
    };
    let content = move || {
        let item = active.get()?;
        let datum = compiled.with(|s| s.data.get(item).cloned())?;
        let lang = lang.get();
        Some(view! {
            <p class="tooltip-label">{datum.label.clone()}</p>
            <p class="tooltip-value">{datum.value_with_qualifier(lang)}</p>
            <p class="tooltip-period">
                {format::labelled(Msg::Period, &datum.period_text, lang)}
            </p>
            <ProvenanceView provenance=datum.provenance.clone() />
        })
    };
    view! {
        <div
            class="chart-tooltip"
            role="tooltip"
            id=id
            hidden=move || active.get().is_none()
            style:left=move || area().map(|(a, width)| format!("{}px", (a.x + 8).min(width - TOOLTIP_WIDTH).max(0)))
            style:top=move || area().map(|(a, _)| format!("{}px", a.y + a.h))
        >
            {content}
        </div>
    }
}
