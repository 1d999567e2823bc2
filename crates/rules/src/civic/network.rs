//! Measures of the cooperation network: connected components (clusters),
//! betweenness (brokers), density, active links per year, and a deterministic
//! layout for drawing it.

use std::collections::VecDeque;

/// Connected components: a component number per node (numbered by first node).
pub fn components(n: usize, edges: &[(usize, usize)]) -> Vec<usize> {
    let adj = adjacency(n, edges);
    let mut comp = vec![usize::MAX; n];
    let mut next = 0;
    for s in 0..n {
        if comp[s] != usize::MAX {
            continue;
        }
        comp[s] = next;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            for &w in &adj[v] {
                if comp[w] == usize::MAX {
                    comp[w] = next;
                    queue.push_back(w);
                }
            }
        }
        next += 1;
    }
    comp
}

fn adjacency(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges {
        if a < n && b < n && a != b && !adj[a].contains(&b) {
            adj[a].push(b);
            adj[b].push(a);
        }
    }
    adj
}

/// Betweenness centrality of an undirected, unweighted graph (Brandes), not normalised:
/// the number of shortest paths between other pairs that pass through the node.
pub fn betweenness(n: usize, edges: &[(usize, usize)]) -> Vec<f64> {
    let adj = adjacency(n, edges);
    let mut cb = vec![0.0; n];
    for s in 0..n {
        let mut stack = Vec::new();
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    pred[w].push(v);
                }
            }
        }
        let mut delta = vec![0.0; n];
        while let Some(w) = stack.pop() {
            for &v in &pred[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                cb[w] += delta[w];
            }
        }
    }
    // Each undirected pair was counted from both ends.
    cb.iter().map(|x| x / 2.0).collect()
}

/// Density: share of possible links that exist.
pub fn density(n: usize, links: usize) -> f64 {
    if n < 2 {
        0.0
    } else {
        2.0 * links as f64 / (n as f64 * (n as f64 - 1.0))
    }
}

/// What the yearly counts need to know of a cooperation link.
pub trait Tie {
    /// Year the link began.
    fn since_year(&self) -> i64;
    /// Year it ended, if it did.
    fn until_year(&self) -> Option<i64>;
}

/// Links active in `year`: begun in or before it and not ended by then.
pub fn active_in(links: &[impl Tie], year: i64) -> usize {
    links
        .iter()
        .filter(|l| l.since_year() <= year && l.until_year().is_none_or(|u| u > year))
        .count()
}

/// A deterministic force-directed layout (Fruchterman–Reingold from a circle, fixed
/// number of steps) in the unit square with a margin.
pub fn layout_positions(n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let adj = adjacency(n, edges);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            (0.5 + 0.4 * a.cos(), 0.5 + 0.4 * a.sin())
        })
        .collect();
    let k = (1.0 / n as f64).sqrt() * 0.8;
    let mut temp = 0.1;
    for _ in 0..300 {
        let mut disp = vec![(0.0, 0.0); n];
        for i in 0..n {
            for j in 0..n {
                if i == j {
                    continue;
                }
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let d = (dx * dx + dy * dy).sqrt().max(1e-4);
                let f = k * k / d;
                disp[i].0 += dx / d * f;
                disp[i].1 += dy / d * f;
            }
            for &j in &adj[i] {
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let d = (dx * dx + dy * dy).sqrt().max(1e-4);
                let f = d * d / k;
                disp[i].0 -= dx / d * f;
                disp[i].1 -= dy / d * f;
            }
            // Gentle pull to the centre keeps isolated nodes on the canvas.
            disp[i].0 += (0.5 - pos[i].0) * 0.05;
            disp[i].1 += (0.5 - pos[i].1) * 0.05;
        }
        for i in 0..n {
            let (dx, dy) = disp[i];
            let d = (dx * dx + dy * dy).sqrt().max(1e-9);
            let step = d.min(temp);
            pos[i].0 = (pos[i].0 + dx / d * step).clamp(0.0, 1.0);
            pos[i].1 = (pos[i].1 + dy / d * step).clamp(0.0, 1.0);
        }
        temp *= 0.985;
    }
    // Fit into [0.15, 0.85] × [0.08, 0.92]: room for the labels at the sides.
    let (minx, maxx) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (miny, maxy) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let sx = (maxx - minx).max(1e-9);
    let sy = (maxy - miny).max(1e-9);
    pos.iter()
        .map(|p| {
            (
                0.15 + 0.7 * (p.0 - minx) / sx,
                0.08 + 0.84 * (p.1 - miny) / sy,
            )
        })
        .collect()
}

/// The measures of a network shown on the network page.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// Component number per node (see [`components`]).
    pub component: Vec<usize>,
    /// Betweenness per node.
    pub betweenness: Vec<f64>,
    /// Number of links per node.
    pub degree: Vec<usize>,
    /// Clusters: components with at least two nodes as (component, size), largest first.
    pub clusters: Vec<(usize, usize)>,
    /// Up to three brokers: nodes with betweenness above zero, highest first.
    pub brokers: Vec<usize>,
    /// Nodes without a link.
    pub isolated: Vec<usize>,
    /// Density of the network.
    pub density: f64,
}

impl Measures {
    /// The cluster number (0 = largest) of node `i`, none when it is in no cluster.
    pub fn cluster_of(&self, i: usize) -> Option<usize> {
        let c = *self.component.get(i)?;
        self.clusters.iter().position(|(k, _)| *k == c)
    }
}

/// Components, betweenness, degrees, clusters, brokers, isolated nodes and density
/// of `n` nodes joined by `edges`.
pub fn measures(n: usize, edges: &[(usize, usize)]) -> Measures {
    let component = components(n, edges);
    let betweenness = betweenness(n, edges);
    let mut degree = vec![0usize; n];
    for &(a, b) in edges {
        if a < n && b < n {
            degree[a] += 1;
            degree[b] += 1;
        }
    }
    let mut clusters: Vec<(usize, usize)> = Vec::new();
    for &c in &component {
        match clusters.iter_mut().find(|(k, _)| *k == c) {
            Some(e) => e.1 += 1,
            None => clusters.push((c, 1)),
        }
    }
    clusters.retain(|(_, s)| *s > 1);
    clusters.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut brokers: Vec<usize> = (0..n).filter(|&i| betweenness[i] > 0.0).collect();
    brokers.sort_by(|&a, &b| betweenness[b].total_cmp(&betweenness[a]).then(a.cmp(&b)));
    brokers.truncate(3);
    let isolated: Vec<usize> = (0..n).filter(|&i| degree[i] == 0).collect();
    Measures {
        density: density(n, edges.len()),
        component,
        betweenness,
        degree,
        clusters,
        brokers,
        isolated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A path 0–1–2 plus a triangle 3–4–5 joined to 2 through 3, and node 6 alone:
    //   0 - 1 - 2 - 3 - 4
    //               \   /
    //                 5
    const EDGES: &[(usize, usize)] = &[(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 3)];

    #[test]
    fn components_and_isolated() {
        let c = components(7, EDGES);
        assert_eq!(c[0], c[5]);
        assert_ne!(c[0], c[6]);
        assert_eq!(c.iter().max(), Some(&1));
    }

    #[test]
    fn betweenness_by_hand() {
        let b = betweenness(7, EDGES);
        // Node 1 lies on the shortest paths from 0 to 2, 3, 4, 5: 4 pairs.
        assert!((b[1] - 4.0).abs() < 1e-9, "{b:?}");
        // Node 2: pairs {0,1} × {3,4,5} = 6.
        assert!((b[2] - 6.0).abs() < 1e-9, "{b:?}");
        // Node 3: {0,1,2} × {4,5} = 6.
        assert!((b[3] - 6.0).abs() < 1e-9, "{b:?}");
        // 4 and 5 are connected directly: no pair needs them.
        assert_eq!(b[4], 0.0);
        assert_eq!(b[0], 0.0);
        assert_eq!(b[6], 0.0);
    }

    #[test]
    fn density_by_hand() {
        assert!((density(7, 6) - 6.0 / 21.0).abs() < 1e-12);
        assert_eq!(density(1, 0), 0.0);
        assert!((density(4, 6) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn layout_is_deterministic_and_inside() {
        let a = layout_positions(7, EDGES);
        let b = layout_positions(7, EDGES);
        assert_eq!(a, b);
        assert!(
            a.iter()
                .all(|p| (0.0..=1.0).contains(&p.0) && (0.0..=1.0).contains(&p.1))
        );
    }

    struct L(i64, Option<i64>);
    impl Tie for L {
        fn since_year(&self) -> i64 {
            self.0
        }
        fn until_year(&self) -> Option<i64> {
            self.1
        }
    }

    #[test]
    fn measures_of_the_example() {
        let m = measures(7, EDGES);
        assert_eq!(m.degree, vec![1, 2, 2, 3, 2, 2, 0]);
        assert_eq!(m.isolated, vec![6]);
        // One cluster of six; node 6 alone is no cluster.
        assert_eq!(m.clusters.len(), 1);
        assert_eq!(m.cluster_of(0), Some(0));
        assert_eq!(m.cluster_of(6), None);
        // Brokers by betweenness, ties by node: 2 and 3 (6 each), then 1 (4).
        assert_eq!(m.brokers, vec![2, 3, 1]);
        assert!((m.density - 6.0 / 21.0).abs() < 1e-12);
    }

    #[test]
    fn active_links_per_year() {
        let l = |since, until| L(since, until);
        let links = vec![l(2019, None), l(2020, Some(2022)), l(2023, None)];
        assert_eq!(active_in(&links, 2018), 0);
        assert_eq!(active_in(&links, 2021), 2);
        assert_eq!(active_in(&links, 2022), 1);
        assert_eq!(active_in(&links, 2023), 2);
    }
}
