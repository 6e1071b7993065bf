// Groups linked passages into statement clusters. Full links (sentence reports the same statement)
// are merged strongest first, never putting two passages of one source in one cluster, so one weak
// link cannot chain two statements together. Partial links (a clause of a packed sentence, or one
// half of a statement split over two sentences) then add the packed or whole sentence to the
// cluster of the shorter passage, without merging clusters: a sentence packing two statements ends
// up in both. A passage with full links to two separate passages of one other source packs two
// statements that source reports apart: its full links are read as partial ones, so it joins both
// statements' clusters instead of chaining them into one. Last, a passage related (a support link:
// similar, but too little for a parallel) to members of at least two of a cluster's sources, and to
// half of them, joins that cluster: one source's rewording shares little with any one version of a
// statement but something with most of them. Joins are judged against the clusters as built, so
// they never chain.

/** A link between two passages, as the clusterer needs it. */
export interface ClusterLink {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  /** False for partial links. */
  readonly full: boolean;
  /**
   * For partial links: the passage that is covered (the clause or split half), whose cluster receives
   * the other. Undefined when neither side is covered well: the pair forms a cluster of its own.
   */
  readonly covered?: number;
}

/**
 * Clusters of passage ids (each sorted), for passages of at least two sources. `sourceOf` gives the
 * source slot of a passage. A cluster contained in another is dropped.
 */
export function buildClusters(
  links: readonly ClusterLink[],
  sourceOf: (passage: number) => number,
  adjacent: (first: number, second: number) => boolean = () => false,
  support: readonly number[] = [],
): number[][] {
  links = unpackLinks(links, sourceOf, adjacent);
  const parent = new Map<number, number>();
  const sourcesOf = new Map<number, Set<number>>();
  const find = (passage: number): number => {
    let root = passage;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    let node = passage;
    while (node !== root) {
      const next = parent.get(node) as number;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const ensure = (passage: number): void => {
    if (parent.has(passage)) return;
    parent.set(passage, passage);
    sourcesOf.set(passage, new Set([sourceOf(passage)]));
  };

  const full = links.filter((link) => link.full).sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const link of full) {
    ensure(link.a);
    ensure(link.b);
    const rootA = find(link.a);
    const rootB = find(link.b);
    if (rootA === rootB) continue;
    const sourcesA = sourcesOf.get(rootA) as Set<number>;
    const sourcesB = sourcesOf.get(rootB) as Set<number>;
    let disjoint = true;
    const [small, large] = sourcesA.size <= sourcesB.size ? [sourcesA, sourcesB] : [sourcesB, sourcesA];
    for (const source of small) {
      if (large.has(source)) {
        disjoint = false;
        break;
      }
    }
    if (!disjoint) continue;
    const [child, root] = sourcesA.size <= sourcesB.size ? [rootA, rootB] : [rootB, rootA];
    parent.set(child, root);
    for (const source of small) large.add(source);
    sourcesOf.set(root, large);
    sourcesOf.delete(child);
  }

  const members = new Map<number, Set<number>>();
  const membersOf = (root: number): Set<number> => {
    let set = members.get(root);
    if (set === undefined) {
      set = new Set([root]);
      members.set(root, set);
    }
    return set;
  };
  for (const passage of parent.keys()) membersOf(find(passage)).add(passage);

  const pairs: number[][] = [];
  for (const link of links) {
    if (link.full) continue;
    if (link.covered === undefined) {
      pairs.push([link.a, link.b]);
      continue;
    }
    const covered = link.covered;
    const other = covered === link.a ? link.b : link.a;
    ensure(covered);
    membersOf(find(covered)).add(other);
  }

  const clusters: number[][] = [];
  for (const set of members.values()) clusters.push([...set].sort((x, y) => x - y));
  for (const pair of pairs) clusters.push(pair.sort((x, y) => x - y));
  const kept = clusters.filter((cluster) => new Set(cluster.map(sourceOf)).size >= 2);
  return dropContained(support.length === 0 ? kept : joinSupported(kept, sourceOf, support));
}

/** Supporting members a passage needs to join a cluster, and their least share of the cluster's sources. */
const MIN_SUPPORT = 2;
const SUPPORT_SHARE = 0.5;

/**
 * Adds to each cluster the passages of other sources that are related (`support` pairs, links
 * included) to members of at least two of its sources and to at least half of its sources: a
 * statement reworded by one source shares little with any one version, but something with most of
 * them. Judged against the clusters as built, so a joined passage never brings in others.
 */
function joinSupported(clusters: number[][], sourceOf: (passage: number) => number, support: readonly number[]): number[][] {
  const related = new Map<number, number[]>();
  const relate = (from: number, to: number): void => {
    const list = related.get(from);
    if (list === undefined) related.set(from, [to]);
    else list.push(to);
  };
  for (let index = 0; index + 1 < support.length; index += 2) {
    relate(support[index], support[index + 1]);
    relate(support[index + 1], support[index]);
  }
  const backers = new Map<number, number>();
  const counted = new Set<number>();
  let maxSource = 0;
  for (let index = 0; index < support.length; index++) maxSource = Math.max(maxSource, sourceOf(support[index]));
  return clusters.map((cluster) => {
    const sources = new Set(cluster.map(sourceOf));
    const members = new Set(cluster);
    backers.clear();
    counted.clear();
    for (const member of cluster) {
      const source = sourceOf(member);
      for (const other of related.get(member) ?? []) {
        if (members.has(other) || sources.has(sourceOf(other))) continue;
        // Backers are counted by source: two members of one source back a passage once.
        const key = other * (maxSource + 1) + source;
        if (counted.has(key)) continue;
        counted.add(key);
        backers.set(other, (backers.get(other) ?? 0) + 1);
      }
    }
    let joined: number[] | undefined;
    for (const [passage, count] of backers) {
      if (count < MIN_SUPPORT || count < SUPPORT_SHARE * sources.size) continue;
      (joined ??= [...cluster]).push(passage);
    }
    return joined === undefined ? cluster : joined.sort((x, y) => x - y);
  });
}

/**
 * Passages that cover two statements another source reports apart: full (or not covered partial)
 * links to two passages of one other source that are not the halves of one split statement.
 */
function packedPassages(links: readonly ClusterLink[], sourceOf: (passage: number) => number, adjacent: (first: number, second: number) => boolean): Set<number> {
  const partners = new Map<number, Map<number, number[]>>();
  const note = (passage: number, partner: number): void => {
    let bySource = partners.get(passage);
    if (bySource === undefined) {
      bySource = new Map();
      partners.set(passage, bySource);
    }
    const source = sourceOf(partner);
    const list = bySource.get(source);
    if (list === undefined) bySource.set(source, [partner]);
    else list.push(partner);
  };
  for (const link of links) {
    if (link.full) {
      note(link.a, link.b);
      note(link.b, link.a);
    } else {
      // A partial link: the covering side holds the shared clause and more (both, when neither is covered).
      if (link.covered !== link.a) note(link.a, link.b);
      if (link.covered !== link.b) note(link.b, link.a);
    }
  }
  const packed = new Set<number>();
  for (const [passage, bySource] of partners) {
    for (const list of bySource.values()) {
      if (list.length < 2) continue;
      const separate = list.some((first, i) => list.some((second, j) => j > i && first !== second && !adjacent(first, second)));
      if (separate) {
        packed.add(passage);
        break;
      }
    }
  }
  return packed;
}

/** Full links of a packed passage to an unpacked one become partial links covering the unpacked one. */
function unpackLinks(links: readonly ClusterLink[], sourceOf: (passage: number) => number, adjacent: (first: number, second: number) => boolean): readonly ClusterLink[] {
  const packed = packedPassages(links, sourceOf, adjacent);
  if (packed.size === 0) return links;
  return links.map((link) => {
    if (!link.full || packed.has(link.a) === packed.has(link.b)) return link;
    return { ...link, full: false, covered: packed.has(link.a) ? link.b : link.a };
  });
}

/** Removes clusters whose members all belong to a larger (or equal, earlier) cluster. */
function dropContained(clusters: number[][]): number[][] {
  const ordered = [...clusters].sort((x, y) => y.length - x.length || x[0] - y[0]);
  const clustersOf = new Map<number, number[]>();
  const kept: number[][] = [];
  const keptSets: Set<number>[] = [];
  for (const cluster of ordered) {
    const candidates = clustersOf.get(cluster[0]) ?? [];
    const contained = candidates.some((index) => cluster.every((passage) => keptSets[index].has(passage)));
    if (contained) continue;
    const index = kept.length;
    kept.push(cluster);
    keptSets.push(new Set(cluster));
    for (const passage of cluster) {
      const list = clustersOf.get(passage);
      if (list === undefined) clustersOf.set(passage, [index]);
      else list.push(index);
    }
  }
  return kept;
}
