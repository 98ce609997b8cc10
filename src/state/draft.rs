//! The authoring view's draft on screen, kept in the browser's storage and written on every
//! change so a reload or a crash loses nothing; the draft itself, its history and the
//! proposals are pure, in the `authoring` crate.

use authoring::draft::History;
use leptos::prelude::*;
use report::{validate, DataError, Report};
use std::ops::Range;

/// Where the draft is kept in `localStorage`.
const STORAGE_KEY: &str = "aid-impact:draft";

/// Where a kept draft that could not be read back is set aside, until the reader downloads or
/// deletes it: a draft is never dropped unseen.
const ASIDE_KEY: &str = "aid-impact:draft-unreadable";

/// Whether the draft on screen is kept in this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Written on every change.
    Saved,
    /// The browser refused to keep it (its storage is full or blocked): it lives only on this
    /// page until downloaded.
    NotSaved,
    /// Another tab or window changed the kept draft: this page stops writing it until the
    /// reader chooses which to keep, so neither overwrites the other unseen.
    ChangedElsewhere,
}

/// A kept draft that could not be read back (cut off, of an unknown format version, a value of
/// the wrong type), as it was stored.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    /// The stored text, as it was.
    pub text: String,
    /// Why it cannot be read.
    pub problem: DataError,
}

/// The draft of the authoring view, shared by its components.
#[derive(Clone, Copy)]
pub struct Draft {
    /// The draft and its history; `None` until a text or a file is chosen.
    pub history: RwSignal<Option<History>>,
    /// Whether it is kept in this browser.
    pub keeping: RwSignal<Keeping>,
    /// A kept draft that could not be read back, until downloaded or deleted.
    pub aside: RwSignal<Option<SetAside>>,
    /// What this page last wrote (`None` for nothing), to tell another tab's writes from its
    /// own.
    written: StoredValue<Option<String>>,
}

impl Draft {
    /// The draft kept in this browser, if any, and a copy written on every change. A kept draft
    /// that cannot be read back is set aside and said, never deleted; another tab's change to
    /// the kept draft is said, never overwritten.
    pub fn kept() -> Draft {
        let storage = local_storage();
        let kept = storage
            .as_ref()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let (report, unreadable) = match kept.as_deref().map(validate::read_unchecked) {
            Some(Ok(report)) => (Some(report), None),
            Some(Err(problem)) => (None, kept.clone().map(|text| SetAside { text, problem })),
            None => (None, None),
        };
        // Moved aside only if the copy is written: otherwise it stays where it is, unwritten
        // over, until the reader deals with it.
        let moved = unreadable.is_some()
            && storage.as_ref().is_some_and(|s| {
                let text = kept.as_deref().unwrap_or_default();
                s.set_item(ASIDE_KEY, text).is_ok() && s.remove_item(STORAGE_KEY).is_ok()
            });
        let aside = unreadable.or_else(|| {
            let text = storage.as_ref()?.get_item(ASIDE_KEY).ok()??;
            let problem = validate::read_unchecked(&text).err()?;
            Some(SetAside { text, problem })
        });
        let held = aside.is_some() && !moved && kept.is_some() && report.is_none();
        let draft = Draft {
            history: RwSignal::new(report.map(History::new)),
            keeping: RwSignal::new(if held {
                Keeping::NotSaved
            } else {
                Keeping::Saved
            }),
            aside: RwSignal::new(aside),
            written: StoredValue::new(if moved { None } else { kept }),
        };
        Effect::new(move |_| {
            let json = draft
                .history
                .with(|h| h.as_ref().map(|h| h.present().to_json()));
            let blocked = draft.keeping.get_untracked() == Keeping::ChangedElsewhere
                || (held && draft.aside.with_untracked(Option::is_some));
            if !blocked {
                draft.write(json);
            }
        });
        let changed = window_event_listener(leptos::ev::storage, move |ev| {
            let ours = ev.key().as_deref() == Some(STORAGE_KEY);
            if ours && draft.written.with_value(|w| *w != ev.new_value()) {
                draft.keeping.set(Keeping::ChangedElsewhere);
            }
        });
        on_cleanup(move || changed.remove());
        draft
    }

    /// Writes `json` as the kept draft (`None` removes it), and says whether it was kept.
    fn write(self, json: Option<String>) {
        if self.written.with_value(|w| *w == json) {
            self.keeping.set(Keeping::Saved);
            return;
        }
        let kept = local_storage().is_some_and(|storage| match &json {
            Some(json) => storage.set_item(STORAGE_KEY, json).is_ok(),
            None => storage.remove_item(STORAGE_KEY).is_ok(),
        });
        if kept {
            self.written.set_value(json);
        }
        self.keeping.set(if kept {
            Keeping::Saved
        } else {
            Keeping::NotSaved
        });
    }

    /// After another tab's change: keeps this page's draft, over the other one.
    pub fn keep_this(self) {
        let json = self
            .history
            .with_untracked(|h| h.as_ref().map(|h| h.present().to_json()));
        self.written.set_value(None);
        self.write(json);
    }

    /// After another tab's change: takes the kept draft, as the other tab left it.
    pub fn take_kept(self) {
        let kept = local_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        match kept.as_deref().map(validate::read_unchecked) {
            Some(Ok(report)) => self.history.set(Some(History::new(report))),
            Some(Err(_)) => return,
            None => self.history.set(None),
        }
        self.written.set_value(kept);
        self.keeping.set(Keeping::Saved);
    }

    /// Deletes the draft set aside (after it was downloaded, or when the reader says so).
    pub fn drop_aside(self) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(ASIDE_KEY);
            // One that could not be moved aside is still in the draft's place.
            if self.history.with_untracked(Option::is_none)
                && self.written.with_value(|w| w.is_some())
            {
                let _ = storage.remove_item(STORAGE_KEY);
                self.written.set_value(None);
            }
        }
        self.aside.set(None);
        let json = self
            .history
            .with_untracked(|h| h.as_ref().map(|h| h.present().to_json()));
        self.write(json);
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

    /// Reads the draft's report without tracking it: what reads it is not re-run when it
    /// changes.
    pub fn with_untracked<T>(self, read: impl FnOnce(&Report) -> T) -> Option<T> {
        self.history
            .with_untracked(|h| h.as_ref().map(|h| read(h.present())))
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
    /// The number phrase chosen in the text when the selection is its clause (a marked number
    /// taken by click or key), as byte offsets: the figure form proposes that number, not the
    /// clause's first. `None` for a selection made by hand.
    pub number: RwSignal<Option<std::ops::Range<usize>>>,
    /// The item the forms correct instead of adding a new one.
    pub editing: RwSignal<Option<Editing>>,
    /// The encoding the opened file was read in, when not UTF-8.
    pub read_in: RwSignal<Option<report::Encoding>>,
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
            number: RwSignal::new(None),
            editing: RwSignal::new(None),
            read_in: RwSignal::new(None),
        }
    }

    /// Selects `range` of the text for the forms, with the number phrase chosen in it (if
    /// any), leaving any correction.
    pub fn select(self, range: Option<Range<usize>>, number: Option<Range<usize>>) {
        self.editing.set(None);
        self.number.set(number);
        self.selection.set(range);
    }

    /// The draft's text (empty before a draft is started).
    pub fn text(self) -> String {
        self.draft
            .with(|r| r.original_text.clone().unwrap_or_default())
            .unwrap_or_default()
    }
}

/// The browser's `localStorage`, where it can be used.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}
