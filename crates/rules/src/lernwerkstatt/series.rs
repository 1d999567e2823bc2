//! A workshop series rotates its sessions between host teams (e.g. four meetings
//! a year, each at another team's premises).

/// The host team of the `n`-th session (0-based) when the series rotates through
/// `hosts` in order; `None` without hosts.
pub fn rotation(hosts: &[i64], n: usize) -> Option<i64> {
    if hosts.is_empty() {
        None
    } else {
        hosts.get(n % hosts.len()).copied()
    }
}

/// The host of the next session: the team after the last session's host in the
/// rotation order, or the first team when there was no session yet or the last
/// host is not in the rotation.
pub fn next_host(hosts: &[i64], last_host: Option<i64>) -> Option<i64> {
    let first = hosts.first().copied();
    match last_host.and_then(|h| hosts.iter().position(|x| *x == h)) {
        Some(i) => rotation(hosts, i + 1),
        None => first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_in_order() {
        let hosts = [7, 3, 9];
        let seq: Vec<_> = (0..5).filter_map(|n| rotation(&hosts, n)).collect();
        assert_eq!(seq, vec![7, 3, 9, 7, 3]);
        assert_eq!(rotation(&[], 2), None);
    }

    #[test]
    fn next_after_last() {
        let hosts = [7, 3, 9];
        assert_eq!(next_host(&hosts, None), Some(7));
        assert_eq!(next_host(&hosts, Some(7)), Some(3));
        assert_eq!(next_host(&hosts, Some(9)), Some(7));
        assert_eq!(next_host(&hosts, Some(42)), Some(7));
        assert_eq!(next_host(&[], Some(7)), None);
    }
}
