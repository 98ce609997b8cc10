//! The reports on screen: the one shown (bundled, or opened from a file or a path beside the
//! app) and an optional second one to compare with, and the state of opening them. Opening
//! validates first; a file with problems leaves what is shown untouched and lists them in
//! `status`. The last request for a slot wins: a slower, earlier one is discarded when it ends.

use super::{ViewState, BUNDLED_REPORT};
use crate::load;
use leptos::prelude::*;
use leptos::task::spawn_local;
use report::{DataError, Encoding, Problem, Report};
use std::sync::Arc;

/// Where a report came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// Bundled with the app.
    Bundled,
    /// A path beside the app (`?data=` / `?compare=`); shareable.
    Path(String),
    /// A file from the reader's device, by name; not shareable.
    File(String),
}

/// A validated report and where it came from.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The report.
    pub report: Arc<Report>,
    /// Where it came from.
    pub origin: Origin,
}

/// What the last attempt to open a report did.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LoadStatus {
    /// Nothing to report.
    #[default]
    Idle,
    /// Reading the named file.
    Loading(String),
    /// The named file, now shown, was not UTF-8: the reader is told which encoding it was
    /// read in, so text garbled by a wrong guess is not taken for the file's.
    Decoded {
        /// The file name or path.
        name: String,
        /// The encoding it was read in.
        encoding: Encoding,
    },
    /// The named file was refused for these problems.
    Failed {
        /// The file name or path.
        name: String,
        /// Every problem, located.
        errors: Vec<DataError>,
    },
}

/// Which report an opened file becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The report shown in every view.
    Main,
    /// The report compared with it.
    Second,
}

/// Who asked for a report: the address (a link, Back) or the reader (a picked or dropped file,
/// a button).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Request {
    /// The address named it: what else the address says (chart, tab, item) stands.
    Address,
    /// The reader chose it: a chart or item of the previous report means nothing in it.
    Reader,
}

/// The reports on screen, shared as context.
#[derive(Clone, Copy)]
pub struct Reports {
    /// The report shown.
    pub main: RwSignal<Loaded>,
    /// The report compared with it, if any.
    pub second: RwSignal<Option<Loaded>>,
    /// The last attempt to open a report.
    pub status: RwSignal<LoadStatus>,
    /// False while a report named by the address at start-up is still loading, so a shared
    /// link never shows the bundled report first.
    pub ready: RwSignal<bool>,
    /// The number of the latest request for each slot (main, second); a result of an older
    /// one is discarded.
    latest: StoredValue<[u64; 2]>,
    bundled: StoredValue<Arc<Report>>,
    state: RwSignal<ViewState>,
}

impl Reports {
    /// Starts with the bundled report and follows `?data=`, and `?compare=` on the compare
    /// view (no other view needs the second report). `refused` are `?data=`/`?compare=` values
    /// of the starting address that are not report files beside the app: the reader is told.
    pub fn new(bundled: Arc<Report>, state: RwSignal<ViewState>, refused: Vec<String>) -> Reports {
        let reports = Reports {
            main: RwSignal::new(Loaded {
                report: bundled.clone(),
                origin: Origin::Bundled,
            }),
            second: RwSignal::new(None),
            status: RwSignal::new(LoadStatus::Idle),
            ready: RwSignal::new(state.with_untracked(|s| s.data.is_none())),
            latest: StoredValue::new([0, 0]),
            bundled: StoredValue::new(bundled),
            state,
        };
        if let Some(path) = refused.into_iter().next() {
            let errors = vec![DataError::new(
                "(link)",
                Problem::PathRefused { path: path.clone() },
            )];
            reports
                .status
                .set(LoadStatus::Failed { name: path, errors });
        }
        let main = Memo::new(move |_| state.with(|s| s.data.clone()));
        Effect::new(move |_| reports.follow(Slot::Main, main.get()));
        let second = Memo::new(move |_| {
            state.with(|s| (s.view == super::View::Compare).then(|| s.compare.clone()))
        });
        Effect::new(move |_| {
            if let Some(compare) = second.get() {
                reports.follow(Slot::Second, compare);
            }
        });
        reports
    }

    /// The bundled report.
    pub fn bundled(self) -> Arc<Report> {
        self.bundled.get_value()
    }

    /// Opens a file the reader picked or dropped.
    pub fn open_file(self, file: web_sys::File, slot: Slot) {
        let name = file.name();
        let request = self.begin(slot);
        self.status.set(LoadStatus::Loading(name.clone()));
        spawn_local(async move {
            let result = load::read_file(file).await;
            self.settle(request, result, Origin::File(name), slot, Request::Reader);
        });
    }

    /// Shows the bundled report in `slot` (for the second slot: compares with it), as the
    /// reader asked.
    pub fn use_bundled(self, slot: Slot) {
        self.begin(slot);
        self.show_bundled(slot, Request::Reader);
    }

    /// Forgets the second report.
    pub fn clear_second(self) {
        self.begin(Slot::Second);
        self.second.set(None);
        self.state.update(|s| s.compare = None);
    }

    /// Starts a request for `slot`: from now on, results of earlier ones are stale.
    fn begin(self, slot: Slot) -> u64 {
        let index = slot as usize;
        self.latest.update_value(|latest| latest[index] += 1);
        self.latest.with_value(|latest| latest[index])
    }

    /// What the address says for the report shown in `slot`.
    fn shown_link(self, slot: Slot) -> Option<String> {
        match slot {
            Slot::Main => self.main.with_untracked(|l| link(&l.origin, slot)),
            Slot::Second => self
                .second
                .with_untracked(|l| l.as_ref().and_then(|l| link(&l.origin, slot))),
        }
    }

    fn is_latest(self, slot: Slot, request: u64) -> bool {
        self.latest
            .with_value(|latest| latest[slot as usize] == request)
    }

    fn show_bundled(self, slot: Slot, request: Request) {
        let loaded = Loaded {
            report: self.bundled(),
            origin: Origin::Bundled,
        };
        self.accept(loaded, slot, request);
    }

    /// Loads what the URL names, unless it is already shown; returns to the bundled report (or
    /// to no second report) when the URL no longer names one.
    fn follow(self, slot: Slot, wanted: Option<String>) {
        let shown = self.shown_link(slot);
        match wanted {
            Some(wanted) if shown.as_deref() == Some(wanted.as_str()) => {}
            Some(wanted) if wanted == BUNDLED_REPORT => {
                self.begin(slot);
                self.show_bundled(slot, Request::Address);
            }
            Some(path) => {
                let request = self.begin(slot);
                self.status.set(LoadStatus::Loading(path.clone()));
                spawn_local(async move {
                    let result = load::fetch_report(&path).await;
                    self.settle(request, result, Origin::Path(path), slot, Request::Address);
                });
            }
            None if shown.is_some() => {
                self.begin(slot);
                match slot {
                    Slot::Main => self.show_bundled(Slot::Main, Request::Address),
                    Slot::Second => self.second.set(None),
                }
            }
            None => {
                // The address no longer names a report (Back, during a load): a load still
                // under way is no longer wanted.
                self.begin(slot);
                if matches!(self.status.get_untracked(), LoadStatus::Loading(_)) {
                    self.status.set(LoadStatus::Idle);
                }
                if slot == Slot::Main {
                    self.ready.set(true);
                }
            }
        }
    }

    fn settle(
        self,
        number: u64,
        result: Result<(Report, Encoding), Vec<DataError>>,
        origin: Origin,
        slot: Slot,
        request: Request,
    ) {
        // A later request for this slot was made meanwhile: it decides what is shown.
        if !self.is_latest(slot, number) {
            return;
        }
        if slot == Slot::Main {
            self.ready.set(true);
        }
        let name = match &origin {
            Origin::Path(path) | Origin::File(path) => path.clone(),
            Origin::Bundled => String::new(),
        };
        match result {
            Ok((report, encoding)) => {
                let report = Arc::new(report);
                self.accept(Loaded { report, origin }, slot, request);
                if encoding != Encoding::Utf8 {
                    self.status.set(LoadStatus::Decoded { name, encoding });
                }
            }
            Err(errors) => {
                // A link naming a broken file no longer claims to show it: the address names
                // what is still shown.
                if let Some(path) = link(&origin, slot) {
                    let shown = self.shown_link(slot);
                    self.state.update(|s| match slot {
                        Slot::Main if s.data.as_ref() == Some(&path) => s.data = shown,
                        Slot::Second if s.compare.as_ref() == Some(&path) => s.compare = shown,
                        _ => {}
                    });
                }
                self.status.set(LoadStatus::Failed { name, errors });
            }
        }
    }

    /// Shows `loaded` in `slot` and makes the address say so. The view never changes: the
    /// second report is opened from the compare view, or named by a link to any view.
    fn accept(self, loaded: Loaded, slot: Slot, request: Request) {
        let path = link(&loaded.origin, slot);
        match slot {
            Slot::Main => {
                self.main.set(loaded);
                self.state.update(|s| {
                    s.data = path;
                    if request == Request::Reader {
                        s.chart = None;
                        s.tab = super::Tab::Chart;
                        s.item = None;
                    }
                });
            }
            Slot::Second => {
                self.second.set(Some(loaded));
                self.state.update(|s| s.compare = path);
            }
        }
        self.status.set(LoadStatus::Idle);
    }
}

/// What the address says for a report in `slot`: its path, `bundled` for the bundled report as
/// the second one, nothing for the bundled main report or a local file.
fn link(origin: &Origin, slot: Slot) -> Option<String> {
    match (origin, slot) {
        (Origin::Path(path), _) => Some(path.clone()),
        (Origin::Bundled, Slot::Second) => Some(BUNDLED_REPORT.to_string()),
        (Origin::Bundled, Slot::Main) | (Origin::File(_), _) => None,
    }
}

/// The reports on screen.
pub fn use_reports() -> Reports {
    expect_context::<Reports>()
}
