//! What can be wrong with a report file, as data: the words are in `i18n::problems`, so every
//! problem reads in the reader's language.

use super::encoding::Encoding;

/// A JSON type, as the schema names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// A string.
    Text,
    /// Any number.
    Number,
    /// A whole number.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// `null`.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
}

impl JsonType {
    /// Parses a schema `type` name.
    pub fn from_schema(name: &str) -> Option<JsonType> {
        Some(match name {
            "string" => JsonType::Text,
            "number" => JsonType::Number,
            "integer" => JsonType::Integer,
            "boolean" => JsonType::Boolean,
            "null" => JsonType::Null,
            "array" => JsonType::List,
            "object" => JsonType::Object,
            _ => return None,
        })
    }
}

/// A value found where something else was expected, shortened for reading.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// A text, quoted and cut to 40 characters.
    Text(String),
    /// A number as written.
    Number(String),
    /// `true` or `false`.
    Boolean(bool),
    /// `null`.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
}

impl Found {
    /// A text found, cut to 40 characters.
    pub fn text(text: &str) -> Found {
        let mut short: String = text.chars().take(40).collect();
        if short.len() < text.len() {
            short.push('…');
        }
        Found::Text(short)
    }
}

/// A number phrase of a quote, as a message names it: `2.36亿元` = 236000000 yuan.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The phrase as printed.
    pub text: String,
    /// Its value in canonical units.
    pub value: f64,
    /// Its unit's code.
    pub unit: String,
}

/// One problem found in a data file.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// Where: `figures[12].value`, or `(file)`.
    pub location: String,
    /// What is wrong; `i18n::problems` words it.
    pub problem: Problem,
}

impl DataError {
    /// A problem at a location.
    pub fn new(location: impl Into<String>, problem: Problem) -> DataError {
        DataError {
            location: location.into(),
            problem,
        }
    }
}

/// One kind of problem. `DataError` pairs it with a location.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file is over the size limit.
    TooLarge {
        /// The file's size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// A file whose size was not declared, read up to the size limit and no further.
    OverLimit {
        /// The limit.
        limit: u64,
    },
    /// A file with nothing in it (or only white space).
    EmptyFile,
    /// A report's text longer than the authoring view takes.
    TextTooLong {
        /// Its characters.
        chars: usize,
        /// The most taken.
        limit: usize,
    },
    /// Bytes of a file that is not text at all, such as an image renamed `.json`.
    NotText {
        /// What its first bytes say it is, if they say.
        kind: Option<crate::encoding::BinaryKind>,
    },
    /// A `\ud800`-style escape of half a character, with its other half missing: it stands for
    /// no character (an editor may have cut an emoji in two).
    LoneSurrogate {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Not JSON; `truncated` when the text ends in the middle.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The file ends before the JSON does.
        truncated: bool,
    },
    /// A number beyond what a double holds (about 1.8e308), such as `1e400`: valid JSON that
    /// no number in the app can be.
    NumberTooLarge {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Lists and objects nested deeper than the parser follows: a report never nests so deep,
    /// and following it would exhaust the stack.
    TooDeep {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The most levels read.
        limit: usize,
    },
    /// Bytes that are not text in the encoding they were read in.
    BadEncoding {
        /// The encoding tried.
        encoding: Encoding,
    },
    /// The file could not be fetched or read.
    Unreadable {
        /// The HTTP status or the browser's words.
        detail: String,
    },
    /// A value of the wrong type.
    WrongType {
        /// What the schema allows.
        expected: Vec<JsonType>,
        /// What the file has.
        found: Found,
    },
    /// A required field is missing.
    Missing,
    /// A field the format does not have.
    Unknown,
    /// A value outside the allowed list.
    NotAllowed {
        /// What the file has.
        found: Found,
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// A text not of the form the schema's pattern gives, where no other problem words it.
    Unmatched {
        /// What the file has.
        found: Found,
        /// The pattern, as the schema writes it.
        pattern: String,
    },
    /// An empty text, list or object where one is needed.
    Empty,
    /// A number under the minimum.
    TooSmall {
        /// The minimum.
        minimum: f64,
    },
    /// An id that is not snake_case.
    BadId {
        /// The id.
        id: String,
    },
    /// An id used twice in one list.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A reference to a figure that does not exist.
    NoSuchFigure {
        /// The id referred to.
        id: String,
    },
    /// A reference to a project that does not exist.
    NoSuchProject {
        /// The id referred to.
        id: String,
    },
    /// A reference to a place that is neither a region nor a partner of the report.
    NoSuchPlace {
        /// The id referred to.
        id: String,
    },
    /// An indicator the vocabulary does not have.
    NoSuchIndicator {
        /// The id referred to.
        id: String,
    },
    /// A unit the figure's indicator is not measured in.
    UnitNotIndicators {
        /// The indicator.
        indicator: String,
        /// The figure's unit's code.
        unit: String,
        /// The indicator's units' codes.
        expected: Vec<String>,
    },
    /// A figure that is a part of itself, directly or through its whole.
    PartOfItself,
    /// A part whose unit is not its whole's.
    PartUnitDiffers {
        /// The whole.
        whole: String,
        /// The part's unit's code.
        unit: String,
        /// The whole's unit's code.
        expected: String,
    },
    /// A part or a whole that does not add up: an average, a rate or a change.
    PartNotSummable {
        /// The figure that is not a total or a count.
        id: String,
    },
    /// A part whose indicator is a part of another indicator than its whole's.
    PartOfOtherIndicator {
        /// The whole.
        whole: String,
        /// The indicator the part's indicator is a part of.
        expected: String,
        /// The whole's indicator.
        found: String,
    },
    /// A part stated larger than its exactly stated whole.
    PartExceedsWhole {
        /// The whole.
        whole: String,
        /// The part's value.
        value: f64,
        /// The whole's value.
        whole_value: f64,
    },
    /// A place code that is not six digits.
    BadPlaceCode {
        /// The code.
        code: String,
    },
    /// A source address that is not a web address.
    BadSourceUrl,
    /// A pairing's count disagrees with the figure it cites.
    CountMismatch {
        /// The figure cited.
        id: String,
        /// The figure's value.
        figure_value: f64,
        /// The pairing's number.
        number: u32,
    },
    /// NaN or infinite.
    NotFinite,
    /// A value below zero (a fall is stated in words: 下降5% is 5).
    Negative,
    /// A fraction, or a number too large to be exact, where the unit counts whole things.
    NotWhole {
        /// The unit's code.
        unit: String,
    },
    /// A quoted figure's value that no number phrase of its quote states.
    ValueNotStated {
        /// The figure's value.
        value: f64,
        /// The figure's unit's code.
        unit: String,
        /// What the quote states.
        stated: Vec<Reading>,
    },
    /// A unit that no phrase of the quote stating the value reads as.
    UnitNotStated {
        /// The figure's unit's code.
        unit: String,
        /// The phrases stating the value.
        stated: Vec<Reading>,
    },
    /// A measure word (or its absence) that differs from the quote's: 3家 stored without 家
    /// would be shown as 3个.
    CounterNotStated {
        /// The figure's counter.
        counter: Option<String>,
        /// The measure words of the phrases stating the value.
        words: Vec<String>,
    },
    /// A qualifier weaker than the quote's words: 约6万人次 stored as exact.
    QualifierDropped {
        /// The figure's qualifier's code.
        qualifier: String,
        /// The qualifier the words give.
        stated: String,
        /// The phrase, as printed.
        phrase: String,
    },
    /// A pairing's number of organisations that its quote, which counts them, does not state.
    PairingNumberNotStated {
        /// The pairing's number.
        number: u32,
        /// The counts the quote states.
        stated: Vec<Reading>,
    },
    /// A label missing one language.
    NeedsBothLabels,
    /// Not a period like 2022 or 2021/2023-05-25.
    BadPeriod {
        /// The text found.
        text: String,
    },
    /// Not a date like 2022 or 2022-08.
    BadDate {
        /// The text found.
        text: String,
    },
    /// Not a publication time like 2023-05-25T15:58:00+08:00.
    BadPublished,
    /// A report id unusable in file names.
    BadReportId {
        /// The id.
        id: String,
    },
    /// A derived figure that also has a quote.
    DerivedHasQuote,
    /// A derived figure without formula.
    DerivedNeedsFormula,
    /// A formula on a figure that is not derived.
    FormulaOnlyForDerived,
    /// A reported figure without its quote.
    MissingQuote,
    /// A formula input that is derived itself.
    InputIsDerived {
        /// The input's id.
        id: String,
    },
    /// A formula that cannot be computed.
    Formula {
        /// What the formula parser says.
        detail: String,
    },
    /// A derived value that disagrees with its formula.
    FormulaMismatch {
        /// The stored value.
        value: f64,
        /// What the formula gives.
        computed: f64,
    },
    /// A measure word that the figure's quote does not contain.
    CounterNotInQuote {
        /// The measure word.
        counter: String,
    },
    /// A `?data=` or `?compare=` value that is not a report file beside the app.
    PathRefused {
        /// The value, as decoded.
        path: String,
    },
    /// A file made for a newer version of the format than this app reads.
    NewerFormat {
        /// The file's version.
        version: u64,
        /// The version this app reads.
        supported: u32,
    },
    /// A reference to a pairing that does not exist.
    NoSuchPairing {
        /// The id referred to.
        id: String,
    },
    /// A pairing of kind "other" without words for its kind.
    KindLabelNeeded,
    /// A bars chart without panels.
    PanelsNeeded,
    /// A panel whose figures do not share one unit.
    UnitsMixed {
        /// The figure out of step.
        id: String,
        /// Its unit's code.
        unit: String,
        /// The unit of the panel's first figure.
        expected: String,
    },
    /// A figure, project or pairing that another chart already draws.
    DrawnTwice {
        /// The figure.
        id: String,
        /// The chart that draws it first.
        chart: String,
    },
    /// A chart id unusable in links.
    BadChartId {
        /// The id.
        id: String,
    },
    /// A field of a chart description that its kind does not use.
    NotForKind {
        /// The field.
        field: String,
    },
    /// `{id.since}` of a figure whose period the report does not give.
    NoPeriod {
        /// The figure.
        id: String,
    },
    /// Parts ("of which") adding up to more than their exact whole.
    PartsExceedWhole {
        /// The whole.
        id: String,
    },
    /// A pairing's count (drawn as its dots) also drawn as a bar.
    CountOfPairing {
        /// The figure.
        id: String,
        /// The pairing it counts.
        pairing: String,
    },
    /// "of" names a figure not drawn in an earlier panel of the chart.
    WholeNotDrawnBefore {
        /// The figure named.
        id: String,
    },
    /// A `{…}` of a chart text that is not a figure's value, period or start.
    BadPlaceholder {
        /// What is between the braces.
        text: String,
    },
    /// An empty quote.
    EmptyQuote,
    /// A quote not found in the original text.
    QuoteNotInText {
        /// The quote.
        quote: String,
    },
    /// More problems than are listed.
    More {
        /// How many were left out.
        count: usize,
    },
}
