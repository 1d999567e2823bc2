//! The `.pb` reader.

use std::collections::HashMap;

use super::{Amount, Ballot, Election, PbError, PbProject, VoteType};

/// Reads a file's bytes; invalid UTF-8 is reported with its line.
pub fn parse_bytes(bytes: &[u8]) -> Result<Election, PbError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => parse(s),
        Err(e) => {
            let before = &bytes[..e.valid_up_to()];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let col_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&before[col_start..])
                .chars()
                .count()
                + 1;
            Err(PbError {
                line,
                column,
                message: "the file is not UTF-8 text".into(),
            })
        }
    }
}

/// Lines as Python's `str.splitlines` makes them, each with its number from 1.
fn split_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_no = 1;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\u{0b}'
                | '\u{0c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if brk {
            out.push((line_no, &text[start..i]));
            let mut next = i + c.len_utf8();
            if c == '\r'
                && let Some(&(j, '\n')) = it.peek()
            {
                it.next();
                next = j + 1;
            }
            start = next;
            line_no += 1;
        }
    }
    if start < text.len() {
        out.push((line_no, &text[start..]));
    }
    out
}

/// One cell with the column (from 1) where it starts.
struct Cell {
    text: String,
    column: usize,
}

/// Splits a line at `;` the way Python's csv module does (quote char `"`, doubled quotes).
fn split_cells(line: &str, line_no: usize) -> Result<Vec<Cell>, PbError> {
    let chars: Vec<char> = line.chars().collect();
    let mut cells = Vec::new();
    let mut i = 0;
    loop {
        let column = i + 1;
        let mut text = String::new();
        if i < chars.len() && chars[i] == '"' {
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        return Err(PbError {
                            line: line_no,
                            column,
                            message: "quoted cell is not closed (missing \")".into(),
                        });
                    }
                    Some('"') if chars.get(i + 1) == Some(&'"') => {
                        text.push('"');
                        i += 2;
                    }
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(&c) => {
                        text.push(c);
                        i += 1;
                    }
                }
            }
        }
        while i < chars.len() && chars[i] != ';' {
            text.push(chars[i]);
            i += 1;
        }
        cells.push(Cell { text, column });
        if i >= chars.len() {
            break;
        }
        i += 1; // the ';'
    }
    Ok(cells)
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum SectionKind {
    None,
    Meta,
    Projects,
    Votes,
}

fn err(line: usize, column: usize, message: impl Into<String>) -> PbError {
    PbError {
        line,
        column,
        message: message.into(),
    }
}

fn is_blank(cells: &[Cell]) -> bool {
    cells.is_empty() || (cells.len() == 1 && cells[0].text.trim().is_empty())
}

struct Header {
    names: Vec<String>,
}

impl Header {
    fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
}

/// Reads an election from text.
pub fn parse(text: &str) -> Result<Election, PbError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = split_lines(text);
    let mut section = SectionKind::None;
    let mut expect_header = false;
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut meta_lines: Vec<usize> = Vec::new();
    let mut projects: Vec<PbProject> = Vec::new();
    let mut project_index: HashMap<String, usize> = HashMap::new();
    // Votes are kept as raw rows until META is complete (vote_type may, in principle, come late).
    let mut vote_rows: Vec<(usize, Vec<Cell>)> = Vec::new();
    let mut vote_header: Option<Header> = None;
    let mut project_rows: Vec<(usize, Vec<Cell>)> = Vec::new();
    let mut project_header: Option<Header> = None;
    let mut seen = [false; 3];

    for (line_no, line) in lines {
        let cells = split_cells(line, line_no)?;
        if is_blank(&cells) {
            continue;
        }
        let first = cells[0].text.trim().to_lowercase();
        let kind = match first.as_str() {
            "meta" => Some((SectionKind::Meta, 0)),
            "projects" => Some((SectionKind::Projects, 1)),
            "votes" => Some((SectionKind::Votes, 2)),
            _ => None,
        };
        if let Some((k, idx)) = kind {
            if seen[idx] {
                return Err(err(
                    line_no,
                    1,
                    format!("section {} appears twice", first.to_uppercase()),
                ));
            }
            seen[idx] = true;
            section = k;
            expect_header = true;
            continue;
        }
        if expect_header {
            let names: Vec<String> = cells.iter().map(|c| c.text.trim().to_string()).collect();
            let mut uniq = std::collections::HashSet::new();
            for (n, c) in names.iter().zip(&cells) {
                if !uniq.insert(n.as_str()) {
                    return Err(err(
                        line_no,
                        c.column,
                        format!("column '{n}' appears twice in the header"),
                    ));
                }
            }
            let h = Header { names };
            match section {
                SectionKind::Projects => {
                    if h.index("cost").is_none() {
                        return Err(err(line_no, 1, "the PROJECTS header has no 'cost' column"));
                    }
                    project_header = Some(h);
                }
                SectionKind::Votes => {
                    if h.index("vote").is_none() {
                        return Err(err(line_no, 1, "the VOTES header has no 'vote' column"));
                    }
                    vote_header = Some(h);
                }
                _ => {}
            }
            expect_header = false;
            continue;
        }
        match section {
            SectionKind::None => {
                return Err(err(
                    line_no,
                    1,
                    "text before the first section (META, PROJECTS or VOTES)",
                ));
            }
            SectionKind::Meta => {
                if cells.len() < 2 {
                    return Err(err(
                        line_no,
                        cells[0].column,
                        "a META row needs a key and a value separated by ';'",
                    ));
                }
                meta_lines.push(line_no);
                meta.push((
                    cells[0].text.trim().to_string(),
                    cells[1].text.trim().to_string(),
                ));
            }
            SectionKind::Projects => project_rows.push((line_no, cells)),
            SectionKind::Votes => vote_rows.push((line_no, cells)),
        }
    }

    let meta_get = |k: &str| {
        meta.iter()
            .zip(&meta_lines)
            .find(|((key, _), _)| key == k)
            .map(|((_, v), &l)| (v.clone(), l))
    };
    if !seen[0] {
        return Err(err(1, 1, "no META section"));
    }
    if !seen[1] {
        return Err(err(1, 1, "no PROJECTS section"));
    }
    let (budget_raw, budget_line) =
        meta_get("budget").ok_or_else(|| err(1, 1, "META has no 'budget'"))?;
    let budget =
        Amount::parse(&budget_raw).map_err(|m| err(budget_line, 1, format!("META budget: {m}")))?;
    let (vt_raw, vt_line) =
        meta_get("vote_type").ok_or_else(|| err(1, 1, "META has no 'vote_type'"))?;
    let vote_type = VoteType::from_key(vt_raw.trim()).ok_or_else(|| {
        err(
            vt_line,
            1,
            format!("META vote_type '{vt_raw}' is not one of approval, choose-1, cumulative, scoring, ordinal"),
        )
    })?;

    if let Some(h) = &project_header {
        let cost_i = h.index("cost").unwrap_or(1);
        let name_i = h.index("name");
        for (line_no, cells) in &project_rows {
            check_width(*line_no, cells, h)?;
            let id = cells[0].text.trim().to_string();
            if id.is_empty() || id.eq_ignore_ascii_case("none") {
                return Err(err(*line_no, 1, "project without an id"));
            }
            let cost_cell = cells
                .get(cost_i)
                .filter(|c| {
                    !c.text.trim().eq_ignore_ascii_case("none") && !c.text.trim().is_empty()
                })
                .ok_or_else(|| {
                    err(
                        *line_no,
                        cells.last().map_or(1, |c| c.column),
                        format!("project {id}: no cost"),
                    )
                })?;
            let cost = Amount::parse(&cost_cell.text).map_err(|m| {
                err(
                    *line_no,
                    cost_cell.column,
                    format!("project {id}: cost {m}"),
                )
            })?;
            let name = name_i
                .and_then(|i| cells.get(i))
                .map(|c| c.text.trim().to_string())
                .filter(|n| !n.eq_ignore_ascii_case("none"));
            if project_index.insert(id.clone(), projects.len()).is_some() {
                return Err(err(*line_no, 1, format!("project id '{id}' appears twice")));
            }
            projects.push(PbProject { id, cost, name });
        }
    }

    let mut ballots = Vec::with_capacity(vote_rows.len());
    if let Some(h) = &vote_header {
        let vote_i = h.index("vote").unwrap_or(1);
        let points_i = h.index("points");
        for (line_no, cells) in &vote_rows {
            check_width(*line_no, cells, h)?;
            ballots.push(read_ballot(
                *line_no,
                cells,
                vote_i,
                points_i,
                vote_type,
                &project_index,
            )?);
        }
    }
    Ok(Election {
        meta,
        budget,
        vote_type,
        projects,
        ballots,
    })
}

fn check_width(line_no: usize, cells: &[Cell], h: &Header) -> Result<(), PbError> {
    if cells.len() > h.names.len() {
        let extra = &cells[h.names.len()];
        return Err(err(
            line_no,
            extra.column,
            format!(
                "{} cells but the header has {} columns",
                cells.len(),
                h.names.len()
            ),
        ));
    }
    Ok(())
}

fn read_ballot(
    line_no: usize,
    cells: &[Cell],
    vote_i: usize,
    points_i: Option<usize>,
    vote_type: VoteType,
    index: &HashMap<String, usize>,
) -> Result<Ballot, PbError> {
    let present = |i: usize| {
        cells
            .get(i)
            .filter(|c| !c.text.trim().eq_ignore_ascii_case("none"))
    };
    let mut ballot = Ballot::default();
    let Some(vote) = present(vote_i) else {
        return Ok(ballot);
    };
    let mut seen = std::collections::HashSet::new();
    let mut names: Vec<(usize, usize)> = Vec::new(); // (project, column)
    let mut col = vote.column;
    for part in vote.text.split(',') {
        let id = part.trim();
        if !id.is_empty() {
            let &p = index
                .get(id)
                .ok_or_else(|| err(line_no, col, format!("vote for unknown project '{id}'")))?;
            if seen.insert(p) {
                names.push((p, col));
            }
        }
        col += part.chars().count() + 1;
    }
    if vote_type.has_points() {
        if let Some(pc) = points_i.and_then(present) {
            let pts: Vec<&str> = pc.text.split(',').collect();
            let listed = vote
                .text
                .split(',')
                .filter(|s| !s.trim().is_empty())
                .count();
            if pts.len() < listed {
                return Err(err(
                    line_no,
                    pc.column,
                    format!("{} points for {} projects", pts.len(), listed),
                ));
            }
            let mut pcol = pc.column;
            for (k, raw) in pts.iter().enumerate().take(listed) {
                let a =
                    Amount::parse(raw).map_err(|m| err(line_no, pcol, format!("points: {m}")))?;
                if k < names.len() {
                    ballot.points.push(a);
                }
                pcol += raw.chars().count() + 1;
            }
        } else if !names.is_empty() {
            return Err(err(
                line_no,
                vote.column,
                format!("{} ballot without a 'points' cell", vote_type.key()),
            ));
        }
    }
    ballot.projects = names.into_iter().map(|(p, _)| p).collect();
    Ok(ballot)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "META\r\nkey;value\r\ndescription;\"Bürgerhaushalt \"\"Ost\"\"; 2023\"\r\nbudget;1000,50\nvote_type;approval\rPROJECTS\r\nproject_id;cost;name;votes;selected\r\nBO.D4.7/23;500;\"Bänke \"\"am\"\" Teich\";2;1\r\nB;600.25;Licht;1;0\r\n\r\nVOTES\nvoter_id;vote;age\n1;BO.D4.7/23,B;34\n2;BO.D4.7/23;none\n3;;20\n";

    #[test]
    fn reads_what_real_files_hold() {
        let e = parse(SMALL).expect("parses");
        assert_eq!(e.meta("description"), Some("Bürgerhaushalt \"Ost\"; 2023"));
        assert_eq!(e.budget.to_string(), "1000.5");
        assert_eq!(e.projects[0].id, "BO.D4.7/23");
        assert_eq!(e.projects[0].name.as_deref(), Some("Bänke \"am\" Teich"));
        assert_eq!(e.projects[1].cost.to_string(), "600.25");
        assert_eq!(e.ballots.len(), 3);
        assert_eq!(e.ballots[0].projects, vec![0, 1]);
        assert!(e.ballots[2].projects.is_empty());
        assert_eq!(e.support(), vec![2, 1]);
    }

    #[test]
    fn cumulative_and_ordinal() {
        let c = "META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;5\n2;5\nVOTES\nvoter_id;vote;points\n1;1,2;3,7\n2;2;10\n";
        let e = parse(c).expect("cumulative");
        assert_eq!(
            e.ballots[0].points,
            vec![Amount::units(3), Amount::units(7)]
        );
        let bad = c.replace("1;1,2;3,7", "1;1,2;3");
        let er = parse(&bad).expect_err("too few points");
        assert_eq!((er.line, er.column), (11, 7), "{er}");
        let o = c
            .replace("cumulative", "ordinal")
            .replace(";points", "")
            .replace(";3,7", "")
            .replace("2;2;10", "2;2,1,2");
        let e = parse(&o).expect("ordinal");
        assert_eq!(e.ballots[1].projects, vec![1, 0]);
    }

    #[test]
    fn errors_name_line_and_column() {
        let cases: &[(&str, usize, usize, &str)] = &[
            (
                "META\nkey;value\nbudget;abc\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n",
                3,
                1,
                "budget",
            ),
            (
                "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;-5\n",
                7,
                3,
                "negative",
            ),
            (
                "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;1,7\n",
                10,
                5,
                "unknown project '7'",
            ),
            (
                "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n\"1;5\n",
                7,
                1,
                "not closed",
            ),
            (
                "META\nkey;value\nbudget;10\nvote_type;stars\nPROJECTS\nproject_id;cost\n",
                4,
                1,
                "vote_type",
            ),
            ("hello\n", 1, 1, "before the first section"),
            (
                "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n1;6\n",
                8,
                1,
                "twice",
            ),
            (
                "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5;x\n",
                7,
                5,
                "header has 2",
            ),
        ];
        for (text, line, column, needle) in cases {
            let e = parse(text).expect_err(needle);
            assert_eq!((e.line, e.column), (*line, *column), "{e}");
            assert!(e.to_string().contains(needle), "{e}");
        }
        let e = parse_bytes(b"META\nkey;value\nbudget;\xff\n").expect_err("not utf-8");
        assert_eq!((e.line, e.column), (3, 8));
    }

    #[test]
    fn python_splitlines_breaks() {
        let l: Vec<&str> = split_lines("a\r\nb\rc\nd\u{2028}e\u{85}f")
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(l, vec!["a", "b", "c", "d", "e", "f"]);
    }
}
