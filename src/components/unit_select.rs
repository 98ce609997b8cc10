//! The choice of unit for amounts of money, applied to every chart and table.

use super::context::use_view_state;
use charts::i18n::money::MoneyUnit;
use charts::i18n::{messages, Msg};
use leptos::prelude::*;

/// A select of money units offered in the current language (and the current unit).
#[component]
pub fn UnitSelect() -> impl IntoView {
    let state = use_view_state();
    let lang = move || state.with(|s| s.lang);
    let options = move || {
        let current = state.with(|s| s.money);
        MoneyUnit::offered(lang(), current)
            .into_iter()
            .map(|unit| {
                view! {
                    <option value=unit.code() selected=unit == current>
                        {messages::money_unit(unit, lang())}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="unit-select">
            <span>{move || Msg::MoneyUnit.text(lang())}</span>
            <select
                data-testid="unit-select"
                prop:value=move || state.with(|s| s.money.code())
                on:change=move |event| {
                    if let Some(unit) = MoneyUnit::from_code(&event_target_value(&event)) {
                        state.update(|s| s.money = unit);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
