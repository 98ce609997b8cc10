//! A tiny arithmetic evaluator for derived figures: numbers, variables, `+ - * /`, parentheses.

use std::collections::BTreeMap;

/// Evaluates `formula` with the given variable values.
///
/// Errors name the problem in plain English (`unknown variable "c"`, `unexpected ")"`).
pub fn evaluate(formula: &str, vars: &BTreeMap<String, f64>) -> Result<f64, String> {
    let tokens = tokenize(formula)?;
    let mut parser = Parser {
        tokens: &tokens,
        pos: 0,
        vars,
    };
    let value = parser.expression()?;
    match parser.tokens.get(parser.pos) {
        None => Ok(value),
        Some(token) => Err(format!("unexpected {token}")),
    }
}

/// The variable names a formula uses, in order of first appearance.
pub fn variables(formula: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for token in tokenize(formula)? {
        if let Token::Var(name) = token {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(names)
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Num(f64),
    Var(String),
    Op(char),
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Token::Num(n) => write!(f, "number {n}"),
            Token::Var(v) => write!(f, "variable \"{v}\""),
            Token::Op(c) => write!(f, "\"{c}\""),
        }
    }
}

fn tokenize(formula: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = formula.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if "+-*/()".contains(c) {
            tokens.push(Token::Op(c));
            chars.next();
        } else if c.is_ascii_digit() || c == '.' {
            let mut end = start;
            while let Some(&(i, d)) = chars.peek() {
                if !(d.is_ascii_digit() || d == '.') {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            let text = &formula[start..end];
            let number = text.parse().map_err(|_| format!("bad number \"{text}\""))?;
            tokens.push(Token::Num(number));
        } else if c.is_ascii_alphabetic() || c == '_' {
            let mut end = start;
            while let Some(&(i, d)) = chars.peek() {
                if !(d.is_ascii_alphanumeric() || d == '_') {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            tokens.push(Token::Var(formula[start..end].to_string()));
        } else {
            return Err(format!("unexpected character \"{c}\""));
        }
    }
    Ok(tokens)
}

struct Parser<'a> {
    tokens: &'a [Token],
    pos: usize,
    vars: &'a BTreeMap<String, f64>,
}

impl Parser<'_> {
    fn next_op(&mut self, ops: &str) -> Option<char> {
        match self.tokens.get(self.pos) {
            Some(Token::Op(c)) if ops.contains(*c) => {
                self.pos += 1;
                Some(*c)
            }
            _ => None,
        }
    }

    fn expression(&mut self) -> Result<f64, String> {
        let mut value = self.term()?;
        while let Some(op) = self.next_op("+-") {
            let rhs = self.term()?;
            value = if op == '+' { value + rhs } else { value - rhs };
        }
        Ok(value)
    }

    fn term(&mut self) -> Result<f64, String> {
        let mut value = self.factor()?;
        while let Some(op) = self.next_op("*/") {
            let rhs = self.factor()?;
            if op == '/' && rhs == 0.0 {
                return Err("division by zero".into());
            }
            value = if op == '*' { value * rhs } else { value / rhs };
        }
        Ok(value)
    }

    fn factor(&mut self) -> Result<f64, String> {
        if self.next_op("-").is_some() {
            return Ok(-self.factor()?);
        }
        if self.next_op("(").is_some() {
            let value = self.expression()?;
            return match self.next_op(")") {
                Some(_) => Ok(value),
                None => Err("missing \")\"".into()),
            };
        }
        let token = self.tokens.get(self.pos).ok_or("formula ends too early")?;
        self.pos += 1;
        match token {
            Token::Num(n) => Ok(*n),
            Token::Var(name) => self
                .vars
                .get(name)
                .copied()
                .ok_or_else(|| format!("unknown variable \"{name}\"")),
            Token::Op(_) => Err(format!("unexpected {token}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn respects_precedence_and_parentheses() {
        let v = vars(&[("a", 15291.0), ("b", 7.5)]);
        assert_eq!(evaluate("a - b * 2", &v), Ok(15276.0));
        assert!((evaluate("a / (1 + b / 100)", &v).unwrap() - 14224.186).abs() < 0.001);
        assert_eq!(evaluate("-(a - a) + 3", &v), Ok(3.0));
    }

    #[test]
    fn reports_errors_in_plain_words() {
        let v = vars(&[("a", 1.0)]);
        assert_eq!(evaluate("a + c", &v), Err("unknown variable \"c\"".into()));
        assert_eq!(evaluate("a / 0", &v), Err("division by zero".into()));
        assert_eq!(evaluate("(a", &v), Err("missing \")\"".into()));
        assert_eq!(evaluate("a )", &v), Err("unexpected \")\"".into()));
        assert_eq!(
            evaluate("a $", &v),
            Err("unexpected character \"$\"".into())
        );
        assert_eq!(evaluate("a +", &v), Err("formula ends too early".into()));
    }

    #[test]
    fn lists_variables_once() {
        assert_eq!(
            variables("b / a * 100 + a"),
            Ok(vec!["b".into(), "a".into()])
        );
    }
}
