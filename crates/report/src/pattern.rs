//! The schemas' `pattern`s, matched without a regex crate, which would weigh more than the
//! whole schema check in the reader's wasm. Only the part of the ECMAScript syntax (JSON
//! Schema's dialect) that the schemas use is read: anchors `^ $`, literal characters and
//! escaped punctuation (`\.`), classes of characters and ranges (`[a-z0-9_]`), groups with
//! `|`, and `* + ? {n} {n,m}`. Anything else is refused when the pattern is compiled rather
//! than read differently from other validators.
//!
//! A pattern is compiled to an NFA and that to a DFA, once: a report's check matches hundreds
//! of thousands of texts, each then in one table step a character, whatever the pattern.

use std::fmt;

/// A pattern compiled once, matched against many texts.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// Where each class of characters that the pattern tells apart begins: a character's
    /// class is how many of these are at or below it.
    bounds: Vec<char>,
    /// Each state's next state for each class, at `state * (bounds.len() + 1) + class`;
    /// the first state is the start.
    next: Vec<u32>,
    /// What each state means for the match.
    states: Vec<State>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    /// A match was found, whatever follows.
    Matched,
    /// No match can be found any more.
    Failed,
    /// Reading on; whether there is a match if the text ends here.
    Open { at_end: bool },
}

/// A pattern using syntax outside the subset, or not a valid pattern at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported {
    /// The pattern.
    pub pattern: String,
    /// The character (0-based) where reading stopped.
    pub at: usize,
    /// What was found there.
    pub what: &'static str,
}

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (pattern, at, what) = (&self.pattern, self.at, self.what);
        write!(f, "pattern {pattern:?}, character {at}: {what}")
    }
}

impl std::error::Error for Unsupported {}

/// The most a `{n,m}` may count: each repetition is a copy of what it repeats.
const MAX_COUNT: u32 = 100;

/// The most states of a DFA, which a pattern could otherwise multiply beyond any use.
const MAX_STATES: usize = 1000;

impl Pattern {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Result<Pattern, Unsupported> {
        let mut parser = Parser {
            chars: pattern.chars().collect(),
            at: 0,
        };
        let node = parser.alternation().and_then(|node| match parser.peek() {
            None => Ok(node),
            Some(_) => Err(parser.fail("an unopened \")\"")),
        });
        let compiled = node.and_then(|node| {
            let mut program = Vec::new();
            compile(&node, &mut program);
            program.push(Inst::Match);
            determinize(&program).ok_or((parser.chars.len(), "more states than a DFA is given"))
        });
        compiled.map_err(|(at, what)| Unsupported {
            pattern: pattern.to_string(),
            at,
            what,
        })
    }

    /// Whether `text` has a match anywhere, as JSON Schema searches (unanchored unless the
    /// pattern says `^` or `$`).
    pub fn is_match(&self, text: &str) -> bool {
        let classes = self.bounds.len() + 1;
        let mut state = 0;
        for c in text.chars() {
            match self.states[state] {
                State::Matched => return true,
                State::Failed => return false,
                State::Open { .. } => {}
            }
            let class = self.bounds.partition_point(|&bound| bound <= c);
            state = self.next[state * classes + class] as usize;
        }
        matches!(
            self.states[state],
            State::Matched | State::Open { at_end: true }
        )
    }
}

/// The DFA of an NFA `program`, by the subsets of its instructions that a text can be at;
/// `None` when it has more than [`MAX_STATES`].
fn determinize(program: &[Inst]) -> Option<Pattern> {
    let mut bounds = Vec::new();
    for inst in program {
        if let Inst::Class(ranges) = inst {
            for &(low, high) in ranges {
                insert_sorted(&mut bounds, low);
                if let Some(after) = after(high) {
                    insert_sorted(&mut bounds, after);
                }
            }
        }
    }
    // Each state is known by the instructions it waits at for a character and whether the
    // text may end there; the first is the start's.
    let mut known = vec![closure(program, &[0], true)];
    let (mut next, mut states) = (Vec::new(), Vec::new());
    while let Some((waiting, matched, at_end)) = known.get(states.len()).cloned() {
        let state = if matched {
            State::Matched
        } else if waiting.is_empty() && !at_end {
            State::Failed
        } else {
            State::Open { at_end }
        };
        states.push(state);
        // A class's first character stands for it (the first class's is below every bound).
        for first in std::iter::once('\0').chain(bounds.iter().copied()) {
            let to = match state {
                State::Open { .. } => {
                    // Unanchored: a match may also start at every character.
                    let mut taken = vec![0];
                    let took = waiting.iter().filter(|&&pc| program[pc].takes(first));
                    taken.extend(took.map(|pc| pc + 1));
                    let key = closure(program, &taken, false);
                    known.iter().position(|k| *k == key).unwrap_or_else(|| {
                        known.push(key);
                        known.len() - 1
                    })
                }
                State::Matched | State::Failed => states.len() - 1,
            };
            next.push(to as u32);
        }
        if known.len() > MAX_STATES {
            return None;
        }
    }
    Some(Pattern {
        bounds,
        next,
        states,
    })
}

/// Adds `item` to the sorted `list` unless it is there. (Lists are short; a sort would add
/// more code to the wasm than it saves.)
fn insert_sorted<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(at) = list.binary_search(&item) {
        list.insert(at, item);
    }
}

/// The character after `c`, if any (skipping the surrogates, which are none).
fn after(c: char) -> Option<char> {
    match c {
        '\u{D7FF}' => Some('\u{E000}'),
        c => char::from_u32(c as u32 + 1),
    }
}

/// From the instructions `from`, at the text's start or not, following jumps and
/// assertions: the instructions waiting for a character (in order), whether a match is
/// reached before the text's end, and whether at its end.
fn closure(program: &[Inst], from: &[usize], at_start: bool) -> (Vec<usize>, bool, bool) {
    let follow = |at_end: bool| {
        let (mut waiting, mut matched) = (Vec::new(), false);
        let mut seen = vec![false; program.len()];
        let mut stack = from.to_vec();
        while let Some(pc) = stack.pop() {
            if std::mem::replace(&mut seen[pc], true) {
                continue;
            }
            match program[pc] {
                Inst::Match => matched = true,
                Inst::Start if at_start => stack.push(pc + 1),
                Inst::End if at_end => stack.push(pc + 1),
                Inst::Start | Inst::End => {}
                Inst::Jump(to) => stack.push(to),
                Inst::Split(first, second) => stack.extend([first, second]),
                Inst::Class(_) => insert_sorted(&mut waiting, pc),
            }
        }
        (waiting, matched)
    };
    let (waiting, matched) = follow(false);
    (waiting, matched, follow(true).1)
}

/// An NFA's instruction.
#[derive(Clone, Debug)]
enum Inst {
    /// Takes a character in one of these inclusive ranges.
    Class(Vec<(char, char)>),
    Start,
    End,
    Jump(usize),
    Split(usize, usize),
    Match,
}

impl Inst {
    fn takes(&self, c: char) -> bool {
        match self {
            Inst::Class(ranges) => ranges.iter().any(|&(low, high)| (low..=high).contains(&c)),
            _ => false,
        }
    }
}

/// A pattern as read, before it is compiled.
enum Node {
    Class(Vec<(char, char)>),
    Start,
    End,
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        /// `None`: no limit.
        max: Option<u32>,
    },
}

/// Appends the NFA of `node` to `program`.
fn compile(node: &Node, program: &mut Vec<Inst>) {
    match node {
        Node::Class(ranges) => program.push(Inst::Class(ranges.clone())),
        Node::Start => program.push(Inst::Start),
        Node::End => program.push(Inst::End),
        Node::Concat(nodes) => nodes.iter().for_each(|node| compile(node, program)),
        Node::Alternation(branches) => {
            let mut jumps = Vec::new();
            for (index, branch) in branches.iter().enumerate() {
                let last = index + 1 == branches.len();
                let split = program.len();
                if !last {
                    program.push(Inst::Split(split + 1, 0));
                }
                compile(branch, program);
                if !last {
                    jumps.push(program.len());
                    program.push(Inst::Jump(0));
                    program[split] = Inst::Split(split + 1, program.len());
                }
            }
            let end = program.len();
            for jump in jumps {
                program[jump] = Inst::Jump(end);
            }
        }
        Node::Repeat { node, min, max } => {
            for _ in 0..*min {
                compile(node, program);
            }
            match max {
                None => {
                    let split = program.len();
                    program.push(Inst::Split(split + 1, 0));
                    compile(node, program);
                    program.push(Inst::Jump(split));
                    program[split] = Inst::Split(split + 1, program.len());
                }
                Some(max) => {
                    let mut splits = Vec::new();
                    for _ in *min..*max {
                        splits.push(program.len());
                        program.push(Inst::Split(0, 0));
                        compile(node, program);
                    }
                    let end = program.len();
                    for split in splits {
                        program[split] = Inst::Split(split + 1, end);
                    }
                }
            }
        }
    }
}

/// A place in the pattern and what is wrong there.
type Failure = (usize, &'static str);

/// Reads a pattern by recursive descent, at a character of it.
struct Parser {
    chars: Vec<char>,
    at: usize,
}

/// The punctuation that a `\` makes literal, in a class or not: ECMAScript's syntax
/// characters, `/` and `-`.
const ESCAPABLE: &str = "^$\\.*+?()[]{}|/-";

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    fn fail(&self, what: &'static str) -> Failure {
        (self.at, what)
    }

    fn alternation(&mut self) -> Result<Node, Failure> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.at += 1;
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.remove(0)
        } else {
            Node::Alternation(branches)
        })
    }

    fn concat(&mut self) -> Result<Node, Failure> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            let atom = match c {
                '|' | ')' => break,
                '^' => Node::Start,
                '$' => Node::End,
                '(' => {
                    self.at += 1;
                    if self.peek() == Some('?') {
                        return Err(self.fail("a group of another kind than (…)"));
                    }
                    let inner = self.alternation()?;
                    if self.peek() != Some(')') {
                        return Err(self.fail("a \"(\" never closed"));
                    }
                    inner
                }
                '[' => self.class()?,
                '\\' => {
                    let c = self.escape()?;
                    Node::Class(vec![(c, c)])
                }
                '*' | '+' | '?' | '{' => return Err(self.fail("nothing to repeat")),
                '.' => return Err(self.fail("\".\", which the subset leaves out")),
                ']' | '}' => return Err(self.fail("an unopened bracket")),
                c => Node::Class(vec![(c, c)]),
            };
            // Each atom's reading ends on its last character.
            self.at += 1;
            nodes.push(self.quantifier(atom)?);
        }
        Ok(if nodes.len() == 1 {
            nodes.remove(0)
        } else {
            Node::Concat(nodes)
        })
    }

    /// After `\` at the current place: the escaped character, leaving the place on it.
    fn escape(&mut self) -> Result<char, Failure> {
        self.at += 1;
        match self.peek() {
            Some(c) if ESCAPABLE.contains(c) => Ok(c),
            Some(_) => Err(self.fail("an escape the subset leaves out (only punctuation)")),
            None => Err(self.fail("a \"\\\" at the end")),
        }
    }

    /// `[…]` from its `[`, leaving the place on its `]`.
    fn class(&mut self) -> Result<Node, Failure> {
        self.at += 1;
        if self.peek() == Some('^') {
            return Err(self.fail("a negated class, which the subset leaves out"));
        }
        let mut ranges = Vec::new();
        loop {
            let low = match self.peek() {
                None => return Err(self.fail("a \"[\" never closed")),
                Some(']') if ranges.is_empty() => return Err(self.fail("an empty class")),
                Some(']') => return Ok(Node::Class(ranges)),
                Some('[') => return Err(self.fail("a \"[\" inside a class")),
                Some('\\') => self.escape()?,
                Some(c) => c,
            };
            self.at += 1;
            let high = match (self.peek(), self.chars.get(self.at + 1)) {
                (Some('-'), Some(&c)) if c != ']' => {
                    self.at += 1;
                    let high = match c {
                        '\\' => self.escape()?,
                        '[' => return Err(self.fail("a \"[\" inside a class")),
                        c => c,
                    };
                    self.at += 1;
                    if high < low {
                        return Err(self.fail("a range out of order"));
                    }
                    high
                }
                _ => low,
            };
            ranges.push((low, high));
        }
    }

    /// `atom` with the quantifier that follows it, if any.
    fn quantifier(&mut self, atom: Node) -> Result<Node, Failure> {
        let start = self.at;
        let (min, max) = match self.next() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => self.counts()?,
            _ => {
                self.at = start;
                return Ok(atom);
            }
        };
        if matches!(atom, Node::Start | Node::End) {
            return Err((start, "a repeated anchor"));
        }
        if matches!(self.peek(), Some('*' | '+' | '?' | '{')) {
            return Err(self.fail("a lazy or doubled quantifier, which the subset leaves out"));
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    /// The `n}` or `n,m}` after a `{`.
    fn counts(&mut self) -> Result<(u32, Option<u32>), Failure> {
        let min = self.count()?;
        let max = match self.next() {
            Some('}') => return Ok((min, Some(min))),
            Some(',') => self.count()?,
            _ => return Err(self.fail("a \"{\" never closed")),
        };
        if self.next() != Some('}') {
            return Err(self.fail("a \"{\" never closed"));
        }
        if max < min {
            return Err(self.fail("a count out of order"));
        }
        Ok((min, Some(max)))
    }

    /// The digits of a `{n,m}`.
    fn count(&mut self) -> Result<u32, Failure> {
        let start = self.at;
        let mut count: u32 = 0;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            count = count * 10 + digit;
            if count > MAX_COUNT {
                return Err(self.fail("a count over 100"));
            }
            self.at += 1;
        }
        if self.at == start {
            return Err(self.fail("a \"{\" without its count"));
        }
        Ok(count)
    }
}
