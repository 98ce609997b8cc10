//! Where the aid funds came from: the total, and the Development Area's part beside the rest
//! (the rest is derived, total minus the Development Area's).

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::i18n::format;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    // "Since 2021": the start of the total's period, as the report words it.
    let since = report
        .figure("aid_funds_total")
        .and_then(|f| f.period.as_deref())
        .and_then(|p| p.split('/').next())
        .map(|start| format::date(start, lang));
    let title = match &since {
        Some(since) => lang.choose(
            format!("京蒙帮扶资金来源（{since}以来）"),
            format!("Where the aid funds came from (since {since})"),
        ),
        None => t(lang, "京蒙帮扶资金来源", "Where the aid funds came from"),
    };
    let mut chart = bars_chart(
        ChartId::FundsBySource,
        report,
        state,
        title,
        None,
        vec![
            (
                t(lang, "资金总额（元）", "Total (yuan)"),
                PanelKind::Bars,
                &["aid_funds_total"],
            ),
            (
                t(lang, "其中（元）", "Of which (yuan)"),
                PanelKind::PartsOf("aid_funds_total"),
                &["aid_funds_eda", "aid_funds_other_beijing"],
            ),
        ],
    );
    let value = |id: &str| {
        report
            .figure(id)
            .map(|f| format::figure_value(f, lang, state.money))
    };
    if let (Some(since), Some(total), Some(eda), Some(share), Some(other)) = (
        since,
        value("aid_funds_total"),
        value("aid_funds_eda"),
        value("aid_funds_eda_share"),
        value("aid_funds_other_beijing"),
    ) {
        chart.summary = lang.choose(
            format!("{since}以来共投入京蒙帮扶资金{total}，其中经开区资金{eda}（约占{share}，推算），其余{other}为其他京蒙帮扶资金（推算）。"),
            format!("Since {since}, {total} of Beijing–Inner Mongolia aid was invested; {eda} of it came from the Beijing EDA (about {share}, derived) and the remaining {other} from other Beijing aid (derived)."),
        );
    }
    chart
}
