//! The report being made in the authoring view (`?view=edit`): its history for undo and redo,
//! and its copy in the browser's storage, written on every change so a reload or a crash loses
//! nothing. The draft is an ordinary [`Report`]: what is downloaded is what was validated.

use crate::data::{Localized, Meta, Report, SCHEMA_VERSION};
use leptos::prelude::*;

/// How many steps back undo reaches.
const HISTORY: usize = 200;

/// Where the draft is kept in `localStorage`.
const STORAGE_KEY: &str = "aid-impact:draft";

/// A report with its undo and redo steps.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    past: Vec<Report>,
    present: Report,
    future: Vec<Report>,
}

impl History {
    /// A history starting at `report`, with nothing to undo.
    pub fn new(report: Report) -> History {
        History {
            past: Vec::new(),
            present: report,
            future: Vec::new(),
        }
    }

    /// The report as it is now.
    pub fn present(&self) -> &Report {
        &self.present
    }

    /// Applies `change` as one undoable step; a change that changes nothing is not a step.
    pub fn apply(&mut self, change: impl FnOnce(&mut Report)) {
        let mut next = self.present.clone();
        change(&mut next);
        if next == self.present {
            return;
        }
        self.past.push(std::mem::replace(&mut self.present, next));
        if self.past.len() > HISTORY {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Goes one step back.
    pub fn undo(&mut self) {
        if let Some(previous) = self.past.pop() {
            self.future
                .push(std::mem::replace(&mut self.present, previous));
        }
    }

    /// Goes one undone step forward again.
    pub fn redo(&mut self) {
        if let Some(next) = self.future.pop() {
            self.past.push(std::mem::replace(&mut self.present, next));
        }
    }
}

/// An empty report around `text`: the officer fills in the rest.
pub fn blank(text: String) -> Report {
    let empty = || Localized {
        zh: String::new(),
        en: String::new(),
    };
    Report {
        schema: Some("report.schema.json".into()),
        schema_version: SCHEMA_VERSION,
        meta: Meta {
            id: String::new(),
            title: empty(),
            publisher: empty(),
            published: String::new(),
            region: vec![empty()],
            partner: vec![empty()],
        },
        figures: Vec::new(),
        projects: Vec::new(),
        pairings: Vec::new(),
        headline: None,
        charts: Vec::new(),
        original_text: Some(text),
        figure_index: Default::default(),
    }
}

/// The draft of the authoring view, shared by its components.
#[derive(Clone, Copy)]
pub struct Draft {
    /// The draft and its history; `None` until a text or a file is chosen.
    pub history: RwSignal<Option<History>>,
}

impl Draft {
    /// The draft kept in this browser, if any, and a copy written on every change.
    pub fn kept() -> Draft {
        let history = RwSignal::new(stored().map(History::new));
        Effect::new(move |_| history.with(|h| store(h.as_ref().map(History::present))));
        Draft { history }
    }

    /// Starts a new draft from `report` (a text, or a report file to continue).
    pub fn start(self, report: Report) {
        self.history.set(Some(History::new(report)));
    }

    /// Drops the draft, back to the start.
    pub fn discard(self) {
        self.history.set(None);
    }

    /// Applies `change` to the draft as one undoable step.
    pub fn apply(self, change: impl FnOnce(&mut Report)) {
        self.history.update(|h| {
            if let Some(h) = h {
                h.apply(change)
            }
        });
    }

    /// Reads the draft's report.
    pub fn with<T>(self, read: impl FnOnce(&Report) -> T) -> Option<T> {
        self.history.with(|h| h.as_ref().map(|h| read(h.present())))
    }
}

/// The authoring view's shared state: the draft, the fragment of its text the forms work on,
/// and which item is being corrected.
#[derive(Clone, Copy)]
pub struct Editor {
    /// The report being made.
    pub draft: Draft,
    /// The selected fragment of the text, as byte offsets.
    pub selection: RwSignal<Option<std::ops::Range<usize>>>,
    /// The item the forms correct instead of adding a new one.
    pub editing: RwSignal<Option<Editing>>,
    /// The encoding the opened file was read in, when not UTF-8.
    pub read_in: RwSignal<Option<crate::data::Encoding>>,
}

/// An item of the draft open in a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    /// A figure, by its place in the list.
    Figure(usize),
    /// An event, by its project's place and its own.
    Event(usize, usize),
    /// A pairing, by its place in the list.
    Pairing(usize),
}

impl Editor {
    /// The editor's state, with the draft kept in this browser.
    pub fn kept() -> Editor {
        Editor {
            draft: Draft::kept(),
            selection: RwSignal::new(None),
            editing: RwSignal::new(None),
            read_in: RwSignal::new(None),
        }
    }

    /// The draft's text (empty before a draft is started).
    pub fn text(self) -> String {
        self.draft
            .with(|r| r.original_text.clone().unwrap_or_default())
            .unwrap_or_default()
    }
}

/// The report kept in `localStorage`, if it reads back.
fn stored() -> Option<Report> {
    let json = web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(STORAGE_KEY)
        .ok()??;
    crate::data::validate::read_unchecked(&json).ok()
}

/// Keeps `report` in `localStorage`, or removes the kept one. A full or blocked storage is
/// not fatal: the draft stays on screen and can be downloaded.
fn store(report: Option<&Report>) {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let _ = match report {
        Some(report) => storage
            .set_item(STORAGE_KEY, &crate::export::report_json(report))
            .map_err(|_| ()),
        None => storage.remove_item(STORAGE_KEY).map_err(|_| ()),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_id(id: &str) -> Report {
        let mut report = blank("文".into());
        report.meta.id = id.into();
        report
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut history = History::new(with_id("a"));
        history.apply(|r| r.meta.id = "b".into());
        history.apply(|r| r.meta.id = "c".into());
        history.undo();
        assert_eq!(history.present().meta.id, "b");
        history.undo();
        assert_eq!(history.present().meta.id, "a");
        assert!(!history.can_undo());
        history.undo();
        assert_eq!(history.present().meta.id, "a");
        history.redo();
        history.redo();
        assert_eq!(history.present().meta.id, "c");
        assert!(!history.can_redo());
    }

    #[test]
    fn a_new_step_drops_the_undone_ones_and_no_change_is_no_step() {
        let mut history = History::new(with_id("a"));
        history.apply(|r| r.meta.id = "b".into());
        history.undo();
        history.apply(|r| r.meta.id = "c".into());
        assert!(!history.can_redo());
        history.apply(|r| r.meta.id = "c".into());
        history.undo();
        assert_eq!(history.present().meta.id, "a");
    }

    #[test]
    fn a_draft_reads_back_as_kept_even_unfinished() {
        let mut report = blank("2022年，投入资金100万元。".into());
        report.meta.region.push(Localized {
            zh: "二".into(),
            en: String::new(),
        });
        let kept = crate::export::report_json(&report);
        assert_eq!(crate::data::validate::read_unchecked(&kept), Ok(report));
    }

    #[test]
    fn history_is_bounded() {
        let mut history = History::new(with_id("x"));
        for n in 0..HISTORY + 50 {
            history.apply(|r| r.meta.id = format!("x{n}"));
        }
        let mut steps = 0;
        while history.can_undo() {
            history.undo();
            steps += 1;
        }
        assert_eq!(steps, HISTORY);
    }
}
