//! The breeding farm: what the aid bought (buildings, equipment, sheep) and what followed
//! (visits, training, improved sheep). One panel per unit.

use super::{bars_chart, project_name, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    let name = project_name(report, "breeding_farm", lang, ("种羊场", "Breeding farm"));
    bars_chart(
        ChartId::ProjectsBreedingFarm,
        report,
        state,
        lang.choose(
            format!("{name}：投入与成效"),
            format!("{name}: inputs and results"),
        ),
        None,
        vec![
            (
                t(lang, "新建面积（平方米）", "Built (m²)"),
                PanelKind::Bars,
                &["farm_lab_area", "farm_pen_area"],
            ),
            (
                t(lang, "购置设备（台套）", "Equipment bought (sets)"),
                PanelKind::Bars,
                &["farm_lab_equipment", "farm_machinery"],
            ),
            (
                t(lang, "购入种羊（只）", "Sheep bought (head)"),
                PanelKind::Bars,
                &["farm_ewes", "farm_rams"],
            ),
            (
                t(lang, "技术服务入户（次）", "Technical service visits"),
                PanelKind::Bars,
                &["farm_service_visits"],
            ),
            (
                t(
                    lang,
                    "培训农牧民（人次）",
                    "Farmers and herders trained (person-times)",
                ),
                PanelKind::Bars,
                &["farm_training"],
            ),
            (
                t(lang, "杂交改良肉羊（只）", "Meat sheep improved (head)"),
                PanelKind::Bars,
                &["farm_improved_sheep"],
            ),
        ],
    )
}
