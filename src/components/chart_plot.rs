//! The drawn chart: SVG from `render`, sized to its container, with a tooltip on hover, tap
//! and keyboard focus. Each data item has a focusable overlay (roving tabindex: Tab enters,
//! arrow keys move), labelled for screen readers.

use super::chart_tooltip::ChartTooltip;
use super::context::{use_lang, use_view_state, ChartWidthCache};
use crate::hooks::use_element_width::{use_element_width, ElementWidth};
use charts::compiled::CompiledChart;
use charts::i18n::Msg;
use charts::{render, render::Rendered};
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The interactive chart drawing.
#[component]
pub fn ChartPlot(
    /// Which chart, by id (its highlighted item is kept in the view state).
    id: String,
    /// What to draw.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
    /// Id of the element holding the chart's summary.
    summary_id: String,
    /// A small overview chart (its width is remembered apart from full-size ones).
    compact: bool,
) -> impl IntoView {
    let lang = use_lang();
    let container = NodeRef::<Div>::new();
    let kind = usize::from(compact);
    let widths = use_context::<ChartWidthCache>().map(|c| c.0);
    let guess = widths.map_or(0, |w| w.with_value(|w| w[kind]));
    let ElementWidth { width } = use_element_width(container, guess, move |px| {
        if let Some(widths) = widths {
            widths.update_value(|w| w[kind] = px);
        }
    });
    let state = use_view_state();
    // Care mode draws the chart's text larger.
    let text_scale = Memo::new(move |_| render::style::text_scale(state.with(|s| s.care)));
    let rendered: Memo<Option<Rendered>> = Memo::new(move |_| {
        let width = width.get();
        (width > 0).then(|| {
            compiled.with(|s| render::render_scaled(s, width, lang.get(), text_scale.get()))
        })
    });
    let id = StoredValue::new(id);
    let is_this = move |chart: &Option<String>| id.with_value(|id| chart.as_ref() == Some(id));
    // A highlighted item from a shared link is shown at once.
    let linked = state.with_untracked(|s| {
        let key = s.item.as_deref().filter(|_| is_this(&s.chart))?;
        compiled.with_untracked(|compiled| compiled.data.iter().position(|d| d.key == key))
    });
    let active = RwSignal::new(linked);
    // Escape hides the tooltip without losing the keyboard position; any move shows it again.
    let dismissed = RwSignal::new(false);
    Effect::new(move |_| {
        active.track();
        dismissed.set(false);
    });
    let shown = Signal::derive(move || active.get().filter(|_| !dismissed.get()));
    // Clicking or tapping an item highlights it in the view state, so a shared link shows it.
    let pin = move |item: Option<usize>| {
        let key =
            item.and_then(|i| compiled.with_untracked(|s| s.data.get(i).map(|d| d.key.clone())));
        state.update(|s| {
            if !is_this(&s.chart) {
                s.tab = crate::state::Tab::Chart;
            }
            s.chart = Some(id.get_value());
            s.item = key;
        });
    };
    // Only the drawn items take keyboard focus (a crowded chart draws its first ones).
    let count = move || compiled.with(|s| s.data.len().min(charts::compiled::MAX_DRAWN));

    let point = move |event: &PointerEvent| {
        let element = container.get_untracked()?;
        let rect = element.get_bounding_client_rect();
        let (x, y) = (
            f64::from(event.client_x()) - rect.left(),
            f64::from(event.client_y()) - rect.top(),
        );
        rendered.with_untracked(|r| r.as_ref().and_then(|r| r.item_at(x, y)))
    };
    let on_pointer = move |event: PointerEvent| active.set(point(&event));
    let on_tap = move |event: PointerEvent| {
        let item = point(&event);
        active.set(item);
        pin(item);
    };
    let on_leave = move |event: PointerEvent| {
        // On touch screens the tooltip stays after a tap; the mouse clears it on leaving.
        if event.pointer_type() == "mouse" && !focus_inside(container) {
            active.set(None);
        }
    };
    let focus_item = move |item: usize| {
        active.set(Some(item));
        if let Some(element) = container
            .get_untracked()
            .and_then(|c| {
                c.query_selector(&format!("[data-item=\"{item}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    };
    let on_key = move |event: KeyboardEvent| {
        let n = count();
        let Some(current) = active.get_untracked() else {
            return;
        };
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => (current + 1) % n,
            "ArrowLeft" | "ArrowUp" => (current + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            "Escape" => {
                // Hide the tooltip; focus and the roving position stay where they are.
                dismissed.set(true);
                return;
            }
            _ => return,
        };
        event.prevent_default();
        focus_item(next);
    };
    let tooltip_id = format!("{summary_id}-tooltip");
    let overlays = {
        let tooltip_id = tooltip_id.clone();
        move || {
            let rendered = rendered.get()?;
            let marks = compiled.with(|s| {
                s.data
                    .iter()
                    .enumerate()
                    .filter_map(|(item, datum)| {
                        let area = rendered.area_of(item)?;
                        let label = format!(
                            "{}{}{}{}{}",
                            datum.label,
                            lang.get().choose("：", ": "),
                            datum.value_with_qualifier(lang.get()),
                            lang.get().choose("，", ", "),
                            datum.period_text
                        );
                        Some(view! {
                            <button
                                type="button"
                                class="chart-mark"
                                data-item=item
                                tabindex=move || if active.get().unwrap_or(0) == item { 0 } else { -1 }
                                aria-label=label
                                aria-describedby=tooltip_id.clone()
                                style:left=format!("{}px", area.x)
                                style:top=format!("{}px", area.y)
                                style:width=format!("{}px", area.w)
                                style:height=format!("{}px", area.h)
                                on:focus=move |_| active.set(Some(item))
                                on:click=move |_| pin(Some(item))
                            ></button>
                        })
                    })
                    .collect_view()
            });
            Some(marks)
        }
    };
    view! {
        <p class="visually-hidden">{move || Msg::ChartKeyboardHint.text(lang.get())}</p>
        <div
            class="chart-plot"
            node_ref=container
            role="group"
            aria-describedby=summary_id.clone()
            style:height=move || rendered.with(|r| r.as_ref().map(|r| format!("{}px", r.height)))
            on:pointermove=on_pointer
            on:pointerdown=on_tap
            on:pointerleave=on_leave
            on:keydown=on_key
            on:focusout=move |_| {
                if !focus_inside(container) {
                    active.set(None);
                }
            }
        >
            <div
                class="chart-svg"
                inner_html=move || {
                    rendered
                        .with(|r| r.as_ref().map(|r| r.svg.clone()))
                        .unwrap_or_else(|| {
                            compiled.with(|s| render::unmeasured_scaled(s, lang.get(), compact, text_scale.get()))
                        })
                }
            ></div>
            {overlays}
            <ChartTooltip compiled rendered active=shown id=tooltip_id />
        </div>
    }
}

/// Whether keyboard focus is inside `container`.
fn focus_inside(container: NodeRef<Div>) -> bool {
    let focused = document().active_element();
    match (container.get_untracked(), focused) {
        (Some(c), Some(f)) => c.contains(Some(&f)),
        _ => false,
    }
}
