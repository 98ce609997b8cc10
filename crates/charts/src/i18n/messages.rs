//! The interface's fixed strings, in both languages, including the titles and notes of charts
//! the app generates. Texts built around values (numbers, dates, periods, changes, counts,
//! generated titles) are in `format`, problems with a file in `problems`, and the report's own
//! texts (its chart descriptions among them) in its file.

use report::Lang;
use report::{Qualifier, Status, Theme};

/// A user-visible interface message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The same value in both reports.
    NoChange,
    /// Appended to a change computed from qualified values.
    IndicativeChange,
    /// Label of the page buttons.
    Pages,
    /// Previous page.
    PreviousPage,
    /// Next page.
    NextPage,
    /// Header button and dialog title for opening another report.
    OpenReport,
    /// Heading of the report on screen in the open dialog.
    ReportShown,
    /// The report ships with the app.
    OriginBundled,
    /// The report came from a file on the reader's device.
    OriginFile,
    /// The report came from a file hosted beside the app.
    OriginPath,
    /// Button returning to the bundled report.
    BackToBundled,
    /// Label of the file picker.
    ChooseFile,
    /// Hint that files can be dropped on the page.
    DropHint,
    /// Overlay while a file is dragged over the page.
    DropHere,
    /// Heading of the list of example reports.
    ExampleReports,
    /// What the example reports are.
    ExampleReportsHelp,
    /// Heading of the new-report kit.
    NewReport,
    /// Explanation of the new-report kit.
    NewReportHelp,
    /// Link to the authoring view.
    MakeInEditor,
    /// Link to the guide.
    NewReportGuide,
    /// Link to the template.
    NewReportTemplate,
    /// Link to the schema.
    NewReportSchema,
    /// The kit's vocabulary of indicators.
    NewReportVocabulary,
    /// The kit's definition of the vocabulary's format.
    NewReportVocabularySchema,
    /// Status while a report is read.
    Loading,
    /// Heading when a report file is refused.
    LoadFailed,
    /// Explanation under that heading.
    LoadFailedHelp,
    /// Button closing a message.
    Dismiss,
    /// A chart whose figures the report lacks.
    NoChartData,
    /// A view whose figures the report lacks.
    NoViewData,
    /// A report file without its original text.
    NoOriginalText,
    /// Share note for a report opened from a file.
    FileNotShareable,
    /// Heading of the compare view.
    CompareTitle,
    /// Explanation of the compare view.
    CompareHelp,
    /// Button comparing with the bundled report.
    CompareWithBundled,
    /// Label of the second file picker.
    ChooseSecondFile,
    /// Button removing the second report.
    RemoveSecond,
    /// Column heading of the change.
    Change,
    /// How the change is computed.
    ChangeFormula,
    /// Figures in different units.
    UnitsDiffer,
    /// Column heading of the figure.
    FigureColumn,
    /// Column heading of the sources.
    Sources,
    /// The app's name in the header.
    AppName,
    /// Skip link to the main content.
    SkipToContent,
    /// Label of the language switch.
    Language,
    /// Heading of the headline figures.
    HeadlineFigures,
    /// "Published" before the date.
    Published,
    /// Link to the in-app original text.
    ReadSource,
    /// Button that reveals a figure's source sentence.
    ShowSource,
    /// Button that hides it again.
    HideSource,
    /// Label of a figure's period.
    Period,
    /// Period the report does not state.
    PeriodNotStated,
    /// Date the report does not give.
    DateNotStated,
    /// The same, short, for a date column.
    Undated,
    /// Label of a derived figure's formula.
    Formula,
    /// Heading of the original-text view.
    OriginalText,
    /// Note above the original text.
    OriginalTextNote,
    /// Link to download the original text file.
    DownloadOriginal,
    /// Before the address where the publisher itself published the report.
    PublishedAt,
    /// A chart could not be made into a PNG file.
    ExportFailed,
    /// Under a pairings chart.
    EachDotIsOne,
    /// The note of a generated bars chart of figures naming no indicator.
    GeneratedNote,
    /// The note of a generated chart of one indicator family.
    GeneratedFamilyNote,
    /// The note of a generated chart of averages, rates or changes.
    GeneratedKindNote,
    /// Title of a generated timeline.
    TimelineTitle,
    /// Title of a generated pairings chart.
    PairingsTitle,
    /// An embed or link naming a chart this report does not have.
    NoSuchChart,
    /// Link back to the overview.
    BackToOverview,
    /// Main navigation label.
    Navigation,
    /// Title of the page shown when the data file is broken.
    DataErrorTitle,
    /// Explanation below that title.
    DataErrorHelp,
    /// Tab showing the chart.
    TabChart,
    /// Tab showing the table.
    TabTable,
    /// Tab showing the sources.
    TabSource,
    /// Table column: the item.
    ColumnItem,
    /// Table column: the value.
    ColumnValue,
    /// Table column: the qualifier.
    ColumnQualifier,
    /// Table column: the period.
    ColumnPeriod,
    /// Table column: source or formula.
    ColumnSource,
    /// Qualifier text of an exact figure.
    AsReported,
    /// How to use the keyboard in a chart.
    ChartKeyboardHint,
    /// Heading of a chart's legend.
    Legend,
    /// Label of the money-unit menu.
    MoneyUnit,
    /// Link from an overview chart to its view.
    SeeView,
    /// Heading of a chart's quotes.
    QuotesHeading,
    /// Heading of the original text with a chart's quotes highlighted.
    HighlightedOriginal,
    /// Legend: a filled dot in the pairing chart.
    AidingSide,
    /// Legend: a hollow dot in the pairing chart.
    AidedSide,
    /// Before the quotes a derived figure is computed from.
    ComputedFrom,
    /// Heading of the overview's chart section.
    ThemesHeading,
    /// Link to the printable report.
    PrintReport,
    /// Button that opens the print dialog.
    PrintNow,
    /// Link from an embedded chart to the full app.
    OpenFullReport,
    /// Label of the colour-scheme menu.
    ColorScheme,
    /// The header switch of care mode (关怀版: larger text, read aloud).
    CareMode,
    /// Button reading a text aloud.
    ReadAloud,
    /// Button stopping the reading.
    StopReading,
    /// The device has no voice for the page's language.
    NoVoice,
    /// The browser has no speech synthesis.
    NoSpeech,
    /// Before a chart's source line.
    ChartSource,
    /// Button opening the share dialog.
    Share,
    /// Button opening the embed dialog.
    Embed,
    /// Title of the share dialog.
    ShareTitle,
    /// Title of the embed dialog.
    EmbedTitle,
    /// Help text of the embed dialog.
    EmbedHelp,
    /// Label of the link field.
    Link,
    /// Button copying the link.
    CopyLink,
    /// Button copying the embed code.
    CopyCode,
    /// Status after copying.
    Copied,
    /// Status when the clipboard is unavailable.
    CopyByHand,
    /// Button opening the system share sheet.
    ShareSheet,
    /// Caption of the QR code.
    QrCaption,
    /// Button downloading the QR code.
    DownloadQr,
    /// Button closing a dialog.
    Close,
    /// Heading of the embed preview.
    Preview,
    /// Label of the download buttons.
    Download,
    /// Label of the whole-report downloads.
    DownloadAll,
    /// Shown if the app crashes.
    CrashTitle,
    /// Link reloading the page after a crash.
    CrashReload,
    /// Footer line before the publisher's name.
    FooterSource,
    /// Footer note on how figures are shown.
    FooterHonesty,
}

impl Msg {
    /// The message in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Msg::MakeInEditor => ("制作报告数据：从报告原文开始", "Make a report file from a report's text"),
            Msg::AppName => ("京蒙协作帮扶数据", "Beijing–Inner Mongolia aid in figures"),
            Msg::SkipToContent => ("跳到主要内容", "Skip to main content"),
            Msg::Language => ("语言", "Language"),
            Msg::HeadlineFigures => ("主要数据", "Headline figures"),
            Msg::Published => ("发布时间", "Published"),
            Msg::ReadSource => ("阅读报告原文", "Read the original report (Chinese)"),
            Msg::ShowSource => ("查看出处", "Show source"),
            Msg::HideSource => ("收起出处", "Hide source"),
            Msg::Period => ("时间", "Period"),
            Msg::PeriodNotStated => ("报告未注明", "not stated in the report"),
            Msg::DateNotStated => ("未注明日期", "date not stated"),
            Msg::Undated => ("未注明", "undated"),
            Msg::Formula => ("计算方法", "Formula"),
            Msg::OriginalText => ("报告原文", "Original report text"),
            Msg::OriginalTextNote => (
                "本应用中报告的每一个数字都逐字引自下列原文；标为“推算”的数字由这些数字计算得出，并附计算方法。",
                "The report is published in Chinese only. Every figure it states is quoted from it word for word; figures marked “derived” are computed from those, with their formula shown.",
            ),
            Msg::DownloadOriginal => ("下载原文（.txt）", "Download the original text (.txt)"),
            Msg::PublishedAt => ("发布者网站上的原文：", "As published by its authority: "),
            Msg::EachDotIsOne => ("每个圆点代表一个单位。", "Each dot is one organisation."),
            Msg::GeneratedNote => (
                "本图由应用按单位归组，并非报告中的图表；文件未标明这些数字的指标，同一栏中可能有总数与其未标明的组成部分。",
                "Grouped by unit by this app, not a chart of the report: the file names no indicator for these figures, so a total may stand beside parts it does not mark.",
            ),
            Msg::GeneratedFamilyNote => (
                "本图由应用按指标归组，并非报告中的图表；“其中”的部分画在其总数之内。",
                "Grouped by indicator by this app, not a chart of the report; parts (“of which”) are drawn inside their total.",
            ),
            Msg::GeneratedKindNote => (
                "本图由应用归组，并非报告中的图表；平均数、比率和增幅不能与总数相加，故单独成图。",
                "Grouped by this app, not a chart of the report: averages, rates and changes do not add up with totals, so they have a chart of their own.",
            ),
            Msg::TimelineTitle => ("项目时间线", "Project timeline"),
            Msg::PairingsTitle => ("结对帮扶：谁与谁结对", "Pairings: who is paired with whom"),
            Msg::NoSuchChart => ("本报告没有这个图表。", "This report has no such chart."),
            Msg::ExportFailed => (
                "无法生成PNG图片，请改用SVG下载。",
                "The PNG image could not be made; please download the SVG instead.",
            ),
            Msg::BackToOverview => ("返回概览", "Back to the overview"),
            Msg::Navigation => ("主导航", "Main navigation"),
            Msg::DataErrorTitle => ("数据文件有误，无法显示", "The data file has problems and cannot be shown"),
            Msg::DataErrorHelp => (
                "请按下列位置修改 report.json 后重新构建：",
                "Fix report.json at the places listed below and rebuild:",
            ),
            Msg::TabChart => ("图表", "Chart"),
            Msg::TabTable => ("表格", "Table"),
            Msg::TabSource => ("出处", "Source"),
            Msg::ColumnItem => ("项目", "Item"),
            Msg::ColumnValue => ("数值", "Value"),
            Msg::ColumnQualifier => ("性质", "Qualifier"),
            Msg::ColumnPeriod => ("时间", "Period"),
            Msg::ColumnSource => ("原文出处或计算方法", "Source or formula"),
            Msg::AsReported => ("报告原数", "as reported"),
            Msg::ChartKeyboardHint => ("按Tab进入图表，用方向键在数据之间移动。", "Tab into the chart and use the arrow keys to move between items."),
            Msg::Legend => ("图例", "Key"),
            Msg::MoneyUnit => ("金额单位", "Amounts in"),
            Msg::SeeView => ("查看详情", "See the details"),
            Msg::QuotesHeading => ("本图数字的原文出处", "Where this chart's figures come from"),
            Msg::HighlightedOriginal => ("报告原文（已标出本图引用的句子）", "The original report, with this chart's sentences highlighted"),
            Msg::AidingSide => ("帮扶方单位", "aiding organisation"),
            Msg::AidedSide => ("受援方单位", "aided organisation"),
            Msg::ComputedFrom => ("依据：", "Computed from: "),
            Msg::ThemesHeading => ("分主题数据", "By theme"),
            Msg::PrintReport => ("打印版", "Print version"),
            Msg::PrintNow => ("打印或存为PDF", "Print or save as PDF"),
            Msg::OpenFullReport => ("打开完整报告", "Open the full report"),
            Msg::ColorScheme => ("配色", "Colours"),
            Msg::CareMode => ("关怀版", "Care mode"),
            Msg::ReadAloud => ("朗读", "Read aloud"),
            Msg::StopReading => ("停止朗读", "Stop reading"),
            Msg::NoVoice => (
                "本设备没有中文朗读语音，无法朗读。可在系统设置中添加中文语音。",
                "This device has no English voice to read aloud with. One can be added in the system's settings.",
            ),
            Msg::NoSpeech => ("此浏览器不能朗读。", "This browser cannot read aloud."),
            Msg::ChartSource => ("来源：", "Source: "),
            Msg::Share => ("分享", "Share"),
            Msg::NoChange => ("无变化", "no change"),
            Msg::IndicativeChange => ("（含非确数，仅供参考）", " (from qualified values; indicative only)"),
            Msg::Pages => ("分页", "Pages"),
            Msg::PreviousPage => ("上一页", "Previous"),
            Msg::NextPage => ("下一页", "Next"),
            Msg::OpenReport => ("打开报告", "Open a report"),
            Msg::ReportShown => ("当前报告", "Report on screen"),
            Msg::OriginBundled => ("随应用内置", "bundled with the app"),
            Msg::OriginFile => ("来自本机文件", "from a file on this device"),
            Msg::OriginPath => ("来自与应用同站点的文件", "from a file hosted beside the app"),
            Msg::BackToBundled => ("返回内置报告", "Back to the bundled report"),
            Msg::ChooseFile => ("选择报告文件（JSON）", "Choose a report file (JSON)"),
            Msg::DropHint => ("也可以把文件拖放到本页任意位置。文件只在本机浏览器中读取，不会上传。", "Or drop the file anywhere on this page. It is read in your browser only, never uploaded."),
            Msg::DropHere => ("松开即可打开报告", "Drop the file to open the report"),
            Msg::NewReport => ("新建报告", "Start a new report"),
            Msg::ExampleReports => ("示例报告", "Example reports"),
            Msg::ExampleReportsHelp => ("其他地方和层级已公开发布的报告，用本应用的编辑器制成，每个数字都附原文。", "Reports other places and levels have published, made with this app's editor, each figure with its sentence."),
            Msg::NewReportHelp => ("最简便的是在本应用中从报告原文制作数据文件；也可以下载填写说明、带注释的模板和格式定义，用文本编辑器整理本县（旗）的数字，再用“打开报告”检查。", "The easiest way is to make the file from the report's text in this app; or download the guide, a commented template and the format’s schema to prepare your county’s figures in a text editor, then check the file with “Open a report”."),
            Msg::NewReportGuide => ("填写说明", "Guide"),
            Msg::NewReportTemplate => ("带注释的模板", "Commented template"),
            Msg::NewReportSchema => ("格式定义（JSON Schema）", "Format definition (JSON Schema)"),
            Msg::NewReportVocabulary => (
                "指标词表（各指标的名称、定义、单位与报告用语）",
                "Vocabulary of indicators (names, definitions, units, the words reports use)",
            ),
            Msg::NewReportVocabularySchema => (
                "指标词表的格式定义（JSON Schema）",
                "Format definition of the vocabulary (JSON Schema)",
            ),
            Msg::Loading => ("正在打开", "Opening"),
            Msg::LoadFailed => ("无法打开", "Could not open"),
            Msg::LoadFailedHelp => ("屏幕上的报告没有变化。请按下列位置修改文件后重试：", "The report on screen is unchanged. Fix the file at the places listed below and try again:"),
            Msg::Dismiss => ("关闭提示", "Dismiss"),
            Msg::NoChartData => ("这份报告没有这张图所需的数据。", "This report has no data for this chart."),
            Msg::NoViewData => ("这份报告没有本页所需的数据。", "This report has no data for this page."),
            Msg::NoOriginalText => ("这份报告文件没有附原文，引用无法在原文中核对。", "This report file does not include its original text, so its quotes cannot be checked against it."),
            Msg::FileNotShareable => ("此报告来自本机文件，链接无法带上它：打开链接的人看到的是内置报告。要分享，请把文件放在应用旁边，使用 ?data=文件名.json。", "This report was opened from a file on your device, which a link cannot carry: people opening the link see the bundled report. To share it, host the file beside the app and use ?data=file-name.json."),
            Msg::CompareTitle => ("对比两份报告", "Compare two reports"),
            Msg::CompareHelp => ("打开第二份同格式的报告（另一年份或另一个县），按相同的数字编号并排对比。", "Open a second report of the same format (another year or another county) to compare the figures both have, by id."),
            Msg::CompareWithBundled => ("与内置报告对比", "Compare with the bundled report"),
            Msg::ChooseSecondFile => ("选择要对比的报告文件（JSON）", "Choose a report to compare with (JSON)"),
            Msg::RemoveSecond => ("移除对比报告", "Remove the second report"),
            Msg::Change => ("变化（推算）", "Change (derived)"),
            Msg::ChangeFormula => ("变化 = 后一份报告的数值 − 前一份报告的数值；百分比的变化以百分点计；小条形表示相对变化（以±100%为限）。", "Change = later report’s value − earlier report’s value; changes of percentages are in percentage points; the small bars show the relative change (capped at ±100%)."),
            Msg::UnitsDiffer => ("单位不同，未计算", "different units; not computed"),
            Msg::FigureColumn => ("数字", "Figure"),
            Msg::Sources => ("出处", "Sources"),
            Msg::Embed => ("嵌入", "Embed"),
            Msg::ShareTitle => ("分享链接", "Share a link"),
            Msg::EmbedTitle => ("嵌入到网站", "Embed in a website"),
            Msg::EmbedHelp => (
                "把下面的代码粘贴到网页中。再引用一次 embed.js，图表高度即可自动适应。",
                "Paste this code into a web page. Include embed.js once and the frame takes the height of the chart.",
            ),
            Msg::Link => ("链接", "Link"),
            Msg::CopyLink => ("复制链接", "Copy link"),
            Msg::CopyCode => ("复制代码", "Copy code"),
            Msg::Copied => ("已复制", "Copied"),
            Msg::CopyByHand => ("无法自动复制，请选中后手动复制。", "Could not copy automatically: select the text and copy it."),
            Msg::ShareSheet => ("通过其他应用分享", "Share via…"),
            Msg::QrCaption => ("用手机扫码打开", "Scan with a phone to open"),
            Msg::DownloadQr => ("下载二维码", "Download QR code"),
            Msg::Close => ("关闭", "Close"),
            Msg::Preview => ("预览", "Preview"),
            Msg::Download => ("下载", "Download"),
            Msg::DownloadAll => ("下载全部数据：", "Download all figures: "),
            Msg::CrashTitle => ("页面出错了，图表无法继续显示。", "Something went wrong and the charts stopped working."),
            Msg::CrashReload => ("重新加载页面", "Reload the page"),
            Msg::FooterSource => ("数据来源：", "Source: "),
            Msg::FooterHonesty => (
                "“+”表示报告中的“余、多、以上”（至少），“约”表示报告中的“约、近、左右”（约数）；预计、产能与推算数字均单独标注。",
                "“+” marks the report’s “at least” figures and “about” its approximate ones; projected, capacity and derived figures are labelled as such.",
            ),
        };
        lang.choose(zh, en)
    }
}

/// The badge text for a qualifier; `None` for exact figures, which need no badge.
pub fn qualifier(qualifier: Qualifier, lang: Lang) -> Option<&'static str> {
    let (zh, en) = match qualifier {
        Qualifier::Exact => return None,
        Qualifier::AtLeast => ("至少", "at least"),
        Qualifier::Projected => ("预计", "projected"),
        Qualifier::Capacity => ("可实现产能", "capacity"),
        Qualifier::Approximate => ("约数", "approximate"),
        Qualifier::Derived => ("推算", "derived"),
    };
    Some(lang.choose(zh, en))
}

/// The name of a theme.
pub fn theme(theme: Theme, lang: Lang) -> &'static str {
    let (zh, en) = match theme {
        Theme::Funds => ("资金", "Funds"),
        Theme::Projects => ("项目", "Projects"),
        Theme::Training => ("培训与交流", "Training and exchange"),
        Theme::Sales => ("消费帮扶", "Sales and markets"),
        Theme::Outcomes => ("成效", "Outcomes"),
        Theme::Cooperation => ("结对协作", "Pairings"),
    };
    lang.choose(zh, en)
}

/// The heading of a generated panel: what its unit counts, and the unit.
pub fn unit_heading(unit: report::Unit, lang: Lang) -> &'static str {
    use report::Unit;
    let (zh, en) = match unit {
        Unit::Yuan => ("金额（元）", "Amount (yuan)"),
        Unit::YuanPerYear => ("每年金额（元/年）", "Per year (yuan)"),
        Unit::YuanPerPerson => ("人均（元）", "Per person (yuan)"),
        Unit::YuanPerMonth => ("每月金额（元/月）", "Per month (yuan)"),
        Unit::Person => ("人数（人）", "People"),
        Unit::PersonTime => ("人次", "Person-times"),
        Unit::Count => ("数量（个）", "Count"),
        Unit::Head => ("数量（只）", "Animals (head)"),
        Unit::Set => ("设备（台套）", "Equipment (sets)"),
        Unit::Visit => ("次数", "Visits"),
        Unit::M2 => ("面积（平方米）", "Area (m²)"),
        Unit::Km2 => ("面积（平方公里）", "Area (km²)"),
        Unit::Kw => ("装机容量（千瓦）", "Capacity (kW)"),
        Unit::Percent => ("百分比（%）", "Percent"),
        Unit::Job => ("岗位（个）", "Jobs"),
        Unit::Item => ("类别（类）", "Categories"),
        Unit::Session => ("期次", "Sessions"),
        Unit::Multiple => ("倍数（倍）", "Multiples"),
        Unit::Ton => ("重量（吨）", "Weight (tonnes)"),
        Unit::Mu => ("土地面积（亩）", "Land (mu)"),
        Unit::Kwh => ("发电量（千瓦时）", "Energy (kWh)"),
    };
    lang.choose(zh, en)
}

/// The name of a kind of indicator, in a generated chart's title.
pub fn indicator_kind(kind: report::vocabulary::IndicatorKind, lang: Lang) -> &'static str {
    use report::vocabulary::IndicatorKind;
    let (zh, en) = match kind {
        IndicatorKind::Total => ("总数", "totals"),
        IndicatorKind::Part => ("组成部分", "parts"),
        IndicatorKind::Count => ("个数", "counts"),
        IndicatorKind::Average => ("平均数", "averages"),
        IndicatorKind::Rate => ("比率", "rates and shares"),
        IndicatorKind::Change => ("增减", "changes"),
    };
    lang.choose(zh, en)
}

/// The name of a kind of unit, in a generated chart's title.
pub fn unit_class(class: report::UnitClass, lang: Lang) -> &'static str {
    use report::UnitClass;
    let (zh, en) = match class {
        UnitClass::Money => ("金额", "amounts of money"),
        UnitClass::PerCapita => ("人均与每月金额", "amounts per person or month"),
        UnitClass::People => ("人数与人次", "people"),
        UnitClass::Counts => ("数量", "counts"),
        UnitClass::Percent => ("百分比", "percentages"),
        UnitClass::Area => ("面积", "areas"),
        UnitClass::Power => ("装机容量", "capacity"),
        UnitClass::Weight => ("重量", "weights"),
        UnitClass::Land => ("土地面积", "land"),
        UnitClass::Energy => ("发电量", "energy"),
    };
    lang.choose(zh, en)
}

/// The name of a money unit in the unit menu.
pub fn money_unit(unit: crate::i18n::money::MoneyUnit, lang: Lang) -> &'static str {
    use crate::i18n::money::MoneyUnit;
    let (zh, en) = match unit {
        MoneyUnit::Auto => ("自动", "automatic"),
        MoneyUnit::Yuan => ("元", "yuan"),
        MoneyUnit::Wan => ("万元", "10,000 yuan"),
        MoneyUnit::Yi => ("亿元", "100 million yuan"),
        MoneyUnit::Million => ("百万元", "million yuan"),
    };
    lang.choose(zh, en)
}

/// The name of a project or event status.
pub fn status(status: Status, lang: Lang) -> &'static str {
    let (zh, en) = match status {
        Status::Done => ("已完成", "done"),
        Status::UnderWay => ("进行中", "under way"),
        Status::Expected => ("预计", "expected"),
        Status::Signed => ("已签约", "signed"),
    };
    lang.choose(zh, en)
}
