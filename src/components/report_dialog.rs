//! Opening another report: what is on screen now, a file picker (or drop), the way back to the
//! bundled report, and the kit for starting a new report.

use super::context::use_lang;
use super::dialog::Dialog;
use super::example_reports::ExampleReports;
use super::report_file_input::ReportFileInput;
use super::view_link::ViewLink;
use crate::state::reports::{use_reports, Origin, Slot};
use crate::state::View;
use charts::i18n::{format, Msg};
use leptos::prelude::*;

/// The files of the new-report kit in `dist/new-report/`: (message, path for Chinese, for English).
const KIT: [(Msg, &str, &str); 5] = [
    (
        Msg::NewReportGuide,
        "new-report/guide.zh.md",
        "new-report/guide.en.md",
    ),
    (
        Msg::NewReportTemplate,
        "new-report/report-template.jsonc",
        "new-report/report-template.jsonc",
    ),
    (
        Msg::NewReportSchema,
        "new-report/report.schema.json",
        "new-report/report.schema.json",
    ),
    (
        Msg::NewReportVocabulary,
        "new-report/vocabulary.json",
        "new-report/vocabulary.json",
    ),
    (
        Msg::NewReportVocabularySchema,
        "new-report/vocabulary.schema.json",
        "new-report/vocabulary.schema.json",
    ),
];

/// The "Open a report" dialog.
#[component]
pub fn ReportDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let current = move || {
        reports.main.with(|loaded| {
            let lang = lang.get();
            let origin = match &loaded.origin {
                Origin::Bundled => Msg::OriginBundled.text(lang).to_string(),
                Origin::File(name) => format::labelled(Msg::OriginFile, name, lang),
                Origin::Path(path) => format::labelled(Msg::OriginPath, path, lang),
            };
            format::labelled_title(lang.pick(&loaded.report.meta.title), &origin, lang)
        })
    };
    let not_bundled = move || reports.main.with(|l| l.origin != Origin::Bundled);
    let kit = move || {
        KIT.into_iter()
            .map(|(label, zh, en)| {
                let href = move || lang.get().choose(zh, en);
                let file = move || href().rsplit('/').next().unwrap_or_default().to_string();
                view! {
                    <li>
                        <a href=href download=file>{move || label.text(lang.get())}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Dialog open title=Signal::derive(move || Msg::OpenReport.text(lang.get()).to_string()) testid="report-dialog">
            <h3>{move || Msg::ReportShown.text(lang.get())}</h3>
            <p data-testid="report-shown">{current}</p>
            <Show when=not_bundled>
                <button type="button" data-action="use-bundled" on:click=move |_| reports.use_bundled(Slot::Main)>
                    {move || Msg::BackToBundled.text(lang.get())}
                </button>
            </Show>
            <ReportFileInput target=Slot::Main label=Msg::ChooseFile />
            <p class="note">{move || Msg::DropHint.text(lang.get())}</p>
            <h3>{move || Msg::ExampleReports.text(lang.get())}</h3>
            <p class="note">{move || Msg::ExampleReportsHelp.text(lang.get())}</p>
            <ul class="examples" data-testid="example-reports" lang=move || lang.get().html_lang()>
                <ExampleReports opened=Callback::new(move |()| open.set(false)) />
            </ul>
            <h3>{move || Msg::NewReport.text(lang.get())}</h3>
            <p class="note">{move || Msg::NewReportHelp.text(lang.get())}</p>
            <p on:click=move |_| open.set(false)>
                <ViewLink view=View::Edit testid="open-editor">
                    {move || Msg::MakeInEditor.text(lang.get())}
                </ViewLink>
            </p>
            <ul class="kit" lang=move || lang.get().html_lang()>{kit}</ul>
        </Dialog>
    }
}
