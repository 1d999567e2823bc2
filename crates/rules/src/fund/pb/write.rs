//! The `.pb` writer (for the fund's public votes).

use super::Election;

fn cell(s: &str) -> String {
    if s.contains([';', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes an election in the pabulib format (LF line ends). `parse(write(e)) == e` for any election
/// whose ids contain no `,` and no surrounding spaces.
pub fn write(e: &Election) -> String {
    let mut out = String::from("META\nkey;value\n");
    let mut meta = e.meta.clone();
    for (k, v) in [
        ("budget", e.budget.to_string()),
        ("vote_type", e.vote_type.key().to_string()),
    ] {
        match meta.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = v,
            None => meta.push((k.to_string(), v)),
        }
    }
    let count = [
        ("num_projects", e.projects.len()),
        ("num_votes", e.ballots.len()),
    ];
    for (k, n) in count {
        match meta.iter_mut().find(|(key, _)| key == k) {
            Some(slot) => slot.1 = n.to_string(),
            None => meta.push((k.to_string(), n.to_string())),
        }
    }
    for (k, v) in &meta {
        out.push_str(&format!("{};{}\n", cell(k), cell(v)));
    }
    out.push_str("PROJECTS\nproject_id;cost;name\n");
    for p in &e.projects {
        out.push_str(&format!(
            "{};{};{}\n",
            cell(&p.id),
            p.cost,
            cell(p.name.as_deref().unwrap_or("none"))
        ));
    }
    out.push_str(if e.vote_type.has_points() {
        "VOTES\nvoter_id;vote;points\n"
    } else {
        "VOTES\nvoter_id;vote\n"
    });
    for (i, b) in e.ballots.iter().enumerate() {
        let ids: Vec<&str> = b
            .projects
            .iter()
            .map(|&p| e.projects[p].id.as_str())
            .collect();
        out.push_str(&format!("{};{}", i + 1, cell(&ids.join(","))));
        if e.vote_type.has_points() {
            let pts: Vec<String> = b.points.iter().map(ToString::to_string).collect();
            out.push_str(&format!(";{}", pts.join(",")));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{Amount, Ballot, PbProject, VoteType, parse};
    use super::*;

    #[test]
    fn round_trip() {
        let e = Election {
            meta: vec![("description".into(), "Fonds; \"Ost\"".into())],
            budget: Amount::parse("1000.5").expect("n"),
            vote_type: VoteType::Approval,
            projects: vec![
                PbProject {
                    id: "VF-1".into(),
                    cost: Amount::units(300),
                    name: Some("Hof; fest".into()),
                },
                PbProject {
                    id: "BO.D4.7/23".into(),
                    cost: Amount::units(700),
                    name: None,
                },
            ],
            ballots: vec![
                Ballot {
                    projects: vec![1, 0],
                    points: vec![],
                },
                Ballot::default(),
            ],
        };
        let back = parse(&write(&e)).expect("parses");
        assert_eq!(back.projects, e.projects);
        assert_eq!(back.ballots, e.ballots);
        assert_eq!(back.budget, e.budget);
        assert_eq!(back.meta("description"), Some("Fonds; \"Ost\""));
    }
}
