//! Where the aid funds came from: the total, and the Development Area's part beside the rest
//! (the rest is derived, total minus the Development Area's).

use super::{bars_chart, t, ChartId, ChartSpec};
use crate::data::Report;
use crate::i18n::format;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    let mut chart = bars_chart(
        ChartId::FundsBySource,
        report,
        state,
        t(
            lang,
            "京蒙帮扶资金来源（2021年以来）",
            "Where the aid funds came from (since 2021)",
        ),
        None,
        vec![
            (
                t(lang, "资金总额（元）", "Total (yuan)"),
                false,
                &["aid_funds_total"],
            ),
            (
                t(lang, "其中（元）", "Of which (yuan)"),
                true,
                &["aid_funds_eda", "aid_funds_other_beijing"],
            ),
        ],
    );
    let value = |id: &str| {
        report
            .figure(id)
            .map(|f| format::figure_value(f, lang, state.money))
    };
    if let (Some(total), Some(eda), Some(share), Some(other)) = (
        value("aid_funds_total"),
        value("aid_funds_eda"),
        value("aid_funds_eda_share"),
        value("aid_funds_other_beijing"),
    ) {
        chart.summary = lang.choose(
            format!("2021年以来共投入京蒙帮扶资金{total}，其中经开区资金{eda}（约占{share}，推算），其余{other}为其他京蒙帮扶资金（推算）。"),
            format!("Since 2021, {total} of Beijing–Inner Mongolia aid was invested; {eda} of it came from the Beijing EDA (about {share}, derived) and the remaining {other} from other Beijing aid (derived)."),
        );
    }
    chart
}
