//! People trained or exchanged, by group. Persons, sessions and person-times sit in separate
//! panels, so the farm's 20,000+ person-times do not flatten the small groups.

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::TrainingByGroup,
        report,
        state,
        t(lang, "培训与人才交流", "Training and exchange of people"),
        Some(t(
            lang,
            "人数、期次与人次分栏显示，各用各的刻度。",
            "Persons, sessions and person-times are in separate panels, each on its own scale.",
        )),
        vec![
            (
                t(lang, "培训（人）", "Trained (persons)"),
                PanelKind::Bars,
                &[
                    "cadre_training_persons",
                    "teachers_trained",
                    "medical_staff_trained",
                    "technical_staff_trained",
                ],
            ),
            (
                t(
                    lang,
                    "挂职与支教（人）",
                    "Seconded and sent to teach (persons)",
                ),
                PanelKind::Bars,
                &["cadres_to_beijing", "cadres_from_eda", "teachers_sent"],
            ),
            (
                t(lang, "培训期次", "Training sessions"),
                PanelKind::Bars,
                &["cadre_training_sessions", "technical_training_sessions"],
            ),
            (
                t(
                    lang,
                    "种羊场培训农牧民（人次）",
                    "Farmers trained by the breeding farm (person-times)",
                ),
                PanelKind::Bars,
                &["farm_training"],
            ),
        ],
    )
}
