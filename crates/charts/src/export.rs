//! Exports: a chart as standalone SVG (title and source drawn in) and CSV, the whole report as
//! CSV and JSON. Pure text builders here; the app's `export::download` hands them to the
//! browser.

use crate::compiled::CompiledChart;
use crate::i18n::{format, messages, Msg};
use crate::render::Rendered;
use report::Lang;
use report::{Meta, Report};

/// UTF-8 byte-order mark, so spreadsheet programs open Chinese text correctly.
const BOM: &str = "\u{feff}";

/// Space above and below the chart in an exported SVG, for its title and source line.
const HEADER: u32 = 44;
const FOOTER: u32 = 40;
const MARGIN: u32 = 16;

/// `qingshan-county` from `qingshan-county-2024-06-30`: the report id without its date.
pub fn file_stem(meta: &Meta) -> String {
    let parts: Vec<&str> = meta.id.split('-').collect();
    let keep = parts
        .iter()
        .take_while(|p| !p.bytes().all(|b| b.is_ascii_digit()))
        .count()
        .max(1);
    parts[..keep.min(parts.len())].join("-")
}

/// A file name for an export: `qingshan-county-funds-by-source-zh.csv`.
pub fn file_name(meta: &Meta, subject: &str, lang: Lang, extension: &str) -> String {
    format!("{}-{subject}-{}.{extension}", file_stem(meta), lang.code())
}

/// Text made safe for XML and HTML text and attribute values.
pub fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The chart as a self-contained SVG document: white background, title above, source below.
pub fn standalone_svg(
    compiled: &CompiledChart,
    rendered: &Rendered,
    meta: &Meta,
    lang: Lang,
) -> String {
    let width = rendered.width + 2 * MARGIN;
    let height = rendered.height + HEADER + FOOTER;
    let source = format!(
        "{}{}",
        Msg::ChartSource.text(lang),
        format::citation(meta, lang)
    );
    // The chart's own <svg> nests inside, moved below the title.
    let inner = rendered
        .svg
        .replacen("<svg ", &format!("<svg x=\"{MARGIN}\" y=\"{HEADER}\" "), 1);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <text x=\"{MARGIN}\" y=\"28\" font-size=\"17\" font-weight=\"bold\" fill=\"#1b1f24\">{}</text>\
         {inner}\
         <text x=\"{MARGIN}\" y=\"{}\" font-size=\"11\" fill=\"#4d5560\">{}</text>\
         </svg>",
        escape_xml(&compiled.title),
        height - 16,
        escape_xml(&source),
    )
}

fn csv_field(text: &str) -> String {
    // Quote every field; neutralise spreadsheet formulas: a field starting with what a
    // spreadsheet reads as one (OWASP's list, and the full-width forms Chinese input gives).
    let text = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
            if text.parse::<f64>().is_err() =>
        {
            format!("'{text}")
        }
        _ => text.to_string(),
    };
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn csv(rows: Vec<Vec<String>>) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let line: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The chart's table as CSV, the same rows as its Table tab.
pub fn chart_csv(compiled: &CompiledChart, lang: Lang) -> String {
    let mut rows = vec![[
        "id",
        Msg::ColumnItem.text(lang),
        "value",
        Msg::ColumnValue.text(lang),
        Msg::ColumnQualifier.text(lang),
        Msg::ColumnPeriod.text(lang),
        Msg::ColumnSource.text(lang),
    ]
    .map(String::from)
    .to_vec()];
    for datum in &compiled.data {
        rows.push(vec![
            datum.key.clone(),
            datum.label.clone(),
            datum.value.map(|v| v.to_string()).unwrap_or_default(),
            datum.value_text.clone(),
            messages::qualifier(datum.qualifier, lang)
                .unwrap_or(Msg::AsReported.text(lang))
                .to_string(),
            datum.period_text.clone(),
            datum.provenance.text(lang),
        ]);
    }
    csv(rows)
}

/// Every figure of the report as CSV, with canonical values, qualifiers and sources.
pub fn report_csv(report: &Report) -> String {
    let header = [
        "id",
        "label_zh",
        "label_en",
        "value",
        "unit",
        "qualifier",
        "period",
        "theme",
        "project",
        "source",
        "formula",
    ];
    let mut rows = vec![header.map(String::from).to_vec()];
    for f in &report.figures {
        rows.push(vec![
            f.id.clone(),
            f.label.zh.clone(),
            f.label.en.clone(),
            f.value.to_string(),
            f.unit.code().to_string(),
            f.qualifier.code().to_string(),
            f.period.clone().unwrap_or_default(),
            f.theme.code().to_string(),
            f.project.clone().unwrap_or_default(),
            f.source.clone().unwrap_or_default(),
            f.derivation
                .as_ref()
                .map(|d| d.formula.clone())
                .unwrap_or_default(),
        ]);
    }
    csv(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled report's first chart, in Chinese.
    fn funds_by_source(report: &report::Report) -> crate::compiled::CompiledChart {
        let charts = crate::compile::charts(report);
        crate::compile::chart(
            report,
            &charts[0],
            Lang::Zh,
            crate::i18n::money::MoneyUnit::Auto,
        )
    }

    #[test]
    fn file_names_are_meaningful() {
        let mut meta = report::bundled().unwrap().meta;
        meta.id = "qingshan-county-2024-06-30".into();
        assert_eq!(
            file_name(&meta, "funds-by-source", Lang::Zh, "csv"),
            "qingshan-county-funds-by-source-zh.csv"
        );
    }

    #[test]
    fn chart_csv_has_a_bom_and_a_row_per_item() {
        let report = report::bundled().unwrap();
        let compiled = funds_by_source(&report);
        let text = chart_csv(&compiled, Lang::Zh);
        assert!(text.starts_with(BOM));
        assert_eq!(text.lines().count(), compiled.data.len() + 1);
        let label = &report.figure("aid_funds_eda").unwrap().label.zh;
        assert!(
            text.contains(&format!(
                "\"aid_funds_eda\",\"{label}\",\"30776000\",\"3077.6万元\""
            )),
            "{text}"
        );
    }

    #[test]
    fn report_csv_lists_every_figure() {
        let report = report::bundled().unwrap();
        let text = report_csv(&report);
        assert_eq!(text.lines().count(), report.figures.len() + 1);
        assert!(
            text.contains("\"beneficiaries\",\"惠及农牧民群众\""),
            "{text}"
        );
        assert!(text.contains("\"yuan_per_year\",\"at_least\""));
    }

    #[test]
    fn report_json_round_trips() {
        let report = report::bundled().unwrap();
        let again = report::validate::load(&report.to_json(), Some(report::ORIGINAL_TEXT)).unwrap();
        assert_eq!(again, report);
    }

    #[test]
    fn formulas_cannot_leak_into_spreadsheets() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-5"), "\"-5\"");
        for hostile in ["\t=1+1", "\r=1+1", "＝1+1", "＋1+1", "－1+1", "＠SUM(A1)"] {
            assert_eq!(csv_field(hostile), format!("\"'{hostile}\""), "{hostile:?}");
        }
    }

    #[test]
    fn the_standalone_svg_carries_title_and_source() {
        let report = report::bundled().unwrap();
        let compiled = funds_by_source(&report);
        let rendered = crate::render::render(&compiled, 600, Lang::Zh);
        let svg = standalone_svg(&compiled, &rendered, &report.meta, Lang::Zh);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(&compiled.title) && svg.contains(&report.meta.publisher.zh));
        assert_eq!(svg.matches("<svg").count(), 2);
    }
}
