//! A data file's problems in plain words, in either language:
//! `figures[12].value: expected a number, found "一千万"`.

use super::Lang;
use crate::encoding::BinaryKind;
use crate::problem::{Found, JsonType, Problem, Reading};
use crate::{file_text, DataError};
use std::fmt;

impl Problem {
    /// The problem explained for a county officer, with any invisible character of the file's
    /// text it quotes named (`⟨U+200B⟩`).
    pub fn text(&self, lang: Lang) -> String {
        file_text::visible(&self.words(lang)).into_owned()
    }

    fn words(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: String, e: String| if zh { z } else { e };
        match self {
            Problem::TooLarge { bytes, limit } => {
                let (size, limit) = sizes(*bytes, *limit, lang);
                pick(
                    format!("文件太大（{size}），上限为 {limit}"),
                    format!("the file is too large ({size}); the limit is {limit}"),
                )
            }
            Problem::OverLimit { limit } => {
                let limit = mebibytes(*limit);
                pick(
                    format!("文件超过上限 {limit}，已停止读取"),
                    format!("the file is larger than the limit of {limit}; reading stopped there"),
                )
            }
            Problem::TextTooLong { chars, limit } => {
                let (chars, limit) = (super::group_thousands(&chars.to_string()), super::group_thousands(&limit.to_string()));
                pick(
                    format!("原文有 {chars} 个字符，超过上限 {limit}（约 50 页）：请一次只放入一份报告"),
                    format!("the text has {chars} characters, more than the {limit} (about 50 pages) a draft takes: give one report at a time"),
                )
            }
            Problem::EmptyFile => pick(
                "文件是空的：里面没有内容".into(),
                "the file is empty: there is nothing in it".into(),
            ),
            Problem::NotText { kind } => {
                let what = kind.map(|kind| binary_kind(kind, lang));
                match what {
                    Some(what) => pick(
                        format!("这不是文本文件，而是{what}：报告文件是 .json 文本"),
                        format!("this is not a text file but {what}: a report file is .json text"),
                    ),
                    None => pick(
                        "这不是文本文件：报告文件是 .json 文本".into(),
                        "this is not a text file: a report file is .json text".into(),
                    ),
                }
            }
            Problem::LoneSurrogate { line, column } => pick(
                format!("第{line}行第{column}列的转义只有半个字符（如 \\ud83d 缺了后一半），不代表任何字符：可能是编辑时把表情符号截断了"),
                format!("the escape at line {line}, column {column} is half a character (such as \\ud83d without its second half) and stands for none: an edit may have cut an emoji in two"),
            ),
            Problem::NotJson {
                line,
                column,
                truncated: true,
            } => pick(
                format!("文件在第{line}行第{column}列意外结束，可能不完整"),
                format!("the file ends early, at line {line}, column {column}: it may be cut off"),
            ),
            Problem::NotJson { line, column, .. } => pick(
                format!("第{line}行第{column}列不是有效的 JSON"),
                format!("not valid JSON at line {line}, column {column}"),
            ),
            Problem::NumberTooLarge { line, column } => pick(
                format!("第{line}行第{column}列的数字太大，本应用无法表示（上限约为 1.8e308）"),
                format!("the number at line {line}, column {column} is too large to be held (the limit is about 1.8e308)"),
            ),
            Problem::TooDeep {
                line,
                column,
                limit,
            } => pick(
                format!("列表和对象嵌套超过{limit}层（第{line}行第{column}列），报告文件不会嵌套这么深"),
                format!("lists and objects are nested more than {limit} levels deep (at line {line}, column {column}); a report is never nested so deeply"),
            ),
            Problem::BadEncoding { encoding } => pick(
                format!("文件无法按 {} 编码读取：请用“另存为”把它存成 UTF-8 编码", encoding.name()),
                format!("the file cannot be read as {} text: use \"Save as\" to save it in UTF-8", encoding.name()),
            ),
            Problem::Unreadable { detail } => pick(
                format!("无法读取文件：{detail}"),
                format!("the file could not be read: {detail}"),
            ),
            Problem::WrongType { expected, found } => {
                let expected: Vec<&str> = expected.iter().map(|t| type_name(*t, lang)).collect();
                pick(
                    format!(
                        "应为{}，实际为{}",
                        expected.join("或"),
                        found_text(found, lang)
                    ),
                    format!(
                        "expected {}, found {}",
                        expected.join(" or "),
                        found_text(found, lang)
                    ),
                )
            }
            Problem::Missing => pick("缺少此项".into(), "missing".into()),
            Problem::Unknown => pick(
                "格式中没有这一项（拼写错误？）".into(),
                "not a field of the format (a typo?)".into(),
            ),
            Problem::NotAllowed { found, allowed } => pick(
                format!(
                    "{}不是可用的值，可用：{}",
                    found_text(found, lang),
                    allowed.join("、")
                ),
                format!(
                    "{} is not allowed; use one of: {}",
                    found_text(found, lang),
                    allowed.join(", ")
                ),
            ),
            Problem::Unmatched { found, pattern } => pick(
                format!("{}的写法不符合格式：应符合 {pattern}", found_text(found, lang)),
                format!(
                    "{} is not written as the format asks: it must match {pattern}",
                    found_text(found, lang)
                ),
            ),
            Problem::Empty => pick("不能为空".into(), "must not be empty".into()),
            Problem::TooSmall { minimum } => pick(
                format!("不能小于{minimum}"),
                format!("must be at least {minimum}"),
            ),
            Problem::BadId { id } => pick(
                format!("编号“{id}”只能用小写字母、数字和下划线，以字母开头，不超过64个字符"),
                format!(
                    "the id \"{id}\" must be snake_case: a-z, 0-9 and _, starting with a letter, at most 64 characters"
                ),
            ),
            Problem::DuplicateId { id } => pick(
                format!("编号“{id}”重复使用"),
                format!("the id \"{id}\" is used twice"),
            ),
            Problem::NoSuchFigure { id } => pick(
                format!("没有编号为“{id}”的数字"),
                format!("no figure has the id \"{id}\""),
            ),
            Problem::NoSuchProject { id } => pick(
                format!("没有编号为“{id}”的项目"),
                format!("no project has the id \"{id}\""),
            ),
            Problem::NoSuchPlace { id } => pick(
                format!("报告的地区和协作方中没有编号为“{id}”的地方"),
                format!("no region or partner of the report has the id \"{id}\""),
            ),
            Problem::NoSuchIndicator { id } => pick(
                format!("指标词表中没有编号为“{id}”的指标"),
                format!("the vocabulary has no indicator with the id \"{id}\""),
            ),
            Problem::UnitNotIndicators {
                indicator,
                unit,
                expected,
            } => pick(
                format!(
                    "指标“{indicator}”的单位是 {}，不是 {unit}",
                    expected.join("、")
                ),
                format!(
                    "the indicator \"{indicator}\" is measured in {}, not {unit}",
                    expected.join(", ")
                ),
            ),
            Problem::PartOfItself => pick(
                "数字不能是它自己的一部分".into(),
                "a figure cannot be a part of itself".into(),
            ),
            Problem::PartUnitDiffers {
                whole,
                unit,
                expected,
            } => pick(
                format!("部分的单位 {unit} 与总数“{whole}”的单位 {expected} 不同"),
                format!("the part is in {unit}, but its whole \"{whole}\" is in {expected}"),
            ),
            Problem::PartNotSummable { id } => pick(
                format!("“{id}”是平均数、比率或变化，不能有部分，也不能是部分"),
                format!("\"{id}\" is an average, a rate or a change: it has no parts and is no part"),
            ),
            Problem::PartOfOtherIndicator {
                whole,
                expected,
                found,
            } => pick(
                format!("这一指标是“{expected}”的一部分，但总数“{whole}”的指标是“{found}”"),
                format!("this indicator is a part of \"{expected}\", but the whole \"{whole}\" measures \"{found}\""),
            ),
            Problem::PartExceedsWhole {
                whole,
                value,
                whole_value,
            } => pick(
                format!("部分（{value}）大于总数“{whole}”（{whole_value}）"),
                format!("the part ({value}) is larger than its whole \"{whole}\" ({whole_value})"),
            ),
            Problem::BadPlaceCode { code } => pick(
                format!("行政区划代码“{code}”应为6位数字"),
                format!("the administrative code \"{code}\" should be 6 digits"),
            ),
            Problem::BadSourceUrl => pick(
                "来源地址应以 https:// 或 http:// 开头".into(),
                "the source address should start with https:// or http://".into(),
            ),
            Problem::CountMismatch {
                id,
                figure_value,
                number,
            } => pick(
                format!("数字“{id}”为{figure_value}，但此处写的是{number}"),
                format!("figure \"{id}\" is {figure_value} but the pairing says {number}"),
            ),
            Problem::NotFinite => pick("应为有限的数字".into(), "expected a finite number".into()),
            Problem::Negative => pick(
                "数字不能为负：下降、减少等写在名称里，数值记为正数".into(),
                "expected a number of at least 0: a fall is said in the label, its size is positive".into(),
            ),
            Problem::NotWhole { unit } => pick(
                format!("单位为 {unit} 的数字必须是整数（且不超过 9007199254740992）"),
                format!("values in {unit} must be whole numbers (up to 9007199254740992)"),
            ),
            Problem::ValueNotStated { value, unit, stated } => pick(
                format!("值为 {value} {unit}，但引文{}", readings(stated, lang)),
                format!("is {value} {unit}, but its quote {}", readings(stated, lang)),
            ),
            Problem::UnitNotStated { unit, stated } => pick(
                format!("单位为 {unit}，但引文{}", readings(stated, lang)),
                format!("is in {unit}, but its quote {}", readings(stated, lang)),
            ),
            Problem::CounterNotStated { counter, words } => {
                let words = words.join("、");
                match counter {
                    Some(counter) => pick(
                        format!("量词为“{counter}”，但引文中这个数字的量词是“{words}”"),
                        format!("the measure word is \"{counter}\", but the quote counts this number in \"{words}\""),
                    ),
                    None => pick(
                        format!("引文中这个数字的量词是“{words}”，应写入 counter，否则会显示为单位的默认量词"),
                        format!("the quote counts this number in \"{words}\": give it as the counter, or it is shown with the unit's usual word"),
                    ),
                }
            }
            Problem::QualifierDropped {
                qualifier,
                stated,
                phrase,
            } => pick(
                format!("限定为 {qualifier}，但引文写的是“{phrase}”（{stated}），不能去掉"),
                format!("is {qualifier}, but the quote says \"{phrase}\" ({stated}), which is never dropped"),
            ),
            Problem::PairingNumberNotStated { number, stated } => pick(
                format!("数量为 {number}，但引文{}", readings(stated, lang)),
                format!("is {number}, but its quote {}", readings(stated, lang)),
            ),
            Problem::NeedsBothLabels => pick(
                "需要中文和英文名称".into(),
                "needs a Chinese and an English label".into(),
            ),
            Problem::BadPeriod { text } => pick(
                format!("“{text}”不是有效的时期，应如 2022、2022-08 或 2021/2023-05-25"),
                format!("\"{text}\" is not a period like 2022, 2022-08 or 2021/2023-05-25"),
            ),
            Problem::CounterNotInQuote { counter } => pick(
                format!("量词“{counter}”不在引文中"),
                format!("the measure word \"{counter}\" is not in the quote"),
            ),
            Problem::PathRefused { path } => {
                let path = file_text::shortened(path);
                pick(
                format!("“{path}”不是本应用旁的报告文件：只接受以 .json 结尾的相对路径，由字母、数字和 . _ - / 组成，不含“..”"),
                format!("\"{path}\" is not a report file beside the app: only relative paths of letters, digits and . _ - / ending in .json are opened, without \"..\""),
            )
            }
            Problem::NewerFormat { version, supported } => pick(
                format!("文件为第{version}版格式，本应用只能读取第{supported}版及更早的格式，请使用新版应用"),
                format!("the file is in version {version} of the format; this app reads up to version {supported}: use a newer version of the app"),
            ),
            Problem::NoSuchPairing { id } => pick(
                format!("没有编号为“{id}”的结对"),
                format!("no pairing has the id \"{id}\""),
            ),
            Problem::KindLabelNeeded => pick(
                "结对类型为 other 时，须用 kind_label 写明类型".into(),
                "a pairing of kind \"other\" needs a kind_label saying what it is".into(),
            ),
            Problem::PanelsNeeded => pick(
                "条形图（bars）须至少有一个 panels 分栏".into(),
                "a \"bars\" chart needs at least one panel".into(),
            ),
            Problem::UnitsMixed { id, unit, expected } => pick(
                format!("“{id}”的单位是 {unit}，与本栏的 {expected} 不同：不同单位不能共用一个刻度，请分栏"),
                format!("\"{id}\" is in {unit}, the panel in {expected}: different units cannot share a scale; give it its own panel"),
            ),
            Problem::DrawnTwice { id, chart } => pick(
                format!("“{id}”已由图表“{chart}”绘出，每个数字、项目和结对只能出现在一个图表中"),
                format!("\"{id}\" is already drawn by the chart \"{chart}\"; each figure, project and pairing is drawn by one chart only"),
            ),
            Problem::BadChartId { id } => pick(
                format!("图表编号“{id}”只能用小写字母、数字和连字符，以字母开头，不超过64个字符，且不能是 overview"),
                format!("the chart id \"{id}\" must be lower-case letters, digits and hyphens, starting with a letter, at most 64 characters, and not \"overview\""),
            ),
            Problem::NotForKind { field } => pick(
                format!("这种图表不使用“{field}”"),
                format!("this kind of chart does not use \"{field}\""),
            ),
            Problem::NoPeriod { id } => pick(
                format!("数字“{id}”没有时间，不能用 {{{id}.since}}"),
                format!("the figure \"{id}\" has no period, so {{{id}.since}} cannot be filled"),
            ),
            Problem::PartsExceedWhole { id } => pick(
                format!("各组成部分之和大于“{id}”"),
                format!("the parts add up to more than \"{id}\""),
            ),
            Problem::CountOfPairing { id, pairing } => pick(
                format!("数字“{id}”是结对“{pairing}”的单位数，已画为圆点，不能再画成条形"),
                format!("the figure \"{id}\" counts the pairing \"{pairing}\", drawn as its dots; it cannot also be a bar"),
            ),
            Problem::WholeNotDrawnBefore { id } => pick(
                format!("of 指向的“{id}”须在本图表前面的分栏中绘出"),
                format!("\"of\" names \"{id}\", which must be drawn in an earlier panel of the chart"),
            ),
            Problem::BadPlaceholder { text } => pick(
                format!("“{{{text}}}”不是数字占位符：应为 {{编号}}、{{编号.period}} 或 {{编号.since}}，且编号须存在"),
                format!("\"{{{text}}}\" is not a figure placeholder: use {{id}}, {{id.period}} or {{id.since}} with an existing figure id"),
            ),
            Problem::BadDate { text } => pick(
                format!("“{text}”不是有效的日期，应如 2022 或 2022-08"),
                format!("\"{text}\" is not a date like 2022 or 2022-08"),
            ),
            Problem::BadPublished => pick(
                "发布时间应如 2023-05-25 或 2023-05-25T15:58:00+08:00".into(),
                "expected a date like 2023-05-25, or a time like 2023-05-25T15:58:00+08:00".into(),
            ),
            Problem::BadReportId { id } => pick(
                format!("报告编号“{id}”只能用小写字母、数字和连字符"),
                format!("the report id \"{id}\" may only use a-z, 0-9 and -"),
            ),
            Problem::DerivedHasQuote => pick(
                "推算数字没有原文引用：它是计算出来的，不是报告写的".into(),
                "a derived figure has no quote: it is computed, not reported".into(),
            ),
            Problem::DerivedNeedsFormula => pick(
                "推算数字需要公式和输入".into(),
                "a derived figure needs its formula and inputs".into(),
            ),
            Problem::FormulaOnlyForDerived => pick(
                "只有限定为 derived（推算）的数字才有公式".into(),
                "only figures with the qualifier \"derived\" have a formula".into(),
            ),
            Problem::MissingQuote => pick(
                "缺少原文引用：请摘录写明此数字的句子".into(),
                "missing: quote the sentence that states it".into(),
            ),
            Problem::InputIsDerived { id } => pick(
                format!("“{id}”本身是推算数字，只能从报告写明的数字推算"),
                format!("\"{id}\" is derived itself; derive from reported figures only"),
            ),
            Problem::Formula { detail } => pick(
                format!("公式无法计算（{detail}）"),
                format!("the formula cannot be computed ({detail})"),
            ),
            Problem::FormulaMismatch { value, computed } => pick(
                format!("写的是{value}，但公式算出{computed}"),
                format!("is {value} but the formula gives {computed}"),
            ),
            Problem::EmptyQuote => pick("引用为空".into(), "empty quote".into()),
            Problem::QuoteNotInText { quote } => pick(
                format!("“{quote}”在报告原文中找不到（须逐字摘录）"),
                format!("\"{quote}\" does not appear verbatim in the report's text"),
            ),
            Problem::More { count } => pick(
                format!("另有{count}处问题未列出"),
                format!("{count} more problems not listed"),
            ),
        }
    }
}

/// English, for logs and test failures.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = file_text::visible(&self.location);
        write!(f, "{location}: {}", self.problem.text(Lang::En))
    }
}

const MIB: u64 = 1024 * 1024;

/// A size in MiB, whole when it is whole (the limit, 32 MiB), else to a tenth.
fn mebibytes(bytes: u64) -> String {
    if bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    }
}

/// A file's size and the limit it is over, in MiB; in bytes when the file is so little over
/// that in MiB the two would read alike.
fn sizes(bytes: u64, limit: u64, lang: Lang) -> (String, String) {
    let (size, max) = (mebibytes(bytes), mebibytes(limit));
    if format!("{:.1}", bytes as f64 / MIB as f64) != format!("{:.1}", limit as f64 / MIB as f64) {
        return (size, max);
    }
    let in_bytes = |n: u64| {
        let digits = n.to_string();
        let grouped = super::group_thousands(&digits);
        lang.choose(&format!("{grouped} 字节"), &format!("{grouped} bytes"))
            .to_string()
    };
    (in_bytes(bytes), format!("{} ({max})", in_bytes(limit)))
}

fn binary_kind(kind: BinaryKind, lang: Lang) -> &'static str {
    match kind {
        BinaryKind::Png => lang.choose("一张 PNG 图片", "a PNG image"),
        BinaryKind::Jpeg => lang.choose("一张 JPEG 图片", "a JPEG image"),
        BinaryKind::Gif => lang.choose("一张 GIF 图片", "a GIF image"),
        BinaryKind::Pdf => lang.choose("一份 PDF 文档", "a PDF document"),
        BinaryKind::Zip => lang.choose(
            "一个压缩文件（Word 的 .docx、Excel 的 .xlsx 也是）",
            "a ZIP archive (as Word's .docx and Excel's .xlsx are)",
        ),
        BinaryKind::OldOffice => lang.choose("一个 Word 或 Excel 文件", "a Word or Excel file"),
    }
}

fn type_name(t: JsonType, lang: Lang) -> &'static str {
    match t {
        JsonType::Text => lang.choose("文本", "a text"),
        JsonType::Number => lang.choose("数字", "a number"),
        JsonType::Integer => lang.choose("整数", "a whole number"),
        JsonType::Boolean => lang.choose("true 或 false", "true or false"),
        JsonType::Null => lang.choose("null", "null"),
        JsonType::List => lang.choose("列表", "a list"),
        JsonType::Object => lang.choose("对象", "an object"),
    }
}

fn found_text(found: &Found, lang: Lang) -> String {
    match found {
        Found::Text(text) => format!("\"{text}\""),
        Found::Number(n) => n.clone(),
        Found::Boolean(b) => b.to_string(),
        Found::Null => "null".into(),
        Found::List => lang.choose("列表", "a list").into(),
        Found::Object => lang.choose("对象", "an object").into(),
    }
}

/// What a quote states, for a message: `写的是“2.36亿元”，即 236000000 yuan` / `states
/// 2.36亿元 = 236000000 yuan`; at most three phrases, then how many more.
fn readings(stated: &[Reading], lang: Lang) -> String {
    const LISTED: usize = 3;
    let zh = lang == Lang::Zh;
    if stated.is_empty() {
        return if zh {
            "未写任何数字"
        } else {
            "states no number"
        }
        .to_string();
    }
    let items: Vec<String> = stated
        .iter()
        .take(LISTED)
        .map(|r| {
            if zh {
                format!("“{}”，即 {} {}", r.text, r.value, r.unit)
            } else {
                format!("{} = {} {}", r.text, r.value, r.unit)
            }
        })
        .collect();
    let more = stated.len().saturating_sub(LISTED);
    let (list, rest) = if zh {
        (items.join("；"), format!("等{}处", stated.len()))
    } else {
        (items.join("; "), format!(" and {more} more"))
    };
    match (zh, more) {
        (true, 0) => format!("写的是{list}"),
        (true, _) => format!("写的是{list}{rest}"),
        (false, 0) => format!("states {list}"),
        (false, _) => format!("states {list}{rest}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_example_reads_in_both_languages() {
        let error = DataError::new(
            "figures[12].value",
            Problem::WrongType {
                expected: vec![JsonType::Number],
                found: Found::Text("一千万".into()),
            },
        );
        assert_eq!(
            error.to_string(),
            "figures[12].value: expected a number, found \"一千万\""
        );
        assert_eq!(error.problem.text(Lang::Zh), "应为数字，实际为\"一千万\"");
    }
}
